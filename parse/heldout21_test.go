package parse

// The twenty-first held-out set for the promotion filter (issue 19).
//
// Written blind on 2026-12-06 by a helper session in a throwaway clone,
// which opened only heldout2_test.go (for blindBlock and blindPos), the
// top header comments of the earlier held-out tests up to
// heldout19_test.go (to avoid the styles they list), the first 4 lines of
// promodata/heldout14.txt (the format) and issue 19's text; no filter
// code, no other test, and nothing run on the blocks but a load check
// (/work/blind21/README.md). Measured blind at session 18's start on main
// be3515f and at its end on 199c7bc, the same both times: 26, 27 and 26
// of 30 hidden one at a time (seed, 十九大, 一号文件), 27, 27 and 27 all at
// once; real text kept 24 of 25 in each (a 通知's opening paragraph glued
// before the title moved the outline). Since filter round 18 it is
// development data, its blocks in promodata/heldout21.txt.
//
// Theme: 小红书 notes (a 姐妹们/宝子 opener sending readers to the profile, a
// 点赞过1000 teaser, copied #话题[话题]# tags), B站 专栏 (a first-published
// line, a 充电鸣谢 credit), 豆瓣小组 and 贴吧 (a 关注本吧 ask, a 楼主's 沙发/二楼
// serial note, a folded-floor notice, a reply bar), web clippers and
// read-later apps (a 剪藏 header, a 保存自 stamp), search snapshots and paid
// results, pirate e-book credits and sales, 范文网 editor voice (a 小编精心整理
// intro, an 以上就是 wrap-up), 考公 公众号 (一对一筛岗, a book pre-sale, a
// 每日一练 with its answer withheld), 打赏 prompts (简书's 赞赏), CMS
// footers (ICP, 技术支持), Telegram and 社群 forwards, and 钉钉/飞书 stamps
// and slogans. Six kinds, five blocks each, every kind in all four
// positions. The kept text mirrors these subjects (种草笔记, 政务号 on 哔哩哔哩,
// 吧主 duties, 直播打赏, cloud-note secrecy, 范文 copying, 搜索引擎快照, 盗版电子书,
// 公考培训 advertising, 技术支持 vendors, 钉钉/飞书 groups, 网络水军, 政务新媒体),
// with a 发文字号, a 通知's opening, a heading, an 附件 line, a 咨询电话 line
// and a date.

// blind21Promo: 30 blocks of promotion.
var blind21Promo = promoSetFile("heldout21").promo

// blind21Keep: real text of the genre whose subject is what the blocks
// above talk about, and five short real standalone lines.
var blind21Keep = promoSetFile("heldout21").keep
