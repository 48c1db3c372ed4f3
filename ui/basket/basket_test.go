package basket

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	store "wenji/internal/basket"
	wtext "wenji/internal/text"
	"wenji/model"
	"wenji/parse"
	"wenji/ui/cjk"
	"wenji/ui/common"
	"wenji/ui/internal/uitest"
	"wenji/ui/reader"
)

func init() { lipgloss.SetColorProfile(termenv.Ascii) }

// drive feeds msgs to m and runs the Cmds they return, feeding their
// messages back, as the Bubble Tea loop does; a Cmd that has not answered
// within a moment (a status timer) is dropped.
func drive(m tea.Model, msgs ...tea.Msg) tea.Model {
	for len(msgs) > 0 {
		msg := msgs[0]
		msgs = msgs[1:]
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		msgs = append(msgs, run(cmd)...)
	}
	return m
}

func run(cmd tea.Cmd) []tea.Msg { return uitest.RunCmd(cmd) }

// pageModel adapts Model to tea.Model for drive.
type pageModel struct{ Model }

func (p pageModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := p.Model.Update(msg)
	return pageModel{m}, cmd
}

func keys(m tea.Model, ks ...string) tea.Model {
	for _, k := range ks {
		m = drive(m, uitest.KeyPress(k))
	}
	return m
}

// fill writes a basket of the headings given, each from the seed file,
// sections 1.1, 1.2… of its first part.
func fill(t *testing.T, heads ...string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "basket.json")
	b, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, h := range heads {
		b.Add(store.Excerpt{Kind: store.KindSection, Heading: h, Text: h + "\n　　" + h + "的正文。\n",
			Source: store.Source{Name: "seed.txt", Path: "/x/seed.txt", Breadcrumb: []string{"第一篇", h}, NodePath: fmt.Sprintf("1.%d", i+1)}})
	}
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	return path
}

func headings(t *testing.T, path string) []string {
	t.Helper()
	b, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range b.List() {
		out = append(out, e.Heading)
	}
	return out
}

func newPage(path string, w, h int, c *reader.Copier) tea.Model {
	m := New(Options{Path: path, Lang: "zh", Ambiguous: 1, Copier: c})
	return drive(pageModel{m}, m.Init()(), tea.WindowSizeMsg{Width: w, Height: h})
}

func screen(m tea.Model) string { return ansi.Strip(m.View()) }

// The page lists each excerpt with its heading, source and first line of
// text (not the heading line again, which a section's text opens with),
// in a view of exactly the terminal's size.
func TestView(t *testing.T) {
	path := fill(t, "甲节", "乙节", "丙节")
	for _, amb := range []int{1, 2} {
		for _, size := range [][2]int{{80, 24}, {40, 10}, {20, 5}} {
			pm := New(Options{Path: path, Lang: "zh", Ambiguous: amb})
			m := drive(pageModel{pm}, pm.Init()(), tea.WindowSizeMsg{Width: size[0], Height: size[1]})
			lines := strings.Split(screen(m), "\n")
			if len(lines) != size[1] {
				t.Errorf("%v amb %d: %d lines", size, amb, len(lines))
			}
			for i, l := range lines {
				if w := cjk.New(amb).String(l); w != size[0] {
					t.Errorf("%v amb %d: line %d is %d wide: %q", size, amb, i, w, l)
				}
			}
		}
	}
	v := screen(newPage(path, 80, 24, nil))
	for _, want := range []string{"素材篮 · 3 条", "1. 甲节", "来源：seed.txt · 第一篇 › 甲节", "甲节的正文。", "3. 丙节"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
	empty := screen(newPage(filepath.Join(t.TempDir(), "none.json"), 80, 24, nil))
	if !strings.Contains(empty, "素材篮是空的") {
		t.Errorf("empty basket:\n%s", empty)
	}
}

// K/J (and Ctrl-↑/↓) move an excerpt, d/x delete, u undoes: each saved at
// once, the cursor on the excerpt moved.
func TestMoveDeleteUndo(t *testing.T) {
	path := fill(t, "甲", "乙", "丙")
	m := newPage(path, 80, 24, nil)
	m = keys(m, "J")
	if got := strings.Join(headings(t, path), ""); got != "乙甲丙" {
		t.Errorf("after J: %s", got)
	}
	m = drive(m, tea.KeyMsg{Type: tea.KeyCtrlDown})
	if got := strings.Join(headings(t, path), ""); got != "乙丙甲" {
		t.Errorf("after J ctrl+down: %s", got)
	}
	m = keys(m, "K", "K", "K")
	if got := strings.Join(headings(t, path), ""); got != "甲乙丙" {
		t.Errorf("after K K K: %s", got)
	}
	if !strings.Contains(screen(m), "已在最前") {
		t.Errorf("K at the top says nothing")
	}
	m = keys(m, "j", "d")
	if got := strings.Join(headings(t, path), ""); got != "甲丙" {
		t.Errorf("after j d: %s", got)
	}
	m = keys(m, "u")
	if got := strings.Join(headings(t, path), ""); got != "甲乙丙" {
		t.Errorf("after u: %s", got)
	}
	m = keys(m, "x", "x")
	if got := strings.Join(headings(t, path), ""); got != "甲" {
		t.Errorf("after x x: %s", got)
	}
	if pm := m.(pageModel); pm.cursor != 0 || pm.Len() != 1 {
		t.Errorf("cursor %d, %d shown", pm.cursor, pm.Len())
	}
}

type fakeClip struct {
	mu  sync.Mutex
	got string
}

func (f *fakeClip) WriteText(_ context.Context, s string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.got = s
	return nil
}

// TestCopyToolFails: when the clipboard tool fails and nothing else took
// the text, y's report names the tool and its cause in the page's
// language; it said "exit status 1" in English under zh_CN.
func TestCopyToolFails(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh to run a fake tool")
	}
	tool := filepath.Join(t.TempDir(), "xclip")
	os.WriteFile(tool, []byte("#!/bin/sh\ncat >/dev/null\nexit 1\n"), 0o755)
	under := filepath.Join(t.TempDir(), "file")
	os.WriteFile(under, nil, 0o644)
	m := newPage(fill(t, "甲", "乙"), 120, 24, &reader.Copier{Native: reader.ToolClipboard(tool), Dir: filepath.Join(under, "sub")})
	m = keys(m, "y")
	if s := screen(m); !strings.Contains(s, "复制失败：xclip：退出码 1") || strings.Contains(s, "exit status") {
		t.Errorf("no report of the tool:\n%s", s)
	}
}

