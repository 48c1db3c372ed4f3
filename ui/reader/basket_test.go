package reader

import (
	"fmt"
	tea "github.com/charmbracelet/bubbletea"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"wenji/internal/basket"
	wtext "wenji/internal/text"
	"wenji/model"
	"wenji/parse"
	"wenji/ui/internal/uitest"
)

// basketOpts are the options of a reader that adds to a basket in a
// temporary directory and copies to a fake clipboard.
func basketOpts(t *testing.T, native *fakeClipboard) Options {
	t.Helper()
	return Options{FileName: "seed.txt", Key: "k-seed", BasketPath: filepath.Join(t.TempDir(), "basket.json"),
		Copier: &Copier{Native: native, Dir: t.TempDir()}}
}

func readBasket(t *testing.T, path string) []basket.Excerpt {
	t.Helper()
	b, err := basket.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return b.List()
}

// a adds the section at the top, then (outline focused) the outline's
// selection, each saved at once with its source; the bar counts them.
func TestAddToBasket(t *testing.T) {
	doc := uitest.SeedDoc(t)
	opt := basketOpts(t, &fakeClipboard{})
	m := sized(doc, 160, 40, opt)
	m = keys(m, "]")
	sec := m.Current()
	m = keys(m, "a")
	if st := statusLine(m); !strings.Contains(st, "已加入素材篮（1）") {
		t.Errorf("status %q", st)
	}
	m = keys(m, "tab", "j", "j")
	sel := m.outline.Selected()
	m = keys(m, "a")
	if st := statusLine(m); !strings.Contains(st, "已加入素材篮（2）") {
		t.Errorf("status %q", st)
	}
	list := readBasket(t, opt.BasketPath)
	if len(list) != 2 {
		t.Fatalf("%d excerpts, want 2", len(list))
	}
	for i, want := range []struct {
		n    *model.Node
		kind basket.Kind
	}{{sec, basket.KindSection}, {sel, basket.KindOutline}} {
		e := list[i]
		if e.Kind != want.kind || e.Heading != want.n.Heading() || e.Source.Hash != "k-seed" || e.Source.Name != "seed.txt" {
			t.Errorf("excerpt %d: %+v", i, e)
		}
		if len(e.Source.Breadcrumb) == 0 || e.Source.Breadcrumb[len(e.Source.Breadcrumb)-1] != want.n.Heading() {
			t.Errorf("excerpt %d: breadcrumb %q", i, e.Source.Breadcrumb)
		}
	}
}

// An unwritable basket says so on the bar, in English too.
func TestAddToBasketFails(t *testing.T) {
	doc := uitest.SeedDoc(t)
	opt := basketOpts(t, &fakeClipboard{})
	opt.Lang = "en"
	// A directory where the file should be cannot be read or written over.
	opt.BasketPath = t.TempDir()
	m := keys(sized(doc, 160, 40, opt), "]", "a")
	if st := statusLine(m); !strings.Contains(st, "Basket not saved") {
		t.Errorf("status %q", st)
	}
}

// v j y copies exactly the two paragraphs from the top, clean; v selects
// in reverse video through the paint path; Esc ends it.
func TestSelectCopyTwoParagraphs(t *testing.T) {
	doc := uitest.SeedDoc(t)
	native := &fakeClipboard{}
	m := sized(doc, 160, 40, basketOpts(t, native))
	m = keys(m, "}", "v")
	if m.mode() != modeSelecting {
		t.Fatalf("mode %v after v", m.mode())
	}
	first := m.sel.anchor
	m = keys(m, "j")
	if s := m.sel.span(); s.First != first || s.Last <= first {
		t.Fatalf("selection %+v after v j", s)
	}
	if st := statusLine(m); !strings.Contains(st, "已选 2 段") {
		t.Errorf("status %q", st)
	}
	want, _ := doc.SelectionText(m.sel.span(), false)
	m = keys(m, "y")
	got := native.last()
	if got != want || strings.Count(got, "\n") != 2 {
		t.Errorf("copied %q, want the two paragraphs %q", got, want)
	}
	if m.mode() != modeReading {
		t.Errorf("mode %v after y", m.mode())
	}
	m = keys(m, "v", "esc")
	if m.mode() != modeReading || m.reader.selOn {
		t.Errorf("Esc did not end the selection")
	}
}

