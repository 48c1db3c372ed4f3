package reader

import (
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
	"wenji/model/search"
	"wenji/parse"
	"wenji/ui/cjk"
	"wenji/ui/internal/uitest"
)

// shownRow returns the outline row that stands for n: n's, or that of its
// nearest ancestor with a row (a collapsed subtree), or -1 above every row.
func shownRow(o *Outline, n *model.Node) int {
	for x := n; x != nil; x = x.Parent {
		if i, ok := o.rowOf(x); ok {
			return i
		}
	}
	return -1
}

// checkInStep fails unless the outline and the text agree: unfocused, the
// selection and the › mark are on the row of the node at the top of the
// text; focused, what is copied and named (Current) is the selection, and
// the selection is the text's node whichever of the two moved (issue 15
// item 12: j/k, g/G, counts and page keys in the outline move the text).
func checkInStep(t *testing.T, m Model, moved bool, trail []string) {
	t.Helper()
	o := &m.outline
	top := m.reader.Current()
	want := shownRow(o, top)
	if o.hitsOnly || want < 0 {
		return // above every row (the title, 目录), or hits listed alone
	}
	if o.spy != want {
		t.Fatalf("after %v: › on row %d, the text's node is on row %d", trail, o.spy, want)
	}
	if m.focus != paneOutline {
		if o.Selected() != o.rows[want].n {
			t.Fatalf("after %v: selection %q, the text is in %q", trail, o.Selected().Heading(), top.Heading())
		}
		if m.Current() != top {
			t.Fatalf("after %v: copies %q, the text is in %q", trail, m.Current().Heading(), top.Heading())
		}
		return
	}
	if m.Current() != o.Selected() {
		t.Fatalf("after %v: copies %q, the selection is %q", trail, m.Current().Heading(), o.Selected().Heading())
	}
	// Focused, the text follows the selection and the selection the text:
	// both panes show one node, whichever moved.
	if o.cursor != want {
		t.Fatalf("after %v (text moved: %v): the text is in %q, the selection is %q", trail, moved, top.Heading(), o.Selected().Heading())
	}
}

// TestOutlineFollowsText (issue 16 acceptance, issue 15 item 12): random
// key sequences, on the embedded sample always and on the seed when it is
// there; after every key the outline's selection, its › and what y copies
// agree with the text, and the status bar's breadcrumb names that node.
// The keys are every key of every binding of the reader's KeyMap (read
// from it, so a binding added later is in the draw), digits for counts
// and mark names, and mouse clicks and wheel turns; half the sequences
// start with a search whose hits are all in, so n, N, Ctrl-n, f and Esc
// have hits to move through.
func TestOutlineFollowsText(t *testing.T) {
	docs := map[string]*model.Document{}
	if d, err := uitest.SampleDoc(); err == nil {
		docs["sample"] = d
	} else {
		t.Fatal(err)
	}
	if d, ok := seedIfPresent(); ok {
		docs["seed"] = d
	}
	keys := append(keyMapKeys(DefaultKeyMap("zh")), "2", "5", "0", "click", "wheel")
	for name, d := range docs {
		for seed := range uint64(30) {
			r := rand.New(rand.NewPCG(seed, 16))
			m := sized(d, 100, 30, Options{})
			trail := []string{name}
			if seed%2 == 1 {
				m = searched(t, m, "的")
				trail = append(trail, "/的")
			}
			for range 60 {
				k := keys[r.IntN(len(keys))]
				before := m.reader.Current()
				switch k {
				case "click": // a row's title or its arrow, in the outline or the text
					m = update(m, tea.MouseMsg{X: r.IntN(60), Y: r.IntN(29), Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
				case "wheel":
					m = update(m, tea.MouseMsg{X: r.IntN(60), Y: r.IntN(29), Button: tea.MouseButtonWheelDown})
				default:
					m = press(m, k)
				}
				trail = append(trail, k)
				checkInStep(t, m, m.reader.Current() != before, trail)
				checkCrumb(t, m, trail)
			}
		}
	}
}

// keyMapKeys returns every key of every binding in km, its search keys
// included, each once, in the order of the fields.
func keyMapKeys(km KeyMap) []string {
	seen := map[string]bool{}
	var out []string
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		for i := range v.NumField() {
			switch f := v.Field(i).Interface().(type) {
			case key.Binding:
				for _, k := range f.Keys() {
					if !seen[k] {
						seen[k] = true
						out = append(out, k)
					}
				}
			case SearchKeyMap:
				walk(v.Field(i))
			}
		}
	}
	walk(reflect.ValueOf(km))
	return out
}

// searched returns m with q searched for and every hit delivered.
func searched(t *testing.T, m Model, q string) Model {
	t.Helper()
	query, err := search.Compile(q)
	if err != nil {
		t.Fatal(err)
	}
	cmd := m.StartSearch(query, q, 0, false)
	for cmd != nil {
		b, ok := cmd().(searchBatchMsg)
		if !ok {
			t.Fatalf("the scan of %s delivered no batch", q)
		}
		nm, next := m.Update(b)
		m = nm.(Model)
		cmd = next
		if scanDone(b) || b.Done() {
			break
		}
	}
	if !m.search.done || m.search.hits.Len() == 0 {
		t.Fatalf("/%s: done %v, %d hits", q, m.search.done, m.search.hits.Len())
	}
	return m
}

// checkCrumb fails unless the status bar, while the reader shows it,
// ends its breadcrumb with the heading of the node the reader names
// (the node at the top of the text, or the outline's selection).
func checkCrumb(t *testing.T, m Model, trail []string) {
	t.Helper()
	if m.mode() != modeReading || m.Current() == nil || m.Current() == m.doc.Root {
		return // a prompt, a help or a pending mark holds the bar; the root has no crumb
	}
	lines := screen(m)
	bar := lines[len(lines)-1]
	want := []rune(cjk.SanitizeLine(m.Current().Heading()))
	tail := string(want[max(0, len(want)-4):])
	if !strings.Contains(bar, tail) {
		t.Fatalf("after %v: the breadcrumb does not end with %q (%q):\n%s", trail, tail, m.Current().Heading(), bar)
	}
}

// TestCopyAfterArticleKeys: Tab, } } then y copies article 3, not 1, and
// the status bar names it (issue 15 item 12).
func TestCopyAfterArticleKeys(t *testing.T) {
	d, ok := seedIfPresent()
	if !ok {
		var err error
		if d, err = uitest.SampleDoc(); err != nil {
			t.Fatal(err)
		}
	}
	native := &fakeClipboard{}
	m := sized(d, 100, 30, Options{Copier: &Copier{Native: native, Dir: t.TempDir()}})
	m = press(m, "tab", "}", "}")
	top := m.reader.Current()
	m = copyKey(t, m, "y")
	if got := native.last(); !strings.HasPrefix(got, top.Heading()) && !strings.HasPrefix(got, top.Title) {
		t.Errorf("copied %.40q…, the text shows %q", got, top.Heading())
	}
	if m.Current() != top {
		t.Errorf("the status names %q, the text shows %q", m.Current().Heading(), top.Heading())
	}
}

// seedIfPresent parses the seed compilation when it is there.
func seedIfPresent() (*model.Document, bool) {
	b, err := os.ReadFile(uitest.SeedPath)
	if err != nil {
		return nil, false
	}
	return parse.Parse(string(b)), true
}
