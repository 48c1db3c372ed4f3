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
var blindPromo = []blindBlock{
	// 招揽: addressing the reader, asking to comment, join, message, text.
	{"招揽", posHead, true, "家人们👋 评论区扣“1”，Word原稿直接私发给你～"},
	{"招揽", posIn, false, "备考交流群：628145351（进群暗号：申论上岸），每晚20:00老师在线答疑"},
	{"招揽", posGap, true, "有需要同款模板的同事，戳我头像进主页留言，看到都会回"},
	{"招揽", posFoot, true, "抖音搜索：机关写作小能手\n视频号：小能手说材料\n后台私信关键词“总结”，自动推送原文档"},
	{"招揽", posIn, false, "如需本篇电子版，请编辑短信“WJ+邮箱地址”发送至106900001234，1个工作日内回复"},

	// 售卖: shops, listings, download credits, an in-article ad card.
	{"售卖", posHead, true, "【虚拟商品】拍下秒发百度云链接，资料类商品售出不退不换，介意勿拍"},
	{"售卖", posIn, false, "下载本文档需消耗10下载券，升级超级会员可免券下载全站文档"},
	{"售卖", posGap, true, "闲鱼同名店铺「材料铺子」在售：各类汇报稿9.9元一份，三份起包年优惠"},
	{"售卖", posFoot, true, "价格：¥39.80（原价¥88）\n月销：1200+ 好评率99%\n发货方式：付款后自动发送至邮箱"},
	{"售卖", posIn, true, "— 广告 —\n【公考资料包】申论范文100篇+面试真题解析，0元领取，名额有限"},

	// 节选: previews, page counters, hidden replies, paid columns, teasers.
	{"节选", posIn, false, "……还剩11页未读，点击展开全文∨"},
	{"节选", posHead, true, "第 1 页 / 共 9 页（试读版）"},
	{"节选", posGap, true, "【本帖隐藏的内容】需要回复才可以浏览"},
	{"节选", posIn, true, "本篇为付费内容，开通盐选会员即可阅读剩余 78% 的内容"},
	{"节选", posFoot, false, "篇幅原因这次只放出一半，另一半明天同一时间接着更，记得来看哦"},

	// 声明: repost cards, AI material, 知乎's notice, a site's copyright
	// line, a converter's watermark.
	{"声明", posHead, true, "以下文章来源于基层笔记本 ，作者王小石\n基层笔记本.\n记录乡镇工作的点点滴滴"},
	{"声明", posIn, false, "（本段由AI辅助生成，内容仅供参考，使用前请结合本单位实际核实修改）"},
	{"声明", posGap, true, "著作权归作者所有。商业转载请联系作者获得授权，非商业转载请注明出处。"},
	{"声明", posFoot, true, "Copyright © 2012-2024 范文之家 All Rights Reserved　苏ICP备12345678号-2"},
	{"声明", posIn, true, "Evaluation Warning: The document was created with Spire.Doc for .NET."},

	// 导航: scrape residue, hashtags, a post's metadata.
	{"导航", posGap, true, "上一篇：关于开展作风建设年活动的实施方案\n下一篇：2023年度党建工作述职报告"},
	{"导航", posFoot, true, "【打印本页】【关闭窗口】【返回顶部】"},
	{"导航", posHead, false, "当前位置：首页 > 范文大全 > 经验交流 > 正文"},
	{"导航", posIn, false, "#体制内 #公文写作 #材料搬运工 #打工人日常"},
	{"导航", posGap, false, "发布于 2024-03-02 09:15・IP 属地河南・已编辑"},

	// 口号: slogans, a forum signature, a scanner's stamp, a sign-off.
	{"口号", posHead, true, "笔杆子俱乐部 · 让写材料不再熬夜"},
	{"口号", posFoot, true, "启航公考丨上岸路上，我们一路同行"},
	{"口号", posGap, true, "────────────────\n签名档：笔耕不辍 · 文以载道 ｜ 欢迎互粉交流"},
	{"口号", posIn, false, "由 扫描全能王 扫描创建"},
	{"口号", posFoot, true, "感谢您的耐心阅读，我们下期再见 ❤"},
}

// blindKeep: real text of the genre whose subject is what promotion talks
// about (公众号, 扫码, 下载, 会员单位, 版权, 代写, 网盘, 点赞, 关注, 报名加入, 二维码,
// 留言), a public notice that addresses the reader, a report's note on its
// figures, a speech's closing call, and two short real standalone lines.
var blindKeep = []blindBlock{
	{"prose", posIn, false, "区融媒体中心“XX在线”微信公众号推出“代表委员说”栏目，全年编发稿件260余篇，其中12篇被中央媒体转发。"},
	{"prose", posIn, false, "在全市公交车、出租车上全面推行扫码乘车，市民使用手机扫码即可完成支付，日均扫码乘车超过40万人次。"},
	{"prose", posIn, false, "全市图书馆实现数字资源一站式服务，读者凭借书证可免费在线阅读、下载电子图书和期刊论文50余万种。"},
	{"prose", posIn, true, "省商会积极发挥桥梁纽带作用，新发展会员企业132家，会员单位总数达到1016家。"},
	{"prose", posIn, false, "严厉打击侵犯知识产权和制售假冒伪劣商品违法犯罪，查办商标、版权侵权案件347件。"},
	{"prose", posIn, false, "深入整治文山会海，严禁以“材料代写”代替调查研究，对照搬照抄、网上下载拼凑材料的问题严肃追责。"},
	{"prose", posIn, false, "依托政务网盘建立全市统一的公文交换系统，电子公文传输时间由过去的1天缩短至10分钟。"},
	{"prose", posIn, false, "开展“为身边好人点赞”活动，群众通过网络投票为道德模范点赞，累计参与投票280万人次。"},
	{"prose", posIn, true, "持续关注困难群众、残疾人等特殊群体的急难愁盼，建立常态化走访帮扶机制。"},
	{"prose", posIn, false, "面向社会公开招募“银龄讲师”，退休干部、教师可通过线上平台报名加入，首批招募860名。"},
	{"prose", posIn, false, "为防止个人信息泄露，请勿扫描来源不明的二维码，不随意点击陌生链接，发现电信诈骗线索及时拨打96110举报。"},
	{"prose", posIn, false, "欢迎广大企业和群众通过“12345”热线、政府网站留言板和微信公众号反映问题、提出建议。"},
	{"prose", posFoot, false, "同志们，蓝图已经绘就，号角已经吹响。让我们撸起袖子加油干，以实干实绩交出无愧于时代、无愧于人民的优异答卷！"},
	{"prose", posFoot, true, "本报告中部分数据为初步统计数，最终以统计部门正式公布数据为准。"},
	{"line", posFoot, true, "（2024年3月）"},
	{"line", posFoot, true, "附件：2024年度全市先进会员单位名单"},
}

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
