package parse

// The twenty-seventh held-out set for the promotion filter (issue 19).
//
// Written blind on 2026-12-07 (session 24) by a helper session, which read
// only the writer's brief, issue 19's text, the top header comments of the
// earlier held-out tests (to avoid the styles they list) and the first 6
// lines of promodata/heldout23.txt (the format); no filter or parser code,
// no other set, and nothing run on the blocks but a format check
// (/work/blind27/README.md, kept in internal/docs/blindsets/ until filter
// round 32). Measured blind on ef7b6b5 (session 24's start) and on dd9488c
// (its end): 24, 24 and 23 of 30 hidden one at a time (seed, 十九大, 一号文件),
// 24, 23 and 23 all at once; real text kept 25, 25 and 25 of 25. Since
// filter round 32 it is development data, its blocks in
// promodata/heldout27.txt.
//
// Theme: 社区团购 and 接龙群 团长 notices (a group-opening head asking new
// neighbours for building and door number, a next-day 预告 with two 神秘品
// held back, a numbered ordering guide 小程序 → 提货点 → 取货码, a note that
// the platform handles after-sales, a sign-off between long dashes),
// 闲置二手书 and 旧物 platforms (a door-to-door 旧书回收 call, a lot sold
// whole at 一口价, an 信息撮合 disclaimer, a slogan before the title), 景区
// 门票, 民宿 and 周边游 sellers (an e-ticket price block, a 授权代理售票点
// statement, a 管家's repeat-guest offer, a ｜-split slogan, a carpool post,
// an itinerary giving day one only, a price-date and no-sponsorship note),
// 直播带货 口播转写 (a price ladder, a like-count call, a placeholder for
// six minutes of demo), 手游 预约 and 游戏攻略站 wikis (a 公测预约 milestone
// push, a folded spoiler, a non-official notice, a since-2015 banner, a
// 快速跳转 row), 外卖 满减 and 到店核销 coupons (a 满减 ladder with a
// 到手价, an 适用门店 row) and a 公文写作 AI tool (an 扩写 upsell, an output
// cap naming the unwritten sections, an answer toolbar, a two-part tagline
// glued into the text). Six kinds, five blocks each, every kind in all four
// positions; none of the 30 uses 公众号/二维码/关注/扫码/会员/VIP/下载. The
// kept text mirrors these subjects in 工作报告, 通知, 讲话稿 and 新闻通稿
// (社区团购 price checks and 提货点 sampling, 直播营销 wording rules, a
// 县长助农直播 report, 旅游市场 clean-up, 民宿 licensing, 预约游览 through a
// 小程序, 防沉迷 and 礼包码 fraud, 单用途预付卡, 外卖 食安封签, 团购券 过期
// 自动退, 二手交易 platform duties), with a 发文字号, an 附件 line, a
// 咨询电话 line with hours, a date and a numbered heading.

// blind27Promo: 30 blocks of promotion.
var blind27Promo = promoSetFile("heldout27").promo

// blind27Keep: real text of the genre whose subject is what the blocks
// above talk about, and five short real standalone lines.
var blind27Keep = promoSetFile("heldout27").keep
