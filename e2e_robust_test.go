package main

// Robustness in a real terminal (issue 8): bad files, tiny and changing
// terminals, huge files, text that is hard to draw, a file that changes
// under the reader, and a file that no session may touch.

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// waitWithin polls the screen until cond holds, failing after d: for the
// huge files, whose first page may take longer than waitFor's 5 s on a
// busy machine. It is a bound, not a timing assertion.
func (tm *term) waitWithin(d time.Duration, what string, cond func(string) bool) string {
	tm.t.Helper()
	deadline := time.Now().Add(d)
	for {
		s := tm.screen()
		if cond(s) {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("no %s within %v; screen:\n%s", what, d, s)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// exitStatus waits for the file the shell writes $? to and returns it.
func exitStatus(t *testing.T, file string) string {
	t.Helper()
	deadline := time.Now().Add(exitBound)
	for {
		if b, err := os.ReadFile(file); err == nil && bytes.HasSuffix(b, []byte("\n")) {
			return strings.TrimSpace(string(b))
		}
		if time.Now().After(deadline) {
			t.Fatalf("wenji did not exit within %v", exitBound)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// session starts wenji on args in a w×h pane; the returned path receives
// its exit status once it ends.
func session(t *testing.T, w, h int, env, args string) (*term, string) {
	t.Helper()
	status := filepath.Join(t.TempDir(), "status")
	tm := newTerm(t, w, h, fmt.Sprintf("%s %s %s; echo $? > %s; sleep 30", env, binary(t), args, status))
	return tm, status
}

// TestBadFilesE2E: what cannot be read is one line before any screen,
// exit 1, and a FIFO with no writer does not hang; what has nothing to
// read gets a screen that says so.
func TestBadFilesE2E(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "core.bin")
	os.WriteFile(bin, bytes.Repeat([]byte{0, 1, 0, 0xff}, 4096), 0o644)
	for _, c := range []struct{ path, want string }{
		{fifo, "not a regular file"},
		{"/dev/zero", "not a regular file"},
		{bin, "not a text document"},
		// A directory opens the library (TestLibraryE2E).
		{"/no/such/file", "no such file"},
	} {
		tm, status := session(t, 100, 10, "", "'"+c.path+"'")
		tm.expectExit(1)
		if code := exitStatus(t, status); code != "1" {
			t.Errorf("%s: exit %s, want 1", c.path, code)
		}
		s := tm.screen()
		if ls := strings.Split(strings.TrimSpace(s), "\n"); len(ls) != 1 || !strings.Contains(s, c.path) || !strings.Contains(s, c.want) {
			t.Errorf("%s: want one line naming it with %q; screen:\n%s", c.path, c.want, s)
		}
	}

	files := map[string]string{
		"empty.txt":      "",
		"whitespace.txt": " \n\t\n\u3000\u3000\n\r\n",
		"junk.txt":       "##paidbegin##\n【某某素材库】会员群每天更新，添加客服：abc，谨防假冒！\n##paidend##\n",
		"invalid.txt":    "标题\n\n一、做法\n正文\xff开始，说明背景和做法。中间\xe4\xb8。\n" + strings.Repeat("这是一段正常的正文，用来说明情况。", 20) + "\n二、成效\n结束\xc3。\n",
	}
	for name, text := range files {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			os.WriteFile(path, []byte(text), 0o644)
			tm, status := session(t, 80, 20, "", path)
			switch name {
			case "empty.txt", "whitespace.txt":
				tm.waitText("This document has no text to read.")
			case "junk.txt":
				tm.waitText("All of the text was filtered; press p to show it.")
				tm.keys("p")
				s := tm.waitText("素材库")
				tm.checkWidths(s)
			case "invalid.txt":
				s := tm.waitText("正文�开始")
				for _, want := range []string{"中间�", "一、做法", "二、成效"} {
					if !strings.Contains(s, want) {
						t.Errorf("%q not on screen:\n%s", want, s)
					}
				}
				tm.checkWidths(s)
			}
			tm.quit("j", "G", "/", "x", "Enter", "q")
			if code := exitStatus(t, status); code != "0" {
				t.Errorf("exit %s", code)
			}
		})
	}
}

// keysEverything presses every binding of the README's key table, with a
// search, copying, help, the outline and mouse-free navigation.
var keysEverything = []string{
	"j", "k", "Down", "Up", "C-d", "C-u", "Space", "NPage", "b", "PPage", "G", "End", "g", "Home",
	"]", "]", "[", "}", "{", "p", "p", "o", "o", "#", "#", "y", "Y",
	"/", "调查研究", "Enter", "n", "N", "C-n", "C-p", "f", "f", "Escape",
	"/", "\\一是|二是", "Up", "Down", "Escape",
	"Tab", "j", "l", "h", "Enter", "y", "Y", "Tab", "?", "?", "q",
}

// TestFileUntouchedE2E: a session with every key leaves the file's bytes,
// its mtime and its directory as they were: the reader writes nothing
// beside the document (copies go to the clipboard or the cache).
func TestFileUntouchedE2E(t *testing.T) {
	seed := seedOrSkip(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "文集.txt")
	src, _ := os.ReadFile(seed)
	os.WriteFile(path, src, 0o644)
	old := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	os.Chtimes(path, old, old)
	before := listDir(t, dir)
	cache := t.TempDir()
	tm, status := session(t, 100, 30, "XDG_CACHE_HOME="+cache, "'"+path+"'")
	tm.waitText("2023主题教育经验做法汇编")
	for _, k := range keysEverything {
		if strings.ContainsAny(k, "调一") {
			tm.tmux("send-keys", "-l", k)
		} else {
			tm.keys(k)
		}
		time.Sleep(10 * time.Millisecond)
		if k == "Escape" {
			time.Sleep(100 * time.Millisecond) // ESC and the next key in one read are alt+key
		}
	}
	if code := exitStatus(t, status); code != "0" {
		t.Fatalf("exit %s; screen:\n%s", code, tm.screen())
	}
	after, _ := os.ReadFile(path)
	st, err := os.Stat(path)
	if err != nil || !bytes.Equal(after, src) || !st.ModTime().Equal(old) || st.Mode().Perm() != 0o644 {
		t.Errorf("the file changed: err %v, same bytes %v, mtime %v (was %v), mode %v", err, bytes.Equal(after, src), st.ModTime(), old, st.Mode())
	}
	if got := listDir(t, dir); got != before {
		t.Errorf("the directory changed:\n%s\nwas:\n%s", got, before)
	}
}

func listDir(t *testing.T, dir string) string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintln(&b, e.Name())
	}
	return b.String()
}

// TestFileChangedWhileOpenE2E: the file deleted, rewritten in place, or
// replaced after it opened: the reader scrolls, searches and copies what
// it read.
func TestFileChangedWhileOpenE2E(t *testing.T) {
	seed := seedOrSkip(t)
	src, _ := os.ReadFile(seed)
	want11, err := exec.Command(buildWenji(t), "--print", "1.1", seed).Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, how := range []string{"deleted", "rewritten", "replaced"} {
		t.Run(how, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "doc.txt")
			os.WriteFile(path, src, 0o644)
			tm, status := session(t, 100, 30, "XDG_CACHE_HOME="+t.TempDir(), path)
			tm.waitText("2023主题教育经验做法汇编")
			switch how {
			case "deleted":
				os.Remove(path)
			case "rewritten":
				os.WriteFile(path, []byte("别的内容\n"), 0o644)
			case "replaced":
				os.WriteFile(path+".tmp", []byte("别的内容\n"), 0o644)
				os.Rename(path+".tmp", path)
			}
			tm.keys("G")
			s := tm.waitFor("the end", func(s string) bool { return strings.Contains(lines(s)[29], "100%") })
			if !strings.Contains(s, "建章立制") && !strings.Contains(s, "经济技术开发区") {
				t.Errorf("G after the file was %s:\n%s", how, s)
			}
			tm.keys("g", "/")
			tm.tmux("send-keys", "-l", "调查研究")
			tm.keys("Enter")
			tm.waitFor("1/16", func(s string) bool { return strings.Contains(lines(s)[29], "1/16") })
			tm.keys("Escape", "g", "]", "]")
			tm.waitFor("first section", func(s string) bool { return strings.Contains(readerTop(s), "坚持校准靶向") })
			tm.keys("y")
			var buf string
			tm.waitFor("the copy in tmux's buffer", func(string) bool { buf = tm.showBuffer(); return buf != "" })
			if buf != string(want11) {
				t.Errorf("copied %.80q, want the section as it was read", buf)
			}
			tm.quit("q")
			if code := exitStatus(t, status); code != "0" {
				t.Errorf("exit %s", code)
			}
		})
	}
}

