package parse

// The twentieth held-out set for the promotion filter (issue 19).
//
// Written blind on 2026-12-06 by a helper session in a throwaway clone,
// which opened only heldout2_test.go (for blindBlock and blindPos), the
// top header comments of the earlier held-out tests up to
// heldout19_test.go (to avoid the styles they list), the first 4 lines of
// promodata/heldout14.txt (the format) and issue 19's text; no filter
// code, no other test, and nothing run on the blocks but a load check
// (/work/blind20/README.md). Measured blind at session 17's start on main
// dad7621: 18, 17 and 18 of 30 hidden one at a time (seed, 十九大, 一号文件),
// 17, 21 and 21 all at once; at its end on d1f4ada 19, 19 and 19 one at a
// time, 19, 21 and 21 all at once; real text kept 25 of 25 in each. Since
// filter round 16 it is development data, its blocks in
// promodata/heldout20.txt.
//
// Theme: channels none of the earlier sets used: 微博 reposts (a 转发理由
// with @mentions and 超话 tags, a long post's 剩余…字已收起 cut, a 超话
// footer with 签到/发帖), 知乎 question pages (the 关注者/被浏览 header, a 问题补充
// inviting answers), 百家号/头条 footers and a news aggregator's 相关推荐 row
// (titles, 评论数, 换一换), 知网/期刊 stamps (a 网络首发 preview notice, a
// journal database's 单篇下载/包月 row, a 引用格式 line), podcast and
// audio-book show notes (a 时间轴, a 听友征集, a transcript's half-only note,
// an app's slogan), 早报/晨读 digests (a masthead with 期数 and lunar date,
// a 摘编 note, a 晨读Plus membership, a subscribe-by-browser call), web
// archive headers (a Wayback Machine capture bar, an incomplete-capture
// warning), 论文查重/降重 (a package list, a three-part slogan), Word 公文排版
// plug-ins (a trial banner with 激活码, a dashed tagline, a 自动套版 sample
// notice) and 写手接单 platforms (a writer's profile, a 返回需求大厅 bar,
// 担保交易 terms, a numbered 平台声明, a slogan with three claims). Six kinds,
// five blocks each, every kind in all four positions. The kept text mirrors
// these subjects (政务微博 rules and rebuttals, 网络问答平台, 百家号/头条号
// accounts, 规范引用, 机关晨读, 政府网站普查 and 网页归档, 论文降重 fraud, 有偿代写,
// 算法推荐, 有声党课, 排版插件 purchase, 知网 subscriptions, 政务信息早报, 公文格式),
// with a 发文字号, a heading, an 附件 line, a 咨询电话 line and a date.

// blind20Promo: 30 blocks of promotion.
var blind20Promo = promoSetFile("heldout20").promo

// blind20Keep: real text of the genre whose subject is what the blocks
// above talk about, and five short real standalone lines.
var blind20Keep = promoSetFile("heldout20").keep