// y copies the basket's Markdown; q and Esc ask to go back, Enter to open.
func TestCopyBackOpen(t *testing.T) {
	path := fill(t, "甲", "乙")
	clip := &fakeClip{}
	m := newPage(path, 80, 24, &reader.Copier{Native: clip, Dir: t.TempDir()})
	m = keys(m, "y")
	b, _ := store.Open(path)
	if clip.got != store.Markdown(b.List()) || !strings.Contains(clip.got, "## 甲") {
		t.Errorf("copied %q", clip.got)
	}
	if !strings.Contains(screen(m), "已复制") {
		t.Errorf("no report:\n%s", screen(m))
	}
	for _, k := range []string{"q", "esc"} {
		_, cmd := m.Update(uitest.KeyPress(k))
		if msgs := run(cmd); len(msgs) != 1 || msgs[0] != (BackMsg{}) {
			t.Errorf("%s sent %v", k, msgs)
		}
	}
	m = keys(m, "j")
	_, cmd := m.Update(uitest.KeyPress("enter"))
	msgs := run(cmd)
	if o, ok := msgs[0].(OpenMsg); len(msgs) != 1 || !ok || o.Excerpt.Heading != "乙" {
		t.Errorf("enter sent %v", msgs)
	}
}

// A damaged basket file is said so and read as empty.
func TestDamaged(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	os.WriteFile(path, []byte("not json"), 0o600)
	if v := screen(newPage(path, 100, 24, nil)); !strings.Contains(v, "损坏") {
		t.Errorf("damaged file not reported:\n%s", v)
	}
}

// The root: B shows the page, Enter on an excerpt opens its document in
// a new reader at the excerpt, q goes back to the reader.
func TestRootOpensExcerpt(t *testing.T) {
	doc := uitest.SeedDoc(t)
	basketPath := filepath.Join(t.TempDir(), "basket.json")
	opened := 0
	ropt := RootOptions{
		Basket: Options{Path: basketPath, Lang: "zh", Ambiguous: 1},
		Reader: reader.Options{Lang: "zh", Ambiguous: 1},
		Open: func(path string) (*model.Document, string, error) {
			opened++
			return uitest.SeedDoc(t), "k-seed", nil
		},
	}
	r := reader.New(doc, reader.Options{Lang: "zh", Ambiguous: 1, FileName: "seed.txt", Key: "k-seed", BasketPath: basketPath, BasketPage: true})
	var m tea.Model = NewRoot(r, "k-seed", "seed.txt", ropt)
	m = drive(m, tea.WindowSizeMsg{Width: 120, Height: 30})
	m = keys(m, "}", "}", "]", "a")
	want := m.(Root).reader.Current()
	m = keys(m, "g", "B")
	if v := screen(m); !strings.Contains(v, "素材篮 · 1 条") || !strings.Contains(v, want.Heading()) {
		t.Fatalf("B shows:\n%s", v)
	}
	m = keys(m, "q")
	if m.(Root).basket.Shown {
		t.Fatal("q did not go back")
	}
	m = keys(m, "B", "enter")
	root := m.(Root)
	if opened != 0 || root.basket.Shown {
		t.Fatalf("enter: opened %d (the document read is the excerpt's: not read again), state %v", opened, root.basket.Shown)
	}
	if got := root.reader.Current(); got == nil || got.Heading() != want.Heading() {
		t.Errorf("opened at %v, want %q", got, want.Heading())
	}
}

// ? shows the page's keys from its KeyMap, in the page's language, with
// no keys offered under it; any other key closes it.
func TestHelp(t *testing.T) {
	path := fill(t, "甲")
	m := New(Options{Path: path, Lang: "en", Ambiguous: 1})
	var tm tea.Model = drive(pageModel{m}, m.Init()(), tea.WindowSizeMsg{Width: 80, Height: 24})
	if v := screen(tm); !strings.Contains(v, "Basket · 1 excerpt") || !strings.Contains(v, "? help · Enter open it at its source · d/x/Del delete") {
		t.Errorf("english page:\n%s", v)
	}
	tm = keys(tm, "?")
	v := screen(tm)
	if lines := strings.Split(v, "\n"); strings.TrimSpace(lines[len(lines)-1]) != "" {
		t.Errorf("the bar under the help offers keys (any key closes it): %q", lines[len(lines)-1])
	}
	for _, want := range []string{"undo the delete", "open it at its source", "copy all (Markdown)", "back to reading"} {
		if !strings.Contains(v, want) {
			t.Errorf("help lacks %q:\n%s", want, v)
		}
	}
	tm = keys(tm, "x")
	if v := screen(tm); strings.Contains(v, "undo the delete") || len(headings(t, path)) != 1 {
		t.Errorf("a key did not just close the help:\n%s", v)
	}
}

// TestHelpWheel: on a screen too small for the help, the wheel scrolls
// it, as it moves on the page; a click leaves it open.
func TestHelpWheel(t *testing.T) {
	m := New(Options{Path: fill(t, "甲"), Lang: "en", Ambiguous: 1})
	var tm tea.Model = drive(pageModel{m}, m.Init()(), tea.WindowSizeMsg{Width: 60, Height: 10})
	tm = keys(tm, "?")
	for _, c := range []struct {
		b    tea.MouseButton
		want int
	}{{tea.MouseButtonWheelDown, 3}, {tea.MouseButtonLeft, 3}, {tea.MouseButtonWheelUp, 0}} {
		tm = drive(tm, tea.MouseMsg{X: 10, Y: 4, Button: c.b, Action: tea.MouseActionPress})
		if p := tm.(pageModel); !p.help || p.helpv.Top() != c.want {
			t.Errorf("mouse %v in the help: open %v, scroll %d, want %d", c.b, p.help, p.helpv.Top(), c.want)
		}
	}
}

