package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestEmojiBorderE2E (issue 15 item 14): headings and text with emoji ZWJ
// sequences and flags keep the outline's rule in one column on every row,
// as tmux draws them: a narrow emoji after a ZWJ (🐻‍❄️, 🏴‍☠️) and a
// subdivision flag's tags take no column of their own. Where the rule stands is asked of tmux itself
// (tmuxColumns), not of wenji's width function. (A sequence whose first
// emoji is narrow, 🏳️‍🌈, is left out: tmux 3.3 draws it in one column,
// kitty and WezTerm in two; wenji counts two, see cjk's runes.)
func TestEmojiBorderE2E(t *testing.T) {
	text := "表情测试汇编\n\n" +
		"第一篇　👨‍👩‍👧家庭\n\n" +
		"一、👩‍💻程序员与🇨🇳国旗\n" + strings.Repeat("正文👨‍👩‍👧‍👦团聚🇯🇵，", 8) + "\n" +
		"二、🌈彩虹与👩🏽‍💻\n" + strings.Repeat("正文🇫🇷🇩🇪，", 8) + "\n" +
		"三、🐻‍❄️北极熊与🏴‍☠️\n" + strings.Repeat("正文🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F🧑🏽‍🤝‍🧑🏽，", 8) + "\n" +
		"第二篇　🧑‍🤝‍🧑同行🇬🇧\n\n一、结尾\n全文完。\n"
	path := filepath.Join(t.TempDir(), "emoji.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	const w, h = 100, 20
	tm, status := session(t, w, h, "", path)
	s := tm.waitFor("the outline", func(s string) bool { return strings.Contains(s, "│") && strings.Contains(s, "emoji.txt") })
	var prefixes []string
	for _, l := range lines(s)[:h-1] {
		if i := strings.Index(l, "│"); i >= 0 {
			prefixes = append(prefixes, l[:i])
		}
	}
	if len(prefixes) != h-1 {
		t.Fatalf("%d rows with the rule, want %d:\n%s", len(prefixes), h-1, s)
	}
	cols := tmuxColumns(t, prefixes)
	for i, c := range cols {
		if c != cols[0] {
			t.Errorf("row %d: the rule at column %d, row 1 at %d: %q", i+1, c, cols[0], prefixes[i])
		}
	}
	tm.quit("q")
	if code := exitStatus(t, status); code != "0" {
		t.Errorf("exit %s", code)
	}
}

// tmuxColumns prints each string in a pane of its own tmux server and
// returns the column tmux left its cursor at: how wide tmux draws it.
func tmuxColumns(t *testing.T, ss []string) []int {
	t.Helper()
	dir := t.TempDir()
	in, out := filepath.Join(dir, "in"), filepath.Join(dir, "out")
	if err := os.WriteFile(in, []byte(strings.Join(ss, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Each string on a clear row; the pause lets tmux draw it before the
	// cursor is read.
	script := fmt.Sprintf(`while IFS= read -r l; do printf '\r%%s' "$l"; sleep 0.05; tmux display -p '#{cursor_x}' >> %s; printf '\r\033[K'; done < %s; echo done >> %s; sleep 30`, out, in, out)
	sock := fmt.Sprintf("wenji-cols-%d-%d", os.Getpid(), time.Now().UnixNano())
	cmd := exec.Command("tmux", "-L", sock, "-f", "/dev/null", "new-session", "-d", "-x", "300", "-y", "5",
		"env", "LANG=C.UTF-8", "LC_ALL=", "sh", "-c", script)
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("tmux: %v\n%s", err, b)
	}
	defer exec.Command("tmux", "-L", sock, "kill-server").Run()
	deadline := time.Now().Add(20 * time.Second)
	for {
		b, _ := os.ReadFile(out)
		if strings.HasSuffix(string(b), "done\n") {
			var cols []int
			for _, f := range strings.Fields(strings.TrimSuffix(string(b), "done\n")) {
				n, err := strconv.Atoi(f)
				if err != nil {
					t.Fatalf("cursor_x %q", f)
				}
				cols = append(cols, n)
			}
			if len(cols) != len(ss) {
				t.Fatalf("%d columns for %d strings", len(cols), len(ss))
			}
			return cols
		}
		if time.Now().After(deadline) {
			t.Fatalf("tmux did not measure the strings: %q", b)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
