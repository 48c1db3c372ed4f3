package basket

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
	"wenji/internal/state"
	"wenji/model"
	"wenji/parse"
	"wenji/ui/internal/uitest"
	"wenji/ui/reader"
)

// stdinDoc is the document standard input brought in these tests.
const stdinDoc = "标准输入的文件\n\n一、总体要求\n　　第一节的正文。\n\n二、主要任务\n　　第二节的正文，要摘的一段。\n\n三、保障措施\n　　第三节的正文。\n"

// stdinExcerpt has a reader of stdinDoc, read from standard input, put its
// second section in the basket at basketPath, and returns its heading.
func stdinExcerpt(t *testing.T, basketPath string) string {
	t.Helper()
	b := []byte(stdinDoc)
	r := reader.New(parse.Parse(stdinDoc), reader.Options{Lang: "zh", Ambiguous: 1, FileName: "-", Stdin: b,
		BasketPath: basketPath, BasketPage: true})
	var m tea.Model = NewRoot(r, "", "-", RootOptions{Basket: Options{Path: basketPath, Lang: "zh", Ambiguous: 1}})
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = keys(m, "]", "]", "a")
	m.(Root).Basket().Flush()
	return m.(Root).reader.Current().Heading()
}

// copyRoot is a Root reading the sample, as another run of wenji would,
// on the basket at basketPath, opening the copies it keeps; opened counts
// OpenCopy's calls.
func copyRoot(t *testing.T, basketPath string, opened *int) tea.Model {
	t.Helper()
	other, err := uitest.SampleDoc()
	if err != nil {
		t.Fatal(err)
	}
	ropt := RootOptions{
		Basket: Options{Path: basketPath, Lang: "zh", Ambiguous: 1},
		Reader: reader.Options{Lang: "zh", Ambiguous: 1, BasketPath: basketPath},
		Open: func(path string) (*model.Document, string, error) {
			return nil, "", &os.PathError{Op: "open", Path: path, Err: os.ErrNotExist}
		},
		OpenCopy: func(b []byte) (*model.Document, string, error) {
			*opened++
			return parse.Parse(string(b)), state.Key(b), nil
		},
	}
	r := reader.New(other, reader.Options{Lang: "zh", Ambiguous: 1, FileName: "other.txt", Key: "k-other", BasketPath: basketPath, BasketPage: true})
	var m tea.Model = NewRoot(r, "k-other", "other.txt", ropt)
	return drive(m, tea.WindowSizeMsg{Width: 100, Height: 30})
}

// An excerpt taken from standard input opens again from the basket page
// in a later run, at its section, from the copy the basket kept: the page
// said it came from standard input and had no file to open. Excerpts of
// the document so opened keep the copy too, and Ctrl-^ goes back.
func TestRootOpensStdinExcerpt(t *testing.T) {
	basketPath := filepath.Join(t.TempDir(), "basket.json")
	want := stdinExcerpt(t, basketPath)
	if want != "二、主要任务" {
		t.Fatalf("the excerpt taken is %q", want)
	}
	var opened int
	m := copyRoot(t, basketPath, &opened)
	m = keys(m, "B", "G", "enter")
	root := m.(Root)
	r, key, path := root.Reader()
	if root.basket.Shown || opened != 1 || path != "-" || key != state.Key([]byte(stdinDoc)) {
		t.Fatalf("enter on the excerpt of standard input: page shown %v, opened %d, reading %q (%s):\n%s", root.basket.Shown, opened, path, key, screen(m))
	}
	if got := r.Current(); got == nil || got.Heading() != want {
		t.Fatalf("opened at %v, want %q", got, want)
	}
	if v := screen(m); !strings.Contains(v, "标准输入") {
		t.Errorf("the status bar does not call it standard input:\n%s", v)
	}
	m = keys(m, "]", "a")
	m.(Root).Basket().Flush()
	b, err := store.Open(basketPath)
	if err != nil {
		t.Fatal(err)
	}
	list := b.List()
	if len(list) != 2 || list[1].Source.Copy == "" || list[1].Source.Copy != list[0].Source.Copy {
		t.Fatalf("the excerpt added from the copy: %+v", list)
	}
	m = keys(m, "ctrl+^")
	if _, _, path := m.(Root).Reader(); path != "other.txt" {
		t.Fatalf("Ctrl-^ went to %q", path)
	}
	m = keys(m, "ctrl+^", "B", "G", "enter")
	if _, _, path := m.(Root).Reader(); path != "-" || opened != 1 {
		t.Errorf("back by Ctrl-^ and its excerpt opened: reading %q, the copy read %d times", path, opened)
	}
}