// crumbOf is n's breadcrumb as a source keeps it.
func crumbOf(n *model.Node) []string {
	var c []string
	for _, x := range n.Path()[1:] {
		c = append(c, x.Heading())
	}
	return c
}

// An excerpt opens at its offset in the very text it was taken from; in a
// changed one, at the section its headings name (an edit above it moves
// its outline path: it opened at whatever section the old path named
// now), else at its outline path, else at the top.
func TestSourceOffset(t *testing.T) {
	doc := uitest.SeedDoc(t)
	n := doc.Find([]int{2, 1})
	if n == nil {
		t.Fatal("the seed has no 2.1")
	}
	tests := []struct {
		name string
		key  string
		src  store.Source
		want int
	}{
		{"same text", "k", store.Source{Hash: "k", Offset: 1234, NodePath: "2.1"}, 1234},
		{"changed text", "k2", store.Source{Hash: "k", Offset: 1234, NodePath: "2.1"}, n.Span.Start},
		{"offset past the end", "k", store.Source{Hash: "k", Offset: len(doc.Text) + 1, NodePath: "2.1"}, n.Span.Start},
		{"no such node", "k2", store.Source{Hash: "k", NodePath: "99.1"}, 0},
		{"bad path", "k2", store.Source{Hash: "k", NodePath: "2.x"}, 0},
		{"root", "k2", store.Source{Hash: "k", NodePath: "0"}, 0},
		// Edited since: a line added above moved 2.1 to another path; its
		// headings still name it (the path named another section).
		{"moved by an edit", "k2", store.Source{Hash: "k", NodePath: "1.1", Breadcrumb: crumbOf(n)}, n.Span.Start},
		{"moved, the last heading alone", "k2", store.Source{Hash: "k", NodePath: "1.1", Breadcrumb: []string{"改过的文章标题", n.Heading()}}, n.Span.Start},
		{"heading gone", "k2", store.Source{Hash: "k", NodePath: "2.1", Breadcrumb: []string{"不存在的标题"}}, n.Span.Start},
	}
	for _, tt := range tests {
		if got := SourceOffset(doc, tt.key, tt.src); got != tt.want {
			t.Errorf("%s: %d, want %d", tt.name, got, tt.want)
		}
	}
}

// A source that cannot be opened (moved, deleted, unreadable) shows what
// the basket keeps of the excerpt, in the reader, with why; Ctrl-^ goes
// back to the document read. Nothing from the file reaches the terminal
// as an escape.
func TestRootOpenFails(t *testing.T) {
	path := fill(t, "甲")
	ropt := RootOptions{
		Basket: Options{Path: path, Lang: "zh", Ambiguous: 1},
		Open: func(string) (*model.Document, string, error) {
			return nil, "", errors.New("no such file\x1b[31m")
		},
	}
	r := reader.New(uitest.SeedDoc(t), reader.Options{Lang: "zh", Ambiguous: 1, BasketPage: true})
	var m tea.Model = NewRoot(r, "", "", ropt)
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 24})
	m = keys(m, "B", "enter")
	v := m.View()
	if m.(Root).basket.Shown || !strings.Contains(v, "原文件打不开（no such file") || !strings.Contains(v, "甲的正文。") || strings.Contains(v, "\x1b[31m") {
		t.Errorf("open failure:\n%s", v)
	}
	if rd, key, p := m.(Root).Reader(); key != "" || p != "/x/seed.txt" || rd.Document().Root.Title != "甲" {
		t.Errorf("the kept excerpt's reader: key %q, path %q, title %q", key, p, rd.Document().Root.Title)
	}
	m = keys(m, "ctrl+^")
	if rd, _, _ := m.(Root).Reader(); rd.Document() == nil || !strings.Contains(ansi.Strip(m.View()), "调查研究") {
		t.Errorf("Ctrl-^ did not go back to the document read:\n%s", ansi.Strip(m.View()))
	}
}

// An empty basket has nothing to move, delete, open or copy: those keys
// are disabled, so neither the help nor the status line lists them, and
// they come back with the first excerpt (issue 16: the help shows exactly
// what works).
func TestHelpListsEnabledOnly(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	m := New(Options{Path: path, Lang: "en", Ambiguous: 1})
	var tm tea.Model = drive(pageModel{m}, m.Init()(), tea.WindowSizeMsg{Width: 100, Height: 24})
	km := DefaultKeyMap("en")
	off := []key.Binding{km.MoveUp, km.MoveDown, km.Delete, km.Open, km.CopyAll}
	if v := screen(tm); listed(v, km.Delete) || !listed(v, km.Back) {
		t.Errorf("the empty basket's status line:\n%s", v)
	}
	v := screen(keys(tm, "?"))
	for _, b := range off {
		if listed(v, b) {
			t.Errorf("empty basket: the help lists %s:\n%s", b.Help().Key, v)
		}
	}
	for _, b := range []key.Binding{km.Down, km.Undo, km.Back, km.Help, km.Quit} {
		if !listed(v, b) {
			t.Errorf("empty basket: the help lacks %s:\n%s", b.Help().Key, v)
		}
	}
	p := fill(t, "甲")
	m = New(Options{Path: p, Lang: "en", Ambiguous: 1})
	tm = drive(pageModel{m}, m.Init()(), tea.WindowSizeMsg{Width: 100, Height: 24})
	v = screen(keys(tm, "?"))
	for _, b := range off {
		if !listed(v, b) {
			t.Errorf("one excerpt: the help lacks %s:\n%s", b.Help().Key, v)
		}
	}
}

