package main

// End-to-end tests in a real terminal: tmux runs the built binary, keys go
// in with send-keys and the screen comes out with capture-pane. They cover
// what only a terminal shows: widths as drawn, the alternate screen, resize,
// escape sequences from the file, the exit status. They skip where tmux is
// absent; .ci/run installs it so CI always runs them.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mattn/go-runewidth"
	"golang.org/x/text/encoding/simplifiedchinese"

	"wenji/internal/bench/tmuxtool"
	"wenji/internal/tools/gen"
	"wenji/parse"
)

var builtBinary string

// binary builds wenji once per test run, for the tmux tests. Under the
// race detector (.ci/run's -race -short pass) they are skipped: the wenji
// they drive is built without it, so only the test's own tmux driving
// would be checked, and that pass took 90 s for them; the README's test
// command runs them.
func binary(t *testing.T) string {
	t.Helper()
	if raceOn {
		t.Skip("-race: the tmux tests drive a wenji built without it; they run in the full pass")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed")
	}
	return buildWenji(t)
}

// buildWenji builds wenji once per test run into a directory anyone may
// enter, so a test can run it as another user. It is built with the
// e2ehold tag: a large file's whole load then waits for the file
// WENJI_E2E_HOLD names, where that is set (internal/app/hold.go).
func buildWenji(t *testing.T) string {
	t.Helper()
	if builtBinary == "" {
		dir, err := os.MkdirTemp("", "wenji-e2e")
		if err != nil {
			t.Fatal(err)
		}
		os.Chmod(dir, 0o755)
		real := filepath.Join(dir, "wenji-real")
		if out, err := exec.Command("go", "build", "-tags", "e2ehold", "-o", real, ".").CombinedOutput(); err != nil {
			t.Fatalf("go build: %v\n%s", err, out)
		}
		// The tests run a wrapper that records each run's end and status
		// for newTerm's cleanup to wait for (tmuxtool.Wrap).
		bin := filepath.Join(dir, "wenji")
		if err := tmuxtool.Wrap(bin, real); err != nil {
			t.Fatal(err)
		}
		builtBinary = bin
	}
	return builtBinary
}

// term is one tmux server with one pane running a command.
type term struct {
	t      *testing.T
	socket string
	w      int
	runs   string // where the wrapped wenji records its runs
	// quitting says the test told wenji to quit (quit): finish waits for
	// it to end. expect lists the exit statuses other than 0 the test
	// expects of a run (expectExit).
	quitting bool
	expect   []int
	ended    bool // end has run: a second end (the cleanup's) has nothing to do
}

// newTerm starts cmd in a detached tmux pane of w×h cells, on a server of
// its own so tests never touch the user's tmux.
func newTerm(t *testing.T, w, h int, cmd string) *term {
	t.Helper()
	tm := &term{t: t, socket: fmt.Sprintf("wenji-test-%d-%d", os.Getpid(), time.Now().UnixNano()), w: w, runs: t.TempDir()}
	conf := filepath.Join(t.TempDir(), "tmux.conf")
	os.WriteFile(conf, []byte("set -g status off\nset -g set-clipboard on\nset -sg escape-time 0\n"), 0o644)
	args := []string{"-L", tm.socket, "-f", conf, "new-session", "-d", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h),
		// CI=… makes termenv take the pane for a pipe (no colours); a
		// person's terminal has no CI, and neither does this one.
		"env", "-u", "CI", "LANG=C.UTF-8", "LC_ALL=", "TERM=xterm-256color",
		// Each terminal remembers places, keeps its basket and caches parsed
		// documents apart from the user's and the other tests'.
		"XDG_STATE_HOME=" + t.TempDir(), "XDG_DATA_HOME=" + t.TempDir(), "XDG_CACHE_HOME=" + t.TempDir(), tmuxtool.RunsEnv + "=" + tm.runs, "sh", "-c", cmd}
	if out, err := exec.Command("tmux", args...).CombinedOutput(); err != nil {
		t.Fatalf("tmux: %v\n%s", err, out)
	}
	// Registered after the TempDirs, so it runs before they are removed.
	t.Cleanup(tm.finish)
	return tm
}

