package parse

// The fifth held-out set for the promotion filter (issue 19).
//
// Written blind on 2026-12-05 by a helper session, without opening any
// filter code and without running the filter (or wenji) on these blocks:
// the only files read under parse/ were heldout2_test.go (for the types
// and the format) and the header and block lists of heldout4_test.go (to
// avoid its styles). It must NOT be used for tuning: a rule changed
// because one of these blocks was kept or dropped makes the set worthless
// as a measure, and a new set has to be written.
//
// It judged the filter three times, untuned in between (heldout5_run_test.go):
// 20, 21 and 21 of 30 each time. Seen since; development data now, as the
// earlier sets are: the next measure needs a new set, written the same way.
//
// Styles neither heldout2_test.go nor heldout4_test.go uses: a 公众号
// header asking to star the account (设为星标), a QQ group with its
// 二群 number and a required 备注, a 长按识别二维码 reader-group invitation
// with a helper's handle, a 微博 repost-and-@ giveaway with a 超话, a
// literary ask for comments with no keyword; 原创力文档-style page chrome
// (上传者/页数/金币), a 百度网盘 link with its 提取码, an AI writing tool's
// ad, a writing course's 早鸟价 enrolment, a 淘宝 shop's 旺旺客服 voice
// (亲); a 付费阅读 wall with a price and payer count, a 精华版 excerpt
// notice, a series teaser (第二、三篇周四推送), a 知识星球 members-only
// stub, a 未完待续 with the next issue's parts; a 转载自公众号 header, a
// 文档 site's storage-space disclaimer with a takedown e-mail, a 素材
// site's 版权局登记 notice, 搜狐号's platform disclaimer, 图文来源网络侵删;
// a reading-time line, a B站 video plug via 阅读原文, a 往期推荐 list, a
// 责编/校对/审核 credit line, 头条-style counters (赞/评论/收藏/分享); an
// AI tool's tagline, an author's self-introduction glued into the text,
// an END card with a 赞赏 thanks, a literary blessing, a site's festival
// greeting. Six kinds, five blocks each, every kind in all four
// positions, single- and multi-line, glued to the text or standing
// between blank lines. The types and the compilations are heldout2_test.go's.

// blind5Promo: 30 blocks of promotion.
var blind5Promo = []blindBlock{
	// 招揽: a star request, a QQ group, a QR invitation, a 微博 giveaway,
	// a literary ask for comments.
	{"招揽", posHead, true, "↑ 点击上方「案头笔记」→ 右上角“···” → 设为星标，每天早八点推送不错过"},
	{"招揽", posIn, false, "QQ交流群（一群已满）：二群 735218964，入群请将备注改为“地区+单位+姓名”，否则不予通过"},
	{"招揽", posGap, true, "长按识别下方二维码\n进入「材料人」读者交流群\n（群满请添加小助手微信：cailiaoren01）"},
	{"招揽", posFoot, true, "转发本条微博并@三位好友\n3月15日抽5位送《党政机关公文写作规范》纸质版\n#机关写作札记# 超话每日签到中"},
	{"招揽", posIn, false, "诸君若有更妥帖的写法，不妨在文末留下只言片语，与同道一起切磋琢磨。"},

	// 售卖: a document host's price line, a 网盘 link, an AI tool, a
	// course, a 淘宝 shop.
	{"售卖", posHead, true, "上传者：lao***88　｜　页数：12　｜　格式：docx　｜　价格：8.00 金币　｜　VIP 免费下载"},
	{"售卖", posIn, false, "链接：https://pan.baidu.com/s/1xYz7Qa9LmN3bKc 提取码：k8m2 复制这段内容后打开百度网盘手机App，操作更方便哦"},
	{"售卖", posGap, true, "【AI写作神器】输入主题，30秒生成讲话稿、述职报告、心得体会\n新用户注册即送3天VIP，限时首月1元\n👉 应用商店搜索「妙笔AI」"},
	{"售卖", posFoot, true, "《30天公文写作精进营》第12期招生中：直播课24节＋作业逐篇批改，早鸟价399元（原价799元），本周日截止报名"},
	{"售卖", posIn, true, "本店文档均为Word可编辑版，拍下后请联系旺旺客服发货，亲，下单前请核对好标题哦~"},

	// 节选: a paywall, an excerpt notice, a series teaser, a members-only
	// stub, a 未完待续.
	{"节选", posIn, false, "以下内容需付费阅读\n¥ 3.00\n已有 216 人付费"},
	{"节选", posHead, true, "【精华版】原文1.2万字，此处只节选前两部分，完整版请翻到文末领取"},
	{"节选", posGap, true, "本系列共三篇，今天先推第一篇，第二、三篇将于周四、周六陆续推送。"},
	{"节选", posIn, true, "该主题为星球专属内容\n加入「公文写作圈」知识星球后可查看全文"},
	{"节选", posFoot, false, "（未完待续。下期刊发第四、五部分，敬请关注）"},

	// 声明: a repost header, a storage-space disclaimer, a copyright
	// registration notice, a platform disclaimer, an image credit.
	{"声明", posHead, true, "本文转载自公众号「XX组工」\n转载目的在于分享交流，文章观点不代表本号立场"},
	{"声明", posIn, true, "文档来源于网络用户上传，版权归原作者所有，本站仅提供存储空间服务。如有侵权，请发邮件至 kefu@wendang8.com，我们将在24小时内删除。"},
	{"声明", posGap, true, "本站所有范文均为原创，已在国家版权局登记，未经书面许可，任何单位和个人不得复制、转载、摘编，违者必究。"},
	{"声明", posFoot, true, "声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。"},
	{"声明", posIn, false, "（图文来源网络，侵删）"},

	// 导航: reading time, a read-more plug, a related list, credits,
	// counters.
	{"导航", posHead, false, "全文共3268字，预计阅读时间9分钟"},
	{"导航", posIn, false, "—— 配套讲解视频已上传B站，点击文末「阅读原文」即可跳转观看 ——"},
	{"导航", posGap, true, "往期推荐\n▶ 一篇好的调研报告，是怎样“走”出来的\n▶ 领导讲话稿的开头，这样写最出彩\n▶ 年终总结避坑指南：这8个雷区别踩"},
	{"导航", posFoot, false, "责编：王晓　校对：刘畅　审核：陈立新"},
	{"导航", posIn, true, "赞 1.2万　｜　评论 386　｜　收藏 2156　｜　分享"},

	// 口号: a tool's tagline, an author's self-introduction, an END card,
	// a blessing, a festival greeting.
	{"口号", posHead, false, "— 妙笔AI润色 · 让每一份材料都拿得出手 —"},
	{"口号", posIn, false, "我是老周，在机关写了十五年材料，只说写材料的实在话。"},
	{"口号", posGap, true, "—— END ——\n码字不易，感谢每一份赞赏与陪伴"},
	{"口号", posFoot, true, "愿每一位伏案的你，笔下有光，心中有灯。"},
	{"口号", posIn, true, "值此新春佳节，范文网全体同仁恭祝广大网友阖家幸福、万事顺意！"},
}

