package reader

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"regexp/syntax"
	"strconv"
	"strings"
	"sync"
	"testing"
	wtext "wenji/internal/text"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"wenji/internal/tools/gen"
	"wenji/model"
	"wenji/model/search"
	"wenji/parse"
	"wenji/ui/common"
	"wenji/ui/internal/uitest"
)

// drive feeds msgs to m and runs the Cmds they return, feeding their
// messages back, as the Bubble Tea loop does. A Cmd that has not answered
// within a moment (a status timer) is dropped.
func drive(m Model, msgs ...tea.Msg) Model {
	for len(msgs) > 0 {
		msg := msgs[0]
		msgs = msgs[1:]
		nm, cmd := m.Update(msg)
		m = nm.(Model)
		msgs = append(msgs, runSearchCmd(cmd)...)
	}
	return m
}

func runSearchCmd(cmd tea.Cmd) []tea.Msg { return uitest.RunCmd(cmd) }

// keys drives named keys (keyPress names) through m.
func keys(m Model, ks ...string) Model {
	for _, k := range ks {
		m = drive(m, uitest.KeyPress(k))
	}
	return m
}

// searchFor opens the prompt, types q as an input method commits it (one
// message of several runes) and presses Enter.
func searchFor(m Model, q string) Model {
	m = keys(m, "/")
	m = drive(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(q)})
	return keys(m, "enter")
}

// The acceptance counts of the search issue, through the keys.
func TestSeedSearch(t *testing.T) {
	d := uitest.SeedDoc(t)
	tests := []struct {
		query string
		junk  bool
		want  string
	}{
		{"调查研究", false, "1/16"},
		{"主题教育", false, "1/35"},
		{"XX市", false, "1/18"},
		{"ｘｘ市", false, "1/18"},
		{`\一是|二是`, false, "1/10"},
		{"素材", true, "1/4"},
	}
	for _, tt := range tests {
		m := sized(d, 100, 30, Options{FileName: "seed.txt"})
		if tt.junk {
			m = keys(m, "p")
		}
		m = searchFor(m, tt.query)
		if st := statusLine(m); !strings.Contains(st, " "+tt.want+" ") {
			t.Errorf("%q: status %q, want %s", tt.query, st, tt.want)
		}
		checkSize(t, m, 100, 30)
	}

	// 素材 is only in the ads: nothing while they are hidden, 4 after p.
	m := searchFor(sized(d, 100, 30, Options{}), "素材")
	if st := statusLine(m); !strings.Contains(st, "未找到") {
		t.Errorf("素材 with junk hidden: status %q", st)
	}
	m = keys(m, "p")
	if got := m.search.countText(m.search.hits.cur); got != "1/4" && got != "-/4" {
		t.Errorf("素材 after p: %q, want 4 hits", got)
	}
	m = keys(m, "p")
	if got := m.search.hits.Len(); got != 0 {
		t.Errorf("素材 after p p: %d hits", got)
	}
}

// n sixteen times goes round to the first hit and says so; N goes back.
func TestSeedNextWraps(t *testing.T) {
	m := searchFor(sized(uitest.SeedDoc(t), 100, 30, Options{}), "调查研究")
	first, _ := m.search.hits.Current()
	for i := 2; i <= 16; i++ {
		m = keys(m, "n")
		if got := m.search.countText(m.search.hits.cur); got != itoa(i)+"/16" {
			t.Fatalf("n #%d: %s", i-1, got)
		}
		if h, _ := m.search.hits.Current(); !m.reader.Visible(h.Start) {
			t.Errorf("hit %d not on screen", i)
		}
	}
	m = keys(m, "n")
	if got, _ := m.search.hits.Current(); got != first || m.search.countText(m.search.hits.cur) != "1/16" {
		t.Errorf("16th n: %s, want back at 1/16", m.search.countText(m.search.hits.cur))
	}
	if st := statusLine(m); !strings.Contains(st, "已到末尾，从开头继续") {
		t.Errorf("no wrap message: %q", st)
	}
	m = keys(m, "N")
	if m.search.countText(m.search.hits.cur) != "16/16" || !strings.Contains(statusLine(m), "已到开头") {
		t.Errorf("N from the first: %s %q", m.search.countText(m.search.hits.cur), statusLine(m))
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

// goldenText compares text with testdata/name.golden (-update rewrites it).
func goldenText(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update_ {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./ui -run Golden -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden:\n--- got\n%s--- want\n%s", name, got, want)
	}
}

// Esc in the prompt goes back to where the reader was and to the search
// that was active; Enter on an empty prompt repeats the last search.
func TestPromptEscAndHistory(t *testing.T) {
	m := sized(uitest.SeedDoc(t), 100, 30, Options{})
	m = keys(m, "}", "}")
	before := readerTop(m)
	m = keys(m, "/")
	m = drive(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("建章立制")})
	if readerTop(m) == before {
		t.Fatalf("incremental search did not move the reader")
	}
	m = keys(m, "esc")
	if got := readerTop(m); got != before {
		t.Errorf("Esc: top %q, want %q", got, before)
	}
	if m.search.Active() || m.search.Prompting() {
		t.Errorf("Esc left a search active")
	}

	m = searchFor(m, "调查研究")
	m = searchFor(m, "主题教育")
	m = keys(m, "/", "up")
	if v := m.search.input.Value(); v != "主题教育" {
		t.Errorf("↑: %q", v)
	}
	m = keys(m, "up")
	if v := m.search.input.Value(); v != "调查研究" {
		t.Errorf("↑↑: %q", v)
	}
	m = keys(m, "down", "down")
	if v := m.search.input.Value(); v != "" {
		t.Errorf("↓↓ back to the draft: %q", v)
	}
	m = keys(m, "enter")
	if m.search.text != "主题教育" {
		t.Errorf("empty Enter searched %q, want the last search", m.search.text)
	}
	// Backspace on an empty prompt closes it; Esc outside clears the search.
	m = keys(m, "/", "backspace")
	if m.search.Prompting() {
		t.Errorf("backspace on an empty prompt left it open")
	}
	m = keys(m, "esc")
	if m.search.Active() || strings.Contains(statusLine(m), "/35") {
		t.Errorf("Esc did not clear the search: %q", statusLine(m))
	}
}

// A bad regular expression is said in the prompt and on Enter.
func TestBadPattern(t *testing.T) {
	m := sized(uitest.SeedDoc(t), 100, 30, Options{})
	m = keys(m, "/")
	m = drive(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(`\(一是`)})
	if st := statusLine(m); !strings.Contains(st, "正则有误：缺少右括号 )") {
		t.Errorf("prompt: %q", st)
	}
	checkSize(t, m, 100, 30)
	m = keys(m, "enter")
	if st := statusLine(m); !strings.Contains(st, "正则有误") || m.search.Active() {
		t.Errorf("after Enter: %q", st)
	}
}

