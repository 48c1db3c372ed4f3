package parse

import (
	"strings"
	"testing"

	"wenji/model"
)

const (
	sitePara1 = "一年来，我们坚持以人民为中心的发展思想，全面推进基层治理体系和治理能力现代化，各项工作取得明显成效。"
	sitePara2 = "二要持续深化改革创新，着力破解制约发展的体制机制障碍，推动各项政策措施落地见效。"
)

// siteDoc is a small report with block between its two paragraphs, glued
// to them or between blank lines.
func siteDoc(block string, alone bool) string {
	sep := "\n"
	if alone {
		sep = "\n\n"
	}
	return "关于推进基层治理的报告\n\n" + sitePara1 + sep + block + sep + sitePara2 + "\n"
}

// blockHidden parses text and reports whether every line of block is
// inside a filtered span (hidden), whether any byte of it is (touched),
// and the kind of the first span over it.
func blockHidden(t *testing.T, text, block string) (hidden, touched bool, kind model.JunkKind) {
	t.Helper()
	doc := Parse(text)
	off := strings.Index(doc.Text, block)
	if off < 0 {
		t.Fatalf("%q not in the text", block)
	}
	hidden = true
	for _, l := range strings.Split(block, "\n") {
		j := doc.JunkIn(model.Span{Start: off, End: off + len(l)})
		hidden = hidden && len(j) > 0 && j[0].Span.Start <= off && j[len(j)-1].Span.End >= off+len(l)
		if len(j) > 0 && !touched {
			touched, kind = true, j[0].Kind
		}
		off += len(l) + 1
	}
	for _, p := range []string{sitePara1, sitePara2} {
		i := strings.Index(doc.Text, p)
		if i >= 0 && len(doc.JunkIn(model.Span{Start: i, End: i + len(p)})) > 0 {
			t.Errorf("with %q: real paragraph filtered", block)
		}
	}
	return hidden, touched, kind
}

// TestPaywallLines: a paywall's words (付费阅读, 需付费) say the text is
// withheld, and a price standing alone on its line under one goes with it;
// the genre's sentences about fees and its sums stay.
func TestPaywallLines(t *testing.T) {
	for _, c := range []struct {
		block string
		alone bool
		junk  bool
	}{
		{"后续章节需付费阅读", false, true},
		{"剩下三千字付费查看\n￥ 5.00", false, true},
		{"本节为付费后可见内容\n9.9元", true, true},

		{"严禁以任何名义向群众收取费用，凡需付费的服务项目一律公示收费标准。", false, false},
		{"全年收缴党费36.5万元。", false, false},
		{"表2　收费标准\n30元", true, false},
	} {
		hidden, touched, kind := blockHidden(t, siteDoc(c.block, c.alone), c.block)
		switch {
		case c.junk && !hidden:
			t.Errorf("%q not hidden", c.block)
		case c.junk && kind != model.JunkTruncation:
			t.Errorf("%q hidden as %s, want truncation", c.block, kind)
		case !c.junk && touched:
			t.Errorf("%q filtered", c.block)
		}
	}
}

