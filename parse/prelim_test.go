package parse

import (
	"testing"

	"wenji/model/export"
)

// TestStandardClausesBesidePrelims: a standard's Word template may style
// 前言 and 引言 one level above its numbered clauses (前言 and 引言 at
// Heading 1, 1　范围 at Heading 2): the clauses are still the standard's
// top level, beside 前言 and 引言, not the last preliminary element's
// children. Where a numbered part of another kind stands between them
// (第一章 at Heading 1), the levels are the document's own and are kept.
func TestStandardClausesBesidePrelims(t *testing.T) {
	const text = "水电站大坝安全监测\n" +
		"前  言\n本部分按照GB/T 1.1—2020给出的规则起草。\n本部分由电力行业大坝安全监测标准化技术委员会提出。\n" +
		"引\u2003\u2003言\n大坝安全监测是保障水电站安全运行的重要手段，本部分规定了数据整编的一般要求。\n" +
		"水电站大坝安全监测 第2部分：数据整编\n" +
		"1　范围\n本部分规定了水电站大坝安全监测数据整编的内容和方法。\n" +
		"2　规范性引用文件\n本文件没有规范性引用文件。\n" +
		"3　数据整编\n3.1　一般规定\n监测数据应及时整编。\n3.2　整编方法\n整编应采用统一的表格。\n"
	hints := []Hint{{Line: 1, Title: true}, {Line: 2, Heading: 1}, {Line: 5, Heading: 1},
		{Line: 8, Heading: 2}, {Line: 10, Heading: 2}, {Line: 12, Heading: 2}, {Line: 13, Heading: 3}, {Line: 15, Heading: 3}}
	const want = "水电站大坝安全监测\n  前  言\n  引\u2003\u2003言\n    水电站大坝安全监测 第2部分：数据整编\n" +
		"  1　范围\n  2　规范性引用文件\n  3　数据整编\n    3.1　一般规定\n    3.2　整编方法\n"
	if got := hintedOutlineOf(text, hints); got != want {
		t.Errorf("clauses under 引言:\n%s\nwant:\n%s", got, want)
	}
	// 第一章 styled Heading 1 between 引言 and the clause: the clause is
	// the chapter's.
	const chapter = "水电站大坝安全监测\n" +
		"引  言\n大坝安全监测是保障水电站安全运行的重要手段，本部分规定了数据整编的一般要求。\n" +
		"第一章　总则\n1　范围\n本部分规定了水电站大坝安全监测数据整编的内容和方法。\n2　规范性引用文件\n本文件没有规范性引用文件。\n"
	hints = []Hint{{Line: 1, Title: true}, {Line: 2, Heading: 1}, {Line: 4, Heading: 1}, {Line: 5, Heading: 2}, {Line: 7, Heading: 2}}
	const wantChapter = "水电站大坝安全监测\n  引  言\n  第一章 总则\n    1　范围\n    2　规范性引用文件\n"
	if got := hintedOutlineOf(chapter, hints); got != wantChapter {
		t.Errorf("clauses under a chapter:\n%s\nwant:\n%s", got, wantChapter)
	}
}

// hintedOutlineOf is outlineOf for text with a converter's hints.
func hintedOutlineOf(text string, hints []Hint) string {
	return export.Outline(ParseHinted(text, hints).Root)
}