// quit sends keys that end wenji (q, Q, ZZ, Ctrl-C…) and says so to
// finish, which then waits for it to end (exitBound at most) before the
// terminal closes, and fails the test if it does not.
func (tm *term) quit(keys ...string) {
	tm.t.Helper()
	tm.keys(keys...)
	tm.quitting = true
}

// expectExit lets runs in the terminal end with the statuses st, besides
// 0: a run the test makes fail on purpose.
func (tm *term) expectExit(st ...int) { tm.expect = append(tm.expect, st...) }

// finish waits for every wenji run in the terminal to end before the
// test's temporary directories go (a program told to quit may still be
// writing its state there), and fails the test when one ended otherwise
// than with status 0 or one the test expects (expectExit): by a panic
// (Go's status 2), a signal (128+n, as the wrapper records it) or an
// error. A program told to quit (quit) is waited for, exitBound at most;
// one the test left running is hung up on with the server, as closing a
// terminal window does, and its status is checked as well (quitOnHangup
// ends it as q does). The wait was a second, then a hang-up, and the
// status of a program still running then was never looked at.
func (tm *term) finish() {
	for _, p := range tm.end() {
		tm.t.Error(p)
	}
}

// end is finish's work: it closes the terminal once the runs told to quit
// have ended, and returns what went wrong.
func (tm *term) end() (problems []string) {
	if tm.ended {
		return nil
	}
	tm.ended = true
	if tm.quitting {
		if _, err := tmuxtool.WaitRuns(tm.runs, exitBound); err != nil {
			problems = append(problems, fmt.Sprintf("wenji, told to quit, did not end: %v", err))
		}
	}
	if _, running, _ := tmuxtool.Runs(tm.runs); running > 0 {
		tm.t.Logf("wenji still running at the end of the test: hung up on")
	}
	exec.Command("tmux", "-L", tm.socket, "kill-server").Run()
	st, err := tmuxtool.WaitRuns(tm.runs, exitBound)
	if err != nil {
		problems = append(problems, fmt.Sprintf("wenji did not end after the terminal closed: %v", err))
	}
	for _, s := range st {
		if msg := exitProblem(s, tm.expect); msg != "" {
			problems = append(problems, "wenji "+msg)
		}
	}
	return problems
}

// exitProblem says what is wrong with a run's exit status s ("" for
// nothing): anything but 0 or one of expect.
func exitProblem(s int, expect []int) string {
	switch {
	case s == 0 || slices.Contains(expect, s):
		return ""
	case s == 2:
		return "exited with status 2: a panic (Go's status for one), or a usage error"
	case s > 128:
		return fmt.Sprintf("was killed by signal %d (status %d)", s-128, s)
	}
	return fmt.Sprintf("exited with status %d", s)
}

