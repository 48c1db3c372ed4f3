package parse

import (
	"strings"
	"unicode/utf8"

	"wenji/model"
)

// Promotion in other sites' styles than the 素材库 pitches isPromo knows is
// told by what a short line does, never by a phrase: a line is scored on
// general signals (it addresses the reader, treats the text as goods, gives
// a handle, names a price, says the text is cut, disclaims, credits its
// producer, navigates, decorates, has the site speak of itself) weighed
// together, less the weight of the genre's own prose, and is promotion when
// the score reaches the threshold of where it stands (noticeNeed). The
// weights and thresholds are in this file, in noticeFeatures (the words of
// each signal), noticeWeights, the combinations and noticeNeed; the shape
// detectors (promo_shape.go) only say which signals a line's shape
// carries. A single word is worth at most 2, a standalone line's position
// 1, and every threshold is 4 or more, so a single signal never decides
// (TestSingleWordDecidesNothing). Besides the words, a line is weighed by
// how unlike the genre's prose its wording is (fOdd: most of its character
// bigrams are none the genre's documents write, promo_genre.go), a model
// of the genre alone that no promotion example went into; a short line of
// no signal word at all standing alone is weighed when its wording is
// wholly unlike the genre's (a slogan). The long pitches of 素材库 sites
// are weighed by isPromo (junk.go), as before.

// feature is one signal a line can carry.
type feature uint8

const (
	fReader   feature = iota // addresses the reader: 您, 你, 亲, 家人们, 朋友们, 小伙伴
	fAct                     // an imperative of getting in touch or acting: 关注, 回复, 私信, 扫码, 点击, 转发
	fGoods                   // the text as a thing: 材料, 文档, 范文, 全文, 完整版, Word
	fTrade                   // trading in it: 下载, 领取, 会员, 付费, 解锁, 发货, 优惠
	fHandle                  // a channel to reach the site: QQ, 微信, 公众号, 群, 网盘, 邮箱, URL, #tag, @name
	fNumber                  // a contact number (digits not followed by a unit)
	fMoney                   // prices and platform money: 9.9元, ¥, 下载券, 积分, 月销, 原价
	fCut                     // the text is cut or withheld: 剩余, 未读, 试读, 隐藏, 节选, 第 1 页 / 共 9 页
	fSource                  // source and copyright: 版权, 著作权, 转载, 来源于, 仅供参考, ©
	fStamp                   // software and generators as producers: 扫描, 生成, 转换, Evaluation Warning
	fCredit                  // a page's credits and metadata: 编辑：, 排版, 审核, 发布于, IP 属地, 已编辑
	fNav                     // navigation furniture: 上一篇, 返回, 首页, 往期, 阅读原文, 相关推荐, END
	fScroll                  // the page moving the reader on: down it (往下翻), to a series' next post (下篇, 本系列)
	fSelf                    // the site speaking of itself: 本号, 小编, 本店, 本帖, 广告
	fPromise                 // a slogan's promises: 专注, 值得信赖, 轻松, 不再, 一路同行
	fChatty                  // the chat register: ！, ～, 哦, 啦, 吧, 呀
	fDecor                   // decoration: arrows, stars, hearts, ───, >>>, a line framed by marks
	fShape                   // a short line's shape: label：value of a signal, 由…生成, Name · tagline, all Latin
	fVoice                   // a person speaking as I (我会, 找我), where the genre says 我们 or 我市
	fOdd                     // wording unlike the genre's: most bigrams none of its documents writes (genreWeight)
	fLearn                   // the learned model's odds of promotion (learnWeight, promo_learn.go)
	fProse                   // the genre's own prose: 坚持, 推进, 加强, 全面, 深化, 群众, 依法 (weighs against)
	fOfficial                // an official sender or address: 人民政府, 办公室, 各单位, 抄送, gov.cn (weighs against)
	// The words of the registers (promo_disown.go), counted in the same
	// pass and weighed only two kinds together, never alone:
	fContent // the text named as content: 本文, 文中, 该回答, 视频中
	fLimit   // its standing limited: 真实性, 仅供, 为准, 照搬
	fInstr   // the text named as an instrument, no content: 本文件
	fPortion // a portion of the text: 后面还有, 剩下的, 下一篇
	fDefer   // the rest deferred: 明天, 下回, 陆续, 见合集
	nFeatures
)