// TestTinyTerminalsE2E: 1×1, 20×5 and 300×100 in a real terminal: the
// screen is exactly the pane, nothing wraps, keys work and q exits 0.
func TestTinyTerminalsE2E(t *testing.T) {
	seed := seedOrSkip(t)
	for _, sz := range [][2]int{{1, 1}, {20, 5}, {19, 4}, {300, 100}} {
		w, h := sz[0], sz[1]
		t.Run(fmt.Sprintf("%dx%d", w, h), func(t *testing.T) {
			tm, status := session(t, w, h, "", seed)
			var want string
			switch {
			case w < 2:
				want = "…" // terminal too small, cut to one column
			case w < 20 || h < 5:
				want = "terminal too small"
			default:
				want = "2023"
			}
			s := tm.waitText(want)
			if w >= 20 && h >= 5 {
				// A whole frame: the status bar is drawn last.
				s = tm.waitFor("the status bar", func(s string) bool {
					ls := lines(s)
					return len(ls) == h && strings.HasSuffix(strings.TrimSpace(ls[h-1]), "%")
				})
			}
			check := func(s string) {
				t.Helper()
				if n := len(lines(s)); n != h {
					t.Errorf("%d lines, want %d:\n%s", n, h, s)
				}
				tm.checkWidths(s)
			}
			check(s)
			for _, k := range []string{"j", "Space", "G", "p", "Tab", "j", "Enter", "Tab", "o", "?", "?", "]", "}", "/", "的", "Enter", "n"} {
				tm.keys(k)
			}
			time.Sleep(100 * time.Millisecond)
			check(tm.screen())
			tm.keys("Escape")
			time.Sleep(100 * time.Millisecond) // ESC then q in one read is alt+q
			tm.quit("q")
			if code := exitStatus(t, status); code != "0" {
				t.Errorf("exit %s", code)
			}
		})
	}
}

