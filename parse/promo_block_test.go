package parse

import (
	"strings"
	"testing"

	"wenji/model"
)

// TestNoticeBlockWhole: a block of a few lines between blank lines with a
// line filtered on its own goes whole when its other lines are a notice's
// head, items or tagline (joinBlocks): an order form's head over its price
// and how to pay, a streak card's call to share, a contact card's label, a
// group's rules under their head. A title, a signature and its date, an
// office's line and a sentence of the genre in the same block stay, and
// so does the notice's own line where it is filtered.
func TestNoticeBlockWhole(t *testing.T) {
	const (
		para1 = "一年来，我们坚持以人民为中心的发展思想，全面推进基层治理体系和治理能力现代化，各项工作取得明显成效。"
		para2 = "二要持续深化改革创新，着力破解制约发展的体制机制障碍，推动各项政策措施落地见效。"
	)
	for _, c := range []struct {
		block string
		head  bool   // the block stands before the title, not between paragraphs
		want  string // per line: h hidden, k kept
	}{
		{"《县域发展内参》2026年订阅办法\n每月一期，单价20元，全年240元（含快递费）\n邮发代号：28-133　集体订阅满20份享九折优惠", false, "hhh"},
		{"今日已坚持阅读 35 分钟 · 连续打卡第 9 天\n快拉上同事一起冲呀 >", true, "hh"},
		{"Follow me\nWeChat · 笔耕小站 ｜ Weibo · @笔耕小站 ｜ Email · bigeng@126.com", false, "hh"},
		{"速记整理｜0.8元/分钟，当天交稿\n会议、访谈、讲座录音均可\n音频直接发来，整理好再付款", false, "hhh"},
		{"入群须知（新人必看）\n1. 进群先改备注：城市-岗位\n2. 群文件只许自用，不准外传", false, "hhh"},
		{"入群须知（新人必看）\n1. 进群先改备注：城市-岗位\n2. 群文件只许自用，不准外传", true, "hhh"},

		{"下载所需积分：5分　　您的积分：0分　　〔做任务赚积分〕\n关于推进基层治理现代化的实施意见", true, "hk"},
		{"扫码关注公众号，回复“资料”领取全套范文，还有更多模板等你拿\nXX县人民政府办公室\n2024年3月1日", false, "hkk"},
		{"扫码关注公众号，回复“资料”领取全套范文，还有更多模板等你拿\n" + para2, false, "hk"},
		// a course's disclaimer over its rule in odd words, whose 、 is no
		// cadence of the genre's; a sentence of the genre with its 、 stays
		{"讲座内容仅代表主讲嘉宾个人观点\n群内课件、录音严禁私自搬运、二次售卖，违者踢群拉黑", false, "hh"},
		{"讲座内容仅代表主讲嘉宾个人观点\n各单位要组织干部职工认真学习、深入领会、抓好落实", false, "hk"},
		// a notice's line in the genre's cadence that carries its own
		// signals and no official word (signalledMember): a shop's terms
		// under its disclaimer; a term that requires, or names an office,
		// stays with the text
		{"平台声明：\n1. 本店仅提供写作指导与范文参考服务，严禁将稿件用于考试等违规用途；", false, "hh"},
		{"平台声明：\n1. 各单位仅提供写作指导与范文参考服务，严禁将稿件用于考试等违规用途；", false, "hk"},
	} {
		text := "关于推进基层治理的报告\n\n" + para1 + "\n\n" + c.block + "\n\n" + para2 + "\n"
		if c.head {
			text = c.block + "\n\n" + text
		}
		doc := Parse(text)
		wantLinesHidden(t, doc, c.block, c.want)
		i := strings.Index(doc.Text, para1)
		if len(doc.JunkIn(model.Span{Start: i, End: i + len(para1)})) > 0 {
			t.Errorf("with %q: real paragraph filtered", c.block)
		}
	}
}

