package basket

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
	"wenji/ui/internal/uitest"
	"wenji/ui/reader"
)

// fakeEditor makes e's editor write what edit returns for the text it is
// given, at once, and counts its runs; the file it was given is in files.
func fakeEditor(t *testing.T, edit func(string) string) (runs *int, files *[]string) {
	t.Helper()
	runs, files = new(int), new([]string)
	was := execEditor
	t.Cleanup(func() { execEditor = was })
	execEditor = func(cmd *exec.Cmd, done func(error) tea.Msg) tea.Cmd {
		file := cmd.Args[len(cmd.Args)-1]
		*runs++
		*files = append(*files, file)
		b, err := os.ReadFile(file)
		if err != nil {
			return func() tea.Msg { return done(err) }
		}
		err = os.WriteFile(file, []byte(edit(string(b))), 0o600)
		return func() tea.Msg { return done(err) }
	}
	return runs, files
}

// e edits the excerpt under the cursor in the editor: the text it leaves
// is the excerpt's, on the page and in the file, its temporary file gone;
// one left as it was, or empty, changes nothing and says so. The basket
// had no way to trim an excerpt but to delete it.
func TestEditExcerpt(t *testing.T) {
	path := fill(t, "甲", "乙")
	var edit func(string) string
	runs, files := fakeEditor(t, func(s string) string { return edit(s) })
	m := newPage(path, 80, 24, nil)
	edit = func(s string) string { return strings.Replace(s, "乙的正文。", "乙的正文，改过。", 1) }
	m = keys(m, "j", "e")
	if *runs != 1 {
		t.Fatalf("e ran the editor %d times", *runs)
	}
	b, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.List()[1].Text; !strings.Contains(got, "乙的正文，改过。") {
		t.Errorf("the basket file holds %q after the edit", got)
	}
	if v := screen(m); !strings.Contains(v, "乙的正文，改过。") || !strings.Contains(v, "已修改") {
		t.Errorf("the page after the edit:\n%s", v)
	}
	if _, err := os.Stat((*files)[0]); !os.IsNotExist(err) {
		t.Errorf("the temporary file %s is left: %v", (*files)[0], err)
	}
	for _, c := range []struct {
		edit func(string) string
		say  string
	}{
		{func(s string) string { return s }, "没有改动"},
		{func(s string) string { return strings.TrimRight(s, "\n") }, "没有改动"},
		{func(string) string { return " \n\n" }, "改后为空"},
	} {
		edit = c.edit
		m = keys(m, "e")
		if v := screen(m); !strings.Contains(v, c.say) {
			t.Errorf("want %q:\n%s", c.say, v)
		}
	}
	if got := headings(t, path); len(got) != 2 {
		t.Errorf("headings %q after edits that change nothing", got)
	}
}

// e on the page over a reader: the editor's report comes back to the
// page through the program, as its other messages do.
func TestRootEditExcerpt(t *testing.T) {
	path := fill(t, "甲")
	fakeEditor(t, func(s string) string { return s + "补一段。\n" })
	r := reader.New(uitest.SeedDoc(t), reader.Options{Lang: "zh", Ambiguous: 1, BasketPage: true, BasketPath: path})
	var m tea.Model = NewRoot(r, "", "seed.txt", RootOptions{Basket: Options{Path: path, Lang: "zh", Ambiguous: 1}})
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = keys(m, "B", "e")
	b, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.List()[0].Text; !strings.HasSuffix(got, "补一段。\n") {
		t.Errorf("the basket file holds %q", got)
	}
}