// TestBadPatternKeepsSearch (issue 15 item 14): a bad regexp confirmed
// after a search brings that search back whole, its count finished, not
// "-/0+" for a scan that was never run.
func TestBadPatternKeepsSearch(t *testing.T) {
	m := sized(uitest.SeedDoc(t), 100, 30, Options{})
	m = searchFor(m, "调查研究")
	before := m.search.countText(m.search.hits.cur)
	if !m.search.done || m.search.hits.Len() == 0 {
		t.Fatalf("the first search: %q", before)
	}
	m = keys(m, "/")
	m = drive(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(`\(一是`)})
	m = keys(m, "enter")
	st := statusLine(m)
	if strings.Contains(st, "+") || strings.Contains(st, "-/") || !strings.Contains(st, "正则有误") {
		t.Errorf("after a bad pattern: %q", st)
	}
	if got := m.search.countText(m.search.hits.cur); got != before || m.search.text != "调查研究" {
		t.Errorf("the search of before: %q %q, want %q", m.search.text, got, before)
	}
}

// The prompt takes Chinese and a paste, and puts its cursor after wide
// characters by their width.
func TestPromptCursor(t *testing.T) {
	m := sized(uitest.SeedDoc(t), 40, 10, Options{})
	m = keys(m, "/")
	m = drive(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("调查研究"), Paste: true})
	m = keys(m, "left", "left")
	old := lipgloss.ColorProfile()
	lipgloss.SetColorProfile(termenv.ANSI)
	defer lipgloss.SetColorProfile(old)
	line := m.promptView(40)
	// The cursor is drawn reversed on 研, four columns after the /.
	i := strings.Index(line, "\x1b[7m")
	if i < 0 {
		t.Fatalf("no cursor in %q", line)
	}
	if pre := ansi.Strip(line[:i]); pre != "/调查" || m.w.String(pre) != 5 {
		t.Errorf("text before the cursor %q", pre)
	}
	if !strings.HasPrefix(line[i+len("\x1b[7m"):], "研") {
		t.Errorf("cursor not on 研: %q", line)
	}
	if w := m.w.String(ansi.Strip(line)); w != 40 {
		t.Errorf("prompt is %d columns", w)
	}
	// A long query keeps the cursor in view, cut from the left.
	m = drive(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Repeat("很长的查询", 10)), Paste: true})
	checkSize(t, m, 40, 10)
}

// The outline counts hits per node; f lists only those; Ctrl-n and Ctrl-p
// step from node to node.
func TestOutlineHits(t *testing.T) {
	d := uitest.SeedDoc(t)
	m := searchFor(sized(d, 120, 40, Options{}), "调查研究")
	total := 0
	for _, a := range d.Root.Children {
		total += m.search.counts[a]
	}
	if total != 16 || m.search.counts[d.Root] != 16 {
		t.Errorf("article counts add up to %d, root %d; want 16", total, m.search.counts[d.Root])
	}
	row := m.outline.rowView(0)
	if !strings.HasSuffix(strings.TrimSpace(ansi.Strip(row)), itoa(m.search.counts[d.Root.Children[0]])) {
		t.Errorf("first outline row lacks its count: %q", ansi.Strip(row))
	}
	m = keys(m, "f")
	for _, r := range m.outline.rows {
		if m.search.counts[r.n] == 0 {
			t.Errorf("f: row %q has no hits", r.n.Title)
		}
	}
	if len(m.outline.rows) == 0 {
		t.Fatal("f: no rows")
	}
	// Each row's arrow says whether rows of its children follow: ▾ when
	// they do, none when none of its children has hits.
	for i, r := range m.outline.rows {
		listed := i+1 < len(m.outline.rows) && m.outline.rows[i+1].depth > r.depth
		row := ansi.Strip(m.outline.rowView(i))
		if open := strings.Contains(row, strings.TrimSpace(arrowOpen)); open != listed || strings.Contains(row, strings.TrimSpace(arrowClosed)) {
			t.Errorf("f: row %q, children listed %v", row, listed)
		}
	}
	checkSize(t, m, 120, 40)

	start := m.search.hits.cur
	here := d.NodeAt(m.search.hits.At(start).Start)
	m = keys(m, "ctrl+n")
	next := d.NodeAt(m.search.hits.At(m.search.hits.cur).Start)
	if m.search.hits.cur <= start || next == here {
		t.Errorf("ctrl+n: hit %d in %q, from %d in %q", m.search.hits.cur, next.Title, start, here.Title)
	}
	m = keys(m, "ctrl+p")
	if m.search.hits.cur != start {
		t.Errorf("ctrl+p: hit %d, want %d", m.search.hits.cur, start)
	}
}

