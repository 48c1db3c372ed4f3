package reader

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"wenji/model"
	"wenji/parse"
	"wenji/ui/common"
	"wenji/ui/internal/uitest"
)

// readerTop returns the reading pane's first row, trimmed.
func readerTop(m Model) string {
	return strings.TrimSpace(ansi.Strip(m.reader.View()[0]))
}

func statusLine(m Model) string {
	s := screen(m)
	return s[len(s)-1]
}

// handDoc is a small compilation built without the parser, so these tests
// stand on the UI alone.
func handDoc() *model.Document {
	return buildDoc("测试汇编",
		"# 第一篇文章",
		"导语段落，说明背景。",
		"## 一、第一节",
		"### 一是甲措施。甲措施的正文。",
		"### 二是乙措施。乙措施的正文。",
		"## 二、第二节",
		"第二节的正文，较长一些，用来测试折行是否正确，以及首行缩进是否是两个全角字符。",
		"!junk 【哒哒素材库】加入会员请联系客服",
		"# 第二篇文章",
		"## 一、另一节",
		"另一节的正文。",
		"# 第三篇文章",
		"结尾段落。",
	)
}

func TestNextPrevNodeOrder(t *testing.T) {
	m := sized(handDoc(), 80, 20, Options{})
	want := []string{"第一篇文章", "一、第一节", "一是甲措施", "二是乙措施", "二、第二节",
		"第二篇文章", "一、另一节", "第三篇文章"}
	for i, w := range want {
		m = press(m, "]")
		if got := m.Current().Title; got != w {
			t.Fatalf("] #%d: current %q, want %q", i+1, got, w)
		}
	}
	m = press(m, "]") // none left: stays, says so
	if got := m.Current().Title; got != "第三篇文章" {
		t.Errorf("] past the end moved to %q", got)
	}
	if !strings.Contains(statusLine(m), m.tx.NoNext) {
		t.Errorf("status %q lacks %q", statusLine(m), m.tx.NoNext)
	}
	for i := len(want) - 2; i >= 0; i-- {
		m = press(m, "[")
		if got := m.Current().Title; got != want[i] {
			t.Fatalf("[ back to #%d: current %q, want %q", i+1, got, want[i])
		}
	}
}

func TestArticles(t *testing.T) {
	m := sized(handDoc(), 80, 6, Options{})
	for _, w := range []string{"第一篇文章", "第二篇文章", "第三篇文章"} {
		m = press(m, "}")
		if got := m.Current().Title; got != w {
			t.Fatalf("}: %q, want %q", got, w)
		}
	}
	m = press(m, "{", "{")
	if got := m.Current().Title; got != "第一篇文章" {
		t.Errorf("{ {: %q, want 第一篇文章", got)
	}
	// From inside an article's text, { goes to that article's title.
	m = press(m, "}", "j", "j", "{")
	if got := m.Current().Title; got != "第二篇文章" {
		t.Errorf("j j {: %q, want 第二篇文章", got)
	}
}

func TestScrolling(t *testing.T) {
	m := sized(handDoc(), 60, 8, Options{HideOutline: true})
	start := m.reader.top
	m = press(m, "j")
	if !start.less(m.reader.top) {
		t.Fatalf("j did not move: %v", m.reader.top)
	}
	m = press(m, "k")
	if m.reader.top != start {
		t.Fatalf("j k: %v, want %v", m.reader.top, start)
	}
	m = press(m, "k") // at the top already
	if m.reader.top != start {
		t.Fatalf("k at top moved to %v", m.reader.top)
	}
	m = press(m, "G")
	end := m.reader.top
	if m.reader.Percent() != 100 {
		t.Errorf("G: %d%%", m.reader.Percent())
	}
	last := screen(m)[m.height-2]
	if !strings.Contains(last, "结尾段落") {
		t.Errorf("G: last body row %q, want the last paragraph", last)
	}
	m = press(m, "j", " ", "ctrl+d")
	if m.reader.top != end {
		t.Errorf("scrolling past the end moved to %v from %v", m.reader.top, end)
	}
	m = press(m, "b", "ctrl+u", "g")
	if m.reader.top != start || m.reader.Percent() != 0 {
		t.Errorf("g: %v %d%%", m.reader.top, m.reader.Percent())
	}
	// space then b is the identity away from the ends.
	m = press(m, "j", " ")
	mid := m.reader.top
	m = press(m, " ", "b")
	if m.reader.top != mid {
		t.Errorf("space b: %v, want %v", m.reader.top, mid)
	}
}

