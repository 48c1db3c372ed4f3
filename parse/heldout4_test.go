package parse

// The fourth held-out set for the promotion filter (issue 19).
//
// Written blind on 2026-12-05 by a helper session, without opening any
// filter code (promo.go, promo_shape.go, junk.go, markers.go) and without
// running the filter on these blocks; committed before anything ran on it.
// It judged the filter rebuilt on the earlier sets, once, 2026-12-05 06:15
// (16–17 of 30: see heldout4_run_test.go). Seen since; development data
// now, as heldout2 and heldout3 are: the next measure of the filter on
// styles it has not seen needs a new set, written the same way.
//
// Styles none of the earlier sets (heldout_test.go, heldout2_test.go,
// heldout3_test.go, junk_fixtures_test.go, promo_dev_test.go,
// promo_fresh_test.go, promo_lines_test.go) uses: 喜马拉雅 and 快手 channels,
// a 豆瓣小组's entry question, a 贴吧 thread's ask for mail addresses, a
// personal-WeChat invitation; a 拼多多 group-buy listing, a per-document
// price with payment methods, membership cards by the month and year, a
// 微信读书 and 当当 plug, a training school's refund-if-you-fail course; a
// 头条 "mini program here, see the app" stub, a PDF converter's free-edition
// page limit, a 知乎 answer continued in the comments, an image-only page of
// a document host, a 下回分解 teaser; a news repost's 原标题/来源/责任编辑
// header, a pirated e-book's disclaimer, a speech-to-text transcript's
// note, a 素材 site's "check against the official text" notice, an
// authorised-repost line with a photo credit; 360doc's 转藏 line, a 公众号
// 合集 label, a web page's skip links, a 贴吧 floor's reply bar, a video
// player's controls; a 书院-style banner, an SMS signature, a bilingual
// banner, a 抖音-style sign-off glued into the text, a training school's
// boast. Six kinds, five blocks each, in all four positions, single- and
// multi-line, glued to the text or standing between blank lines. The types
// and the compilations are heldout2_test.go's.

// blind4Promo: 30 blocks of promotion.
var blind4Promo = promoSetFile("heldout4").promo

// blind4Keep: real text of the genre whose subject is what promotion talks
// about (政务新媒体, 短视频平台 oversight, 网络直播, 数字人民币消费券 as a
// policy, 会员制超市 as a business, downloading a notice's electronic
// version from a government portal, 版权局, a 举报电话 and 举报邮箱,
// 投稿 to 党刊, 点赞 as praise), a speech's closing, and short real
// standalone lines: a date, an 附件 title, an issuing office, 谢谢！, a
// notice's contact line and （此件主动公开）.
var blind4Keep = promoSetFile("heldout4").keep