// u after e takes the edit back whole (text, heading), in the file too,
// and a second u then undoes the delete before it, change by change as
// vim's u does: an edit that went wrong in the editor lost the excerpt's
// text for good.
func TestUndoEdit(t *testing.T) {
	path := fill(t, "甲", "乙")
	fakeEditor(t, func(s string) string { return "全改了\n" })
	b, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	before := b.List()[0]
	m := newPage(path, 80, 24, nil)
	m = keys(m, "j", "d", "k", "e")
	if b, err = store.Open(path); err != nil {
		t.Fatal(err)
	}
	if got := b.List(); len(got) != 1 || got[0].Text != "全改了\n" {
		t.Fatalf("after d and e the basket holds %+v", got)
	}
	m = keys(m, "u")
	if b, err = store.Open(path); err != nil {
		t.Fatal(err)
	}
	got := b.List()
	if len(got) != 1 || got[0].Text != before.Text || got[0].Heading != before.Heading || got[0].ID != before.ID {
		t.Fatalf("u after e left %+v, want %+v", got, before)
	}
	if v := screen(m); !strings.Contains(v, "已撤销修改") || strings.Contains(v, "全改了") {
		t.Errorf("the page after u:\n%s", v)
	}
	m = keys(m, "u")
	if b, err = store.Open(path); err != nil {
		t.Fatal(err)
	}
	if got := b.List(); len(got) != 2 || !strings.Contains(got[1].Text, "乙") {
		t.Errorf("the second u should bring the deleted excerpt back: %+v", got)
	}
}

// The editor writes to the terminal itself: Bubble Tea gives a command
// with no standard output of its own the program's, which wraps the
// terminal (internal/app's cursorOut), and os/exec then hands the editor
// a pipe, where vi warns that its output is not to a terminal.
func TestEditorWritesToTheTerminal(t *testing.T) {
	if cmd := editorCommand("a.txt"); cmd.Stdout != os.Stdout {
		t.Errorf("the editor's standard output is %v, want os.Stdout", cmd.Stdout)
	}
}

// u after the page was opened again takes an edit back only while the
// excerpt still holds the text the edit left: where another session
// edited it since (what the page read when it opened again), u says so
// and leaves that text, which it overwrote with the text before the
// first edit, for good; the change before it is undone by the next u.
func TestUndoEditChangedSince(t *testing.T) {
	path := fill(t, "甲", "乙")
	fakeEditor(t, func(s string) string { return "全改了\n" })
	r := reader.New(uitest.SeedDoc(t), reader.Options{Lang: "zh", Ambiguous: 1, BasketPage: true, BasketPath: path})
	var m tea.Model = NewRoot(r, "", "seed.txt", RootOptions{Basket: Options{Path: path, Lang: "zh", Ambiguous: 1}})
	m = drive(m, tea.WindowSizeMsg{Width: 100, Height: 30})
	m = keys(m, "B", "j", "d", "k", "e", "q")
	b, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.List(); len(got) != 1 || got[0].Text != "全改了\n" {
		t.Fatalf("after d and e the basket holds %+v", got)
	}
	b.Edit(b.List()[0].ID, "另一处改的\n") // another session's edit
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
	m = keys(m, "B", "u")
	if b, err = store.Open(path); err != nil {
		t.Fatal(err)
	}
	if got := b.List(); len(got) != 1 || got[0].Text != "另一处改的\n" {
		t.Errorf("u over another session's edit left %+v", got)
	}
	if v := screen(m); !strings.Contains(v, "别处改过") {
		t.Errorf("the page after u:\n%s", v)
	}
	m = keys(m, "u")
	if got := headings(t, path); len(got) != 2 || got[1] != "乙" {
		t.Errorf("the next u should bring the deleted excerpt back: %q", got)
	}
	// Edited by no one else, it is taken back after the page opened again.
	m = keys(m, "e", "q", "B", "u")
	if b, err = store.Open(path); err != nil {
		t.Fatal(err)
	}
	if got := b.List(); len(got) != 2 || got[0].Text != "另一处改的\n" {
		t.Errorf("u of an edit no one changed since left %+v", got)
	}
}

