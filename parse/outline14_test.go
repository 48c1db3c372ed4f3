package parse

import (
	"strings"
	"testing"
)

// TestColonLeadsInShapeRun: in plain text, a part whose leads the author
// closed some with 。 and some with ： is one run of leads, wherever the ：
// ones stand in it; a ：-clause that opens a list (抓好三件事：一是…) is the
// list's lead-in, not a lead, nor are words said (一位商户说：“…”), and a
// thesis stated before clause leads
// (法治是最好的营商环境。…) opens the part.
func TestColonLeadsInShapeRun(t *testing.T) {
	head := "某市建筑业协会工作报告\n\n一、坚持服务会员，企业发展环境持续优化\n"
	for _, c := range []struct{ name, body, want string }{
		{"colons first", "　　争创国家级创新平台：围绕新材料、清洁能源、智慧水利等领域，新建省级以上创新平台十二个，引进高层次团队八个。\n" +
			"　　深化校地校企合作：推进校地共建研究院提质增效，建设中试基地三个，服务地方企业一千余家次。\n" +
			"　　营造良好学术生态。坚持学术自由和学术规范相统一，严肃查处学术不端行为，完善学术评价制度。\n",
			"某市建筑业协会工作报告\n  一、坚持服务会员，企业发展环境持续优化\n    争创国家级创新平台\n    深化校地校企合作\n    营造良好学术生态\n"},
		{"colon last of four", "　　当好政企沟通的桥梁。五年来，协会先后向市政府及有关部门反映会员诉求四十余项，推动出台扶持政策六项。\n" +
			"　　帮助企业纾困解难。协调会员企业与金融机构对接，帮助企业获得贷款二十三亿元，缓解资金压力。\n" +
			"　　组织开展各类培训：五年累计举办施工管理、安全生产、造价等培训班一百二十期，培训人员一万余人次。\n" +
			"　　新的一年，协会将继续围绕会员需求，提升服务能力和水平，推动行业持续健康发展。\n",
			"某市建筑业协会工作报告\n  一、坚持服务会员，企业发展环境持续优化\n    当好政企沟通的桥梁\n    帮助企业纾困解难\n    组织开展各类培训\n"},
		{"a colon opening a list", "　　抓好三件事：一是完善县城功能，改造老旧小区十九个、背街小巷四十条；二是加快建设物流园区。\n" +
			"　　城市品质有新提升。县城建成区面积扩大到二十三平方公里，新增公园绿地十二公顷。\n" +
			"　　交通网络更加完善。新改建农村公路一百八十六公里，实现所有行政村通双车道公路。\n",
			"某市建筑业协会工作报告\n  一、坚持服务会员，企业发展环境持续优化\n    城市品质有新提升\n    交通网络更加完善\n"},
		{"words said", "　　城市品质有新提升。县城建成区面积扩大到二十三平方公里，新增公园绿地十二公顷。\n" +
			"　　一位在集镇经营二十多年的商户说：“以前遇到问题不知道找谁，现在打个电话就有人上门，心里踏实多了。”\n" +
			"　　交通网络更加完善。新改建农村公路一百八十六公里，实现所有行政村通双车道公路。\n",
			"某市建筑业协会工作报告\n  一、坚持服务会员，企业发展环境持续优化\n    城市品质有新提升\n    交通网络更加完善\n"},
	} {
		if got := outlineOf(head + c.body); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestLastLead: in plain text a part's one paragraph that opens with a
// short sentence naming a measure or an outcome, after the part's prose or
// list, is its lead (对口支援扎实开展。…), before an outlook that opens
// with a time (新的一年，…) too; a statement there (成绩来之不易。…),
// a paragraph that runs on with leads of its own, or such a sentence
// opening the part's only paragraph stays text.
func TestLastLead(t *testing.T) {
	head := "某市第一人民医院2025年度工作总结\n\n一、医联体和对口帮扶成效明显\n"
	const prose = "　　医院牵头组建城市医疗集团，与十二家县级医院、三十六家乡镇卫生院签订协议，下沉专家一千二百人次，开展远程会诊三千余例。\n"
	const tail = "二、运营管理更加精细\n　　全面推行全成本核算，完成病种成本核算试点，百元医疗收入卫生材料消耗下降三元。\n"
	want := func(leads ...string) string {
		s := "某市第一人民医院2025年度工作总结\n  一、医联体和对口帮扶成效明显\n"
		for _, l := range leads {
			s += "    " + l + "\n"
		}
		return s + "  二、运营管理更加精细\n"
	}
	for _, c := range []struct{ name, body, want string }{
		{"an outcome after prose", prose + "　　对口支援扎实开展。选派十二名医疗骨干赴对口支援医院开展帮扶，帮助建成胸痛中心和卒中中心各一个。\n",
			want("对口支援扎实开展")},
		{"a measure after a list", prose + "新建远程会诊中心一个；\n建成区域影像中心一个。\n" +
			"　　深化校友工作。建立全球校友网络，办好校友返校日，发挥校友在人才培养和社会服务中的作用。\n",
			want("深化校友工作")},
		{"before the report's outlook", prose + "　　维护职工合法权益。健全职工代表大会制度，落实院务公开，职工满意度提高到百分之九十三。\n" +
			"　　新的一年，医院将坚持以人民健康为中心，深化改革创新，奋力推动医院高质量发展再上新台阶。\n",
			want("维护职工合法权益")},
		{"a statement", prose + "　　成绩来之不易。这是全院职工团结奋斗的结果，是上级部门关心支持的结果，我们倍加珍惜。\n",
			want()},
		{"leads run on inside", prose + "　　对口支援扎实开展。选派十二名医疗骨干赴对口支援医院开展帮扶。远程医疗全面覆盖。建成远程会诊平台，覆盖全部乡镇卫生院。\n",
			want("对口支援扎实开展", "远程医疗全面覆盖")},
		{"the only paragraph", "　　对口支援扎实开展。选派十二名医疗骨干赴对口支援医院开展帮扶，帮助建成胸痛中心和卒中中心各一个。\n",
			want()},
	} {
		if got := outlineOf(head + c.body + tail); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}

// TestDigitLedDecimalAfterComma: an item numbered 1、 whose text opens
// with a decimal (1、2.5万名农村妇女…) is item 1 of its run, since no
// numbering goes deeper through 、; after 1. the same reads as 1.2.5, and
// stays text.
func TestDigitLedDecimalAfterComma(t *testing.T) {
	head := "兰屏市妇女代表大会报告\n\n（二）坚持服务大局，妇女作用更加彰显\n　　五年来，市妇联组织实施了“巾帼建功”行动。\n"
	items := func(sep string) string {
		return "1" + sep + "2.5万名农村妇女参加实用技术培训，带动一万二千户家庭增收；\n" +
			"2" + sep + "创建省级以上巾帼文明岗八十六个、巾帼示范基地四十个；\n" +
			"3" + sep + "发放创业担保贷款九亿六千万元，扶持妇女创业六千三百人。\n"
	}
	want := "兰屏市妇女代表大会报告\n  （二）坚持服务大局，妇女作用更加彰显\n" +
		"    1、2.5万名农村妇女参加实用技术培训，带动一万二千户家庭增收\n" +
		"    2、创建省级以上巾帼文明岗八十六个、巾帼示范基地四十个\n" +
		"    3、发放创业担保贷款九亿六千万元，扶持妇女创业六千三百人\n"
	if got := outlineOf(head + items("、")); got != want {
		t.Errorf("1、:\n%s\nwant:\n%s", got, want)
	}
	if got := outlineOf(head + items(".")); strings.Contains(got, "1.2.5") {
		t.Errorf("1.2.5 as an item:\n%s", got)
	}
}

// TestPersonalSignature: a personal report signed by a name over a date
// (某　某 / 2026年1月20日), with an appendix after it, ends its last part:
// the name is no heading over the appendix's text.
func TestPersonalSignature(t *testing.T) {
	src := "2025年度述职述廉报告\n\n一、存在的不足\n　　回顾一年来的工作，虽然取得了一些成绩，但对照上级要求还有差距。\n　　以上报告，请予评议。\n" +
		"　　　　　　　　某　某\n　　　　　　　　2026年1月20日\n附件\n2026年度个人工作目标承诺\n　　对照省委、省政府确定的年度目标，本人作出如下承诺，请大家监督。\n"
	want := "2025年度述职述廉报告\n  一、存在的不足\n  附件 2026年度个人工作目标承诺\n"
	if got := outlineOf(src); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestClosingAddressInsidePart: a closing address that sums up a part
// before the text runs on (各位代表！成绩的取得，… / 在看到成绩的同时，…) ends
// the part's measures, so its last two leads are found as the part's last
// paragraphs would be.
func TestClosingAddressInsidePart(t *testing.T) {
	src := "某集团公司职工代表大会工作报告\n\n（三）数字化转型加快推进\n" +
		"　　以“智慧煤矿”建设为牵引，全面推进生产经营管理数字化，集团信息化投入同比增长百分之二十。\n" +
		"　　建成集团数据中心。汇聚生产、安全、经营、财务等数据，实现集团数据统一存储和共享应用。\n" +
		"　　上线智能调度平台。实现煤炭生产、运输、销售全流程在线调度，调度效率提高百分之三十。\n" +
		"　　各位代表！成绩的取得，是省国资委和集团党委坚强领导的结果，是全体干部职工共同奋斗的结果。\n" +
		"　　在看到成绩的同时，我们也要清醒认识到，集团发展还面临不少困难和挑战，需要认真加以解决。\n"
	want := "某集团公司职工代表大会工作报告\n  （三）数字化转型加快推进\n    建成集团数据中心\n    上线智能调度平台\n"
	if got := outlineOf(src); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
