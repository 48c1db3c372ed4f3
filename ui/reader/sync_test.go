package reader

import (
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
	"wenji/parse"
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
// agree with the text.
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
	keys := []string{"j", "k", "d", "u", " ", "b", "g", "G", "}", "{", "]", "[", "tab", "enter",
		"h", "l", "2", "5", "0", "down", "up", "pgdown", "pgup", "home", "end", "o", "tab", "tab",
		"click", "wheel"}
	for name, d := range docs {
		for seed := range uint64(30) {
			r := rand.New(rand.NewPCG(seed, 16))
			m := sized(d, 100, 30, Options{})
			var trail []string
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
			}
			_ = name
		}
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