// The selected lines, and only they, are drawn in reverse video, with
// the view's size unchanged.
func TestSelectReverseVideo(t *testing.T) {
	lipgloss.SetColorProfile(termenv.ANSI)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	paras := []string{"# 第一篇", "甲段正文。", "乙段正文。", "丙段正文。"}
	for range 12 {
		paras = append(paras, "其后。") // the document must scroll
	}
	doc := buildDoc("汇编", paras...)
	m := sized(doc, 60, 12, Options{HideOutline: true})
	m = keys(m, "}", "j", "j", "v", "j")
	v := m.View()
	for _, l := range strings.Split(v, "\n") {
		// Headings have styles of their own; the body is plain but
		// where selected.
		sel := strings.Contains(l, "甲段") || strings.Contains(l, "乙段")
		if body := sel || strings.Contains(l, "丙段"); body && strings.Contains(l, "\x1b[7m") != sel {
			t.Errorf("line %q: selected %v", l, sel)
		}
	}
	checkSize(t, m, 60, 12)
}

// ]/[ extend by sections; the far end stays on screen.
func TestSelectBySections(t *testing.T) {
	doc := buildDoc("汇编", "# 第一篇", "## 一节", "甲。", "乙。", "## 二节", "丙。", "丁。", "# 第二篇", "戊。")
	m := sized(doc, 60, 6, Options{HideOutline: true})
	m = keys(m, "}", "v", "]")
	// From 第一篇 to the paragraph before 二节.
	if s := m.sel.span(); doc.Text[doc.Paras[s.Last].Start:doc.Paras[s.Last].End] != "乙。" {
		t.Errorf("] ends the selection at %q", doc.Text[doc.Paras[s.Last].Start:doc.Paras[s.Last].End])
	}
	m = keys(m, "]")
	s := m.sel.span()
	if got := doc.Text[doc.Paras[s.Last].Start:doc.Paras[s.Last].End]; got != "丁。" {
		t.Errorf("] ] ends the selection at %q", got)
	}
	if scr := strings.Join(screen(m), "\n"); !strings.Contains(scr, "丁。") {
		t.Errorf("the far end is off screen:\n%s", scr)
	}
	m = keys(m, "[")
	if got := doc.Text[doc.Paras[m.sel.end].Start:doc.Paras[m.sel.end].End]; got != "二节" {
		t.Errorf("[ moves the end to %q", got)
	}
	// A count repeats: 3k from 二节 goes back three paragraphs, to 一节.
	m = keys(m, "3", "k")
	if got := doc.Text[doc.Paras[m.sel.end].Start:doc.Paras[m.sel.end].End]; got != "一节" {
		t.Errorf("3k moves the end to %q", got)
	}
}

// v j a puts exactly the selected paragraphs in the basket.
func TestSelectToBasket(t *testing.T) {
	doc := uitest.SeedDoc(t)
	opt := basketOpts(t, &fakeClipboard{})
	m := sized(doc, 160, 40, opt)
	m = keys(m, "}", "]", "v", "j")
	want, _ := doc.SelectionText(m.sel.span(), false)
	m = keys(m, "a")
	list := readBasket(t, opt.BasketPath)
	if len(list) != 1 || list[0].Kind != basket.KindParagraphs || list[0].Text != want {
		t.Fatalf("basket %+v, want the paragraphs %q", list, want)
	}
	if m.mode() != modeReading {
		t.Errorf("mode %v after a", m.mode())
	}
}

