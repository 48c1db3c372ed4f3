package parse

// The eighteenth held-out set for the promotion filter (issue 19).
//
// Written blind on 2026-12-06 by a helper session in a throwaway clone,
// which opened only heldout2_test.go (for blindBlock and blindPos), the
// top header comments of the earlier held-out tests up to
// heldout16_test.go (to avoid the styles they list), the first 4 lines of
// promodata/heldout14.txt (the format) and issue 19's text; no filter
// code, no other test, and nothing run on the blocks but a load check
// (/work/blind18/README.md). Measured blind at session 15's start on main
// 84916a3: 22, 21 and 20 of 30 hidden one at a time (seed, 十九大, 一号文件),
// 24, 21 and 21 all at once, real text kept 25 of 25 in each; on a6c8748
// (filter round 10): 21, 20 and 19 one at a time, 23, 20 and 20 all at
// once. Since filter round 11 it is development data, its blocks in
// promodata/heldout18.txt.
//
// Theme: newer channels of 2024–2026: a 小程序's 订阅消息 permission popup,
// a short video's pinned comment, a 企业微信 group invitation card, a
// 招投标 portal's keyword subscription, a cloud document's invitation to
// co-edit; a paid community's annual fee, a 直播带课 sale bar, a portal's
// VIP tiers with a 400 hotline, a scanner app's export stamp and upsell, an
// H5 pay-to-unlock line; a browser reader mode's notice, a portal's masked
// announcement (王**, 139****), a short-video caption teaser, an e-reader's
// highlight-export cap, a community's 精华 excerpt; a share page's header,
// an aggregator's source disclaimer, an e-reader's licensing line, a live
// course's anti-recording warning, a third-party 小程序 notice; a
// translation overlay's bar, an e-reader's selection toolbar, a 合集 link,
// an H5 builder's credit, a 相关标讯 list; a portal's slogan, a scanner
// app's watermark, a check-in community's sign-off, a course brand's
// two-line sign-off and an e-reader app's slogan. Six kinds, five blocks
// each, every kind in all four positions. The kept text mirrors these
// subjects (free 招标公告, 政务抖音号, 云文档 secrecy, 直播带课 supervision,
// 政务服务小程序, 档案数字化, 全民阅读, 企业微信 resident groups, 打卡 as
// formalism), with a 发文字号, a heading, an 附件 line, a 咨询电话 line and a
// date.

// blind18Promo: 30 blocks of promotion.
var blind18Promo = promoSetFile("heldout18").promo

// blind18Keep: real text of the genre whose subject is what the blocks
// above talk about, and five short real standalone lines.
var blind18Keep = promoSetFile("heldout18").keep
