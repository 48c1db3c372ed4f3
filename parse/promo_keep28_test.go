package parse

import "testing"

// hardKeep28: 100 real texts of the genre (75 paragraphs, 25 short lines)
// on the subjects promotion talks about (宠物诊疗 and 犬只管理, 驾驶培训 and
// 驾考预约, 家装 complaints and 建材 抽查, 保险销售误导 and 理赔, 茶叶 and
// 农产品电商, 演出票务实名制 and 黄牛, 12348 公共法律服务, 图文打印 and 政务
// 自助终端, 政务新媒体 columns and 融媒体 short videos, 网络评论治理, and
// appeals to the reader: 让我们…, 欢迎广大市民…, 扫码参与问卷, 拨打热线,
// 关注“XX发布”), with real lines that look like a page's furniture (标题,
// 发文字号, 来源, 落款, 抄送, 附件, 联系电话, 报名截止, 图片说明, 编者按,
// 责任编辑, 印发), written blind on 2026-12-07 (session 25) by a helper
// session that opened no filter code and no test (keepblind28, header of
// promodata/keep28.txt). Measured on dd9488c's code (session 25's start)
// and 9f43e27 (its end) before the model saw it: 97, 95 and 97 of 100 kept
// one at a time (seed, 十九大, 一号文件); retrained on it and after filter
// round 34 the same. Not kept: a 来源：青溪日报… line and a （责任编辑：…
// 审核：…） credit at an article's foot, a page's furniture to the chrome
// pass by design (chromeOpeners, TestNewsByline; hidden with their kind
// and shown by p), and prose that moves the outline without being
// filtered (a 倡议 preamble before the title, and in 十九大 two
// paragraphs opening on a short sentence read as leads).
var hardKeep28 = promoSetFile("keep28").keep

// keep28Floor is how many of hardKeep28 each compilation keeps (seed,
// 十九大, 一号文件) one at a time, whole and with the outline as it was.
var keep28Floor = []int{97, 95, 97}

// TestHardKeep28 inserts each of hardKeep28 alone into each real
// compilation and counts what is kept against keep28Floor.
func TestHardKeep28(t *testing.T) {
	keptAtLeast(t, hardKeep28, keep28Floor)
}
