package parse

// The sixth held-out set for the promotion filter (issue 19).
//
// Written blind on 2026-12-05 by a helper session, without opening any
// filter code and without running the filter (or wenji, or any test) on
// these blocks. The only files read under parse/ were heldout2_test.go (for
// the types blindBlock and blindPos and the format of the lists) and the
// header comments of heldout3_test.go, heldout4_test.go and
// heldout5_test.go (to avoid the styles they list); none of their block
// lists, no promo*_test.go, junk*_test.go or heldout*_run_test.go. It must
// NOT be used for tuning: a rule changed because one of these blocks was
// kept or dropped makes the set worthless as a measure, and a new set has
// to be written.
//
// Styles none of heldout2–heldout5 lists: a 小红书-style 码住/滴滴我 with no
// keyword, a law firm's 免费咨询 button text, a 集赞 screenshot giveaway, the
// text WeChat leaves under a saved personal QR code (扫一扫上面的二维码图案),
// a daily-copying 打卡营 joined through a mini program; a 微店 shop searched
// by name with per-piece pricing, a 查重/降重 service by the thousand
// characters, material sold on a U盘 by post, a live-stream's 小黄车 link
// with a gift, a print shop's services and phone; a preview-mode banner, 豆丁's
// beyond-the-free-preview line, a copy-limit notice for non-members, a video
// course's 试看结束 card, a clipper's truncated-content marker; a shop's
// anti-theft 郑重声明, a parenthesised 收集整理 watermark, a law-style
// not-advice 免责声明 (one signal), a download page's 温馨提示 list, CSDN's
// copy-appended 版权声明 with its 原文链接; a mobile page's top bar (APP内打开),
// a keyboard page-turning hint, a 文库's 相关文档推荐 list with page counts, a
// share bar (分享到…), a B站 一键三连 ask with a kaomoji; a 文库's URL
// slogan, a forum client's 发自… sign-off, a PDF page-header residue glued
// into the text, a law firm's three-word motto, a two-line studio sign-off
// with no contact. Six kinds, five blocks each, every kind in all four
// positions, single- and multi-line, glued to the text or standing between
// blank lines. The types and the compilations are heldout2_test.go's.

// blind6Promo: 30 blocks of promotion.
var blind6Promo = []blindBlock{
	// 招揽: addressing the reader, asking to message, join, add, collect likes.
	{"招揽", posHead, true, "🔖先码住！需要源文件的宝子直接滴滴我～看到秒回"},
	{"招揽", posIn, false, "遇到劳动争议、合同纠纷不知道怎么办？点击下方「免费咨询」，执业律师一对一在线解答👇"},
	{"招揽", posGap, true, "转发本文到朋友圈集满28个赞，截图发送至后台，即可获赠全年材料合集电子版一份🎁"},
	{"招揽", posFoot, false, "扫一扫上面的二维码图案，加我为朋友。"},
	{"招揽", posIn, true, "📌 加入「每日抄写一篇好材料」打卡营\n每天早7点推送一篇精选范文，连续打卡21天全额返还押金\n报名方式：微信小程序搜索“笔耕打卡”"},

	// 售卖: a 微店, a 查重 service, a U盘 by post, a 小黄车 link, a print shop.
	{"售卖", posHead, true, "微店搜「笔友文苑」：述职、总结、讲话稿分类打包，单篇2元起，整包更划算~"},
	{"售卖", posIn, false, "材料查重｜知网·维普·万方 ¥1.5/千字起，10分钟出报告，重复率高可人工降重"},
	{"售卖", posIn, true, "🎁全套资料（2015—2024年，共3.6G）已拷入U盘\n顺丰包邮，U盘款¥128，拍下请留言收货地址"},
	{"售卖", posGap, true, "👇直播同款👇\n左下角小黄车1号链接《新编公文写作全书》\n今晚下单加赠电子模板500套"},
	{"售卖", posFoot, true, "鑫源图文快印：标书装订｜彩色打印｜横幅展板，满50元市区免费送货，电话0371-66881234"},

	// 节选: a preview banner, 豆丁's wall, a copy limit, a course trial, a clipper's cut.
	{"节选", posHead, true, "⚠ 当前为预览模式，仅显示文档前 20% 的内容"},
	{"节选", posIn, false, "亲，该文档总共15页，到这已经超出免费预览范围，如果喜欢就下载吧！"},
	{"节选", posIn, false, "（复制受限：非会员每次最多复制300字，完整内容请下载原文档）"},
	{"节选", posGap, true, "—— 试看结束 ——\n购买本课程后可观看完整视频并下载配套讲义"},
	{"节选", posFoot, false, "[内容过长，已截断。查看完整内容请访问原网页]"},

	// 声明: anti-theft, a watermark, not-advice, a download page, CSDN.
	{"声明", posHead, true, "郑重声明：本资料系本店原创整理，已做数字水印，盗文盗图者一经发现必追究到底！"},
	{"声明", posIn, false, "（本文由“笔杆子资料库”收集整理，仅供学习参考使用）"},
	{"声明", posGap, false, "免责声明：本号推送内容仅供学习交流，不构成任何法律意见。"},
	{"声明", posGap, true, "温馨提示：\n1. 部分包含数学公式或PPT动画的文件，预览时可能显示错乱，下载后无此问题，请放心下载。\n2. 本文档由用户上传，版权归属用户，如对版权有争议请及时联系客服处理。"},
	{"声明", posFoot, true, "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。\n原文链接：https://blog.csdn.net/weixin_43829716/article/details/128764532"},

	// 导航: a mobile top bar, a key hint, a related list, a share bar, 三连.
	{"导航", posHead, false, "≡ 菜单　　🔍 搜索　　APP内打开"},
	{"导航", posIn, false, "（键盘←→可翻页，回车键返回目录）"},
	{"导航", posGap, true, "相关文档推荐\n• 2023年乡村振兴工作总结（12页）\n• 关于加强基层党建工作的调研报告（8页）\n• 优化营商环境经验交流材料（6页）\n查看更多 >"},
	{"导航", posGap, false, "分享到：微信　朋友圈　QQ空间　新浪微博　复制链接"},
	{"导航", posFoot, true, "都看到这儿了，不妨一键三连支持一下UP主吧 (๑•̀ㅂ•́)و✧"},

	// 口号: a URL slogan, a client sign-off, a page header, a motto, a sign-off.
	{"口号", posHead, false, "学海文库 www.xuehaiwk.com　海量范文　一站直达"},
	{"口号", posIn, false, "—— 发自我的华为手机 · 笔友论坛客户端"},
	{"口号", posIn, false, "精品范文 · 值得收藏 —— 天天文库"},
	{"口号", posGap, true, "明正律师事务所 ｜ 专业 · 诚信 · 高效"},
	{"口号", posFoot, true, "墨香阁原创\n一字一句　皆用心"},
}