// listed reports whether screen shows b: its keys, then its description.
func listed(screen string, b key.Binding) bool {
	h := b.Help()
	// The help names the keys as bubbles does (q/esc/B), the status
	// line as the library's bar does (q/Esc/B).
	keys := "(" + regexp.QuoteMeta(h.Key) + "|" + regexp.QuoteMeta(common.BarKeys(h.Key)) + ")"
	return regexp.MustCompile(keys + `\s+` + regexp.QuoteMeta(h.Desc)).MatchString(screen)
}

// An excerpt of the document read opens in a new reader that keeps the
// marks set and moved in this session, though the place loaded for it
// (the saved one) does not have them yet, and that does not say it is
// back where it was left: it opened at the excerpt.
func TestRootSameDocumentKeepsMarks(t *testing.T) {
	basketPath := filepath.Join(t.TempDir(), "basket.json")
	saved := reader.Place{Offset: 40, Marks: map[string]int{"e": 0, "f": 5}}
	ropt := RootOptions{
		Basket: Options{Path: basketPath, Lang: "zh", Ambiguous: 1},
		Reader: reader.Options{Lang: "zh", Ambiguous: 1},
		Open: func(string) (*model.Document, string, error) {
			return uitest.SeedDoc(t), "k-seed", nil
		},
		Place: func(string) (*reader.Place, string) {
			p := saved
			return &p, ""
		},
	}
	p := saved
	r := reader.New(uitest.SeedDoc(t), reader.Options{Lang: "zh", Ambiguous: 1, FileName: "seed.txt", Key: "k-seed",
		BasketPath: basketPath, BasketPage: true, Place: &p})
	var m tea.Model = NewRoot(r, "k-seed", "seed.txt", ropt)
	m = drive(m, tea.WindowSizeMsg{Width: 120, Height: 30})
	m = keys(m, "}", "a", "}", "}", "m", "e", "m", "g")
	want := m.(Root).reader.Place().Marks
	if want["e"] == 0 || len(want) != 3 {
		t.Fatalf("marks before: %v", want)
	}
	m = keys(m, "B", "enter")
	root := m.(Root)
	if got := root.reader.Place().Marks; !maps.Equal(got, want) {
		t.Errorf("marks after opening the excerpt: %v, want %v", got, want)
	}
	if v := screen(m); strings.Contains(v, "接着上次") {
		t.Errorf("opened at the excerpt, says it resumed:\n%s", v)
	}
}

// The page opened after the reader's add found the basket file damaged
// (and moved it aside) says so, as wenji --basket does.
func TestDamagedByReader(t *testing.T) {
	path := fill(t, "甲")
	m := New(Options{Path: path, Lang: "en", Ambiguous: 1, Damaged: "/x/basket.json", Backup: "/x/basket.json.bak2"})
	v := screen(drive(pageModel{m}, m.Init()(), tea.WindowSizeMsg{Width: 100, Height: 24}))
	if !strings.Contains(v, "/x/basket.json was damaged: moved to basket.json.bak2") {
		t.Errorf("the damaged file not said:\n%s", v)
	}
}

// The root hands the damaged file B names to the page it opens.
func TestRootDamagedByReader(t *testing.T) {
	path := fill(t, "甲")
	r := reader.New(uitest.SeedDoc(t), reader.Options{Lang: "en", Ambiguous: 1, BasketPage: true})
	var m tea.Model = NewRoot(r, "", "seed.txt", RootOptions{Basket: Options{Path: path, Lang: "en", Ambiguous: 1}})
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 24}, reader.OpenBasketMsg{Damaged: "/x/basket.json", Backup: "/x/basket.json.bak"})
	if v := screen(m); !strings.Contains(v, "/x/basket.json was damaged: moved to basket.json.bak") {
		t.Errorf("the damaged file not said:\n%s", v)
	}
}

// A full-width space inside a heading is drawn as written, as the reader
// draws it.
func TestFullWidthSpaceKept(t *testing.T) {
	v := screen(newPage(fill(t, "甲作用　乙局面"), 100, 24, nil))
	if !strings.Contains(v, "1. 甲作用　乙局面") || !strings.Contains(v, "第一篇 › 甲作用　乙局面") {
		t.Errorf("the full-width space is gone:\n%s", v)
	}
}

// TestRootOpensMidLineExcerpt: an excerpt of a heading that starts partway
// through its line (二是… inside a paragraph) opens with the breadcrumb
// naming that heading, not the one before it on the line.
func TestRootOpensMidLineExcerpt(t *testing.T) {
	body := strings.Repeat("以科技创新推动产业创新，加快发展新质生产力，持续增强发展动能。", 6)
	text := "关于工作的报告\n\n一、总体要求\n\n　　我们要做好三件事。一是加强组织领导，确保各项任务落实到位。" + body +
		"二是完善制度机制，健全长效机制。" + body + "三是强化督查考核，狠抓落实。" + body + "\n\n" +
		"二、重点任务\n\n" + strings.Repeat("　　"+body+"\n\n", 12)
	doc := parse.Parse(text)
	off := strings.Index(doc.Text, "二是完善")
	n := doc.NodeAt(off)
	if n == nil || n.Span.Start != off {
		t.Fatalf("二是 is no node of the parse: %v", n)
	}
	for _, offset := range []int{off, -1} { // by its offset, and by its outline path
		basketPath := filepath.Join(t.TempDir(), "basket.json")
		b, err := store.Open(basketPath)
		if err != nil {
			t.Fatal(err)
		}
		b.Add(store.Excerpt{Kind: store.KindSection, Heading: n.Heading(), Text: n.Heading(),
			Source: store.Source{Name: "r.txt", Path: "/x/r.txt", Hash: "k-r", Offset: offset, NodePath: model.PathString(n.Index())}})
		if err := b.Save(); err != nil {
			t.Fatal(err)
		}
		ropt := RootOptions{
			Basket: Options{Path: basketPath, Lang: "zh", Ambiguous: 1},
			Reader: reader.Options{Lang: "zh", Ambiguous: 1},
			Open: func(string) (*model.Document, string, error) {
				return parse.Parse(text), "k-r", nil
			},
		}
		r := reader.New(parse.Parse("别的文档\n\n正文。\n"), reader.Options{Lang: "zh", Ambiguous: 1, FileName: "o.txt", BasketPath: basketPath, BasketPage: true})
		var m tea.Model = NewRoot(r, "k-o", "o.txt", ropt)
		m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 24})
		m = keys(m, "B", "enter")
		root := m.(Root)
		if got := root.reader.Current(); got == nil || got.Heading() != n.Heading() {
			t.Errorf("offset %d: opened in %v, want %q", offset, got, n.Heading())
		}
		lines := strings.Split(screen(m), "\n")
		if st := lines[len(lines)-1]; !strings.Contains(st, "健全长效机制") || strings.Contains(st, "落实到位") {
			t.Errorf("offset %d: the breadcrumb is %q", offset, st)
		}
	}
}

