package parse

// The eighth held-out set for the promotion filter (issue 19).
//
// Written blind on 2026-12-05 by a helper session, without opening any
// filter code (no non-test file under parse/), any promo*_test.go,
// junk*_test.go or heldout*_run_test.go, or any other blind set's blocks,
// and without running the filter (or wenji, or any test) on these blocks;
// only `go vet` compiled it. The only files read under parse/ were
// heldout2_test.go (for the types blindBlock and blindPos and the format of
// the lists) and the top header comments of heldout3_test.go,
// heldout4_test.go, heldout5_test.go, heldout6_test.go and
// heldout7_test.go (to avoid the styles they list); the issue text was read
// for the six kinds. It must NOT be used for tuning: a rule changed because
// one of these blocks was kept or dropped makes the set worthless as a
// measure, and a new set has to be written.
//
// Styles none of those headers lists: a 腾讯问卷 reader survey, a material
// site's call for part-time writers (要求/待遇/投递), a free first-draft review
// limited to five a day, an English "DM me" line, a 小红书 search for a
// 改稿搭子 with no contact; a 公文排版 tool's personal/unit licences with
// 对公转账, a B站 充电-only unlock, a 夸克网盘 share card, a bound 汇编's
// order form with a 团购 discount and 发票, an institutional-account offer
// with a sales manager's mobile; a phone-view auto-truncation banner, a
// newspaper's （下转第四版）, a 篇幅所限…从略 note addressed to 同志们, an AI
// chat's "reply 继续" continuation offer, an English "content truncated"
// line; a 公众号 原创 header (author, account, time, 发表于), a 抖音 作者声明
// tag, a 学习强国 adoption badge, a Creative Commons licence in Chinese and
// English, a 脱敏 editor's note; a 抖音 share text with its short link and
// code, a 微博 //@ repost chain, WeChat's 继续滑动看下一个 residue, a search
// engine's 相关搜索 list, 搜狐's 返回搜狐，查看更多; a site slogan worded
// like a campaign slogan, an English brand motto, a rhyming 顺口溜 jingle,
// a dedication to late-night writers, a 代写 studio's motto. Six kinds,
// five blocks each, every kind in all four positions, single- and
// multi-line, glued to the text or standing between blank lines. The kind
// of a slogan is labelled 口号, as heldout2_test.go documents it. The types
// and the compilations are heldout2_test.go's.

// blind8Promo: 30 blocks of promotion.
var blind8Promo = promoSetFile("heldout8").promo

// blind8Keep: real text of the genre whose subject is what promotion talks
// about (公众号, 二维码, 扫码, 关注, 会员, 下载, 网站, 价格, 元, 转发, 点赞, 版权,
// 原文, 来源), a price office's phone, e-mail and website, a call for public
// comment with its addresses, the 12345 hotline, a 知识产权 subsidy, the
// party-fee rule, 政务新媒体 figures, 网上办 steps, a 街道's real call for
// volunteers, a campaign's quoted slogan, a report's closing formula, a
// distribution note, and short real lines (thanks, an issuing office, a
// date, an 附件 list).
var blind8Keep = promoSetFile("heldout8").keep