// noticeWeights is what a feature adds to a line's score: one for the
// first distinct word (or mark) of it, more for two or more. Contacts,
// prices, truncation, source and navigation weigh 2: they are the site's
// business and rare in the genre's prose; the everyday words (an
// imperative, 材料, 下载) weigh 1. The genre's prose weighs against, a
// word at a time (up to 3), and so does its cadence (noticeScore).
var noticeWeights = [nFeatures]struct{ one, more int }{
	fReader: {2, 2}, fAct: {1, 2}, fGoods: {1, 1}, fTrade: {1, 2}, fHandle: {2, 3}, fNumber: {2, 2},
	fMoney: {2, 3}, fCut: {2, 3}, fSource: {2, 4}, fStamp: {2, 3}, fCredit: {1, 3}, fNav: {2, 3}, fScroll: {2, 2},
	fSelf: {2, 3}, fPromise: {1, 2}, fChatty: {1, 2}, fDecor: {1, 2}, fShape: {1, 2},
	fVoice: {1, 2}, fOdd: {1, 2},
}

// Combinations weigh more than their parts: the text as goods being
// traded or withheld is what a 素材 site is about; an imperative toward a
// handle (关注公众号, 加群) or to the reader (您…领取) is a solicitation.
const (
	comboGoodsTrade = 2 // fGoods with fTrade or fCut
	comboActHandle  = 1 // fAct with fHandle or fNumber
	comboReaderAct  = 1 // fReader with fAct
	comboCutScroll  = 1 // fCut with fScroll: the rest of the text is elsewhere (后半部分往下翻)
	comboDisown     = 2 // the text named as content and its standing limited (disowns)
	comboWish       = 2 // fReader in a wish or a dedication to the reader as one person (wishesReader)
)

// place is where a short line stands, which sets how much it must weigh.
type place uint8

const (
	placeGlued   place = iota // glued between two lines of text, inside prose
	placeAside                // glued to a sentence of the prose, ending no clause itself: no sentence of it
	placeAlone                // between blank lines, or closing a section
	placeOutside              // alone, and before the first line of prose or after the last
)

// noticeNeed is the score a line must reach where it stands. A notice
// between blank lines needs two strong signals (or one and two everyday
// ones); a line glued inside prose, where a real sentence that mentions
// 公众号 and 扫码 stands, needs a third; a standalone line before the first
// line of prose or after the last, where the genre has only its titles,
// dates and signatures (none of which carries a signal), one less than
// alone plus its position's own weight (see scoreNotice). A glued line
// that ends no clause next to a sentence of the prose (placeAside) needs
// what a standalone one does: the third signal asked of a glued line is
// for a real sentence that mentions 公众号 and 扫码, and the genre's lines
// that end no clause among its sentences are its headings, which carry
// its words, not a site's. Between lines that end no sentence either (a
// table's rows, a list) a line stays placeGlued.
var noticeNeed = [...]int{placeGlued: 5, placeAside: 4, placeAlone: 4, placeOutside: 4}

// needFragment is what a short neighbour of promotion must weigh to join
// it: one strong signal with an everyday one, or three everyday ones (a
// contact line split off from its pitch); 2 took in a real note beside a
// site's advertising (（本文刊发于《XX日报》…）: 本文 and its brackets).
const needFragment = 3

