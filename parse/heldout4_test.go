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
var blind4Promo = []blindBlock{
	// 招揽: audio and video channels, a 豆瓣 group, a 贴吧 thread, a personal WeChat.
	{"招揽", posHead, true, "喜马拉雅搜索「老秘书夜话」，每晚十分钟，听老秘书一句一句讲材料"},
	{"招揽", posIn, false, "豆瓣小组「体制内写作互助组」欢迎新组员，申请入组时请回答：你在哪个系统工作？"},
	{"招揽", posGap, true, "吧友们要原文的在楼下留个邮箱，晚上下班统一发，顺手帮顶一下帖子"},
	{"招揽", posFoot, true, "如果你也是一名基层写作者\n欢迎添加我的个人微信（ID：laoli_xiezuo）\n朋友圈每天更新写作心得，验证时请注明来意"},
	{"招揽", posIn, false, "快手号：gwxz888，老铁们双击关注，每天教你一招写材料"},

	// 售卖: a group-buy listing, a per-document price, membership cards, a
	// reading-app plug, a training course.
	{"售卖", posHead, true, "【百亿补贴】机关公文范文大全电子版 2人拼团价6.6元 已拼10万+件"},
	{"售卖", posIn, false, "该资料售价5.00元，购买后可下载无水印完整版，支持微信、支付宝扫码支付"},
	{"售卖", posGap, true, "月卡 ¥19.9 ｜ 季卡 ¥49.9 ｜ 年卡 ¥128\n开通即享：无限下载 · 去广告 · 专属客服"},
	{"售卖", posFoot, true, "本书电子版已上架微信读书，无限卡用户可免费阅读；纸质版当当网、京东均有售"},
	{"售卖", posIn, true, "2025年省考面试协议班火热报名中，笔试进面即可报名，面试不过全额退费，咨询热线400-6789-123"},

	// 节选: an app-only stub, a converter's page limit, an answer continued
	// elsewhere, an image-only page, a teaser.
	{"节选", posIn, false, "（此处已添加小程序，请到今日头条客户端查看）"},
	{"节选", posHead, true, "免费版仅转换前5页，如需转换全部页面，请购买正式版"},
	{"节选", posGap, true, "（回答字数超限，后半部分放在评论区第一条）"},
	{"节选", posIn, true, "[图片]\n此页为图片格式，请下载原文档查看"},
	{"节选", posFoot, false, "想知道第三部分怎么写才出彩？且听下回分解。"},

	// 声明: a news repost's header, a pirated e-book's note, a transcript's
	// note, a 素材 site's caveat, an authorised repost with a photo credit.
	{"声明", posHead, true, "原标题：《关于基层减负的几点思考》\n来源：百家号“政研观察”　责任编辑：小马"},
	{"声明", posIn, false, "本书仅供个人学习之用，请勿用于商业用途。如对本书有兴趣，请购买正版书籍。任何对本书籍的修改、加工、传播自负法律后果。"},
	{"声明", posGap, true, "文字稿由讯飞听见自动转写，未经人工校对，错别字敬请谅解"},
	{"声明", posFoot, true, "【温馨提示】本文为网友整理的学习参考版本，与官方发布稿可能存在出入，请以政府网站公布的正式文本为准"},
	{"声明", posIn, true, "经作者授权发布，二次转载请联系原作者　　题图｜视觉中国"},

	// 导航: 360doc's line, a 合集 label, skip links, a floor's reply bar,
	// a video player's controls.
	{"导航", posGap, true, "来自：老王的图书馆 > 《公文写作》　　转藏到我的图书馆　献花(0)　+1"},
	{"导航", posFoot, true, "收录于合集 #年终总结 38个"},
	{"导航", posHead, false, "跳到主要内容 | 无障碍浏览 | 长者模式"},
	{"导航", posIn, false, "回复(12)　收起回复　2楼 2024-03-08 21:33"},
	{"导航", posGap, false, "▶ 00:00 / 05:32　倍速　清晰度　全屏"},

	// 口号: a banner, an SMS signature, a bilingual banner, a sign-off glued
	// into the text, a school's boast.
	{"口号", posHead, true, "墨池书院 | 一支笔 · 一盏灯 · 一篇好材料"},
	{"口号", posFoot, true, "【文秘宝】祝您工作顺利，万事如意！"},
	{"口号", posGap, true, "MICAI WENGAO\n觅才文稿 —— 替你把话说到点子上"},
	{"口号", posIn, false, "好啦，今天就分享到这里，我是你们的材料搭子小鱼，明天见～"},
	{"口号", posFoot, true, "华章教育：二十年专注公职类考试培训，累计助力12万学员圆梦"},
}

// blind4Keep: real text of the genre whose subject is what promotion talks
// about (政务新媒体, 短视频平台 oversight, 网络直播, 数字人民币消费券 as a
// policy, 会员制超市 as a business, downloading a notice's electronic
// version from a government portal, 版权局, a 举报电话 and 举报邮箱,
// 投稿 to 党刊, 点赞 as praise), a speech's closing, and short real
// standalone lines: a date, an 附件 title, an issuing office, 谢谢！, a
// notice's contact line and （此件主动公开）.
var blind4Keep = []blindBlock{
	{"prose", posIn, false, "对长期不更新、内容空泛的“僵尸”政务新媒体账号开展清理整合，全市关停注销政务新媒体账号87个，保留账号实行统一备案管理。"},
	{"prose", posIn, false, "督促短视频平台落实未成年人保护措施，清理低俗炒作类短视频4.2万条，处置违规账号1300余个。"},
	{"prose", posIn, false, "规范网络直播营销活动，依法查处直播间虚假宣传、诱导打赏等行为，约谈直播平台企业6家。"},
	{"prose", posIn, true, "分三批发放数字人民币消费券3000万元，市民通过数字人民币App参与抽签，中签后可在指定商户使用，带动消费2.1亿元。"},
	{"prose", posIn, false, "引进会员制仓储超市2家，带动周边商业综合体客流增长30%以上，培育形成新的消费增长点。"},
	{"prose", posIn, false, "本通知电子版可在市人民政府门户网站“政府信息公开”栏目下载。"},
	{"prose", posIn, false, "市版权局联合公安、文旅等部门开展院线电影版权保护专项行动，删除侵权链接3400余条。"},
	{"prose", posIn, false, "欢迎社会各界监督，对违反本通知规定的行为，可拨打12345热线或发送邮件至举报邮箱jubao@xx.gov.cn反映。"},
	{"prose", posIn, true, "全年在《求是》《党建》等党刊发表理论文章16篇，向省委党刊《XX通讯》投稿被采用42篇。"},
	{"prose", posIn, false, "这些实实在在的变化，群众看在眼里、记在心上，纷纷为党员干部的担当作为点赞。"},
	{"prose", posFoot, false, "同志们，时间不等人，机遇不等人。希望大家以只争朝夕的精神，把各项任务抓实抓细抓到位，以优异成绩向全市人民交出满意答卷！"},
	{"line", posFoot, true, "谢谢！"},
	{"line", posFoot, true, "联系人：张XX　电话：0531-86061234"},
	{"line", posFoot, true, "（此件主动公开）"},
	{"line", posFoot, true, "XX市市场监督管理局"},
	{"line", posFoot, true, "2025年1月10日"},
	{"line", posGap, true, "附件：数字人民币消费券参与商户名单"},
}
