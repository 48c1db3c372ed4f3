package basket

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
)

// TestKilledEditorKeepsEdit: an editor killed from outside (the terminal
// closed: SIGHUP; kill: SIGTERM, SIGKILL; or the shell that ran it
// reporting so, 128+signal) after the writer saved in it (:w) leaves the
// excerpt that text, whether wenji reads the editor's end before its own
// quit or the quit first; an editor that ends by itself with a status
// (vim's :cq) or by the keyboard's Ctrl-C gives the edit up either way,
// and a killed editor that saved nothing changes nothing. Read first, the
// killed editor's end was taken for a failure and the saved text
// dropped; the quit read first kept a :cq'd edit. The temporary file is
// gone in every case. An editor a signal ended before it saved says so,
// and that the excerpt is unchanged: it said "编辑器没有运行：signal:
// hangup", that the editor had not run.
func TestKilledEditorKeepsEdit(t *testing.T) {
	const change = "乙的正文，编辑器里改过。"
	for _, c := range []struct {
		name, end string // end: the shell command the editor ends as
		save      bool   // the writer saved a change before the end
		keep      bool
		say       string // what the page says when it reads the end
	}{
		{"HUP", "kill -HUP $$", true, true, "已修改"},
		{"TERM", "kill -TERM $$", true, true, "已修改"},
		{"KILL", "kill -KILL $$", true, true, "已修改"},
		{"HUP under the shell", "sh -c 'kill -HUP $$'; exit $?", true, true, "已修改"},
		{"HUP before :w", "kill -HUP $$", false, false, "编辑器被中止，修改没有存入：这条摘录未变"},
		{"HUP under the shell before :w", "sh -c 'kill -HUP $$'; exit $?", false, false, "编辑器被中止，修改没有存入：这条摘录未变"},
		{":cq", "exit 1", true, false, "编辑器以退出码 1 结束：未修改"},
		{"INT", "kill -INT $$", true, false, "编辑器被中止，修改没有存入：这条摘录未变"},
	} {
		for _, quitFirst := range []bool{false, true} {
			name := c.name + "/end first"
			if quitFirst {
				name = c.name + "/quit first"
			}
			t.Run(name, func(t *testing.T) {
				path := fill(t, "甲", "乙")
				var file string
				var end tea.Msg
				was := execEditor
				t.Cleanup(func() { execEditor = was })
				execEditor = func(cmd *exec.Cmd, done func(error) tea.Msg) tea.Cmd {
					file = cmd.Args[len(cmd.Args)-1]
					if c.save {
						b, err := os.ReadFile(file)
						if err != nil {
							t.Fatal(err)
						}
						if err := os.WriteFile(file, []byte(strings.Replace(string(b), "乙的正文。", change, 1)), 0o600); err != nil {
							t.Fatal(err)
						}
					}
					// As Bubble Tea does: done is called as the editor
					// ends, its message sent after.
					end = done(exec.Command("/bin/sh", "-c", c.end).Run())
					return nil
				}
				m := keys(newPage(path, 100, 24, nil), "j", "e")
				if !quitFirst {
					m = drive(m, end)
					if v := screen(m); !strings.Contains(v, c.say) {
						t.Errorf("want %q on the page:\n%s", c.say, v)
					}
				}
				m.(pageModel).Model.Flush()
				b, err := store.Open(path)
				if err != nil {
					t.Fatal(err)
				}
				if got := b.List()[1].Text; strings.Contains(got, change) != c.keep {
					t.Errorf("the basket holds %q after the end; the change kept: want %v", got, c.keep)
				}
				if _, err := os.Stat(file); !os.IsNotExist(err) {
					t.Errorf("the temporary file %s is left: %v", file, err)
				}
			})
		}
	}
}

// TestKilledEditorSaysUnchangedEnglish: the English page says the same of
// an editor the terminal's hang-up ended before :w, in English (it said
// "the editor did not run: signal: hangup").
func TestKilledEditorSaysUnchangedEnglish(t *testing.T) {
	path := fill(t, "甲", "乙")
	var end tea.Msg
	was := execEditor
	t.Cleanup(func() { execEditor = was })
	execEditor = func(cmd *exec.Cmd, done func(error) tea.Msg) tea.Cmd {
		end = done(exec.Command("/bin/sh", "-c", "kill -HUP $$").Run())
		return nil
	}
	pm := New(Options{Path: path, Lang: "en", Ambiguous: 1})
	m := keys(drive(pageModel{pm}, pm.Init()(), tea.WindowSizeMsg{Width: 100, Height: 24}), "j", "e")
	m = drive(m, end)
	const want = "the editor was stopped before the edit was saved: the excerpt is unchanged"
	if v := screen(m); !strings.Contains(v, want) || strings.Contains(v, "did not run") {
		t.Errorf("want %q on the page:\n%s", want, v)
	}
}
