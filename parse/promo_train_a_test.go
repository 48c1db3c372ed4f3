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
var promoTrainA = []blindBlock{
	// 招揽: follow, reply, join, add, contact — mostly without those words.
	{"招揽", posHead, true, "写材料的路上不孤单——点右上角「···」把我们设为常读，每天早上七点见"},
	{"招揽", posHead, false, "Hi，我是阿禾。想要这篇的可编辑版，直接在文章底下写个“要”字，我一个个发"},
	{"招揽", posHead, true, "本群规矩（新朋友请务必看完）：\n1. 进群改名：地区-单位-称呼\n2. 群文件只进不出，不外传、不倒卖\n3. 每月最后一个周五清理一次潜水的"},
	{"招揽", posIn, false, "（各位同行手里要是有更好的写法，欢迎私下交流，咱们互通有无）"},
	{"招揽", posIn, true, "DM for the .docx 👉 WeChat: bixia_2024（备注：材料）"},
	{"招揽", posIn, false, "对这一部分怎么写拿不准的，可以把你们单位的情况发我邮箱 laozhou_xz@126.com，我抽空帮着看看。"},
	{"招揽", posGap, true, "钉钉扫一扫，加入「县直材料员互助圈」\n群号：31857246　口令：笔耕"},
	{"招揽", posGap, false, "下篇写什么，大家说了算——在下面投个票：A.述职报告 B.调研报告 C.讲话稿"},
	{"招揽", posGap, true, "微信搜一搜 🔍 文稿驿站"},
	{"招揽", posFoot, true, "有具体写作需求的单位和个人，可通过主页“联系我们”与编辑部取得联系，工作日两小时内响应。"},
	{"招揽", posFoot, true, "Follow us\nWeChat · 文稿驿站 ｜ Weibo · @文稿驿站官方 ｜ Email · wengaoyz@163.com"},
	{"招揽", posFoot, false, "老读者都知道规矩：文末敲“666”，明早统一发下一篇的提纲。"},

	// 售卖: order forms, unlocks, ghost-writing, bundles, shipping, agents.
	{"售卖", posHead, true, "2025版《乡镇工作总结范文精选》征订单\n单位：__________　收件人：________　电话：____________\n订数：____套 × 198元/套（上下两册，包邮）"},
	{"售卖", posHead, false, "【小程序】材料宝 · 本篇原稿及同类模板12套，一次解锁，永久可看"},
	{"售卖", posHead, true, "Go Premium: unlimited downloads, no ads — ¥19.9/month"},
	{"售卖", posIn, false, "述职报告、心得体会、调研报告均可私人定制，按字计费，加急另议，可签保密协议。"},
	{"售卖", posIn, true, "单篇 15 元 ｜ 十篇套装 99 元 ｜ 全年畅读 299 元"},
	{"售卖", posIn, false, "组织生活会材料全家桶：对照检查＋相互批评意见＋整改清单，一套拿走，改个名字就能用。"},
	{"售卖", posGap, true, "材料润色 ｜ 一对一精修 ｜ 48小时交稿 ｜ 不满意改到满意为止"},
	{"售卖", posGap, false, "顺丰包邮（港澳台及偏远地区除外），需要开票的请在下单时备注单位名称和税号。"},
	{"售卖", posGap, true, "诚招区县代理\n零库存 · 一件代发 · 拿货价6折\n详询客服小雅"},
	{"售卖", posFoot, true, "预售丨2025全年总结模板合集，12月20日统一交付，现在付款加赠述职PPT一套"},
	{"售卖", posFoot, false, "需要本篇原稿的，随意打赏后把截图发到后台，看到就发。"},
	{"售卖", posFoot, true, "《县域经济发展典型材料汇编》（2024年卷）已印制完成\n全书46万字，精装，定价168元\n发行部：0371-6553 2108（周一至周五）"},

	// 节选: cuts, continuations, folded text, teasers.
	{"节选", posHead, true, "以下为摘要版，完整稿（含数据表）见合集第17篇"},
	{"节选", posHead, false, "（本文为长文精简版，原稿约1.2万字）"},
	{"节选", posHead, true, "Preview only — the full text is available to subscribers."},
	{"节选", posIn, false, "……（下转第三版）"},
	{"节选", posIn, true, "— 未完 · 上滑继续阅读 —"},
	{"节选", posIn, false, "【此处有一张表格，手机端显示不全，请在电脑端打开查看】"},
	{"节选", posGap, true, "余下 2176 字，轻触继续"},
	{"节选", posGap, false, "剩下的三条经验，咱们留到下回再唠。"},
	{"节选", posGap, true, "· · ·\n后面的“问题剖析”和“整改措施”两部分\n放在合集里了，老地方见"},
	{"节选", posFoot, false, "节选完毕。想看原稿里那段“今后打算”是怎么收尾的，你懂的。"},
	{"节选", posFoot, true, "To be continued…"},
	{"节选", posFoot, false, "（内容较长，已折叠）\n展开剩余 72%"},

	// 声明: sources, credits, certification, platform and reuse notices.
	{"声明", posHead, true, "Source: Qinghe Daily ｜ Editor: Lin Xiao"},
	{"声明", posHead, false, "（本文系作者投稿，观点仅代表个人，与本平台无关）"},
	{"声明", posHead, true, "✔ 平台认证原创 · 已开启全网监测\n搬运、洗稿一经发现，必追究到底"},
	{"声明", posIn, false, "（文中数据截至发稿时，仅供写作参考，不作为任何工作依据。）"},
	{"声明", posIn, true, "All rights reserved. No part of this material may be reproduced without written permission."},
	{"声明", posIn, false, "本材料系网友投稿，涉及的单位和人名已作技术处理，真实性由投稿人负责。"},
	{"声明", posGap, true, "题图｜摄图网（已获授权）　文字｜网络综合"},
	{"声明", posGap, false, "本文为自媒体作者创作，不代表平台观点。\n如内容涉及侵权，请向平台举报，我们将依法处理。"},
	{"声明", posGap, false, "如有雷同，纯属巧合；如需引用，请注明出处。"},
	{"声明", posFoot, true, "Disclaimer: 本站资料由用户自行上传分享，仅供学习交流，不得用于商业用途。"},
	{"声明", posFoot, false, "——本文首发于“笔下春秋”，已同步至百家号、头条号，其他平台均为盗转。"},
	{"声明", posFoot, true, "资料整理：材料圈编辑部\n仅供内部学习交流使用，勿作他用"},

	// 导航: app residue, share texts, related titles, counters, credits.
	{"导航", posHead, false, "原创 周岚 笔下春秋\n2024年03月18日 08:30 河南\n听全文"},
	{"导航", posHead, false, "7.43 复制打开抖音，看看【机关笔记的作品】年终总结这样写，领导看了直点头 # 公文写作 https://v.douyin.com/iRk7pQ2/ Kjv:/ 02/14"},
	{"导航", posHead, true, "我在今日头条上看到一篇好文章，推荐给你：《乡镇干部年终述职报告范文（通用版）》 https://m.toutiao.com/is/iYq3Lm8d/"},
	{"导航", posIn, false, "打开网易新闻 查看精彩图片"},
	{"导航", posIn, true, "往期回顾\n关于进一步加强基层党组织建设的调研报告\n2024年上半年工作总结及下半年工作打算\n在全县年轻干部座谈会上的发言"},
	{"导航", posIn, false, "6 min read · 3,586 views"},
	{"导航", posGap, true, "举报/反馈"},
	{"导航", posGap, false, "〔责任编辑　何　川　　校对　孙　蕾〕"},
	{"导航", posGap, true, "精选留言\n山河无恙：收藏了，明天就用得上\n作者回复：用得上就好"},
	{"导航", posFoot, false, "返回搜狐，查看更多"},
	{"导航", posFoot, true, "Read more ›　Back to top ↑"},
	{"导航", posFoot, true, "阅读 3586\n赞 42　在看 17\n写留言"},

	// 口号: mottos, badges, bios, chit-chat, blessings, sign-offs.
	{"口号", posHead, true, "文稿工坊 ｜ 字斟句酌，只为一稿成章"},
	{"口号", posHead, false, "Write with purpose. Serve with heart."},
	{"口号", posHead, true, "★ 2023年度优质政务领域创作者 ★\n百家号 · 万粉作者"},
	{"口号", posIn, false, "（小编插一句：写到这儿，窗外下起了今年第一场雪，大家出门注意路滑～）"},
	{"口号", posIn, true, "—— 笔下有乾坤，案头见真章 ——"},
	{"口号", posIn, false, "作者简介：周岚，笔名“岚山”，县直机关从业十五年，参与起草各类文稿三百余篇，现专注公文写作分享。"},
	{"口号", posGap, true, "Since 2015 · 文秘之家 · Your Writing Partner"},
	{"口号", posGap, false, "我是阿禾，一个爱琢磨文字的基层小兵，咱们明天同一时间见。"},
	{"口号", posGap, true, "晨读十分钟，落笔有乾坤。"},
	{"口号", posFoot, true, "祝各位笔杆子：下笔如有神，稿稿一次过，年终评优都有你！"},
	{"口号", posFoot, false, "愿每一个深夜还在改稿的你，都被这个世界温柔以待。"},
	{"口号", posFoot, true, "本期编辑：小满\n一个在材料堆里寻找诗和远方的人\n我们下周一见 🌙"},
}

