package parse

// The seventh held-out set for the promotion filter (issue 19).
//
// Written blind on 2026-12-05 by a helper session, without opening any
// filter code (no non-test file under parse/), any promo*_test.go,
// junk*_test.go or heldout*_run_test.go, or any other blind set, and
// without running the filter (or wenji, or any test) on these blocks. The
// only files read under parse/ were heldout2_test.go (for the types and
// the format) and the top header comments of heldout3_test.go,
// heldout4_test.go and heldout5_test.go (to avoid their styles); the issue
// text was read for the six kinds. It must NOT be used for tuning: a rule
// changed because one of these blocks was kept or dropped makes the set
// worthless as a measure, and a new set has to be written.
//
// Styles none of those headers lists: a 公众号 点击上方蓝字关注我们 header, an
// 企业微信 customer-service handle glued into the text, a 班主任 trial-lesson
// invitation for a 申论 course, a 知乎 ask to message or @ the author, a 小红书
// follow call (点个关注不迷路); a 文档 site's 积分 bar, a 图文快印 shop's
// price list, an AI PPT generator's ad, a document shop's item number, a
// 微店 year card; a preview-page allowance, an 此处省略…原文链接 cut, a
// 以上为节选 rule with a word count and a members-area pointer, a 字数限制
// split into the second push, a copy-limit VIP prompt; a 维权骑士
// original-work notice, a 本文由…整理发布 watermark with a URL, a numbered
// 转载须知, a 免责声明 of a material site, a 查重 report's residue; a
// document viewer's toolbar, a ↓↓↓ scroll prompt, a 猜你喜欢 list with
// ratings and read counts, a 分享到 bar, a 在看 call; a bracketed site
// banner, a self-improvement motto, a 爱问共享资料 slogan, an 原创不易 sign-off
// with an editorial-office line, a one-line brand boast. Six kinds, five
// blocks each, every kind in all four positions, single- and multi-line,
// glued to the text or standing between blank lines. The types and the
// compilations are heldout2_test.go's.

// blind7Promo: 30 blocks of promotion.
var blind7Promo = promoSetFile("heldout7").promo

// blind7Keep: real text of the genre whose subject is what promotion talks
// about (政务公众号 and 融媒体 columns, 扫码 to pay or register, 会员单位 and
// 会费, 查处有偿代写 and 论文买卖, 打击网络侵权盗版, a hotline and e-mail in a
// notice, 消费券 and 促消费 prices, 电商直播 support, a 版权 clause, 下载 of an
// official app, 关注 of an account in a publicity plan, a 培训班 enrolment,
// 图文快印 shops inspected, 转发 of a document), a speech's closing calls, and
// three short real standalone lines of a notice.
var blind7Keep = promoSetFile("heldout7").keep