// blind6Keep: real text of the genre whose subject is what promotion talks
// about (a 政务公众号 column, 扫码办事 and 扫码支付, 会员单位 and 工会会员, 查处有偿
// 代写, 打击网络侵权 and 洗稿, 直播带货, 知识产权 in a rule, 免费 and 领取, 下载,
// 保过 in a crackdown, prices, a notice asking to scan a 二维码, hotlines),
// a speech's instruction and closing call, and three short real standalone
// lines (a 公开 marker, a contact line, an 附件 title).
var blind6Keep = []blindBlock{
	{"prose", posIn, false, "市委组织部“先锋XX”微信公众号开设“学习进行时”专栏，每周推送理论学习辅导文章，全年推送126期，累计阅读量突破300万人次，有效扩大了理论宣传覆盖面。"},
	{"prose", posIn, false, "在全市238个社区推行“扫码办事”，群众扫描服务窗口张贴的二维码即可在线预约、查询办理进度，平均办理时间压缩60%以上。"},
	{"prose", posIn, true, "协会现有会员单位326家，年内组织会员单位开展技术交流活动18场，为会员企业对接融资需求4.2亿元，会员满意度达到96.5%。"},
	{"prose", posIn, false, "针对个别党员干部心得体会、述职报告请人有偿代写的问题，市纪委监委开展专项整治，查处相关问题17起，通报曝光典型案例5起。"},
	{"prose", posIn, false, "联合网信、公安等部门开展打击网络侵权盗版专项行动，删除侵权链接1.3万条，关闭侵权盗版网站46家，移送涉嫌犯罪案件8件。"},
	{"prose", posIn, false, "在农贸市场、停车场、医院等场所全面推广扫码支付，实现“一码通付”，群众缴纳水电气费用通过手机扫码即可一次办结，不再跑腿排队。"},
	{"prose", posIn, false, "支持农产品电商直播带货，对年销售额超过500万元的直播电商企业给予一次性奖励20万元，全年培训农村电商带货主播1200人次。"},
	{"prose", posIn, false, "《办法》明确，由财政资金支持形成的科技成果，其知识产权依法归项目承担单位所有，项目承担单位应当加强知识产权保护，不得侵害他人合法权益。"},
	{"prose", posIn, false, "建立全市干部学习资源库，将各类学习材料统一上传至干部网络学院，党员干部可随时在线学习或下载学习，全年累计学习时长达56万小时。"},
	{"prose", posIn, true, "请广大市民朋友扫描下方二维码或登录市政府门户网站，在线参与2024年民生实事项目票决，投票截至5月31日。"},
	{"prose", posIn, false, "持续加强新闻作品版权保护，与12家网络平台签订版权合作协议，未经授权转载我市主流媒体原创稿件的行为得到有效遏制。"},
	{"prose", posIn, false, "为高校毕业生免费发放就业创业政策明白卡5万份，符合条件的毕业生可到户籍所在地人社所领取一次性求职创业补贴。"},
	{"prose", posIn, false, "组织开展“晒晒我的好家风”网上征集活动，引导群众在抖音、快手等平台分享家风故事，相关话题播放量超过1.2亿次。"},
	{"prose", posIn, false, "全年新发展工会会员2.3万人，为会员办理职工互助保障5.6万份，发放困难会员帮扶资金860万元。"},
	{"prose", posIn, false, "针对部分自媒体恶意洗稿、搬运原创内容等问题，会同网信部门约谈平台企业9家，处置违规账号320个。"},
	{"prose", posIn, false, "严格规范校外培训机构，查处违规开展学科类培训、虚假宣传“保过”“押题”的机构23家，责令退还学员费用136万元。"},
	{"prose", posIn, false, "将城市低保标准由每人每月780元提高到820元，农村低保标准提高到每人每年7800元，惠及困难群众4.6万人。"},
	{"prose", posIn, true, "希望大家会后认真学习领会文件精神，结合各自工作实际，抓好贯彻落实。"},
	{"prose", posFoot, true, "办理过程中如有疑问，可拨打12345政务服务便民热线或市医保局咨询电话0371-67891234，工作时间为工作日上午8:30—12:00、下午14:30—17:30。"},
	{"prose", posFoot, false, "同志们，目标已经明确，任务已经部署，关键在于抓落实。让我们以只争朝夕的精神、滴水穿石的韧劲，扎扎实实做好各项工作，为全面完成全年目标任务而努力奋斗！"},
	{"line", posFoot, true, "（此件公开发布）"},
	{"line", posFoot, true, "联系人：王华　　联系电话：0371-65905678"},
	{"line", posFoot, true, "附件：2024年度“扫码办事”示范社区名单"},
}