// g/Home and G/End go to the first and the last excerpt (they did
// nothing); the help calls j/k the next and previous excerpt (it said
// 下一行/上一行, lines), and lists B, which goes back too.
func TestFirstLastAndHelpWords(t *testing.T) {
	path := fill(t, "甲", "乙", "丙", "丁")
	cur := func(m tea.Model) string { return m.(pageModel).list[m.(pageModel).cursor].Heading }
	for _, tc := range []struct {
		keys []string
		want string
	}{
		{[]string{"G"}, "丁"}, {[]string{"end"}, "丁"},
		{[]string{"j", "j", "g"}, "甲"}, {[]string{"G", "home"}, "甲"},
		{[]string{"G", "k"}, "丙"},
	} {
		m := keys(newPage(path, 80, 24, nil), tc.keys...)
		if got := cur(m); got != tc.want {
			t.Errorf("%q: on %s, want %s", tc.keys, got, tc.want)
		}
	}
	for _, lang := range []string{"zh", "en"} {
		bt := wtext.BasketFor(lang)
		m := New(Options{Path: path, Lang: lang, Ambiguous: 1})
		var tm tea.Model = drive(pageModel{m}, m.Init()(), tea.WindowSizeMsg{Width: 100, Height: 30})
		v := screen(keys(tm, "?"))
		for _, want := range []string{bt.HNext, bt.HPrev, bt.HFirst, bt.HLast, "g/home", "G/end", "q/esc/B"} {
			if !strings.Contains(v, want) {
				t.Errorf("%s: the help lacks %q:\n%s", lang, want, v)
			}
		}
		if sh := wtext.SharedFor(lang); strings.Contains(v, sh.HDown) || strings.Contains(v, sh.HUp) {
			t.Errorf("%s: the help still speaks of lines (%q, %q):\n%s", lang, sh.HDown, sh.HUp, v)
		}
	}
	// B goes back, as the help says.
	m := newPage(path, 80, 24, nil)
	if _, cmd := m.Update(uitest.KeyPress("B")); cmd == nil {
		t.Fatal("B does nothing")
	} else if _, ok := cmd().(BackMsg); !ok {
		t.Errorf("B: %T, want BackMsg", cmd())
	}
}

// A heading cut to fit leaves a space before the row's length: not
// "…废…77 字", which reads as the heading running into the count.
func TestCutHeadingGapBeforeTag(t *testing.T) {
	long := strings.Repeat("法律行政法规地方性法规的制定修改和废止", 4)
	path := fill(t, long, "短")
	for _, w := range []int{80, 60, 40} {
		for _, row := range []string{" 1. ", " 2. "} {
			v := screen(keys(newPage(path, w, 24, nil), "j")) // row 1 plain, row 2 the cursor's
			var line string
			for _, l := range strings.Split(v, "\n") {
				if strings.HasPrefix(l, row) {
					line = l
				}
			}
			i := strings.Index(line, " 字")
			if i < 0 {
				t.Fatalf("width %d: row %q has no length:\n%s", w, row, v)
			}
			head := strings.TrimRight(line[:i], "0123456789,")
			if !strings.HasSuffix(head, " ") {
				t.Errorf("width %d: no space between heading and length: %q", w, line)
			}
		}
	}
}

// TestSmallScreenShowsCursor: on a terminal too short for an excerpt's
// three rows under the title and its blank line (20×5, the smallest the
// reader draws), the page still shows the selected excerpt's heading, as
// j/k move it: it showed the title over blank rows, seven excerpts and none
// of them on screen.
func TestSmallScreenShowsCursor(t *testing.T) {
	path := fill(t, "甲节", "乙节", "丙节")
	for _, h := range []int{5, 6} {
		m := newPage(path, 30, h, nil)
		for i, want := range []string{"1. 甲节", "2. 乙节", "3. 丙节"} {
			if i > 0 {
				m = keys(m, "j")
			}
			v := screen(m)
			if !strings.Contains(v, want) {
				t.Errorf("30×%d, excerpt %d: the screen lacks %q:\n%s", h, i+1, want, v)
			}
			if lines := strings.Split(v, "\n"); len(lines) != h {
				t.Errorf("30×%d: %d lines", h, len(lines))
			}
		}
	}
}

// TestCursorScrollsOnlyWhenHidden: j onto an excerpt already drawn whole
// leaves the page where it is, as a list scrolls only to show the cursor:
// at 10 rows two excerpts fit, and j to the second scrolled it to the top
// (keepInView counted one excerpt a screen where the view draws two).
func TestCursorScrollsOnlyWhenHidden(t *testing.T) {
	path := fill(t, "甲节", "乙节", "丙节", "丁节")
	for _, c := range []struct{ h, fit int }{{9, 1}, {10, 2}, {13, 2}, {14, 3}} {
		m := newPage(path, 40, c.h, nil)
		for i := 1; i < c.fit; i++ {
			m = keys(m, "j")
			if v := screen(m); !strings.Contains(v, "1. 甲节") {
				t.Errorf("40×%d: j to excerpt %d, drawn whole, scrolled the first away:\n%s", c.h, i+1, v)
			}
		}
		m = keys(m, "j")
		want := []string{"1. 甲节", "2. 乙节", "3. 丙节", "4. 丁节"}[c.fit]
		if v := screen(m); !strings.Contains(v, want) || strings.Count(v, "来源") != c.fit {
			t.Errorf("40×%d: j to excerpt %d: want it shown and %d excerpts:\n%s", c.h, c.fit+1, c.fit, v)
		}
	}
}

