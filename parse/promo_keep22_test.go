package parse

import "testing"

// hardKeep22: 100 real texts of the genre (70 paragraphs, 30 short lines)
// on the subjects promotion talks about (电信网络诈骗防范, 网络游戏防沉迷,
// 保险消费者权益保护, 金融知识普及月, 电梯安全, 食品安全抽检公示, 防范非法集资,
// 医保电子凭证 扫码就医, 校外培训治理, 物业服务收费公示), and real text that
// looks like a page's furniture (编者按, a speech's rousing close, 倡议书
// addressed to 朋友们, a 报名方式 with an e-mail and a phone, a byline, 来源
// lines, 温馨提示, slogans, 扫码 steps, a price list, a 免责 clause, 附件,
// 抄送 and 落款 lines), written blind on 2026-12-06 by a helper session
// that opened no filter code and no test (keepblind22, header of
// promodata/keep22.txt). Measured on 9438f57 (session 19's end, the same
// on a8244eb at its start) before the model saw it: 96, 96 and 98 of 100
// kept one at a time (seed, 十九大, 一号文件), two distinct texts filtered (an
// office's 联系人/联系电话/电子邮箱 block at the foot; a 物业 price list of
// 元/平方米·月 lines), and a 乘梯温馨提示 paragraph and two 家长朋友们 倡议
// paragraphs moving the outline. Retrained on it: the same. Filter round
// 20 keeps the price list (a tariff's rate per measure, tariffAt) and the
// contact block (the channels under an office's 联系人 line,
// officeContactField): 98, 98 and 100. A ：-clause that addresses people
// or heads a notice is no lead (addressOrNotice): 99, 99 and 100; left,
// the 倡议 paragraph (家长朋友们：…。我们倡议：…；…) that the outline still
// reads as two measures.
var hardKeep22 = promoSetFile("keep22").keep

// keep22Floor is how many of hardKeep22 each compilation keeps (seed,
// 十九大, 一号文件) one at a time, whole and with the outline as it was.
var keep22Floor = []int{99, 99, 100}

// TestHardKeep22 inserts each of hardKeep22 alone into each real
// compilation and counts what is kept against keep22Floor.
func TestHardKeep22(t *testing.T) {
	keptAtLeast(t, hardKeep22, keep22Floor)
}
