package basket

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/internal/state"
	"wenji/model"
	"wenji/parse"
	"wenji/ui/reader"
)

// embedded stands for the sample wenji embeds in these tests.
const embedded = "示例文集\n\n一、总体要求\n　　第一节的正文。\n\n二、主要任务\n　　第二节的正文，要摘的一段。\n\n三、保障措施\n　　第三节的正文。\n"

// TestRootOpensSampleExcerpt: Enter on an excerpt taken from the embedded
// sample, while another document is read, opens the sample at its
// section, as a document read from no file (R has none to read again):
// the page said the excerpt's document could not be opened (没有文件).
func TestRootOpensSampleExcerpt(t *testing.T) {
	basketPath := filepath.Join(t.TempDir(), "basket.json")
	key := state.Key([]byte(embedded))
	r := reader.New(parse.Parse(embedded), reader.Options{Lang: "zh", Ambiguous: 1, FileName: "sample.txt", Key: key,
		NoFile: true, BasketPath: basketPath, BasketPage: true})
	var m tea.Model = NewRoot(r, key, "sample.txt", RootOptions{Basket: Options{Path: basketPath, Lang: "zh", Ambiguous: 1}})
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = keys(m, "]", "]", "a")
	m.(Root).Basket().Flush()
	want := m.(Root).reader.Current().Heading()

	ropt := RootOptions{
		Basket: Options{Path: basketPath, Lang: "zh", Ambiguous: 1},
		Reader: reader.Options{Lang: "zh", Ambiguous: 1, BasketPath: basketPath},
		Open: func(path string) (*model.Document, string, error) {
			return nil, "", &os.PathError{Op: "open", Path: path, Err: os.ErrNotExist}
		},
		Sample: Sample{Key: key, Parse: func() *model.Document { return parse.Parse(embedded) }},
	}
	other := reader.New(parse.Parse(stdinDoc), reader.Options{Lang: "zh", Ambiguous: 1, FileName: "other.txt", Key: "k-other", BasketPath: basketPath, BasketPage: true})
	m = drive(NewRoot(other, "k-other", "other.txt", ropt), tea.WindowSizeMsg{Width: 100, Height: 30})
	m = keys(m, "B", "G", "enter")
	root := m.(Root)
	got, gotKey, path := root.Reader()
	if root.basket.Shown || gotKey != key || path != "sample.txt" {
		t.Fatalf("enter on the sample's excerpt: page shown %v, reading %q (%s):\n%s", root.basket.Shown, path, gotKey, screen(m))
	}
	if n := got.Current(); n == nil || n.Heading() != want {
		t.Fatalf("opened at %v, want %q", n, want)
	}
	if !got.NoFile() {
		t.Error("the sample opened as a file's document")
	}
	if v := screen(m); strings.Contains(v, "打不开") || strings.Contains(v, "无法打开") {
		t.Errorf("it says it cannot open it:\n%s", v)
	}
	m = keys(m, "ctrl+^")
	if _, _, path := m.(Root).Reader(); path != "other.txt" {
		t.Errorf("Ctrl-^ went to %q", path)
	}
}