func TestIndentAndHeadingLines(t *testing.T) {
	m := sized(handDoc(), 80, 30, Options{HideOutline: true})
	rows := screen(m)
	find := func(s string) string {
		for _, r := range rows {
			if strings.Contains(r, s) {
				return r
			}
		}
		t.Fatalf("%q not on screen:\n%s", s, strings.Join(rows, "\n"))
		return ""
	}
	// The pane has a one-column margin; body text is indented four more.
	if r := find("导语段落"); !strings.HasPrefix(r, " "+common.Spaces(firstIndent)+"导语") {
		t.Errorf("body paragraph not indented: %q", r)
	}
	if r := find("一、第一节"); !strings.HasPrefix(r, " 一、第一节") {
		t.Errorf("section heading indented: %q", r)
	}
	// A lead sentence opens a body paragraph: indented like it.
	if r := find("一是甲措施"); !strings.HasPrefix(r, " "+common.Spaces(firstIndent)+"一是") {
		t.Errorf("measure paragraph: %q", r)
	}
	if r := find("第一篇文章"); !strings.HasPrefix(r, common.Spaces(10)) {
		t.Errorf("article title not centred: %q", r)
	}
}

func TestJunkHiddenAndShown(t *testing.T) {
	m := sized(handDoc(), 60, 10, Options{HideOutline: true})
	for i := 0; i < 40; i++ {
		if v := m.View(); strings.Contains(v, "素材库") || strings.Contains(v, "客服") {
			t.Fatalf("junk visible after %d j:\n%s", i, v)
		}
		m = press(m, "j")
	}
	m = press(m, "p", "g")
	found := false
	for i := 0; i < 40 && !found; i++ {
		found = strings.Contains(m.View(), "素材库")
		m = press(m, "j")
	}
	if !found {
		t.Errorf("junk not shown after p")
	}
	if !strings.Contains(m.View(), "〔已过滤：广告〕") {
		t.Errorf("junk shown without its label")
	}
	if !strings.Contains(statusLine(m), "显示已过滤的 广告1") {
		t.Errorf("status after p: %q", statusLine(m))
	}
	m = press(m, "p")
	if strings.Contains(m.View(), "素材库") {
		t.Errorf("junk still shown after p p")
	}
}

func TestSizes(t *testing.T) {
	docs := map[string]*model.Document{"hand": handDoc(), "empty": buildDoc("")}
	if d, err := uitest.SampleDoc(); err == nil {
		docs["sample"] = d
	}
	sizes := [][2]int{{1, 1}, {2, 2}, {19, 4}, {20, 5}, {21, 6}, {39, 10}, {40, 10}, {41, 15},
		{60, 20}, {80, 24}, {100, 30}, {120, 40}, {200, 50}, {300, 100}}
	for name, d := range docs {
		for _, amb := range []int{1, 2} {
			for _, sz := range sizes {
				t.Run(fmt.Sprintf("%s/amb%d/%dx%d", name, amb, sz[0], sz[1]), func(t *testing.T) {
					m := sized(d, sz[0], sz[1], Options{Ambiguous: amb, ShowChars: true})
					checkSize(t, m, sz[0], sz[1])
					for _, k := range []string{"?", "x", "G", "p", "tab", "j", "l", "o", "o", "]", "}", "#"} {
						m = press(m, k)
						checkSize(t, m, sz[0], sz[1])
					}
				})
			}
		}
	}
}

func TestResizeStorm(t *testing.T) {
	d, err := uitest.SampleDoc()
	if err != nil {
		d = handDoc()
	}
	rng := rand.New(rand.NewSource(1))
	keys := []string{"j", "k", " ", "b", "G", "g", "]", "[", "}", "{", "p", "o", "tab", "?", "?", "#", "l", "h", "enter"}
	for _, amb := range []int{1, 2} {
		m := sized(d, 100, 30, Options{Ambiguous: amb})
		for i := 0; i < 300; i++ {
			w, h := 1+rng.Intn(220), 1+rng.Intn(70)
			m = update(m, tea.WindowSizeMsg{Width: w, Height: h})
			m = press(m, keys[rng.Intn(len(keys))])
			checkSize(t, m, w, h)
			if t.Failed() {
				t.Fatalf("step %d amb %d", i, amb)
			}
		}
	}
}

