package parse

import (
	"strings"
	"testing"

	"wenji/model/export"
)

// TestTableCellsAreText: a table's cells copied out of Word, one a line,
// are the text of the part above them, and the part's numbered children
// still sit right under it (they sat under the last cell, 5.5%以内).
func TestTableCellsAreText(t *testing.T) {
	text := "2025年某市政府工作报告\n\n" +
		"二、2025年主要目标\n" +
		"今年的主要预期目标是：地区生产总值增长6%左右。城镇调查失业率5.5%以内。\n" +
		"指标\n2025年目标\n地区生产总值增长\n6%左右\n城镇调查失业率\n5.5%以内\n" +
		"重点抓好以下工作：\n" +
		"（一）扩大有效需求\n全年完成固定资产投资一千二百亿元以上，争取专项债券资金一百亿元。\n" +
		"（二）加快发展新质生产力\n全社会研发经费投入强度提高到百分之二点八。\n"
	want := "2025年某市政府工作报告\n  二、2025年主要目标\n    （一）扩大有效需求\n    （二）加快发展新质生产力\n"
	if got := outlineOf(text); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
	// Two short lines in a row are still a heading and its subheading.
	two := "某县工作总结\n\n工作回顾\n农业生产\n粮食产量达到五十万吨，增长百分之二，连续十年保持稳定。\n"
	if got := outlineOf(two); !strings.Contains(got, "农业生产") {
		t.Errorf("a heading over a subheading lost:\n%s", got)
	}
}

// TestDocxTableCells: the cells of a Word table of two or more columns
// are body text however short; a one-cell table, a box round a heading,
// keeps it.
func TestDocxTableCells(t *testing.T) {
	src := "{c}**2025年某市政府工作报告**\n" +
		"二、2025年主要目标\n" +
		"{tbl}地区生产总值增长|6%左右\n" +
		"（一）扩大有效需求\n全年完成固定资产投资一千二百亿元以上，争取专项债券资金一百亿元。\n" +
		"{tbl1}重点项目建设\n" +
		"全年实施重点项目四百个，年度完成投资一千二百亿元以上。\n"
	want := "2025年某市政府工作报告\n  二、2025年主要目标\n    （一）扩大有效需求\n      重点项目建设\n"
	if got := docxOutline(t, src); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
}

// TestSignatureNotHeading: the issuer's name over a date at the end of a
// report is its signature, not a heading of the last part.
func TestSignatureNotHeading(t *testing.T) {
	text := "某市生态环境局2024年工作总结\n\n一、工作总结\n全年空气质量优良天数比例达到百分之九十一点五，同比提高二点三个百分点。\n" +
		"二、工作安排\n持续改善生态环境质量，推进重点行业超低排放改造。\n某市生态环境局\n2025年1月10日\n"
	want := "某市生态环境局2024年工作总结\n  一、工作总结\n  二、工作安排\n"
	// A closing exclamation after the signature owns nothing either.
	for _, tail := range []string{"", "谢谢大家！\n", "谢谢！\n"} {
		if got := outlineOf(text + tail); got != want {
			t.Errorf("with %q after the signature, outline:\n%s\nwant:\n%s", tail, got, want)
		}
	}
}

// TestTabbedTableRows: a table copied out of Word as rows, its cells
// parted by tabs, is text even when it has only two rows.
func TestTabbedTableRows(t *testing.T) {
	text := "2025年某市政府工作报告\n\n二、2025年主要目标\n今年的主要预期目标如下。\n" +
		"指标\t2025年目标\n地区生产总值增长\t6%左右\n" +
		"（一）扩大有效需求\n全年完成固定资产投资一千二百亿元以上，争取专项债券资金一百亿元。\n"
	want := "2025年某市政府工作报告\n  二、2025年主要目标\n    （一）扩大有效需求\n"
	if got := outlineOf(text); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
}

// docxOutline is the outline of the .docx familyDocx makes of src.
func docxOutline(t *testing.T, src string) string {
	t.Helper()
	text, hints, err := docxText(familyDocx(t, src))
	if err != nil {
		t.Fatal(err)
	}
	return export.Outline(ParseHinted(text, hints).Root)
}
