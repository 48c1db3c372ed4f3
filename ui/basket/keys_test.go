package basket

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
	wtext "wenji/internal/text"
	"wenji/model"
	"wenji/model/export"
	"wenji/parse"
	"wenji/ui/cjk"
	"wenji/ui/internal/uitest"
	"wenji/ui/reader"
)

func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

// Keys read together (sent at once, a slow link) are the keys typed, one
// at a time, as in the reader and the library: GKK moves the last excerpt
// up twice (it was one key nobody binds, and nothing moved).
func TestKeysReadTogether(t *testing.T) {
	path := fill(t, "甲", "乙", "丙")
	m := newPage(path, 80, 24, nil)
	m = drive(m, runes("GKK"))
	if got := strings.Join(headings(t, path), ""); got != "丙甲乙" {
		t.Errorf("after GKK read at once: %s", got)
	}
	if pm := m.(pageModel); pm.cursor != 0 {
		t.Errorf("cursor %d, want on the excerpt moved", pm.cursor)
	}
	// Esc and d read together (Alt+d) are Esc, back to the reader: d
	// is not the page's, and deletes nothing.
	_, cmd, rest := m.(pageModel).Keys(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("d"), Alt: true})
	if msgs := run(cmd); len(msgs) != 0 || len(rest) != 1 || rest[0].String() != "d" {
		t.Errorf("Esc+d: sent %v, left %v", msgs, rest)
	}
	if got := strings.Join(headings(t, path), ""); got != "丙甲乙" {
		t.Errorf("after Esc+d: %s", got)
	}
}

// Keys read after the one that goes back to the reader are the reader's:
// "qG" read at once goes back and to the end of the document.
func TestRootKeysAfterBack(t *testing.T) {
	doc := uitest.SeedDoc(t)
	basketPath := filepath.Join(t.TempDir(), "basket.json")
	ropt := RootOptions{
		Basket: Options{Path: basketPath, Lang: "zh", Ambiguous: 1},
		Reader: reader.Options{Lang: "zh", Ambiguous: 1},
		Open:   func(string) (*model.Document, string, error) { return doc, "k", nil },
	}
	r := reader.New(doc, reader.Options{Lang: "zh", Ambiguous: 1, FileName: "seed.txt", Key: "k", BasketPath: basketPath, BasketPage: true})
	var m tea.Model = NewRoot(r, "k", "seed.txt", ropt)
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = keys(m, "B")
	if !m.(Root).basket.Shown {
		t.Fatal("B did not show the page")
	}
	if m = drive(m, tea.MouseMsg{Button: tea.MouseButtonWheelDown}); !m.(Root).basket.Shown {
		t.Fatal("the wheel left the page")
	}
	m = drive(m, runes("qG"))
	root := m.(Root)
	if root.basket.Shown || !strings.Contains(screen(m), "100%") {
		t.Errorf("qG read at once: state %v, the reader shows:\n%s", root.basket.Shown, screen(m))
	}
}

// The Cmds that save two quick changes may start in either order: the
// file and the page both end with the two changes, made in the order
// they were made (K K on one excerpt showed it moved once).
func TestSavesOutOfOrder(t *testing.T) {
	path := fill(t, "甲", "乙", "丙")
	m := newPage(path, 80, 24, nil).(pageModel)
	m.Model, _, _ = m.Keys(runes("G"))
	var cmds []tea.Cmd
	for range 2 {
		var cmd tea.Cmd
		m.Model, cmd = m.Model.Update(runes("K"))
		cmds = append(cmds, cmd)
	}
	var saved []tea.Msg
	for _, i := range []int{1, 0} { // the second change's Cmd first
		saved = append(saved, run(cmds[i])...)
	}
	var tm tea.Model = m
	tm = drive(tm, saved...)
	if got := strings.Join(headings(t, path), ""); got != "丙甲乙" {
		t.Errorf("file after K K: %s", got)
	}
	if v := screen(tm); strings.Index(v, "1. 丙") < 0 || strings.Index(v, "2. 甲") < 0 {
		t.Errorf("page after K K:\n%s", v)
	}
}

