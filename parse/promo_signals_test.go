package parse

import (
	"strings"
	"testing"

	"wenji/model"
)

// TestCounterRow: a post's counters (labels of acting or furniture, each
// with a count) are a row of its own; a table's row of figures, a date and
// an amount are not.
func TestCounterRow(t *testing.T) {
	for p, want := range map[string]bool{
		"转发 286　评论 41　赞 1.2万":   true,
		"阅读 3.2万　赞 128　在看 56":   true,
		"收藏 52 | 分享 17":         true,
		"一季度 12.3　二季度 15.6":     false,
		"粮食产量 1.2万吨":            false,
		"2024年3月5日":             false,
		"评论 41":                 false,
		"全年转发 286 篇稿件，评论 41 条。": false,
	} {
		if got := isCounterRow(p); got != want {
			t.Errorf("isCounterRow(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestBuyerCount: a shop's count of buyers is a price's signal; the
// genre's counts of people (人次, 人参加) are not.
func TestBuyerCount(t *testing.T) {
	for p, want := range map[string]bool{
		"已有 3062 人付费": true,
		"2万人已购":       true,
		"1200人购买":     true,
		"全省已有2万人参加线上学习并通过考核。": false,
		"接待游客 3062 人次":        false,
		"全县3062人已脱贫":          false,
	} {
		if got := hasBuyerCount(p); got != want {
			t.Errorf("hasBuyerCount(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestPartsAndDiscounts: a count of the part shown and a discount are a
// site's; the genre's 前三季度, 前10名, 折旧 and 折算 are not.
func TestPartsAndDiscounts(t *testing.T) {
	for p, want := range map[string]bool{
		"以上为前1500字": true, "仅展示前 3 页": true, "前10名": false, "前三季度": false, "前5年增长": false,
	} {
		if got := hasPartCount(p); got != want {
			t.Errorf("hasPartCount(%q) = %v, want %v", p, got, want)
		}
	}
	for p, want := range map[string]bool{
		"全场五折": true, "会员8折": true, "7.5折优惠": true, "固定资产折旧": false, "折算为标准煤": false, "百折不挠": false,
	} {
		if got := hasDiscount(p); got != want {
			t.Errorf("hasDiscount(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestBrandWord: a brand's Latin name (all capitals, camel case) is not
// one of the genre's abbreviations or product names.
func TestBrandWord(t *testing.T) {
	for p, want := range map[string]bool{
		"WENBIGE 文笔阁":    true,
		"— GongwenPro":   true,
		"GDP增长5%":        false,
		"下载APP":          false,
		"Word版":          false,
		"发自我的iPhone":     false,
		"GB/T 9704-2012": false,
	} {
		if got := hasBrandWord(p); got != want {
			t.Errorf("hasBrandWord(%q) = %v, want %v", p, got, want)
		}
	}
}

// TestSignalLines weighs single lines of the signals added for the third
// set's misses, in wordings of their own: platforms and the page's places
// as handles, a brand beside its tagline before the title, a teaser whose
// cited title holds the genre's words, a counter row glued inside prose;
// and real lines that name the same things stay.
func TestSignalLines(t *testing.T) {
	for _, c := range []struct {
		text string
		at   place
		want bool
	}{
		{"抖音搜索同名账号，每晚八点直播间讲材料写法", placeGlued, true},
		{"完整讲稿已上传知识星球，成员可随时查看全文", placeGlued, true},
		{"收藏 52 | 分享 17 | 评论 9", placeGlued, true},
		{"CAILIAOBANG 材料帮｜机关写作一站式平台", placeOutside, true},
		{"明日推送：《县委书记在全县经济工作会议上的讲话（完整版）》，敬请期待！", placeAlone, true},

		{"市民可通过“爱山东”APP或微信小程序在线办理。", placeOutside, false},
		{"上线“随手拍”微信小程序，群众可随时拍照上传问题线索。", placeAlone, false},
		{"附件：《XX县2025年惠企优惠政策兑现申请表》", placeOutside, false},
		{"（本文刊发于《XX日报》2024年3月5日第3版）", placeOutside, false},
		{"一季度 12.3　二季度 15.6", placeAlone, false},
		{"不忘初心 · 牢记使命", placeOutside, false},
		{"文稿人 · 文稿心", placeAlone, true},
		{"～ 写作路上的好伙伴 ～", placeAlone, true},
		{"奋斗百年路 · 启航新征程", placeOutside, false},
		{"让我们携手并进，共创公文工作新局面！", placeOutside, false},
		{"收藏本书 | 打赏作者 | 举报本章", placeAlone, true},
		{"温馨提示：普通会员仅可下载前五页", placeOutside, true},
		{"责任单位：市发改委 | 市财政局 | 市商务局", placeAlone, false},
		{"本办法仅适用于本市行政区域内的政府投资项目。", placeAlone, false},
	} {
		_, ok := shortPromoKind(c.text, c.at)
		if ok != c.want {
			score, h := noticeScore(c.text)
			t.Errorf("%q at %d: filtered %v, want %v (score %d, hits %v)", c.text, c.at, ok, c.want, score, h)
		}
	}
}

// TestCardHeads: a card's lines above its notice go with it when they
// carry a signal of the site, or are a name's shape in a card of three
// lines or more; a short heading glued over one notice stays.
func TestCardHeads(t *testing.T) {
	body := "各地要结合实际，认真抓好贯彻落实，确保各项任务落到实处。\n\n"
	for _, c := range []struct {
		card string
		keep []int // 0-based lines of the card that must stay
	}{
		{"小程序\n写作素材宝\n海量范文　一键直达", nil},
		{"【投稿须知】\n本号常年征集基层经验材料，一经采用稿酬从优\n投稿邮箱：tougao_abc@163.com", nil},
		{"此致\n写作工作室　客服主管　王丽\n微信：wl_2024xz　QQ：2837465519", nil},
		{"结语\n扫码关注本号，后台回复“结语”领取全文", []int{0}},
	} {
		text := body + c.card + "\n\n" + body
		doc := Parse(text)
		junk := junkLines(doc)
		first := strings.Count(body, "\n") + 1 // 1-based line of the card's first line
		for k := range strings.Split(c.card, "\n") {
			stay := false
			for _, s := range c.keep {
				stay = stay || s == k
			}
			if junk[first+k] == stay {
				t.Errorf("card %q: line %d filtered %v, want %v", c.card, k, junk[first+k], !stay)
			}
		}
	}
}

// TestPhase2Signals: a mobile or 400 number in dashed groups, a player's
// progress, one social #tag inside a line, a one- or two-character
// placeholder in brackets and 原标题 as a repost's field are signals;
// the genre's landlines, dates, time ranges, Markdown marks and asides
// are not. Written for this test.
func TestPhase2Signals(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"报名咨询：139-1234-5678", true},
		{"客服热线400-800-1234", true},
		{"400-6666-888", true},
		{"联系电话：0551-6543-2100", false}, // an area code: an office's landline
		{"2024-03-01", false},
		{"GB/T 9704-2012", false},
		{"13-14-15", false},
	} {
		if got := hasDashedPhone(c.s); got != c.want {
			t.Errorf("hasDashedPhone(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"▶ 01:05 / 12:40　倍速", true},
		{"会议时间：09:00—12:00", false},
		{"09:00 开会 / 14:00 调研", false}, // words between the times: a schedule
		{"2024/03/01 09:00", false},
	} {
		if got := hasProgress(c.s); got != c.want {
			t.Errorf("hasProgress(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"已收进话题 #基层治理 12篇", true},
		{"#基层治理", false}, // at the start: maybe a Markdown heading's mark
		{"C#语言", false},
		{"#一 #二", true}, // two tags, as before
	} {
		if got := hasHandleMark(c.s); got != c.want {
			t.Errorf("hasHandleMark(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"[视频]", true}, {"【音频】", true}, {"[图]", true},
		{"（掌声）", false}, {"[]", false}, {"【学习园地】", false}, {"[1]", false},
	} {
		if got := placeholder(c.s); got != c.want {
			t.Errorf("placeholder(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	if _, h := noticeScore("原标题：《某某县推进基层减负的做法》"); h[fSource] == 0 {
		t.Error("原标题 is no source field")
	}
	// In a card: a placeholder over its notice goes with it.
	const notice = "视频暂不支持在本页播放，请下载客户端观看"
	text := "关于基层减负的经验材料\n\n我们坚持精简文件会议，切实减轻基层负担。\n\n[视频]\n" + notice + "\n\n全年共精简文件312件。\n"
	d := Parse(text)
	for _, s := range []string{"[视频]", notice} {
		i := strings.Index(text, s)
		if len(d.JunkIn(model.Span{Start: i, End: i + len(s)})) == 0 {
			t.Errorf("%q kept in its card", s)
		}
	}
}

// TestShopSearch: a search for a name on a platform (搜「…」, 搜：…) and a
// shop's platform (微店, 淘宝店, 有赞) are a solicitation's act and handle,
// so a shop's line standing alone goes even when it lists the genre's
// document types (讲话稿, a word of its prose) as goods; the genre's
// sentences about shops online and a 政务 service found by 搜一搜 stay.
func TestShopSearch(t *testing.T) {
	for _, c := range []struct {
		text string
		junk bool
	}{
		{"淘宝店搜“墨言文库”，各类模板应有尽有", true},
		{"有赞小店搜：青灯文案，讲话、汇报材料一站配齐", true},
		{"我县已有淘宝村12个，电商从业人员达3000余人。", false},
		{"群众可通过微信搜一搜“XX政务服务”小程序在线申报。", false},
		{"支持农村电商发展，培育一批微店、网店经营主体。", false},
		{"打击利用微店、淘宝店销售假冒伪劣商品的违法行为。", false},
	} {
		_, ok := shortPromoKind(c.text, placeAlone)
		if ok != c.junk {
			score, h := noticeScore(c.text)
			t.Errorf("%q filtered %v, want %v (score %d, hits %v)", c.text, ok, c.junk, score, h)
		}
	}
}

// TestOfficeRequiresStays: an office's notice requires (须于…前, 按规定,
// 逾期不予…) and sends people to its own media account (“江州人社发布”):
// such a line standing alone in the notice is its text, however many of a
// site's words it holds (登录, 下载, 打印, 关注, 公众号); a site's plug of
// its own account still goes.
func TestOfficeRequiresStays(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"考生须于5月10日前登录网站下载打印准考证。", false},
		{"申请人应于截止日期前登录平台上传材料，逾期不予受理。", false},
		{"请关注“江州人社发布”微信公众号及时获取最新信息。", false},
		{"扫码进入“清河办”小程序", false},
		{"欢迎关注“青禾素材”公众号，回复“总结”免费下载全套范文。", true},
		{"扫码关注「墨言文库」，每日更新讲话稿，点击下载。", true},
	} {
		if _, ok := shortPromoKind(c.text, placeAlone); ok != c.want {
			score, h := noticeScore(c.text)
			t.Errorf("%q alone: filtered %v, want %v (score %d, hits %v)", c.text, ok, c.want, score, h)
		}
	}
}

// TestGovService: a quoted name ending in 办 is a government's service app
// (“浙里办”, 「随申办」); a name ending in 代办 is a trade, and a quoted 办
// alone names nothing.
func TestGovService(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"扫码进入“清河办”小程序", true},
		{"群众在「随申办」上即可查询", true},
		{"下载\"浙里办\"APP", true},
		{"营业执照“极速代办”，扫码下单", false},
		{"一个“办”字", false},
		{"扫码关注「墨言文库」", false},
	} {
		if got := govService(c.text); got != c.want {
			t.Errorf("govService(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTableHeader: a table's header row copied out as text (序号 and two
// cells more, parted by tabs or runs of spaces) is the document's own,
// neither a notice nor a site's menu bar; a menu bar of the same shape
// that does not head itself 序号 still is one.
func TestTableHeader(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"序号  报刊名称  订阅份数  单价（元/年）  金额（元）", true},
		{"序号\t项目名称\t责任单位\t完成时限", true},
		{"序号　姓名　单位", true},
		{"序号  名称", false},
		{"序号为1的项目", false},
		{"首页  政务公开  办事服务  互动交流", false},
	} {
		if got := tableHeader(c.text); got != c.want {
			t.Errorf("tableHeader(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	h := "序号  报刊名称  订阅份数  单价（元/年）  金额（元）"
	if isNavLine(h) {
		t.Errorf("%q read as a menu bar", h)
	}
	for _, at := range []place{placeGlued, placeAside, placeAlone, placeOutside} {
		if _, ok := shortPromoKind(h, at); ok {
			t.Errorf("%q a notice at place %d", h, at)
		}
	}
	if !isNavLine("首页  政务公开  办事服务  互动交流") {
		t.Error("a menu bar is no longer one")
	}
}

// TestReportsOnTrade: a sentence of the genre on the trade the 素材库
// keywords name (有偿代写, 润笔费) is no pitch, though two strong keywords
// are in it; a pitch with the same words that addresses the reader or
// gives a handle or a number still is one.
func TestReportsOnTrade(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"严肃查处个别干部利用职务便利为他人有偿代写材料、收受“润笔费”问题，给予党内严重警告处分2人、诫勉谈话5人。", false},
		{"各类代笔（润笔），原创高质量保障，需要的小伙伴请加客服微信。", true},
		{"专业代写各类材料，润笔一条龙，联系13912345678。", true},
		{"代写代笔，润笔无忧，欢迎您来咨询。", true},
	} {
		if got := isPromo(c.text); got != c.want {
			t.Errorf("isPromo(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestLikeCount: a comment's byline ending in its likes (某某某　湖南　12赞)
// is a page's residue wherever it stands; the genre's 点赞 in a sentence,
// and a count not at the line's end, are not.
func TestLikeCount(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"某某某\u3000湖南\u300012赞", true},
		{"作者\u30006赞", true},
		{"1.2万赞", true},
		{"网友纷纷点赞", false},
		{"获赞1.2万", false},
		{"赞", false},
	} {
		if got := endsLikeCount(c.text); got != c.want {
			t.Errorf("endsLikeCount(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if _, ok := shortPromoKind("某某某\u3000湖南\u300012赞", placeGlued); !ok {
		t.Error("a comment's byline with its likes kept inside prose")
	}
}

// TestPlatformHandles: the content platforms a site sends its reader to
// (网易号, 小宇宙, 语雀, GitHub) are handles as 知乎 and 抖音 are.
func TestPlatformHandles(t *testing.T) {
	for _, p := range []string{"或在百家号、网易号搜同名账号", "小宇宙搜「某某夜话」", "Edit this page on GitHub ｜ 在 GitHub 上编辑此页"} {
		if h, _ := noticeHits(p); h[fHandle] == 0 {
			t.Errorf("%q: no handle", p)
		}
	}
}

// TestRestLater: a note that the rest comes later or elsewhere (a
// serial's 续更, a paper's 下转第四版), or that the platform withholds it
// (无法查看), says the text is cut; glued beside a
// sentence of the prose, such a note in brackets goes.
func TestRestLater(t *testing.T) {
	for _, p := range []string{"（未完，明日续更）", "（下转第四版）", "此内容因违规无法查看"} {
		if h, _ := noticeHits(p); h[fCut] == 0 {
			t.Errorf("%q: not cut", p)
		}
	}
	if _, ok := shortPromoKind("（未完，明日续更）", placeAside); !ok {
		t.Error("（未完，明日续更） kept beside a sentence")
	}
}

// TestWarnsOfFraud: a statement that nothing is charged (本刊不收取任何
// 版面费) is an office's or a journal's, where an offer of pay is a site's
// call for writers; a warning that quotes a scam's pitch to warn of it
// (诈骗, 报警, 冒充, 受害人) is the genre's own, as an isPromo paragraph
// and as a short line, where the same words without the warning are a
// pitch; and a newspaper office's rights line (版权归××日报社所有) is the
// publisher's own, where an account's is a disclaimer.
func TestWarnsOfFraud(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"警方提醒：凡是自称客服、要求您添加微信或QQ领取补贴、扫码缴纳保证金的，都是诈骗，请拨打110报警。", false},
		{"自称客服、要求您添加微信或QQ领取补贴、扫码缴纳保证金的，请拨打110。", true},
		{"凡本报原创稿件，版权归××日报社所有，转载请注明出处。", false},
		{"凡本号原创稿件，版权归本号所有，转载请注明出处。", true},
		{"投稿请发邮箱 tougao@example.com，来稿请注明“投稿+单位”，本刊不收取任何版面费。", false},
		{"投稿请发邮箱 tougao@example.com，来稿请注明“投稿+单位”，稿费从优，欢迎您来稿！", true},
	} {
		for _, at := range []place{placeGlued, placeAlone} {
			if _, got := shortPromoKind(c.text, at); got != c.want {
				t.Errorf("shortPromoKind(%q, %d) = %v, want %v", c.text, at, got, c.want)
			}
		}
	}
	pitch := "添加客服微信领取补贴，扫码即送，名额有限，QQ群：12345678"
	if !isPromo(pitch) {
		t.Fatalf("isPromo(%q) = false, want a pitch", pitch)
	}
	if w := "警惕冒充客服诈骗：" + pitch; isPromo(w) {
		t.Errorf("isPromo(%q) = true, want a warning", w)
	}
}

// TestOpensOnTag: a line opening on a short 【tag】 and going on after it
// is a post's label, a shape signal: standing alone, a line of a feed's
// news (自下周起改为每周二、周五推送。) is a notice with it and none
// without; a line wholly in brackets is an aside (isAside), not a tag, and
// a long bracketed title or a 【 inside the line is neither.
func TestOpensOnTag(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"【更新说明】自下周起改为每周二、周五推送。", true},
		{"【典型案例】", false},
		{"【关于进一步加强和改进新时代机关党建工作的实施意见】全文如下", false},
		{"关于【某某】的说明", false},
	} {
		if got := opensOnTag(c.text); got != c.want {
			t.Errorf("opensOnTag(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	withModel(&learnModel{}, func() {
		if _, ok := shortPromoKind("【更新说明】自下周起改为每周二、周五推送。", placeAlone); !ok {
			t.Error("a tagged line of a feed's news standing alone is no notice")
		}
		if _, ok := shortPromoKind("自下周起改为每周二、周五推送。", placeAlone); ok {
			t.Error("the same line untagged is a notice")
		}
	})
}
