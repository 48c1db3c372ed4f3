package reader

import (
	"errors"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
	"wenji/parse"
)

// bigText is a document of many articles; its first part is the preview.
func bigText() string {
	var b strings.Builder
	b.WriteString("预览测试汇编\n\n\n")
	for i := range 300 {
		b.WriteString("第" + itoa(i+1) + "篇文章的标题\n\n导语段落，介绍背景情况和主要做法。\n一、主要做法\n")
		b.WriteString(strings.Repeat("这是正文内容，用来把文章撑得足够长，好让预览只有开头一部分。", 6) + "\n")
		b.WriteString("二、取得成效\n成效明显，群众满意。\n\n\n")
	}
	b.WriteString("全文最后一篇的标题\n\n最后的导语。\n一、结尾做法\n全文的最后一句话。\n")
	return b.String()
}

// preview parses the first whole lines of text, as main does.
func preview(text string, n int) *model.Document {
	head := text[:n]
	head = head[:strings.LastIndexByte(head, '\n')+1]
	return parse.Parse(head)
}

func TestPreviewThenWhole(t *testing.T) {
	text := bigText()
	whole := parse.Parse(text)
	m := sized(preview(text, 4000), 100, 30, Options{Lang: "en", Load: func() (*model.Document, error) { return whole, nil }})
	if !m.Loading() || !strings.Contains(statusLine(m), "reading the whole file") {
		t.Fatalf("preview not announced: %q", statusLine(m))
	}
	m = press(m, "]", "]", "]", "j")
	before := readerTop(m)
	// The loader Cmd, run as Bubble Tea would, delivers the whole document.
	msg := m.Init()()
	m = update(m, msg)
	if m.Loading() || strings.Contains(statusLine(m), "reading the whole file") {
		t.Fatal("still loading after the document arrived")
	}
	if got := readerTop(m); got != before {
		t.Errorf("top moved when the document arrived: %q → %q", before, got)
	}
	checkSize(t, m, 100, 30)
	m = press(m, "G")
	if !strings.Contains(strings.Join(screen(m), "\n"), "全文的最后一句话") {
		t.Error("G after loading does not reach the end of the whole document")
	}
}

// TestWholeOfAnotherDropped: the whole of a large file arriving after
// the basket page (or the library) put another document's reader in its
// place is not that reader's: it showed the large file in its place, as
// if the excerpt's document had turned into it.
func TestWholeOfAnotherDropped(t *testing.T) {
	text := bigText()
	whole := parse.Parse(text)
	big := sized(preview(text, 4000), 100, 30, Options{Lang: "en", Load: func() (*model.Document, error) { return whole, nil }})
	other := parse.Parse("另一份材料\n\n一、做法\n正文。\n")
	m := sized(other, 100, 30, Options{Lang: "en"})
	m = update(m, big.Init()())
	if m.Document() != other || strings.Contains(strings.Join(screen(m), "\n"), "预览测试汇编") {
		t.Errorf("another reader's whole document replaced this one's:\n%s", strings.Join(screen(m), "\n"))
	}
}

// TestPreviewEndPressedEarly: G during loading means the real end.
func TestPreviewEndPressedEarly(t *testing.T) {
	text := bigText()
	whole := parse.Parse(text)
	m := sized(preview(text, 4000), 100, 30, Options{Lang: "en", Load: func() (*model.Document, error) { return whole, nil }})
	m = press(m, "G")
	m = update(m, m.Init()())
	if !strings.Contains(strings.Join(screen(m), "\n"), "全文的最后一句话") {
		t.Errorf("G pressed during loading did not end at the document's end:\n%s", strings.Join(screen(m), "\n"))
	}
}

// TestPreviewLoadFails: the preview stays and the status says why.
func TestPreviewLoadFails(t *testing.T) {
	text := bigText()
	m := sized(preview(text, 4000), 100, 30, Options{Lang: "en", Load: func() (*model.Document, error) { return nil, errors.New("disk gone") }})
	m = update(m, m.Init()())
	if m.Loading() || !strings.Contains(statusLine(m), "disk gone") {
		t.Errorf("status %q", statusLine(m))
	}
	if !strings.Contains(strings.Join(screen(m), "\n"), "预览测试汇编") {
		t.Error("preview lost after a failed load")
	}
}

// TestEncodingInStatus: a document read from another encoding says so.
func TestEncodingInStatus(t *testing.T) {
	doc := parse.Parse("标题\n\n正文。\n")
	doc.Encoding = "GB18030"
	m := sized(doc, 100, 30, Options{Lang: "en", FileName: "/tmp/报告.txt"})
	if st := statusLine(m); !strings.Contains(st, "报告.txt [GB18030]") {
		t.Errorf("status %q lacks the encoding", st)
	}
	doc.Encoding = "UTF-8"
	if st := statusLine(sized(doc, 100, 30, Options{Lang: "en", FileName: "a.txt"})); strings.Contains(st, "[") {
		t.Errorf("UTF-8 shown: %q", st)
	}
}

