package parse

// The seventeenth held-out set for the promotion filter (issue 19).
//
// Written blind on 2026-12-06 by a helper session in a throwaway clone,
// which opened only heldout2_test.go (for the types blindBlock and
// blindPos), the top header comments of heldout3_test.go … heldout8_test.go,
// heldout10_test.go, heldout11_test.go, heldout12_test.go and
// heldout14_test.go (to avoid the styles they list), the first 4 lines of
// promodata/heldout14.txt (the format) and issue 19's text; no filter
// code, no other test, and nothing run on the blocks but a load check
// (/work/blind17/README.md). Measured blind at session 14's end on main
// 8cf3c27: 25, 23 and 23 of 30 hidden one at a time (seed, 十九大, 一号文件),
// 25, 26 and 25 all at once, real text kept 24, 24 and 24 of 25 (one
// distinct real text filtered, a 党校 paragraph on 讲义 glued between
// articles). Since filter round 10 it is development data, its blocks in
// promodata/heldout17.txt.
//
// Theme: older and desktop channels: a 培训机构 flyer for a 遴选 camp with
// its address and what to bring, a QQ群 公告 (invite three to unlock a
// folder, change your 群名片), a BBS 版务公告 recruiting a 副版主, a print
// shop's 网上传稿 steps with a QQ mailbox and phone, a 同城便民信息 posting
// offer; a 下载站 attribute row (大小/类别/格式/星级/点数), an email-forward
// ad for a 范例 CD-ROM set (货到付款), a QQ群 file for 赞助成员 (群收款), a
// forum's 捐助说明 tiers, a 付费专栏's 请朋友读 offer; a 资料站's 资料简介
// and 内容预览, a Discuz banned-author stub, a school's 讲义电子版说明, a
// QQ邮箱 超大附件 block, an OCR trial's ■ notice; a mail system's 外部邮件
// banner, a 解压密码 line with a URL, a 水木 ※ 来源 line, an antivirus
// mail footer, a 知识星球 members-only notice; a BBS article bar, a
// 群文件 → folder pointer, a 下载地址 mirror block, a webmail toolbar with
// 快捷回复, a 淘专辑 line; a county 公众号's slogan, a PDF converter's
// generated-by stamp, a print shop's slogan, a box-drawn BBS signature and
// a paid community's motto. Six kinds, five blocks each, every kind in all
// four positions. The kept text mirrors these subjects (工作群 rules,
// 论坛 版主 management, QQ邮箱 leaks, 盗版光盘, 外部邮箱 phishing, OCR
// proofreading, 解压密码 by a separate channel), with a 发文字号, a heading,
// an 附件 line, a 咨询电话 line and a date.

// blind17Promo: 30 blocks of promotion.
var blind17Promo = promoSetFile("heldout17").promo

// blind17Keep: real text of the genre whose subject is what the blocks
// above talk about, and five short real standalone lines.
var blind17Keep = promoSetFile("heldout17").keep