// TestRootOpenFailsNamesFileOnce: the notice saying why an excerpt's
// document does not open gives the cause without the path the opener's
// error begins with (the status bar names the file already).
func TestRootOpenFailsNamesFileOnce(t *testing.T) {
	path := fill(t, "甲")
	ropt := RootOptions{
		Basket: Options{Path: path, Lang: "zh", Ambiguous: 1},
		Open: func(p string) (*model.Document, string, error) {
			return nil, "", errors.New(p + ": 文件不存在")
		},
	}
	r := reader.New(uitest.SeedDoc(t), reader.Options{Lang: "zh", Ambiguous: 1, BasketPage: true})
	var m tea.Model = NewRoot(r, "", "", ropt)
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 24})
	m = keys(m, "B", "enter")
	if v := ansi.Strip(m.View()); !strings.Contains(v, "原文件打不开（文件不存在）") || strings.Contains(v, "/x/seed.txt: ") {
		t.Errorf("open failure:\n%s", v)
	}
}

// TestUnreadableBasket: a basket file that cannot be read (no permission)
// is said to be so, on the page and its bar, in the interface's language;
// the page said 素材篮是空的 and 素材篮保存失败, as if the excerpts were
// gone and something had been written. Nothing is written.
func TestUnreadableBasket(t *testing.T) {
	// A directory where the file should be cannot be read, even by root.
	path := t.TempDir()
	for _, c := range []struct{ lang, want, not string }{
		{"zh", "无法读取素材篮：是文件夹（文件未改动）", "素材篮是空的"},
		{"en", "cannot read the basket: is a directory (the file is left as it is)", "The basket is empty"},
	} {
		var m tea.Model = pageModel{New(Options{Path: path, Lang: c.lang, Ambiguous: 1})}
		m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 20})
		m = drive(m, m.(pageModel).Init()())
		s := screen(m)
		if strings.Count(s, c.want) != 2 || strings.Contains(s, c.not) || strings.Contains(s, "0 ") {
			t.Errorf("%s: the page says:\n%s", c.lang, s)
		}
		m = keys(m, "d", "u", "J")
		if st, err := os.Stat(path); err != nil || !st.IsDir() {
			t.Errorf("%s: the basket's path was changed: %v", c.lang, err)
		}
	}
}

// TestExportFailedNamesDir: w that cannot write says which directory
// refused it (the one wenji was started in, shown nowhere else), in the
// interface's language: it said only 没有写出 .docx：文件系统只读.
func TestExportFailedNamesDir(t *testing.T) {
	err := &fs.PathError{Op: "open", Path: "/srv/报告/素材篮-2026-12-05.docx", Err: syscall.EROFS}
	for _, c := range []struct{ lang, want string }{
		{"zh", "没有写出 .docx：/srv/报告：文件系统只读"},
		{"en", "no .docx written: in /srv/报告: read-only file system"},
	} {
		m := New(Options{Path: filepath.Join(t.TempDir(), "b.json"), Lang: c.lang, Ambiguous: 1})
		if got := m.exportReport(exportedMsg{err: err}); got != c.want {
			t.Errorf("%s: %q, want %q", c.lang, got, c.want)
		}
	}
}

// TestSelectionTagOnNarrowScreen: where the row has no room for a
// selection's whole tag (选段 · 1,447 字 at 40 columns), it keeps 选段 and
// drops the length: the tag went whole, so a selection looked like the
// whole section its heading names, and the row beside it, a section's,
// still had its length.
func TestSelectionTagOnNarrowScreen(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	b, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	b.Add(store.Excerpt{Kind: store.KindParagraphs, Heading: "坚持校准靶向，确保调查研究选题精准", Text: strings.Repeat("正文内容。", 300) + "\n",
		Source: store.Source{Name: "seed.txt", Path: "/x/seed.txt", NodePath: "1.1"}})
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	for _, w := range []int{80, 40} {
		v := screen(newPage(path, w, 12, nil))
		var row string
		for _, l := range strings.Split(v, "\n") {
			if strings.HasPrefix(l, " 1. ") {
				row = l
			}
		}
		if !strings.Contains(row, "选段") {
			t.Errorf("width %d: the selection's row does not say 选段: %q", w, row)
		}
	}
}

// TestSuspend: Ctrl-z suspends on the basket page too, as in the reader
// and the library (it did nothing there), and the help lists it.
func TestSuspend(t *testing.T) {
	path := fill(t, "甲")
	for _, lang := range []string{"zh", "en"} {
		m := New(Options{Path: path, Lang: lang, Ambiguous: 1})
		var tm tea.Model = drive(pageModel{m}, m.Init()(), tea.WindowSizeMsg{Width: 80, Height: 30})
		_, cmd := tm.Update(tea.KeyMsg{Type: tea.KeyCtrlZ})
		if cmd == nil {
			t.Fatalf("%s: Ctrl-z does nothing", lang)
		}
		if _, ok := cmd().(tea.SuspendMsg); !ok {
			t.Errorf("%s: Ctrl-z does not suspend", lang)
		}
		if v := screen(keys(tm, "?")); !strings.Contains(v, "ctrl+z") || !strings.Contains(v, wtext.SharedFor(lang).HSuspend) {
			t.Errorf("%s: the help lacks ctrl+z:\n%s", lang, v)
		}
	}
}

