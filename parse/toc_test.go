package parse

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"wenji/model"
)

// tocStandard is a standard's front matter: a cover page, then its 目次
// (the heading spelt as the case gives it), entries with page numbers,
// roman for the front matter's pages, then the text itself.
func tocStandard(head string) string {
	return strings.Join([]string{
		"ICS 27.120.99",
		"中华人民共和国能源行业标准",
		"核电厂定期安全评价",
		"第7部分：经验反馈",
		"2023-01-01发布",
		"国家能源局   发布",
		head,
		"前\u2003\u2003言 II",
		"引  言 III",
		"1 范围 4",
		"2 规范性引用文件 4",
		"3 术语和定义 5",
		"前\u2003\u2003言",
		"本部分按照GB/T 1.1—2020给出的规则起草。",
		"引  言",
		"本部分规定了经验反馈要素的评价。",
		"1 范围",
		"本部分适用于核电厂的定期安全评价。",
		"2 规范性引用文件",
		"下列文件对于本文件的应用是必不可少的。",
		"3 术语和定义",
		"下列术语和定义适用于本文件。",
	}, "\n") + "\n"
}

// pageEnd is an outline line ending in a page number, arabic or roman:
// a table of contents' entry read as a heading.
var pageEnd = regexp.MustCompile(`\s(\d+|[IVX]+)$`)

// TestTOCAfterCover: a table of contents after a cover page, headed 目录
// or 目次 spaced out as standards print it (two spaces, U+3000, U+2003
// em spaces), never becomes outline nodes, its entries with roman page
// numbers included; the headings after it do, each once.
func TestTOCAfterCover(t *testing.T) {
	for _, head := range []string{"目  次", "目　次", "目次", "目\u2003\u2003次", "目录", "目 录", "Contents"} {
		d := Parse(tocStandard(head))
		var heads []string
		for n := range d.Root.All() {
			h := n.Heading()
			heads = append(heads, h)
			if k := tocKey(h); k == "目次" || k == "目录" || strings.EqualFold(k, "contents") || pageEnd.MatchString(h) {
				t.Errorf("%q: node %q", head, h)
			}
		}
		got := strings.Join(heads, " / ")
		for _, want := range []string{"1 范围", "2 规范性引用文件", "3 术语和定义"} {
			if strings.Count(got, want) != 1 {
				t.Errorf("%q: %q is not one node: %s", head, want, got)
			}
		}
		if !strings.Contains(d.Text, head+"\n前\u2003\u2003言 II") {
			t.Errorf("%q: the table of contents left the text", head)
		}
	}
}

// TestTOCWordNotHead: a 目录 line before a single heading (a word alone
// on its line, not a table of contents) leaves that heading a node.
func TestTOCWordNotHead(t *testing.T) {
	d := Parse("关于工作的报告\n一、总体情况\n今年以来，各项工作稳步推进。\n目录\n二、主要做法\n加强组织领导，压实工作责任。\n")
	if !hasHeading(d.Root, "二、主要做法") {
		var heads []string
		for n := range d.Root.All() {
			heads = append(heads, n.Heading())
		}
		t.Errorf("二、主要做法 is no node: %s", strings.Join(heads, " / "))
	}
}

// TestTrimRomanPage: a roman page number after a space or a leader goes;
// roman letters that are the title's own stay.
func TestTrimRomanPage(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"前言 II", "前言 "}, {"引\u2003\u2003言\u2003III", "引\u2003\u2003言\u2003"}, {"引言……iv", "引言……"},
		{"附录IX", "附录IX"}, {"VI", "VI"}, {"前言 XVIIIII", "前言 XVIIIII"}, {"前言", "前言"}, {"", ""},
	} {
		if got := trimRomanPage(c.in); got != c.want {
			t.Errorf("trimRomanPage(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestTOCCorpusStandards: the corpus's standards (.doc and .docx) put
// their 目  次 after a cover page; no node of their outlines is the
// table of contents or one of its page-numbered entries.
func TestTOCCorpusStandards(t *testing.T) {
	paths, _ := filepath.Glob("../../shared/corpus/formats/*std*.doc*")
	if len(paths) == 0 {
		t.Skip("no corpus/formats")
	}
	for _, p := range paths {
		d, err := Open(filepath.Base(p), []byte(readOrSkip(t, p)), Options{})
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		nodes := 0
		for n := range d.Root.All() {
			nodes++
			if h := n.Heading(); tocKey(h) == "目次" || pageEnd.MatchString(h) {
				t.Errorf("%s: node %q", filepath.Base(p), h)
			}
		}
		if nodes < 10 || !hasHeading(d.Root, "1\u3000范围") {
			t.Errorf("%s: %d nodes, 1 范围 among them: %v", filepath.Base(p), nodes, hasHeading(d.Root, "1\u3000范围"))
		}
	}
}

func hasHeading(root *model.Node, h string) bool {
	for n := range root.All() {
		if n.Heading() == h {
			return true
		}
	}
	return false
}
