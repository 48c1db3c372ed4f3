package parse

import "testing"

// TestColonLeadsInShapeRun: in plain text, a part whose leads the author
// closed some with 。 and some with ： is one run of leads, wherever the ：
// ones stand in it; a ：-clause that opens a list (抓好三件事：一是…) is the
// list's lead-in, not a lead, and a thesis stated before clause leads
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
	} {
		if got := outlineOf(head + c.body); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}
