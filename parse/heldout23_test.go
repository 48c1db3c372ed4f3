package parse

// The twenty-third held-out set for the promotion filter (issue 19).
//
// Written blind on 2026-12-06 by a helper session in a throwaway clone,
// which opened only heldout2_test.go (for blindBlock and blindPos), the
// top header comments of the earlier held-out tests up to
// heldout21_test.go (to avoid the styles they list), the first 4 lines of
// promodata/heldout14.txt (the format) and issue 19's text; no filter
// code, no other test, and nothing run on the blocks but a load check
// (/work/blind23/README.md). Measured blind at session 20's start on
// 78bea8d and at its end on 6c2c0ee: 19, 19 and 18 of 30 hidden one at a
// time (seed, 十九大, 一号文件) at both ends, 20, 21 and 20 -> 20, 21 and 21
// all at once; real text kept 24 of 25 in each. Since filter round 22 it
// is development data, its blocks in promodata/heldout23.txt.
//
// Theme: 论文发表 and 期刊 agencies (an editor's header, a 期刊目录节选 note,
// a 非期刊官网 disclaimer, a slogan boasting years and authors), 职称评审
// 代办, 证书 courses (人力资源管理师 + 中级经济师 双证联报), a law firm's
// 律师名片 card and a legal Q&A site's paywalled answer, 楼盘 ads (a 探盘
// teaser, an 效果图 notice, a property app's button row), 留学 and 移民
// agencies (an application-season ad, a 重要提示), 体检套餐 price rows and
// fine print, 家政 and 搬家 companies' slogans and jingles, 会展 and 论坛
// sponsorship (an invitation, a 速记摘录 note, a three-part slogan), a paid
// 读书会 membership, a book's 样章 note, a commercial publisher's 报刊征订
// link bar, 党建文化墙 shops (case-gallery links, a service-list slogan),
// 公文写作 book bundles in a flagship store, ICP备案/公网安备 footer rows,
// a carrier's 流量 pushes and page bar, and an SEO 相关阅读 list. Six kinds,
// five blocks each, every kind in all four positions. The kept text
// mirrors these subjects (科研诚信 and 论文代写, 职称评审 材料审核, 职业技能
// 等级认定, 经济专业技术资格考试, 法律援助, 律师执业监管, 房地产广告, 留学预警,
// 职工健康体检, 家政服务, 会展 清理规范, 全民阅读, 党报党刊发行, 党建阵地,
// 公文写作 training, 政府网站 ICP备案, 电信资费, 体检 广告监管, 期刊 违规收费),
// with a 发文字号, an 附件 line, a 政策咨询电话 line, a date and a heading.

// blind23Promo: 30 blocks of promotion.
var blind23Promo = promoSetFile("heldout23").promo

// blind23Keep: real text of the genre whose subject is what the blocks
// above talk about, and five short real standalone lines.
var blind23Keep = promoSetFile("heldout23").keep
