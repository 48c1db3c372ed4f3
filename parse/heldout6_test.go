package parse

// The sixth held-out set for the promotion filter (issue 19).
//
// Written blind on 2026-12-05 by a helper session, without opening any
// filter code and without running the filter (or wenji, or any test) on
// these blocks. The only files read under parse/ were heldout2_test.go (for
// the types blindBlock and blindPos and the format of the lists) and the
// header comments of heldout3_test.go, heldout4_test.go and
// heldout5_test.go (to avoid the styles they list); none of their block
// lists, no promo*_test.go, junk*_test.go or heldout*_run_test.go. It must
// NOT be used for tuning: a rule changed because one of these blocks was
// kept or dropped makes the set worthless as a measure, and a new set has
// to be written.
//
// Styles none of heldout2–heldout5 lists: a 小红书-style 码住/滴滴我 with no
// keyword, a law firm's 免费咨询 button text, a 集赞 screenshot giveaway, the
// text WeChat leaves under a saved personal QR code (扫一扫上面的二维码图案),
// a daily-copying 打卡营 joined through a mini program; a 微店 shop searched
// by name with per-piece pricing, a 查重/降重 service by the thousand
// characters, material sold on a U盘 by post, a live-stream's 小黄车 link
// with a gift, a print shop's services and phone; a preview-mode banner, 豆丁's
// beyond-the-free-preview line, a copy-limit notice for non-members, a video
// course's 试看结束 card, a clipper's truncated-content marker; a shop's
// anti-theft 郑重声明, a parenthesised 收集整理 watermark, a law-style
// not-advice 免责声明 (one signal), a download page's 温馨提示 list, CSDN's
// copy-appended 版权声明 with its 原文链接; a mobile page's top bar (APP内打开),
// a keyboard page-turning hint, a 文库's 相关文档推荐 list with page counts, a
// share bar (分享到…), a B站 一键三连 ask with a kaomoji; a 文库's URL
// slogan, a forum client's 发自… sign-off, a PDF page-header residue glued
// into the text, a law firm's three-word motto, a two-line studio sign-off
// with no contact. Six kinds, five blocks each, every kind in all four
// positions, single- and multi-line, glued to the text or standing between
// blank lines. The types and the compilations are heldout2_test.go's.

// blind6Promo: 30 blocks of promotion.
var blind6Promo = promoSetFile("heldout6").promo

// blind6Keep: real text of the genre whose subject is what promotion talks
// about (a 政务公众号 column, 扫码办事 and 扫码支付, 会员单位 and 工会会员, 查处有偿
// 代写, 打击网络侵权 and 洗稿, 直播带货, 知识产权 in a rule, 免费 and 领取, 下载,
// 保过 in a crackdown, prices, a notice asking to scan a 二维码, hotlines),
// a speech's instruction and closing call, and three short real standalone
// lines (a 公开 marker, a contact line, an 附件 title).
var blind6Keep = promoSetFile("heldout6").keep
