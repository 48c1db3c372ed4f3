package parse

// The seventh held-out set for the promotion filter (issue 19).
//
// Written blind on 2026-12-05 by a helper session, without opening any
// filter code (no non-test file under parse/), any promo*_test.go,
// junk*_test.go or heldout*_run_test.go, or any other blind set, and
// without running the filter (or wenji, or any test) on these blocks. The
// only files read under parse/ were heldout2_test.go (for the types and
// the format) and the top header comments of heldout3_test.go,
// heldout4_test.go and heldout5_test.go (to avoid their styles); the issue
// text was read for the six kinds. It must NOT be used for tuning: a rule
// changed because one of these blocks was kept or dropped makes the set
// worthless as a measure, and a new set has to be written.
//
// Styles none of those headers lists: a 公众号 点击上方蓝字关注我们 header, an
// 企业微信 customer-service handle glued into the text, a 班主任 trial-lesson
// invitation for a 申论 course, a 知乎 ask to message or @ the author, a 小红书
// follow call (点个关注不迷路); a 文档 site's 积分 bar, a 图文快印 shop's
// price list, an AI PPT generator's ad, a document shop's item number, a
// 微店 year card; a preview-page allowance, an 此处省略…原文链接 cut, a
// 以上为节选 rule with a word count and a members-area pointer, a 字数限制
// split into the second push, a copy-limit VIP prompt; a 维权骑士
// original-work notice, a 本文由…整理发布 watermark with a URL, a numbered
// 转载须知, a 免责声明 of a material site, a 查重 report's residue; a
// document viewer's toolbar, a ↓↓↓ scroll prompt, a 猜你喜欢 list with
// ratings and read counts, a 分享到 bar, a 在看 call; a bracketed site
// banner, a self-improvement motto, a 爱问共享资料 slogan, an 原创不易 sign-off
// with an editorial-office line, a one-line brand boast. Six kinds, five
// blocks each, every kind in all four positions, single- and multi-line,
// glued to the text or standing between blank lines. The types and the
// compilations are heldout2_test.go's.