// B sends OpenBasketMsg where a program shows the page, and says where to
// look otherwise.
func TestOpenBasketKey(t *testing.T) {
	doc := buildDoc("汇编", "# 第一篇", "甲。")
	m := sized(doc, 60, 12, Options{})
	_, cmd := m.Update(uitest.KeyPress("B"))
	if msgs := runSearchCmd(cmd); len(msgs) != 0 {
		t.Errorf("B without a page sent %v", msgs)
	}
	if st := statusLine(update(m, uitest.KeyPress("B"))); !strings.Contains(st, "wenji --basket") {
		t.Errorf("status %q", st)
	}
	m = sized(doc, 60, 12, Options{BasketPage: true})
	_, cmd = m.Update(uitest.KeyPress("B"))
	if msgs := runSearchCmd(cmd); len(msgs) != 1 {
		t.Errorf("B sent %v", msgs)
	} else if o, ok := msgs[0].(OpenBasketMsg); !ok || o.Damaged != "" || len(o.Then) != 0 {
		t.Errorf("B sent %v", msgs)
	}
	// The keys read with B after it are the page's: the reader takes
	// none of them (B? opened the reader's help under the page).
	nm, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("B?j")})
	if r := nm.(Model); r.mode() == modeHelp {
		t.Error("B? read together opened the reader's help")
	}
	if msgs := runSearchCmd(cmd); len(msgs) != 1 {
		t.Errorf("B?j sent %v", msgs)
	} else if o, ok := msgs[0].(OpenBasketMsg); !ok || len(o.Then) != 2 || o.Then[0].String() != "?" || o.Then[1].String() != "j" {
		t.Errorf("B?j sent %+v, want the page's keys ? and j", msgs)
	}
}

// A query starting with # matches headings only: each heading that holds
// it is one hit, in its title; n goes through them.
func TestHeadingsSearch(t *testing.T) {
	doc := uitest.SeedDoc(t)
	m := sized(doc, 160, 40, Options{})
	m = searchFor(m, "#调查研究")
	var want int
	for n := range doc.Root.All() {
		if strings.Contains(doc.Text[n.TitleSpan.Start:n.TitleSpan.End], "调查研究") {
			want++
		}
	}
	h := m.search.hits
	if want == 0 || h.Len() != want || h.Len() >= 16 {
		t.Fatalf("%d heading hits, want %d (fewer than the 16 in the text)", h.Len(), want)
	}
	for i := range h.Len() {
		s := h.At(i)
		if n := doc.NodeAt(s.Start); n == nil || s.Start < n.TitleSpan.Start || s.End > n.TitleSpan.End {
			t.Errorf("hit %d %v is not in a title", i, s)
		}
	}
	before := h.cur
	m = keys(m, "n")
	if m.search.hits.cur != (before+1)%want {
		t.Errorf("n: hit %d, was %d", m.search.hits.cur, before)
	}
}

// The document's title is a heading: #汇编 finds the seed's title line
// (2023主题教育经验做法汇编（4篇）), drawn as a heading, though no
// heading below holds 汇编.
func TestHeadingsSearchTitle(t *testing.T) {
	doc := uitest.SeedDoc(t)
	m := sized(doc, 160, 40, Options{})
	m = searchFor(m, "#汇编")
	h := m.search.hits
	if h.Len() != 1 {
		t.Fatalf("%d heading hits for #汇编, want 1 (the title)", h.Len())
	}
	if s := h.At(0); s.Start < doc.Root.TitleSpan.Start || s.End > doc.Root.TitleSpan.End {
		t.Errorf("hit %v is not in the title %v", s, doc.Root.TitleSpan)
	}
	if st := statusLine(m); strings.Contains(st, "无匹配") {
		t.Errorf("status %q", st)
	}
}

// A selection made in a preview ends when the whole document replaces it:
// its paragraph numbers are the preview's.
func TestSelectEndsOnLoad(t *testing.T) {
	text := bigText()
	whole := parse.Parse(text)
	m := sized(preview(text, 4000), 100, 30, Options{Lang: "en", Load: func() (*model.Document, error) { return whole, nil }})
	m = press(m, "]", "v", "j")
	if m.mode() != modeSelecting {
		t.Fatal("v did not select")
	}
	m = update(m, m.Init()())
	if m.mode() != modeReading || m.reader.selOn || strings.Contains(statusLine(m), "selected") {
		t.Errorf("selection kept over the whole document: mode %v, %q", m.mode(), statusLine(m))
	}
}

