package parse

// The twenty-ninth held-out set for the promotion filter (issue 19).
//
// Written blind on 2026-12-07 (session 26) by a helper session, which read
// only the writer's brief, issue 19's text, the top header comments of the
// earlier held-out tests (to avoid the styles they list), the first 6
// lines of promodata/heldout23.txt (the format) and blind28's README; no
// filter or parser code, no other set, and nothing run on the blocks but a
// format check (its README was kept in internal/docs/blindsets/blind29/
// until filter round 35, and is in the history at 0c3a1fc). Measured blind
// on 2770e13's code (session 26's start): 22, 22 and 22 of 30 hidden one
// at a time (seed, 十九大, 一号文件), 24, 25 and 25 all at once; real text
// kept 24, 25 and 25 of 25. On ed82e70 (its end): 23, 23 and 23 one at a
// time, 24, 25 and 25 all at once, real text 24, 25 and 25. Since filter
// round 35 it is development data, its blocks in promodata/heldout29.txt.
//
// Theme: 考研与职业资格培训 (考研, 法考, 教资), 黄金珠宝回收, 露营地,
// 口腔诊所与隐形矫正, 婚纱摄影, 洗车与汽车美容, 开锁与管道疏通, 研学旅行,
// reposted in the voices of 虎扑-like 步行街 posts (JRs, 亮 counts), 大众
// 点评/美团-like reviews, 商家回复 and 店长说 notices, 即刻-like short
// posts, a second-hand listing (个人闲置｜可小刀), 朋友圈 微商 posts,
// app-store pages (App内购买项目, 开发者隐私, 评分及评论) and a group-chat
// forward: a 考研 二战 study check-in call, a 商家回复 pitching gold
// buying, a weekend camping call (还差４个家庭), a 店长说 recruiting trial
// car owners, a 研学 group "在这条下面吱一声"; a 考研政治 course account
// for sale, a 【限时】 wedding-photo deal, a 开锁 price list in ▶ rows, an
// app's in-app purchases, a gold-buying price board; a post split over
// three floors, a cut conversation promised for a second post, a
// 〔…节选…敬请期待〕 note, a feed's fold (展开全文), a review's length-limit
// note; a platform's ⚠️ notice on a private seller, a 客片 authorisation
// and no-reuse notice, a 不构成投资建议 note with a 转自 credit, an
// app-store developer privacy line, a group-chat forward's note; a credits
// line (文 / 图 / 编辑) with a reading time, a pin in the comments (自取👇),
// a 相关帖子 list, an app page's row links, a ❤ ask with a teaser;
// slogans split by ｜, dash-led and glued after a sentence, a brand with
// an English tagline, kaomoji over a car-wash brand, a 研学 brand with 🌏
// and English. Six kinds, five blocks each, every kind in all four
// positions; none of the 30 uses 公众号/二维码/关注/扫码/会员/VIP/下载. The
// kept text mirrors these subjects in 工作报告, 通知, 讲话稿 and 新闻通稿
// (考研培训 虚假宣传, 挂证 and 12333, 黄金回收 price disclosure and 计量
// 检定, 露营地 safety checks, 12345 with a 投诉二维码, 种植牙 price cap,
// 口腔医疗广告, 婚纱摄影 示范文本, 洗车 预付卡 备案, 开锁 备案 and 110, 研学
// 公益性, 刷单炒信, App 个人信息 checks, a 消协 tip with 12315, a 同志们…
// 让我们… closing), with a 发文字号, a numbered heading, an 附件 line, a
// date and a 联系电话 line with hours.

// blind29Promo: 30 blocks of promotion.
var blind29Promo = promoSetFile("heldout29").promo

// blind29Keep: real text of the genre whose subject is what the blocks
// above talk about, and five short real standalone lines.
var blind29Keep = promoSetFile("heldout29").keep