var sgr = regexp.MustCompile(`\x1b\[([0-9;]*)m`)

// marked turns the view into text with hits in [ ] and the current hit in
// { }, from the SGR reverse (7) and strike (9, the test's current style).
func marked(v string) string {
	open := ""
	return sgr.ReplaceAllStringFunc(v, func(seq string) string {
		ps := ";" + sgr.FindStringSubmatch(seq)[1] + ";"
		switch {
		case strings.Contains(ps, ";7;") && strings.Contains(ps, ";9;"):
			open = "}"
			return "{"
		case strings.Contains(ps, ";7;"):
			open = "]"
			return "["
		case ps == ";0;" || ps == ";;":
			c := open
			open = ""
			return c
		}
		return ""
	})
}

// Hits highlighted in a heading, in the body, across a line break and in
// full-width text, the current one distinct: a golden of positions.
func TestGoldenSearchHighlights(t *testing.T) {
	d := buildDoc("调查研究汇编",
		"# 大兴调查研究之风",
		"一二三四五六七八调查研究，ＸＸ市开展调查研究，xx市也是。",
		"## 三、调查研究的方法",
		"没有匹配的一段。",
	)
	st := common.DefaultStyles()
	st.MatchCurrent = lipgloss.NewStyle().Reverse(true).Strikethrough(true)
	old := lipgloss.ColorProfile()
	lipgloss.SetColorProfile(termenv.ANSI)
	defer lipgloss.SetColorProfile(old)
	for _, q := range []string{"调查研究", "xx市"} {
		m := sized(d, 24, 16, Options{HideOutline: true, Styles: &st})
		m = searchFor(m, q)
		m = keys(m, "n")
		checkSize(t, m, 24, 16)
		got := marked(m.View()) + "\n"
		name := "search_" + map[string]string{"调查研究": "han", "xx市": "fold"}[q]
		goldenText(t, name, got)
	}
}

// BenchmarkFirstHit100MB measures Enter to the first hit on screen in a
// 100 MB generated compilation: the scan's first batch is all the reader
// waits for; the count arrives later, off the UI's goroutine.
func BenchmarkFirstHit100MB(b *testing.B) {
	var buf bytes.Buffer
	if err := gen.Write(&buf, 100<<20, 1); err != nil {
		b.Fatal(err)
	}
	d := parse.Parse(buf.String())
	m := sized(d, 120, 40, Options{})
	m = keys(m, "G", "k") // the end: the first hit after it needs the wrap
	b.ResetTimer()
	for b.Loop() {
		p := keys(m, "/")
		p.search.input.SetValue("今年以来")
		nm, cmd := p.Update(uitest.KeyPress("enter"))
		p = nm.(Model)
		nm, _ = p.Update(cmd()) // the first batch
		p = nm.(Model)
		if h, ok := p.search.hits.Current(); !ok || !p.reader.Visible(h.Start) {
			b.Fatal("no hit on screen")
		}
		_ = p.View()
		p.search.stop()
	}
}

