package parse

import (
	"strings"
	"testing"
)

// recordProse is a paragraph of the genre around the lines under test.
const recordProse = "今年以来，我们坚持把优化营商环境作为重点工作，全面推行“一网通办”，市级政务服务事项网上可办率达到98.6%，群众满意度持续提升。"

// recordAd is a site's pitch the filter hides whatever stands beside it.
const recordAd = "【某某素材库】每天更新材料1000多篇，会员群+网盘群同步更新，一键下载，有意加入请联系客服微信：abc12345"

// recordAd2 is the pitch's second line, its rights and its promise.
const recordAd2 = "本站资料均为原创，侵权必究，好评如潮，唯一客服：abc12345"

// TestRecordLines: the records a notice or a news release keeps of itself
// (promo_record.go) stay, alone, glued under a site's pitch or beside the
// genre's prose, and the page's or the shop's furniture they look like is
// still hidden. Each case fails without its rule.
func TestRecordLines(t *testing.T) {
	cases := []struct {
		name   string
		doc    []string // "" is a blank line
		target string   // the line under test
		hidden bool
	}{
		// hours are an office's timetable, no post's time stamp (inTimeSpan)
		{"hours under a pitch", []string{recordProse, "", recordAd, recordAd2, "咨询电话：0571-85012345（工作日9:00—12:00，13:30—17:30）"},
			"咨询电话：0571-85012345（工作日9:00—12:00，13:30—17:30）", false},
		{"a post's stamp", []string{recordProse, "", "原创　某某　2024年03月18日 08:30", "", recordProse},
			"原创　某某　2024年03月18日 08:30", true},
		// a date in Chinese numerals is the document's record (isHanDate)
		{"date under a pitch", []string{recordProse, "", recordAd, "二〇二六年十二月三日"}, "二〇二六年十二月三日", false},
		// an office's contact line: a landline, no shop's signal (officeContact)
		{"office contact", []string{recordProse, "", "咨询电话：0578-6102 5577（工作日8:30—17:00）　电子邮箱：ylzyfw@163.com", "", recordProse},
			"咨询电话：0578-6102 5577（工作日8:30—17:00）　电子邮箱：ylzyfw@163.com", false},
		{"shop contact", []string{recordProse, "", "下单咨询：0578-6102 5577　客服微信：abc12345　电子邮箱：ylzyfw@163.com", "", recordProse},
			"下单咨询：0578-6102 5577　客服微信：abc12345　电子邮箱：ylzyfw@163.com", true},
		// a Q&A's question (asksInQA)
		{"Q&A question", []string{recordProse, "", "问：在直播间买到假货，应该找主播还是找商家？", "", recordProse},
			"问：在直播间买到假货，应该找主播还是找商家？", false},
		// an appeal to a public naming the state's hotline (isServiceNumber)
		{"appeal to a public", []string{recordProse, "", "广大消费者朋友们：网络购物时请认准平台内经营者亮照亮证信息，保存好订单截图、聊天记录和付款凭证，遇到“先付定金再发链接”等要求务必提高警惕，合法权益受到侵害时可拨打12315投诉举报。", "", recordProse},
			"广大消费者朋友们：网络购物时请认准平台内经营者亮照亮证信息，保存好订单截图、聊天记录和付款凭证，遇到“先付定金再发链接”等要求务必提高警惕，合法权益受到侵害时可拨打12315投诉举报。", false},
		// speech a report quotes (unquoteSpeech)
		{"quoted speech", []string{recordProse, "走进村里的“共享直播间”，补光灯、手机支架一应俱全。55岁的村民王秀英正对着镜头介绍自家晒的红薯干：“家人们，这是咱自家地里长的，没放一粒糖，甜是红薯本身的甜！”", recordProse},
			"走进村里的“共享直播间”，补光灯、手机支架一应俱全。55岁的村民王秀英正对着镜头介绍自家晒的红薯干：“家人们，这是咱自家地里长的，没放一粒糖，甜是红薯本身的甜！”", false},
		// a release's source and an event's organisers alone (isSoftChrome, softRun)
		{"source alone", []string{recordProse, "", "来源：青溪县融媒体中心", "", recordProse}, "来源：青溪县融媒体中心", false},
		{"source over a stamp", []string{"2025年某省政府工作报告", "来源：某某日报", "2025-01-15 10:23", recordProse}, "来源：某某日报", true},
		{"organisers alone", []string{recordProse, "", "主办单位：临江市委宣传部", "承办单位：临江市图书馆　临江日报社", "", recordProse},
			"主办单位：临江市委宣传部", false},
		{"a site's footer", []string{recordProse, "", "主办单位：某某市人民政府办公室", "承办单位：某某市大数据中心", "网站标识码：1234000001　ICP备12345678号"},
			"主办单位：某某市人民政府办公室", true},
		{"a site as source", []string{recordProse, "", "来源：某某网", "", recordProse}, "来源：某某网", true},
	}
	for _, c := range cases {
		text := strings.Join(c.doc, "\n") + "\n"
		doc := Parse(text)
		n := -1
		for i, l := range c.doc {
			if l == c.target {
				n = i + 1
			}
		}
		if got := junkLines(doc)[n]; got != c.hidden {
			t.Errorf("%s: %q hidden %v, want %v", c.name, c.target, got, c.hidden)
		}
		if strings.Contains(strings.Join(c.doc, "\n"), recordAd) && !junkLines(doc)[indexOf(c.doc, recordAd)+1] {
			t.Errorf("%s: the pitch is no longer hidden", c.name)
		}
	}
}

