package basket

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
)

// TestKeysFollowTheList: the keys that act on an excerpt (d, J, K, e,
// Enter, y, w) work at once on a list the page did not get from a key:
// excerpts another session added, which a look found on a page opened
// empty, and a basket read with a damaged file's notice. Both returned
// before the page enabled its bindings for the list, so the first d
// did nothing (and the help listed none of them).
func TestKeysFollowTheList(t *testing.T) {
	t.Run("look", func(t *testing.T) {
		path := fill(t)
		m := newPage(path, 100, 24, nil)
		s := m.(pageModel).s
		other, err := store.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		other.Add(store.Excerpt{Kind: store.KindSection, Heading: "丙", Text: "丙\n　　丙的正文。\n"})
		if err := other.Save(); err != nil {
			t.Fatal(err)
		}
		m = drive(m, lookTickMsg{s})
		if n := len(m.(pageModel).list); n != 1 {
			t.Fatalf("the look found %d excerpts, want 1", n)
		}
		if m = keys(m, "d"); len(m.(pageModel).list) != 0 {
			t.Errorf("d did nothing on the excerpt the look found:\n%s", screen(m))
		}
	})
	t.Run("damaged notice", func(t *testing.T) {
		path := fill(t, "甲", "乙")
		pm := New(Options{Path: path, Lang: "zh", Ambiguous: 1, Damaged: "/x/basket.json", Backup: "/x/basket.json.bak"})
		// The window's size first, as the program gives it: the basket
		// is read last.
		m := drive(pageModel{pm}, tea.WindowSizeMsg{Width: 100, Height: 24}, pm.Init()())
		if m = keys(m, "d"); len(m.(pageModel).list) != 1 {
			t.Errorf("d did nothing on a basket read with a notice:\n%s", screen(m))
		}
	})
}

// TestLookStopsWithThePage: the page looks at the basket file every
// lookEvery while it is shown, each look scheduling the next, and a look
// that finds the file as it was changes nothing on the screen; once the
// page is left (q), its next tick is dropped and no look follows, so no
// timer runs for a page no longer shown; B opens a page of its own, whose
// looks the old page's ticks do not double.
func TestLookStopsWithThePage(t *testing.T) {
	path := fill(t, "甲", "乙")
	m := keys(NewRootForTest(t, path), "B")
	root := m.(Root)
	s := root.basket.Page.s
	if !root.basket.Shown || s == nil {
		t.Fatal("B did not show the page over a basket read")
	}
	before := screen(m)
	m, cmd := m.Update(lookTickMsg{s})
	if cmd == nil {
		t.Fatal("a tick on the page shown started no look")
	}
	looked, ok := cmd().(lookedMsg)
	if !ok || looked.list != nil {
		t.Fatalf("a look at an unchanged file: %#v", looked)
	}
	m, cmd = m.Update(looked)
	if cmd == nil {
		t.Error("a look did not schedule the next")
	}
	if after := screen(m); after != before {
		t.Errorf("a look that found nothing changed the screen:\n%s\nwas\n%s", after, before)
	}
	m = keys(m, "q")
	if m.(Root).basket.Shown {
		t.Fatal("q did not leave the page")
	}
	if _, cmd = m.Update(lookTickMsg{s}); cmd != nil {
		t.Error("the page left still looks at the basket file")
	}
	m = keys(m, "B")
	if s2 := m.(Root).basket.Page.s; s2 == nil || s2 == s {
		t.Fatal("B again did not read the basket afresh")
	}
	if _, cmd = m.Update(lookTickMsg{s}); cmd != nil {
		t.Error("the old page's tick looks beside the new page's")
	}
}

// TestLookReadsOnlyAChange: the page's first look at a basket file
// unchanged since the page read it reads nothing (it read the whole
// file again on every opening of the page, the stamp being taken by the
// first look only); a save by another session is read by the next look.
func TestLookReadsOnlyAChange(t *testing.T) {
	path := fill(t, "甲", "乙")
	m := newPage(path, 100, 24, nil)
	s := m.(pageModel).s
	m = drive(m, lookTickMsg{s})
	if s.reloads != 0 {
		t.Errorf("the first look at the file as the page read it read it %d times", s.reloads)
	}
	other, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	other.Add(store.Excerpt{Kind: store.KindSection, Heading: "丙", Text: "丙\n　　丙的正文。\n"})
	if err := other.Save(); err != nil {
		t.Fatal(err)
	}
	m = drive(m, lookTickMsg{s})
	if s.reloads != 1 || len(m.(pageModel).list) != 3 {
		t.Errorf("after another session's save: %d reads, %d excerpts shown; want 1, 3", s.reloads, len(m.(pageModel).list))
	}
}

// TestStampSame: two stamps of one state of the file are the same when
// their times are one instant read in different locations (== on
// time.Time compared the locations too, so a stamp read in another zone
// was a change, and the file was read again).
func TestStampSame(t *testing.T) {
	now := time.Now()
	a := fileStamp{10, now}
	for _, c := range []struct {
		b    fileStamp
		want bool
	}{
		{fileStamp{10, now.In(time.FixedZone("CST", 8*3600))}, true},
		{fileStamp{10, now.Round(0).UTC()}, true},
		{fileStamp{11, now}, false},
		{fileStamp{10, now.Add(time.Nanosecond)}, false},
	} {
		if got := a.same(c.b); got != c.want {
			t.Errorf("%v same as %v: %v, want %v", a, c.b, got, c.want)
		}
	}
}