func TestTooSmall(t *testing.T) {
	m := sized(handDoc(), 19, 10, Options{})
	if s := screen(m)[0]; s != "终端太小" {
		t.Errorf("19x10: %q", s)
	}
	m = update(m, tea.WindowSizeMsg{Width: 30, Height: 4})
	if s := screen(m)[0]; s != "终端太小" {
		t.Errorf("30x4: %q", s)
	}
	m = update(m, tea.WindowSizeMsg{Width: 20, Height: 5})
	if s := screen(m)[0]; strings.Contains(s, "终端太小") {
		t.Errorf("20x5 still too small")
	}
	// The line under it says what it needs, in the interface's language;
	// one line high, there is room for 终端太小 alone.
	for lang, want := range map[string]string{"zh": "至少 20×5", "en": "needs 20×5"} {
		m := sized(handDoc(), 19, 10, Options{Lang: lang})
		if s := screen(m); s[1] != want {
			t.Errorf("%s 19x10: %q, want %q under it", lang, s[:2], want)
		}
		checkSize(t, m, 19, 10)
		m = update(m, tea.WindowSizeMsg{Width: 12, Height: 1})
		checkSize(t, m, 12, 1)
	}
}

// Text from the file never sends a control sequence to the terminal.
func TestNoControlsReachTheScreen(t *testing.T) {
	evil := "恶意文件\n\n" +
		"一、标题\x1b]0;title\x07里有控制符\n" +
		"剪贴板\x1b]52;c;AAAA\x07清屏\x1b[2J原始\x9b字节与C1\u009b和\u202e反向\u202c以及\b退格\x00空字符\t制表。\n" +
		"##paidbegin##\x1b[31m红色\n"
	for _, d := range []*model.Document{parse.Parse(evil), buildDoc("恶意\x1b]0;t\x07", "# 文章\x1b[2J", "正文\x1b]52;c;AAAA\x07", "!junk 广告\x1b[2J")} {
		for _, keys := range [][]string{nil, {"p"}, {"p", "G"}, {"tab"}, {"?"}} {
			m := sized(d, 80, 20, Options{FileName: "evil\x1b[2J.txt", ShowChars: true})
			m = press(m, keys...)
			v := m.View()
			if !utf8.ValidString(v) {
				t.Errorf("keys %v: view is not valid UTF-8 (a raw 0x9b is a C1 CSI to some terminals)", keys)
			}
			for _, r := range v {
				if r < 0x20 && r != '\n' || r >= 0x7f && r < 0xa0 || r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
					t.Errorf("keys %v: view holds %U:\n%q", keys, r, v)
					break
				}
			}
		}
	}
}

func TestEmptyDocuments(t *testing.T) {
	empty := &model.Document{Root: &model.Node{Kind: model.KindDocument}}
	m := sized(empty, 60, 10, Options{})
	if v := m.View(); !strings.Contains(v, zhText.Empty) {
		t.Errorf("empty doc:\n%s", v)
	}
	checkSize(t, m, 60, 10)

	allJunk := buildDoc("", "!junk 【哒哒素材库】会员", "!junk 添加客服")
	allJunk.Junk = append([]model.Junk{{Kind: model.JunkPromo, Span: allJunk.Paras[0]}}, allJunk.Junk...)
	m = sized(allJunk, 60, 10, Options{})
	if v := m.View(); !strings.Contains(v, "按 p 显示") || strings.Contains(v, "素材库") {
		t.Errorf("all-junk doc:\n%s", v)
	}
	m = press(m, "p")
	if v := m.View(); !strings.Contains(v, "素材库") {
		t.Errorf("all-junk doc after p:\n%s", v)
	}
	checkSize(t, m, 60, 10)
}

