package main

import (
	"archive/zip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"wenji/internal/basket"
	"wenji/internal/bench/tmuxtool"
	"wenji/parse"
)

// basketAt reads the basket file under the data directory dir.
func basketAt(t *testing.T, dir string) []basket.Excerpt {
	t.Helper()
	b, err := basket.Open(filepath.Join(dir, "wenji", "basket.json"))
	if err != nil {
		t.Fatal(err)
	}
	return b.List()
}

// waitBasket polls the basket file until cond holds, failing after 5 s.
func waitBasket(t *testing.T, dir, what string, cond func([]basket.Excerpt) bool) []basket.Excerpt {
	t.Helper()
	deadline := time.Now().Add(exitBound)
	for {
		l := basketAt(t, dir)
		if cond(l) {
			return l
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for the basket to hold %s: %+v", what, l)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func headingsOf(list []basket.Excerpt) []string {
	var out []string
	for _, e := range list {
		out = append(out, e.Heading)
	}
	return out
}

// TestBasketE2E: the case: ] a } } a q keeps two excerpts across
// the run, each naming the seed's file and its breadcrumb.
func TestBasketE2E(t *testing.T) {
	seed := seedOrSkip(t)
	data := t.TempDir()
	tm := newTerm(t, 120, 30, fmt.Sprintf("XDG_DATA_HOME=%s %s '%s'", data, binary(t), seed))
	tm.waitText("│")
	tm.keys("]", "a")
	tm.waitText("Added to basket (1)")
	tm.keys("}", "}", "a")
	tm.waitText("Added to basket (2)")
	tm.quit("q")
	if st, err := tmuxtool.WaitRuns(tm.runs, exitBound); err != nil || len(st) != 1 || st[0] != 0 {
		t.Fatalf("exit %v, %v", st, err)
	}
	list := basketAt(t, data)
	if len(list) != 2 {
		t.Fatalf("%d excerpts: %v", len(list), headingsOf(list))
	}
	for i, e := range list {
		bc := e.Source.Breadcrumb
		if e.Source.Name != filepath.Base(seed) || len(bc) == 0 || bc[len(bc)-1] != e.Heading || e.Source.Hash == "" {
			t.Errorf("excerpt %d: source %+v, heading %q", i, e.Source, e.Heading)
		}
	}
	if list[0].Heading == list[1].Heading {
		t.Errorf("the same section twice: %q", list[0].Heading)
	}
	// wenji --basket lists both, each with the seed's name and breadcrumb.
	t.Setenv("XDG_DATA_HOME", data)
	code, out, errOut := cli(t, "", "--basket")
	if code != 0 || errOut != "" {
		t.Fatalf("--basket: exit %d, %q", code, errOut)
	}
	name := strings.ReplaceAll(filepath.Base(seed), "_", `\_`) // as Markdown writes it
	for _, e := range list {
		bc := e.Source.Breadcrumb
		if !strings.Contains(out, e.Heading) || !strings.Contains(out, name) || !strings.Contains(out, bc[len(bc)-1]) {
			t.Errorf("--basket lacks %q (%v):\n%s", e.Heading, bc, out)
		}
	}
	if n := strings.Count(out, name); n != 2 {
		t.Errorf("--basket names the seed %d times, want 2:\n%s", n, out)
	}
}

// TestSelectCopyE2E: } v j y copies exactly two paragraphs, the article's
// title and its first paragraph, to tmux's buffer through OSC 52.
func TestSelectCopyE2E(t *testing.T) {
	seed := seedOrSkip(t)
	b, _ := os.ReadFile(seed)
	art := parse.Parse(string(b)).Root.Children[0]
	tm := newTerm(t, 200, 50, fmt.Sprintf("XDG_DATA_HOME=%s XDG_CACHE_HOME=%s %s '%s'", t.TempDir(), t.TempDir(), binary(t), seed))
	tm.waitText("│")
	tm.keys("}", "v")
	tm.waitText("1 paragraph selected")
	tm.keys("j")
	tm.waitText("2 paragraphs selected")
	tm.keys("y")
	var buf string
	tm.waitFor("tmux buffer", func(string) bool { buf = tm.showBuffer(); return buf != "" })
	ls := strings.Split(strings.TrimSuffix(buf, "\n"), "\n")
	if len(ls) != 2 || !strings.HasPrefix(strings.TrimSpace(ls[0]), art.Title) || !strings.Contains(string(b), strings.TrimSpace(ls[1])) {
		t.Errorf("buffer %q: want the title %q and one paragraph", buf, art.Title)
	}
	tm.quit("q")
}

// TestBasketPageE2E: B shows the basket; J moves an excerpt down, d
// deletes one, both saved at once; Enter opens the one under the cursor
// at its section; q quits from the reader.
func TestBasketPageE2E(t *testing.T) {
	seed := seedOrSkip(t)
	data := t.TempDir()
	tm := newTerm(t, 120, 30, fmt.Sprintf("XDG_DATA_HOME=%s %s '%s'", data, binary(t), seed))
	tm.waitText("│")
	tm.keys("]", "]", "a")
	tm.waitText("Added to basket (1)")
	tm.keys("}", "a")
	tm.waitText("Added to basket (2)")
	tm.keys("}", "a")
	tm.waitText("Added to basket (3)")
	before := headingsOf(basketAt(t, data))
	tm.keys("g", "B")
	s := tm.waitText("Basket · 3 excerpts")
	tm.checkWidths(s)
	if !strings.Contains(s, "Source: "+filepath.Base(seed)) { // the page speaks the interface's language
		t.Errorf("no source line:\n%s", s)
	}
	tm.keys("J")
	want := []string{before[1], before[0], before[2]}
	waitBasket(t, data, "the first moved down", func(l []basket.Excerpt) bool {
		return strings.Join(headingsOf(l), "|") == strings.Join(want, "|")
	})
	tm.keys("d")
	tm.waitText("deleted (u to undo)")
	waitBasket(t, data, "two excerpts", func(l []basket.Excerpt) bool { return len(l) == 2 })
	tm.waitText("Basket · 2 excerpts")
	// The cursor is on the excerpt after the deleted one: the third.
	tm.keys("Enter")
	tm.waitFor("the excerpt's section at the top", func(s string) bool {
		return strings.Contains(readerTop(s), firstRunes(before[2], 8))
	})
	tm.quit("q")
	if st, err := tmuxtool.WaitRuns(tm.runs, exitBound); err != nil || len(st) != 1 || st[0] != 0 {
		t.Fatalf("exit %v, %v", st, err)
	}
}

// TestTwoReadersBasketE2E: two readers each add an excerpt: the basket
// keeps both (each save merges with what the other wrote).
func TestTwoReadersBasketE2E(t *testing.T) {
	seed := seedOrSkip(t)
	data := t.TempDir()
	open := func() *term {
		tm := newTerm(t, 100, 30, fmt.Sprintf("XDG_DATA_HOME=%s %s '%s'", data, binary(t), seed))
		tm.waitText("│")
		return tm
	}
	a, b := open(), open()
	a.keys("]", "a")
	b.keys("}", "}", "a")
	a.waitText("Added to basket")
	b.waitText("Added to basket")
	a.quit("q")
	b.quit("q")
	list := waitBasket(t, data, "both excerpts", func(l []basket.Excerpt) bool { return len(l) == 2 })
	if list[0].Heading == list[1].Heading {
		t.Errorf("both excerpts are %q", list[0].Heading)
	}
}

// TestSelectionExcerptHeadedE2E: paragraphs selected with v under a
// section's heading are shown on the basket page under that heading (the
// breadcrumb's last entry), the row saying it is a selection, their first
// words as the line under the source (QA: the row was headed by the first
// words, shown twice).
func TestSelectionExcerptHeadedE2E(t *testing.T) {
	seed := seedOrSkip(t)
	b, _ := os.ReadFile(seed)
	d := parse.Parse(string(b))
	sec := d.Root.Children[0].Children[0]
	para := d.Paras[d.ParaAt(sec.TitleSpan.Start)+1]
	first := strings.TrimSpace(strings.Trim(d.Text[para.Start:para.End], "　"))
	data := t.TempDir()
	tm := newTerm(t, 120, 30, fmt.Sprintf("XDG_DATA_HOME=%s XDG_STATE_HOME=%s %s '%s'", data, t.TempDir(), binary(t), seed))
	tm.waitText("│")
	tm.keys("}", "]", "j", "v")
	tm.waitText("1 paragraph selected")
	tm.keys("a")
	tm.waitText("Added to basket (1)")
	tm.keys("B")
	s := tm.waitText("Basket · 1 excerpt")
	lines := strings.Split(s, "\n")
	if len(lines) < 5 || !strings.HasPrefix(strings.TrimSpace(lines[2]), "1. "+sec.Heading()+" ") || !strings.Contains(lines[2], "selection · ") ||
		!strings.HasPrefix(strings.TrimSpace(lines[4]), firstRunes(first, 20)) {
		t.Errorf("want the row %q over the source and %q…:\n%s", sec.Heading(), firstRunes(first, 20), s)
	}
	tm.quit("q", "q")
	if st, err := tmuxtool.WaitRuns(tm.runs, exitBound); err != nil || len(st) != 1 || st[0] != 0 {
		t.Fatalf("exit %v, %v", st, err)
	}
}

// TestWriteDocxE2E: the writer's round trip in a terminal: an article
// with sections put in the basket, w on the basket page writes a .docx in
// the directory wenji was started in, whose heading styles keep the
// article (Heading1) and its sections (Heading2) apart (QA 1: the
// sections were plain paragraphs).
func TestWriteDocxE2E(t *testing.T) {
	seed := seedOrSkip(t)
	b, _ := os.ReadFile(seed)
	art := parse.Parse(string(b)).Root.Children[0]
	dir, data := t.TempDir(), t.TempDir()
	abs, _ := filepath.Abs(seed)
	bin, _ := filepath.Abs(binary(t))
	tm := newTerm(t, 120, 30, fmt.Sprintf("cd '%s' && XDG_DATA_HOME=%s '%s' '%s'", dir, data, bin, abs))
	tm.waitText("│")
	tm.keys("}", "a")
	tm.waitText("Added to basket (1)")
	tm.keys("B")
	tm.waitText("Basket · 1 excerpt")
	tm.keys("w")
	name := "Basket-" + time.Now().Format(time.DateOnly) + ".docx"
	tm.waitText(name)
	tm.quit("q", "q")
	if st, err := tmuxtool.WaitRuns(tm.runs, exitBound); err != nil || len(st) != 1 || st[0] != 0 {
		t.Fatalf("exit %v, %v", st, err)
	}
	x := docxXML(t, filepath.Join(dir, name))
	for _, want := range []string{
		`<w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">` + art.Heading() + `</w:t>`,
		`<w:pStyle w:val="Heading2"/></w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">` + art.Children[0].Heading() + `</w:t>`,
	} {
		if !strings.Contains(x, want) {
			t.Errorf("word/document.xml lacks %s", want)
		}
	}
}

// docxXML returns the word/document.xml of the .docx at path.
func docxXML(t *testing.T, path string) string {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	f, err := zr.Open("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	x, _ := io.ReadAll(f)
	return string(x)
}

// TestStdinExcerptReopensE2E: an excerpt taken from standard input opens
// again from the basket page of a later run, at its section, read as
// standard input from the copy the basket kept; the page said there was
// no file to open.
func TestStdinExcerptReopensE2E(t *testing.T) {
	seed := seedOrSkip(t)
	data := t.TempDir()
	bin := binary(t)
	tm := newTerm(t, 120, 30, fmt.Sprintf("export XDG_DATA_HOME=%s; cat '%s' | %s; %s", data, seed, bin, bin))
	tm.waitText("2023主题教育经验做法汇编")
	tm.keys("]", "]", "a")
	tm.waitText("Added to basket (1)")
	tm.quit("q")
	tm.waitText("sample.txt") // the second run, on the embedded sample
	tm.keys("B")
	tm.waitText("Basket · 1 excerpt")
	tm.keys("Enter")
	// The basket page shows the excerpt's text too: the reader is open
	// when its status bar names standard input.
	tm.waitFor("the excerpt of standard input opened, its status bar naming stdin", func(s string) bool {
		ls := lines(s)
		return strings.Contains(readerTop(s), "坚持校准靶向") && len(ls) > 0 && strings.HasPrefix(strings.TrimSpace(ls[len(ls)-1]), "stdin")
	})
	tm.quit("q")
}

// TestSampleExcerptReopensE2E: an excerpt taken from the embedded sample
// opens again from the basket page of a run on another file, at its
// section, as the sample (the status bar names sample.txt): the page said
// sample.txt could not be opened, being no file.
func TestSampleExcerptReopensE2E(t *testing.T) {
	data := t.TempDir()
	bin := binary(t)
	tm := newTerm(t, 120, 30, fmt.Sprintf("export XDG_DATA_HOME=%s; %s; %s testdata/leads.txt", data, bin, bin))
	tm.waitText("sample.txt")
	tm.keys("]", "]", "a")
	tm.waitText("Added to basket (1)")
	head := waitBasket(t, data, "the sample's excerpt", func(l []basket.Excerpt) bool { return len(l) == 1 })[0].Heading
	tm.quit("q")
	tm.waitText("leads.txt") // the second run
	tm.keys("B")
	tm.waitText("Basket · 1 excerpt")
	tm.keys("Enter")
	tm.waitFor("the sample opened at the excerpt, its status bar naming sample.txt", func(s string) bool {
		ls := lines(s)
		return strings.Contains(readerTop(s), head) && len(ls) > 0 && strings.HasPrefix(strings.TrimSpace(ls[len(ls)-1]), "sample.txt")
	})
	tm.quit("q")
}