// The mouse: the wheel moves the cursor an excerpt at a time, a click
// puts it on the excerpt under the pointer (the blank row between two
// excerpts, the title and the status line are none).
func TestMouse(t *testing.T) {
	path := fill(t, "甲", "乙", "丙", "丁", "戊", "己")
	m := newPage(path, 80, 12, nil) // two excerpts a screen
	cursor := func() int { return m.(pageModel).cursor }
	for _, c := range []struct {
		msg  tea.MouseMsg
		want int
	}{
		{tea.MouseMsg{Button: tea.MouseButtonWheelDown}, 1},
		{tea.MouseMsg{Button: tea.MouseButtonWheelDown}, 2},
		{tea.MouseMsg{Button: tea.MouseButtonWheelUp}, 1},
		{tea.MouseMsg{Button: tea.MouseButtonLeft, Action: tea.MouseActionPress, Y: 2}, 1},  // the top excerpt's heading
		{tea.MouseMsg{Button: tea.MouseButtonLeft, Action: tea.MouseActionPress, Y: 8}, 2},  // the next one's text
		{tea.MouseMsg{Button: tea.MouseButtonLeft, Action: tea.MouseActionPress, Y: 5}, 2},  // a blank row
		{tea.MouseMsg{Button: tea.MouseButtonLeft, Action: tea.MouseActionPress, Y: 0}, 2},  // the title
		{tea.MouseMsg{Button: tea.MouseButtonLeft, Action: tea.MouseActionPress, Y: 11}, 2}, // the status line
	} {
		m = drive(m, c.msg)
		if got := cursor(); got != c.want {
			t.Fatalf("%+v: cursor %d, want %d:\n%s", c.msg, got, c.want, screen(m))
		}
	}
	for range 10 {
		m = drive(m, tea.MouseMsg{Button: tea.MouseButtonWheelDown})
	}
	if v := screen(m); cursor() != 5 || !strings.Contains(v, "6. 己") {
		t.Errorf("wheel to the end: cursor %d:\n%s", cursor(), v)
	}
}

// write presses w and waits for the write's report, however long the
// machine takes (drive gives a Cmd 300 ms, and under -race on a loaded
// machine the .docx took longer: the report was dropped as a timer's).
func write(m tea.Model) tea.Model {
	m, cmd := m.Update(uitest.KeyPress("w"))
	if msg, ok := await[exportedMsg](cmd); ok {
		return drive(m, msg)
	}
	return m
}

// await runs cmd's Cmds all at once (a timer's never ends in time) and
// returns the first message of type T they send, however long it takes
// (a minute at most: ok false).
func await[T tea.Msg](cmd tea.Cmd) (msg T, ok bool) {
	ch := make(chan tea.Msg, 16)
	var start func(tea.Cmd)
	start = func(c tea.Cmd) {
		if c == nil {
			return
		}
		go func() {
			msg := c()
			if b, ok := msg.(tea.BatchMsg); ok {
				for _, x := range b {
					start(x)
				}
				return
			}
			ch <- msg
		}()
	}
	start(cmd)
	timeout := time.After(time.Minute)
	for {
		select {
		case got := <-ch:
			if msg, ok = got.(T); ok {
				return msg, true
			}
		case <-timeout:
			return msg, false
		}
	}
}

// w writes the basket as a .docx beside the user (Options.ExportDir),
// named after the basket and the day, never over a file there: a second
// w writes -2; the bar names the file; the file reads back as the basket,
// its excerpts' headings as headings, under a Chinese title.
func TestWriteDocx(t *testing.T) {
	path := fill(t, "甲节", "乙节")
	// Run again where midnight fell between the writes: the names change.
	for range 2 {
		day := time.Now().Format(time.DateOnly)
		dir := t.TempDir()
		if writeDocxNamed(t, path, dir, day) || time.Now().Format(time.DateOnly) == day {
			break
		}
	}
	// Nowhere to write: the bar says why, and no file is left.
	pm := New(Options{Path: path, Lang: "en", Ambiguous: 1, ExportDir: filepath.Join(t.TempDir(), "missing")})
	var m tea.Model = drive(pageModel{pm}, pm.Init()(), tea.WindowSizeMsg{Width: 120, Height: 24})
	if m = write(m); !strings.Contains(screen(m), "no .docx written") {
		t.Errorf("w into a missing folder:\n%s", screen(m))
	}
	// A folder named relative to where wenji runs ("" is that folder
	// itself) is said from the root: it said ".: permission denied".
	t.Chdir(t.TempDir())
	pm = New(Options{Path: path, Lang: "en", Ambiguous: 1, ExportDir: filepath.Join("missing", "sub")})
	m = drive(pageModel{pm}, pm.Init()(), tea.WindowSizeMsg{Width: 200, Height: 24})
	wd, _ := os.Getwd()
	if m = write(m); !strings.Contains(screen(m), "no .docx written: in "+reader.TildePath(filepath.Join(wd, "missing", "sub"))+": ") {
		t.Errorf("w into a relative missing folder:\n%s", screen(m))
	}
}

