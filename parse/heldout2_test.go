package parse

// The second held-out set for the promotion filter (issue 19).
//
// Seen by the filter since 2026-12-05; development data, not held-out. The
// scored filter (promo.go) was built with these blocks' misses as its
// symptoms; the filter is judged on a third set it never sees.
//
// Written blind on 2026-12-05, before its writer opened any filter code
// (promo.go, junk.go, markers.go) or ran the filter on these blocks, and
// committed before it was run. It must NOT be used for tuning: a rule
// changed because one of these blocks was kept makes the set worthless as a
// measure, and a new set has to be written.
//
// The blocks are in styles the earlier sets (heldout_test.go,
// junk_fixtures_test.go, units_test.go) do not use: 文库 pages (下载券, 还剩N页未读),
// 公众号 repost cards (以下文章来源于…), 知乎 (著作权归作者所有, 发布于…IP 属地,
// 盐选), 小红书 and 抖音 reposts (评论区扣1, hashtags, 视频号), 淘宝 and 闲鱼
// listings (虚拟商品, 价格/月销/发货方式), PDF and converter residue (page
// counters, 扫描全能王, Spire.Doc's evaluation warning), forum posts (本帖隐藏的
// 内容, a signature under a rule), web-page scrape residue (当前位置 breadcrumbs,
// 上一篇/下一篇, 【打印本页】, Copyright and ICP lines), SMS-style notices,
// AI-generated-material disclaimers and exam-prep sites (备考群, 公考资料包).
// Six kinds, five blocks each, in all four positions, single- and
// multi-line, glued to the text or standing between blank lines.

// blindPos is where in a compilation a block goes.
type blindPos int

const (
	posHead blindPos = iota // before the title
	posIn                   // inside an article, between two of its paragraphs
	posGap                  // between two articles (in a single long document: before a part's 一、 heading)
	posFoot                 // after the last article
)

// blindBlock is one block of the set. For promotion, kind is one of the
// issue's six kinds (招揽 solicitation, 售卖 selling and membership, 节选
// truncation and teasers, 声明 source and copyright disclaimers, 导航 calls to
// action and navigation, 口号 a site's slogan or sign-off); it is for the
// report, the filter's own label is not checked. For real text, kind is
// "prose" (a paragraph of the genre: it must stay and leave the outline as
// it was) or "line" (a short real standalone line, a date or an 附件 title:
// it must stay, and may legitimately become a node of its own).
type blindBlock struct {
	kind  string
	pos   blindPos
	alone bool   // blank lines around it; otherwise glued to its neighbours
	text  string // lines separated by \n
}

// blindPromo: 30 blocks of promotion.
var blindPromo = promoSetFile("heldout2").promo

// blindKeep: real text of the genre whose subject is what promotion talks
// about (公众号, 扫码, 下载, 会员单位, 版权, 代写, 网盘, 点赞, 关注, 报名加入, 二维码,
// 留言), a public notice that addresses the reader, a report's note on its
// figures, a speech's closing call, and two short real standalone lines.
var blindKeep = promoSetFile("heldout2").keep

// blindCompilation is a real compilation the set goes into, read from
// ../shared at test time (never committed), with the 1-based lines of the
// file before which each position's blocks go. The j-th block of a
// position (counted separately in blindPromo and in blindKeep) goes before
// anchors[pos][j % len(anchors[pos])]. A byte order mark stays at the very
// start: a block before the title goes after it.
type blindCompilation struct {
	name    string
	path    string
	anchors map[blindPos][]int
}

var blindCompilations = []blindCompilation{
	{
		// The sample: four articles, unmarked headings, no blank line
		// between paragraphs, the site's own advertising at the end.
		name: "seed",
		path: seedPath,
		anchors: map[blindPos][]int{
			posHead: {2, 12}, // before the compilation's title; before the first article's title
			posIn:   {17, 27, 29, 41, 46, 48, 58, 61, 64, 67},
			posGap:  {22, 33, 51},
			posFoot: {68, 73, 76}, // before the site's advertising, after it, at the very end
		},
	},
	{
		// 十九大报告: a two-line title, U+3000 indents, a blank line between
		// paragraphs, 一、 parts with （一） leads. Glued blocks go either
		// right before a paragraph (odd lines) or right after one (the
		// blank even line after it).
		name: "party-congress-19",
		path: "../../shared/corpus/party-congress-19-report-2017-utf8bom-indented.txt",
		anchors: map[blindPos][]int{
			posHead: {1},
			posIn:   {27, 42, 87, 120, 171, 194, 233, 256, 287, 310},
			posGap:  {73, 103, 149, 165, 185, 207, 225},
			posFoot: {351},
		},
	},
	{
		// 2018 中央一号文件: no blank lines at all, 一、 parts, （一） lead
		// sentences one a line, a closing call as the last line.
		name: "rural-revitalization-2018",
		path: "../../shared/corpus/rural-revitalization-opinion-2018-utf8bom.txt",
		anchors: map[blindPos][]int{
			posHead: {1},
			posIn:   {6, 7, 25, 32, 44, 51, 59, 65, 71, 78},
			posGap:  {8, 22, 29, 35, 41, 48, 56},
			posFoot: {89},
		},
	},
}
