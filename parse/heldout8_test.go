package parse

// The eighth held-out set for the promotion filter (issue 19).
//
// Written blind on 2026-12-05 by a helper session, without opening any
// filter code (no non-test file under parse/), any promo*_test.go,
// junk*_test.go or heldout*_run_test.go, or any other blind set's blocks,
// and without running the filter (or wenji, or any test) on these blocks;
// only `go vet` compiled it. The only files read under parse/ were
// heldout2_test.go (for the types blindBlock and blindPos and the format of
// the lists) and the top header comments of heldout3_test.go,
// heldout4_test.go, heldout5_test.go, heldout6_test.go and
// heldout7_test.go (to avoid the styles they list); the issue text was read
// for the six kinds. It must NOT be used for tuning: a rule changed because
// one of these blocks was kept or dropped makes the set worthless as a
// measure, and a new set has to be written.
//
// Styles none of those headers lists: a 腾讯问卷 reader survey, a material
// site's call for part-time writers (要求/待遇/投递), a free first-draft review
// limited to five a day, an English "DM me" line, a 小红书 search for a
// 改稿搭子 with no contact; a 公文排版 tool's personal/unit licences with
// 对公转账, a B站 充电-only unlock, a 夸克网盘 share card, a bound 汇编's
// order form with a 团购 discount and 发票, an institutional-account offer
// with a sales manager's mobile; a phone-view auto-truncation banner, a
// newspaper's （下转第四版）, a 篇幅所限…从略 note addressed to 同志们, an AI
// chat's "reply 继续" continuation offer, an English "content truncated"
// line; a 公众号 原创 header (author, account, time, 发表于), a 抖音 作者声明
// tag, a 学习强国 adoption badge, a Creative Commons licence in Chinese and
// English, a 脱敏 editor's note; a 抖音 share text with its short link and
// code, a 微博 //@ repost chain, WeChat's 继续滑动看下一个 residue, a search
// engine's 相关搜索 list, 搜狐's 返回搜狐，查看更多; a site slogan worded
// like a campaign slogan, an English brand motto, a rhyming 顺口溜 jingle,
// a dedication to late-night writers, a 代写 studio's motto. Six kinds,
// five blocks each, every kind in all four positions, single- and
// multi-line, glued to the text or standing between blank lines. The kind
// of a slogan is labelled 口号, as heldout2_test.go documents it. The types
// and the compilations are heldout2_test.go's.