// promoTrainAKeep: 40 real texts of the genre (30 prose, 10 lines) that
// must stay; fictional places and people.
var promoTrainAKeep = []blindBlock{
	// Prose whose subject is what promotion talks about.
	{"prose", posIn, false, "县委宣传部“清风青禾”微信公众号开设“学习进行时”专栏，每周推送理论解读文章2篇，全年累计阅读量突破50万人次，被评为全省政务新媒体优秀账号。"},
	{"prose", posIn, false, "推行“扫码亮证”执法，执法人员入企检查须出示电子执法证，企业扫码即可核验执法人员身份并对执法行为进行评价。"},
	{"prose", posIn, true, "市律师协会现有会员单位86家、执业律师1420人，年内新吸收个人会员213名，组织会员单位开展公益法律服务活动160余场次。"},
	{"prose", posIn, false, "开展整治“有偿代写”专项行动，查处利用网络平台代写公文、论文牟利案件9起，对涉及的3名公职人员严肃追责问责。"},
	{"prose", posIn, false, "会同网信、公安等部门开展“剑网”专项行动，关停侵权盗版网站23个，删除侵权链接1.2万条，有力维护了著作权人合法权益。"},
	{"prose", posIn, false, "为全县42家重点企业开通“VIP服务通道”，实行一企一专员、一事一协调，全年帮助企业解决用地、融资等困难问题310个。"},
	{"prose", posIn, true, "工会会员普惠服务卡已覆盖全市职工32万人，会员凭卡可在680家定点商户享受购物、体检、观影等优惠。"},
	{"prose", posIn, false, "培育网店直播、社区团购等新业态，全县电商店铺发展到3200家，带动农产品网络零售额突破8亿元。"},
	{"prose", posIn, false, "协调辖区银行业金融机构为小微企业免收账户管理费、年费、工本费等各类费用1200余万元。"},
	{"prose", posIn, false, "严禁使用个人网盘、微信群、QQ邮箱存储和传输涉密文件资料，严防失泄密事件发生。"},
	{"prose", posIn, false, "“书记信箱”全年受理群众来信和网上留言1865件，按期办结率100%，群众满意率达到97.3%。"},
	{"prose", posIn, false, "全县党员“学习强国”学习平台激活率达98.6%，人均日学习积分保持在40分以上。"},
	{"prose", posIn, true, "在各村（社区）公开栏张贴“扫码监督”二维码，群众扫码即可查阅村级“三资”台账，对小微权力运行情况进行监督举报。"},
	{"prose", posGap, false, "限于篇幅，各专项工作的具体情况已印发给大家，这里不再一一展开，我只讲三点意见。"},
	{"prose", posIn, false, "我叫李青山，是柳溪镇柳树湾村党支部书记。2015年我从外地回村任职，当时村里集体收入是零，欠债40多万元。"},
	{"prose", posIn, false, "开通“青禾文旅”抖音号和视频号，策划推出“跟着县长游青禾”系列短视频，累计播放量超过2000万次。"},
	{"prose", posIn, false, "建立“村情通”微信群128个，村干部在群内第一时间发布政策信息、回应群众诉求，做到小事不出村、大事不出镇。"},
	{"prose", posIn, false, "通过政府购买服务方式引入社会组织参与社区治理，全年购买服务项目46个、资金1380万元。"},
	{"prose", posIn, true, "符合条件的退役军人和其他优抚对象，可持本人身份证到户籍所在地乡镇（街道）退役军人服务站领取优待证。"},
	{"prose", posIn, false, "全市实现GDP 1428亿元，同比增长6.1%；CPI涨幅控制在2.5%以内，PPP项目落地投资额达到96亿元。"},
	{"prose", posIn, false, "上线“i青禾”政务服务APP，156项高频事项实现“掌上办”“指尖办”，注册用户突破80万人。"},
	{"prose", posIn, false, "成功举办“Hello, Qinghe”国际青年交流周，吸引来自12个国家的200余名青年参加。"},
	{"prose", posIn, true, "即日起，居民可登录青禾市政务服务网（https://zwfw.qinghe.gov.cn）或拨打12345政务服务便民热线预约办理，工作人员将在1个工作日内回电确认。"},
	{"prose", posIn, false, "坚持原创导向，区融媒体中心全年采写原创稿件1200余篇，其中36篇获得省、市新闻奖。"},
	{"prose", posIn, false, "严格执行信息发布“三审三校”制度，凡转载稿件一律注明来源，坚决防止错误信息和不实言论传播。"},
	{"prose", posIn, false, "鼓励青年志愿者加入“青禾蓝马甲”服务队，目前全市注册志愿者已达1.8万人，累计服务时长超过60万小时。"},
	{"prose", posIn, false, "请各乡镇于3月15日前确定一名联络员，将名单报送县委办公室。联系人：王晓，电话：6521 3306。"},
	{"prose", posIn, false, "对新就业形态劳动者，我们要持续关注、主动服务，让快递小哥、外卖骑手在城市里干得安心、住得舒心。"},
	{"prose", posFoot, false, "新春佳节即将到来，借此机会，向全县广大干部群众致以节日的问候！祝大家新春愉快、阖家幸福、万事如意！"},
	{"prose", posFoot, true, "同志们，新的征程已经开启，新的使命催人奋进。让我们更加紧密地团结在以习近平同志为核心的党中央周围，撸起袖子加油干，为谱写青禾高质量发展新篇章而努力奋斗！"},

	// Short real standalone lines.
	{"line", posGap, true, "绿水青山就是金山银山"},
	{"line", posIn, true, "建设美丽青禾　共享幸福家园"},
	{"line", posFoot, true, "以上汇报，如有不妥之处，请批评指正。"},
	{"line", posFoot, true, "谢谢大家！"},
	{"line", posFoot, true, "最后，预祝本次大会圆满成功！"},
	{"line", posIn, true, "资料来源：青禾县统计局《2023年青禾县国民经济和社会发展统计公报》"},
	{"line", posIn, false, "责任单位：县发展改革委、县财政局、各乡镇人民政府"},
	{"line", posIn, false, "（数据截至2024年11月30日）"},
	{"line", posIn, false, "咨询电话：0371-6521 2345（工作日8:30—17:30）"},
	{"line", posFoot, true, "抄送：市委办公室，市人大常委会办公室，市政协办公室。"},
}