// TestHelpScrolls: a help taller than the screen says so and scrolls with
// j/k; other keys close it.
func TestHelpScrolls(t *testing.T) {
	doc := parse.Parse("标题\n\n正文。\n")
	m := sized(doc, 60, 14, Options{Lang: "en"})
	m = press(m, "?")
	first := strings.Join(screen(m), "\n")
	if !strings.Contains(first, "j/k for the other keys") || strings.Contains(first, "search history") {
		t.Fatalf("help at 60×14:\n%s", first)
	}
	checkSize(t, m, 60, 14)
	for range 60 {
		m = press(m, "j")
	}
	last := strings.Join(screen(m), "\n")
	if last == first || !strings.Contains(last, "search history") {
		t.Fatalf("j does not scroll the help to its end:\n%s", last)
	}
	if strings.Contains(last, "j/k for the other keys") || !strings.Contains(last, "(end)") {
		t.Errorf("at its end the help still points to other keys:\n%s", last)
	}
	checkSize(t, m, 60, 14)
	// The wheel scrolls it too, as it scrolls the text, and a click
	// leaves it open: it did nothing, the help standing still.
	wheel := func(m Model, b tea.MouseButton) Model {
		return drive(m, tea.MouseMsg{X: 30, Y: 5, Button: b, Action: tea.MouseActionPress})
	}
	if up := wheel(m, tea.MouseButtonWheelUp); !up.help || strings.Join(screen(up), "\n") == last {
		t.Errorf("the wheel up in the help: open %v\n%s", up.help, strings.Join(screen(up), "\n"))
	} else if down := wheel(wheel(up, tea.MouseButtonLeft), tea.MouseButtonWheelDown); !down.help || strings.Join(screen(down), "\n") != last {
		t.Errorf("a click, the wheel down in the help: open %v\n%s", down.help, strings.Join(screen(down), "\n"))
	}
	m = press(m, "k")
	if strings.Join(screen(m), "\n") == last {
		t.Error("k after scrolling to the end does not scroll back at once")
	}
	// g and G go to either end, space pages, all without closing it.
	if got := strings.Join(screen(press(m, "g")), "\n"); got != first {
		t.Errorf("g in the help:\n%s", got)
	}
	if got := strings.Join(screen(press(m, "G")), "\n"); got != last {
		t.Errorf("G in the help:\n%s", got)
	}
	if paged := press(m, "g", " "); !paged.help || strings.Join(screen(paged), "\n") == first {
		t.Errorf("space in the help: open %v\n%s", paged.help, strings.Join(screen(paged), "\n"))
	}
	m = press(m, "x")
	if strings.Contains(strings.Join(screen(m), "\n"), "j/k for the other keys") {
		t.Error("another key does not close the help")
	}
}

// TestPreviewWithoutOutline: a preview that is all 目录 has no outline and
// shows no pane; the whole document has one, and its pane opens when it
// arrives, unless o was pressed meanwhile.
func TestPreviewWithoutOutline(t *testing.T) {
	var b strings.Builder
	b.WriteString("目录汇编\n\n目录\n\n")
	for i := range 1000 {
		b.WriteString(itoa(i+1) + ".\n")
	}
	b.WriteString("\n\n")
	text := b.String() + bigText()[len("预览测试汇编\n\n\n"):]
	whole := parse.Parse(text)
	if len(whole.Root.Children) == 0 {
		t.Fatal("the whole document has no outline")
	}
	for _, keyed := range []bool{false, true} {
		m := sized(preview(text, 2000), 100, 30, Options{Lang: "en", Load: func() (*model.Document, error) { return whole, nil }})
		if m.outlineOn {
			t.Fatal("an outline pane for a preview without an outline")
		}
		if keyed {
			m = press(m, "o", "o") // shown, then hidden again by the user
		}
		m = update(m, m.Init()())
		if m.outlineOn == keyed {
			t.Errorf("o pressed %v: outline pane on %v after the whole document came", keyed, m.outlineOn)
		}
		checkSize(t, m, 100, 30)
	}
}

// TestWholeListsSizedOnce: when the whole document arrives, the reader's
// list of headings and the outline's rows are made at their size, not
// grown by appending: on a 100 MB file the growing was 14 MB of garbage
// at the moment the parse had just filled the heap. The lists are still
// every heading in order and every open row.
func TestWholeListsSizedOnce(t *testing.T) {
	text := bigText()
	whole := parse.Parse(text)
	m := sized(preview(text, 4000), 100, 30, Options{Lang: "en", Load: func() (*model.Document, error) { return whole, nil }})
	m = update(m, m.Init()())
	if m.Loading() {
		t.Fatal("still loading")
	}
	heads, rows := m.reader.heads, m.outline.rows
	if len(heads) < 900 || cap(heads) != len(heads) {
		t.Errorf("%d heads in a list of room for %d", len(heads), cap(heads))
	}
	if len(rows) < 900 || cap(rows) != len(rows) {
		t.Errorf("%d outline rows in a list of room for %d", len(rows), cap(rows))
	}
	for i := 1; i < len(heads); i++ {
		if heads[i].TitleSpan.Start < heads[i-1].TitleSpan.Start {
			t.Fatalf("heads out of order at %d", i)
		}
	}
	if rows[0].n != whole.Root.Children[0] || rows[1].n != whole.Root.Children[0].Children[0] {
		t.Errorf("the first rows are not the first article and its first part")
	}
}

