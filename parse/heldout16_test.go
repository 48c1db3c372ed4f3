package parse

// The sixteenth held-out set for the promotion filter (issue 19).
//
// Written blind on 2026-12-06 by a helper session in a throwaway clone,
// which opened only heldout2_test.go (for the types blindBlock and
// blindPos), the top header comments of heldout3_test.go … heldout8_test.go,
// heldout10_test.go, heldout11_test.go, heldout12_test.go and
// heldout14_test.go (to avoid the styles they list), the first 4 lines of
// promodata/heldout14.txt (the format) and issue 19's text; no filter
// code, no other test, and nothing run on the blocks but a load check
// (/work/blind16/README.md). Measured blind at session 14's start on main
// 0abe834: 21, 21 and 20 of 30 hidden one at a time (seed, 十九大, 一号文件),
// 22, 22 and 21 all at once, real text kept 24, 25 and 25 of 25; the
// kinds missed most were 声明 (1 of 5 hidden) and 导航 (3 of 5). Since
// filter round 9 it is development data, its blocks in
// promodata/heldout16.txt.
//
// Theme: mobile apps and social platforms and print shops: a 小红书 群聊
// card and a 笔记中的商品 card, a 直播切片 header, a 知乎 平台提示 and 谢邀
// opener, a 浮窗 tip, a 外卖 神券膨胀 offer and print-shop listing, a live
// host's 粉丝灯牌 call, a 看广告解锁 gate, a short video's ⚠️风险提示, a
// floating 直播中 card, a 直播间公告 motto, a 圆桌 call for answers, a 合集
// continuation, an order's 去评价 prompt, a #话题# 挑战赛, an office-supply
// wholesale offer, a 助力解锁 gate, a print shop's numbered 客户须知, a
// listing's 图片仅供参考 note, a 查看全部 N 个回答 bar, a two-line emoji bio,
// a print kiosk's steps, a 锦旗 maker's offer, a 极速版 limit, a 转载授权
// notice, a push-permission prompt ([ 暂不 ] [ 去开启 ]), a receipt footer
// and a 碎碎念 sign-off. Six kinds, five blocks each, every kind in all
// four positions. The kept text mirrors these subjects, with a 发文字号, a
// heading, an 附件 title, a 咨询电话 line with hours and a date.

// blind16Promo: 30 blocks of promotion.
var blind16Promo = promoSetFile("heldout16").promo

// blind16Keep: real text of the genre whose subject is what the blocks
// above talk about, and five short real standalone lines.
var blind16Keep = promoSetFile("heldout16").keep
