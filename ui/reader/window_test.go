package reader

import (
	"errors"
	"strings"
	"testing"

	"wenji/model"
	"wenji/model/export"
	"wenji/parse"
)

const adLine = "更多精彩内容，请关注微信公众号“笔杆子”，每日更新。"

// windowText is bigText with an ad near its end, for the junk filter.
func windowText() string {
	t := bigText()
	i := strings.LastIndex(t, "全文最后一篇的标题")
	return t[:i] + adLine + "\n" + t[i:]
}

// peekOf reads text as Options.Peek reads a file: whole lines around off,
// parsed on their own. calls counts the reads.
func peekOf(text string, calls *int) func(int) (*model.Document, int, error) {
	return func(off int) (*model.Document, int, error) {
		*calls++
		lo, hi := max(0, off-1500), min(len(text), off+3000)
		if lo > 0 {
			lo += strings.IndexByte(text[lo:], '\n') + 1
		}
		if hi < len(text) {
			hi = lo + strings.LastIndexByte(text[lo:hi], '\n') + 1
		}
		return parse.Parse(text[lo:hi]), lo, nil
	}
}

// loadingModel is the reader on a 4000-byte preview of text while the
// whole loads; Init's Cmd delivers it.
func loadingModel(text string, calls *int) Model {
	whole := parse.Parse(text)
	return sized(preview(text, 4000), 100, 30, Options{Lang: "en", Size: len(text),
		Load: func() (*model.Document, error) { return whole, nil }, Peek: peekOf(text, calls)})
}

// TestWindowEnd: G while the file loads shows its last paragraph at once,
// from a window of its tail with the junk filter applied, and the end
// stays on screen when the whole document replaces the window.
func TestWindowEnd(t *testing.T) {
	text := windowText()
	calls := 0
	m := loadingModel(text, &calls)
	m = press(m, "G")
	got := strings.Join(screen(m), "\n")
	if calls != 1 || !strings.Contains(got, "全文的最后一句话") {
		t.Fatalf("G while loading (%d reads) does not show the file's end:\n%s", calls, got)
	}
	if strings.Contains(got, "笔杆子") {
		t.Errorf("the ad in the tail is shown:\n%s", got)
	}
	if st := statusLine(m); !strings.Contains(st, "100%") || !strings.Contains(st, "reading the whole file") {
		t.Errorf("status at the end while loading: %q", st)
	}
	m = update(m, m.Init()())
	if m.Loading() || !m.reader.AtEnd() || !strings.Contains(strings.Join(screen(m), "\n"), "全文的最后一句话") {
		t.Errorf("the end is not shown when the whole document came:\n%s", strings.Join(screen(m), "\n"))
	}
	checkSize(t, m, 100, 30)
}

// TestWindowPercent: 50% while loading shows the middle of the file at
// once, and the same line is at the top when the whole document is in.
func TestWindowPercent(t *testing.T) {
	text := windowText()
	calls := 0
	m := press(loadingModel(text, &calls), "5", "0", "%")
	if calls != 1 {
		t.Fatalf("50%% read %d windows", calls)
	}
	top := readerTop(m)
	mid := len(text) / 2
	if i := strings.Index(text[mid-2000:], strings.TrimSpace(top)); strings.TrimSpace(top) == "" || i < 0 || i > 2500 {
		t.Fatalf("50%% shows %q, not the middle of the file", top)
	}
	if st := statusLine(m); !strings.Contains(st, " 50% ") {
		t.Errorf("status after 50%%: %q", st)
	}
	m = press(m, "j", "j")
	before := m.here()
	m = update(m, m.Init()())
	// The outline pane of the whole document may be wider than the
	// window's, so the paragraph wraps anew: the top row holds the place.
	if !topHolds(m, before) {
		t.Errorf("the place %d is not on the top row when the whole document came: %q", before, readerTop(m))
	}
	// g goes back to the preview's top, without another read.
	m = press(loadingModel(text, &calls), "5", "0", "%", "g")
	if !strings.Contains(readerTop(m), "预览测试汇编") {
		t.Errorf("g after 50%% while loading: top %q", readerTop(m))
	}
}