// An add that finds the basket file damaged (read as empty, moved to a
// .bak by the save) says so, as wenji --basket does, and B hands the
// file's name to the basket page, once.
func TestAddToDamagedBasket(t *testing.T) {
	opt := basketOpts(t, &fakeClipboard{})
	opt.BasketPage = true
	os.WriteFile(opt.BasketPath, []byte("GARB"), 0o600)
	m := keys(sized(uitest.SeedDoc(t), 160, 40, opt), "]", "a")
	want := fmt.Sprintf(wtext.ZhBasket.MovedFmt, "basket.json", "basket.json.bak") + " · 已加入素材篮（1）"
	if st := statusLine(m); !strings.Contains(st, want) {
		t.Errorf("status %q, want %q and the add", st, want)
	}
	if m = keys(m, "j"); !strings.Contains(statusLine(m), "已损坏") {
		t.Errorf("a key cleared the notice: %q", statusLine(m))
	}
	if _, err := os.Stat(opt.BasketPath + ".bak"); err != nil {
		t.Errorf("the damaged file was not moved aside: %v", err)
	}
	for i, want := range []OpenBasketMsg{{Damaged: opt.BasketPath, Backup: opt.BasketPath + ".bak"}, {}} {
		nm, cmd := m.Update(uitest.KeyPress("B"))
		m = nm.(Model)
		if msg, ok := cmd().(OpenBasketMsg); !ok || msg.Damaged != want.Damaged || msg.Backup != want.Backup || len(msg.Then) != 0 {
			t.Errorf("B #%d sent %#v, want %#v", i+1, cmd(), want)
		}
		m.TakeAfterB() // as the program does, taking the message
	}
}

// a where there is no text (an empty document) adds nothing and says so,
// as y says there is nothing to copy; a on a section already in the basket
// adds nothing and says it is there, in English too.
func TestAddNothingOrTwice(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		bt := wtext.BasketFor(lang)
		opt := basketOpts(t, &fakeClipboard{})
		opt.Lang = lang
		m := keys(sized(parse.Parse(""), 80, 20, opt), "a")
		if st := statusLine(m); !strings.Contains(st, bt.NothingToAdd) {
			t.Errorf("%s: a on an empty document: status %q, want %q", lang, st, bt.NothingToAdd)
		}
		if _, err := os.Stat(opt.BasketPath); err == nil {
			t.Errorf("%s: a on an empty document wrote the basket: %v", lang, readBasket(t, opt.BasketPath))
		}

		m = keys(sized(uitest.SeedDoc(t), 160, 40, opt), "]", "a", "a")
		if st, want := statusLine(m), fmt.Sprintf(bt.AlreadyFmt, 1); !strings.Contains(st, want) {
			t.Errorf("%s: a twice: status %q, want %q", lang, st, want)
		}
		// The same section through its outline row is the same excerpt.
		m = keys(m, "tab", "a")
		if st, want := statusLine(m), fmt.Sprintf(bt.AlreadyFmt, 1); !strings.Contains(st, want) {
			t.Errorf("%s: a on the outline's row of the section added: status %q, want %q", lang, st, want)
		}
		if list := readBasket(t, opt.BasketPath); len(list) != 1 {
			t.Errorf("%s: %d excerpts after a twice, want 1", lang, len(list))
		}
		// Another section still goes in.
		m = keys(m, "tab", "]", "a")
		if st, want := statusLine(m), fmt.Sprintf(bt.AddedFmt, 2); !strings.Contains(st, want) {
			t.Errorf("%s: a on the next section: status %q, want %q", lang, st, want)
		}
	}
}

