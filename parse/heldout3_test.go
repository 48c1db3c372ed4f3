package parse

// The third held-out set for the promotion filter (issue 19).
//
// Seen since 2026-12-05 05:40; development data. Run once blind on the
// filter of a0bebcb (18 of 30 hidden in each compilation, every real text
// kept), then given to the filter's work as its symptoms; the filter is
// judged on a fourth set it never sees.
//
// Written blind on 2026-12-05 by a helper session, without opening any
// filter code (promo.go, junk.go, markers.go) and without running the
// filter on these blocks; committed before anything ran on it. It was the
// set the filter rebuilt on heldout2_test.go was judged on, once; its
// numbers since are development numbers, no measure of unseen styles.
//
// Styles none of the earlier sets (heldout_test.go, heldout2_test.go,
// junk_fixtures_test.go, units_test.go) uses: QQ and 钉钉 group invitations,
// a 公众号's call for submissions, giveaways, live-stream notices; 原创力文档's
// VIP furniture, coupon codes, a ghost-writer's price list, affiliate
// links, a writing course's enrolment ad; 知识星球 and paid-column teasers,
// folded paid content, a 微信 paid article's pay line, a next-issue teaser;
// 今日头条's and B站's repost bans, 道客巴巴's uploader notice, a pirate
// site's delete-within-24-hours note, a forwarded mailing-list e-mail
// header; a CMS's article metadata line, 微博 counters, a blog's
// category/tag line, a browser's printed-page footer, a mini-program card;
// a site's banner, an author-blogger's self-introduction, a copied
// watermark, a tagline, an e-mail signature. Six kinds, five blocks each,
// in all four positions, single- and multi-line, glued and standing alone.
// The types and the compilations are heldout2_test.go's.

// blind3Promo: 30 blocks of promotion.
var blind3Promo = promoSetFile("heldout3").promo

// blind3Keep: real text of the genre whose subject is what promotion talks
// about (公众号, 小程序, 直播带货 as a policy, 网络平台, 会员, 优惠政策,
// downloading an APP, 扫码, 二维码, 版权保护, 打击盗版, 有偿代写, 群众留言,
// 点赞), a notice's contact line, a speech's closing, and short real
// standalone lines: a speech's last words, an issuer and date, 此件公开发布,
// 抄送, an 附件 title and a speech's occasion line.
var blind3Keep = promoSetFile("heldout3").keep
