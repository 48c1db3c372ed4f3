package parse

import "testing"

// TestTableRowsWithNumbers: a table copied out of Word whose rows open
// with a number and end with a date or a unit (序号 / 工作任务 / 责任科室 /
// 完成时限, then 1 / …评估 / 规划科 / 2025年6月) has its title-like cells
// two in a row at most; the short lines of numbers between them make them
// one run of cells, the text of the part, and a decimal cell after items
// 1.–6. (7.2) is no item 7.
func TestTableRowsWithNumbers(t *testing.T) {
	text := "2025年某局工作要点\n\n" +
		"一、重点任务\n" +
		"1.推进规划实施。开展规划实施总结评估，形成评估报告。\n" +
		"2.优化营商环境。开展营商环境优化提升行动，推行一件事一次办。\n" +
		"3.扩大有效投资。谋划实施重大项目一百个，争取专项债券资金。\n" +
		"4.推动绿色转型。推进碳达峰试点建设，开展节能降碳改造。\n" +
		"5.保障改善民生。办好十件民生实事，兜牢民生底线。\n" +
		"6.加强自身建设。深化作风建设，提升服务效能。\n" +
		"附件\n2025年重点工作任务分工表\n" +
		"序号\n工作任务\n责任科室\n完成时限\n" +
		"1\n规划实施总结评估\n规划科\n2025年6月\n" +
		"2\n营商环境优化提升行动\n营商环境科\n2025年12月\n" +
		"指标\n单位\n目标\n规上工业增加值\n%\n7.2\n"
	want := "2025年某局工作要点\n  一、重点任务\n" +
		"    1.推进规划实施\n    2.优化营商环境\n    3.扩大有效投资\n    4.推动绿色转型\n    5.保障改善民生\n    6.加强自身建设\n" +
		"  附件 2025年重点工作任务分工表\n"
	if got := outlineOf(text); got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
}
