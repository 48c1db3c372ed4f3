package parse

import "testing"

// hardKeep29: 100 real texts of the genre (75 paragraphs, 25 short lines)
// on the subjects promotion talks about (母婴护理 and 月子中心, 二手车
// 交易, 职业技能培训补贴, 殡葬改革, 健身房预付卡 and 体育场馆, 民宿 and
// 露营地, 家政 信用 and 持证上岗, 典当 and 黄金回收, 出入境 and 留学中介
// risks, 12345 and 政务服务App, 消费券, 志愿者招募, 直播带货, and appeals to
// the reader: 让我们…, 欢迎广大市民…, 扫码报名, 拨打热线, 关注“XX发布”,
// 下载“X事通”App), with real lines that look like a page's furniture (汇编
// 刊头, 标题, 发文字号, 副标题, 来源, 责任编辑, 落款, 报名咨询电话, 抄送,
// 印发, 附件), written blind on 2026-12-07 (session 26) by a helper session
// that opened no filter code and no test (keepblind29, header of
// promodata/keep29.txt). Measured on 2770e13's code (session 26's start)
// and ed82e70 (its end) before the model saw it: 92, 90 and 92 of 100 kept
// one at a time (seed, 十九大, 一号文件) at both; retrained on it the same;
// after filter round 35 93, 91 and 93: a 外交部 advisory giving its
// landlines dialled from abroad (+86-10-…) is kept (afterAreaCode). Not
// kept: a 来源：澄溪日报 line and a 责任编辑：… line, a page's furniture to
// the chrome pass by design (chromeOpeners, TestNewsByline; hidden with
// their kind and shown by p, no text lost), and prose that moves the
// outline without being filtered: paragraphs numbered 一、…四、 that
// become nodes where they are inserted (一、检查范围。…), an 附件：1. …
// paragraph at the foot, and in 十九大 two paragraphs opening on a short
// sentence read as leads.
var hardKeep29 = promoSetFile("keep29").keep

// keep29Floor is how many of hardKeep29 each compilation keeps (seed,
// 十九大, 一号文件) one at a time, whole and with the outline as it was.
var keep29Floor = []int{93, 91, 93}

// TestHardKeep29 inserts each of hardKeep29 alone into each real
// compilation and counts what is kept against keep29Floor.
func TestHardKeep29(t *testing.T) {
	keptAtLeast(t, hardKeep29, keep29Floor)
}