// blind5Keep: real text of the genre whose subject is what promotion talks
// about (a 政务公众号's study column, 扫码 services, an association's 会员单位,
// 有偿代写 punished, 侵权盗版 links removed, 网络安全宣传周, 农村电商,
// 12345, a 政务服务 App, 直播带货, village 微信群, the 三审三校 of
// 政务新媒体 naming 编辑/复审/终审), a speech's closing, and short real
// standalone lines: an issuing office, a date in Chinese numerals, an 附件
// title and a notice's contact line with an e-mail.
var blind5Keep = []blindBlock{
	{"prose", posIn, false, "县委组织部依托“XX组工”微信公众号开设“每日一学”专栏，全年推送党的创新理论学习内容365期，全县党员干部累计学习打卡120万余人次。"},
	{"prose", posIn, false, "全面推行“一码通办”，群众扫描窗口二维码即可预约取号、查询办件进度、评价服务质量，平均等候时间缩短至8分钟以内。"},
	{"prose", posIn, true, "市物流行业协会现有会员单位286家，年内组织会员企业开展供需对接活动12场，帮助会员单位协调解决融资、用工等问题47个。"},
	{"prose", posIn, false, "会同教育、网信部门开展学术不端专项整治，查处有偿代写论文、买卖作业等案件23起，关停违规网站和网店账号150余个。"},
	{"prose", posIn, false, "深入开展“剑网”专项行动，严厉打击网络文学、短视频、在线教育等领域侵权盗版行为，删除侵权盗版链接1.8万条，移送司法机关案件9件。"},
	{"prose", posIn, false, "以国家网络安全宣传周为契机，组织网络安全知识进机关、进校园、进社区活动46场，引导群众增强防范意识，不轻信“刷单返利”“低价代购”等网络诈骗话术。"},
	{"prose", posIn, true, "大力发展农村电子商务，建成县级电商公共服务中心1个、村级电商服务站点138个，培训电商带头人2400余人次，全县农产品网络零售额突破9亿元。"},
	{"prose", posIn, false, "2024年，12345政务服务便民热线共受理群众来电和网络诉求41.6万件，按时办结率99.2%，群众满意率96.8%。"},
	{"prose", posIn, false, "迭代升级“X事通”政务服务App和小程序，上线高频事项860项，实名注册用户达到520万，社保查询、公积金提取、不动产登记等事项实现“掌上办”“指尖办”。"},
	{"prose", posIn, false, "引导本地企业与电商平台合作开展直播带货，举办“县长进直播间”等活动18场，带动特色农产品销售3.6亿元。"},
	{"prose", posIn, false, "各村普遍建立以村“两委”干部为群主的村民微信群，及时发布政策通知、收集群众诉求，做到小事不出村、服务不断线。"},
	{"prose", posIn, false, "严格落实政务新媒体信息发布“三审三校”制度，每条信息须经编辑初审、科室负责人复审、分管领导终审后方可发布，全年未发生错误表述问题。"},
	{"prose", posFoot, false, "同志们，新的征程已经开启，新的使命催人奋进。让我们更加紧密地团结在以习近平同志为核心的党中央周围，坚定信心、真抓实干，为奋力谱写中国式现代化XX新篇章而努力奋斗！"},
	{"line", posFoot, true, "XX县人民政府办公室"},
	{"line", posFoot, true, "二〇二四年十二月二十日"},
	{"line", posFoot, true, "附件：XX县2024年网络安全宣传周活动安排表"},
	{"line", posFoot, true, "联系人：李XX，联系电话：0871-63214567，电子邮箱：xxbgs@163.com"},
}