// writeDocxNamed writes the basket at path into dir twice in each
// language and checks the files are named for day; it reports whether
// they were, failing the test only when the day did not change meanwhile.
func writeDocxNamed(t *testing.T, path, dir, day string) bool {
	t.Helper()
	fail := func(format string, args ...any) {
		if time.Now().Format(time.DateOnly) == day {
			t.Errorf(format, args...)
		}
	}
	for _, c := range []struct{ lang, name string }{{"zh", "素材篮-" + day}, {"en", "Basket-" + day}} {
		pm := New(Options{Path: path, Lang: c.lang, Ambiguous: 1, ExportDir: dir})
		var m tea.Model = drive(pageModel{pm}, pm.Init()(), tea.WindowSizeMsg{Width: 120, Height: 24})
		m = write(m)
		if bar := screen(m); !strings.Contains(bar, c.name+".docx") {
			fail("%s: the bar does not name the file:\n%s", c.lang, bar)
			return false
		}
		m = write(m)
		if bar := screen(m); !strings.Contains(bar, c.name+"-2.docx") {
			fail("%s: a second w:\n%s", c.lang, bar)
			return false
		}
		b, err := os.ReadFile(filepath.Join(dir, c.name+".docx"))
		if err != nil {
			t.Fatal(err)
		}
		d, err := parse.Open("x.docx", b, parse.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := export.Outline(d.Root); !strings.Contains(got, "甲节") || !strings.Contains(got, "乙节") {
			t.Errorf("%s: the .docx reads back as\n%s", c.lang, got)
		}
		// Its title is Chinese, as its 来源 lines are, whatever the
		// interface's language: it read "Basket" under C.UTF-8.
		if d.Root.Title != "素材篮" {
			t.Errorf("%s: the .docx is titled %q, want 素材篮", c.lang, d.Root.Title)
		}
	}
	return true
}

// What the program's end cut short is saved by Flush, which the program
// calls once Bubble Tea has returned: an add in the reader (a then q read
// together) and a delete on the page (d then Ctrl-c) whose Cmds never ran.
func TestRootFlush(t *testing.T) {
	doc := uitest.SeedDoc(t)
	basketPath := filepath.Join(t.TempDir(), "basket.json")
	ropt := RootOptions{Basket: Options{Path: basketPath, Lang: "zh", Ambiguous: 1}, Reader: reader.Options{Lang: "zh", Ambiguous: 1}}
	r := reader.New(doc, reader.Options{Lang: "zh", Ambiguous: 1, FileName: "seed.txt", Key: "k", BasketPath: basketPath, BasketPage: true})
	var m tea.Model = NewRoot(r, "k", "seed.txt", ropt)
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = keys(m, "}", "a", "}")
	m, _ = m.Update(uitest.KeyPress("a")) // its Cmd never runs
	m.(Root).Basket().Flush()
	if got := headings(t, basketPath); len(got) != 2 {
		t.Fatalf("after a a and Flush: %q", got)
	}
	m = keys(m, "B")
	m, _ = m.Update(uitest.KeyPress("d")) // its Cmd never runs
	m.(Root).Basket().Flush()
	if got := headings(t, basketPath); len(got) != 1 {
		t.Errorf("after d and Flush: %q", got)
	}
}

// A file's name far wider than the page is cut to its source line in
// a few tries, not one a column: the page tried every width from the
// name's down, a fresh source line each, and took most of a second to
// draw a screen of excerpts whose names ran to 360 columns.
func TestSourceFitFewTries(t *testing.T) {
	m := New(Options{Lang: "zh", Ambiguous: 1})
	e := store.Excerpt{Kind: store.KindSection, Heading: "乡村振兴", Taken: time.Now(),
		Source: store.Source{Name: strings.Repeat("很长的文件名", 30) + ".docx", Path: "/x/a.docx", Title: "某县政府工作报告",
			Breadcrumb: []string{"第一篇", "（四）乡村振兴有力有效"}, NodePath: "1.4"}}
	words := store.SourceWords{Label: "来源：", Stdin: "标准输入"}
	var line string
	allocs := testing.AllocsPerRun(5, func() { line = m.sourceFit(e, words, 76) })
	if m.W.String(oneLine(line)) > 76 || !strings.Contains(line, "…") || !strings.HasSuffix(line, "1.4 · "+time.Now().Format(time.DateOnly)) {
		t.Errorf("the line: %q", line)
	}
	if allocs > 800 {
		t.Errorf("%.0f allocations to fit one source line", allocs)
	}
}

// A source line wider than the page keeps the heading nearest the
// excerpt, its outline path and the date: the document's title goes
// first, then the breadcrumb's start, then the middle of the file's name
// (the line was cut at its end: 1.4 · 2026-1…, and no path where the
// name was longer).
func TestSourceLineKeepsNearestHeading(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	b, _ := store.Open(path)
	b.Add(store.Excerpt{Heading: "（四）乡村振兴有力有效", Text: "（四）乡村振兴有力有效。正文。\n",
		Source: store.Source{Name: "henan-gov-work-report-2025.docx", Title: "2025年河南省政府工作报告",
			Breadcrumb: []string{"一、2024 年工作回顾", "（四）乡村振兴有力有效"}, NodePath: "1.4"}})
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	date := time.Now().Format(time.DateOnly)
	for _, w := range []int{100, 80, 70} {
		v := screen(newPage(path, w, 24, nil))
		want := regexp.MustCompile(`来源：henan-\S*\.docx · … › （四）乡村振兴有力有效 · 1\.4 · ` + date)
		if !want.MatchString(v) || w == 100 && !strings.Contains(v, "henan-gov-work-report-2025.docx") {
			t.Errorf("the source line at %d columns:\n%s", w, v)
		}
	}
	// At 50 even the heading cut short does not fit: the breadcrumb
	// goes, the path and the date stay (the line was cut at its end,
	// 来源：henan-gov-work-report-2025.docx · … › （四…).
	v := screen(newPage(path, 50, 24, nil))
	if !regexp.MustCompile(`来源：henan-\S*\.docx · 1\.4 · ` + date).MatchString(v) {
		t.Errorf("the source line at 50 columns:\n%s", v)
	}
}

// TestSourceLineKeepsPathAndDate: a short file name and a long heading
// that is the whole breadcrumb (a part of a report, taken with a) cut
// the heading, not the date: the line ended 3 · 2026-12… at 80 columns,
// the heading whole on the row above it.
func TestSourceLineKeepsPathAndDate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	b, _ := store.Open(path)
	b.Add(store.Excerpt{Heading: "三、提升农业发展质量，培育乡村发展新动能", Text: "三、提升农业发展质量，培育乡村发展新动能\n正文。\n",
		Source: store.Source{Name: "gb-rural.txt", Title: "中共中央 国务院关于实施乡村振兴战略的意见",
			Breadcrumb: []string{"三、提升农业发展质量，培育乡村发展新动能"}, NodePath: "3"}})
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	date := time.Now().Format(time.DateOnly)
	for _, c := range []struct {
		w    int
		want string
	}{
		{120, `来源：gb-rural\.txt · 三、提升农业发展质量，培育乡村发展新动能 · 3 · ` + date},
		{80, `来源：gb-rural\.txt · 三、提升农业发展质量，培育乡村\S*… · 3 · ` + date},
		{60, `来源：gb-rural\.txt · 三、提升\S*… · 3 · ` + date},
	} {
		v := screen(newPage(path, c.w, 24, nil))
		if !regexp.MustCompile(c.want).MatchString(v) {
			t.Errorf("the source line at %d columns:\n%s", c.w, v)
		}
	}
}

