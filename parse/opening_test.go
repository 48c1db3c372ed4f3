package parse

import "testing"

// TestOpeningLeads: a paragraph that opens with a short lead closed by ；,
// 。 or ： (three Han characters are enough before a ：, 稳增长：) and holds
// another after a full stop further on has them as leads
// (openingLeads), the way a Word author runs a part's bold leads on in one
// paragraph, and a single one opening the paragraph right after such a
// paragraph; short sentences that do not open the paragraph, a list of
// targets in figures, a single short opening after prose, a list's
// lead-in closed by ： (主要做法是：), or one longer than the text after it
// stay text.
func TestOpeningLeads(t *testing.T) {
	const head = "2025年某市政府工作报告\n一、2024年工作回顾\n（一）县域经济量质齐升\n"
	const tail = "（二）民生保障更加有力\n全年新增城镇就业三万人，新建改扩建中小学十所，城乡低保标准稳步提高。\n"
	cases := []struct {
		name, para string
		want       []string
	}{
		{"closed by semicolons then a full stop",
			"园区平台提档升级；新建标准厂房，完善园区道路管网，承接产业转移项目落地见效。特色产业集聚发展；培育农产品加工企业，延伸产业链条，打造区域公用品牌。营商环境持续优化。推行企业开办一日办结，涉企审批事项全程网办。",
			[]string{"园区平台提档升级", "特色产业集聚发展", "营商环境持续优化"}},
		{"one left for the paragraph after them",
			"深化园区体制改革。推行管委会加公司运营模式，园区管理效能明显提升。激发民营经济活力。落实减税降费政策，企业发展信心增强。\n　　安全生产形势稳定。开展安全生产治本攻坚行动，事故起数和死亡人数持续下降，守住了安全底线。\n　　这些成绩的取得，是县委坚强领导的结果，是全县干部群众团结奋斗的结果。\n　　同时，我们也清醒看到，发展中还存在不少困难和问题，需要认真加以解决。",
			[]string{"深化园区体制改革", "激发民营经济活力", "安全生产形势稳定"}},
		{"one alone after prose",
			"全县上下坚持生态优先、绿色发展，统筹推进系统治理，生态环境质量持续改善。\n　　安全生产形势稳定。开展安全生产治本攻坚行动，事故起数和死亡人数持续下降，守住了安全底线。", nil},
		{"closed by full stops",
			"深化园区体制改革。推行管委会加公司运营模式，园区管理效能明显提升。激发民营经济活力。落实减税降费政策，开展清理拖欠企业账款行动，企业发展信心增强。",
			[]string{"深化园区体制改革", "激发民营经济活力"}},
		{"short sentences inside prose",
			"全县上下坚持生态优先、绿色发展，统筹推进山水林田湖草沙系统治理，生态环境质量持续改善。清溪河段入选美丽河湖。全年完成造林绿化任务，森林覆盖率稳步提高。新建绿色矿山两座。", nil},
		{"targets in figures",
			"地区生产总值增长6%左右。城镇调查失业率5.5%左右。居民人均可支配收入增长与经济增长同步，粮食产量稳定在四十万吨以上。", nil},
		{"a single short opening",
			"园区平台提档升级。新建标准厂房，完善园区道路管网，承接产业转移项目落地见效，园区综合实力明显增强，成为县域经济的重要增长极。", nil},
		{"closed by colons, the last one too, and one after them",
			"稳增长：出台支持制造业高质量发展二十条，新增规模以上工业企业一百八十家。强链条：引进半导体封测等重大项目三十二个，总投资八百五十亿元。育主体：新增专精特新企业二十一家。\n　　科技创新动能增强。全区研发投入强度达到百分之六点二，新增国家高新技术企业四百三十家。",
			[]string{"稳增长", "强链条", "育主体", "科技创新动能增强"}},
		{"colons announcing a list",
			"主要做法是：建立项目专班，实行一个项目一套班子推进。具体包括：新建标准厂房，完善园区道路管网，承接产业转移项目。", nil},
		{"words said",
			"一位在集镇经营二十多年的商户说：“以前遇到问题不知道找谁，现在打个电话就有人上门。”积极引导驻区单位参与基层服务。镇党委书记强调：要把群众的事当作自己的事，形成人人参与的良好局面。", nil},
		{"a colon after a comma",
			"今年以来，我们重点做了以下工作：新建标准厂房，完善园区道路管网。园区平台提档升级：承接产业转移项目落地见效，园区综合实力明显增强。", nil},
		{"a conclusion after them",
			"深化园区体制改革。推行管委会加公司运营模式，园区管理效能明显提升。激发民营经济活力。落实减税降费政策，企业发展信心增强。\n　　成绩来之不易。我们也清醒看到，发展中还存在不少困难和问题，需要认真加以解决。",
			[]string{"深化园区体制改革", "激发民营经济活力"}},
		{"an opening longer than what follows",
			"园区平台提档升级。厂房建成。特色产业集聚发展。培育农产品加工企业，延伸产业链条，打造区域公用品牌。", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := outlineOf(head + "　　" + c.para + "\n" + tail)
			want := "2025年某市政府工作报告\n  一、2024年工作回顾\n    （一）县域经济量质齐升\n"
			for _, l := range c.want {
				want += "      " + l + "\n"
			}
			want += "    （二）民生保障更加有力\n"
			if got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestStepLeads: a paragraph whose sentences open, from the first on,
// with three or more short ，-clauses in step (sharing two characters of
// opening or closing) has them as leads; clauses of no common form, a
// clause repeated, only two in step, or scenes set stay text.
func TestStepLeads(t *testing.T) {
	const head = "2025年某市政府工作报告\n三、加强政府自身建设\n"
	const tail = "　　各位代表！让我们团结一心、接续奋斗，为加快建设现代化新城而努力奋斗！\n"
	for _, c := range []struct {
		name, para string
		want       []string
	}{
		{"opening in step", "坚持依法行政，自觉接受市人大及其常委会的法律监督和工作监督；坚持务实高效，大力弘扬马上就办、办就办好的工作作风；坚持廉洁从政，严格落实中央八项规定及其实施细则精神。",
			[]string{"坚持依法行政", "坚持务实高效", "坚持廉洁从政"}},
		{"closing in step", "土地要素方面，要加快批而未供和闲置土地处置，全年盘活存量土地八千亩以上。资金要素方面，要深化政银企合作，扩大政府性融资担保覆盖面。人才要素方面，要落实人才新政，新引进高校毕业生一万人。",
			[]string{"土地要素方面", "资金要素方面", "人才要素方面"}},
		{"no common form", "深化国有企业改革，推动市属国有资本向重点领域集中；持续优化营商环境，推行高效办成一件事；加快科创园区建设，新引进研发机构五家，服务企业创新发展。", nil},
		{"a clause repeated", "实践证明，只有坚持人民至上，才能赢得群众信任和支持。实践证明，只有坚持改革创新，才能不断激发发展活力。实践证明，只有坚持真抓实干，才能把蓝图变为现实。", nil},
		{"two in step", "坚持依法行政，自觉接受市人大及其常委会的法律监督和工作监督；坚持务实高效，大力弘扬马上就办、办就办好的工作作风；严格落实中央八项规定及其实施细则精神，坚持过紧日子。", nil},
		{"scenes set", "在产业发展方面，新引进亿元以上项目四十个，总投资突破三百亿元；在城市建设方面，完成老旧小区改造一百二十个；在民生保障方面，新增城镇就业三万一千人，养老床位一千张。", nil},
	} {
		got := outlineOf(head + "　　" + c.para + "\n" + tail)
		want := "2025年某市政府工作报告\n  三、加强政府自身建设\n"
		for _, l := range c.want {
			want += "    " + l + "\n"
		}
		if got != want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, want)
		}
	}
}
