package parse

import "testing"

// TestMeasureRunNoLead: in plain text, a paragraph that opens with the
// first of a run of measures inside it (一是…。…二是…。…三是…。…) is that
// run, as its .docx reads it (boldLeads), never a lead beside the leads of
// the paragraphs around it: the run's measures stand where its first
// would have, and the leads after it stay, a lone one too.
func TestMeasureRunNoLead(t *testing.T) {
	const head = "某市人大常委会工作报告\n（五）坚持发挥代表主体作用，密切同人民群众的联系\n"
	const run = "　　一是深化代表联系群众。全市建成代表之家32个、代表联络站186个，实现乡镇（街道）全覆盖，收集意见建议3860条。" +
		"二是提升代表建议办理质量。市十六届人大五次会议期间代表提出的建议全部按期办结，代表满意率进一步提高。" +
		"三是加强代表履职服务保障。组织代表参加履职学习培训12期，参训代表实现全覆盖。\n"
	const leads = "　　推进民生实事项目人大代表票决制。全市12个县（市、区）全部推行民生实事项目票决制，票决项目全部按期推进。\n" +
		"　　加强代表履职管理。建立代表履职档案，开展代表向选民述职活动，代表履职意识进一步增强。\n" +
		"　　支持代表依法履职。落实代表履职经费保障，组织代表开展专题调研和视察活动，代表参与常委会工作更加广泛深入。\n"
	const lone = "　　农产品加工业提质增效。新建改扩建玉米、大豆深加工项目十二个，农产品加工转化率达到百分之七十三。\n"
	const measures = "    一是深化代表联系群众\n    二是提升代表建议办理质量\n    三是加强代表履职服务保障\n"
	const title = "某市人大常委会工作报告\n  （五）坚持发挥代表主体作用，密切同人民群众的联系\n"
	for _, c := range []struct{ name, text, want string }{
		{"before leads", head + run + leads, title + measures +
			"    推进民生实事项目人大代表票决制\n    加强代表履职管理\n    支持代表依法履职\n"},
		{"beside a lone lead", head + run + lone, title + measures + "    农产品加工业提质增效\n"},
	} {
		if got := outlineOf(c.text); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}