// noticeFeatures lists each feature's words. A word belongs to one
// feature; the words are looked for in one pass over a line
// (noticeHits), so their number costs next to nothing per line.
var noticeFeatures = []featureWords{
	// Not 各位 nor 大家: a speech says 各位代表！ and 希望大家….
	{fReader, []string{"您", "你", "亲们", "亲，", "亲爱的", "家人们", "宝子", "宝宝们", "朋友们，", "朋友，", "小伙伴",
		// a column's readers as 诸君 or a platform's users (豆友): a speech says 同志们
		"粉丝", "老铁", "姐妹", "同学们，", "诸君", "豆友"}},
	{fAct, []string{"关注", "回复", "留言", "私信", "私发", "私聊", "扫码", "扫描", "扫一扫", "长按", "识别", "添加", "加入", "进群", "入群",
		"点击", "点开", "点此", "点这里", "戳", "访问", "喜欢", "支持一下", "转发", "分享", "点赞", "收藏", "评论", "搜索", "订阅", "发送", "记得", "别忘",
		"赶紧", "快来", "欢迎", "移步", "自取", "拿走", "查看", "阅读", "打开", "扣", "互粉", "如需", "有需要", "可加", "请加", "加我",
		"推送", "码住", "三连", "投币", "安利", "种草", "催更", "追更",
		// a search for the site's name on a platform (搜「某某」, 微信搜一搜)
		"搜「", "搜“", "搜\"", "搜一搜", "搜：",
		// an invitation to the reader to take part (诚邀…参与一次访谈), as
		// 欢迎 is
		"诚邀"}},
	{fGoods, []string{"材料", "文档", "资料", "范文", "文章", "全文", "完整版", "原稿", "原文", "电子版", "模板", "合集", "素材",
		"干货", "本篇", "本文", "本书", "稿子",
		// the trade's subject: a site is about writing documents, the
		// genre about what they govern
		"公文", "写作", "文稿", "笔杆子", "电子书", "好书", "Word", "word", "WORD", "PPT", "PDF", "pdf", "docx", "可编辑", "真题", "讲义"}},
	{fTrade, []string{"下载", "获取", "领取", "打包", "会员", "VIP", "vip", "付费", "解锁", "商品", "在售", "售出", "出售", "发货",
		"包邮", "免费", "优惠", "特惠", "限时", "折扣", "开通", "充值", "年费", "包年", "拍下", "勿拍", "退换", "调换", "不退", "秒发",
		"名额", "店铺", "代写", "代笔", "代拟", "接单", "定制", "精品", "付款", "购买", "下单", "返现", "打赏", "领券",
		"立减", "满减", "秒杀", "特价", "仅售", "券后", "免单", "试听", "体验课", "兼职", "日结", "有意", "勿扰", "交稿", "团购", "拼团", "成团", "加收", "抽奖", "润色", "降重",
		// a tip to the writer, as 打赏 is (赞赏支持), and paid
		// participation offered (【有偿调研】): the genre writes 有偿 of
		// what it forbids and punishes, in words of its prose
		"赞赏", "有偿",
		// a publisher's or a shop's taking orders (订购热线, 集中订购享八五折):
		// the genre subscribes (征订) and procures (采购); and a seller's
		// own line (销售热线：400-…), where the genre reports 销售 as a
		// trade it governs, never gives its number; and a publisher's
		// order desk (发行部：0371-…, 邮购汇款：…), a book's sale on the
		// back page of a printed compilation
		"订购", "销售热线", "销售电话", "发行部", "邮购"}},
	{fHandle, []string{"QQ", "qq", "微信", "公众号", "视频号", "V信", "vx", "VX", "加V", "加v", "微博", "群：", "群:", "群号",
		"交流群", "社群", "后台", "主页", "头像", "网盘", "云盘", "链接", "提取码", "邮箱", "邮件", "http", "www", ".com", ".cn",
		".net", "关键词", "暗号", "短信", "客服", "ID：",
		// Platforms and the places on a page where the reader is sent
		// to act: a channel as much as a number is.
		"钉钉", "知识星球", "抖音", "快手", "小红书", "知乎", "B站", "头条号", "百家号", "豆瓣", "拼多多", "闲鱼",
		"微店", "淘宝店", "天猫店", "有赞",
		"小程序", "直播间", "群聊", "群里", "评论区", "留言区", "文末", "验证码",
		// the page's corners, where its buttons are (点击右上角举报, 戳左下角):
		// 13 lines of the sets' promotion, none of their real text
		"右上角", "右下角", "左上角", "左下角",
		"订阅号", "蓝字", "小黄车", "购物车", "橱窗",
		// the other content platforms' accounts, podcasts and shared
		// documents a site sends its reader to, as it does 知乎 and 抖音
		"网易号", "搜狐号", "企鹅号", "大鱼号", "一点号", "喜马拉雅", "蜻蜓FM", "荔枝FM", "小宇宙", "语雀", "飞书",
		// and the app stores it sends the reader to for its app (应用商店搜“…”)
		"石墨文档", "腾讯文档", "金山文档", "GitHub", "Github", "Gitee", "CSDN", "简书", "应用商店", "应用市场"}},
	{fMoney, []string{"¥", "￥", "下载券", "积分", "年卡", "月卡", "月销", "好评", "原价", "价格", "仅需", "只要", "一份", "评分", "人评价",
		"售价", "已售", "金币", "包月",
		// a used good's grade (品相：九品), a book's price (定价168元), a
		// shop's after its discounts (到手价39.9元; not 现价: 实现价值)
		"品相", "定价", "到手价", "券后价", "折后价"}},
	{fCut, []string{"后半部分", "下半部分", "后半篇", "下半篇", "后半段", "剩余", "未读", "未完", "待续", "节选", "试读", "隐藏", "仅展示", "仅显示", "预览", "篇幅", "一半", "翻页",
		"接着更", "更新", "放出", "登录", "展开", "余下", "全本", "付费内容", "折叠", "收起", "仅限", "仅可", "仅能", "省略", "继续阅读", "限免",
		// paying to read is the text withheld: a paywall's own words
		"付费阅读", "付费查看", "付费后", "需付费",
		// the rest promised for later or elsewhere: a serial's 续更, a
		// paper's jump line (下转第四版)
		"续更", "下转",
		// an abridged version, the whole elsewhere (本文为精简版)
		"精简版",
		// the text withheld by the platform
		"无法查看",
		// the same in a site's English: a preview's, a paywall's, a
		// serial's (Content truncated — sign in to continue reading)
		"truncated", "Preview only", "preview only", "Sign in", "sign in", "subscribers", "full text",
		"Continue reading", "continue reading", "To be continued", "to be continued"}},
	{fSource, []string{"版权", "著作权", "侵权", "转载", "授权", "出处", "转自", "来源于", "原作者", "原标题", "仅供参考", "仅供学习",
		"仅供交流", "不代表", "删除", "上传", "免责", "声明", "所有权", "Copyright", "copyright", "©", "Rights", "文责自负", "作者所有", "原创", "源于网络", "自网络", "来源网络", "互联网", "盗版", "独家", "必究", "仅代表", "rights", "reserved", "Reserved", "reproduction", "prohibited",
		"licensed under",
		// a sample's disclaimer of likeness (如有雷同，纯属巧合): a site's
		// model text disowning its names; the genre criticises 内容雷同 but
		// never writes these
		"如有雷同", "纯属巧合",
		// and of its names and plot (本故事纯属虚构, 书中人物均为虚构): not
		// 虚构 alone, which a review says of a novel's plot; a police
		// notice's 网传内容纯属虚构 weighs as one word against its prose
		"纯属虚构", "均为虚构", "均系虚构",
		// a site's disclaimers of liability and privacy
		"不承担", "不负责", "隐私", "源自",
		// a publication's own number, printed where its rights are
		"ISBN",
		// what copiers do to a text
		"洗稿"}},
	{fStamp, []string{"发自", "客户端", "iPhone", "Android", "生成", "转换", "水印", "AI", "Evaluation", "Warning", "created", "generated", "converted",
		"Powered", "trial", "试用版", "未注册",
		// an app's stamp of where it kept or sent the text, as 发自 is
		// (保存自「稍后读」, 分享自某某App, 同步自印象笔记)
		"保存自", "分享自", "同步自", "导出自", "剪藏自", "转存自", "发送自"}},
	{fCredit, []string{"编辑：", "编辑 |", "编辑|", "作者|", "文 |", "图 |", "来源 |", "排版", "审核", "校对", "责编", "作者：", "作者 ", "，作者", "来源：", "图片来源", "撰稿", "供稿", "发布于",
		"已编辑", "属地", "阅读量", "浏览量",
		// a site signing the file it passes on (www.….com整理制作，并提供下载)
		// and a studio's production credit (“某某社”出品)
		"整理制作", "提供下载", "出品",
		// a page's credits in English (Source: Qinghe Daily ｜ Editor: …)
		"Source:", "Editor:", "Author:"}},
	{fNav, []string{"上一篇", "下一篇", "上一页", "下一页", "上一章", "下一章", "上一集", "下一集", "返回", "首页", "打印", "关闭", "阅读原文", "相关推荐", "推荐阅读", "往期", "顶部",

		"置顶", "星标", "更多", "当前位置", "END", "End", "完）", "本篇完", "感谢阅读", "谢谢阅读", "感谢关注", "下期", "上一期", "前情提要", "本页", "在看", "加载", "敬请期待", "推荐：", "相关文档", "最佳答案", "提问者", "网友采纳",
		// a page's navigation in English (Read more ›, Back to top ↑, 6 min
		// read · 3,586 views); " views" after a space, not reviews
		"Read more", "read more", "Back to top", "back to top", "min read", " views",
		// a page's widget with nothing in it yet (还没有人赞赏, 暂无评论)
		"还没有人", "暂无评论",
		// a page's comment section by its labels (精选留言, 作者回复：)
		"精选留言", "精选评论", "热门评论", "作者回复",
		// a column's chatty close before its next topic (今天就先聊到这里):
		// a speech or a 党课 is 讲 to its end
		"聊到这里"}},
	{fScroll, []string{"下翻", "上翻", "往下滑", "往上滑", "往下拉", "往下看", "左滑", "右滑", "拉到底", "翻到底", "滑到底",
		"下回", "续篇", "本系列", "连载", "次条", "第二条推送",
		// a short video's feed: the viewer swiping on or away (别划走,
		// 向上滑动看下一个)
		"划走", "滑走", "向上滑", "向下滑", "继续滑"}},
	{fSelf, []string{"本号", "本站", "本网站", "全站", "本平台", "小编", "本帖", "本店", "本段", "号主", "博主", "楼主", "UP主", "站长", "版主", "签名档", "文库",
		"广告", "赞助",
		// a mail or a message speaking of itself, as its footer does
		// (本邮件由系统自动发送，请勿直接回复): the genre's text never does
		"本邮件", "此邮件", "这封邮件", "本短信",
		// a shop's or a site's seals vouching for itself (正品保障 | 假一赔十,
		// 可信网站 · 安全联盟实名验证): an office's page carries none
		"正品保障", "假一赔", "可信网站", "诚信网站", "安全联盟", "实名验证", "工商网监"}},
	{fPromise, []string{"用心", "专注", "只做", "专治", "值得信赖", "就找", "轻松", "不再", "搞定", "无忧", "省心", "一键", "上岸", "陪伴",
		"再见", "品质", "好评如潮", "每天", "每日", "海量", "包过", "保过", "神器", "建议收藏", "零基础", "速成", "逆袭", "提分"}},
	{fChatty, []string{"！", "!", "～", "~", "哦", "啦", "呀", "哈", "噢", "哟", "呦", "嘛", "吧", "呢", "哒", "滴", "嗯"}},
	{fProse, []string{"坚持", "推进", "加强", "全面", "深化", "推动", "开展", "落实", "贯彻", "部署", "群众", "干部", "党员",
		"同志", "依法", "查处", "打击", "严厉", "严肃", "严禁", "治理", "建设", "发展", "实施", "进一步", "不断", "切实", "着力",
		"积极", "持续", "深入", "机制", "体系", "全市", "全省", "全区", "全县", "全国", "人次", "万件", "累计", "举报", "防止",
		"诈骗", "请勿", "关于", "通知", "意见", "方案", "办法", "决定", "公示", "公告", "报告", "讲话", "名单", "市民",
		"提供", "统计", "以人民", "习近平", "高质量",
		// a speech's plural address, not a site's 你, and a civic
		// slogan's you-and-I (文明城市，你我共建！)
		"你们", "你我",
		// the public services and civic work the genre reports on: a
		// site's notices sell writing, not these
		"志愿", "社会各界", "办事", "证照", "便民", "惠民", "民生", "村民", "街道", "镇街", "党费", "党支部",
		"诉求", "受理", "办结", "督查", "专项", "网格", "学习强国",
		// the public an office serves, named in the third person (申请人可
		// 登录…下载…): a site addresses its reader as 您 or 你
		"申请人", "居民", "纳税人", "参保人", "办事人", "企业和个人", "服务对象"}},
	{fOfficial, []string{"政府", "政务", "办公厅", "办公室", "委员会", "各单位", "各部门", "各县", "各区", "各市", "各级",
		"印发", "抄送", "主送", "主题词", "此件", "党委", "党组", "人大", "政协", "省委", "市委", "县委", "区委", "gov.cn", ".gov", "公章", "本单位", "内部资料",
		// an official by title, and a speaker greeting the audience:
		// 大家好，我是XX县县长… opens a 政务 live stream, not a site's
		"县长", "市长", "省长", "区长", "镇长", "乡长", "书记", "局长", "厅长", "部长", "主任", "大家好",
		// an office naming the person to contact, as its notices end; a
		// site gives a 客服 or its own handle
		"联系人",
		// an office or a place speaking of itself (我县开通…), as the
		// genre does; a site says 本站 or 我
		"我县", "我市", "我省", "我区", "我镇", "我乡", "我局", "我委", "我厅", "我州", "我村",
		// a government's media centre, which runs the accounts it reports on,
		// and a newspaper's office (版权均归××日报社所有), the genre's own
		// publisher: a site's rights line names 本站, 本号 or 平台
		"融媒体", "报社",
		// a news article's byline (（来源：××日报 记者 某某 通讯员 某某）):
		// its reporters, named as a paper names them; a site credits its
		// 编辑, 小编 or 作者
		"记者", "通讯员",
		// a standard's appendix labels (附录C （资料性附录）, （规范性附录）,
		// GB/T 1.1): the standard's own structure, whose 资料 is no
		// site's goods; its table of contents lists them with a page
		"资料性附录", "规范性附录"}},
	{fContent, contentSelf},
	{fLimit, standingLimits},
	{fInstr, []string{"本文件"}},
	{fPortion, portionWords},
	{fDefer, deferWords},
}

