package reader

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"wenji/ui/cjk"
	"wenji/ui/common"
	"wenji/ui/internal/uitest"
)

// TestStatusTags (issue 14, issue 15 item 14): the status bar names the
// format and the encoding beside the file's name, whole at every width
// that has room for them, with the opening notice shown; the name is cut
// first.
func TestStatusTags(t *testing.T) {
	tests := []struct {
		lang, format string
		pages        int
		enc, want    string
	}{
		{"zh", "PDF", 34, "", "[PDF 34页]"},
		{"en", "PDF", 34, "", "[PDF 34 pages]"},
		{"zh", "DOC", 0, "", "[DOC]"},
		{"zh", "WPS", 0, "", "[WPS]"},
		{"en", "EPUB", 0, "", "[EPUB]"},
		{"zh", "DOCX", 0, "", "[DOCX]"},
		{"zh", "", 0, "GB18030", "[GB18030]"},
		{"zh", "", 0, "UTF-8", ""},
		{"zh", "DOC", 0, "GB18030", "[DOC] [GB18030]"},
	}
	for _, tc := range tests {
		for _, w := range []int{80, 100, 120, 200} {
			d, err := uitest.SampleDoc()
			if err != nil {
				t.Fatal(err)
			}
			d.Format, d.Pages, d.Encoding = tc.format, tc.pages, tc.enc
			m := sized(d, w, 30, Options{Lang: tc.lang, FileName: "/docs/2024年某某市人民政府工作报告全文（定稿）.txt"})
			for _, keys := range [][]string{nil, {"j"}, {"G", "p"}} {
				m := press(m, keys...)
				st := statusLine(m)
				if !strings.Contains(st, tc.want) {
					t.Errorf("%s %s %s at %d after %v: no %q in %q", tc.lang, tc.format, tc.enc, w, keys, tc.want, st)
				}
				if tc.want == "" && strings.Contains(st, "[") {
					t.Errorf("a tag for UTF-8 text: %q", st)
				}
				if !strings.Contains(st, "2024") {
					t.Errorf("at %d the tags took the whole name: %q", w, st)
				}
				checkSize(t, m, w, 30)
			}
		}
	}
}

// TestStatusFileNameOneLine (issue 15 item 11): a file name with a line
// feed, a carriage return or an escape is one line of the status bar, its
// controls drawn as placeholders.
func TestStatusFileNameOneLine(t *testing.T) {
	d, err := uitest.SampleDoc()
	if err != nil {
		t.Fatal(err)
	}
	m := sized(d, 120, 30, Options{FileName: "/docs/报告\n第二行\r\x1b[31m.txt"})
	lines := screen(m)
	if len(lines) != 30 {
		t.Fatalf("%d lines, want 30", len(lines))
	}
	st := lines[29]
	if !strings.Contains(st, "报告␊第二行") || !strings.Contains(st, "␛[31m") {
		t.Errorf("the name's controls are not placeholders: %q", st)
	}
	if !strings.Contains(lines[0], "2024年") && !strings.Contains(strings.Join(lines[:3], ""), "2024") {
		t.Errorf("the title row scrolled off: %q", lines[0])
	}
	checkSize(t, m, 120, 30)
}

// Standard input is called so in the reader's language, whether named -
// or /dev/stdin (whose base name showed as stdin under a Chinese locale).
func TestStdinName(t *testing.T) {
	for _, tc := range []struct{ name, lang, want string }{
		{"-", "zh", "标准输入"}, {"/dev/stdin", "zh", "标准输入"}, {"/dev/fd/0", "zh", "标准输入"},
		{"/proc/self/fd/0", "zh", "标准输入"}, {"/dev/stdin", "en", "stdin"}, {"/dev/fd/63", "zh", "63"},
		{"docs/stdin", "zh", "stdin"},
	} {
		m := sized(buildDoc("标题", "正文一段。"), 80, 10, Options{FileName: tc.name, Lang: tc.lang})
		if got := strings.Fields(statusLine(m))[0]; got != tc.want {
			t.Errorf("%s (%s): the status bar names it %q, want %q", tc.name, tc.lang, got, tc.want)
		}
	}
}