// Each row ends with the excerpt's length, and a paragraph selection's
// with 选段 before it: headed by its section's heading, it is not all of
// the section. The rows stay the screen's width.
func TestRowTag(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	b, _ := store.Open(path)
	b.Add(store.Excerpt{Kind: store.KindSection, Heading: "一、总体要求", Text: "一、总体要求\n" + strings.Repeat("正", 1200) + "\n"})
	b.Add(store.Excerpt{Kind: store.KindParagraphs, Heading: "一、总体要求", Text: "第二段。\n"})
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		lang       string
		sec, paras string
	}{{"zh", "1,206 字", "选段 · 4 字"}, {"en", "1,206 chars", "selection · 4 chars"}} {
		pm := New(Options{Path: path, Lang: c.lang, Ambiguous: 1})
		m := drive(pageModel{pm}, pm.Init()(), tea.WindowSizeMsg{Width: 80, Height: 24})
		lines := strings.Split(screen(m), "\n")
		if !strings.HasSuffix(lines[2], c.sec+" ") || !strings.HasSuffix(lines[6], c.paras+" ") {
			t.Errorf("%s rows:\n%s\n%s", c.lang, lines[2], lines[6])
		}
		for i, l := range lines {
			if w := cjk.New(1).String(l); w != 80 {
				t.Errorf("%s: line %d is %d wide", c.lang, i, w)
			}
		}
	}
}