// wantLinesHidden checks each line of block, found in doc's text, against
// want's letter for it: 'h' hidden whole, 'k' not filtered at all, any
// other letter not checked.
func wantLinesHidden(t *testing.T, doc *model.Document, block, want string) {
	t.Helper()
	off := strings.Index(doc.Text, block)
	for k, l := range strings.Split(block, "\n") {
		j := doc.JunkIn(model.Span{Start: off, End: off + len(l)})
		hidden := len(j) > 0 && j[0].Span.Start <= off && j[len(j)-1].Span.End >= off+len(l)
		switch {
		case want[k] == 'h' && !hidden:
			t.Errorf("%q: line %d %q not hidden", block, k+1, l)
		case want[k] == 'k' && len(j) > 0:
			t.Errorf("%q: line %d %q filtered", block, k+1, l)
		}
		off += len(l) + 1
	}
}

// TestChromeBlockWhole: a line the chrome pass takes on its own (a site's
// 备案号, chromeAlone) is a notice's line for its block (blockWhole): the
// licence line under it goes with it, as the page's; a sentence of the
// genre under it, or a line of no chrome over a licence, stays.
func TestChromeBlockWhole(t *testing.T) {
	const icp = "ICP备案：浙ICP备2019034567号-3　浙公网安备 33010602011234号"
	for _, c := range []struct {
		block string
		want  string // per line: h joined (or the chrome line), k left
	}{
		{icp + "\n网络出版服务许可证：（浙）网出证字第034号　客服邮箱：kefu@yunfan.net", "hh"},
		{icp + "\n各单位要认真贯彻落实本通知精神，确保各项工作落到实处。", "kk"},
		{"网络出版服务许可证：（浙）网出证字第034号　客服邮箱：kefu@yunfan.net\n各单位要认真贯彻落实本通知精神。", "kk"},
	} {
		lines := splitLines(c.block)
		promo, chrome := make([]uint8, len(lines)), make([]uint8, len(lines))
		for i := range lines {
			chrome[i] = chromeLineKind(c.block[lines[i].start:lines[i].end], registerGenre)
		}
		if c.want == "hh" && chrome[0]&chromeAlone == 0 {
			t.Fatalf("%q: the first line is no chrome line", c.block)
		}
		blockWhole(c.block, lines, promo, chrome, registerGenre)
		var got []byte
		for i := range lines {
			switch {
			case promo[i] == 1+uint8(model.JunkWebChrome):
				got = append(got, 'h')
			case promo[i] == 0:
				got = append(got, 'k')
			default:
				got = append(got, '?')
			}
		}
		if string(got) != c.want {
			t.Errorf("%q: got %s, want %s", c.block, got, c.want)
		}
	}
}

// TestListMate: in a notice's block, an item that weighs nothing alone
// (blockMember and signalledMember refuse it) goes with its list's item
// of the same style that joins on its own signals (listMate), so the
// block goes whole; an item naming an office does not, and the block
// stays as the line scorer left it.
func TestListMate(t *testing.T) {
	const (
		head  = "平台声明："
		item1 = "1. 本店仅提供写作指导与范文参考服务，严禁将稿件用于考试等违规用途；"
	)
	for _, c := range []struct {
		item2 string
		whole bool
	}{
		{"2. 个人信息由作者提供，平台不对其真实性负责。", true},
		{"2. 个人信息由各单位提供，平台不对其真实性负责。", false},
	} {
		block := head + "\n" + item1 + "\n" + c.item2
		lines := splitLines(block)
		if l := &lines[2]; blockMember(block, l, registerGenre) || signalledMember(block, l, registerGenre) {
			t.Fatalf("%q joins alone: the case tests nothing", c.item2)
		}
		promo, chrome := make([]uint8, len(lines)), make([]uint8, len(lines))
		promo[0] = 1 + uint8(model.JunkPromo)
		blockWhole(block, lines, promo, chrome, registerGenre)
		if got := promo[1] != 0 && promo[2] != 0; got != c.whole {
			t.Errorf("%q: block whole %v, want %v", c.item2, got, c.whole)
		}
	}
}
