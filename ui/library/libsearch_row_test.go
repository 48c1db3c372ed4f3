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

// A hit in a top-level heading has the document's title as its
// breadcrumb, the one title above it, and a hit in the title itself says
// it is the title, in the interface's language: both showed nothing
// before their snippets (hitCrumb leaves out the heading the snippet
// shows, and a top-level heading has none above it).
func TestTopHeadingHitCrumb(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		_, opt := newTestLibrary(2)
		opt.Reader.Lang = lang
		for _, w := range []int{100, 40} {
			l := libDrive(New(opt), tea.WindowSizeMsg{Width: w, Height: 30})
			l = libDrive(l, libRunCmd(l.Init())[0])
			l = libKeys(l, "/", "\\", "经", "验", "|", "篇", "关")
			s := libScreen(l)
			title, top := false, false
			for _, row := range s[3:] {
				title = title || strings.HasPrefix(row, "   "+libTextFor(lang).TitleCrumb+"  ") && strings.Contains(row, "经验汇编")
				top = top || strings.Contains(row, "经验汇编  第1篇关于调查研究") // the title's end, as a crumb is cut
				if strings.HasPrefix(row, "    ") && strings.TrimSpace(row) != "" {
					t.Errorf("%s, %d: a hit with no breadcrumb: %q", lang, w, row)
				}
			}
			if !title || !top {
				t.Errorf("%s, %d: the title's hit named %v, the heading's crumb the title %v:\n%s", lang, w, title, top, strings.Join(s, "\n"))
			}
			checkLibSize(t, l, w, 30)
		}
	}
}

// TestResultRowSaysListed: a document with more hits than its rows list
// says so beside its count (n in the reader goes on from the one opened),
// in either language; one whose hits are all listed shows its count alone.
// The count alone (25 处 over 20 rows) read as a miscount.
func TestResultRowSaysListed(t *testing.T) {
	dir := t.TempDir()
	var files []File
	for _, c := range []struct {
		rel  string
		hits int
	}{{"many.txt", 25}, {"few.txt", 3}} {
		p := filepath.Join(dir, c.rel)
		text := "标题\n\n" + strings.Repeat("调查研究。\n", c.hits)
		writeTestFile(p, []byte(text))
		files = append(files, File{Path: p, Rel: c.rel, Size: int64(len(text))})
	}
	for _, c := range []struct{ lang, many, few string }{
		{"zh", "25 处（列出前 20 处） ", "3 处 "},
		{"en", "25 hits (first 20 listed) ", "3 hits "},
	} {
		l := libStart(Options{Reader: reader.Options{Lang: c.lang, Ambiguous: 1}, Dir: dir, Files: files}, 80, 40)
		l = libKeys(l, "/", "调", "查")
		checkLibSize(t, l, 80, 40)
		var many, few bool
		for _, row := range libScreen(l) {
			many = many || strings.Contains(row, "many.txt") && strings.HasSuffix(row, c.many)
			few = few || strings.Contains(row, "few.txt") && strings.HasSuffix(row, c.few)
		}
		if !many || !few {
			t.Errorf("%s: the documents' rows:\n%s", c.lang, strings.Join(libScreen(l), "\n"))
		}
	}
}
