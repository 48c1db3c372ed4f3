package parse

import "testing"

// hardKeep17: 100 real texts of the genre (70 paragraphs, 30 short lines)
// on the subjects promotion shares (知识产权 and 版权, 打击盗版, 网络安全宣传周,
// 反诈 with 扫码 and 下载APP, 政府采购 and 招投标, 公开遴选 and 招聘, 行业协会
// 会员单位, 培训班 报名, 消费券, 12345 and 一网通办) and real text that
// looks like a page's furniture (编者按, 编后语, bylines, 来源 lines, 责任编辑,
// 温馨提示, 创文 and 反诈 slogans, 扫码 instructions, 收费公示 price lists,
// 采购公告's 免责 and 转载无效 clauses, 报名方式 with phone and email,
// 倡议书 to 网民朋友们, a speech's rousing close), written blind on
// 2026-12-06 by a helper session that opened no filter code and no test
// (keepblind17, header of promodata/keep17.txt). Measured blind at
// session 14's end on main 8cf3c27: 92, 91 and 95 of 100 kept one at a
// time (seed, 十九大, 一号文件), four distinct texts filtered (an 倡议 to
// 广大网民朋友们, a 反诈 slogan of four clauses, 来源：市融媒体中心 over a time
// stamp, a 责任编辑 credit) and the others moving an outline. Development
// data since filter round 10.
var hardKeep17 = promoSetFile("keep17").keep

// keep17Moves bounds the real paragraphs of hardKeep17 that move a
// compilation's outline when inserted alone, not counting those that open
// on a heading of their own: the outline's doing, not the filter's (项目概况：…,
// 全市广大市民朋友们：… read as a field's label or a heading glued among a
// compilation's paragraphs). Filter round 10 measured 4, 5 and 1.
const keep17Moves = 5

// TestHardKeep17 inserts each of hardKeep17 alone into each real
// compilation: none may lose a byte or change whether a line of the
// compilation is filtered, and no more than keep17Moves move its outline;
// then all at once. One of its lines is a page's furniture that the
// chrome pass takes by design, as it takes keep12's editor credit: a news
// page's 责任编辑 credit. The test holds that it is still taken, so that a
// change there is a decision. Filter round 10 keeps the two real texts the
// set lost blind: an 倡议 to 广大网民朋友们 (不点击来历不明的链接) and a 反诈
// slogan (未知链接不点击，陌生来电不轻信…), by the wary words of a warning
// (warnsOfFraud). Filter round 26 decided the other line taken till then,
// 来源：市融媒体中心 over its publishing time, is the article's byline
// (officeCredit), kept as a release's 来源 line is alone: chrome only beside
// the page's other furniture (isSoftChrome).
func TestHardKeep17(t *testing.T) {
	var keep, furniture []blindBlock
	for _, b := range hardKeep17 {
		if isChromeLine(b.text) && !officeCredit(b.text) {
			furniture = append(furniture, b)
		} else {
			keep = append(keep, b)
		}
	}
	if len(furniture) != 1 {
		t.Errorf("%d lines of a page's chrome among keep17's, want the credit", len(furniture))
	}
	hardKeepRun(t, keep, furniture, keep17Moves, "a page's chrome is no longer filtered",
		func(b blindBlock) bool { return b.kind == "prose" && !opensOnOwnLine(b.text) })
}
