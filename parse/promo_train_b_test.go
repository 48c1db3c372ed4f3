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
var promoTrainB = []blindBlock{
	// 招揽: addressing the reader — follow, reply, join, fill in, send.
	{"招揽", posHead, true, "语雀知识库「机关写作工坊」已开放订阅，点击右上角“关注知识库”，每周一更新一篇可直接套用的汇报模板"},
	{"招揽", posHead, true, "友情互推\n「县域治理观察」\n专注基层治理实务与调研写作 · 长按下方名片即可关注"},
	{"招揽", posHead, false, "宝贝还在的，拍之前先点“我想要”跟我聊两句，确认一下你要的是哪一年的版本"},
	{"招揽", posIn, false, "豆友们手头要是有更新的版本，欢迎豆邮我互换，一份换一份，绝不白嫖"},
	{"招揽", posIn, true, "张伟 邀请你协作编辑「2024年度工作总结（定稿）」\n点击链接加入文档：https://qhwork.feishu.cn/docx/Ab3dEf9KpQ?from=from_copylink"},
	{"招揽", posIn, false, "长期招募兼职写手：熟悉党政材料写作、有三年以上机关工作经历者优先，稿费千字150—300元，简历请投 tougao_bgs@126.com"},
	{"招揽", posGap, true, "想加入本期遴选笔试冲刺营的同学，扫码填写腾讯文档报名表（姓名/现岗位/目标单位），本周五24:00截止"},
	{"招揽", posGap, false, "全部配套资料的获取方式都在UP主主页的置顶动态里，记得先点关注再去看，不然看不到哦"},
	{"招揽", posGap, true, "读完麻烦花30秒填个小问卷，告诉我们下一期最想看哪类材料，我们会从填写的朋友中抽10位送出纸质版《公文写作规范》"},
	{"招揽", posFoot, true, "如需本材料的可编辑版本，请直接回复本邮件，并在正文中注明：\n1. 单位全称；\n2. 联系人及手机号码。\n我们将在两个工作日内发送至您的邮箱。"},
	{"招揽", posFoot, false, "【笔灵写作】您有1次免费生成机会将于今晚24:00过期，立即打开App使用 >"},
	{"招揽", posFoot, true, "楼主求助：哪位大佬有县级河长制述职报告的范本？跪求发一份到 xiaoli2023@163.com，必有重谢！！"},

	// 售卖: orders, prices, membership, courses, veiled ghost-writing, books.
	{"售卖", posHead, true, "订单号：3698 2210 4456 7781\n商品：【可编辑】乡村振兴工作汇报合集 ×1\n实付款：¥16.90（已用店铺优惠券 -3.00）"},
	{"售卖", posHead, false, "360文库 · 本文档由用户上传，开通文库VIP（首月仅需¥9.9）即可免券下载、无广告阅读全站文档"},
	{"售卖", posHead, true, "遴选申论精品课（32课时）原价¥1280，本周结算时输入优惠码 SZLX88，到手价¥699，支持开具发票"},
	{"售卖", posIn, false, "本工作室常年承接各类文字材料“量身定制”，述职、汇报、心得、讲稿均可，一稿一议，全程保密，不满意免费修改至满意为止。"},
	{"售卖", posIn, false, "稿子写好了却总觉得不够“高大上”？资深笔杆子一对一润色，千字60元起，加急当天交稿。"},
	{"售卖", posIn, true, "全套资料（共3.2G）已打包至夸克网盘「公文素材库2024」，开通SVIP可不限速下载，链接在评论区置顶"},
	{"售卖", posGap, true, "《机关公文写作实务（第三版）》已由华文出版社出版，定价58.00元，全国新华书店均有销售，单位团购20册以上享七五折。\n邮购汇款：户名 北京华文书香文化传播有限公司　开户行 工商银行朝阳支行"},
	{"售卖", posGap, false, "Word排版 / 公文格式调整（GB/T 9704标准）/ 目录页码自动生成，5元一页，30页以上打包价，微信同号"},
	{"售卖", posGap, true, "本文档售价：3.00 豆元\n您的账户余额不足，请先充值（1元=1豆元，充100送20）"},
	{"售卖", posFoot, true, "拼多多搜索「公文素材优选」· 全店资料2.99元起 · 已拼10万+件"},
	{"售卖", posFoot, false, "字数包用完了？公文智写Pro年费会员限时¥199（原价¥399），讲话稿、述职报告、心得体会不限次数生成。"},
	{"售卖", posFoot, true, "纸质版装订本（A4胶装，含目录）包邮到家：\n单本¥35，5本起¥28/本\n付款后48小时内顺丰发出"},

	// 节选: permission walls, samples, cuts, paid and points walls, teasers.
	{"节选", posHead, true, "你当前只有“可阅读”权限，文档部分内容已被所有者隐藏，申请编辑权限后可查看完整内容"},
	{"节选", posHead, true, "样章 · 仅供试读\n完整内容请参阅正式出版物"},
	{"节选", posHead, false, "本篇选自付费合集《年度公文范文300篇》第47篇，免费部分到第二部分为止。"},
	{"节选", posIn, false, "（中间约2300字略，完整版见合集）"},
	{"节选", posIn, true, "专栏文章剩余部分仅对充电用户可见，为UP主充电后即可阅读全文"},
	{"节选", posIn, false, "以下内容需要积分高于 200 才可浏览，您当前积分为 37"},
	{"节选", posGap, true, "全文阅读已结束，下载本文需要使用 5 积分"},
	{"节选", posGap, false, "下一篇我们拆解“三段式”调研报告的写法，附5篇拿来就能改的范本，周三见。"},
	{"节选", posGap, true, "试读结束\n本作品为豆瓣阅读付费作品，定价 ¥3.99，购买后即可阅读剩余 6 章"},
	{"节选", posFoot, true, "（篇幅所限，本文仅节选第一、第二部分，第三部分“下一步工作打算”请前往知识店铺查看）"},
	{"节选", posFoot, false, "…………（未完，全文共8600字，解锁后可复制）"},
	{"节选", posFoot, true, "分享链接已过期，剩余内容无法加载。请联系分享者重新生成链接"},

	// 声明: publishers' notices, uploader and platform disclaimers, repost
	// notes, an e-mail footer, a licence note.
	{"声明", posHead, true, "版权所有　侵权必究\n未经本社书面许可，不得以任何方式复制或抄袭本书之部分或全部内容。\n本书如有印装质量问题，请与本社发行部联系调换。"},
	{"声明", posHead, false, "本文为“公文写作研习社”用户投稿，观点仅代表作者本人，不代表平台立场。"},
	{"声明", posHead, true, "本文档由用户“ljx******88”于2023-11-04上传，文档内容的真实性、合法性由上传者负责。如涉及侵权，请点击右上角“举报”。"},
	{"声明", posIn, false, "（此段引自网络公开资料，如有出入以官方发布为准）"},
	{"声明", posIn, true, "作者：一支笔的修行\n链接：https://www.jianshu.com/p/3f8a2c71d0b9\n来源：简书"},
	{"声明", posIn, false, "© 本文版权归作者 青禾 所有，任何形式转载请联系作者。"},
	{"声明", posGap, true, "本文转载自“清河发布”微信公众号，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。"},
	{"声明", posGap, false, "※ 本资料仅供内部学习交流使用，请勿外传，请勿上传至任何文库平台。"},
	{"声明", posGap, true, "此邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。禁止任何其他人以任何形式使用本邮件中的信息。如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件！"},
	{"声明", posFoot, true, "（本文已收录于《基层治理优秀案例汇编（2024）》，著作权归编委会所有，引用请注明出处）"},
	{"声明", posFoot, false, "本文所用方正小标宋字体仅限个人学习使用，如需商用请购买正版字体授权。"},
	{"声明", posFoot, true, "本文数据均来自公开报道，作者已尽力核实，但不对其准确性和完整性作任何保证。"},

	// 导航: counters, pagers, jump lists, carousel hints, related lists,
	// blog headers, forum floors, credits, a reward footer.
	{"导航", posHead, false, "返回目录 ｜ 第 2 篇 / 共 15 篇"},
	{"导航", posHead, true, "创建者：王思远　最近修改：昨天 18:02\n目录 ▾"},
	{"导航", posHead, true, "置顶　已于 2024-04-09 10:21:37 修改　阅读量2.3k　收藏 41　点赞数 17\n分类专栏：公文写作　文章标签：总结 述职"},
	{"导航", posIn, false, "▲ 左右滑动查看更多"},
	{"导航", posIn, true, "第 2 页　共 5 页\n首页　上一页　1　2　3　4　5　下一页　尾页"},
	{"导航", posIn, false, "（本文共分三部分，可点击下方目录直接跳转：一、主要做法 ▸ 二、存在问题 ▸ 三、下步打算 ▸）"},
	{"导航", posGap, true, "—— 本专题其他文章 ——\n· 2024年党建工作要点（附全文）\n· 关于加强基层减负工作的通知（解读）\n· 乡镇干部述职述廉报告范文5篇"},
	{"导航", posGap, false, "回应 12　推荐 31　喜欢 88　只看楼主"},
	{"导航", posGap, true, "2楼　回复于 2023-8-14 15:22\n楼主好人，一生平安！\n3楼　回复于 2023-8-14 16:05\n马克一下，回头细看"},
	{"导航", posFoot, true, "来源 | 清河发布　编辑 | 韩晓雯　审核 | 杜峰　终审 | 周建国"},
	{"导航", posFoot, false, "« 上一章：第三章 调查研究　｜ 返回书目 ｜　下一章：第五章 公文处理 »"},
	{"导航", posFoot, true, "“小礼物走一走，来简书关注我”\n赞赏支持\n还没有人赞赏，支持一下"},

	// 口号: banners, taglines, mottos, signatures, sign-offs.
	{"口号", posHead, true, "公考帮 · 遴选有道\n—— 十年专注省直遴选 · 助你一步进省城 ——"},
	{"口号", posHead, false, "让每个人平等地提升自我"},
	{"口号", posHead, true, "鸿图快印 · 您身边的文印专家"},
	{"口号", posIn, false, "WriteWise 公文智写 · Write smarter, not harder."},
	{"口号", posIn, true, "王磊 | 综合文稿部\n星火文化传播有限公司\n手机：138 0000 5521\n“用心写好每一个字”"},
	{"口号", posIn, false, "材料写得好，领导少不了；模板用得巧，下班准时跑。"},
	{"口号", posGap, true, "诚信经营 · 假一赔十 · 皇冠老店 · 只做精品材料"},
	{"口号", posGap, false, "-----\n本人签名：写材料是门手艺，手艺人不糊弄。"},
	{"口号", posGap, true, "权威 · 及时 · 贴近 —— 清河县融媒体中心出品"},
	{"口号", posFoot, true, "清河发布，与您同行！"},
	{"口号", posFoot, false, "我是老周，一个写了十五年材料的老笔杆子，咱们下期见！"},
	{"口号", posFoot, true, "公文智写——您的24小时文字秘书\n© 2024 智写科技"},
}

