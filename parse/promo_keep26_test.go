package parse

import "testing"

// hardKeep26: 100 real texts of the genre (80 paragraphs, 20 short lines)
// on the subjects promotion talks about (市场监管 of 家政服务, 二手车交易,
// 房产中介, 人力资源服务机构, 婚恋网站, 留学中介, 商业特许经营, 健身预付卡,
// 网络文学 and 在线教育; 消费者权益保护, 招聘会 and 就业服务, 12345 热线,
// 政务新媒体), some telling the reader to scan a code, log in to a site or
// call a number as a government body does, and real lines that look like
// a page's furniture (来源/发布时间/作者 naming a 微信公众号, 发文字号, 附件,
// 联系人/电话, 落款, 抄送/印发, 编者按, 图片说明, 责任编辑, 原载, 主题词,
// 会议时间/地点, a 新华社 dateline, （此件公开发布）, a speech's subtitle),
// written blind on 2026-12-07 (session 23) by a helper session that opened
// no filter code and no test (keepblind26, header of promodata/keep26.txt).
// Measured on 90ecd75 (session 23's start) before the model saw it: 96, 97
// and 97 of 100 kept one at a time (seed, 十九大, 一号文件); on a23c0d0 (its
// end), on ef7b6b5 (filter round 29's start) and retrained on it: 98, 99
// and 99. Not kept: a （责任编辑：…） credit, taken by design
// (TestNewsByline), and in the seed a 家政 倡议 paragraph whose short first
// sentence (家政服务连着千家万户。) moves the outline.
var hardKeep26 = promoSetFile("keep26").keep

// keep26Floor is how many of hardKeep26 each compilation keeps (seed,
// 十九大, 一号文件) one at a time, whole and with the outline as it was.
var keep26Floor = []int{98, 99, 99}

// TestHardKeep26 inserts each of hardKeep26 alone into each real
// compilation and counts what is kept against keep26Floor.
func TestHardKeep26(t *testing.T) {
	keptAtLeast(t, hardKeep26, keep26Floor)
}