// An excerpt whose copy is gone (deleted or changed by hand) is shown as
// the basket keeps it, and the reader says the copy is gone; one from a
// basket that kept no copy says on the page that it came from standard
// input (it said it was the built-in sample when it had a key).
func TestRootStdinCopyGone(t *testing.T) {
	basketPath := filepath.Join(t.TempDir(), "basket.json")
	stdinExcerpt(t, basketPath)
	ents, _ := os.ReadDir(filepath.Join(filepath.Dir(basketPath), "basket.texts"))
	if len(ents) != 1 {
		t.Fatalf("texts directory: %v", ents)
	}
	os.Remove(filepath.Join(filepath.Dir(basketPath), "basket.texts", ents[0].Name()))
	var opened int
	m := copyRoot(t, basketPath, &opened)
	m = keys(m, "B", "G", "enter")
	if v := screen(m); m.(Root).basket.Shown || opened != 0 || !strings.Contains(v, "留存的副本已不在：显示的是素材篮里保存的这一段") {
		t.Fatalf("enter on an excerpt whose copy is gone: page shown %v, opened %d:\n%s", m.(Root).basket.Shown, opened, v)
	}
	b, _ := store.Open(basketPath)
	b.Add(store.Excerpt{Kind: store.KindSection, Heading: "旧", Text: "旧\n",
		Source: store.Source{Name: "-", Hash: "k-old"}})
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	m = keys(m, "B", "G", "enter") // the reader shows the kept excerpt: B is its
	if v := screen(m); !m.(Root).basket.Shown || !strings.Contains(v, "来自标准输入") {
		t.Fatalf("enter on an excerpt of standard input that kept no copy:\n%s", v)
	}
}

// Enter on an excerpt of standard input while it is the document read
// opens it in memory, at the excerpt, with the marks set: it parsed the
// copy again as another document, the marks left behind.
func TestRootStdinExcerptInMemory(t *testing.T) {
	basketPath := filepath.Join(t.TempDir(), "basket.json")
	b := []byte(stdinDoc)
	r := reader.New(parse.Parse(stdinDoc), reader.Options{Lang: "zh", Ambiguous: 1, FileName: "-", Stdin: b,
		BasketPath: basketPath, BasketPage: true})
	opened := 0
	var m tea.Model = NewRoot(r, "", "-", RootOptions{Basket: Options{Path: basketPath, Lang: "zh", Ambiguous: 1},
		Reader: reader.Options{Lang: "zh", Ambiguous: 1},
		Open: func(path string) (*model.Document, string, error) {
			return nil, "", &os.PathError{Op: "open", Path: path, Err: os.ErrNotExist}
		},
		OpenCopy: func(b []byte) (*model.Document, string, error) {
			opened++
			return parse.Parse(string(b)), state.Key(b), nil
		}})
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = keys(m, "]", "]", "a", "m", "x", "g", "B", "enter")
	r2, _, path := m.(Root).Reader()
	if opened != 0 || path != "-" || r2.Current() == nil || r2.Current().Heading() != "二、主要任务" {
		t.Fatalf("enter: copy parsed %d times, reading %q at %v", opened, path, r2.Current())
	}
	if _, ok := r2.Place().Marks["x"]; !ok {
		t.Errorf("the mark x set before is gone: %+v", r2.Place())
	}
}
