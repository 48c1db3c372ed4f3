package parse

import (
	"strings"
	"testing"
)

// TestNestHalves: a report whose parts Word numbered, copied out as text,
// has its halves' titles (2024年工作回顾 / 2025年工作安排) and their
// subparts' as unnumbered lines side by side. The lines between two
// halves are the first's subparts; after the last, the count it announces
// (以下三个方面) or its subparts' shared opening word (坚持…) says where a
// part of its own (全面加强政府自身建设) begins, and with neither every line
// is its subpart. A half right before the next has none (今后五年的奋斗目标),
// and a half's title is never a cell of the table above it. A report on
// one matter has what stands before its plan (全市国有资产总体情况, 环境保护
// 目标完成情况及主要工作) as sections too, but for one holding no line
// (生态状况, a subpart); the problems it owns (存在的主要问题) hold the lines
// after them, and with a half they make two sections; what it asks
// (几点建议) after the plan is a part of its own. One half alone, states
// after it, a numbered part among them, or typed subparts under a line,
// moves nothing.
func TestNestHalves(t *testing.T) {
	const prose = "　　全年地区生产总值增长百分之六点一，一般公共预算收入增长百分之五点三，城乡居民收入稳步增长，各项事业取得新进展。\n"
	part := func(title string) string { return title + "\n" + prose }
	review := part("2024年工作回顾") + part("实体经济稳中提质") + part("改革创新纵深推进") + part("民生福祉不断增进")
	plan := func(announce string, subs ...string) string {
		s := "2025年工作安排\n　　今年是“十四五”规划收官之年，全市经济社会发展的主要预期目标是地区生产总值增长百分之六左右。" + announce + "\n"
		for _, t := range subs {
			s += part(t)
		}
		return s
	}
	const head = "某市政府工作报告\n\n"
	const self = "全面加强政府自身建设"
	reviewWant := "  2024年工作回顾\n    实体经济稳中提质\n    改革创新纵深推进\n    民生福祉不断增进\n"
	nested := func(subs []string, tail ...string) string {
		s := "某市政府工作报告\n" + reviewWant + "  2025年工作安排\n"
		for _, t := range subs {
			s += "    " + t + "\n"
		}
		for _, t := range tail {
			s += "  " + t + "\n"
		}
		return s
	}
	flat := func(lines ...string) string {
		return "某市政府工作报告\n  " + strings.Join(lines, "\n  ") + "\n"
	}
	subs := []string{"推动制造业转型升级", "扩大有效需求", "保障和改善民生"}
	kept := []string{"坚持产业立市，推动制造业转型升级", "坚持内需牵引，扩大有效需求", "坚持民生优先，保障和改善民生"}
	for _, c := range []struct{ name, text, want string }{
		{"a count", head + review + plan("重点抓好以下三个方面工作。", append(subs, self)...),
			nested(subs, self)},
		{"a shared opening", head + review + plan("", append(kept, self)...), nested(kept, self)},
		{"neither", head + review + plan("", append(subs, self)...), nested(append(subs, self))},
		{"the problems", head + review + part("存在的问题和不足") + plan("重点抓好以下三个方面工作。", subs...),
			"某市政府工作报告\n" + reviewWant + "  存在的问题和不足\n  2025年工作安排\n    " + strings.Join(subs, "\n    ") + "\n"},
		{"a half with none", head + review + part("今后五年的奋斗目标") + plan("重点抓好以下三个方面工作。", subs...),
			"某市政府工作报告\n" + reviewWant + "  今后五年的奋斗目标\n  2025年工作安排\n    " + strings.Join(subs, "\n    ") + "\n"},
		{"after a table", head + review + "指标\n单位\n2025年目标\n地区生产总值\n亿元\n一千四百五十\n2025年工作安排\n" + part(subs[0]) + part(subs[1]) + part(subs[2]),
			"某市政府工作报告\n" + reviewWant + "  2025年工作安排\n    " + strings.Join(subs, "\n    ") + "\n"},
		{"typed subparts", head + review + plan("") + part("完成国家下达任务") + part("（一）推动制造业转型升级"),
			flat("2024年工作回顾", "实体经济稳中提质", "改革创新纵深推进", "民生福祉不断增进", "2025年工作安排", "完成国家下达任务\n    （一）推动制造业转型升级")},
		{"one half", head + review + part("推动制造业转型升级"),
			flat("2024年工作回顾", "实体经济稳中提质", "改革创新纵深推进", "民生福祉不断增进", "推动制造业转型升级")},
		{"a numbered part", head + review + part("二、2025年工作安排") + part("推动制造业转型升级"),
			flat("2024年工作回顾", "实体经济稳中提质", "改革创新纵深推进", "民生福祉不断增进\n    二、2025年工作安排", "推动制造业转型升级")},
		{"what stands", head + part("全市国有资产总体情况") + part("企业国有资产") + part("金融企业国有资产") +
			part("国有资产管理工作情况") + part("企业国有资产管理持续加强") + part("金融企业运营稳健") +
			part("存在的主要问题") + part("企业国有资产方面") + part("金融企业国有资产方面") +
			part("下一步工作打算") + part("进一步优化国有资本布局") + part("进一步防范金融企业风险"),
			"某市政府工作报告\n  全市国有资产总体情况\n    企业国有资产\n    金融企业国有资产\n" +
				"  国有资产管理工作情况\n    企业国有资产管理持续加强\n    金融企业运营稳健\n" +
				"  存在的主要问题\n    企业国有资产方面\n    金融企业国有资产方面\n" +
				"  下一步工作打算\n    进一步优化国有资本布局\n    进一步防范金融企业风险\n"},
		{"a state holding none", head + part("全市生态环境状况") + part("大气环境") + part("水环境") + part("生态状况") +
			part("环境保护目标完成情况及主要工作") + part("深入打好蓝天保卫战") + part("深入打好碧水保卫战") +
			part("下一步工作安排") + part("持续改善空气质量") + part("巩固提升水环境质量"),
			"某市政府工作报告\n  全市生态环境状况\n    大气环境\n    水环境\n    生态状况\n" +
				"  环境保护目标完成情况及主要工作\n    深入打好蓝天保卫战\n    深入打好碧水保卫战\n" +
				"  下一步工作安排\n    持续改善空气质量\n    巩固提升水环境质量\n"},
		{"one half after the problems", head + part("坚持政治引领，持续加强理论武装") + part("聚焦主责主业，推动分管工作") +
			part("存在的问题和不足") + part("2025年工作打算") + part("在推动工业经济发展上再用力") + part("在守牢安全底线上再用力"),
			"某市政府工作报告\n  坚持政治引领，持续加强理论武装\n  聚焦主责主业，推动分管工作\n  存在的问题和不足\n" +
				"  2025年工作打算\n    在推动工业经济发展上再用力\n    在守牢安全底线上再用力\n"},
		{"the requests after the plan", head + review + plan("", append(subs, "几点建议")...),
			nested(subs, "几点建议")},
		{"states after the half", head + review + part("民生保障情况") + part("社会事业情况") + part("推动制造业转型升级"),
			flat("2024年工作回顾", "实体经济稳中提质", "改革创新纵深推进", "民生福祉不断增进", "民生保障情况", "社会事业情况", "推动制造业转型升级")},
	} {
		if got := outlineOf(c.text); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}
