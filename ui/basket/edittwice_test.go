package basket

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
)

// TestEditTwiceReadTogether: e typed twice before Bubble Tea runs the
// editor (ee read together, or a key held) opens one editor, not two in
// turn. The second e made a second temporary file and took the first's
// place as the edit the program's end keeps (flush): wenji told to end
// in the first editor (the terminal closed) lost what the writer saved
// there, and left its file in $TMPDIR.
func TestEditTwiceReadTogether(t *testing.T) {
	const change = "乙的正文，编辑器里改过。"
	t.Setenv("TMPDIR", t.TempDir())
	path := fill(t, "甲", "乙")
	type run struct {
		file string
		done func(error) tea.Msg
	}
	var runs []run
	was := execEditor
	t.Cleanup(func() { execEditor = was })
	// As Bubble Tea does: the editor runs once its Cmd's message is read,
	// after the keys read with the e.
	execEditor = func(cmd *exec.Cmd, done func(error) tea.Msg) tea.Cmd {
		runs = append(runs, run{cmd.Args[len(cmd.Args)-1], done})
		return nil
	}
	m := keys(newPage(path, 100, 24, nil), "j", "e", "e")
	if len(runs) != 1 {
		t.Errorf("ee ran the editor %d times, want once", len(runs))
	}
	if len(runs) == 0 {
		t.Fatal("no editor")
	}
	// The writer saves in the first editor (:w), and the terminal closes.
	first := runs[0]
	b, err := os.ReadFile(first.file)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(first.file, []byte(strings.Replace(string(b), "乙的正文。", change, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	first.done(exec.Command("/bin/sh", "-c", "kill -HUP $$").Run())
	m.(pageModel).Model.Flush()
	bk, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := bk.List()[1].Text; !strings.Contains(got, change) {
		t.Errorf("the basket holds %q after the end; want the first editor's change", got)
	}
	if left, _ := filepath.Glob(filepath.Join(os.TempDir(), "wenji-excerpt-*")); len(left) > 0 {
		t.Errorf("%q left", left)
	}
}
