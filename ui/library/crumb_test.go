package library

import (
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/parse"
	"wenji/ui/reader"
)

// TestLibraryHeadingHitMidLine: a heading found by a # search that starts
// partway through its line (一是… 二是… inside a paragraph) opens with the
// breadcrumb naming it, not the heading before it on that line.
func TestLibraryHeadingHitMidLine(t *testing.T) {
	body := strings.Repeat("以科技创新推动产业创新，加快发展新质生产力，持续增强发展动能。", 6)
	text := "关于工作的报告\n\n一、总体要求\n\n　　我们要做好三件事。一是加强组织领导，确保各项任务落实到位。" + body +
		"二是完善制度机制，健全长效机制。" + body + "三是强化督查考核，狠抓落实。" + body + "\n\n" +
		"二、重点任务\n\n" + strings.Repeat("　　"+body+"\n\n", 12)
	path := filepath.Join(testDir(), "midline", "报告.txt")
	writeTestFile(path, []byte(text))
	opt := Options{
		Reader: reader.Options{Lang: "zh", Ambiguous: 1},
		Dir:    "/lib",
		Cache:  testCache(),
		Files:  []File{{Path: path, Rel: "报告.txt", Size: int64(len(text))}},
		Open: func(string) (Opened, error) {
			return Opened{Doc: parse.Parse(text), Key: "k/midline"}, nil
		},
	}
	for _, w := range []int{80, 120} {
		l := libStart(opt, w, 24)
		l = libDrive(l, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/#完善制度")})
		if !l.search.done || l.search.hits != 1 {
			t.Fatalf("#完善制度: %d hits:\n%s", l.search.hits, strings.Join(libScreen(l), "\n"))
		}
		l = libKeys(l, "down", "enter")
		if l.reader == nil {
			t.Fatalf("enter opened nothing:\n%s", strings.Join(libScreen(l), "\n"))
		}
		if got := l.reader.Current().Heading(); !strings.HasPrefix(got, "二是完善制度机制") {
			t.Errorf("at %d the reader is in %q", w, got)
		}
		if st := statusLine(*l.reader); !strings.Contains(st, "健全长效机制") || strings.Contains(st, "落实到位") {
			t.Errorf("at %d the breadcrumb is %q", w, st)
		}
	}
}