// @dcyj matches 调查研究 and, initials being ambiguous, three other texts
// (的重要讲 with 重 read chóng, 东重要讲, 的产业集). The prompt offers the
// matched texts most frequent first, as an input method offers
// candidates: Tab puts 调查研究 in the prompt and its 16 hits are what
// remain; Tab again goes on to the next text, Shift-Tab back.
func TestSeedPinyinForms(t *testing.T) {
	m := sized(uitest.SeedDoc(t), 100, 30, Options{})
	m = keys(m, "/")
	m = drive(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("@dcyj")})
	if got := m.search.countText(m.search.hits.cur); got != "1/24" {
		t.Errorf("@dcyj: %s, want 1/24", got)
	}
	prompt := statusLine(m)
	if !strings.Contains(prompt, "Tab→调查研究 16处（1/4）") {
		t.Errorf("prompt does not offer 调查研究 first: %q", prompt)
	}
	m = keys(m, "tab")
	if v := m.search.input.Value(); v != "调查研究" {
		t.Fatalf("Tab: prompt %q", v)
	}
	if got := m.search.countText(m.search.hits.cur); got != "1/16" {
		t.Errorf("after Tab: %s, want 1/16", got)
	}
	if prompt := statusLine(m); !strings.Contains(prompt, "Tab→的重要讲 6处（2/4）") {
		t.Errorf("after Tab the prompt should offer the next text: %q", prompt)
	}
	m = keys(m, "tab")
	if v := m.search.input.Value(); v != "的重要讲" || m.search.countText(m.search.hits.cur) != "1/6" {
		t.Errorf("second Tab: %q %s", v, m.search.countText(m.search.hits.cur))
	}
	m = keys(m, "shift+tab")
	if v := m.search.input.Value(); v != "调查研究" {
		t.Errorf("Shift-Tab: %q", v)
	}
	m = keys(m, "enter")
	if got := m.search.countText(m.search.hits.cur); got != "1/16" {
		t.Errorf("Enter on the picked text: %s", got)
	}
	// Typing after a pick drops the offer; a query that is not @ makes none.
	m = keys(m, "/")
	m = drive(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("调查")})
	if len(m.search.forms) != 0 || strings.Contains(statusLine(m), "Tab→") {
		t.Errorf("a literal query offers forms: %v %q", m.search.forms, statusLine(m))
	}
	if m = keys(m, "tab"); m.search.input.Value() != "调查" {
		t.Errorf("Tab with no forms changed the prompt to %q", m.search.input.Value())
	}
}

// BenchmarkBatchGiantParagraph is one batch of search results arriving
// while a 20 MB paragraph with a hit every 42 bytes (half a million) is on
// screen, and the frame after it: the reader maps only the shown lines'
// hits, not the paragraph's.
func BenchmarkBatchGiantParagraph(b *testing.B) {
	text := strings.Repeat("这是没有换行也没有标点的正文", 20<<20/42)
	d := parse.Parse(text)
	m := sized(d, 120, 40, Options{})
	m = keys(m, "/")
	m.search.input.SetValue("没有换行")
	nm, cmd := m.Update(uitest.KeyPress("enter"))
	m = nm.(Model)
	for { // the whole scan
		msg, ok := cmd().(searchBatchMsg)
		if !ok {
			break
		}
		m.batch(msg)
		if scanDone(msg) {
			break
		}
		cmd = msg.Next()
	}
	if m.search.hits.Len() < 400_000 {
		b.Fatalf("%d hits", m.search.hits.Len())
	}
	_ = m.View()
	b.ResetTimer()
	for b.Loop() {
		h := m.search.hits
		h.gen++ // a new batch: the highlights change
		m.reader.SetHits(h)
		_ = m.View()
	}
}

// Esc and q read together arrive as Alt+q: the reader takes them as the
// two keys (the search is cleared, then wenji quits); in the prompt an
// Alt key stays the text input's (Alt+b moves a word back).
func TestAltIsEscThenKey(t *testing.T) {
	m := searchFor(sized(uitest.SeedDoc(t), 100, 30, Options{}), "调查研究")
	if !m.search.Active() {
		t.Fatal("no search")
	}
	nm, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'q'}, Alt: true})
	m = nm.(Model)
	if m.search.Active() {
		t.Error("Alt+q did not clear the search first")
	}
	if !uitest.Quits(cmd) {
		t.Error("Alt+q did not quit")
	}
	m = keys(m, "/")
	m = drive(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("调查 研究")})
	nm, cmd = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'b'}, Alt: true})
	m = nm.(Model)
	if !m.search.Prompting() || m.search.input.Value() != "调查 研究" || m.search.input.Position() != 3 || uitest.Quits(cmd) {
		t.Errorf("Alt+b in the prompt: prompting %v, %q at %d", m.search.Prompting(), m.search.input.Value(), m.search.input.Position())
	}
}

// In the prompt, an Alt key the text input does not bind is Esc and the
// key read together: Esc Esc leaves the prompt (and clears the search, as
// a second Esc does), Esc q leaves it and quits, Esc j leaves it and
// scrolls; none of them is typed into the query.
func TestPromptAltIsEscThenKey(t *testing.T) {
	d := uitest.SeedDoc(t)
	open := func() Model {
		m := keys(sized(d, 100, 30, Options{}), "/")
		return drive(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("abc")})
	}
	m := drive(open(), tea.KeyMsg{Type: tea.KeyEsc, Alt: true})
	if m.search.Prompting() || m.search.Active() {
		t.Errorf("Esc Esc: prompting %v, search active %v", m.search.Prompting(), m.search.Active())
	}
	nm, cmd := open().Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'q'}, Alt: true})
	if m = nm.(Model); m.search.Prompting() || !uitest.Quits(cmd) {
		t.Errorf("Esc q in the prompt: prompting %v, quits %v", m.search.Prompting(), uitest.Quits(cmd))
	}
	m = drive(open(), tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{'j'}, Alt: true})
	if m.search.Prompting() || m.search.input.Value() == "abcj" || m.reader.top != (pos{0, 1}) {
		t.Errorf("Esc j in the prompt: prompting %v, query %q, top %v", m.search.Prompting(), m.search.input.Value(), m.reader.top)
	}
}