// TestRootBackThenBasket: "qB" read together goes back to the reader and
// shows the page again, whatever order the messages its keys sent come
// in: q's BackMsg, run after the B's OpenBasketMsg, took the page away
// again (a second B was needed).
func TestRootBackThenBasket(t *testing.T) {
	doc := uitest.SeedDoc(t)
	basketPath := filepath.Join(t.TempDir(), "basket.json")
	ropt := RootOptions{
		Basket: Options{Path: basketPath, Lang: "zh", Ambiguous: 1},
		Reader: reader.Options{Lang: "zh", Ambiguous: 1},
	}
	r := reader.New(doc, reader.Options{Lang: "zh", Ambiguous: 1, FileName: "seed.txt", Key: "k", BasketPath: basketPath, BasketPage: true})
	for _, keys := range []string{"qB", "q}B", "\x1bB"} {
		var m tea.Model = NewRoot(r, "k", "seed.txt", ropt)
		m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 30}, uitest.KeyPress("B"))
		if !m.(Root).basket.Shown {
			t.Fatal("B did not show the page")
		}
		msg := runes(keys)
		if keys == "\x1bB" {
			msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("B"), Alt: true} // Esc B
		}
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		msgs := run(cmd)
		slices.Reverse(msgs) // the last sent first: Cmds run concurrently
		m = drive(m, msgs...)
		if !m.(Root).basket.Shown {
			t.Errorf("%q read together: the reader is shown, want the page again", keys)
		}
	}
}

// TestReopenAfterMove: "JqB" read together shows the page again with the
// excerpt moved, though the J's save had not run when B came: the page
// read the basket before it, and showed the move undone.
func TestReopenAfterMove(t *testing.T) {
	doc := uitest.SeedDoc(t)
	path := fill(t, "甲", "乙", "丙")
	ropt := RootOptions{
		Basket: Options{Path: path, Lang: "zh", Ambiguous: 1},
		Reader: reader.Options{Lang: "zh", Ambiguous: 1},
	}
	r := reader.New(doc, reader.Options{Lang: "zh", Ambiguous: 1, FileName: "seed.txt", Key: "k", BasketPath: path, BasketPage: true})
	var m tea.Model = NewRoot(r, "k", "seed.txt", ropt)
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 30}, uitest.KeyPress("B"))
	m, _ = m.Update(runes("J")) // its save not run yet
	var cmd tea.Cmd
	m, cmd = m.Update(runes("qB"))
	// The page's read waits for J's save: a loaded machine took longer
	// than drive's 300 ms for both, and the page showed nothing.
	open, _ := await[reader.OpenBasketMsg](cmd)
	m, cmd = m.Update(open)
	if loaded, ok := await[loadedMsg](cmd); ok {
		m = drive(m, loaded)
	}
	root := m.(Root)
	if !root.basket.Shown {
		t.Fatal("qB did not show the page again")
	}
	var got []string
	for _, e := range root.basket.Page.list {
		got = append(got, e.Heading)
	}
	if s := strings.Join(got, ""); s != "乙甲丙" {
		t.Errorf("the page shows %s, want 乙甲丙 (J saved before it read the basket)", s)
	}
	if s := strings.Join(headings(t, path), ""); s != "乙甲丙" {
		t.Errorf("the file holds %s", s)
	}
}