func TestOutlineKeys(t *testing.T) {
	m := sized(handDoc(), 80, 20, Options{})
	rows := len(m.outline.rows)
	m = press(m, "tab")
	if m.focus != paneOutline {
		t.Fatal("tab did not focus the outline")
	}
	m = press(m, "j", "enter") // 一、第一节
	if got := m.reader.Current().Title; got != "一、第一节" {
		t.Fatalf("enter: reader at %q", got)
	}
	if !strings.Contains(readerTop(m), "一、第一节") {
		t.Errorf("enter: reader top %q", readerTop(m))
	}
	m = press(m, "l") // expand: its two measures appear
	if got := len(m.outline.rows); got != rows+2 {
		t.Errorf("l: %d rows, want %d", got, rows+2)
	}
	m = press(m, "l", "enter") // step into it: 一是甲措施
	if got := m.reader.Current().Title; got != "一是甲措施" {
		t.Errorf("l enter: reader at %q", got)
	}
	m = press(m, "h", "h") // to the parent, then collapse it
	if got := len(m.outline.rows); got != rows {
		t.Errorf("h h: %d rows, want %d", got, rows)
	}
	m = press(m, "tab", "j")
	if m.focus != paneReader || m.outline.cursor != 1 {
		t.Errorf("tab back: focus %d, cursor %d", m.focus, m.outline.cursor)
	}
}

func TestScrollSpy(t *testing.T) {
	m := sized(handDoc(), 80, 6, Options{})
	m = press(m, "}", "}")
	if n := m.outline.rows[m.outline.spy].n; n.Title != "第二篇文章" {
		t.Errorf("spy on %q", n.Title)
	}
	m = press(m, "j", "j")
	if n := m.outline.rows[m.outline.spy].n; n.Title != "一、另一节" {
		t.Errorf("spy after j j on %q", n.Title)
	}
	s := m.outline.spy
	if s < m.outline.offset || s >= m.outline.offset+m.outline.Height {
		t.Errorf("spy row %d outside the view [%d,%d)", s, m.outline.offset, m.outline.offset+m.outline.Height)
	}
}