// TestUndoEveryDelete: u takes back every delete made on the page, the
// last first, each to where it was, as vim's u goes back change by
// change: only the last could be, and a second d lost the first for good
// (its bar still said "u undoes").
func TestUndoEveryDelete(t *testing.T) {
	path := fill(t, "甲", "乙", "丙", "丁")
	m := newPage(path, 80, 24, nil)
	m = keys(m, "j", "d", "d", "G", "x")
	if got := strings.Join(headings(t, path), ""); got != "甲" {
		t.Fatalf("after j d d G x: %s", got)
	}
	for _, want := range []string{"甲丁", "甲丙丁", "甲乙丙丁"} {
		m = keys(m, "u")
		if got := strings.Join(headings(t, path), ""); got != want {
			t.Errorf("after u: %s, want %s", got, want)
		}
	}
	if m = keys(m, "u"); !strings.Contains(screen(m), wtext.BasketFor("zh").NothingUndo) {
		t.Errorf("u with nothing left to undo:\n%s", screen(m))
	}
}

// TestSourceLabelInLanguage: the page's source line speaks the
// interface's language (Source: … under English, 来源：… under Chinese,
// and standard input named as the reader names it); the Markdown the
// page copies keeps the exports' Chinese 来源：.
func TestSourceLabelInLanguage(t *testing.T) {
	path := fill(t, "甲节")
	b, _ := store.Open(path)
	b.Add(store.Excerpt{Heading: "乙节", Text: "乙节\n正文。", Source: store.Source{Name: "-"}})
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ lang, want, stdin, not string }{
		{"en", "Source: seed.txt · 第一篇 › 甲节", "Source: stdin", "来源"},
		{"zh", "来源：seed.txt · 第一篇 › 甲节", "来源：标准输入", "Source"},
	} {
		pm := New(Options{Path: path, Lang: c.lang, Ambiguous: 1})
		v := screen(drive(pageModel{pm}, pm.Init()(), tea.WindowSizeMsg{Width: 80, Height: 24}))
		if !strings.Contains(v, c.want) || !strings.Contains(v, c.stdin) || strings.Contains(v, c.not) {
			t.Errorf("%s: want %q and %q, no %q:\n%s", c.lang, c.want, c.stdin, c.not, v)
		}
	}
	if md := store.Markdown(headingsList(t, path)); !strings.Contains(md, "来源：seed.txt") || strings.Contains(md, "Source:") {
		t.Errorf("the export's source line changed:\n%s", md)
	}
}

func headingsList(t *testing.T, path string) []store.Excerpt {
	t.Helper()
	b, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return b.List()
}

// TestPageShowsEscapeAsReader: an excerpt whose text holds an escape
// sequence shows it on the page as the reader shows the document (␛[31m),
// in its heading and its text, and no ESC reaches the terminal; the
// exports carry the text with the control dropped ([31m), as y copies it.
func TestPageShowsEscapeAsReader(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	b, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	b.Add(store.Excerpt{Kind: store.KindSection, Heading: "甲\x1b[31m节", Text: "甲\x1b[31m节\n　　正文\x1b[2J清屏\u202e。\n",
		Source: store.Source{Name: "e.txt", Path: "/x/e.txt", Breadcrumb: []string{"甲\x1b[31m节"}, NodePath: "1"}})
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	raw := newPage(path, 80, 24, nil).View()
	if strings.ContainsAny(ansi.Strip(raw), "\x1b\u202e") {
		t.Errorf("a control reached the terminal: %q", raw)
	}
	v := screen(newPage(path, 80, 24, nil))
	for _, want := range []string{"1. 甲␛[31m节", "正文␛[2J清屏。"} {
		if !strings.Contains(v, want) {
			t.Errorf("page lacks %q:\n%s", want, v)
		}
	}
	list := []store.Excerpt{b.List()[0]}
	j, _ := json.Marshal(store.ForJSON(list))
	for name, out := range map[string]string{"txt": store.PlainText(list), "md": strings.ReplaceAll(store.Markdown(list), `\[`, "["), "json": string(j)} {
		if name == "json" && strings.Contains(out, `\u001b`) {
			t.Errorf("json export keeps the ESC: %s", out)
		}
		if strings.ContainsAny(out, "\x1b\u202e␛") || !strings.Contains(out, "正文[2J清屏。") {
			t.Errorf("%s export: %q", name, out)
		}
	}
}

// u takes back a delete and an edit made before the page was closed and
// opened again, over the reader and over the list alike (Host): a d (less's
// half page down in the reader) then q left the excerpt deleted for good,
// the page opened again having nothing to undo.
func TestUndoAfterReopen(t *testing.T) {
	doc := uitest.SeedDoc(t)
	basketPath := fill(t, "甲", "乙", "丙")
	ropt := RootOptions{
		Basket: Options{Path: basketPath, Lang: "zh", Ambiguous: 1},
		Reader: reader.Options{Lang: "zh", Ambiguous: 1},
	}
	r := reader.New(doc, reader.Options{Lang: "zh", Ambiguous: 1, FileName: "seed.txt", Key: "k-seed", BasketPath: basketPath, BasketPage: true})
	var m tea.Model = NewRoot(r, "k-seed", "seed.txt", ropt)
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = keys(m, "B", "j", "d", "q")
	if got := strings.Join(headings(t, basketPath), ""); got != "甲丙" || m.(Root).basket.Shown {
		t.Fatalf("B j d q: basket %s, page shown %v", got, m.(Root).basket.Shown)
	}
	m = keys(m, "B", "d", "B", "B", "u")
	if got := strings.Join(headings(t, basketPath), ""); got != "甲丙" {
		t.Errorf("u after the page was opened again: basket %s, want 甲丙", got)
	}
	m = keys(m, "u")
	if got := strings.Join(headings(t, basketPath), ""); got != "甲乙丙" {
		t.Errorf("u again: basket %s, want 甲乙丙", got)
	}
	if v := screen(m); !strings.Contains(v, "素材篮 · 3 条") {
		t.Errorf("the page after u u:\n%s", v)
	}
}