// TestRootKeysAfterB: keys read together with the B that opens the page
// are the page's, taken once it has read the basket: "B?" showed the page
// and opened the reader's help under it; "BGKq" moves the last excerpt up
// and goes back.
func TestRootKeysAfterB(t *testing.T) {
	doc := uitest.SeedDoc(t)
	path := fill(t, "甲", "乙", "丙")
	ropt := RootOptions{
		Basket: Options{Path: path, Lang: "zh", Ambiguous: 1},
		Reader: reader.Options{Lang: "zh", Ambiguous: 1},
	}
	r := reader.New(doc, reader.Options{Lang: "zh", Ambiguous: 1, FileName: "seed.txt", Key: "k", BasketPath: path, BasketPage: true})
	var m tea.Model = NewRoot(r, "k", "seed.txt", ropt)
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 30}, runes("B?"))
	if root := m.(Root); !root.basket.Shown || !root.basket.Page.help {
		t.Errorf("B? read together: state %v, page help %v; want the page's help", root.basket.Shown, root.basket.Page.help)
	}
	m = drive(m, runes("qq")) // close the help, back to the reader
	if s := screen(m); m.(Root).basket.Shown || strings.Contains(s, "任意键关闭") {
		t.Errorf("after qq: state %v, screen:\n%s", m.(Root).basket.Shown, s)
	}
	m = drive(m, runes("BGKq"))
	if m.(Root).basket.Shown {
		t.Errorf("BGKq: state %v, want the reader", m.(Root).basket.Shown)
	}
	if s := strings.Join(headings(t, path), ""); s != "甲丙乙" {
		t.Errorf("BGKq: the basket is %s, want 甲丙乙", s)
	}
	// A key typed while the page reads the basket waits for it too.
	m, cmd := m.Update(runes("BG"))
	msgs := run(cmd) // the OpenBasketMsg
	m, cmd = m.Update(msgs[0])
	m, _ = m.Update(runes("K")) // the page has not read the basket yet
	m = drive(m, run(cmd)...)
	if s := strings.Join(headings(t, path), ""); s != "甲乙丙" {
		t.Errorf("BG then K: the basket is %s, want 甲乙丙", s)
	}
}

// TestWriteDocxNarrowNamesFile: on a bar too narrow for the whole path,
// w's report keeps the new file's name and lets the directory's start
// give way (at 60 columns it said …/basket-dir/素材篮-2026-12-0…, the
// name cut).
func TestWriteDocxNarrowNamesFile(t *testing.T) {
	path := fill(t, "甲节", "乙节")
	dir := filepath.Join(t.TempDir(), "一个很深的文件夹", "another-rather-long-folder-name")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"zh", "en"} {
		pm := New(Options{Path: path, Lang: lang, Ambiguous: 1, ExportDir: dir})
		var m tea.Model = drive(pageModel{pm}, pm.Init()(), tea.WindowSizeMsg{Width: 60, Height: 20})
		m = write(m)
		day := time.Now().Format(time.DateOnly)
		lines := strings.Split(screen(m), "\n")
		bar := strings.TrimRight(lines[len(lines)-1], " ")
		if !strings.HasSuffix(bar, "-"+day+".docx") && !strings.HasSuffix(bar, "-"+day+"-2.docx") || !strings.Contains(bar, "…") {
			t.Errorf("%s: %q", lang, bar)
		}
	}
}

// Every key a binding of the page's help answers to is written in its
// entry: Delete deleted an excerpt, and the help named only d/x.
func TestHelpNamesEveryKey(t *testing.T) {
	label := strings.NewReplacer("ctrl+up", "ctrl+↑", "ctrl+down", "ctrl+↓", "delete", "del", "pgdown", "pgdn", " ", "space")
	for _, g := range DefaultKeyMap("en").FullHelp() {
		for _, b := range g {
			for _, k := range b.Keys() {
				want := label.Replace(k)
				switch k {
				case "up":
					want = "↑"
				case "down":
					want = "↓"
				}
				if !strings.Contains(b.Help().Key, want) {
					t.Errorf("%q (%s) answers to %q, not in its help", b.Help().Key, b.Help().Desc, k)
				}
			}
		}
	}
}