// TestWindowMarkAndResume: a mark and the remembered place beyond the
// preview are shown while the file loads, and hold when it is in.
func TestWindowMarkAndResume(t *testing.T) {
	text := windowText()
	off := strings.Index(text, "第250篇文章的标题")
	calls := 0
	whole := parse.Parse(text)
	for _, keys := range [][]string{{"'", "a"}, nil} {
		m := sized(preview(text, 4000), 100, 30, Options{Lang: "en", Size: len(text),
			Load: func() (*model.Document, error) { return whole, nil }, Peek: peekOf(text, &calls),
			Place: &Place{Offset: off * (1 - len(keys)/2), Marks: map[string]int{"a": off}}})
		m = press(m, keys...)
		if !strings.Contains(readerTop(m), "第250篇文章的标题") {
			t.Fatalf("keys %q: top %q while loading", keys, readerTop(m))
		}
		m = update(m, m.Init()())
		if !strings.Contains(readerTop(m), "第250篇文章的标题") {
			t.Errorf("keys %q: top %q after loading", keys, readerTop(m))
		}
		if p := m.Place(); p.Offset != off {
			t.Errorf("keys %q: place %d, want %d", keys, p.Offset, off)
		}
	}
}

// TestWindowPeekFails: where the window cannot be read, G waits for the
// whole document as before.
func TestWindowPeekFails(t *testing.T) {
	text := bigText()
	whole := parse.Parse(text)
	m := sized(preview(text, 4000), 100, 30, Options{Lang: "en", Size: len(text),
		Load: func() (*model.Document, error) { return whole, nil },
		Peek: func(int) (*model.Document, int, error) { return nil, 0, errors.New("not UTF-8") }})
	m = press(m, "G")
	m = update(m, m.Init()())
	if !strings.Contains(strings.Join(screen(m), "\n"), "全文的最后一句话") {
		t.Errorf("G with a failed peek did not end at the end:\n%s", strings.Join(screen(m), "\n"))
	}
}

// TestWindowChanged: a whole document that does not hold the window shown
// (the file changed) starts at the top, and an error delivered with the
// document is said in the status bar while the document is shown.
func TestWindowChanged(t *testing.T) {
	text := windowText()
	other := parse.Parse(strings.Replace(text, "全文的最后一句话", "改写后的最后一句", 1))
	calls := 0
	m := sized(preview(text, 4000), 100, 30, Options{Lang: "en", Size: len(text),
		Load: func() (*model.Document, error) {
			return other, errors.New("the file changed while it was read")
		}, Peek: peekOf(text, &calls)})
	m = press(m, "G")
	m = update(m, m.Init()())
	if !strings.Contains(statusLine(m), "the file changed") {
		t.Errorf("status %q does not say the file changed", statusLine(m))
	}
	if !strings.Contains(readerTop(m), "预览测试汇编") && !strings.Contains(strings.Join(screen(m), "\n"), "改写后的最后一句") {
		t.Errorf("after a changed file: top %q", readerTop(m))
	}
}

// topHolds reports whether the top row of m's reading pane shows the byte
// offset off.
func topHolds(m Model, off int) bool {
	r := &m.reader
	b := r.block(r.top.para)
	if r.top.row >= len(b.src) {
		return false
	}
	end := b.sp.End
	if r.top.row+1 < len(b.src) {
		end = b.src[r.top.row+1]
	}
	return b.src[r.top.row] <= off && off < end
}

// TestLoadedRelocates: a whole text that is not the preview's extended (a
// .docx's preview is its bare paragraphs; the whole writes out numbering)
// keeps the words at the top, found near where they were.
func TestLoadedRelocates(t *testing.T) {
	text := bigText()
	numbered := strings.ReplaceAll(text, "二、取得成效", "（二）二、取得成效")
	whole := parse.Parse(numbered)
	m := sized(preview(text, 6000), 100, 30, Options{Lang: "en", Load: func() (*model.Document, error) { return whole, nil }})
	m = press(m, "]", "]", "]", "]", "j")
	at := m.here()
	words := text[at : at+30]
	m = update(m, m.Init()())
	if i := m.here(); i == 0 || !strings.HasPrefix(numbered[i:], words) {
		t.Errorf("top after a whole text with more in it: %q, want %q", numbered[i:i+30], words)
	}
}

