package parse

import (
	"testing"
)

// The rules of session 24 (issue 13), each on a text of its own written
// for it in the genre: a joint byline of issuing bodies, a lone opening
// 首先， courtesy, a party group over its report's title, a Word list's
// items under a sub-part standing alone, the problems' title after a
// table, a lead naming a term that opens with a digit, parallel labels
// closed by mixed marks, a plain part's lone lead, and the line that
// lists an appendix printed after.

// TestOfficesByline: a line of issuing bodies set apart by spaces (中共某县委
// 某县人民政府) under a title's date line is the title's text, as one office
// is; the first 一、 sits right under the title.
func TestOfficesByline(t *testing.T) {
	for _, byline := range []string{"中共禾川县委　禾川县人民政府", "中共禾川县委 禾川县人民政府"} {
		text := "禾川县2026年度推进乡村全面振兴\n实绩考核工作汇报\n（2026年12月5日）\n" + byline + "\n尊敬的考核组各位领导：\n" +
			"　　禾川县辖9个乡镇、124个行政村，全年农村居民人均可支配收入增长7.1%，各项工作扎实推进。\n" +
			"一、巩固拓展脱贫攻坚成果\n　　全年新识别监测对象218户，风险消除率达到76%，守住了不发生规模性返贫的底线。\n" +
			"二、发展乡村特色产业\n　　新建茶叶、食用菌等产业基地18个，带动脱贫户一万余户增收。\n"
		want := "禾川县2026年度推进乡村全面振兴\n实绩考核工作汇报\n  一、巩固拓展脱贫攻坚成果\n  二、发展乡村特色产业\n"
		if got := outlineOf(text); got != want {
			t.Errorf("%s:\n%s\nwant:\n%s", byline, got, want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"中共杉口县委　杉口县人民政府", true},
		{"市教育局党组　市教育局", true},
		{"中共杉口县委", false},    // one office: isOfficeLine's
		{"县长　张某某", false},    // a person
		{"全面推进　乡村振兴", false}, // two phrases, no office
		{"中共杉口县委　杉口县人民政府　县委办　县政府办　县人大办", false}, // five
	} {
		if got := isOfficesLine(c.s); got != c.want {
			t.Errorf("isOfficesLine(%q) = %v", c.s, got)
		}
	}
}

// TestLoneFirstly: a paragraph opening with 首先， that no 其次， follows (首先，
// 我代表县委、县政府，对考核组…表示热烈欢迎！) is text, not a level the report
// hangs under; 首先，… / 其次，… stay a run of measures.
func TestLoneFirstly(t *testing.T) {
	const title = "禾川县2026年乡村振兴工作汇报\n\n"
	const parts = "一、巩固拓展脱贫攻坚成果\n　　全年新识别监测对象218户，风险消除率达到76%，守住了不发生规模性返贫的底线。\n" +
		"二、发展乡村特色产业\n　　新建茶叶、食用菌等产业基地18个，带动脱贫户一万余户增收。\n"
	text := title + "　　首先，我代表县委、县政府，对考核组莅临禾川检查指导工作表示热烈欢迎！下面，我将有关情况汇报如下。\n" + parts
	if got, want := outlineOf(text), "禾川县2026年乡村振兴工作汇报\n  一、巩固拓展脱贫攻坚成果\n  二、发展乡村特色产业\n"; got != want {
		t.Errorf("a lone 首先，:\n%s\nwant:\n%s", got, want)
	}
	run := title + "一、巩固拓展脱贫攻坚成果\n" +
		"首先，压实帮扶责任\n　　县级领导包保重点村全覆盖，落实帮扶措施2860条，确保责任到人。\n" +
		"其次，强化产业帮扶\n　　新建产业基地24个，带动脱贫户1.36万户，衔接资金用于产业的比例达到62%。\n"
	got := outlineOf(run)
	if !containsLine(got, "    首先，压实帮扶责任\n") || !containsLine(got, "    其次，强化产业帮扶\n") {
		t.Errorf("a 首先/其次 run:\n%s", got)
	}
}

// TestPartyGroupOverTitle: an office's party group over the title of what
// it reports (中共某市住房和城乡建设局党组 / 关于…整改情况的报告) is the title's
// first line, as an office is, with an addressee after it.
func TestPartyGroupOverTitle(t *testing.T) {
	text := "中共禾川市住房和城乡建设局党组\n关于市委第二巡察组巡察反馈意见整改情况的报告\n市委巡察工作领导小组：\n" +
		"　　根据市委统一部署，市委第二巡察组对我局党组开展了常规巡察，现将整改情况报告如下。\n" +
		"一、提高政治站位\n　　局党组第一时间召开专题会议，传达学习巡察反馈意见，班子成员逐一表态。\n" +
		"二、整改落实情况\n　　反馈的11个问题已完成整改9个，其余2个正在按计划推进。\n"
	want := "中共禾川市住房和城乡建设局党组\n关于市委第二巡察组巡察反馈意见整改情况的报告\n  一、提高政治站位\n  二、整改落实情况\n"
	if got := outlineOf(text); got != want {
		t.Errorf("\n%s\nwant:\n%s", got, want)
	}
	if !isPartyGroup("中共禾川市住房和城乡建设局党组") || !isPartyGroup("市教育局党委") || isPartyGroup("全面从严治党组") {
		t.Error("isPartyGroup")
	}
}