// TestResizeStormE2E: hundreds of resizes in a row, each one a SIGWINCH;
// the reader ends drawn for the last size, and still takes keys.
func TestResizeStormE2E(t *testing.T) {
	seed := seedOrSkip(t)
	tm, status := session(t, 100, 30, "", seed)
	tm.waitText("2023主题教育经验做法汇编")
	rng := rand.New(rand.NewSource(8))
	var args []string
	for i := range 300 {
		if i > 0 {
			args = append(args, ";")
		}
		args = append(args, "resize-window", "-x", fmt.Sprint(1+rng.Intn(250)), "-y", fmt.Sprint(1+rng.Intn(80)))
		if i%50 == 0 {
			args = append(args, ";", "send-keys", []string{"j", "G", "Tab", "]", "p", "o"}[i/50])
		}
	}
	tm.tmux(args...)
	tm.tmux("resize-window", "-x", "90", "-y", "25")
	tm.w = 90
	s := tm.waitFor("a 90×25 layout", func(s string) bool {
		ls := lines(s)
		return len(ls) == 25 && strings.Contains(ls[24], "000_9a")
	})
	tm.checkWidths(s)
	tm.keys("g")
	tm.waitFor("the top", func(s string) bool { return strings.Contains(s, "2023主题教育") })
	tm.quit("q")
	if code := exitStatus(t, status); code != "0" {
		t.Errorf("exit %s", code)
	}
}