// A message answers the action before it, and the next key clears it: a
// failed search's "not found" never stands beside the next search's
// count, nor the marks' "press a letter" after the letter. What opening
// the file found (the ads hidden) stays while the reader scrolls.
func TestStatusMessageClearedByNextKey(t *testing.T) {
	d := uitest.SeedDoc(t)
	m := sized(d, 100, 30, Options{})
	if !strings.Contains(statusLine(m), "已隐藏") {
		t.Fatalf("no notice of the hidden ads: %q", statusLine(m))
	}
	m = keys(m, "j", "j")
	if !strings.Contains(statusLine(m), "已隐藏") {
		t.Errorf("the notice of the hidden ads went at the first key: %q", statusLine(m))
	}
	m = searchFor(m, "不存在的词")
	if st := statusLine(m); !strings.Contains(st, "未找到") {
		t.Fatalf("no not-found message: %q", st)
	}
	m = searchFor(m, "整改")
	if st := statusLine(m); strings.Contains(st, "未找到") || !strings.Contains(st, "/") {
		t.Errorf("after a search with hits: %q", st)
	}
	m = keys(m, "'")
	if m.status.Message() == "" {
		t.Fatal("no prompt for the mark's letter")
	}
	m = keys(m, "a")
	if msg := m.status.Message(); msg != "" && !strings.Contains(msg, "a") {
		t.Errorf("after the letter: %q", msg)
	}
	m = keys(m, "N", "N")
	wrapped := m.status.Message()
	m = keys(m, "n")
	if msg := m.status.Message(); msg != "" && msg == wrapped {
		t.Errorf("a later n still shows %q", msg)
	}
}

// A bad regexp is explained in the interface's language.
func TestPatternErrorLanguage(t *testing.T) {
	d := uitest.SeedDoc(t)
	for lang, want := range map[string]string{"zh": "正则有误：缺少右方括号 ]：`[`", "en": "bad pattern: missing closing ]: `[`"} {
		m := keys(sized(d, 100, 30, Options{Lang: lang}), "/")
		m = drive(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(`\[`)})
		if m.search.err != want {
			t.Errorf("%s: %q, want %q", lang, m.search.err, want)
		}
	}
	// Every code regexp/syntax has is translated.
	for _, c := range []syntax.ErrorCode{syntax.ErrInternalError, syntax.ErrInvalidCharClass, syntax.ErrInvalidCharRange,
		syntax.ErrInvalidEscape, syntax.ErrInvalidNamedCapture, syntax.ErrInvalidPerlOp, syntax.ErrInvalidRepeatOp,
		syntax.ErrInvalidRepeatSize, syntax.ErrInvalidUTF8, syntax.ErrMissingBracket, syntax.ErrMissingParen,
		syntax.ErrMissingRepeatArgument, syntax.ErrTrailingBackslash, syntax.ErrUnexpectedParen, syntax.ErrNestingDepth, syntax.ErrLarge} {
		if wtext.ZhSyntaxErrors[c] == "" {
			t.Errorf("no Chinese for %q", c)
		}
	}
}

// A search from the middle of a long paragraph makes current the first hit
// at or after the top line, not one above the screen, and does not say
// it wrapped when it did not.
func TestSearchFromMidParagraph(t *testing.T) {
	d := uitest.SeedDoc(t)
	for _, q := range []string{"工作", "XX市", "成果"} {
		m := keys(sized(d, 100, 30, Options{}), "2", "2", "%")
		from := m.reader.cursor()
		m = searchFor(m, q)
		h, ok := m.search.hits.Current()
		if !ok {
			t.Fatalf("%s: no current hit", q)
		}
		if h.Start < from {
			t.Errorf("%s: current hit at %d, above the top line at %d: %q", q, h.Start, from, d.Text[h.Start:h.End])
		}
		if st := statusLine(m); strings.Contains(st, "从开头继续") {
			t.Errorf("%s: says it wrapped: %q", q, st)
		}
	}
}

