package parse

import (
	"strings"
	"testing"
)

// The rules filter round 34 added on what heldout28 missed, each on
// lines of this file's own wording: an excerpt naming the share of the
// whole it is (excerptsOnly with shareWords), an author's footer that
// disowns the text after introducing the author (disownsLater), and a
// long row of listed links ending on a chevron (linkRow, listedItems).

// hiddenAsPlaced reports whether line is hidden in a document of the
// genre's prose, glued between its paragraphs or between blank lines, and
// at its foot (the rounds' tests, 34 on, place their lines so).
func hiddenAsPlaced(line string) (glued, alone, foot bool) {
	at := func(doc []string) bool {
		d := Parse(strings.Join(doc, "\n") + "\n")
		return junkLines(d)[indexOf(doc, line)+1]
	}
	return at([]string{recordProse, line, recordProse}),
		at([]string{recordProse, "", line, "", recordProse}),
		at([]string{recordProse, recordProse, "", line})
}

func TestRound34Lines(t *testing.T) {
	cases := []struct {
		name, line string
		hidden     bool
	}{
		// a part of the text, the whole named by its share
		{"excerpt: a quarter of a talk", "本篇只整理了主讲人讲的约四分之一，提问环节的内容等录音转好再补。", true},
		{"excerpt: two fifths of a launch", "【发布会速记】本视频只收录了现场的五分之二，嘉宾对谈那段下周放出……", true},
		{"kept: an archive's work done in part", "全年只整理了馆藏档案的五分之一，主要原因是专业人员严重不足。", false},
		{"kept: half a plan's tasks", "截至目前，只完成了年度计划任务的一半，下一步将倒排工期、挂图作战。", false},
		// an author's footer: who the author is, then the text disowned
		{"footer: an answerer's credentials", "答主：老陈，做了十二年车险定损。本回答仅供参考，实际赔付以保险公司核定为准。", true},
		{"footer: a supervisor's byline", "文/小林，十年装修监理。文中报价仅供参考，各地人工费差别较大，请勿照搬。", true},
		{"kept: an author's note and a grant", "（作者系市委党校经济学教研部副教授。本文系省社科规划课题阶段性成果）", false},
		{"kept: a report's figures prevailing", "表中数据均为快报数。文中数据以统计部门最终公布为准。", false},
		// a notice limiting its own use after its business opens on no author
		{"kept: a notice kept in-house", "全县所有生产经营单位，重点是危化品和建筑施工企业。请各单位认真组织学习，结合实际抓好落实。本材料仅供内部学习使用，请勿外传。", false},
		{"kept: a list for reference", "各单位要高度重视，于本月底前报县应急管理局。文中涉及的企业名单仅供参考，不作为执法依据。", false},
		{"footer: a byline between bars", "作者 | 老周，干了十五年家装监理。文中报价仅供参考，各地差别较大，请勿照搬。", true},
		{"footer: a byline in brackets", "【作者】老周，干了十五年家装监理。文中报价仅供参考，请勿照搬。", true},
		{"footer: the text's author named", "本文作者：老周，十五年家装监理。文中报价仅供参考，请勿照搬。", true},
		{"footer: a video maker's byline", "UP主：阿杰，修了八年二手车。视频中报价仅供参考，请勿照搬。", true},
		{"footer: a writer introducing themselves", "我是阿梅，在月子会所做了八年护理。以上内容仅代表个人经验，不构成医疗建议，请勿照搬。", true},
		// a row of related links ending on a chevron
		{"links: related articles", "猜你喜欢 ▸ 二手房过户流程全解 ▸ 公积金贷款到底怎么算 ▸ 契税新政一图读懂　更多文章 ＞", true},
		{"links: courses between bars", "热门课程 | 科目一速记口诀 | 科目二倒库技巧 | 夜间灯光模拟考试　全部课程 ›", true},
		{"kept: tasks between dots", "重点任务：产业振兴·人才振兴·文化振兴·生态振兴·组织振兴，一项一项抓落实。", false},
	}
	for _, c := range cases {
		g, a, f := hiddenAsPlaced(c.line)
		if g != c.hidden || a != c.hidden || f != c.hidden {
			t.Errorf("%s: %q hidden glued %v, alone %v, at the foot %v; want %v", c.name, c.line, g, a, f, c.hidden)
		}
	}
}

func TestListedItems(t *testing.T) {
	cases := []struct {
		in  string
		row bool
	}{
		{"猜你喜欢 ▸ 过户流程全解 ▸ 公积金贷款到底怎么算 ▸ 契税新政一图读懂　更多文章 ＞", true},
		{"全部评价（2318）›", true},
		// long, listing, but no chevron at its end
		{"猜你喜欢 ▸ 过户流程全解 ▸ 公积金贷款到底怎么算 ▸ 契税新政一图读懂　更多文章", false},
		// long, a chevron at its end, but no list: a comparison
		{"经测算，本年度全市规模以上工业企业的亩均税收与上年相比的增长率＞", false},
	}
	for _, c := range cases {
		if got := linkRow(c.in); got != c.row {
			t.Errorf("linkRow(%q) = %v, want %v", c.in, got, c.row)
		}
	}
	// listedItems alone: a mark set between items twice
	lists := []struct {
		in   string
		list bool
	}{
		{"二手房过户 ▸ 公积金贷款 ▸ 契税新政", true},
		{"首页 | 政策解读 | 办事指南", true},
		{"卡尔·马克思的故乡", false},      // one middle dot: a name
		{"第一个 ▸ 后面没有第二个", false},  // one mark
		{"全年完成投资额增长超过一成＞", false}, // a chevron, no list
	}
	for _, c := range lists {
		if got := listedItems(c.in); got != c.list {
			t.Errorf("listedItems(%q) = %v, want %v", c.in, got, c.list)
		}
	}
}

func TestIntroducesAuthor(t *testing.T) {
	cases := []struct {
		in     string
		author bool
	}{
		{"答主：老陈，做了十二年车险定损", true},
		{"作者 | 老周，干了十五年家装监理", true},
		{"【作者】老周", true},
		{"本文作者：老周", true},
		{"up主：阿杰", true},
		{"我是阿梅，在月子会所做了八年护理", true},
		{"我是否真正做到了心中有责", false},
		{"全县所有生产经营单位，重点是危化品企业", false},
		{"文件要求各单位认真组织学习", false},
	}
	for _, c := range cases {
		if got := introducesAuthor(c.in); got != c.author {
			t.Errorf("introducesAuthor(%q) = %v, want %v", c.in, got, c.author)
		}
	}
}