// blind7Promo: 30 blocks of promotion.
var blind7Promo = []blindBlock{
	// 招揽: follow, add, scan, message, follow again.
	{"招揽", posHead, true, "👆点击上方蓝字「公文笔记本」关注我们，每天早上7点，一篇能直接用的材料"},
	{"招揽", posIn, false, "插一句：本号刚开通企业微信答疑，添加客服“小文”（ID：gwbjb-xw），框架、提纲问题一对一帮你看。"},
	{"招揽", posGap, true, "扫码添加班主任老师\n免费领取7天申论直播试听课\n（每日限额50人，先到先得）"},
	{"招揽", posFoot, true, "有问题欢迎知乎私信，或者直接在评论区 @ 我，一般当天回复~"},
	{"招揽", posGap, false, "小红书搜索「体制内的小林」，主页还有更多同款模板，点个关注不迷路！"},

	// 售卖: credits, a print shop, a PPT tool, a document shop, a year card.
	{"售卖", posHead, false, "下载所需积分：5分　　您的积分：0分　　〔做任务赚积分〕"},
	{"售卖", posIn, false, "楼下图文快印｜标书装订、文件打印 A4黑白0.2元/面、彩印1元/面，微信下单同城2小时送达"},
	{"售卖", posGap, true, "AI一键生成汇报PPT：输入标题，30秒出20页模板\n新用户首月仅需6元，可随时取消续费"},
	{"售卖", posFoot, true, "本资料Word可编辑版已上架本站文档商城，搜索编号 GW20240318 即可购买；包年用户免费下载。"},
	{"售卖", posIn, true, "【微店·公文工坊】机关材料素材年卡 ¥128\n含12大类4000余篇，长按识别进店"},

	// 节选: preview allowance, an elision, an excerpt rule, a split post,
	// a copy limit.
	{"节选", posHead, true, "本文档共 12 页，游客可免费预览前 3 页"},
	{"节选", posIn, false, "【此处省略约2400字，完整版请点击文末“原文链接”查看】"},
	{"节选", posGap, true, "—— 以上为节选，全文共计 8600 字 ——\n完整版及配套提纲请到本站“会员专区”下载"},
	{"节选", posFoot, false, "因平台单篇字数限制，后半部分放在今天的第二条推送里，往下翻就能看到。"},
	{"节选", posIn, true, "您今日的免费复制次数已用完，开通VIP可不限次复制全文并下载Word原稿"},

	// 声明: an original-work notice, a watermark, repost terms, a site's
	// disclaimer, a plagiarism checker's residue.
	{"声明", posHead, true, "原创声明：本文系作者原创，已委托“维权骑士”(rightknights.com)进行版权保护，未经许可请勿转载。"},
	{"声明", posIn, false, "（本文由 公文范文网 www.gwfwx.cn 整理发布，转载请保留本链接）"},
	{"声明", posGap, true, "转载须知\n1. 转载请在文首注明来源及作者；\n2. 不得删改原文内容；\n3. 商业用途请联系后台取得授权。"},
	{"声明", posFoot, true, "免责声明：本站所有资料均由网友分享，仅供学习参考，不代表本站观点；因使用本站资料产生的一切后果，本站概不承担责任。"},
	{"声明", posIn, false, "查重提示：本文经 PaperPass 检测，总文字复制比 12.6%，检测结果仅供参考。"},

	// 导航: a viewer's toolbar, a scroll prompt, a recommendation list, a
	// share bar, a 在看 call.
	{"导航", posHead, false, "目录 ｜ 全屏 ｜ 收藏 ｜ 举报 ｜ 分享"},
	{"导航", posIn, false, "↓↓↓ 往下翻，最实用的部分在后面 ↓↓↓"},
	{"导航", posGap, true, "猜你喜欢\n· 乡镇党委书记抓基层党建述职报告（精选6篇）  4.8分\n· 2024年机关作风整顿心得体会  1.2万人已读\n· 巡察整改专题民主生活会对照检查材料  ★★★★☆"},
	{"导航", posFoot, true, "分享到：微信　朋友圈　QQ空间　新浪微博　复制链接"},
	{"导航", posIn, true, "点个「在看」，让更多写材料的同事也看到 👇"},

	// 口号: a banner, a motto, a site slogan, a sign-off, a boast.
	{"口号", posHead, true, "【文稿驿站】千篇范文　一键直达"},
	{"口号", posIn, false, "每日一学，每天进步一点点 ✍️"},
	{"口号", posGap, true, "— 好文档 · 尽在爱问共享资料 —"},
	{"口号", posFoot, true, "原创不易 · 感恩有你\n—— 公文笔记本编辑部 ——"},
	{"口号", posIn, true, "写材料，我们是认真的。"},
}

