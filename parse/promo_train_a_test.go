package parse

// Training data for the promotion filter (issue 19), writer A: the hard end.
//
// Written on 2026-12-05 by a helper session as DEVELOPMENT data: it may be
// used for tuning and is no measure of unseen styles. Its writer opened no
// filter code (no non-test file under parse/), no promo*_test.go,
// junk*_test.go or heldout*_run_test.go, and ran nothing on these blocks;
// the only files read under parse/ were heldout2_test.go (for the types
// blindBlock and blindPos and the list format) and the top header comments
// of heldout3_test.go … heldout7_test.go (to write other styles than they
// list). The types are heldout2_test.go's; promoTrainAKeep uses blindBlock,
// as heldout2's blindKeep does, so each kept text carries its position.
//
// promoTrainA: 72 blocks of promotion, six kinds, twelve each, every kind
// three times in each of the four positions, single- and multi-line, glued
// to the text or standing between blank lines. Most carry few or none of
// the keywords. Styles:
//   招揽 — a 设为常读 header, a "write 要 under the article" ask, a 群规
//     (改名/群文件不外传/清理潜水), a parenthetical ask to swap notes with
//     peers, an English "DM for the .docx" line, an offer to look over a
//     reader's draft by e-mail, a 钉钉 group with a 口令, a reader vote on
//     the next piece, a bare 微信搜一搜 line, an official-sounding 联系我们
//     line, a bilingual Follow-us footer, a 666 ritual for the next outline.
//   售卖 — a printed book's 征订单 order form, a mini-program unlock card, an
//     English Go-Premium line, 私人定制 ghost-writing without the word 代写,
//     a bare price ladder, a 材料全家桶 bundle with no price, a 润色 service
//     bar, a shipping-and-invoice line, a 代理 recruitment, a 预售 with a
//     gift, a tip-for-the-file line, a compilation's publishing notice with
//     a price and a 发行部 phone.
//   节选 — a 摘要版 pointer into a collection, a 精简版 note, an English
//     preview-only line, a newspaper 下转第三版, a 未完·上滑继续阅读 rule, a
//     table-not-shown-on-phones note, an 余下N字 tap prompt, a chatty
//     next-time teaser, a dotted teaser of the missing parts, a 你懂的
//     wink, "To be continued…", a folded-content stub with a percentage.
//   声明 — an English Source/Editor line, a 投稿 opinion disclaimer, an
//     originality-certification badge, a figures-for-reference disclaimer,
//     English "All rights reserved", a 网友投稿 technical-processing note, a
//     题图/文字 credit, a self-media platform notice, 如有雷同 纯属巧合, a
//     bilingual Disclaimer, a 首发于 line naming the 盗转, a 资料整理 line.
//   导航 — a 公众号 header (原创, author, account, time, 听全文), a 抖音 share
//     code, a 今日头条 share text, 网易's 打开网易新闻 查看精彩图片, a 往期回顾
//     list of real-looking titles, an English read-time/view counter,
//     百家号's 举报/反馈, a journal's bracketed 责任编辑/校对 line, 精选留言
//     with an author reply, 返回搜狐 查看更多, English Read more/Back to
//     top, 阅读/赞/在看/写留言 residue.
//   口号 — a studio motto, an English motto, a creator badge (优质创作者,
//     万粉作者), editor's weather chit-chat, a rule-framed couplet, a
//     third-person author bio of a 素材 writer, an English "Since 2015"
//     banner, a first-person sign-off, a site's two-phrase motto, a blessing
//     to 笔杆子, a consoling blessing to late-night writers, an 本期编辑
//     sign-off with a moon.
//
// promoTrainAKeep: 40 real texts (30 prose, 10 short lines) whose words a
// naive filter takes for promotion: 公众号, 阅读量, 扫码, 二维码, 会员单位,
// 会员 and 优惠, VIP and 开通, 店铺, 年费, 网盘, 代写, 侵权盗版, 原创, 转载 and
// 来源, 留言, 积分, 抖音号 and 视频号, 微信群, 购买, 领取, 加入, 联系人 and
// 电话, a URL and a 热线, English acronyms and an English event name, a
// speech's 限于篇幅 cut, a village secretary's first-person introduction, a
// New-Year blessing, 同志们 closing call; lines: two campaign slogans, a
// 汇报's 请批评指正 close, 谢谢大家, 预祝大会圆满成功, a 资料来源 line, a
// 责任单位 line, a 数据截至 line, a 咨询电话 line, an 抄送 line.

// promoTrainA: 72 blocks of promotion, hard-end styles.
var promoTrainA = promoSetFile("train-a").promo

// promoTrainAKeep: 40 real texts of the genre (30 prose, 10 lines) that
// must stay; fictional places and people.
var promoTrainAKeep = promoSetFile("train-a").keep