func TestMouse(t *testing.T) {
	m := sized(handDoc(), 80, 8, Options{})
	// Row 4 of the outline is 第二篇文章 (articles open: 文章一, 节, 节, 文章二).
	m = update(m, tea.MouseMsg{X: 8, Y: 3, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	if got := m.reader.Current().Title; got != "第二篇文章" {
		t.Errorf("click: reader at %q", got)
	}
	top := m.reader.top
	m = update(m, tea.MouseMsg{X: 2, Y: 1, Button: tea.MouseButtonWheelDown})
	if m.reader.top != top {
		t.Errorf("wheel over the outline scrolled the reader")
	}
	m = update(m, tea.MouseMsg{X: 60, Y: 1, Button: tea.MouseButtonWheelDown})
	if m.reader.top == top {
		t.Errorf("wheel over the reader did not scroll it")
	}
	// A click on the arrow of 一、第一节 expands it.
	rows := len(m.outline.rows)
	m = update(m, tea.MouseMsg{X: 3, Y: 1 - m.outline.offset, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	if m.outline.offset == 0 && len(m.outline.rows) != rows+2 {
		t.Errorf("arrow click: %d rows, want %d", len(m.outline.rows), rows+2)
	}
}

// A click on a line a long message covers (statusbar.Wrap) does not
// jump to the outline entry hidden under it: the entry is out of sight.
func TestMouseUnderMessage(t *testing.T) {
	m := sized(handDoc(), 60, 8, Options{Lang: "en"})
	m.status.Drop()
	at := m.reader.Current()
	m.status.Flash("file gone or unreadable (input/output error): showing the text as loaded")
	if above, _ := m.statusLines(); len(above) < 2 {
		t.Fatalf("the message takes %d lines above the bar", len(above))
	}
	m = update(m, tea.MouseMsg{X: 8, Y: 5, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	if got := m.reader.Current(); got != at {
		t.Errorf("a click under the message jumped to %q", got.Title)
	}
	m.status.Drop() // gone, the entry is clicked as ever
	if m = update(m, tea.MouseMsg{X: 8, Y: 5, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress}); m.reader.Current() == at {
		t.Errorf("a click on row 5 without a message did not jump")
	}
}

func TestQuitAndHelp(t *testing.T) {
	m := sized(handDoc(), 80, 24, Options{})
	if _, cmd := m.Update(uitest.KeyPress("q")); cmd == nil || cmd() != tea.Quit() {
		t.Errorf("q does not quit")
	}
	m = press(m, "?")
	v := m.View()
	for _, s := range []string{"下一篇文章", "ctrl+d", "显示/隐藏过滤内容"} {
		if !strings.Contains(v, s) {
			t.Errorf("help lacks %q", s)
		}
	}
	m = press(m, "q") // closes the help, does not quit
	if m.help {
		t.Errorf("q did not close the help")
	}
}

// Keys that arrive in one read come as one message; each still counts.
func TestKeyBurst(t *testing.T) {
	one := press(sized(handDoc(), 80, 6, Options{}), "]", "]", "j")
	burst := update(sized(handDoc(), 80, 6, Options{}), tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("]]j")})
	if one.reader.top != burst.reader.top || burst.reader.top == (pos{}) {
		t.Errorf("burst ]]j at %v, keys one by one at %v", burst.reader.top, one.reader.top)
	}
	paste := update(sized(handDoc(), 80, 6, Options{}), tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("]]j"), Paste: true})
	if paste.reader.top != (pos{}) {
		t.Errorf("a paste moved the reader to %v", paste.reader.top)
	}
}

// g after G takes the outline back to its top with the text, though the
// top of the text (the compilation's title) has no row of its own.
func TestOutlineFollowsTop(t *testing.T) {
	paras := []string{"汇编前言，说明本汇编的由来。"}
	for i := range 30 {
		paras = append(paras, fmt.Sprintf("# 第%d篇文章", i+1), "正文第一段，内容充实。", "正文第二段，内容充实。")
	}
	m := sized(buildDoc("文集", paras...), 100, 12, Options{})
	if m.outlineW == 0 {
		t.Fatal("no outline pane")
	}
	m = press(m, "G")
	if m.outline.offset == 0 {
		t.Fatalf("G left the outline at its top:\n%s", strings.Join(screen(m), "\n"))
	}
	m = press(m, "g")
	if m.outline.offset != 0 || !strings.Contains(screen(m)[0], "第1篇文章") {
		t.Errorf("g: outline offset %d, first line %q", m.outline.offset, screen(m)[0])
	}
}

// less and vim spell the moves several ways; each spelling moves as the
// one in the help does.
func TestKeyAliases(t *testing.T) {
	d := uitest.SeedDoc(t)
	for _, tc := range []struct{ alias, as []string }{
		{[]string{"d"}, []string{"ctrl+d"}},
		{[]string{"d", "u"}, []string{"ctrl+d", "ctrl+u"}},
		{[]string{"ctrl+f"}, []string{" "}},
		{[]string{"ctrl+f", "ctrl+f", "ctrl+b"}, []string{" ", " ", "b"}},
		{[]string{"ctrl+e", "ctrl+e"}, []string{"j", "j"}},
		{[]string{"ctrl+e", "ctrl+e", "ctrl+y"}, []string{"j", "j", "k"}},
	} {
		got := press(sized(d, 100, 30, Options{}), tc.alias...).reader.top
		want := press(sized(d, 100, 30, Options{}), tc.as...).reader.top
		if got != want {
			t.Errorf("%v: top %v, %v gives %v", tc.alias, got, tc.as, want)
		}
	}
	if top := press(sized(d, 100, 30, Options{}), "d").reader.top; top == (pos{}) {
		t.Error("d did not move")
	}
	if _, cmd := sized(d, 100, 30, Options{}).Update(uitest.KeyPress("ctrl+z")); cmd == nil {
		t.Error("ctrl+z: no command")
	} else if _, ok := cmd().(tea.SuspendMsg); !ok {
		t.Errorf("ctrl+z: %T, want tea.SuspendMsg", cmd())
	}
}

// A count before a move repeats it, as in less and vim: 5j is j five
// times, 3] is ] three times, 2 space two pages, 50% half way through the
// text; 0 alone is nothing, and a count goes with the key it is typed for.
func TestCounts(t *testing.T) {
	d := uitest.SeedDoc(t)
	fresh := func() Model { return sized(d, 100, 30, Options{}) }
	for _, tc := range []struct{ counted, as []string }{
		{[]string{"5", "j"}, []string{"j", "j", "j", "j", "j"}},
		{[]string{"1", "2", "j", "3", "k"}, []string{"j", "j", "j", "j", "j", "j", "j", "j", "j"}},
		{[]string{"3", "]"}, []string{"]", "]", "]"}},
		{[]string{"2", "}"}, []string{"}", "}"}},
		{[]string{"2", " "}, []string{" ", " "}},
		{[]string{"0", "j"}, []string{"j"}},
		{[]string{"4", "esc", "j"}, []string{"j"}},
	} {
		got, want := press(fresh(), tc.counted...), press(fresh(), tc.as...)
		if got.reader.top != want.reader.top || readerTop(got) != readerTop(want) {
			t.Errorf("%v: top %v %q, %v gives %v %q", tc.counted, got.reader.top, readerTop(got), tc.as, want.reader.top, readerTop(want))
		}
	}
	m := press(fresh(), "5")
	if !strings.Contains(statusLine(m), "5") {
		t.Errorf("a typed count is not shown: %q", statusLine(m))
	}
	for _, pct := range []int{25, 50, 75} {
		m := press(fresh(), append(strings.Split(fmt.Sprint(pct), ""), "%")...)
		if got := m.reader.Percent(); got < pct-3 || got > pct {
			t.Errorf("%d%%: at %d%%", pct, got)
		}
	}
	// N% reads N% in the status bar, as in less, though the row it puts
	// at the top starts a little before the byte N% names (it once read
	// 49% after 50%), until the end is on screen.
	for pct := 1; pct < 100; pct++ {
		m := press(fresh(), append(strings.Split(fmt.Sprint(pct), ""), "%")...)
		if got := m.reader.Percent(); got != pct && !(got == 100 && m.reader.AtEnd()) {
			t.Errorf("%d%%: the status reads %d%%", pct, got)
		}
	}
	if m := press(fresh(), "%"); m.reader.top != fresh().reader.top {
		t.Errorf("%% with no count moved to %v", m.reader.top)
	}
	// In the outline pane a count moves its cursor.
	m = press(fresh(), "tab", "3", "j")
	if want := press(fresh(), "tab", "j", "j", "j"); m.outline.cursor != want.outline.cursor {
		t.Errorf("outline 3j: cursor %d, want %d", m.outline.cursor, want.outline.cursor)
	}
	// NG and Ng in the outline pane go to its Nth row, as vim's go to line
	// N: the count was dropped, and 1G went to the last row.
	rows := len(fresh().outline.rows)
	if rows < 4 {
		t.Fatalf("the outline has %d rows: too few to count in", rows)
	}
	for _, c := range []struct {
		keys []string
		want int
	}{
		{[]string{"1", "G"}, 0},
		{[]string{"3", "G"}, 2},
		{[]string{"3", "g"}, 2},
		{[]string{"j", "j", "j", "j", "2", "g"}, 1},
		{append(strings.Split(fmt.Sprint(rows+5), ""), "G"), rows - 1},
		{[]string{"9", "9", "9", "9", "9", "9", "G"}, rows - 1},
		{[]string{"G"}, rows - 1},
		{[]string{"G", "g"}, 0},
	} {
		if m := press(fresh(), append([]string{"tab"}, c.keys...)...); m.outline.cursor != c.want {
			t.Errorf("outline %s: cursor %d, want row %d", strings.Join(c.keys, ""), m.outline.cursor, c.want)
		}
	}
}

// Standard input is called so in the status bar, not "-".
func TestStdinLabel(t *testing.T) {
	d := uitest.SeedDoc(t)
	for lang, want := range map[string]string{"zh": " 标准输入 ", "en": " stdin "} {
		m := sized(d, 100, 30, Options{FileName: "-", Lang: lang})
		if st := statusLine(m); !strings.HasPrefix(st, want) {
			t.Errorf("%s: status %q, want it to start with %q", lang, st, want)
		}
	}
}

// The file name is cut only when the breadcrumb needs the room: with a
// short breadcrumb the whole name and its encoding show at 80 columns.
func TestStatusFileNameUsesRoom(t *testing.T) {
	d := buildDoc("凝心聚力抓落实奋力谱写XX高质量发展新篇章", "# 第一篇", "正文。")
	d.Encoding = "GB18030"
	m := sized(d, 80, 24, Options{FileName: "/tmp/gbk_crlf.txt"})
	if st := statusLine(m); !strings.Contains(st, "gbk_crlf.txt [GB18030]") {
		t.Errorf("status %q lacks the whole file name", st)
	}
	// A long breadcrumb still gets most of a narrow bar.
	m = sized(d, 40, 24, Options{FileName: "/tmp/a-very-long-file-name-for-a-compilation.txt"})
	if st := statusLine(m); strings.Contains(st, "compilation.txt") {
		t.Errorf("at 40 columns the file name took the room: %q", st)
	}
	checkSize(t, m, 40, 24)
}

// o and Tab say why there is no outline pane when there cannot be one.
func TestNoOutlineSaysWhy(t *testing.T) {
	d := uitest.SeedDoc(t)
	m := sized(d, 36, 20, Options{})
	if m.outlineW != 0 {
		t.Fatal("an outline pane at 36 columns")
	}
	for _, k := range []string{"tab", "o"} {
		mm := press(m, k)
		if msg := mm.status.Message(); !strings.Contains(msg, "太窄") {
			t.Errorf("%s at 36 columns: %q", k, msg)
		}
	}
	flat := sized(buildDoc("无标题", "只有正文。"), 100, 20, Options{})
	if f := press(flat, "tab"); !strings.Contains(f.status.Message(), "没有大纲") {
		msg := f.status.Message()
		t.Errorf("tab without an outline: %q", msg)
	}
	// With room and an outline, o hides it quietly and shows it again.
	wide := press(sized(d, 100, 30, Options{}), "o")
	if wide.outlineW != 0 || wide.status.Message() != "" && strings.Contains(wide.status.Message(), "太窄") {
		t.Errorf("o at 100 columns: pane %d, %q", wide.outlineW, wide.status.Message())
	}
	if w := press(wide, "tab"); !strings.Contains(w.status.Message(), "按 o 显示") {
		msg := w.status.Message()
		t.Errorf("tab with the outline hidden: %q", msg)
	}
}

// TestKeysBeforeSize: keys typed before the first size (ahead of wenji's
// first frame) act once it comes, in order, as if typed after it: G then
// a page up is a page above the end, not the end (the page up taken with
// no page height) nor the top.
func TestKeysBeforeSize(t *testing.T) {
	for _, keys := range [][]string{{"G", "b"}, {"G", "k", "k"}, {"5", "j"}, {"G"}} {
		want := press(sized(handDoc(), 60, 8, Options{HideOutline: true}), keys...)
		m := New(handDoc(), Options{Lang: "zh", Ambiguous: 1, HideOutline: true})
		m = press(m, keys...)
		m = update(m, tea.WindowSizeMsg{Width: 60, Height: 8})
		if m.reader.top != want.reader.top || m.reader.Percent() != want.reader.Percent() {
			t.Errorf("%q before the size: at %v (%d%%), want %v (%d%%) as typed after it",
				keys, m.reader.top, m.reader.Percent(), want.reader.top, want.reader.Percent())
		}
		if want.reader.top == sized(handDoc(), 60, 8, Options{HideOutline: true}).reader.top {
			t.Errorf("%q: the keys do not move the page: the test shows nothing", keys)
		}
	}
}

// Tab on a node that a collapsed section hides (一是甲措施 under 一、第一节)
// opens the section and selects the node read: the cursor went to the
// section, so a, y and Y in the outline took the whole of it.
func TestFocusRevealsCurrent(t *testing.T) {
	m := sized(handDoc(), 80, 20, Options{})
	m = press(m, "]", "]", "]")
	if got := m.Current().Title; got != "一是甲措施" {
		t.Fatalf("] ] ]: current %q", got)
	}
	rows := len(m.outline.rows)
	m = press(m, "tab")
	if got := m.outline.Selected(); got == nil || got.Title != "一是甲措施" {
		t.Fatalf("tab: outline selects %v, want 一是甲措施", got)
	}
	if got := m.Current().Title; got != "一是甲措施" {
		t.Errorf("tab: current %q, want 一是甲措施", got)
	}
	if got := len(m.outline.rows); got != rows+2 {
		t.Errorf("tab: %d rows, want %d (the section opened)", got, rows+2)
	}
}