// TestHugeFilesE2E: a 50 MB file with no newline and no punctuation, and
// 200,000 one-character lines: the first page comes, G reaches the end,
// a search counts, and q exits: the reader stays responsive. The waits are
// bounds for a busy machine, not timings.
// hitCount is the status bar's 3/16 while a search is active.
var hitCount = regexp.MustCompile(`[0-9-]+/[0-9]+\+?\s`)

func TestHugeFilesE2E(t *testing.T) {
	binary(t)
	dir := t.TempDir()
	var oneChar bytes.Buffer
	for i := range 200000 {
		oneChar.WriteString(string(rune('一' + i%100)))
		oneChar.WriteByte('\n')
	}
	noNL := bytes.Repeat([]byte("这是没有换行也没有标点的正文"), 50<<20/42)
	copy(noNL[len(noNL)-6:], "末尾")
	for _, c := range []struct {
		name  string
		text  []byte
		first string // on the first page
		query string
		end   string
	}{
		{"nonewline.txt", noNL, "这是没有换行", "没有换行", "末尾"},
		{"onechar.txt", oneChar.Bytes(), "七", "丁", string(rune('一' + 199999%100))},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, c.name)
			os.WriteFile(path, c.text, 0o644)
			tm, status := session(t, 100, 30, "", path)
			tm.waitWithin(2*time.Minute, "first page", func(s string) bool { return strings.Contains(s, c.first) })
			tm.keys("G")
			s := tm.waitWithin(2*time.Minute, "the end", func(s string) bool { return strings.Contains(lines(s)[29], "100%") })
			if !strings.Contains(strings.Join(lines(s)[:29], ""), c.end) {
				t.Errorf("G does not show the end %q:\n%s", c.end, s)
			}
			tm.checkWidths(s)
			tm.keys("g", "/")
			tm.tmux("send-keys", "-l", c.query)
			tm.keys("Enter")
			s = tm.waitWithin(2*time.Minute, "the search's count", func(s string) bool { return strings.Contains(lines(s)[29], "1/") })
			tm.keys("n", "n", "j", "Escape")
			// q once Esc has cleared the count: sent together, on a busy
			// machine, they are read as one Alt+q (which the reader also
			// takes as Esc, q: TestAltIsEscThenKey).
			tm.waitWithin(2*time.Minute, "Esc to clear the search", func(s string) bool {
				return !hitCount.MatchString(lines(s)[29])
			})
			tm.quit("q")
			if code := exitStatus(t, status); code != "0" {
				t.Errorf("exit %s", code)
			}
		})
	}
}