// TestAddFailsInChinese: an add the file system refuses says why in the
// interface's language, as the rest of the line: 素材篮保存失败：不是文件夹
// (it said …：not a directory, Go's English).
func TestAddFailsInChinese(t *testing.T) {
	opt := basketOpts(t, &fakeClipboard{})
	file := filepath.Join(t.TempDir(), "file")
	os.WriteFile(file, []byte("x"), 0o600)
	opt.BasketPath = filepath.Join(file, "basket.json") // under a file: ENOTDIR, whoever runs the test
	m := keys(sized(uitest.SeedDoc(t), 160, 40, opt), "]", "a")
	if st := statusLine(m); !strings.Contains(st, "不是文件夹") || strings.Contains(st, "not a directory") {
		t.Errorf("status %q, want the cause in Chinese", st)
	}
}

// TestBasketPageAfterAdd: B sent right after a (typed together, before
// the add's Cmd has run) opens the page only once the add is saved, so the
// page reads the basket with it: it showed an empty basket, as if the
// excerpt were lost. A damaged file the add found is passed to the page.
func TestBasketPageAfterAdd(t *testing.T) {
	for _, damaged := range []bool{false, true} {
		doc := uitest.SeedDoc(t)
		opt := basketOpts(t, &fakeClipboard{})
		opt.BasketPage = true
		if damaged {
			os.WriteFile(opt.BasketPath, []byte("{garbage"), 0o600)
		}
		m := sized(doc, 160, 40, opt)
		m = keys(m, "]")
		nm, add := m.Update(uitest.KeyPress("a")) // its Cmd not run yet
		m = nm.(Model)
		_, open := m.Update(uitest.KeyPress("B"))
		if add == nil || open == nil {
			t.Fatal("a or B sent no Cmd")
		}
		msg, ok := open().(OpenBasketMsg)
		if !ok {
			t.Fatalf("B sent %T", msg)
		}
		if list := readBasket(t, opt.BasketPath); len(list) != 1 {
			t.Errorf("damaged %v: the page reads %d excerpts, want the one added", damaged, len(list))
		}
		if damaged && (msg.Damaged != opt.BasketPath || msg.Backup == "") {
			t.Errorf("the page is not told of the damaged file: %+v", msg)
		}
		var r basketAddedMsg
		for _, msg := range uitest.RunCmd(add) { // the add is said at once, then saved
			if a, ok := msg.(basketAddedMsg); ok {
				r = a
			}
		}
		if r.n != 1 || r.err != nil {
			t.Errorf("the add's own Cmd: %+v", r)
		}
	}
}

// TestSelectHelp: ? while selecting shows the help over the selection,
// which is still there once the help closes: ? ended the selection with
// no help, and the q typed next to close it quit wenji.
func TestSelectHelp(t *testing.T) {
	m := sized(uitest.SeedDoc(t), 100, 30, basketOpts(t, &fakeClipboard{}))
	m = keys(m, "}", "v", "j")
	span := m.sel.span()
	m = keys(m, "?")
	if m.mode() != modeHelp {
		t.Fatalf("mode %v after v j ?, want the help", m.mode())
	}
	nm, cmd := m.Update(uitest.KeyPress("q"))
	m = nm.(Model)
	if cmd != nil {
		if _, quit := cmd().(tea.QuitMsg); quit {
			t.Fatal("q closing the help quit")
		}
	}
	if m.mode() != modeSelecting || m.sel.span() != span {
		t.Errorf("after the help: mode %v, selection %+v, want %+v", m.mode(), m.sel.span(), span)
	}
}

// Adds land in the basket in the order typed, whatever the order Bubble
// Tea runs their Cmds in (at once, each in its goroutine): } a } a, read
// quickly, put the second section first.
func TestAddsInOrder(t *testing.T) {
	doc := uitest.SeedDoc(t)
	opt := basketOpts(t, &fakeClipboard{})
	m := sized(doc, 160, 40, opt)
	var adds []tea.Cmd
	var want []string
	for range 3 {
		m = keys(m, "}")
		want = append(want, m.Current().Title)
		nm, cmd := m.Update(uitest.KeyPress("a"))
		m, adds = nm.(Model), append(adds, cmd)
	}
	for i := len(adds) - 1; i >= 0; i-- {
		uitest.RunCmd(adds[i])
	}
	var got []string
	for _, e := range readBasket(t, opt.BasketPath) {
		got = append(got, e.Heading)
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("basket %q, want %q", got, want)
	}
}

