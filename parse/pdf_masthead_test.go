package parse

import (
	"fmt"
	"testing"

	"wenji/parse/pdf"
)

// TestPDFTitleUnderMasthead: a journal prints its masthead above an
// article's title as one row of cells (第3卷 第2期 / 机械工程学报 / 2001年6月):
// the title is the first paragraph after those cells, centred in a large
// type, and the parse names the root after it, the masthead its text.
// A paragraph of body text after the cells is no title.
func TestPDFTitleUnderMasthead(t *testing.T) {
	paras := []string{"第3卷 第2期", "机械工程学报", "2001年6月", "齿轮箱振动监测与故障诊断方法研究",
		"某某大学机械工程学院 李 明", "1 引 言", "齿轮箱是机械传动系统中的关键部件，其运行状态直接影响整机的可靠性。",
		"2 诊断方法", "本文采用时频分析方法对振动信号进行处理，提取故障特征。"}
	styles := []pdf.Style{{Size: 12, Page: 1, Cell: true}, {Size: 12, Page: 1, Cell: true}, {Size: 12, Page: 1, Cell: true},
		{Size: 21, Page: 1, Centered: true}, {Size: 12, Page: 1, Centered: true}, {Size: 12, Page: 1},
		{Size: 10.5, Page: 1}, {Size: 12, Page: 1}, {Size: 10.5, Page: 1}}
	doc := &pdf.Document{Paragraphs: paras, Styles: styles}
	want := []Hint{{Line: 1, Body: true}, {Line: 2, Body: true}, {Line: 3, Body: true}, {Line: 4, Title: true}}
	if h := pdfHints(doc); fmt.Sprint(h) != fmt.Sprint(want) {
		t.Errorf("hints %+v, want %+v", h, want)
	}
	text := ""
	for _, p := range paras {
		text += p + "\n"
	}
	if got := ParseHinted(text, pdfHints(doc)).Root.Title; got != paras[3] {
		t.Errorf("root title %q, want %q", got, paras[3])
	}
	doc.Styles[3] = pdf.Style{Size: 10.5, Page: 1}
	if h := pdfHints(doc); len(h) != 3 {
		t.Errorf("body text under the masthead: hints %+v", h)
	}
}