// noticeWord is one word of noticeFeatures.
type noticeWord struct {
	word  string
	f     feature
	id    uint16 // its index, for counting each word once
	whole bool   // a word of latinNoticeFeatures: matched as a whole word
}

// noticeTable holds the words grouped by their first rune, and
// noticeGroup maps a BMP rune to 1 + its group (0: no word starts with
// it): a table, not a map, since it reads every short line of a file.
var noticeTable, noticeGroup, nNoticeWords = func() ([][]noticeWord, *[1 << 16]uint16, int) {
	var groups [][]noticeWord
	var first [1 << 16]uint16
	id := 0
	for k, fw := range allNoticeFeatures() {
		for _, w := range fw.words {
			r, _ := utf8.DecodeRuneInString(w)
			if first[r] == 0 {
				groups = append(groups, nil)
				first[r] = uint16(len(groups))
			}
			g := first[r] - 1
			groups[g] = append(groups[g], noticeWord{w, fw.f, uint16(id), k >= len(noticeFeatures)})
			id++
		}
	}
	return groups, &first, id
}()

// maxNoticeWords bounds the table, for the bit set that counts each word
// of a line once (TestSingleWordDecidesNothing checks it).
const maxNoticeWords = 960

// maxShortBytes bounds the lines read as possible notices: 100 Han
// characters. A notice is a line or two; a longer paragraph is prose.
const maxShortBytes = 300