// TestAddSaysAdding: a says "adding…" at once, before its save (which
// rewrites the basket file: seconds once it holds a large excerpt), and
// a node over syncCopy has its excerpt made in the Cmd, as y's copy is,
// with the same text as one made at the key; a large node without text
// adds nothing and says so.
func TestAddSaysAdding(t *testing.T) {
	lines, junk := largeNodeLines()
	for _, tt := range []struct {
		name string
		doc  *model.Document
		want int // excerpts after
	}{
		{"a section", uitest.SeedDoc(t), 1},
		{"a large node", buildDoc("大汇编", lines...), 1},
		{"a large node of junk", buildDoc("", junk...), 0},
	} {
		for _, lang := range []string{"zh", "en"} {
			opt := basketOpts(t, &fakeClipboard{})
			opt.Lang = lang
			m := sized(tt.doc, 100, 20, opt)
			n := m.reader.Current()
			nm, cmd := m.Update(uitest.KeyPress("a"))
			m = nm.(Model)
			if st := statusLine(m); !strings.Contains(st, m.btx().Adding) {
				t.Errorf("%s, %s: a says %q", tt.name, lang, st)
			}
			for _, msg := range uitest.RunCmd(cmd) {
				if a, ok := msg.(basketAddedMsg); ok {
					m = update(m, a)
				}
			}
			list := readBasket(t, opt.BasketPath)
			if len(list) != tt.want {
				t.Fatalf("%s, %s: %d excerpts, want %d; status %q", tt.name, lang, len(list), tt.want, statusLine(m))
			}
			if tt.want == 0 {
				if st := statusLine(m); !strings.Contains(st, m.btx().NothingToAdd) {
					t.Errorf("%s, %s: status %q", tt.name, lang, st)
				}
				continue
			}
			if e := basket.FromNode(basket.KindSection, opt.FileName, opt.Key, tt.doc, n); list[0].Text != e.Text {
				t.Errorf("%s, %s: the excerpt is %d bytes, want %d", tt.name, lang, len(list[0].Text), len(e.Text))
			}
		}
	}
}

// percentEnd is the percent that ends the status bar.
var percentEnd = regexp.MustCompile(`\s+\d+%$`)

// TestSelectNoteWholeKeys: the selection's note in the status bar ends
// after the last key that fits whole, then …, as the library's and the
// basket page's key lines do: at 60 columns it was cut inside one ("a a…",
// "Es…"); at 120 it is whole.
func TestSelectNoteWholeKeys(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		for _, w := range []int{60, 80, 120} {
			m := press(sized(uitest.SeedDoc(t), w, 20, Options{Lang: lang}), "}", "v", "j", "j")
			full := strings.Split(wtext.Plural(3, m.btx().SelectingFmt, 3), " · ")
			bar := strings.TrimSpace(statusLine(m))
			i := strings.Index(bar, full[0])
			if i < 0 {
				t.Fatalf("%s at %d: no selection note: %q", lang, w, bar)
			}
			note := strings.TrimSuffix(percentEnd.ReplaceAllString(bar[i:], ""), " …")
			for k, part := range strings.Split(note, " · ") {
				if part != full[k] {
					t.Errorf("%s at %d: key %d is %q, want %q: %q", lang, w, k, part, full[k], bar)
				}
			}
			if w == 120 && !strings.Contains(bar, strings.Join(full, " · ")) {
				t.Errorf("%s at 120: the note is cut: %q", lang, bar)
			}
		}
	}
}

