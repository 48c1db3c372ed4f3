package parse

import "testing"

// hardKeep25: 100 real texts of the genre (80 paragraphs, 20 short lines)
// on the subjects promotion talks about (托育 and 母婴服务, 养老服务 and 康养,
// 殡葬改革 and 公益性公墓, 校外培训监管, 消费帮扶 and 电商助农, 家电以旧换新补贴,
// 保险消费者权益保护, 生成式人工智能服务管理, 全民阅读 and 有声读物, 著作权保护,
// 网络评论 and 弹幕管理, 气象服务 and 预警), and real lines that look like a
// page's furniture (来源/作者 with a 发布时间 or a 微信公众号, 发文字号, 附件,
// 联系人, 落款, 抄送, 编者按, 图片说明, 责任编辑, 主题词, 会议时间/地点/主持),
// written blind on 2026-12-07 (session 22) by a helper session that opened
// no filter code and no test (keepblind25, header of promodata/keep25.txt).
// Measured on 5f6f458 (session 22's start), 03f5585 (its end) and 90ecd75
// (filter round 26's start) before the model saw it: 94, 94 and 94 of 100
// kept one at a time (seed, 十九大, 一号文件): four 来源/作者/发布时间 lines
// (来源：市民政局　作者：…　发布时间：…, 来源：中国气象局网站, 作者：…科　来源：…,
// 来源：“中国气象”微信公众号) and a （责任编辑：…） line filtered as a page's
// credits, and a 气象 paragraph telling the reader to follow a 微信公众号 or
// download an App filtered as a pitch. Retrained on it: the same. Filter
// round 26 keeps the four 来源/作者 lines as an article's byline
// (officeCredit) and the 气象 paragraph by the state's hotline it gives
// (12121, namesStateHotline): 99, 99 and 99, the 责任编辑 credit taken by
// design (TestNewsByline).
var hardKeep25 = promoSetFile("keep25").keep

// keep25Floor is how many of hardKeep25 each compilation keeps (seed,
// 十九大, 一号文件) one at a time, whole and with the outline as it was.
var keep25Floor = []int{99, 99, 99}

// TestHardKeep25 inserts each of hardKeep25 alone into each real
// compilation and counts what is kept against keep25Floor.
func TestHardKeep25(t *testing.T) {
	keptAtLeast(t, hardKeep25, keep25Floor)
}
