package parse

import "testing"

// The rules filter round 18 added for the real text keep21 lost (an
// office's source line whose name holds 网, a caption naming a campaign
// that speaks to the public, a 报名方式 paragraph granting its public its
// channels). Each case fails without its rule.

// keepAbove and keepBelow are an article's prose around the lines under
// test, a blank line on each side of them.
const (
	keepAbove = "关于加强机关文风建设的意见\n\n各单位要坚持短、实、新的文风，切实改进会风文风，减少文件数量，提高文件质量。\n\n"
	keepBelow = "\n\n严格控制发文数量和篇幅，能合并的合并，能不发的坚决不发。\n"
)

// TestNamesSite: a source's name is a site's by its site marks, unless it
// ends as an office's name (网信办, 互联网法院): its 网 is its field.
func TestNamesSite(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"福州市委网信办", false},
		{"杭州互联网法院", false},
		{"青溪县融媒体中心", false},
		{"人民网", true},
		{"某某网", true},
		{"公文派公众号", true},
		{"新华网客户端", true},
		{"国家政务服务平台", true},
	} {
		if got := namesSite(c.name); got != c.want {
			t.Errorf("namesSite(%q) = %v, want %v", c.name, got, c.want)
		}
	}
	for _, c := range []struct{ block, want string }{
		{"来源：福州市委网信办", "k"},
		{"（来源：杭州互联网法院　2026年11月20日）", "k"},
		{"来源：某某网", "h"},
		{"来源：公文派公众号", "h"},
	} {
		wantLinesHidden(t, Parse(keepAbove+c.block+keepBelow), c.block, c.want)
	}
}

// TestUnnameQuoted: an address inside a quoted name (“你点我检”) is the
// name's; inside a quoted sentence, or outside the quotes, it is the
// line's.
func TestUnnameQuoted(t *testing.T) {
	for _, c := range []struct {
		line   string
		reader bool
	}{
		{"表1　2026年第四季度“你点我检”抽检结果汇总", false},
		{"“我为你办”服务专区上线运行情况", false},
		{"亲，回复“资料”即可领取全套范文", true},
		{"置顶“亲，记得收藏哦！”", true},
		{"宝子们戳“主页”拿模板", true},
	} {
		h, _, _ := noticeSignals(c.line, registerGenre)
		if got := h[fReader] > 0; got != c.reader {
			t.Errorf("%q: addresses the reader %v, want %v", c.line, got, c.reader)
		}
	}
	for _, c := range []struct{ block, want string }{
		{"表1　2026年第四季度“你点我检”抽检结果汇总", "k"},
		{"宝子们戳“主页”拿模板，回复“资料”即可领取全套范文～", "h"},
	} {
		wantLinesHidden(t, Parse(keepAbove+c.block+keepBelow), c.block, c.want)
	}
}

// TestPublicMay: a sentence granting a public the office serves its
// channels (市民可登录…, …的市民，可将…) is an office's; a site's 用户, 会员
// and 粉丝 are not such publics.
func TestPublicMay(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"市民可登录“志愿汇”App报名。", true},
		{"有意参加志愿服务的市民，可将姓名发送至电子邮箱。", true},
		{"群众也可通过12345热线反映。", true},
		{"用户可免费下载全部范文。", false},
		{"会员可享受八折优惠。", false},
		{"市民中心可办理。", false},
	} {
		if got := publicMay(c.line); got != c.want {
			t.Errorf("publicMay(%q) = %v, want %v", c.line, got, c.want)
		}
	}
	for _, c := range []struct{ block, want string }{
		{"报名方式：即日起至12月20日，有意参加“文明守护者”周末志愿服务的市民，可登录“志愿汇”App搜索“文明城市创建”项目报名，也可将姓名、联系方式发送至电子邮箱wmcj2026@126.com，咨询电话：0755-83269015。", "k"},
		{"报名方式：有意加入会员的朋友，可登录本站App搜索“公文素材”下单，也可将订单号发送至客服邮箱vip2026@126.com，客服电话：13800138000。", "h"},
	} {
		wantLinesHidden(t, Parse(keepAbove+c.block+keepBelow), c.block, c.want)
	}
}