// A lone \ or @ has nothing to search for, and says so in the user's
// language (it was "bad pattern: empty query").
func TestEmptyPatternMessage(t *testing.T) {
	d := uitest.SeedDoc(t)
	for _, q := range []string{`\`, "@"} {
		m := searchFor(sized(d, 100, 30, Options{}), q)
		if st := statusLine(m); !strings.Contains(st, "没有要找的内容") || strings.Contains(st, "empty") || strings.Contains(st, "正则") {
			t.Errorf("%q: %q", q, st)
		}
	}
	if m := searchFor(sized(d, 100, 30, Options{}), " 调查研究"); !strings.Contains(statusLine(m), "/16") {
		t.Errorf("a leading space: %q", statusLine(m))
	}
}

// After Esc cleared the search, n and N search again with the last query,
// as less and vim do: its hits highlighted, n the first from the screen's
// top on, N the last before it. With no search ever, n says so.
func TestNextAfterEsc(t *testing.T) {
	m := sized(uitest.SeedDoc(t), 100, 30, Options{Lang: "en"})
	if m = keys(m, "n"); !strings.Contains(statusLine(m), "no previous search") {
		t.Errorf("n before any search: %q", statusLine(m))
	}
	m = keys(searchFor(m, "主题教育"), "n", "n", "esc")
	if m.search.Active() {
		t.Fatal("esc left the search active")
	}
	top := m.reader.topSrc()
	m = keys(m, "n")
	h, ok := m.search.hits.Current()
	if !m.search.Active() || m.search.text != "主题教育" || !ok || h.Start < top || strings.Contains(statusLine(m), "no previous search") {
		t.Fatalf("n after esc: active %v, text %q, hit %v (top %d), status %q", m.search.Active(), m.search.text, h, top, statusLine(m))
	}
	if i := m.search.hits.Index(top); m.search.hits.cur != i {
		t.Errorf("n after esc selected hit %d, want %d, the first from the top", m.search.hits.cur, i)
	}
	m = keys(m, "esc", "]", "]", "]")
	top = m.reader.topSrc()
	m = keys(m, "N")
	if h, ok := m.search.hits.Current(); !m.search.Active() || !ok || h.Start >= top || m.search.hits.cur != m.search.hits.Index(top)-1 {
		t.Errorf("N after esc: active %v, hit %v (#%d), top %d", m.search.Active(), h, m.search.hits.cur, top)
	}
}

// TestSearchKeepsMaxHits: past maxHits a search counts its hits and keeps
// none, the status bar's count staying the document's; n and N go through
// every hit, in order, searching again past the ones kept, and round at
// either end with the wrap messages.
func TestSearchKeepsMaxHits(t *testing.T) {
	defer func(n int) { maxHits = n }(maxHits)
	maxHits = 5
	d := uitest.SeedDoc(t)
	q, _ := search.Compile("主题教育")
	var want []model.Span
	for h := range q.All(d, false) {
		want = append(want, h)
	}
	total := itoa(len(want))
	m := searchFor(sized(d, 100, 30, Options{}), "主题教育")
	if got := m.search.countText(m.search.hits.cur); got != "1/"+total {
		t.Fatalf("status %s, want 1/%s", got, total)
	}
	for i := range len(want) {
		h := &m.search.hits
		if h.Len() > maxHits || h.before+h.Len()+h.after != len(want) {
			t.Fatalf("hit %d: %d kept, %d+%d counted apart, want at most %d of %d", i+1, h.Len(), h.before, h.after, maxHits, len(want))
		}
		if c, _ := h.Current(); c != want[i] || m.search.countText(m.search.hits.cur) != itoa(i+1)+"/"+total || !m.reader.Visible(c.Start) {
			t.Fatalf("after %d n: hit %v (%s), want %v (%d/%s) on screen", i, c, m.search.countText(m.search.hits.cur), want[i], i+1, total)
		}
		m = keys(m, "n")
	}
	if c, _ := m.search.hits.Current(); c != want[0] || !strings.Contains(statusLine(m), "已到末尾，从开头继续") {
		t.Errorf("n past the last: %v %q, want %v and the wrap", c, statusLine(m), want[0])
	}
	m = keys(m, "N")
	for i := len(want) - 1; i >= 0; i-- {
		if c, _ := m.search.hits.Current(); c != want[i] || m.search.countText(m.search.hits.cur) != itoa(i+1)+"/"+total {
			t.Fatalf("N to %d: hit %v (%s), want %v", i+1, c, m.search.countText(m.search.hits.cur), want[i])
		}
		if i == len(want)-1 && !strings.Contains(statusLine(m), "已到开头") {
			t.Errorf("N past the first: %q, want the wrap", statusLine(m))
		}
		m = keys(m, "N")
	}
}

// TestUnkeptHitsHighlighted: the hits a search did not keep are
// highlighted all the same where the screen shows them, as those kept.
func TestUnkeptHitsHighlighted(t *testing.T) {
	d := buildDoc("调查研究汇编",
		"# 大兴调查研究之风",
		strings.Repeat("调查研究，", 8),
		"## 三、调查研究的方法",
		"末尾也要调查研究。",
	)
	old := lipgloss.ColorProfile()
	lipgloss.SetColorProfile(termenv.ANSI)
	defer lipgloss.SetColorProfile(old)
	defer func(n int) { maxHits = n }(maxHits)
	var views []string
	for _, keep := range []int{1 << 20, 3} {
		maxHits = keep
		m := searchFor(sized(d, 40, 16, Options{HideOutline: true}), "调查研究")
		if h := m.search.hits; keep == 3 && (h.Len() != 3 || !h.capped()) {
			t.Fatalf("kept %d of %s", h.Len(), m.search.countText(m.search.hits.cur))
		}
		views = append(views, marked(m.View()))
	}
	if views[0] != views[1] || strings.Count(views[0], "[") < 12 {
		t.Errorf("all kept:\n%s\nthree kept:\n%s", views[0], views[1])
	}
}

// A search from past the last hit wraps to the first hit of the document,
// as vim does: 1/16, not 16/16. The hits after the wrap come in more than
// one chunk (the first goes at once), and a later chunk appended to pre
// moved the current hit, already in pre, along with it.
func TestSearchWrapsToFirstHit(t *testing.T) {
	d := uitest.SeedDoc(t)
	m := keys(sized(d, 100, 30, Options{}), "5", "0", "%")
	from := m.reader.cursor()
	m = searchFor(m, "调查研究")
	h, ok := m.search.hits.Current()
	if !ok {
		t.Fatal("no current hit")
	}
	if first := m.search.hits.At(0); h != first || h.Start >= from {
		t.Errorf("current hit at %d, want the document's first at %d (searched from %d)", h.Start, first.Start, from)
	}
	if st := statusLine(m); !strings.Contains(st, "1/16") {
		t.Errorf("status %q, want 1/16", st)
	}
	if !m.reader.Visible(h.Start) {
		t.Errorf("the current hit at %d is not on screen", h.Start)
	}
}

// TestPromptBlankQuery: a query of nothing to search for is not a search.
// Spaces alone are the empty prompt (spaces at either end are dropped), so
// Enter on them repeats the last search as an empty Enter does (it said
// 没有要找的内容); neither they nor a lone \, @ or # go into the history,
// where ↑ showed them as a blank entry before the last real query.
func TestPromptBlankQuery(t *testing.T) {
	m := sized(uitest.SeedDoc(t), 100, 30, Options{})
	m = searchFor(m, "调查研究")
	m = searchFor(m, "主题教育")
	m = searchFor(m, "   ")
	if m.search.text != "主题教育" || !m.search.Active() {
		t.Errorf("Enter on spaces searched %q (active %v), want the last search", m.search.text, m.search.Active())
	}
	if st := statusLine(m); strings.Contains(st, m.stx().EmptyQuery) {
		t.Errorf("Enter on spaces: %q", st)
	}
	for _, q := range []string{`\`, "@", "#", "　"} {
		m = searchFor(m, q)
	}
	m = keys(m, "/", "up")
	if v := m.search.input.Value(); v != "主题教育" {
		t.Errorf("↑ after blank queries: %q, want 主题教育", v)
	}
	m = keys(m, "up")
	if v := m.search.input.Value(); v != "调查研究" {
		t.Errorf("↑↑ after blank queries: %q, want 调查研究", v)
	}
}

// TestStepsBeforeHits: n and N typed before the search's hits came in
// ("/主题教育<Enter>nn" read together) are taken as the hits come, in
// order: they said "still searching" and were lost, leaving 1/35.
func TestStepsBeforeHits(t *testing.T) {
	for _, c := range []struct {
		steps []string
		want  string
	}{
		{[]string{"n", "n"}, "3/35"},
		{[]string{"n", "n", "N"}, "2/35"},
		{[]string{"N"}, "35/35"},
	} {
		m := keys(sized(uitest.SeedDoc(t), 100, 30, Options{}), "/")
		// The scan the typing starts, not run till the keys are in.
		nm, scan := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("主题教育")})
		m = nm.(Model)
		nm, enter := m.Update(uitest.KeyPress("enter"))
		m = nm.(Model)
		cmds := []tea.Cmd{enter}
		for _, k := range c.steps {
			nm, cmd := m.Update(uitest.KeyPress(k))
			m = nm.(Model)
			cmds = append(cmds, cmd)
		}
		m = drive(m, runSearchCmd(scan)...)
		for _, cmd := range cmds {
			m = drive(m, runSearchCmd(cmd)...)
		}
		if st := statusLine(m); !strings.Contains(st, c.want) || strings.Contains(st, m.stx().Searching) {
			t.Errorf("%v before the hits: status %q, want %s and no %q", c.steps, st, c.want, m.stx().Searching)
		}
	}
}

// TestMoveBeforeHits: a move typed before the search's first hit came in
// ("/主题教育<Enter>G" read together) has the last word: the pane stays at
// the end, the hit selected (n goes on from the screen); it jumped back
// to the first hit once the scan's batch came.
func TestMoveBeforeHits(t *testing.T) {
	m := keys(sized(uitest.SeedDoc(t), 100, 30, Options{}), "/")
	nm, scan := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("主题教育")})
	m = nm.(Model)
	nm, enter := m.Update(uitest.KeyPress("enter"))
	m = nm.(Model)
	nm, g := m.Update(uitest.KeyPress("G"))
	m = nm.(Model)
	m = drive(m, runSearchCmd(scan)...)
	m = drive(m, runSearchCmd(enter)...)
	m = drive(m, runSearchCmd(g)...)
	if !m.reader.AtEnd() {
		t.Errorf("G before the hits: the pane is not at the end: %q", statusLine(m))
	}
	if !m.Searching() || !strings.Contains(statusLine(m), "/35") {
		t.Errorf("the search is not active: %q", statusLine(m))
	}
}

// TestEmptyPromptRepeatsAsN: / and Enter with nothing typed repeats the
// last search forward, as in vim and less: from the hit shown, the next
// one. It showed the same hit again (1/16, 1/16…), so /<Enter> did
// nothing; after Esc it still searches again from the screen, as n does.
func TestEmptyPromptRepeatsAsN(t *testing.T) {
	m := searchFor(sized(uitest.SeedDoc(t), 100, 30, Options{FileName: "seed.txt"}), "调查研究")
	if st := statusLine(m); !strings.Contains(st, "1/16") {
		t.Fatalf("after the search: %q", st)
	}
	for _, want := range []string{"2/16", "3/16"} {
		if m = keys(m, "/", "enter"); !strings.Contains(statusLine(m), want) {
			t.Errorf("/ Enter: %q, want %s", statusLine(m), want)
		}
	}
	m = keys(m, "esc", "/", "enter")
	if st := statusLine(m); !strings.Contains(st, "/16") {
		t.Errorf("/ Enter after Esc: %q, want the search again", st)
	}
}

// TestPromptEarlierSessions: ↑ in the / prompt goes on from this
// session's searches to those of earlier ones (Options.Searches, read
// once, when the prompt first opens, not at the start), each once; Enter
// keeps a search for the next session (Options.Remember), an empty Enter
// (a repeat) nothing new.
func TestPromptEarlierSessions(t *testing.T) {
	var mu sync.Mutex
	reads, kept := 0, []string{}
	opt := Options{
		Searches: func() []string {
			mu.Lock()
			defer mu.Unlock()
			reads++
			return []string{"调查研究", "旧的查询"}
		},
		Remember: func(q string) error { mu.Lock(); defer mu.Unlock(); kept = append(kept, q); return nil },
	}
	m := sized(uitest.SeedDoc(t), 100, 30, opt)
	if reads != 0 {
		t.Error("the searches of earlier sessions read at the start")
	}
	m = searchFor(m, "主题教育")
	m = searchFor(m, "调查研究")
	m = searchFor(m, "")
	m = keys(m, "/")
	var got []string
	for range 4 {
		m = keys(m, "up")
		got = append(got, m.search.input.Value())
	}
	m = keys(m, "esc")
	mu.Lock()
	defer mu.Unlock()
	if want := []string{"调查研究", "主题教育", "旧的查询", "旧的查询"}; !reflect.DeepEqual(got, want) {
		t.Errorf("↑ four times: %q, want %q", got, want)
	}
	if reads != 1 {
		t.Errorf("earlier sessions' searches read %d times, want once", reads)
	}
	if want := []string{"主题教育", "调查研究"}; !reflect.DeepEqual(kept, want) {
		t.Errorf("kept for the next session %q, want %q", kept, want)
	}
}

// TestCountFollowsView: the status bar's 3/16 numbers the hit under the
// view, as n goes on from it: after ” took the screen back from the hit
// (the search's jump), it said 1/1 over a screen with no hit (now -/1);
// after G it named the first hit with the last one on screen.
func TestCountFollowsView(t *testing.T) {
	m := sized(parse.Parse(bigText()), 100, 30, Options{Lang: "en"})
	m = searchFor(m, "全文的最后一句话")
	if st := statusLine(m); !strings.Contains(st, " 1/1 ") {
		t.Fatalf("the search: status %q", st)
	}
	m = keys(m, "'", "'")
	if st := statusLine(m); strings.Contains(st, "1/1") || !strings.Contains(st, " -/1 ") {
		t.Errorf("'' back to the top: status %q, want -/1", st)
	}
	m = keys(m, "'", "'")
	if st := statusLine(m); !strings.Contains(st, " 1/1 ") {
		t.Errorf("'' to the hit again: status %q, want 1/1", st)
	}
	m = searchFor(keys(m, "g"), "取得成效")
	n := m.search.hits.Len()
	m = keys(m, "G")
	i := m.search.hits.Index(m.reader.topSrc())
	if want := " " + itoa(i+1) + "/" + itoa(n) + " "; i == 0 || !m.reader.Visible(m.search.hits.At(i).Start) || !strings.Contains(statusLine(m), want) {
		t.Errorf("G: status %q, want %s (the first hit on screen)", statusLine(m), want)
	}
}

// A query typed on until it matches nothing takes the view back to where
// the prompt opened, as vim's incsearch does, and Enter leaves it there:
// the view stayed at the hit of the query's start (高效办成), 22% in, the
// bar saying not found.
func TestIncrementalNoMatchGoesBack(t *testing.T) {
	doc, err := uitest.SampleDoc()
	if err != nil {
		t.Fatal(err)
	}
	m := sized(doc, 100, 30, Options{})
	start := m.reader.top
	m = keys(m, "/")
	for _, r := range "高效办成" {
		m = drive(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	if m.reader.top == start {
		t.Fatal("the incremental search for 高效办成 did not move the view")
	}
	m = drive(m, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("x")})
	if m.reader.top != start {
		t.Errorf("高效办成x matches nothing: view at %v, want %v where the prompt opened", m.reader.top, start)
	}
	m = keys(m, "enter")
	if m.reader.top != start || !strings.Contains(statusLine(m), "未找到") {
		t.Errorf("enter: view at %v, want %v; status %q", m.reader.top, start, statusLine(m))
	}
}

// A search typed at the end wraps to the document's first hit, and Enter
// says so, as vim's incsearch does on <CR> (the prompt held the bar when
// the hit was shown, and the wrap went unsaid); typed at the top, the
// first hit is ahead and nothing is said.
func TestSearchTypedAtEndSaysWrap(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		wrap := searchTextFor(lang).WrapBottom
		m := searchFor(keys(sized(uitest.SeedDoc(t), 100, 30, Options{Lang: lang}), "G"), "调查研究")
		if st := statusLine(m); !strings.Contains(st, wrap) || !strings.Contains(st, " 1/16 ") {
			t.Errorf("%s: from the end: status %q, want %q and 1/16", lang, st, wrap)
		}
		m = searchFor(sized(uitest.SeedDoc(t), 100, 30, Options{Lang: lang}), "调查研究")
		if st := statusLine(m); strings.Contains(st, wrap) || !strings.Contains(st, " 1/16 ") {
			t.Errorf("%s: from the top: status %q, want 1/16 and no wrap", lang, st)
		}
	}
}