// TestPageKeys: the page keys move a screen of excerpts (space, PgDn,
// Ctrl-f; b, PgUp, Ctrl-b) or half of one (Ctrl-d, Ctrl-u), as in the
// reader and less, scrolling with the cursor and stopping at the ends;
// they did nothing on a basket longer than the screen.
func TestPageKeys(t *testing.T) {
	heads := []string{"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸", "子", "丑"}
	m := newPage(fill(t, heads...), 80, 24, nil) // 5 excerpts a screen
	per := m.(pageModel).perScreen()
	if per != 5 {
		t.Fatalf("%d excerpts a screen, want 5", per)
	}
	for _, c := range []struct {
		keys        []string
		cursor, top int
	}{
		{[]string{" "}, 5, 5},
		{[]string{"pgdown"}, 10, 7},
		{[]string{"ctrl+f"}, 11, 7}, // the last: no further
		{[]string{"b"}, 6, 2},
		{[]string{"pgup", "ctrl+b"}, 0, 0},
		{[]string{"ctrl+d"}, 2, 2},
		{[]string{"ctrl+d", "ctrl+u"}, 2, 2},
	} {
		m = keys(m, c.keys...)
		pm := m.(pageModel)
		if pm.cursor != c.cursor || pm.top != c.top {
			t.Errorf("%v: cursor %d, top %d; want %d, %d", c.keys, pm.cursor, pm.top, c.cursor, c.top)
		}
		if s := screen(m); !strings.Contains(s, heads[pm.cursor]) || !strings.Contains(s, heads[pm.top]) {
			t.Errorf("%v: the cursor's excerpt %s or the top's %s is not on screen:\n%s", c.keys, heads[pm.cursor], heads[pm.top], s)
		}
	}
}

// Opening the basket page N times holds one page for Flush, not N (each
// opening appended the page's Flush to the program's list), and a change
// an earlier page made whose save Cmd never ran is still saved by Flush.
func TestRootFlushHoldsOnePage(t *testing.T) {
	doc := uitest.SeedDoc(t)
	basketPath := filepath.Join(t.TempDir(), "basket.json")
	ropt := RootOptions{Basket: Options{Path: basketPath, Lang: "zh", Ambiguous: 1}, Reader: reader.Options{Lang: "zh", Ambiguous: 1}}
	r := reader.New(doc, reader.Options{Lang: "zh", Ambiguous: 1, FileName: "seed.txt", Key: "k", BasketPath: basketPath, BasketPage: true})
	var m tea.Model = NewRoot(r, "k", "seed.txt", ropt)
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = keys(m, "}", "a", "}", "a")
	m = keys(m, "B")
	m, _ = m.Update(uitest.KeyPress("d")) // its Cmd never runs
	for range 20 {                        // their Cmds never run: the page with the d is not saved
		for _, k := range []string{"q", "B"} {
			m, _ = m.Update(uitest.KeyPress(k))
		}
		if o, ok := m.(Root); ok && !o.basket.Shown { // B is sent by the reader's Cmd
			m, _ = m.Update(reader.OpenBasketMsg{})
		}
	}
	root := m.(Root)
	if n, p := root.basket.ReaderSaves(), len(root.basket.saves.pages); n != 1 || p != 2 {
		t.Errorf("after 21 openings: %d flushes and %d pages kept, want the reader's one and 2 pages (the shown one, the one with a save to do)", n, p)
	}
	root.Basket().Flush()
	if got := headings(t, basketPath); len(got) != 1 {
		t.Errorf("after d, 20 openings more and Flush: %q", got)
	}
	m = keys(root, "q", "B")
	if p := len(m.(Root).basket.saves.pages); p != 1 {
		t.Errorf("once saved, %d pages kept, want the shown one", p)
	}
}

// TestUnboundKeySaid: a key the page binds to nothing says it is no
// command and points to the help, as the reader and the list do (a and /,
// the reader's keys, did nothing on the page and said nothing); a key the
// page binds (j) or has disabled (d on an empty basket) and Esc are not
// said to be none.
func TestUnboundKeySaid(t *testing.T) {
	full := fill(t, "甲节", "乙节")
	empty := filepath.Join(t.TempDir(), "basket.json")
	for _, c := range []struct {
		path, key string
		said      bool
	}{
		{full, "a", true}, {full, "/", true}, {full, "n", true},
		{full, "j", false}, {full, "?", false},
		{empty, "d", false}, {empty, "J", false}, {empty, "esc", false},
	} {
		v := screen(keys(newPage(c.path, 80, 20, nil), c.key))
		want := fmt.Sprintf(wtext.ReaderFor("zh").NotAKeyFmt, c.key)
		if got := strings.Contains(v, want); got != c.said {
			t.Errorf("%s (%d excerpts): %q said %v, want %v:\n%s", c.key, len(headings(t, c.path)), want, got, c.said, v)
		}
	}
}