// blind8Promo: 30 blocks of promotion.
var blind8Promo = []blindBlock{
	// 招揽: a survey, a call for writers, a free review, a DM line, a 搭子 search.
	{"招揽", posHead, true, "📋 读者调查｜为了更懂你需要什么样的材料，花1分钟填个小问卷吧👉 https://wj.qq.com/s2/14628803/b3c1/"},
	{"招揽", posIn, false, "插一句～有没有同在区县写材料的姐妹，想蹲一个能互相改稿、互相打气的搭子🙋‍♀️"},
	{"招揽", posGap, true, "【诚招兼职写手】\n要求：熟悉公文写作，有机关、国企工作经历者优先；\n待遇：千字80—200元，按篇结算，长期合作；\n投递：简历+两篇代表作发至 hr@bigan-wenku.com"},
	{"招揽", posFoot, true, "写完的初稿心里没底？\n把Word发过来，我免费帮你看看结构和提法（每天只看前5份，先到先得）\nVX：laozhou_gw"},
	{"招揽", posIn, false, "DM me for the editable .docx 📩 私信秒回"},

	// 售卖: a licence, a 充电 unlock, a 网盘 share, a book order form, an
	// institutional account.
	{"售卖", posHead, false, "【公文排版助手】红头、版记、页码一键生成，个人版¥68/年，单位版¥980/年，支持对公转账、开具发票"},
	{"售卖", posIn, true, "⚡充电专属⚡\n本系列28篇材料的Word原版仅对充电用户开放，为UP主充电任意档位即可解锁"},
	{"售卖", posGap, false, "我用夸克网盘分享了「2024年终总结范文合集」，点击链接即可保存。打开「夸克APP」，无需下载在线播放视频，畅享原画5倍速，支持电视投屏。\n链接：https://pan.quark.cn/s/3f9a1c7e2b40"},
	{"售卖", posFoot, true, "《机关常用文稿汇编（2025年版）》\n精装上下两册，定价168元\n单位集中订购10套以上享八五折，可开增值税专用发票\n订购热线：010-63528817（李老师）"},
	{"售卖", posIn, false, "本素材库支持以单位名义开通机构账号，一次开通、全员可用，详询商务王经理 139 1182 6645"},

	// 节选: a phone-view banner, a newspaper's turn line, a 从略 note, an AI
	// chat's continuation, an English truncation line.
	{"节选", posHead, true, "⚠ 本文内容过长，手机端已自动截断显示，完整内容请使用电脑端访问"},
	{"节选", posIn, false, "（下转第四版）"},
	{"节选", posGap, true, "【篇幅所限，第四至第六部分从略，需要完整稿的同志可在文末获取】"},
	{"节选", posFoot, false, "由于篇幅限制，以上先写到第三部分。\n如需继续生成“存在的问题和下一步打算”部分，请回复“继续”；也可以告诉我您的单位类型，我再帮您调整措辞。"},
	{"节选", posIn, true, "Content truncated — sign in to continue reading (2 of 7 pages shown)."},

	// 声明: a 原创 header, an 作者声明 tag, an adoption badge, a licence, a
	// 脱敏 note.
	{"声明", posHead, false, "原创 周明远 机关写作圈 2024-01-08 07:30 发表于北京"},
	{"声明", posIn, true, "作者声明：个人观点，仅供参考"},
	{"声明", posGap, true, "（本文已被“学习强国”学习平台采用）"},
	{"声明", posFoot, false, "本作品采用知识共享署名-非商业性使用-相同方式共享 4.0 国际许可协议进行许可。\nThis work is licensed under CC BY-NC-SA 4.0: https://creativecommons.org/licenses/by-nc-sa/4.0/"},
	{"声明", posIn, false, "【编者说明】文中单位名称、人名及部分数据已作脱敏处理，以“XX”代替。\n本文仅供写作思路参考，请勿整篇照搬。"},

	// 导航: a share text, a repost chain, a feed's residue, related searches,
	// a portal's back link.
	{"导航", posHead, true, "2.07 复制打开抖音，看看【机关写作小课堂的作品】年终总结开头这样写，领导看了直点头 https://v.douyin.com/iRkPq3Ab/ Kjc:/ 04/17 m@Q.xS"},
	{"导航", posIn, false, "//@笔杆子老周:收藏了，年底写总结用得上//@公文小课堂:转发微博"},
	{"导航", posGap, false, "继续滑动看下一个\n机关写作圈\n向上滑动看下一个"},
	{"导航", posGap, true, "相关搜索\n年终总结开头精彩句子　　述职报告范文2024\n党建工作总结亮点提炼　　工作报告结尾金句"},
	{"导航", posFoot, false, "返回搜狐，查看更多"},

	// 口号: a campaign-like site slogan, an English motto, a jingle, a
	// dedication, a 代写 studio's motto.
	{"口号", posHead, true, "心系基层 · 笔耕为民 —— 乡镇干部之家"},
	{"口号", posHead, false, "Words that work. — BiGan Studio"},
	{"口号", posIn, false, "写材料，找老周；老周出手，一稿就过！"},
	{"口号", posGap, true, "谨以此文，\n献给每一个在深夜改稿、在清晨交稿的你。"},
	{"口号", posFoot, true, "【金笔文案】一稿过审 · 字字千金 · 全程保密"},
}

