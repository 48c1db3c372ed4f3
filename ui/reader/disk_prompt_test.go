package reader

import (
	"errors"
	"strings"
	"testing"
	"time"

	"wenji/model"
	"wenji/ui/internal/uitest"
)

// ofTree reports whether n is a node of d.
func ofTree(d *model.Document, n *model.Node) bool {
	for s := range d.Root.All() {
		if s == n {
			return true
		}
	}
	return false
}

// mustNotPanic runs keys on m and fails t if one panics.
func mustNotPanic(t *testing.T, m Model, keys ...string) Model {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%v panicked: %v", keys, r)
		}
	}()
	for _, k := range keys {
		nm, cmd := m.Update(uitest.KeyPress(k))
		m = nm.(Model)
		_ = uitest.RunCmd(cmd)
	}
	return m
}

// R, then / before the file read again lands, then Esc: the place the
// prompt goes back to is carried to the new document, not the old
// document's node (whose span, cut from the new and shorter text by a
// or y, panicked).
func TestReloadLandingUnderPromptCarriesItsPlace(t *testing.T) {
	before, _ := diskDocs()
	small := buildDoc("某市工作汇编", "# 第一篇 总体要求", "短。")
	f := &fakeFile{stamp: Stamp{Size: 100, Mod: time.Unix(1e9, 0)}}
	m := sized(before, 100, 30, Options{Lang: "zh", FileName: "/tmp/a.txt", Key: "k1", Disk: f.disk()})
	m = runAll(m, diskStatMsg{id: m.persist1.id, stamp: f.stamp})
	m = press(m, "}", "}")
	if m.reader.focus == nil || m.reader.focus.Span.End <= len(small.Text) {
		t.Fatalf("the test needs a focus past the new text's end: %v", m.reader.focus)
	}
	f.set(small, "k2")
	nm, cmd := m.Update(uitest.KeyPress("R"))
	m = nm.(Model)
	held := uitest.RunCmd(cmd)
	m = press(m, "/")
	m = runAll(m, held...)
	if m.doc != small {
		t.Fatal("the reload did not land")
	}
	for _, k := range []string{"", "esc"} {
		if k != "" {
			m = press(m, k)
		}
		if n := m.reader.focus; n != nil && !ofTree(m.doc, n) {
			t.Errorf("after %q: the focus is a node of the old document: %q %v", k, n.Heading(), n.Span)
		}
		if n := m.Current(); n != nil && !ofTree(m.doc, n) {
			t.Errorf("after %q: Current is a node of the old document: %q %v", k, n.Heading(), n.Span)
		}
	}
	mustNotPanic(t, m, "a", "y")
}

// The whole document landing under the prompt opened on its preview:
// the saved place is the whole's, not the preview's node.
func TestWholeLandingUnderPromptCarriesItsPlace(t *testing.T) {
	whole, _ := diskDocs()
	head := preview(whole.Text, len(whole.Text)/2)
	m := sized(head, 100, 30, Options{Lang: "zh", Size: len(whole.Text)})
	m.loading = true
	m = press(m, "}", "/")
	if m.reader.focus == nil {
		t.Fatal("the test needs a focus on the preview")
	}
	m = update(m, docLoadedMsg{id: m.persist1.id, doc: whole})
	m = press(m, "esc")
	if n := m.reader.focus; n == nil || !ofTree(m.doc, n) {
		t.Fatalf("the focus is not a node of the whole document: %v", n)
	}
}

// A node not of the document shown is neither added (a) nor copied (y).
func TestForeignNodeNotCut(t *testing.T) {
	before, _ := diskDocs()
	small := buildDoc("某市工作汇编", "# 第一篇 总体要求", "短。")
	m := sized(small, 100, 30, Options{Lang: "en"})
	var far *model.Node
	for n := range before.Root.All() {
		if n.Span.Start > len(small.Text) {
			far = n
			break
		}
	}
	m.reader.focus = far
	m = mustNotPanic(t, m, "a")
	if got := statusLine(m); !strings.Contains(got, "nothing to add") {
		t.Errorf("a on a foreign node says %q", got)
	}
	m = mustNotPanic(t, m, "y")
	if got := statusLine(m); !strings.Contains(got, "nothing to copy") {
		t.Errorf("y on a foreign node says %q", got)
	}
}

// Disk.Settle is called once R's read was taken, whether it replaced the
// document (changed), kept it (the same) or failed, and only after the
// reader let the document replaced go.
func TestReloadSettlesAfterTaken(t *testing.T) {
	before, after := diskDocs()
	for _, c := range []struct {
		name string
		doc  *model.Document
		key  string
		err  error
	}{{"changed", after, "k2", nil}, {"same", before, "k1", nil}, {"failed", nil, "", errors.New("gone")}} {
		f := &fakeFile{stamp: Stamp{Size: 100, Mod: time.Unix(1e9, 0)}}
		var settled int
		var shown *model.Document
		d := f.disk()
		m := sized(before, 100, 30, Options{Lang: "en", FileName: "/tmp/a.txt", Key: "k1", Disk: d})
		d.Settle = func() { settled++ }
		if c.doc != nil {
			f.set(c.doc, c.key)
		}
		f.err = c.err
		nm, cmd := m.Update(uitest.KeyPress("R"))
		m = nm.(Model)
		held := uitest.RunCmd(cmd)
		if settled != 0 {
			t.Errorf("%s: settled before the read was taken", c.name)
		}
		m = runAll(m, held...)
		shown = m.doc
		if settled != 1 {
			t.Errorf("%s: settled %d times, want once", c.name, settled)
		}
		if c.name == "changed" && shown != after {
			t.Errorf("%s: the document read again is not shown", c.name)
		}
	}
}