// TestEditKeptAtEnd: wenji told to end while the editor runs (SIGTERM,
// the terminal hung up, which ends the editor too: Bubble Tea's quit is
// read before the editor's end) keeps what the writer saved in the
// editor, the temporary file gone, as Flush finishes the other changes.
// The file was left in /tmp and the basket never had the edit. A file
// the writer did not save changes nothing, and an edit whose end was read
// is not made twice (u took it back).
func TestEditKeptAtEnd(t *testing.T) {
	for _, c := range []struct {
		name  string
		edit  func(string) string
		want  string
		after func(tea.Model) tea.Model // what the page read before the end
	}{
		{"saved", func(s string) string {
			return strings.Replace(s, "乙的正文。", "乙的正文，关前改过。", 1)
		}, "乙的正文，关前改过。", nil},
		{"unsaved", func(s string) string { return s }, "乙的正文。", nil},
		{"read and undone", func(s string) string { return strings.Replace(s, "乙的正文。", "乙的正文，改过。", 1) }, "乙的正文。",
			func(m tea.Model) tea.Model { return keys(m, "u") }},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := fill(t, "甲", "乙")
			var file string
			var end tea.Cmd
			was := execEditor
			t.Cleanup(func() { execEditor = was })
			execEditor = func(cmd *exec.Cmd, done func(error) tea.Msg) tea.Cmd {
				file = cmd.Args[len(cmd.Args)-1]
				b, err := os.ReadFile(file)
				if err == nil {
					err = os.WriteFile(file, []byte(c.edit(string(b))), 0o600)
				}
				end = func() tea.Msg { return done(err) }
				return nil // the program ends before the editor's end is read
			}
			m := keys(newPage(path, 80, 24, nil), "j", "e")
			if c.after != nil {
				m = c.after(drive(m, end()))
			}
			m.(pageModel).Model.Flush()
			b, err := store.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			if got := b.List()[1].Text; !strings.Contains(got, c.want) {
				t.Errorf("the basket holds %q after the end, want %s", got, c.want)
			}
			if _, err := os.Stat(file); !os.IsNotExist(err) {
				t.Errorf("the temporary file %s is left: %v", file, err)
			}
		})
	}
}

// TestEditorFailureSaid: an editor the shell cannot find (status 127) or
// run (126) is named, with where to set another; an editor that ends with
// a status of its own (vim's :cq) gives the edit up and says so. Both
// said "编辑器没有运行：exit status 127", naming neither the editor nor
// the fix, in Go's English; the excerpt is left as it was either way.
func TestEditorFailureSaid(t *testing.T) {
	for _, c := range []struct {
		visual, editor string
		zh, en         string
	}{
		{"", "nano-absent", "找不到编辑器 nano-absent：请设置 $VISUAL 或 $EDITOR", "no editor nano-absent: set $VISUAL or $EDITOR"},
		{"code-absent -w", "vi", "找不到编辑器 code-absent -w", "no editor code-absent -w"},
		{"", "exit 3; :", "编辑器以退出码 3 结束：未修改", "the editor exited with status 3: nothing changed"},
		{"", "exit 0; :", "没有改动", "not changed"},
	} {
		t.Setenv("VISUAL", c.visual)
		t.Setenv("EDITOR", c.editor)
		for _, lang := range []string{"zh", "en"} {
			path := fill(t, "甲", "乙")
			was := execEditor
			execEditor = func(cmd *exec.Cmd, done func(error) tea.Msg) tea.Cmd {
				cmd.Stdout, cmd.Stderr = nil, nil
				err := cmd.Run()
				return func() tea.Msg { return done(err) }
			}
			pm := New(Options{Path: path, Lang: lang, Ambiguous: 1})
			var m tea.Model = drive(pageModel{pm}, pm.Init()(), tea.WindowSizeMsg{Width: 120, Height: 24})
			m = keys(m, "e")
			execEditor = was
			want := map[string]string{"zh": c.zh, "en": c.en}[lang]
			if v := screen(m); !strings.Contains(v, want) {
				t.Errorf("%s, VISUAL=%q EDITOR=%q: want %q:\n%s", lang, c.visual, c.editor, want, v)
			}
			if got := headingsList(t, path)[0].Text; !strings.Contains(got, "甲的正文。") {
				t.Errorf("the excerpt became %q", got)
			}
		}
	}
}