// promoTrainBKeepBlocks: real text of the genre whose subject is what
// promotion talks about (平台, 下载, 会员, 课程, 培训, 价格, 版权, 转载, 二维码,
// 公众号, 热线, 网址, 购买服务, 代写, 网盘, 优惠, 年费, 预览), a call for
// comments and a call for entries that address the reader, two closing
// calls, and ten short real lines (资料来源, 刊发于, 此件公开发布, 抄送,
// 根据录音整理, 附件, contact and reporting lines, 责任单位). All must stay.
var promoTrainBKeepBlocks = []blindBlock{
	{"prose", posIn, false, "依托“清河政务通”平台，群众办理社保、医保、公积金等87项高频事项实现“掌上办、指尖办”，平台实名注册用户突破32万人。"},
	{"prose", posIn, false, "通过政府购买服务方式，委托第三方专业机构对全县42家养老机构开展服务质量评估，全年投入资金186万元。"},
	{"prose", posIn, false, "举办村（社区）“两委”干部能力提升培训班6期，邀请省委党校专家授课，开设乡村治理、集体经济等课程18门，培训1200余人次。"},
	{"prose", posIn, false, "加强重要民生商品价格监测，对粮油、猪肉、蔬菜等32个品种实行每周监测、每旬发布，全年未发生价格异常波动。"},
	{"prose", posIn, true, "扎实推进软件正版化工作，全县党政机关采购正版办公软件授权1860套，正版化检查实现全覆盖。"},
	{"prose", posIn, false, "我县“村民说事”经验做法被《人民日报》刊发，新华网、人民网等20余家媒体相继转载，并在全省乡村治理工作会议上作典型发言。"},
	{"prose", posIn, false, "在全县237个村（社区）公示栏张贴“村务监督二维码”，群众扫码即可查阅村级财务收支明细，实现村务公开“码上看、码上督”。"},
	{"prose", posIn, false, "“清河组工”微信公众号开设“身边的榜样”专栏，全年推送先进典型事迹86期，累计阅读量超过50万人次。"},
	{"prose", posIn, false, "优化12345政务服务便民热线运行机制，全年受理群众诉求4.6万件，按时办结率99.2%，群众满意率提升至96.8%。"},
	{"prose", posIn, false, "所有政府投资项目的招标公告均在清河县公共资源交易网（www.qhggzy.gov.cn）同步发布，主动接受社会监督。"},
	{"prose", posIn, true, "县个体劳动者协会新吸收会员312户，为会员免费提供法律咨询、融资对接等服务，会员满意度达到98%。"},
	{"prose", posIn, false, "持续推广“国家反诈中心”APP，全县下载注册量达到18.6万人，注册率居全市第一，电信网络诈骗发案数同比下降31%。"},
	{"prose", posIn, false, "建成“清河干部网络学院”，上线党史学习教育、乡村振兴等专题课程420门，全县干部年人均在线学习52学时。"},
	{"prose", posIn, false, "组织开展“书记县长为家乡代言”直播带货活动，推介黄桃、小米等特色农产品，单场直播销售额突破300万元。"},
	{"prose", posIn, false, "新培育网店、微店等电商经营主体1300余家，建成村级电商服务站186个，农村电商交易额同比增长27.5%。"},
	{"prose", posIn, false, "严肃查处个别干部利用职务便利为他人有偿代写材料、收受“润笔费”问题，给予党内严重警告处分2人、诫勉谈话5人。"},
	{"prose", posIn, false, "联合网信、公安等部门开展打击网络侵权盗版专项行动，关闭侵权盗版网站11个，删除侵权链接3200余条。"},
	{"prose", posIn, false, "加强对网络知识付费平台的监管，督促平台规范“试看”“预览”等收费提示，依法查处诱导消费、默认自动续费等问题。"},
	{"prose", posIn, false, "针对少数干部从网络文库下载、拼凑材料的问题，县委办公室专门印发通知，要求各单位严格落实文稿起草、审核、把关责任。"},
	{"prose", posIn, false, "落实小微企业税费优惠政策，全年为市场主体减税降费1.8亿元，惠及企业和个体工商户2.3万户。"},
	{"prose", posIn, false, "清理规范行业协会商会收费，对违规收取会费、年费和强制入会等问题限期整改，退还企业费用46万元。"},
	{"prose", posIn, false, "推出全域旅游“一卡通”，游客购买年卡后可在一年内不限次数游览全县12个A级景区，首年售出年卡2.1万张。"},
	{"prose", posIn, false, "全年新增发明专利授权86件，登记作品著作权412件，办理知识产权质押融资2.1亿元。"},
	{"prose", posIn, false, "严格落实保密管理规定，统一配发保密U盘，严禁使用互联网网盘、即时通讯工具存储和传输涉密文件。"},
	{"prose", posIn, false, "在“清河发布”政务新媒体开设“我为政府工作报告提建议”专栏，群众点击链接即可在线留言，共收集意见建议2100余条。"},
	{"prose", posIn, true, "编印《清河县优秀调研报告选编》，精选近三年优秀调研成果45篇，免费发放至各乡镇、各部门学习参考。"},
	{"prose", posIn, false, "参赛作品须为原创，著作权归作者所有，主办单位享有在相关媒体和出版物中无偿使用的权利；如发现抄袭，取消参赛资格。"},
	{"prose", posIn, false, "欢迎社会各界对我县优化营商环境工作提出意见建议，来信请寄清河县发展和改革局（邮编065300），或发送电子邮件至qhfgj@163.com。"},
	{"prose", posFoot, false, "同志们，新征程上，任务艰巨、使命光荣。让我们更加紧密地团结在以习近平同志为核心的党中央周围，扎实苦干、奋勇争先，为奋力谱写清河高质量发展新篇章而努力奋斗！"},
	{"prose", posFoot, true, "各位代表！新的一年，机遇与挑战并存，希望与困难同在。让我们在县委的坚强领导下，凝心聚力、真抓实干，以新担当新作为开创清河发展新局面！"},
	{"line", posIn, true, "资料来源：清河县统计局《2023年清河县国民经济和社会发展统计公报》"},
	{"line", posFoot, true, "（本文刊发于《清河工作》2024年第3期）"},
	{"line", posFoot, true, "（此件公开发布）"},
	{"line", posFoot, true, "抄送：县委办公室，县人大常委会办公室，县政协办公室。"},
	{"line", posHead, true, "（根据录音整理，有删节）"},
	{"line", posFoot, true, "附件：清河县政府购买服务指导性目录（2024年版）"},
	{"line", posFoot, true, "附件2：清河县二维码门牌信息采集表"},
	{"line", posFoot, true, "联系人：李明　联系电话：0317-5512345"},
	{"line", posFoot, true, "监督举报电话：0317-12388"},
	{"line", posIn, true, "（责任单位：县市场监管局、县文广旅局，各乡镇人民政府）"},
}

// promoTrainBKeep is the texts of promoTrainBKeepBlocks, in order, for code
// that wants the kept paragraphs as plain strings.
var promoTrainBKeep = func() []string {
	s := make([]string, len(promoTrainBKeepBlocks))
	for i, b := range promoTrainBKeepBlocks {
		s[i] = b.text
	}
	return s
}()