// hits counts, per feature, the distinct words and marks found in a line.
type hits [nFeatures]uint8

// noticeHits finds the words of noticeFeatures in p, in one pass, each
// word counted once, and the marks that are no words (decoration); the
// same pass takes the line's profile, which says which shape signals can
// be there at all (shapeHits looks for no more).
func noticeHits(p string) (hits, profile) {
	var h hits
	var pr profile
	var seen [(maxNoticeWords + 63) / 64]uint64
	decor := false
	for i := 0; i < len(p); {
		r, size := rune(p[i]), 1
		switch c := p[i]; {
		case c < utf8.RuneSelf:
			pr.ascii(c)
		case c >= 0xE0 && c < 0xF0 && i+2 < len(p):
			// Three-byte runes (all of CJK) decoded in place: the
			// general decoder is the cost of this loop otherwise.
			r, size = rune(c&0x0F)<<12|rune(p[i+1]&0x3F)<<6|rune(p[i+2]&0x3F), 3
		default:
			r, size = utf8.DecodeRuneInString(p[i:])
		}
		pr.runes++
		if r >= 1<<16 {
			decor = decor || isDecorMark(r)
			pr.emoji = pr.emoji || r >= 0x1F300 && r <= 0x1FAFF
		} else {
			if isHan(r) {
				pr.hanWide(r) // no decoration among them
			} else if r >= utf8.RuneSelf {
				pr.wide(r)
				decor = decor || isDecorMark(r)
			}
			if g := noticeGroup[r]; g != 0 {
				for _, w := range noticeTable[g-1] {
					if seen[w.id/64]&(1<<(w.id%64)) == 0 && hasPrefixLast(p[i:], w.word) && (!w.whole || wholeWord(p, i, len(w.word))) {
						seen[w.id/64] |= 1 << (w.id % 64)
						h[w.f]++
					}
				}
			}
		}
		i += size
	}
	if decor {
		h[fDecor]++
		pr.marks |= markDecor
	}
	return h, pr
}