func indexOf(list []string, s string) int {
	for i, l := range list {
		if l == s {
			return i
		}
	}
	return -1
}

// TestRecordShapes: the state's five-digit hotlines are no contact
// numbers (a QQ or a mobile still is), a date in Chinese numerals is a
// date, and office hours are no post's time stamp (TestBlindHeldOut16's
// keep, in the seed: a 咨询电话 line with its hours glued under the seed's
// pitch joined it on that stamp).
func TestRecordShapes(t *testing.T) {
	for _, c := range []struct {
		p    string
		want bool
	}{{"可拨打12315或登录全国12315平台投诉", false}, {"可拨打12345热线", false}, {"加QQ：12345678", true}, {"手机13907361234", true}} {
		if got := hasContact(c.p); got != c.want {
			t.Errorf("hasContact(%q) = %v, want %v", c.p, got, c.want)
		}
	}
	if !isHanDate("二〇二六年十二月三日") || !isHanDate("（二〇二五年三月）") || isHanDate("二十年专注公文写作") {
		t.Error("isHanDate")
	}
	for _, c := range []struct {
		p    string
		want bool
	}{{"咨询电话：0571-85012345（工作日9:00—12:00，13:30—17:30）", false}, {"开放时间：8:30至17:00", false},
		{"2024年03月18日 08:30 河南", true}, {"发布于 2024-05-06 09:12", true}} {
		if got := hasTimeStamp(c.p); got != c.want {
			t.Errorf("hasTimeStamp(%q) = %v, want %v", c.p, got, c.want)
		}
	}
}

// TestUnquoteSpeechWalk: unquoteSpeech takes the reader's address out of
// every closed quotation, and walks them as commaQuotes does for
// speechQuoted and unnameQuoted: an unclosed “ keeps the rest of the line
// (its own copy of the walk dropped it).
func TestUnquoteSpeechWalk(t *testing.T) {
	const lead = "走进村里的共享直播间，补光灯、手机支架一应俱全，五十五岁的村民王秀英正对着镜头介绍自家晒的红薯干："
	for _, c := range []struct {
		p    string
		kept bool // the address stays the line's own
	}{
		{lead + "“家人们，这是咱自家地里长的，没放一粒糖！”", false},
		{lead + "“这是咱自家地里长的”，家人们，没放一粒糖！", true},
		{lead + "“家人们，这是咱自家地里长的，没放一粒糖！", true},
	} {
		h, _ := noticeHits(c.p)
		if h[fReader] == 0 {
			t.Fatalf("%q: no address to take out", c.p)
		}
		unquoteSpeech(c.p, &h)
		if got := h[fReader] > 0; got != c.kept {
			t.Errorf("%q: address kept %v, want %v", c.p, got, c.kept)
		}
	}
}

// TestStateHotline: a line that gives the state's public-service number
// (12121, 12345, “12328”) is an office's, kept where it stands though it
// sends the reader to an account and an app (keep25's 气象 paragraph); an
// amount opening 12 (12000元/场), a number inside a longer one or a
// landline is none. The paragraph's case fails without namesStateHotline.
func TestStateHotline(t *testing.T) {
	for _, c := range []struct {
		p    string
		want bool
	}{
		{"不会用智能手机的老年朋友，可以拨打12121收听天气预报。", true},
		{"可拨打12345政务服务便民热线反映", true},
		{"通过“12328”交通运输服务监督热线投诉", true},
		{"半天6800元/场，全天12000元/场", false},
		{"全年受理12345件", false},
		{"电话：0571-12345678", false},
		{"订单号 2012345", false},
		{"QQ：123456789", false},
		{"微信：abc12345", false},
		{"ID：12345abc", false},
	} {
		if got := namesStateHotline(c.p); got != c.want {
			t.Errorf("namesStateHotline(%q) = %v, want %v", c.p, got, c.want)
		}
	}
	weather := "想知道明天要不要带伞？打开手机关注“中国气象”微信公众号或下载“中国天气”App，即可查询逐小时天气预报和本地预警信息；不会用智能手机的老年朋友，可以拨打12121收听天气预报。"
	withModel(&learnModel{}, func() {
		for _, at := range []place{placeGlued, placeAlone, placeOutside} {
			if _, ok := scoreNoticeIn(weather, at, registerGenre); ok {
				t.Errorf("the 气象 paragraph at %d: a notice", at)
			}
		}
	})
	doc := Parse(strings.Join([]string{recordProse, "", weather, "", recordProse}, "\n") + "\n")
	if junkLines(doc)[3] {
		t.Errorf("%q hidden", weather)
	}
}