// TestStatusWidthEveryWidth (found by FuzzView in CI): the bar is exactly
// the width asked at every width, with a long note, tags that take most of
// the file's room and either ambiguous width; the file's tags once took
// columns the bar did not have.
func TestStatusWidthEveryWidth(t *testing.T) {
	st := common.DefaultStyles()
	tx := textFor("zh")
	for _, amb := range []int{1, 2} {
		w := cjk.New(amb)
		s := newStatus(w, &st, tx)
		for width := 1; width < 130; width++ {
			for _, note := range []string{"", "已隐藏 付费标记1（按 p 显示）", "已隐藏 广告3 · 声明1 · 付费标记2（按 p 显示）"} {
				for _, tags := range []string{"", "[windows-1252]", "[DOC] [GB18030]"} {
					for _, name := range []string{"fuzz\x1b[2J\u202e.txt", "a", "2024年某某市人民政府工作报告全文（定稿）.txt"} {
						v := s.View(width, name, tags, nil, 100, note)
						if got := w.String(ansi.Strip(v)); got != width {
							t.Errorf("amb %d width %d note %q tags %q name %q: %d: %q", amb, width, note, tags, name, got, ansi.Strip(v))
						}
					}
				}
			}
		}
	}
}

// TestPercentAt: a row shows the largest N whose N% lands on it or
// before it, 0–99.
func TestPercentAt(t *testing.T) {
	for _, tc := range []struct{ end, size, want int }{
		{1, 1000, 0},
		{10, 1000, 0},
		{11, 1000, 1},
		{500, 1000, 49},
		{501, 1000, 50},  // 50% is byte 500: the row [400,501) holds it
		{334, 1001, 33},  // 33% of 1001 is byte 330
		{1000, 1000, 99}, // the last row, not the end on screen
		{5000, 1000, 99}, // clamped
		{0, 0, 0},        // an empty text
		{1 << 40, 1 << 41, 49},
	} {
		if got := percentAt(tc.end, tc.size); got != tc.want {
			t.Errorf("percentAt(%d, %d) = %d, want %d", tc.end, tc.size, got, tc.want)
		}
	}
}

// TestUntitledNamedOnce: a document with no title (an empty file, a file
// of plain sentences, standard input) is titled by its file's name, and the
// status bar says that name once: it showed "empty.txt  empty.txt". A title
// of its own is still shown beside the file's name.
func TestUntitledNamedOnce(t *testing.T) {
	for _, tc := range []struct {
		file, lang, title string
		paras             []string
		want              int // times title is in the bar
	}{
		{"/tmp/empty.txt", "zh", "empty.txt", nil, 1},
		{"/tmp/plain.txt", "en", "plain.txt", []string{"正文一段。"}, 1},
		{"-", "zh", "标准输入", []string{"正文一段。"}, 1},
		{"-", "en", "stdin", nil, 1},
		{"/tmp/report.txt", "zh", "2025年政府工作报告", []string{"正文一段。"}, 1},
		{"/tmp/工作报告", "zh", "工作报告", []string{"正文一段。"}, 1},
	} {
		m := sized(buildDoc(tc.title, tc.paras...), 100, 10, Options{FileName: tc.file, Lang: tc.lang})
		bar := statusLine(m)
		if got := strings.Count(bar, tc.title); got != tc.want {
			t.Errorf("%s %q: %q in the bar %d times, want %d: %q", tc.file, tc.paras, tc.title, got, tc.want, bar)
		}
		if name := m.fileName(); !strings.Contains(bar, name) {
			t.Errorf("%s: the bar lost the file's name %q: %q", tc.file, name, bar)
		}
	}
}

// TestStatusNameKeepsEnd: a file name too long for its share of the bar
// is cut in its middle, as the library's list cuts it, so that its kind
// and the end that tells it from its neighbours (chatchat_note1.doc and
// .docx, 初稿 and 定稿) stay; it was cut at its end (chatchat_n…).
func TestStatusNameKeepsEnd(t *testing.T) {
	d := buildDoc("核电厂定期安全评价", "# 第一篇　关于定期安全评价的说明", "导语段落。", "## 一、工作简况", "正文。")
	for _, tc := range []struct {
		format, name, end string
	}{
		{"DOC", "/docs/chatchat_note1_核电厂定期安全评价编制说明.doc", "说明.doc"},
		{"", "/docs/2024年某某市人民政府工作报告全文汇编（定稿）.txt", "定稿）.txt"},
	} {
		d.Format = tc.format
		for _, w := range []int{60, 80} {
			m := press(sized(d, w, 24, Options{Lang: "en", FileName: tc.name}), "G")
			st := statusLine(m)
			if !strings.Contains(st, tc.end) {
				t.Errorf("%d columns: %q lost its end: %q", w, tc.name, st)
			}
			checkSize(t, m, w, 24)
		}
	}
}
