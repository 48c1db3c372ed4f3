package parse

import (
	"strings"
	"testing"

	"wenji/model"
)

// TestSiteSignOffs (issue 19, the slogans, solicitations and navigation
// the leave-one-set-out check missed): an app store a site sends its
// reader to (a channel, as a platform is), a columnist's readers
// addressed as 诸君 or as a platform's users (豆友), a studio's production
// credit (出品), a name set in corner brackets over an account's pitch
// a page's comment section by its labels (精选留言, 作者回复) and a firm
// signing a notice after a dash (firmSignOff) are a site's, each where it stands; the genre's sentences on app stores,
// a studio's product and its quoted names stay. Each case is the filter's
// own fixture, in the blocks' positions: before the title (head), between
// the paragraphs (glued or between blank lines) and after the last.
func TestSiteSignOffs(t *testing.T) {
	const (
		para1 = "一年来，我们坚持以人民为中心的发展思想，全面推进基层治理体系和治理能力现代化，各项工作取得明显成效。"
		para2 = "二要持续深化改革创新，着力破解制约发展的体制机制障碍，推动各项政策措施落地见效。"
	)
	for _, c := range []struct {
		block string
		at    string // head, gap (between blank lines), glued, foot
		want  string // per line: h hidden, k kept
	}{
		{"新版客户端已经上线，各大应用市场搜索“笔耕早报”即可安装，每天早上的重点稿件抢先看", "gap", "h"},
		{"内测报名：应用商店搜“笔耕”，注册后进入“我的—内测”，填写邀请码“青松”即可。", "glued", "h"},
		{"诸君若有更好的写法，不妨在文末写上几句，和同道一起琢磨琢磨。", "glued", "h"},
		{"写材料的豆友，欢迎来我们小组「笔耕互助组」坐坐，每周六晚一起改稿\n>> 申请加入小组", "foot", "hh"},
		{"爱写材料的豆友，欢迎来小组一起改稿。", "glued", "h"},
		{"“松风文社”出品\n写材料的人，自己的小天地\n只做管用的干货", "foot", "hhh"},
		{"—— 松风文社出品 ——", "gap", "h"},
		{"好号推荐\n「乡镇写作札记」\n专注乡镇材料写作 · 长按下方名片即可关注", "head", "hhh"},
		{"好号推荐\n「城乡治理观察」\n专注乡镇材料写作 · 长按下方名片即可关注", "head", "hhh"},

		{"热门评论\n青柳：学到了，年底照着这个写\n作者回复：能用上就好", "gap", "hhh"},
		{"热门评论（3）", "gap", "h"},
		{"作者回复：能用上就好", "glued", "h"},

		{"扫码关注“青禾会展”公众号，回复“展会”免费领取参展指南\n——青禾会展服务有限公司", "glued", "hh"},

		// the genre's own lines on the same things stay
		{"网信部门依法约谈3家应用商店运营企业，督促下架违规应用程序46款，切实维护网络安全。", "glued", "k"},
		{"市场监管部门对辖区各大应用市场开展专项检查，依法查处违规收集个人信息问题12起。", "gap", "k"},
		{"该企业出品的系列农产品通过绿色食品认证，带动周边农户增收1200余万元。", "glued", "k"},
		{"“文明实践”志愿服务队\n「共建美好家园」主题活动方案", "gap", "kk"},
	} {
		text := "关于推进基层治理的报告\n\n" + para1 + "\n\n"
		switch c.at {
		case "head":
			text = c.block + "\n\n" + text + para2 + "\n"
		case "gap":
			text += c.block + "\n\n" + para2 + "\n"
		case "glued":
			text = strings.TrimSuffix(text, "\n") + c.block + "\n" + para2 + "\n"
		case "foot":
			text += para2 + "\n\n" + c.block + "\n"
		}
		doc := Parse(text)
		wantLinesHidden(t, doc, c.block, c.want)
		for _, p := range []string{para1, para2} {
			i := strings.Index(doc.Text, p)
			if len(doc.JunkIn(model.Span{Start: i, End: i + len(p)})) > 0 {
				t.Errorf("with %q: real paragraph filtered", c.block)
			}
		}
	}
}

// TestCornerName: a line that is a name in corner brackets and nothing
// else is a notice's block member; a quoted name inside a line, a name in
// “” or 《》 and a bracket left open are not cornerName's.
func TestCornerName(t *testing.T) {
	for p, want := range map[string]bool{
		"「乡镇写作札记」": true, "『笔耕小站』": true,
		"「共建美好家园」主题活动方案": false, "“乡镇写作札记”": false, "《乡镇写作札记》": false,
		"「乡镇写作札记": false, "「甲」": false, "「一、总体要求」": false, "「关于，某事」": false,
	} {
		if got := cornerName(p); got != want {
			t.Errorf("cornerName(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestFirmSignOff: a dash and a firm's name sign a notice; the genre's
// dash-led subtitles, a quotation's source and an office stay its own.
func TestFirmSignOff(t *testing.T) {
	for p, want := range map[string]bool{
		"——青禾会展服务有限公司": true, "—— 松风文化（集团）": true, "——墨林设计工作室": true,
		"青禾会展服务有限公司": false, "——在全市民营经济发展大会上的讲话": false, "——某某县委书记　李四": false,
		"——市人民政府办公室": false, "——某某有限公司，2024年": false, "——集团": false,
	} {
		if got := firmSignOff(p); got != want {
			t.Errorf("firmSignOff(%q) = %v, want %v", p, got, want)
		}
	}
}
