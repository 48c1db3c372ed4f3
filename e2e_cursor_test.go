package main

import (
	"fmt"
	"strings"
	"testing"
)

// cursorAt waits until the terminal's cursor is at column x, row y (from
// 0), as tmux has it, hidden or not.
func (tm *term) cursorAt(what string, x, y int) {
	tm.t.Helper()
	want := fmt.Sprintf("%d,%d", x, y)
	got := ""
	tm.waitFor(what+" (cursor at "+want+")", func(string) bool {
		got = strings.TrimSpace(tm.tmux("display", "-p", "#{cursor_x},#{cursor_y}"))
		return got == want
	})
}

// TestPromptCursorE2E: typing into a prompt puts the terminal's cursor,
// hidden as Bubble Tea keeps it, on the cell where the typed text goes
// in, where an input method draws what is being composed and its
// candidate box (they showed at the start of the last line, over the
// status bar): the reader's / on the last line, after the Chinese typed
// by its width and back on Left; the library's filter and search on
// their line. The frames are drawn as before, and a frame without a
// prompt leaves the cursor where Bubble Tea parks it.
func TestPromptCursorE2E(t *testing.T) {
	bin := binary(t)
	tm := newTerm(t, 80, 24, bin+" testdata/sample.txt")
	tm.waitText("以“小网格”托起“大民生”")
	tm.keys("/")
	tm.tmux("send-keys", "-l", "网格")
	s := tm.waitText("/网格")
	tm.cursorAt("after /网格", 5, 23)
	if !strings.Contains(lines(s)[0], "2024年基层治理") {
		t.Errorf("the first line changed under the prompt:\n%s", s)
	}
	tm.checkWidths(s)
	tm.keys("Left")
	tm.cursorAt("on 格", 3, 23)
	tm.keys("Enter")
	tm.cursorAt("no prompt", 0, 23)
	tm.quit("q")

	dir := makeLibrary(t)
	lib := newTerm(t, 80, 24, bin+" "+dir)
	lib.waitText("甲汇编")
	lib.keys("f")                          // the filter typed: the cursor is there
	lib.cursorAt("the empty filter", 8, 1) // " filter " and the cursor's cell
	lib.tmux("send-keys", "-l", "乙文")
	s = lib.waitText("filter 乙文")
	lib.cursorAt("after 乙文", 12, 1)
	lib.checkWidths(s)
	lib.keys("Escape", "/")
	lib.tmux("send-keys", "-l", "正文")
	lib.waitText("search all /正文")
	lib.cursorAt("after /正文", 17, 1) // " search all /" is 13 columns
	lib.quit("C-c")
}