// TestLoaderStartsWhenFrameShown: where the program's output says the
// first frame was written (Options.FrameShown), the loader starts then: not
// before, even with the frame drawn, and without waiting frameFlush after
// the frame was drawn, nor the grace without one.
func TestLoaderStartsWhenFrameShown(t *testing.T) {
	drawn, shown := make(chan struct{}), make(chan struct{})
	done := make(chan struct{})
	go func() { afterFirstFrame(drawn, shown, time.Hour, time.Hour); close(done) }()
	close(drawn)
	select {
	case <-done:
		t.Fatal("started before the frame was written")
	case <-time.After(30 * time.Millisecond):
	}
	close(shown)
	<-done // the test's timeout would say it waited the flush

	afterFirstFrame(make(chan struct{}), shown, time.Hour, time.Hour) // written, its drawing not seen: at once

	text := bigText()
	started := make(chan struct{})
	m := New(preview(text, 4096), Options{Lang: "en", FrameShown: shown, Load: func() (*model.Document, error) {
		close(started)
		return parse.Parse(text), nil
	}})
	go m.Init()()
	<-started // no View drawn: the frame was shown, so the loader did not wait
}

// TestLoaderWaitsForFirstFrame: the loader starts once View has drawn a
// frame (and the frame had frameFlush to be written), not before, and
// without a frame after the grace.
func TestLoaderWaitsForFirstFrame(t *testing.T) {
	drawn := make(chan struct{})
	done := make(chan struct{})
	go func() { afterFirstFrame(drawn, nil, time.Hour, time.Millisecond); close(done) }()
	select {
	case <-done:
		t.Fatal("started before the first frame")
	case <-time.After(30 * time.Millisecond):
	}
	close(drawn)
	<-done // the test's timeout would say it never started

	afterFirstFrame(make(chan struct{}), nil, time.Millisecond, time.Hour) // no frame: the grace, not the flush

	text := bigText()
	m := New(preview(text, 4096), Options{Lang: "en", Load: func() (*model.Document, error) { return parse.Parse(text), nil }})
	if m.View(); isClosed(m.frame.ch) {
		t.Fatal("a View with no size counted as the first frame")
	}
	m = update(m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if m.View(); !isClosed(m.frame.ch) {
		t.Fatal("the first frame drawn, the loader still waits")
	}
	New(preview(text, 4096), Options{Lang: "en"}).View() // no loader, nothing to say
}

func isClosed(ch chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// TestLoadedAfterTaken: Options.Loaded is called in a Cmd of the update
// that took what Load returned, the whole document or its failure, and
// not before: the program settles its memory for the reader once the
// document is swapped in, not while it is.
func TestLoadedAfterTaken(t *testing.T) {
	text := bigText()
	whole := parse.Parse(text)
	for _, c := range []struct {
		name string
		load func() (*model.Document, error)
	}{
		{"whole", func() (*model.Document, error) { return whole, nil }},
		{"failed", func() (*model.Document, error) { return nil, errors.New("disk gone") }},
	} {
		t.Run(c.name, func(t *testing.T) {
			called := make(chan struct{}, 4)
			m := sized(preview(text, 4000), 100, 30, Options{Lang: "en", Load: c.load, Loaded: func() { called <- struct{}{} }})
			msg := m.Init()()
			if len(called) != 0 {
				t.Fatal("Loaded called before the reader took the document")
			}
			next, cmd := m.Update(msg)
			if next.(Model).Loading() {
				t.Fatal("still loading")
			}
			if len(called) != 0 {
				t.Fatal("Loaded called in the update, not in a Cmd")
			}
			go runCmds(cmd)
			select {
			case <-called:
			case <-time.After(10 * time.Second):
				t.Fatal("Loaded never called after the document was taken")
			}
		})
	}
}

// TestLoadedNotForAnother: the whole document of a reader that gave way
// to another (TestWholeOfAnotherDropped) is not the other's to take: its
// Loaded is not called.
func TestLoadedNotForAnother(t *testing.T) {
	text := bigText()
	whole := parse.Parse(text)
	big := sized(preview(text, 4000), 100, 30, Options{Lang: "en", Load: func() (*model.Document, error) { return whole, nil }})
	called := make(chan struct{}, 4)
	other := sized(preview(text, 4000), 100, 30, Options{Lang: "en", Load: func() (*model.Document, error) { return whole, nil }, Loaded: func() { called <- struct{}{} }})
	_, cmd := other.Update(big.Init()())
	go runCmds(cmd)
	select {
	case <-called:
		t.Error("another reader's whole document called this one's Loaded")
	case <-time.After(200 * time.Millisecond):
	}
}

// runCmds runs cmd and the Cmds it batches, each in a goroutine of its
// own, dropping their messages.
func runCmds(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	if b, ok := cmd().(tea.BatchMsg); ok {
		for _, c := range b {
			go runCmds(c)
		}
	}
}