// blind7Keep: real text of the genre whose subject is what promotion talks
// about (政务公众号 and 融媒体 columns, 扫码 to pay or register, 会员单位 and
// 会费, 查处有偿代写 and 论文买卖, 打击网络侵权盗版, a hotline and e-mail in a
// notice, 消费券 and 促消费 prices, 电商直播 support, a 版权 clause, 下载 of an
// official app, 关注 of an account in a publicity plan, a 培训班 enrolment,
// 图文快印 shops inspected, 转发 of a document), a speech's closing calls, and
// three short real standalone lines of a notice.
var blind7Keep = []blindBlock{
	{"prose", posIn, false, "市委宣传部依托“今日临川”政务公众号开设“学思践悟”专栏，每周推送理论文章2至3篇，全年累计阅读量突破500万人次，3篇文章被“学习强国”学习平台采用。"},
	{"prose", posIn, false, "县融媒体中心打造“指尖上的政务服务”融媒体专栏，开通“扫码问政”功能，群众扫描二维码即可反映诉求，全年受理问题4300余件，办结率达到98.6%。"},
	{"prose", posIn, false, "全面推行不动产登记费、城乡居民医保费“扫码缴费”，群众用手机扫描缴费通知书上的二维码即可在线缴纳，平均办理时间由40分钟缩短至3分钟。"},
	{"prose", posIn, true, "各参会单位请于3月15日前扫描会议通知附件中的二维码完成参会人员报名登记，逾期不再受理，会议期间不安排临时报名。"},
	{"prose", posIn, false, "协会严格执行会费收缴管理办法，全年收取会员单位会费186万元，全部用于行业培训、标准制定和会员服务，收支情况已在会员大会上向全体会员单位公开。"},
	{"prose", posIn, false, "我会第三届理事会第五次会议审议通过会费标准调整方案，常务理事单位每年8000元，理事单位每年5000元，一般会员单位每年2000元，自2025年1月1日起执行。"},
	{"prose", posIn, false, "教育部门联合公安、市场监管部门开展专项整治，查处有偿代写论文、网上买卖论文的中介机构23家，关停违规网站和社交账号140余个，对涉事人员依法依规处理。"},
	{"prose", posIn, false, "对在学位论文中存在代写、买卖、抄袭等学术不端行为的，一经查实，取消其学位申请资格；已经获得学位的，依法撤销学位证书，并在一定期限内不得再次申请。"},
	{"prose", posIn, false, "深入开展打击网络侵权盗版专项行动，重点整治短视频、网络直播、电商平台侵权盗版问题，删除侵权盗版链接1.2万条，查办网络侵权盗版案件56件。"},
	{"prose", posIn, true, "对公示对象有异议的，可在公示期内以书面形式向区委组织部反映，联系电话：0571-87654321，电子邮箱：qwzzb_gs@163.com，来信请署真实姓名。"},
	{"prose", posIn, false, "今年以来，我市分三批发放数字消费券2000万元，单笔消费满200元减50元、满100元减20元，直接带动消费3.2亿元，财政资金撬动比达到1:16。"},
	{"prose", posIn, false, "开展汽车以旧换新促消费活动，对报废旧车并购买新能源汽车的个人消费者给予每台1万元补贴，购买燃油乘用车的给予每台7000元补贴，补贴资金由市、区两级按比例承担。"},
	{"prose", posIn, false, "实施电商直播助农行动，培育本土带货主播320名，对年直播销售额超过1000万元的企业给予最高50万元奖励，全年农产品网络零售额同比增长37%。"},
	{"prose", posIn, false, "由市级财政资金资助出版的作品，其著作权归作者所有，资助单位享有在公益性活动中无偿使用的权利；未经著作权人许可，任何单位和个人不得擅自复制、发行或者通过信息网络传播。"},
	{"prose", posIn, false, "大力推广“秦务通”政务服务移动端，引导群众下载安装并完成实名认证，全市注册用户达到420万，高频事项“掌上办”比例达到90%以上。"},
	{"prose", posIn, true, "各单位要组织干部职工关注“清风临川”微信公众号和抖音号，积极转发廉政教育作品，扩大宣传覆盖面，确保活动家喻户晓、深入人心。"},
	{"prose", posIn, false, "经研究，定于2024年4月8日至12日在市委党校举办全市办公室系统公文写作培训班，请各单位推荐1名从事文字工作的同志参加，并于4月1日前将报名回执报送市委办公室秘书科。"},
	{"prose", posIn, false, "学员报到后须每日扫描教室门口的考勤二维码签到，缺勤累计超过两个半天的，不予颁发结业证书，并将有关情况通报所在单位。"},
	{"prose", posIn, false, "对辖区内127家印刷企业和图文快印店开展全覆盖检查，查处无证经营、盗印教辅图书等违法行为9起，收缴非法出版物3000余册。"},
	{"prose", posIn, false, "建立网络舆情监测机制，对抖音、快手、微博、小红书等平台涉及我区的信息实行24小时监测，做到第一时间发现、第一时间研判、第一时间回应群众关切。"},
	{"prose", posIn, false, "鼓励老字号企业入驻主流电商平台开设旗舰店，开展“老字号嘉年华”线上促销活动，参与企业线上销售额同比增长45%，带动线下门店客流回升。"},
	{"prose", posIn, false, "各单位要按照通知要求，及时将本文件转发至所属基层单位，确保传达到每一名干部职工，执行中遇到的问题请及时向市政府办公室反馈。"},
	{"prose", posFoot, false, "同志们，今天会后，请各位同志回去认真传达会议精神，抓紧研究部署，以时不我待的紧迫感把各项任务落到实处。"},
	{"prose", posFoot, true, "同志们，新征程已经开启，新使命催人奋进。让我们坚定信心、真抓实干、勇毅前行，为奋力谱写高质量发展新篇章作出新的更大贡献！"},
	{"line", posFoot, true, "联系人：李明　　联系电话：0851-86812345"},
	{"line", posFoot, true, "（此件公开发布）"},
	{"line", posFoot, true, "本办法自2025年1月1日起施行。"},
}