// The page opened again puts the cursor back on the excerpt it was on,
// scrolled into view, over the reader and over the list alike (Host): it
// went to the first excerpt each time, and the one being reordered among
// many had to be looked for again after each look at the text.
func TestCursorAfterReopen(t *testing.T) {
	doc := uitest.SeedDoc(t)
	basketPath := fill(t, "甲", "乙", "丙", "丁", "戊", "己")
	ropt := RootOptions{
		Basket: Options{Path: basketPath, Lang: "zh", Ambiguous: 1},
		Reader: reader.Options{Lang: "zh", Ambiguous: 1},
	}
	r := reader.New(doc, reader.Options{Lang: "zh", Ambiguous: 1, FileName: "seed.txt", Key: "k-seed", BasketPath: basketPath, BasketPage: true})
	var m tea.Model = NewRoot(r, "k-seed", "seed.txt", ropt)
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 12})
	at := func(want int, keys string) {
		t.Helper()
		p := m.(Root).basket.Page
		if p.cursor != want || !strings.Contains(screen(m), fmt.Sprintf(" %d. ", want+1)) {
			t.Errorf("%s: the cursor on excerpt %d, want %d:\n%s", keys, p.cursor+1, want+1, screen(m))
		}
	}
	m = keys(m, "B", "G", "q", "B")
	at(5, "B G q B")
	m = keys(m, "k", "k", "q", "j", "B")
	at(3, "k k q j B")
	m = keys(m, "d", "q", "B")
	at(3, "d q B") // on the excerpt after the one deleted, as before
}

// u on a page whose basket could not be read (its file replaced by a
// directory meanwhile) puts nothing back and keeps the change to undo:
// it took the last delete off the list, showed the excerpt back and
// saved nothing, so the page opened again once the file was back had
// nothing to undo and the excerpt was gone for good.
func TestUndoKeptOverUnreadableBasket(t *testing.T) {
	doc := uitest.SeedDoc(t)
	basketPath := fill(t, "甲", "乙", "丙")
	ropt := RootOptions{
		Basket: Options{Path: basketPath, Lang: "zh", Ambiguous: 1},
		Reader: reader.Options{Lang: "zh", Ambiguous: 1},
	}
	r := reader.New(doc, reader.Options{Lang: "zh", Ambiguous: 1, FileName: "seed.txt", Key: "k-seed", BasketPath: basketPath, BasketPage: true})
	var m tea.Model = NewRoot(r, "k-seed", "seed.txt", ropt)
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = keys(m, "B", "j", "d", "q")
	saved, err := os.ReadFile(basketPath)
	if err != nil || strings.Join(headings(t, basketPath), "") != "甲丙" {
		t.Fatalf("B j d q: %v, basket %v", err, headings(t, basketPath))
	}
	if err := os.Remove(basketPath); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(basketPath, 0o755); err != nil {
		t.Fatal(err)
	}
	m = keys(m, "B", "u")
	if v := screen(m); !strings.Contains(v, "无法读取素材篮") || strings.Contains(v, "乙") {
		t.Errorf("u over an unreadable basket:\n%s", v)
	}
	m = keys(m, "q")
	if err := os.Remove(basketPath); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(basketPath, saved, 0o644); err != nil {
		t.Fatal(err)
	}
	m = keys(m, "B", "u")
	if got := strings.Join(headings(t, basketPath), ""); got != "甲乙丙" {
		t.Errorf("u once the basket reads again: basket %s, want 甲乙丙", got)
	}
}

// TestOtherSessionShows: an excerpt another session adds while the page
// is open (a reader in another terminal) shows on the page at its next
// look, the cursor kept on its excerpt, and w writes it too; a look while
// a change of the page waits to be saved reads nothing (the save merges
// it). The page showed the basket as it read it on opening, and w wrote
// that, until a change of its own was saved.
func TestOtherSessionShows(t *testing.T) {
	path := fill(t, "甲", "乙")
	m := keys(newPage(path, 100, 24, nil), "j")
	s := m.(pageModel).s
	other, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	other.Add(store.Excerpt{Kind: store.KindSection, Heading: "丙", Text: "丙\n　　丙的正文。\n", Source: store.Source{Name: "seed.txt", Path: "/x/seed.txt", NodePath: "1.3"}})
	if err := other.Save(); err != nil {
		t.Fatal(err)
	}
	m = drive(m, lookTickMsg{s})
	p := m.(pageModel)
	if got := strings.Join(headingsOf(p.list), " "); got != "甲 乙 丙" || p.list[p.cursor].Heading != "乙" {
		t.Errorf("after a look: %q, cursor on %q; want 甲 乙 丙 on 乙:\n%s", got, p.list[p.cursor].Heading, screen(m))
	}
	if v := screen(m); !strings.Contains(v, "素材篮 · 3 条") || !strings.Contains(v, "3. 丙") {
		t.Errorf("the page does not show the other session's excerpt:\n%s", v)
	}
	dir := t.TempDir()
	p.opt.ExportDir = dir
	m = keys(p, "w")
	names, _ := filepath.Glob(filepath.Join(dir, "*.docx"))
	if len(names) != 1 {
		t.Fatalf("w wrote %q", names)
	}
	if v := screen(m); !strings.Contains(v, "已写出素材 3 条") {
		t.Errorf("w left out the other session's excerpt:\n%s", v)
	}
	// A change waiting to be saved: the look leaves the file alone.
	p = m.(pageModel)
	p.s.qmu.Lock()
	p.s.queue = append(p.s.queue, func(*store.Basket) {})
	p.s.qmu.Unlock()
	other.Remove(other.List()[0].ID)
	if err := other.Save(); err != nil {
		t.Fatal(err)
	}
	if msg := p.s.look().(lookedMsg); msg.list != nil {
		t.Errorf("a look with a change waiting read %d excerpts", len(msg.list))
	}
}

func headingsOf(list []store.Excerpt) []string {
	var out []string
	for _, e := range list {
		out = append(out, e.Heading)
	}
	return out
}
