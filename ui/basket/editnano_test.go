package basket

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
	"wenji/ui/common"
)

// TestHangupKeepsNanoEdit: once wenji has seen the terminal hang up or a
// SIGTERM (common.Ending), an editor that ends, whatever its status,
// leaves the excerpt what it wrote: nano exits 1 on SIGHUP, as vim does
// on :cq, and the text saved with ^O was dropped, in either order of the
// editor's end and wenji's quit. nano's unsaved buffer, written to
// FILE.save as it ends, is the writer's latest text and the edit; both
// files are removed. With the terminal still there a status gives the
// edit up as before, and FILE.save is left to the writer. The editor is
// a shell that mimics nano: it traps SIGHUP, writes FILE.save if the
// buffer changed since ^O, and exits 1.
func TestHangupKeepsNanoEdit(t *testing.T) {
	const saved, typed = "乙的正文，^O 存过。", "乙的正文，^O 之后又打的字。"
	const nano = `trap 'if [ -n "$BUF" ]; then printf "%s\n" "$BUF" > "$1.save"; fi; exit 1' HUP; kill -HUP $$; sleep 5`
	for _, c := range []struct {
		name     string
		ending   bool   // wenji has seen the hang-up
		save     bool   // ^O before the end
		buf      string // the buffer changed since, "" for none
		end      string // the editor: nano, or a shell command
		want     string // the change kept, "" for none
		saveLeft bool   // FILE.save left behind
	}{
		{"^O then the hang-up", true, true, "", nano, saved, false},
		{"^O, typed on, the hang-up", true, true, typed, nano, typed, false},
		{"typed, never saved, the hang-up", true, false, typed, nano, typed, false},
		{"nothing done, the hang-up", true, false, "", nano, "", false},
		{":cq after the hang-up", true, true, "", "exit 1", saved, false},
		{":cq, the terminal there", false, true, "", "exit 1", "", false},
		{"nano killed, the terminal there", false, true, typed, nano, "", true},
	} {
		for _, quitFirst := range []bool{false, true} {
			name := c.name + "/end first"
			if quitFirst {
				name = c.name + "/quit first"
			}
			t.Run(name, func(t *testing.T) {
				t.Setenv("TMPDIR", t.TempDir())
				path := fill(t, "甲", "乙")
				var file string
				var end tea.Msg
				was := execEditor
				t.Cleanup(func() { execEditor = was })
				t.Cleanup(common.WatchEnding(func() bool { return c.ending }))
				execEditor = func(cmd *exec.Cmd, done func(error) tea.Msg) tea.Cmd {
					file = cmd.Args[len(cmd.Args)-1]
					b, err := os.ReadFile(file)
					if err != nil {
						t.Fatal(err)
					}
					if c.save {
						if err := os.WriteFile(file, []byte(strings.Replace(string(b), "乙的正文。", saved, 1)), 0o600); err != nil {
							t.Fatal(err)
						}
					}
					ed := exec.Command("/bin/sh", "-c", c.end, "nano", file)
					ed.Env = os.Environ()
					if c.buf != "" {
						ed.Env = append(ed.Env, "BUF="+strings.Replace(strings.TrimRight(string(b), "\n"), "乙的正文。", c.buf, 1))
					}
					end = done(ed.Run())
					return nil
				}
				m := keys(newPage(path, 100, 24, nil), "j", "e")
				if !quitFirst {
					m = drive(m, end)
				}
				m.(pageModel).Model.Flush()
				b, err := store.Open(path)
				if err != nil {
					t.Fatal(err)
				}
				got := b.List()[1].Text
				if c.want == "" && !strings.HasSuffix(got, "乙的正文。\n") || c.want != "" && !strings.Contains(got, c.want) {
					t.Errorf("the basket holds %q after the end; want the change %q", got, c.want)
				}
				if _, err := os.Stat(file); !os.IsNotExist(err) {
					t.Errorf("the temporary file %s is left: %v", file, err)
				}
				if _, err := os.Stat(file + ".save"); os.IsNotExist(err) == c.saveLeft {
					t.Errorf("%s.save left: want %v (%v)", file, c.saveLeft, err)
				}
			})
		}
	}
}