// TestHardTextE2E: emoji with skin tones, ZWJ families and flags, right-
// to-left and zero-width characters, in headings and text: drawn within
// the pane, the outline's rule on every row where it belongs, the status
// bar on the last line, and no bidi override reaching the terminal.
func TestHardTextE2E(t *testing.T) {
	text := "表情与方向测试\n\n" +
		"第一篇　👨‍👩‍👧‍👦家庭👍🏽点赞\n\n" +
		"一、🇨🇳国旗与👩🏻‍💻程序员\n" +
		strings.Repeat("正文👩🏻‍💻写代码👍🏿，家人👨‍👩‍👧‍👦团聚🇯🇵，", 6) + "\n" +
		"二、方向\u202e反向\u202c与\u2066隔离\u2069\n" +
		strings.Repeat("שלום עולם مرحبا بالعالم 零\u200b宽\u200d连\u200c接\ufeff字符。", 6) + "\n" +
		"三、结尾\n全文完。\n"
	path := filepath.Join(t.TempDir(), "hard.txt")
	os.WriteFile(path, []byte(text), 0o644)
	for _, w := range []int{80, 41, 120} {
		t.Run(fmt.Sprint(w), func(t *testing.T) {
			const h = 24
			tm, status := session(t, w, h, "", path)
			var s string
			keys := []string{"", "j", "G", "p", "Tab"}
			if w < 60 {
				keys[0] = "o" // the outline, folded away below 60 columns, beside the text
			}
			for _, k := range keys {
				if k != "" {
					// The frame checked is the one after k, drawn over
					// the help (settle opens and closes it): a line
					// tmux draws narrower than measured kept the help's
					// last columns.
					tm.keys(k)
					tm.settle()
				}
				// A whole frame: the status bar drawn on the last line,
				// ending with the percent (at 41 columns a message, p's
				// "nothing was hidden", leaves no room for the file's
				// name). A line measured narrower than drawn wraps and
				// pushes it off.
				bar := func(l string) bool {
					return strings.HasSuffix(strings.TrimSpace(l), "%") && (strings.Contains(l, "hard.txt") || w < 80)
				}
				s = tm.waitFor("a whole frame", func(s string) bool {
					ls := lines(s)
					return len(ls) == h && bar(ls[h-1])
				})
				ls := lines(s)
				if len(ls) != h {
					t.Fatalf("after %q: %d lines, want %d:\n%s", k, len(ls), h, s)
				}
				if !bar(ls[h-1]) {
					t.Errorf("after %q: the last line is not the status bar: %q", k, ls[h-1])
				}
				tm.checkWidths(s)
				if w >= 41 {
					for i, l := range ls[:h-1] {
						if !strings.Contains(l, "│") {
							t.Errorf("after %q: row %d lost the outline's rule (a width drawn other than measured): %q", k, i, l)
						}
					}
				}
				if strings.ContainsAny(s, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") {
					t.Errorf("after %q: a bidi control reached the screen", k)
				}
			}
			if !strings.Contains(s, "点赞") && !strings.Contains(s, "全文完") {
				t.Errorf("text lost:\n%s", s)
			}
			tm.quit("q")
			if code := exitStatus(t, status); code != "0" {
				t.Errorf("exit %s", code)
			}
		})
	}
}

// TestPrintEscapesE2E: --outline and --print to a terminal show the escape
// sequences a document holds instead of obeying them: the screen is not
// cleared, the pane keeps its title, and ␛ marks where each stood; through
// a pipe the bytes pass as they are.
func TestPrintEscapesE2E(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "esc.txt")
	text := "标题\n\n第一篇\x1b]2;pwned\x07红\x1b[31m字\n\n一、加强\x1b[2J领导\n正文。\n"
	if err := os.WriteFile(doc, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	bin := binary(t)
	tm := newTerm(t, 80, 24, "echo BEFORE; "+bin+" --outline "+doc+"; "+bin+" --print 0 "+doc+
		"; echo ESC=$("+bin+" --outline "+doc+" | tr -cd '\\033' | wc -c); echo EXIT=$?; sleep 30")
	s := tm.waitText("EXIT=")
	for _, want := range []string{"BEFORE", "第一篇␛]2;pwned␇红␛[31m字", "一、加强␛[2J领导", "正文。"} {
		if !strings.Contains(s, want) {
			t.Errorf("screen lacks %q:\n%s", want, s)
		}
	}
	if title := tm.tmux("display", "-p", "#{pane_title}"); strings.Contains(title, "pwned") {
		t.Errorf("the document set the pane title: %q", title)
	}
	// Through a pipe the three ESC bytes of the titles pass.
	if !strings.Contains(s, "ESC=3") {
		t.Errorf("the pipe lost the escapes:\n%s", s)
	}
}
