package parse

import (
	"fmt"
	"testing"
)

// TestReviewAndRequestsTitles: a 汇报 copied out of Word with its parts'
// numbers lost names its review by what was done (主要做法和成效, no
// period in it) and what it asks as the matters to settle (需要协调解决的
// 事项): the first is a half beside 基本情况, not its subpart, and holds
// the lines up to the problems; the second is a part of its own after the
// plan, not the plan's last subpart.
func TestReviewAndRequestsTitles(t *testing.T) {
	const head = "岚溪县农业农村局\n关于高标准农田建设推进情况的汇报\n\n" +
		"基本情况\n　　全县耕地面积48.6万亩，已建成高标准农田31.2万亩，占耕地面积的64.2%%。\n" +
		"%s\n　　今年以来，我们坚持建管并重、以建促管，各项工作有序推进。\n" +
		"坚持规划引领，建设布局更加合理\n　　编制县级高标准农田建设规划，将建设任务分解到乡镇、落实到地块。\n" +
		"坚持质量第一，工程标准持续提升\n　　全面推行项目法人制、招投标制和工程监理制，聘请第三方开展质量抽检。\n" +
		"存在的主要问题\n　　建设标准偏低、亩均投入不足，部分设施后期管护不到位。\n" +
		"下一步工作打算\n　　我们将坚持问题导向，重点抓好以下工作。\n" +
		"完善投入机制，提高亩均投资水平\n　　积极争取中央和省级资金，统筹整合涉农资金，引导社会资本投入。\n" +
		"健全管护体系，确保工程长久发挥效益\n　　落实县乡村三级管护责任，建立管护经费保障机制。\n" +
		"%s\n　　恳请市级层面加大高标准农田建设资金支持力度。\n　　建议统筹解决项目区耕地质量提升资金。\n"
	const want = "岚溪县农业农村局\n关于高标准农田建设推进情况的汇报\n  基本情况\n  %s\n" +
		"    坚持规划引领，建设布局更加合理\n    坚持质量第一，工程标准持续提升\n  存在的主要问题\n  下一步工作打算\n" +
		"    完善投入机制，提高亩均投资水平\n    健全管护体系，确保工程长久发挥效益\n  %s\n"
	for _, c := range []struct{ review, asks string }{
		{"主要做法和成效", "需要协调解决的事项"},
		{"取得的主要成绩", "需要上级帮助解决的问题"},
		{"工作进展及成效", "请求协调解决的困难"},
	} {
		got := outlineOf(fmt.Sprintf(head, c.review, c.asks))
		if w := fmt.Sprintf(want, c.review, c.asks); got != w {
			t.Errorf("%s / %s:\n%s\nwant:\n%s", c.review, c.asks, got, w)
		}
	}
	for _, s := range []string{"党建工作成效", "项目建设进展", "问题整改", "需要注意的问题", "几个需要把握的问题"} {
		if reviewTitle(s) || requestsTitle(s) {
			t.Errorf("%s: a subpart's line, not a section's title", s)
		}
	}
}