// isDecorMark reports a rune sites decorate with and the genre does not
// write: arrows, box drawing, geometric shapes, stars, hearts, dingbats.
// Not other emoji: 👍 and 🇨🇳 are words in today's text.
func isDecorMark(r rune) bool {
	return r >= 0x2190 && r <= 0x21FF || r >= 0x2500 && r <= 0x27BF || r >= 0x2B00 && r <= 0x2BFF ||
		r >= 0x1F446 && r <= 0x1F449 // the pointing hands 👆👇👈👉, which are arrows
}

// noticeScoreIn weighs a short line of a document of register reg: its
// features' weights (a pile-up of three or more words of one feature one
// more), the combinations', its shape's (shapeHits), less its prose words
// and its cadence. The hits are returned for its kind.
func noticeScoreIn(p string, reg register) (int, hits) {
	h, pr, disowned := noticeSignals(p, reg)
	return noticeWeigh(p, reg, h, &pr, disowned)
}

// noticeSignals is the first half of noticeScoreIn: the line's hits, its
// signals final (noticeWeigh adds to h only the official words, the
// wording and the model's weight), the profile, and whether it disowns.
func noticeSignals(p string, reg register) (hits, profile, bool) {
	h, pr := noticeHits(p)
	if h[fMoney] > 0 && conditionOnly(p) {
		h[fMoney]-- // 只要 opening a condition, not a price (promo_quote.go)
	}
	shapeHits(p, &h, &pr, reg)
	if h[fOfficial] == 0 && pr.marks&markSep != 0 && isTagline(p, pr.runes) {
		sloganSignals(p, &h)
	} else if h[fReader] > 0 && h[fSelf]+h[fOfficial] == 0 && spacedClaim(p) {
		h[fSelf]++ // an agent's sign-off (某某保险 张三 伴您同行, promo_slogan.go)
	}
	if h[fProse]+h[fOfficial]+h[fSelf] == 0 && craftMotto(p) {
		h[fSelf]++ // a writing site's motto about its craft (promo_motto.go)
	}
	if h[fProse]+h[fOfficial]+h[fSelf] == 0 && dashSignOff(p) {
		// a brand's sign-off after a dash (promo_brand.go): the brand
		// speaking of itself twice, its name and its claim, in a
		// sign-off's form; glued under a paragraph it weighs a glued
		// line's need with its wording, without the model's vote
		h[fSelf], h[fShape] = h[fSelf]+2, h[fShape]+1
	}
	if h[fVoice] > 0 && h[fProse]+h[fOfficial]+h[fSelf] == 0 && asideAsI(p) && genreWeight(p) > 0 {
		// the poster's aside to the reader in brackets, as I, worded
		// unlike the genre (promo_brand.go)
		h[fSelf]++
	}
	if h[fOfficial] == 0 && creditRow(p) {
		h[fCredit], h[fShape] = h[fCredit]+2, h[fShape]+1 // a masthead's row of credits (promo_brand.go)
	}
	if h[fAct] > 0 && h[fNav] == 0 && readingTime(p) {
		h[fNav]++ // a page's estimate of its reading time (promo_brand.go)
	}
	if strings.Contains(p, "《") {
		uncite(p, &h)
	}
	if h[fReader]+h[fChatty] > 0 && strings.Contains(p, "“") {
		unquoteSpeech(p, &h)
	}
	if h[fSelf] > 0 && h[fReader] == 0 && selfToAll(p) {
		h[fReader]++ // the site's persona speaking to 大家: its readers (promo_disown.go)
	}
	if h[fReader]+h[fChatty]+h[fVoice]+h[fMoney] > 0 && strings.Contains(p, "“") {
		reportSpeech(p, &h) // an address and an offer inside reported speech are the speaker's (promo_quote.go)
	}
	if h[fReader] > 0 && strings.Contains(p, "“") {
		unnameQuoted(p, &h) // an address inside a quoted name is the name's (promo_quote.go)
	}
	unforbid(p, &h) // an act forbidden a third party is no solicitation (promo_forbid.go)
	if h[fTrade] > 0 && membersOnly(p) {
		h[fTrade]-- // an association's members, no site's paid membership (promo_members.go)
	}
	disowned := disowns(&h) && !ownCaveat(p) || reportsHandling(p)
	formSignals(p, &h) // a contact masked, a shop's terms of sale (promo_terms.go)
	if siteDisowns(p, &h) || finePrint(p, &h) || hostsOnly(p, &h) {
		disowned, h[fOfficial] = true, 0 // the offices it names are its sources
	}
	if disowned {
		h[fSource]++ // a disclaimer's register (promo_disown.go)
	}
	if defersRest(&h) || excerptsOnly(p) || reservesRest(p) || teasesRest(p) {
		h[fCut]++ // a teaser's: the rest of the text later or elsewhere (promo_disown.go)
	}
	if isJumpLine(p) {
		h[fNav], h[fShape] = h[fNav]+1, h[fShape]+2 // a print's jump to another page, the whole line (promo_disown.go)
	}
	return h, pr, disowned
}

