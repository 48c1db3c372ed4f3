package parse

// The twenty-second held-out set for the promotion filter (issue 19).
//
// Written blind on 2026-12-06 by a helper session in a throwaway clone,
// which opened only heldout2_test.go (for blindBlock and blindPos), the
// top header comments of the earlier held-out tests up to
// heldout20_test.go (to avoid the styles they list), the first 4 lines of
// promodata/heldout14.txt (the format) and issue 19's text; no filter
// code, no other test, and nothing run on the blocks but a load check
// (/work/blind22/README.md). Measured blind at session 19's start on main
// a8244eb and at its end on 9438f57, the same both times: 21, 20 and 20
// of 30 hidden one at a time (seed, 十九大, 一号文件), 20, 22 and 21 all at
// once; real text kept 24 of 25 in each. Since filter round 20 it is
// development data, its blocks in promodata/heldout22.txt.
//
// Theme: insurance agents (a 早安 greeting card, a 仅供内部学习 compliance
// note, an app's button row, a 保险小课堂 teaser, a sign-off), black-hat SEO
// spam on hacked sites (办证, 代开发票, a 博彩 友情链接 row), 财税代账 and
// 商标注册 agencies (a price block, a 全包价, a slogan), 淘口令 and 领券
// inserts, 旧书网 listings (品相 and 售价, a 书影 note, 不退不换, a shop's
// tagline), 口才 training, a forwarded WeChat card, paid 调研 invitations
// and a questionnaire's page bar, 打车红包 shares, a 书摘 share card, a
// magazine's 精简版 note, a print shop's out-of-paper line, an affiliate
// 返佣 disclosure, a trust-seal row and a 冠名 sponsor line. Six kinds,
// five blocks each, every kind in all four positions. The kept text
// mirrors these subjects (满意度测评 问卷, insurance sales, hacked 政府网站,
// 学信网, 代理记账 clean-up, 党报党刊 发行, 统计调查, 旧书市集, print
// terminals, 栏目冠名, 职工互助保障, 虚开发票, 商标抢注, 读书班, 演讲比赛,
// 领券链接, 红包 subsidies, 自动续费, trust seals on 政府网站), with a
// 发文字号, a heading, a date, an 附件 title and a 咨询电话 line.

// blind22Promo: 30 blocks of promotion.
var blind22Promo = promoSetFile("heldout22").promo

// blind22Keep: real text of the genre whose subject is what the blocks
// above talk about, and five short real standalone lines.
var blind22Keep = promoSetFile("heldout22").keep
