package parse

import "testing"

// Filter round 36 (issue 19: never drop real text) on the real blocks
// the development sets still lost, each rule on lines of this file's own
// wording, a real paragraph kept and a pitch in like words still hidden:
// a notice asking its public by role in the third person (符合条件的人员
// 请…, publicMay); a site's registration named as a thing done, with no
// number after it (valueFollows, chrome.go); and the short service
// numbers of carriers, the post, banks and utilities (11185, 95588),
// which are no one's contact (isServiceNumber).

func TestRound36Lines(t *testing.T) {
	cases := []struct {
		name, line string
		hidden     bool
	}{
		// a notice asking those it addresses by role, in the third person
		{"kept: candidates asked to sign up", "报考方式：符合报考条件的人员请登录市人事考试网填写报名信息，下载并打印报名表，将学历证书扫描件发送至邮箱rsks2027@126.com。", false},
		{"kept: applicants asked to apply", "申报方式：申报人员请于工作日到区政务服务中心综合窗口提交材料，也可登录“浙里办”App在线申报，咨询电话：0573-82061234。", false},
		{"pitch: the site's own staff (review35)", "本站客服人员可提供一对一指导，欢迎咨询。", true},
		{"pitch: friends asked to add a chat", "需要全套模板的朋友请添加微信wenmo2027，发送“报名”即可领取下载链接，名额有限！", true},
		// a site's registration named as work done, no number after it
		{"kept: sites registered", "全区政府网站均已完成ICP备案，统一在页面底部标注网站标识码和公安机关备案编号，本年度未发生内容安全事故。", false},
		// the post's and the banks' service numbers
		{"kept: subscriptions by the post's number", "温馨提示：明年报刊收订工作已经开始，读者可就近到邮政网点订阅，也可通过“中国邮政”微信公众号或拨打11185服务热线预约上门收订。", false},
		{"kept: an insurer's number", "参保群众如对本月扣费有疑问，可拨打95518服务热线，或关注“人保财险”微信公众号查询缴费记录。", false},
		{"pitch: a QQ of eight digits", "代写各类总结材料，请联系客服QQ：10086123，价格优惠，当天交稿！", true},
	}
	for _, c := range cases {
		g, a, f := hiddenAsPlaced(c.line)
		if g != c.hidden || a != c.hidden || f != c.hidden {
			t.Errorf("%s: %q hidden glued %v, alone %v, at the foot %v; want %v", c.name, c.line, g, a, f, c.hidden)
		}
	}
}

// TestRound36Chrome: a footer's registration with its number is a page's
// furniture wherever it stands; named as a thing done it is prose.
func TestRound36Chrome(t *testing.T) {
	for _, c := range []struct {
		s      string
		chrome bool
	}{
		{"浙ICP备2027001234号-1", true},
		{"ICP证：浙B2-20270012", true},
		{"网站标识码 3301000099", true},
		{"浙公网安备 33010602012345号", true},
		{"ICP证号：京B2-20270059", true},      // a label before the number (review35)
		{"京公网安备案编号：33010602000001", true}, // the same
		{"网站标识码： bm09000001", true},
		{"各部门网站均已完成ICP备案和公网安备登记，按季度开展检查。", false},
		{"全市政府网站已统一标注网站标识码，实现集约化管理。", false},
	} {
		if got := isChromeLine(c.s); got != c.chrome {
			t.Errorf("isChromeLine(%q) = %v, want %v", c.s, got, c.chrome)
		}
	}
}

func TestRound36Rules(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"符合条件的人员请登录人事考试网报名。", true},
		{"参训人员请于开班前一天报到。", true},
		{"有需要的朋友请加微信领取。", false},
		{"会员请在个人中心下载。", false},
		{"人员请", true},
		{"工作人员名单见附件。", false},
		{"本站客服人员可提供一对一指导。", false}, // the site's own staff (review35)
	} {
		if got := publicMay(c.line); got != c.want {
			t.Errorf("publicMay(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"11185", true},
		{"95588热线", true},
		{"96166，", true},
		{"12345", true},
		{"10086123", false},
		{"13800138000", false},
		{"40012", false},
		{"93588", false},
	} {
		if got := isServiceNumber(c.s); got != c.want {
			t.Errorf("isServiceNumber(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestOfficeAccountNoFragment: an office sending its public to its own
// media account, glued over a site's pitch at the foot, is the
// document's and stays; the pitch is hidden; a site's plug of its own
// account glued over the same pitch goes with it.
func TestOfficeAccountNoFragment(t *testing.T) {
	const ad = "【墨香素材馆】——每天更新材料800多篇内部高质量素材，会员群+网盘群同步更新，一键精准搜索、一键极速下载，有意加入请加微信：moxiang2027"
	runRoundCases(t, []roundCase{
		{footAbove, "欢迎广大市民扫码关注“临江发布”微信公众号", "\n\n" + ad + "\n", "k"},
		{footAbove, "欢迎广大市民扫码关注“临江发布”微信公众号\n" + ad, "\n", "kh"},
		{footAbove, "欢迎扫码关注本号“墨香素材”，每日更新\n" + ad, "\n", "hh"},
	})
}