func (tm *term) tmux(args ...string) string {
	tm.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", tm.socket}, args...)...).CombinedOutput()
	if err != nil {
		tm.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func (tm *term) screen() string { return tm.tmux("capture-pane", "-p") }

// keys sends keys (tmux key names) one by one.
func (tm *term) keys(keys ...string) {
	for _, k := range keys {
		tm.tmux("send-keys", k)
	}
}

// exitBound bounds the wait for a program told to quit to end, and for
// what it saves on the way: a bound for a loaded machine, never a timing
// (it ends in milliseconds on a quiet one; 5 and 10 s bounds were
// timings on a busy one).
const exitBound = time.Minute

// waitFor polls the screen until cond holds, failing after 20 s: the
// condition ends the wait, and a machine loaded by the race detector and
// other packages' tests took more than the 5 s this waited.
func (tm *term) waitFor(what string, cond func(string) bool) string {
	tm.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		s := tm.screen()
		if cond(s) {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("timed out waiting for %s; screen:\n%s", what, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func (tm *term) waitText(s string) string {
	tm.t.Helper()
	return tm.waitFor(fmt.Sprintf("%q", s), func(sc string) bool { return strings.Contains(sc, s) })
}

// lines returns the screen's lines without tmux's trailing newline.
func lines(s string) []string { return strings.Split(strings.TrimSuffix(s, "\n"), "\n") }

// checkWidths fails when a line is wider than the terminal, measured as
// tmux draws under C.UTF-8 (East Asian Ambiguous = 1 column).
func (tm *term) checkWidths(s string) {
	tm.t.Helper()
	c := runewidth.NewCondition()
	c.EastAsianWidth = false
	for i, l := range lines(s) {
		if w := c.StringWidth(l); w > tm.w {
			tm.t.Errorf("line %d is %d columns wide, terminal %d: %q", i+1, w, tm.w, l)
		}
	}
}

var junkWords = []string{"哒哒", "素材库", "客服", "##paid"}

func noJunk(t *testing.T, s, where string) {
	t.Helper()
	for _, w := range junkWords {
		if strings.Contains(s, w) {
			t.Errorf("%s: junk %q on screen:\n%s", where, w, s)
		}
	}
}

// topLine returns the first line of the reading pane (right of the outline).
func readerTop(s string) string {
	l := lines(s)[0]
	if i := strings.LastIndex(l, "│"); i >= 0 {
		l = l[i+len("│"):]
	}
	return strings.TrimSpace(l)
}

// TestReaderScreens: the reader issue's screen checks at three sizes.
func TestReaderScreens(t *testing.T) {
	seed := seedOrSkip(t)
	bin := binary(t)
	for _, size := range [][2]int{{100, 30}, {60, 20}, {200, 50}} {
		w, h := size[0], size[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			tm := newTerm(t, w, h, bin+" "+seed)
			// The whole first frame: the title at the top, the status bar
			// at the bottom (a loaded machine may show one before the other):
			// its percent, and the file's name where the opening notice,
			// said whole, leaves room for it.
			s := tm.waitFor("the first frame", func(s string) bool {
				ls := lines(s)
				return strings.Contains(s, "2023主题教育经验做法汇编") && len(ls) == h && strings.HasSuffix(strings.TrimSpace(ls[h-1]), "0%") &&
					(w < 100 || strings.Contains(ls[h-1], "000_9aa"))
			})
			ls := lines(s)
			if len(ls) != h {
				t.Errorf("%d lines on screen, want %d", len(ls), h)
			}
			if w >= 100 {
				for _, a := range []string{"大兴务实之风", "发挥领头羊", "坚持以党的创新", "真查真改"} {
					if !strings.Contains(s, a) {
						t.Errorf("outline lacks article %s:\n%s", a, s)
					}
				}
			}
			if !strings.HasSuffix(strings.TrimSpace(ls[len(ls)-1]), "0%") || w >= 100 && !strings.Contains(ls[len(ls)-1], "000_9aa") {
				t.Errorf("last line is not the status bar: %q", ls[len(ls)-1])
			}
			tm.checkWidths(s)
			noJunk(t, s, "first page")

			// Page through the whole document: never an ad.
			for i := 0; i < 200; i++ {
				tm.keys("Space")
				s = tm.screen()
				tm.checkWidths(s)
				noJunk(t, s, fmt.Sprintf("page %d", i+2))
				if strings.Contains(lines(s)[h-1], "100%") {
					break
				}
			}
			tm.keys("G")
			s = tm.waitFor("100%", func(s string) bool { return strings.Contains(lines(s)[h-1], "100%") })
			noJunk(t, s, "after G")
			if !strings.Contains(s, "建章立制") && !strings.Contains(s, "经济技术开发区") {
				t.Errorf("G does not show the end of the last article:\n%s", s)
			}

			// p shows the footer where it stood, and says how many blocks.
			tm.keys("p", "G")
			s = tm.waitText("哒哒")
			if !strings.Contains(s, "3") {
				t.Errorf("status does not count the filtered blocks:\n%s", s)
			}
			tm.checkWidths(s)
			tm.keys("p")
			tm.waitFor("junk hidden again", func(s string) bool { return !strings.Contains(s, "哒哒") })

			// g, then ] ] to the first section; } to the next article.
			tm.keys("g")
			tm.waitFor("top", func(s string) bool { return strings.Contains(readerTop(s), "2023主题教育") })
			tm.keys("]", "]")
			tm.waitFor("first section at top", func(s string) bool {
				return strings.Contains(readerTop(s), "坚持校准靶向")
			})
			if w >= 100 {
				// The opening message (hid 3 ad blocks…) holds the status
				// bar for a while; on a loaded machine it may still be there.
				tm.waitFor("the section in the breadcrumb", func(s string) bool {
					return strings.Contains(lines(s)[h-1], "校准靶向")
				})
			}
			tm.keys("}")
			tm.waitFor("next article at top", func(s string) bool { return strings.Contains(readerTop(s), "发挥领头羊") })
			tm.keys("G", "g")
			tm.waitFor("back at the top", func(s string) bool { return strings.Contains(readerTop(s), "2023主题教育") })
		})
	}
}

// TestResizeKeepsPlace: resizing re-wraps and keeps the same paragraph at
// the top of the reading pane.
func TestResizeKeepsPlace(t *testing.T) {
	seed := seedOrSkip(t)
	tm := newTerm(t, 100, 30, binary(t)+" "+seed)
	tm.waitText("2023主题教育经验做法汇编")
	tm.keys("}", "}", "}", "]", "]") // third article, its first section, a measure
	s := tm.waitFor("third article", func(s string) bool { return strings.Contains(s, "坚持以党的创新理论") })
	tm.keys("j", "j", "j")
	s = tm.settle()
	top := readerTop(s)
	if top == "" {
		t.Fatalf("empty top line:\n%s", s)
	}
	// The paragraph the top line belongs to, from the file itself.
	probe := firstRunes(top, 4)
	seedText, _ := os.ReadFile(seed)
	var para string
	for _, p := range strings.Split(string(seedText), "\n") {
		if strings.Contains(p, probe) {
			para = p
			break
		}
	}
	if para == "" {
		t.Fatalf("top line %q is in no paragraph of the seed", top)
	}
	for _, size := range [][2]int{{41, 15}, {120, 40}} {
		tm.tmux("resize-window", "-x", fmt.Sprint(size[0]), "-y", fmt.Sprint(size[1]))
		tm.w = size[0]
		// tmux shows the old frame cut or padded to the new size at once:
		// wait for wenji's own, its status bar reaching the new width.
		tm.waitFor(fmt.Sprintf("%dx%d", size[0], size[1]), func(s string) bool {
			ls := lines(s)
			return len(ls) == size[1] && strings.HasSuffix(ls[len(ls)-1], "%") && drawnWidth(ls[len(ls)-1]) >= size[0]-1
		})
		s = tm.settle()
		tm.checkWidths(s)
		// Re-wrapped, the top line is another piece of the same paragraph.
		if now := firstRunes(readerTop(s), 4); !strings.Contains(para, now) {
			t.Errorf("after resize to %dx%d the top line %q is not in the paragraph that was at the top:\n%s", size[0], size[1], now, s)
		}
	}
}

func firstRunes(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}

// TestEscapesInert: escape sequences in the file reach neither the title,
// nor the clipboard, nor the screen as controls.
func TestEscapesInert(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "evil.txt")
	os.WriteFile(f, []byte("恶意标题\n\n正文开始。\x1b]52;c;SElKQUNLRUQ=\x07剪贴板。\x1b[2J清屏。\x1b]0;PWNED\x07标题。\x9b31m红色。\n"), 0o644)
	tm := newTerm(t, 80, 24, binary(t)+" "+f)
	s := tm.waitText("正文开始")
	if title := tm.tmux("display-message", "-p", "#{pane_title}"); strings.Contains(title, "PWNED") {
		t.Errorf("pane title changed to %q", title)
	}
	if buf, _ := exec.Command("tmux", "-L", tm.socket, "show-buffer").CombinedOutput(); strings.Contains(string(buf), "HIJACKED") || strings.Contains(string(buf), "SElKQUNLRUQ") {
		t.Errorf("clipboard set from the file: %q", buf)
	}
	for _, want := range []string{"剪贴板", "清屏", "标题", "红色"} {
		if !strings.Contains(s, want) {
			t.Errorf("text around the escapes lost (%s):\n%s", want, s)
		}
	}
	if !strings.Contains(s, "␛") {
		t.Errorf("no visible placeholder for ESC:\n%s", s)
	}
}

// TestQuitRestores: q exits 0 and leaves the alternate screen.
func TestQuitRestores(t *testing.T) {
	seed := seedOrSkip(t)
	dir := t.TempDir()
	status := filepath.Join(dir, "status")
	// The shell sleeps after the run: a dead pane keeps only its last line.
	tm := newTerm(t, 80, 24, fmt.Sprintf("echo BEFORE; %s %s; echo EXIT=$? > %s; echo AFTER; sleep 30", binary(t), seed, status))
	tm.waitText("2023主题教育")
	tm.quit("q")
	s := tm.waitText("AFTER")
	if !strings.Contains(s, "BEFORE") || strings.Contains(s, "2023主题教育") {
		t.Errorf("terminal not restored after q:\n%s", s)
	}
	b, _ := os.ReadFile(status)
	if strings.TrimSpace(string(b)) != "EXIT=0" {
		t.Errorf("exit status %q, want EXIT=0", b)
	}
}

// TestMissingFileE2E: a missing file is one line on stderr and exit 1,
// before any screen opens.
func TestMissingFileE2E(t *testing.T) {
	tm := newTerm(t, 80, 24, binary(t)+" /no/such/file; echo EXIT=$?; sleep 30")
	tm.expectExit(1)
	s := tm.waitText("EXIT=")
	if !strings.Contains(s, "/no/such/file") || !strings.Contains(s, "EXIT=1") {
		t.Errorf("screen:\n%s", s)
	}
}

// TestStdinPipe: cat FILE | wenji reads the pipe and takes keys from the
// terminal.
func TestStdinPipe(t *testing.T) {
	seed := seedOrSkip(t)
	tm := newTerm(t, 100, 30, "cat "+seed+" | "+binary(t))
	tm.waitText("2023主题教育经验做法汇编")
	tm.keys("]", "]")
	tm.waitFor("keys from the tty", func(s string) bool { return strings.Contains(readerTop(s), "坚持校准靶向") })
}

// TestStdinPipeFormats: what comes through a pipe is read by its content:
// the seed in GB18030 reads as the original does, and a .docx opens as
// Word, with keys still taken from the terminal.
func TestStdinPipeFormats(t *testing.T) {
	seed := seedOrSkip(t)
	bin := binary(t)
	src, _ := os.ReadFile(seed)
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes(src)
	if err != nil {
		t.Fatal(err)
	}
	gbFile := filepath.Join(t.TempDir(), "seed.gbk")
	os.WriteFile(gbFile, gb, 0o644)
	tm := newTerm(t, 100, 30, "cat "+gbFile+" | "+bin)
	s := tm.waitText("2023主题教育经验做法汇编")
	tm.checkWidths(s)
	noJunk(t, s, "GB18030 through a pipe")
	tm.keys("]", "]")
	tm.waitFor("keys from the tty", func(s string) bool { return strings.Contains(readerTop(s), "坚持校准靶向") })

	docx := "../shared/corpus/guangdong-gov-work-report-2025.docx"
	if _, err := os.Stat(docx); err != nil {
		t.Skipf("%s is absent", docx)
	}
	tm = newTerm(t, 100, 30, "cat "+docx+" | "+bin)
	s = tm.waitText("2025年广东省政府工作报告")
	tm.checkWidths(s)
	for _, want := range []string{"一、2024年工作回顾", "二、2025年工作安排"} {
		if !strings.Contains(s, want) {
			t.Errorf("outline lacks %s:\n%s", want, s)
		}
	}
	if strings.Contains(s, "PK") || strings.Contains(s, "�") {
		t.Errorf("the zip shown as text:\n%s", s)
	}
	tm.quit("q")
}

// showBuffer returns tmux's newest paste buffer, "" when there is none.
func (tm *term) showBuffer() string {
	out, err := exec.Command("tmux", "-L", tm.socket, "show-buffer").Output()
	if err != nil {
		return ""
	}
	return string(out)
}

// TestCopyTmux: y and Y reach tmux's paste buffer through OSC 52 (the test
// server has set-clipboard on): ] ] y copies 坚持校准靶向… whole and nothing
// of the next section or the ads; Y its outline.
func TestCopyTmux(t *testing.T) {
	seed := seedOrSkip(t)
	cache := t.TempDir()
	tm := newTerm(t, 200, 50, fmt.Sprintf("XDG_CACHE_HOME=%s %s %s", cache, binary(t), seed))
	tm.waitText("2023主题教育经验做法汇编")
	tm.keys("]", "]")
	tm.waitFor("first section at top", func(s string) bool { return strings.Contains(readerTop(s), "坚持校准靶向") })
	tm.keys("y")
	tm.waitText("Copied “坚持校准靶向")
	var buf string
	tm.waitFor("tmux buffer", func(string) bool { buf = tm.showBuffer(); return buf != "" })
	if !strings.HasPrefix(buf, "坚持校准靶向，确保调查研究选题精准\n") {
		t.Errorf("buffer starts %.100q", buf)
	}
	for _, want := range []string{"强化审核把关，提高选题质量", "实行“一议双审”制度"} {
		if !strings.Contains(buf, want) {
			t.Errorf("buffer lacks %q:\n%s", want, buf)
		}
	}
	for _, bad := range append([]string{"坚持加强统筹"}, junkWords...) {
		if strings.Contains(buf, bad) {
			t.Errorf("buffer holds %q", bad)
		}
	}
	// The same text as --print gives for that node.
	if out, _ := exec.Command(binary(t), "--print", "1.1", seed).Output(); buf != string(out) {
		t.Errorf("buffer differs from --print 1.1")
	}

	tm.keys("Y")
	tm.waitText("Copied the outline")
	want := "坚持校准靶向，确保调查研究选题精准\n  强化对标学习，把准选题方向\n  强化问题导向，提升选题精度\n  强化审核把关，提高选题质量\n"
	tm.waitFor("outline in the buffer", func(string) bool { buf = tm.showBuffer(); return buf == want })
}

// TestCopyFallbackE2E: with no clipboard tool on PATH and a terminal that
// cannot take OSC 52 (TERM=dumb), y says where the text went, and the file
// holds it.
func TestCopyFallbackE2E(t *testing.T) {
	seed := seedOrSkip(t)
	cache := t.TempDir()
	tm := newTerm(t, 200, 40, fmt.Sprintf("TERM=dumb PATH=/nonexistent XDG_CACHE_HOME=%s %s %s", cache, binary(t), seed))
	tm.waitText("2023主题教育经验做法汇编")
	tm.keys("]", "]", "y")
	file := filepath.Join(cache, "wenji", "copied.txt")
	s := tm.waitText("No clipboard")
	if !strings.Contains(s, file) {
		t.Errorf("status does not name %s:\n%s", file, lines(s)[len(lines(s))-1])
	}
	got, err := os.ReadFile(file)
	want, _ := exec.Command(binary(t), "--print", "1.1", seed).Output()
	if err != nil || string(got) != string(want) {
		t.Errorf("%s holds %.100q (%v), want %.100q", file, got, err, want)
	}
	if buf := tm.showBuffer(); buf != "" {
		t.Errorf("OSC 52 sent to a dumb terminal: buffer %.60q", buf)
	}
}

// TestSearchE2E: / with Chinese typed as an input method commits it, Enter,
// 1/16 in the status bar and the hit on screen; n sixteen times comes back
// to the first with the wrap message; Esc clears the highlights.
func TestSearchE2E(t *testing.T) {
	seed := seedOrSkip(t)
	const h = 30
	tm := newTerm(t, 100, h, binary(t)+" "+seed)
	tm.waitText("2023主题教育经验做法汇编")
	tm.keys("/")
	tm.tmux("send-keys", "-l", "调查研究")
	s := tm.waitFor("the query in the prompt", func(s string) bool { return strings.HasPrefix(lines(s)[h-1], "/调查研究") })
	tm.checkWidths(s)
	tm.keys("Enter")
	s = tm.waitFor("1/16", func(s string) bool { return strings.Contains(lines(s)[h-1], "1/16") })
	if !strings.Contains(strings.Join(lines(s)[:h-1], "\n"), "调查研究") {
		t.Errorf("the first hit is not on screen:\n%s", s)
	}
	tm.checkWidths(s)
	for i := 2; i <= 16; i++ {
		tm.keys("n")
		tm.waitFor(fmt.Sprintf("%d/16", i), func(s string) bool { return strings.Contains(lines(s)[h-1], fmt.Sprintf(" %d/16 ", i)) })
	}
	tm.keys("n")
	s = tm.waitFor("wrapped to 1/16", func(s string) bool { return strings.Contains(lines(s)[h-1], " 1/16 ") })
	if !strings.Contains(s, "从开头继续") && !strings.Contains(s, "continuing at TOP") {
		t.Errorf("no wrap message:\n%s", lines(s)[h-1])
	}
	tm.keys("Escape")
	tm.waitFor("search cleared", func(s string) bool { return !strings.Contains(lines(s)[h-1], "/16") })
}

// TestLargeFilePreview: a file over the preview size shows its first page
// at once, says it is reading the rest, and G reaches the real end once the
// whole document is in.
func TestLargeFilePreview(t *testing.T) {
	bin := binary(t)
	f := filepath.Join(t.TempDir(), "big.txt")
	out, err := os.Create(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := gen.Write(out, 6<<20, 3); err != nil {
		t.Fatal(err)
	}
	out.Close()
	b, _ := os.ReadFile(f)
	text := string(b)
	title := strings.SplitN(text, "\n", 2)[0]
	tm := newTerm(t, 100, 30, bin+" "+f)
	tm.waitText(firstRunes(title, 6))
	tm.waitFor("the whole document", func(s string) bool { return !strings.Contains(s, "reading the whole file") })
	tm.keys("G")
	s := tm.waitFor("100%", func(s string) bool { return strings.Contains(lines(s)[29], "100%") })
	tm.checkWidths(s)
	noJunk(t, s, "end of a large file")
	// The document's last paragraph that is not junk is on screen.
	doc := parse.Parse(text)
	var last string
	for _, p := range doc.Paras {
		if len(doc.JunkIn(p)) == 0 {
			last = text[p.Start:p.End]
		}
	}
	if !strings.Contains(strings.ReplaceAll(s, " ", ""), firstRunes(lastRunes(last, 6), 6)) {
		t.Errorf("G does not show the document's last words %q:\n%s", lastRunes(last, 6), s)
	}
}

func lastRunes(s string, n int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) > n {
		r = r[len(r)-n:]
	}
	return string(r)
}