// noticeWeigh is the second half of noticeScoreIn: the score of the line
// whose signals are h (noticeSignals), with h as the score leaves it.
func noticeWeigh(p string, reg register, h hits, pr *profile, disowned bool) (int, hits) {
	score := hitsWeight(&h)
	if disowned {
		score += comboDisown
		if opensOnContent(p) {
			score++ // it speaks of the text from outside it (opensOnContent)
		}
	}
	if h[fReader] > 0 && wishesReader(p) {
		score += comboWish
	}
	if !labelled(p) {
		// After a field's label (上一篇：, 来源：) stands a title or a
		// name, whose words are not the line's own prose.
		score -= min(int(h[fProse]), 3)
	}
	// An official sender or address anywhere says the line is the
	// document's own, whatever it lists; so does a requirement (考生须于
	// 5月10日前登录网站下载打印准考证。): a site asks, pleads and offers,
	// an office requires, by a date or by the rules; and so does a count
	// of its work's results (推送稿件2100余条, 删除侵权链接1.2万条): a site
	// offers and boasts, an office reports; and so does a table's header
	// row (序号  报刊名称  订阅份数), a warning of fraud
	// (warnsOfFraud) and a statement that nothing is charged (chargesNothing);
	// and so does a Q&A's question (asksInQA), and the state's hotline
	// given to the public (namesStateHotline).
	score -= 2 * min(int(h[fOfficial]), 2)
	if requires(p) || govAccountNamed(p, &h) || reportsCount(p) || tableHeader(p) || warnsOfFraud(p) || chargesNothing(p) ||
		asksInQA(p, &h) || namesStateHotline(p) {
		score -= 3
		h[fOfficial]++
	}
	if g := genreWeight(p); g > 0 {
		h[fOdd] = uint8(g)
		score += noticeWeights[fOdd].one + (g-1)*(noticeWeights[fOdd].more-noticeWeights[fOdd].one)
	} else {
		score += g // the genre's own wording weighs against
	}
	if h[fOfficial] == 0 && (h.signalled() || learnBareWeight(p) > 0) && !reg.ownScript(pr) {
		// The model weighs only a line that carries a signal word and
		// no official one (an official line's sender or address says
		// it is the document's own, whatever its handles look like;
		// and the line of no signal word is left to the rules, which
		// also spares the model's pass on most lines). Nor a Latin line
		// of a Latin document: the model knows the genre in Han
		// characters only, and weighs Latin letters as promotion.
		score += learnedScore(p, &h)
	}
	return score - siteCadence(p, pr, reg, &h), h
}

// shortPromoKind reports whether a short line is a notice where it stands,
// and of which kind.
func shortPromoKind(p string, at place) (model.JunkKind, bool) {
	if len(p) > maxShortBytes || !mayBeNotice(p) && !framesWords(p) && !barMenu(p) && !opensSignOff(p) && (at <= placeAside || len(p) > maxBareBytes || !maySignalBare(p)) {
		return 0, false
	}
	return scoreNoticeIn(p, at, registerGenre)
}

// scoreNoticeIn is shortPromoKind for a line of a document of register
// reg known to be short and either to hold a signal (mayBeNotice) or to
// stand alone. A bare number (a 目录's 493.) is answered at once
// (isBareNumber): it is no notice anywhere, and a large compilation's
// 目录 has thousands.
func scoreNoticeIn(p string, at place, reg register) (model.JunkKind, bool) {
	if isBareNumber(p) {
		return 0, false
	}
	return scoreNoticeFull(p, at, reg)
}