// blind8Keep: real text of the genre whose subject is what promotion talks
// about (公众号, 二维码, 扫码, 关注, 会员, 下载, 网站, 价格, 元, 转发, 点赞, 版权,
// 原文, 来源), a price office's phone, e-mail and website, a call for public
// comment with its addresses, the 12345 hotline, a 知识产权 subsidy, the
// party-fee rule, 政务新媒体 figures, 网上办 steps, a 街道's real call for
// volunteers, a campaign's quoted slogan, a report's closing formula, a
// distribution note, and short real lines (thanks, an issuing office, a
// date, an 附件 list).
var blind8Keep = []blindBlock{
	{"prose", posIn, false, "2023年，全县政务新媒体矩阵共发布信息1.2万条，“XX发布”微信公众号关注人数突破38万，单篇最高阅读量达52万次，在全省政务新媒体影响力排行榜中位列县级第3名。"},
	{"prose", posIn, false, "办理营业执照变更，群众无需再跑窗口：登录省政务服务网或“XX办”APP，选择“企业变更登记”事项，按提示上传材料即可在线提交，审核通过后可选择邮寄送达。"},
	{"prose", posIn, true, "为做好今年汛期防汛工作，XX街道现面向辖区居民招募防汛志愿者100名。凡年满18周岁、身体健康、热心公益的居民均可报名，报名截止时间为6月15日，可到所在社区居委会现场报名，也可拨打街道综治中心电话0571-86012345报名。"},
	{"prose", posIn, false, "全年12345政务服务便民热线共受理群众诉求46.8万件，按时办结率99.2%，群众满意率提升至96.5%，“接诉即办”工作经验在全省推广。"},
	{"prose", posIn, false, "对本通知执行中遇到的问题，请及时反馈市发展改革委价格监督检查科。联系电话：0551-62871234，电子邮箱：jgk@fgw.hf.gov.cn。通知全文可在市政府门户网站“政策文件”栏目查阅下载。"},
	{"prose", posIn, false, "强化知识产权保护，对获得国内发明专利授权的企业每件给予1万元奖励，对维权胜诉的中小企业按实际支出律师费的50%给予补助，最高不超过20万元。"},
	{"prose", posIn, true, "党员应按月交纳党费。在职党员以每月工资收入中的固定部分为计算基数，月工资收入在3000元以下（含3000元）者，交纳月工资收入的0.5%；3000元以上至5000元（含5000元）者，交纳1%。党员可通过线上渠道按月交纳，党支部要做好登记核对。"},
	{"prose", posIn, false, "围绕“人人都是营商环境、个个都是开放形象”的理念，在全市开展营商环境优化提升年活动，累计帮助企业解决问题2300余个。"},
	{"prose", posIn, false, "在全市农贸市场1.2万个摊位张贴“食安码”二维码，消费者扫码即可查看商户证照、进货来源和抽检结果，实现食品来源可查、去向可追。"},
	{"prose", posIn, false, "城市书房实行免押金借阅，市民凭身份证即可注册成为会员，全年新增读者会员4.6万人，借阅图书86万册次。"},
	{"prose", posIn, true, "开展“剑网2023”专项行动，清理网络侵权盗版链接1.3万条，关闭侵权盗版网站26家，主流视频平台版权秩序明显好转。"},
	{"prose", posIn, false, "坚决纠治“指尖上的形式主义”，不得把政务APP下载量、公众号文章转发量和点赞数作为工作考核指标，切实为基层减负。"},
	{"prose", posIn, false, "各级党组织要组织党员原原本本学习报告原文，做到逐字逐句读原文、悟原理，不以解读代替原文，不以摘要代替全文。"},
	{"prose", posIn, false, "加强网络谣言治理，对来源不明、未经核实的信息，一律不转发、不评论、不传播，确需发布的，以官方渠道发布的内容为准。"},
	{"prose", posIn, false, "加强重要民生商品价格监测，猪肉、蔬菜等15类商品价格每日采集、每周发布，全年居民消费价格涨幅控制在2%以内。"},
	{"prose", posIn, true, "同志们，关注民生就是关注发展。请大家回去以后，把今天会议精神原原本本传达到每个村、每个社区，确保各项任务落地见效。"},
	{"prose", posIn, false, "开设“清风XX”廉政公众号，每周推送警示案例和廉政提醒，推动廉洁文化进机关、进家庭，全年推送稿件156篇。"},
	{"prose", posIn, false, "公众可在2024年3月20日前通过以下方式提出意见建议：登录市人民政府网站“意见征集”专栏在线留言；发送电子邮件至fzb@xx.gov.cn；或邮寄至市司法局立法科（邮编：310000），并在信封上注明“意见征集”字样。"},
	{"prose", posIn, false, "在各村（社区）党群服务中心张贴反诈宣传二维码，群众扫码即可下载国家反诈中心APP，全县APP注册安装率达到82%。"},
	{"prose", posFoot, true, "以上汇报，不妥之处，请各位领导批评指正。"},
	{"prose", posFoot, false, "此件发至县级，请各地结合实际转发至乡镇（街道）。"},
	{"line", posFoot, true, "谢谢大家！"},
	{"line", posFoot, true, "中共XX县委办公室"},
	{"line", posFoot, true, "2024年1月15日"},
	{"line", posFoot, true, "附件：1．XX街道防汛志愿者报名登记表\n　　　2．防汛志愿服务承诺书"},
}
