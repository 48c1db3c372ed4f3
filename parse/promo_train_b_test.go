package parse

// Training and development data for the promotion filter (issue 19), set B.
//
// Written on 2026-12-05 by a helper session as DEVELOPMENT data: it may be
// used for tuning and for checking the filter, and it is no measure of how
// the filter does on styles it has never seen (that needs a blind set). It
// was written without opening any filter code (no non-test file under
// parse/), any promo*/junk*/heldout*_run test or any blind set, and without
// running the filter on these blocks. The only files read under parse/ were
// heldout2_test.go (for the types blindBlock and blindPos and the format of
// the lists) and the top header comments of heldout3_test.go …
// heldout7_test.go (to write other styles than the ones they list).
//
// The focus of set B is breadth of sources; each block is written the way
// its kind of source really writes. Styles held:
//
//   - document hosts: 360文库's VIP upsell, 道客巴巴's 豆元 price and
//     recharge line, 百度文库's uploader/举报 notice and 全文阅读已结束 line,
//     a 文库 slogan, paginated-article furniture (第2页 共5页, 首页 上一页 … 尾页);
//   - shops: a 淘宝 order-detail residue (订单号, 实付款, 店铺优惠券), a 闲鱼
//     seller's 我想要 voice, a 拼多多 shop plug with 已拼 counts, a
//     皇冠老店 shop motto, bound paper copies sold by post;
//   - 公考/遴选 training: a course with an 优惠码 and 到手价, a 腾讯文档
//     sign-up form for a 冲刺营, a training brand's two-line banner;
//   - AI writing tools: an app's push-notification residue (免费生成机会),
//     a 年费会员 upsell for 字数包, an English/Chinese product tagline, a
//     24-hour-secretary slogan with a © line;
//   - veiled 代写 and 润色: a 工作室 doing 量身定制 一稿一议, a 千字 price
//     润色 offer, a part-time 写手 recruitment with 稿费;
//   - blogs and communities: 豆瓣's 豆邮 exchange offer and ©-line and
//     回应/推荐/喜欢 bar, 简书's 作者/链接/来源 copy residue and 赞赏 footer,
//     CSDN's post header (置顶, 阅读量, 分类专栏), B站's UP主 pinned-post
//     pointer and 充电 wall, 豆瓣阅读's 试读结束;
//   - collaboration tools: a 飞书 invitation to edit, a 飞书/语雀
//     permission residue, an expired share link, 语雀's 关注知识库 call;
//   - print and 排版: a GB/T 9704 排版 price per page, a 快印 shop slogan;
//   - e-mail: a reply-to-this-mail request as a numbered list, an e-mail
//     confidentiality footer, an e-mail signature with a company motto;
//   - forums: a 求助帖 asking for a mail-in, a points-gated hidden block,
//     floor residue (2楼 回复于…), a signature line under a rule;
//   - 政务新媒体: a repost disclaimer (转载目的在于传递更多信息), an
//     来源/编辑/审核/终审 credit line, a 融媒体中心 motto, an account's
//     与您同行 sign-off; all promotion. The document furniture of the same
//     family that a reader keeps (资料来源, 刊发于 an internal journal, 此件
//     公开发布, 抄送, 根据录音整理, 责任单位) is in the keep list;
//   - publishers: a 版权所有 侵权必究 page, a book plug with 团购 discount and
//     邮购 account, a 样章 仅供试读 notice, a "collected in an anthology,
//     copyright with the editorial board" note;
//   - walls and teasers: a 付费合集 position note, an editorial (中间约…字略)
//     cut, a 节选 pointer to a 知识店铺, a 解锁后可复制 count;
//   - navigation: 返回目录 with an article counter, an in-article jump
//     table of contents, a 左右滑动 carousel hint, an e-book site's
//     上一章/返回书目/下一章 bar, a 本专题其他文章 list;
//   - other: a 互推 card, a survey with a book draw, a 字体 licence note,
//     an "our data is from public reports, no warranty" note, a 公众号
//     contributor disclaimer, an 内部学习交流 请勿外传 note, a site's
//     doggerel motto, a video-style self-introducing sign-off.
//
// promoTrainB: 72 blocks, six kinds (招揽, 售卖, 节选, 声明, 导航, 口号), twelve
// each, every kind three times in each of the four positions, single- and
// multi-line, glued to the text or standing between blank lines.
// promoTrainBKeepBlocks (and promoTrainBKeep, the same texts as strings): 40
// real paragraphs (30 prose) and short lines (10) of the genre whose subject
// is what promotion talks about. The types are heldout2_test.go's.

// promoTrainB: 72 blocks of promotion.
var promoTrainB = promoSetFile("train-b").promo

// promoTrainBKeepBlocks: real text of the genre whose subject is what
// promotion talks about (平台, 下载, 会员, 课程, 培训, 价格, 版权, 转载, 二维码,
// 公众号, 热线, 网址, 购买服务, 代写, 网盘, 优惠, 年费, 预览), a call for
// comments and a call for entries that address the reader, two closing
// calls, and ten short real lines (资料来源, 刊发于, 此件公开发布, 抄送,
// 根据录音整理, 附件, contact and reporting lines, 责任单位). All must stay.
var promoTrainBKeepBlocks = promoSetFile("train-b").keep

// promoTrainBKeep is the texts of promoTrainBKeepBlocks, in order, for code
// that wants the kept paragraphs as plain strings.
var promoTrainBKeep = func() []string {
	s := make([]string, len(promoTrainBKeepBlocks))
	for i, b := range promoTrainBKeepBlocks {
		s[i] = b.text
	}
	return s
}()