func TestRelocate(t *testing.T) {
	for _, c := range []struct {
		whole, part string
		off, at     int
		want        int
		ok          bool
	}{
		{"前言。\n第一段正文内容在此。\n", "第一段正文内容在此。\n", 0, 0, 10, true},
		{"甲乙丙丁戊己\n甲乙丙丁戊己\n", "甲乙丙丁戊己\n", 0, 19, 19, true}, // the nearest after at
		{"甲乙丙丁戊己\n", "短句\n", 0, 0, 0, false},              // too short to tell
		{"别的文字全然不同。\n", "第一段正文内容在此。\n", 0, 0, 0, false},
	} {
		got, ok := relocate(c.whole, c.part, c.off, c.at)
		if got != c.want || ok != c.ok {
			t.Errorf("relocate(%q, %q, %d, %d) = %d, %v; want %d, %v", c.whole, c.part, c.off, c.at, got, ok, c.want, c.ok)
		}
	}
}

// TestAddWaitsForTheWhole: a (and v's a) while a large file loads adds
// nothing and says why: the part shown is parsed on its own, and an
// excerpt taken from the window G shows held its offset in the window and
// the window's outline path (Enter on the basket page opened the file at
// its top). = leaves the path out as it does the counts. Once the whole
// is in, a adds the section with its place in the whole document.
func TestAddWaitsForTheWhole(t *testing.T) {
	text := bigText()
	whole := parse.Parse(text)
	calls := 0
	opt := basketOpts(t, &fakeClipboard{})
	opt.Lang, opt.Size = "en", len(text)
	opt.Load = func() (*model.Document, error) { return whole, nil }
	opt.Peek = peekOf(text, &calls)
	m := sized(preview(text, 4000), 100, 30, opt)
	m = keys(m, "G", "k", "k")
	if calls != 1 {
		t.Fatalf("G read %d windows, want 1", calls)
	}
	for _, ks := range [][]string{{"a"}, {"v", "a"}} {
		m = keys(m, ks...)
		if st := statusLine(m); !strings.Contains(st, m.btx().AddLoading) {
			t.Errorf("%v while loading: status %q", ks, st)
		}
		if list := readBasket(t, opt.BasketPath); len(list) != 0 {
			t.Errorf("%v while loading added %+v", ks, list[0].Source)
		}
	}
	m = keys(m, "esc")
	info := keys(m, "=").status.Message()
	if strings.Contains(info, "--print") || !strings.Contains(info, m.tx.Loading) {
		t.Errorf("= while loading: %q", info)
	}
	m = update(m, m.Init()())
	if m.Loading() {
		t.Fatal("still loading")
	}
	n := m.Current()
	m = keys(m, "a")
	list := readBasket(t, opt.BasketPath)
	if len(list) != 1 {
		t.Fatalf("a once loaded: %d excerpts", len(list))
	}
	src := list[0].Source
	if src.Offset != n.Span.Start || src.NodePath != model.PathString(n.Index()) || src.Offset < len(text)*9/10 {
		t.Errorf("a once loaded: offset %d path %s, want %d %s", src.Offset, src.NodePath, n.Span.Start, model.PathString(n.Index()))
	}
}

// TestCopyCutByLoad: y and Y while a large file loads copy a section the
// part shown holds whole (G's last section, from the window at the end),
// and say why they do not copy one that may run past it (the document at
// the top of the preview, cut where the preview ends; it was copied as
// if whole). Once the whole is in, y copies it.
func TestCopyCutByLoad(t *testing.T) {
	text := bigText()
	whole := parse.Parse(text)
	calls := 0
	native := &fakeClipboard{}
	opt := basketOpts(t, native)
	opt.Lang, opt.Size = "en", len(text)
	opt.Load = func() (*model.Document, error) { return whole, nil }
	opt.Peek = peekOf(text, &calls)
	m := sized(preview(text, 4000), 100, 30, opt)
	tx := copyTextFor("en")
	for _, k := range []string{"y", "Y"} {
		if m = keys(m, k); !strings.Contains(statusLine(m), tx.Loading) || len(native.got) != 0 {
			t.Errorf("%s at the preview's top: status %q, copied %d", k, statusLine(m), len(native.got))
		}
	}
	m = keys(m, "G", "y")
	if n := m.Current(); len(native.got) != 1 || native.last() != export.PrintText(m.doc, n, false) {
		t.Errorf("y on the section at G: copied %q", native.got)
	}
	m = update(m, m.Init()())
	m = keys(m, "g", "y")
	if len(native.got) != 2 || native.last() != export.PrintText(whole, whole.Root, false) {
		t.Errorf("y at the top once loaded: %d copies, %d bytes", len(native.got), len(native.last()))
	}
}