// TestBarePrice: a line that is a price and nothing else.
func TestBarePrice(t *testing.T) {
	for p, want := range map[string]bool{
		"¥ 3.00": true, "￥128": true, "19.9元": true, " ¥9.9 ": true,
		"3.00": false, "30万元": false, "价格：30元": false, "¥": false, "元": false, "2024年": false,
	} {
		if got := isBarePrice(p); got != want {
			t.Errorf("isBarePrice(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestSiteSpeaksInLongSentence: a long sentence in which a site speaks of
// itself (本站, 小编, 本号) is weighed where it stands, between blank lines,
// not as a paragraph glued in prose; the genre's long sentences that name
// a station (本站点) or an office stay.
func TestSiteSpeaksInLongSentence(t *testing.T) {
	for _, c := range []struct {
		block string
		junk  bool
	}{
		{"本站所有文章均系编辑团队整理，未经书面许可，任何单位和个人不得复制、摘编或者转载，违者必究。", true},

		{"本站点位于县城东部，是全省首批标准化水文站之一，本站监测数据实时上传至省水文信息平台，为防汛调度提供依据。", false},
		{"县人民政府办公室门户网站开设“政策解读”专栏，本网站发布的政府信息未经授权不得转载，全年发布信息3200余条。", false},
	} {
		hidden, touched, _ := blockHidden(t, siteDoc(c.block, true), c.block)
		if c.junk && !hidden {
			t.Errorf("%q not hidden", c.block)
		}
		if !c.junk && touched {
			t.Errorf("%q filtered", c.block)
		}
	}
}

// TestLinkList: a block of bulleted titles under a navigation head, or
// under a label when they name kinds of document, is a page's list of
// related posts; a bulleted list of measures under a label of the genre,
// or of forms under a download area's head, stays.
func TestLinkList(t *testing.T) {
	for _, c := range []struct {
		block string
		junk  bool
	}{
		{"往期精选\n• 怎样写好一篇调研报告的开头\n• 述职报告里最容易犯的三个错", true},
		{"往期回顾\n▷ 把总结写出新意的五个办法\n▷ 讲话稿结尾的几种写法\n▷ 心得体会怎样避免空话", true},
		{"专题导读：\n→ 述职报告写作要点\n→ 总结报告常见问题\n→ 讲话稿结构模板", true},
		{"本期看点：\n→ 调研报告这样开头\n→ 写好心得体会的三个诀窍", true},

		{"主要举措\n● 健全议事协商机制\n● 推进网格化管理服务", false},
		{"工作安排如下：\n• 三月底前完成摸底调查\n• 六月底前完成整改", false},
		{"重点任务：\n● 完善议事协商机制\n● 健全网格化管理服务\n● 总结推广典型经验", false},
		{"下载专区\n• 个人所得税年度汇算申报表\n• 社会保险登记表", false},
	} {
		hidden, touched, kind := blockHidden(t, siteDoc(c.block, true), c.block)
		if c.junk && (!hidden || kind != model.JunkNavigation) {
			t.Errorf("%q hidden %v as %s, want navigation", c.block, hidden, kind)
		}
		if !c.junk && touched {
			t.Errorf("%q filtered", c.block)
		}
	}
}

// TestLandlineNotOdd: an office's landline beside a site's notice, across
// a blank line, is the office's line and stays, where a line worded as
// oddly with no landline goes with the notice (oddLine).
func TestLandlineNotOdd(t *testing.T) {
	ad := "关注公众号“笔杆子素材库”，回复关键词即可免费领取全套材料，VIP会员加客服微信领取。"
	for _, c := range []struct {
		line string
		junk bool
	}{
		{"（联系电话：0731-84567890，传真同号）", false},
		{"（传真同号，随时来撩）", true},
	} {
		text := "关于推进基层治理的报告\n\n" + sitePara1 + "\n\n" + sitePara2 + "\n\n" + ad + "\n\n" + c.line + "\n"
		hidden, touched, _ := blockHidden(t, text, c.line)
		if c.junk && !hidden {
			t.Errorf("%q not hidden beside the ad", c.line)
		}
		if !c.junk && touched {
			t.Errorf("%q filtered beside the ad", c.line)
		}
	}
	if !hasLandline("电话：0731-84567890") || hasLandline("电话：138-1234-5678") || hasLandline("2024-03-02") {
		t.Error("hasLandline")
	}
}

// TestScrollAndSeries: a page sending the reader down it or on to the
// series' next post (往下拉, 次条, 下回), and the rest of the text placed
// there (下半部分 … 下回), is the page's notice even glued in prose; the
// genre's own 本系列丛书, 下滑 and 下半年 stay, and so does a part's
// heading 下篇.
func TestScrollAndSeries(t *testing.T) {
	for _, c := range []struct {
		block string
		alone bool
		junk  bool
	}{
		{"这篇先写到这里，下半篇放在次条，记得往下拉。", false, true},
		{"受篇幅限制，下半部分我们下回接着讲。", false, true},
		{"余下的内容放在次条里了。", false, true}, // the combination decides: 4 without it
		{"››› 往上滑，开头还有目录 ‹‹‹", false, true},

		{"本系列丛书由市委宣传部组织编写，共收录典型案例48篇。", false, false},
		{"本系列丛书共收录典型案例48篇", true, false},
		{"受经济下行影响，部分行业效益下滑，下半年要稳住基本盘。", false, false},
		{"下篇　典型案例", true, false},
	} {
		hidden, touched, _ := blockHidden(t, siteDoc(c.block, c.alone), c.block)
		if c.junk && !hidden {
			t.Errorf("%q not hidden", c.block)
		}
		if !c.junk && touched {
			t.Errorf("%q filtered", c.block)
		}
	}
}

// TestSiteVocabulary: the site's register beyond the first tables — its
// platforms' gestures (码住, 三连, 催更), its shop (仅售, 体验课, 试看, 包月,
// 购物车), its staff (站长) and its name built from its goods (范文网, 公文吧)
// — weighs a line glued in prose to a notice; the genre's 一对一帮扶,
// 训练营, 正版化, 资料库 and 刷单返利 stay, standing alone, and so do its
// sentences on a periodical's readers, a licence and live-stream prices
// (hardKeep9: 各位读者, 商业用途, 一口价, 书友会 were left out for them).
func TestSiteVocabulary(t *testing.T) {
	for _, p := range []string{
		"觉得有用就码住，顺手三连，记得催更",
		"新课上线：零基础速成，体验课仅售1元",
		"站长每周更新，书友们记得催更",
		"前十分钟可免费试看，包月解锁全部课程",
		"本文由公文吧整理",
	} {
		if _, ok := shortPromoKind(p, placeGlued); !ok {
			score, h := noticeScore(p)
			t.Errorf("%q kept glued in prose (score %d, hits %v)", p, score, h)
		}
	}
	for _, p := range []string{
		"组织开展“一对一”帮扶，举办青年干部训练营，推进软件正版化工作。",
		"建立全市人才资料库，警惕“刷单返利”类诈骗。",
		"市政务服务网开设“办事指南”专栏",
	} {
		if k, ok := shortPromoKind(p, placeAlone); ok {
			t.Errorf("%q filtered as %s", p, k)
		}
	}
}

// TestGoodsSiteName: a site named after its goods speaks of itself (fSelf).
func TestGoodsSiteName(t *testing.T) {
	for p, want := range map[string]bool{
		"第一范文网全体同仁恭祝大家新春快乐": true, "本文由公文吧整理": true, "文秘屋原创": true,
		"建立全市人才资料库": false, "中国政府网": false, "材料": false, "市政务服务网": false,
	} {
		_, h := noticeScore(p)
		if got := h[fSelf] > 0; got != want {
			t.Errorf("%q: the site speaking of itself %v, want %v", p, got, want)
		}
	}
}

// TestSelfIntroduction: an account's persona introducing itself (我是阿城,
// …) weighs a person's voice twice, and with the trade's subject it is a
// notice between blank lines; the genre's speakers (a member of the party
// telling her story, a county head opening a live stream) stay.
func TestSelfIntroduction(t *testing.T) {
	if _, ok := shortPromoKind("我是阿城，写了八年公文，这里只讲能落地的写法。", placeAlone); !ok {
		t.Error("a persona's introduction kept")
	}
	for _, p := range []string{
		"我是一名普通的社区党员，入党二十年来始终坚持为群众办实事。",
		"大家好，我是XX县县长张三，欢迎大家收看本期“县长直播间”。",
		"我是人民的勤务员",
	} {
		if k, ok := shortPromoKind(p, placeAlone); ok {
			t.Errorf("%q filtered as %s", p, k)
		}
	}
	for p, want := range map[string]bool{"我是阿城": true, "大家好，我叫小林": true, "自我是非": false, "他说我是": false} {
		if introducesSelf(p) != want {
			t.Errorf("introducesSelf(%q) = %v", p, !want)
		}
	}
}

// TestReportsCount: a count of a result in the genre's units (2100余条,
// 1.2亿次, 2000余部) says a line is an office's report, as a requirement
// does; a site's offers count in other units (20个名额, 500套, 共560篇) or
// by the single digit (每月2次).
func TestReportsCount(t *testing.T) {
	for p, want := range map[string]bool{
		"全年推送稿件2100余条。": true, "阅读量超过1.2亿次": true, "删除侵权链接3400余条": true, "关闭网站46家": true,
		"仅剩最后20个名额": false, "加赠电子模板500套": false, "共560篇": false, "每月2次人工改稿": false, "2024年": false,
	} {
		if got := reportsCount(p); got != want {
			t.Errorf("reportsCount(%q) = %v, want %v", p, got, want)
		}
	}
	for _, p := range []string{
		"网友们纷纷点赞，相关话题阅读量超过1.2亿次。",
		"县融媒体中心开通微信订阅号、视频号和抖音号，全年推送稿件2100余条。",
	} {
		if k, ok := shortPromoKind(p, placeAlone); ok {
			t.Errorf("%q filtered as %s", p, k)
		}
	}
}

// TestShopRate: a shop's rate (￥350/篇, 2元起) is a second signal of money,
// and 降重 a service of the trade, so a price list glued in prose goes; the
// genre's prices per its own units stay.
func TestShopRate(t *testing.T) {
	for p, want := range map[string]bool{
		"经验材料　￥350/篇": true, "单篇2元起": true, "¥ 1.5/千字": true, "千字50元起": true,
		"小麦最低收购价每吨2400元": false, "每平方米3000元/月": false, "起步价10元": false, "¥128": false,
	} {
		if got := hasRate(p); got != want {
			t.Errorf("hasRate(%q) = %v, want %v", p, got, want)
		}
	}
	if _, ok := shortPromoKind("论文降重｜¥2/千字起，当天出稿，重复率不达标全额退款", placeGlued); !ok {
		t.Error("a rate for 降重 kept glued in prose")
	}
	if k, ok := shortPromoKind("稻谷最低收购价为每50公斤130元，小麦每吨2400元，收购价格由国家统一公布。", placeAlone); ok {
		t.Errorf("a price policy filtered as %s", k)
	}
}
