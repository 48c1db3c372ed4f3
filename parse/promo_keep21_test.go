package parse

import "testing"

// hardKeep21: 100 real texts of the genre (70 paragraphs, 30 short lines)
// on the subjects promotion talks about (网络谣言治理 and 辟谣平台, 虚假违法广告,
// 预付式消费, 网约车 and 顺风车, 燃气安全, 垃圾分类, 食品安全 你点我检, 农民工工资,
// 经济普查, 文明城市 and 志愿报名), and real text that looks like a page's
// furniture (报名方式 with an App, an e-mail and a phone, 来源 and 发布时间
// lines, a 公众号 to follow for a vote, 扫码 instructions, hotlines), written
// blind on 2026-12-06 by a helper session that opened no filter code and
// no test (keepblind21, header of promodata/keep21.txt). Measured on
// 199c7bc (session 18's end, the same on be3515f at its start) before the
// model saw it: 93, 93 and 95 of 100 kept one at a time (seed, 十九大,
// 一号文件), five distinct texts filtered (a 报名方式 paragraph with an App, an
// e-mail and a 咨询电话; a 你点我检 paragraph asking readers to follow a
// 公众号; that table's caption 表1　…; a footer 来源：福州市委网信办; a head
// 发布时间：…　来源：… line), and two paragraphs opening on an address
// (亲爱的居民朋友们：…) moving the outline in two compilations. Retrained on
// it: 94, 94 and 96 (the 你点我检 paragraph kept). Development data since
// filter round 18, whose rules keep the source line (namesSite), the
// caption (unnameQuoted) and the 报名方式 paragraph (publicMay): 97, 97 and
// 99; left, the 发布时间：…　来源：… line the chrome pass takes as a page's
// time stamp (as formats/scraped's golden has it), and the two paragraphs
// opening on an address that the outline reads as leads. Filter round 26
// keeps the 发布时间：…　来源：… line as the article's byline (officeCredit):
// 99, 99 and 100.
var hardKeep21 = promoSetFile("keep21").keep

// keep21Floor is how many of hardKeep21 each compilation keeps (seed,
// 十九大, 一号文件) one at a time, whole and with the outline as it was.
var keep21Floor = []int{99, 99, 100}

// TestHardKeep21 inserts each of hardKeep21 alone into each real
// compilation and counts what is kept against keep21Floor.
func TestHardKeep21(t *testing.T) {
	keptAtLeast(t, hardKeep21, keep21Floor)
}