// TestAddAsksForHugeNode: a on a node over askAdd (a whole compilation)
// says how long it is and adds nothing; a second a adds it; any other key
// between the two cancels, and the next a asks again.
func TestAddAsksForHugeNode(t *testing.T) {
	para := strings.Repeat("推进基层治理现代化，提升为民服务水平。", 40)
	lines := []string{"# 第一篇", "## 一、小节"}
	for range (askAdd / len(para)) + 8 {
		lines = append(lines, para)
	}
	doc := buildDoc("大汇编", lines...)
	for _, lang := range []string{"zh", "en"} {
		opt := basketOpts(t, &fakeClipboard{})
		opt.Lang = lang
		m := sized(doc, 100, 20, opt)
		run := func(keys ...string) {
			for _, k := range keys {
				nm, cmd := m.Update(uitest.KeyPress(k))
				m = nm.(Model)
				for _, msg := range uitest.RunCmd(cmd) {
					if a, ok := msg.(basketAddedMsg); ok {
						m = update(m, a)
					}
				}
			}
		}
		asks := strings.SplitN(m.btx().AskLargeFmt, "%", 2)[0]
		if lang == "en" {
			asks = ": a again"
		}
		for _, tt := range []struct {
			keys []string
			want int // excerpts after
			ask  bool
		}{
			{[]string{"a"}, 0, true},
			{[]string{"a", "j", "a"}, 0, true},
			{[]string{"a", "a"}, 1, false},
		} {
			os.Remove(opt.BasketPath)
			run("g")
			run(tt.keys...)
			if got := len(readBasket(t, opt.BasketPath)); got != tt.want {
				t.Errorf("%s %v: %d excerpts, want %d", lang, tt.keys, got, tt.want)
			}
			if st := statusLine(m); strings.Contains(st, asks) != tt.ask {
				t.Errorf("%s %v: status %q, asking %v", lang, tt.keys, st, tt.ask)
			}
		}
	}
}

// TestSelectAtTheEndStays: v in the middle of a paragraph taller than the
// pane, the document's last, then j (or ]) has nowhere to extend to: the
// bar says so and the pane stays where it was read (it jumped back to the
// paragraph's first line, the selection unchanged, not a word said); k
// (or [) on the first paragraph the same.
func TestSelectAtTheEndStays(t *testing.T) {
	long := strings.Repeat("这一段很长，没有换行，一直写下去。", 200)
	doc := buildDoc("汇编", "# 第一篇", long)
	for _, lang := range []string{"zh", "en"} {
		for _, k := range []string{"j", "]", "3j"} {
			m := press(sized(doc, 60, 12, Options{HideOutline: true, Lang: lang}), "G", "k", "k", "k", "v")
			top, sel := m.reader.top, m.sel
			if top.row == 0 {
				t.Fatalf("the pane is not inside the paragraph: %+v", top)
			}
			m = press(m, strings.Split(k, "")...)
			if m.reader.top != top || m.sel != sel {
				t.Errorf("%s %s: top %+v → %+v, selection %+v → %+v", lang, k, top, m.reader.top, sel, m.sel)
			}
			if st, want := statusLine(m), m.btx().SelectNoNext; !strings.Contains(st, want) {
				t.Errorf("%s %s: status %q, want %q", lang, k, st, want)
			}
		}
	}
	short := buildDoc("汇编", "甲段。", "乙段。", "丙段。")
	for _, k := range []string{"k", "["} {
		m := press(sized(short, 60, 12, Options{HideOutline: true}), "v")
		sel := m.sel
		m = press(m, k)
		if m.sel != sel {
			t.Errorf("%s: selection %+v → %+v", k, sel, m.sel)
		}
		if st, want := statusLine(m), m.btx().SelectNoPrev; !strings.Contains(st, want) {
			t.Errorf("%s: status %q, want %q", k, st, want)
		}
		if m = press(m, "j"); m.sel.span().Last != sel.anchor+1 {
			t.Errorf("%s then j: selection %+v, want one paragraph more", k, m.sel.span())
		}
	}
}
