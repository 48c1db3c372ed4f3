package parse

import (
	"strings"
	"testing"
)

// TestLeadPair: in a report whose parts Word numbered, copied out as
// text, a sub-part holding two paragraphs that each open with a short
// measure (加强冷链设施建设。… / 做好节日市场供应。…以下工作：, the list after
// it numbered by Word and the numbers lost) has both as leads where its
// siblings hold runs of leads; a second paragraph that opens with no
// measure verb, or a count of targets, stays the first lead's text.
func TestLeadPair(t *testing.T) {
	doc := func(second string) string {
		return "溪州市商务局2027年工作要点\n" +
			"　　2027年全市商务工作的总体要求是，坚持稳中求进工作总基调，扎实推动商务高质量发展。\n" +
			"建设现代商贸流通体系\n" +
			"完善城乡商业网络\n" +
			"推进县域商业体系建设。支持3个县区建设县级物流配送中心，实现乡镇商贸中心全覆盖，补齐农村商业短板。\n" +
			"建设便民生活圈。新建15分钟便民生活圈10个，引导连锁企业进社区，满足居民日常消费需求。\n" +
			"发展农村电商。培育农村电商带头人500名，打造农产品网销品牌20个，带动农产品网络零售额增长。\n" +
			"提升流通保障水平\n" +
			"加强冷链设施建设。推进骨干冷链物流基地建设，新增冷库库容3万吨，补齐冷链流通短板。\n" +
			second +
			"落实市级储备肉800吨、储备蔬菜2000吨；\n" +
			"在城区布局应急保供网点80个；\n" +
			"每周发布重要商品价格监测信息。\n" +
			"加强商务领域安全监管\n" +
			"抓好安全生产。聚焦大型商场、成品油流通等领域，开展安全隐患排查整治，压实企业主体责任。\n" +
			"规范市场秩序。开展再生资源回收行业专项整治，严厉打击侵权假冒等违法行为，维护公平竞争。\n" +
			"推进信用建设。建立商贸流通企业信用档案，实施分级分类监管，推动信用信息共享应用。\n"
	}
	got := outlineOf(doc("做好节日市场供应。完善肉菜等生活必需品监测和应急储备体系，具体做好以下工作：\n"))
	if !containsLine(got, "    加强冷链设施建设\n    做好节日市场供应\n  加强商务领域安全监管\n") {
		t.Errorf("the pair:\n%s", got)
	}
	for _, second := range []string{
		"全年工作任务较重。完善肉菜等生活必需品监测和应急储备体系，重点做好以下工作：\n",
		"办好三件保供实事。新增储备网点二十个；新建社区菜店十家；完善价格监测体系，重点做好以下工作：\n",
	} {
		got := outlineOf(doc(second))
		if !containsLine(got, "    加强冷链设施建设\n  加强商务领域安全监管\n") {
			t.Errorf("%q made a lead:\n%s", strings.SplitN(second, "。", 2)[0], got)
		}
	}
}

// TestLeadTakingTheLead: 带头 opens a measure as 加强 does (带头严守政治纪律。…,
// a 纪委's part on its own cadres): a plain part's lone lead so opened is
// vouched for by its siblings' leads as any measure is.
func TestLeadTakingTheLead(t *testing.T) {
	text := "溪州县纪委监委2026年工作报告\n" +
		"　　过去一年，全县纪检监察机关坚持稳中求进工作总基调，推动全面从严治党向纵深发展。\n" +
		"持续深化纪检监察体制改革\n" +
		"　　健全监督贯通协调机制。推动纪律监督、监察监督、派驻监督、巡察监督统筹衔接，形成监督合力。\n" +
		"　　规范监察权运行。加强对公职人员的全覆盖监督，严格执行监察法规，确保监察权依法规范运行。\n" +
		"　　加强案件质量管理。开展案件质量评查，严把事实证据关、程序手续关，提升办案质量。\n" +
		"建设高素质专业化纪检监察干部队伍\n" +
		"　　带头严守政治纪律。始终把讲政治放在首位，自觉在思想上政治上行动上同党中央保持高度一致。\n" +
		"　　同志们！新征程上，全县纪检监察机关要更加紧密地团结在以习近平同志为核心的党中央周围，奋力开创新局面。\n"
	if got := outlineOf(text); !containsLine(got, "  建设高素质专业化纪检监察干部队伍\n    带头严守政治纪律\n") {
		t.Errorf("\n%s", got)
	}
}
