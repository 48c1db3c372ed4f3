package library

import (
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/ui/reader"
)

// TestResultRowKeepsNameEnds: a document's row of the search results
// cuts its file as the list does (the folder first, the name's middle,
// its end kept), giving the title and the file half the room each when
// both are long. The row was the title and the file cut at its end, so
// that a long title left no file at all, and names alike but for their
// ends read the same.
func TestResultRowKeepsNameEnds(t *testing.T) {
	dir := t.TempDir()
	rels := []string{"formats/2023年度政府工作报告汇编_定稿.txt", "formats/2023年度政府工作报告汇编_初稿.txt", "formats/短.txt"}
	titles := []string{"关于进一步加强和改进新时代调查研究工作的若干意见汇编（定稿）", "关于进一步加强和改进新时代调查研究工作的若干意见汇编（初稿）", "短标题"}
	var files []File
	for i, rel := range rels {
		p := filepath.Join(dir, rel)
		text := titles[i] + "\n\n正文调查研究。\n"
		writeTestFile(p, []byte(text))
		files = append(files, File{Path: p, Rel: rel, Size: int64(len(text))})
	}
	for _, w := range []int{60, 80, 120} {
		l := libStart(Options{Reader: reader.Options{Lang: "en", Ambiguous: 1}, Dir: dir, Files: files}, w, 14)
		l = libKeys(l, "/", "调", "查")
		checkLibSize(t, l, w, 14)
		s := strings.Join(libScreen(l), "\n")
		if !l.search.done || len(l.search.groups) != 3 {
			t.Fatalf("%d columns: %d documents found:\n%s", w, len(l.search.groups), s)
		}
		for _, want := range []string{"定稿.txt", "初稿.txt", "关于进一步", "formats/短.txt"} {
			if !strings.Contains(s, want) {
				t.Errorf("%d columns: %q not on screen:\n%s", w, want, s)
			}
		}
	}
}

// TestHeadingHitCrumb: a hit in a heading's own line shows the headings
// above it as its breadcrumb, not the heading again beside its snippet.
func TestHeadingHitCrumb(t *testing.T) {
	_, opt := newTestLibrary(4)
	l := libDrive(New(opt), tea.WindowSizeMsg{Width: 100, Height: 30})
	l = libDrive(l, libRunCmd(l.Init())[0])
	l = libKeys(l, "/", "主", "要", "做", "法")
	s := libScreen(l)
	found := 0
	for _, row := range s {
		if strings.Count(row, "一、主要做法") > 1 {
			t.Errorf("the heading twice: %q", row)
		}
		if strings.Contains(row, "文章  一、主要做法") {
			found++
		}
	}
	if found == 0 {
		t.Errorf("no hit row with its article as breadcrumb:\n%s", strings.Join(s, "\n"))
	}
}
