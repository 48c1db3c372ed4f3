package parse

import "testing"

// freshPromo and freshKeep: a last batch of development blocks, written
// after the filter passed the others and run on it before any change:
// 15, 17 and 16 of 20 hidden in the three real compilations, and a real
// note (（本文刊发于…）) filtered beside the sample's advertising. Its misses
// led to 朋友 and 社群 as words, pointing hands as arrows, 仅显示 and 本页,
// 品质, and a fragment needing 3, not 2.
var freshPromo = []blindBlock{
	{"招揽", posHead, true, "星标★本号，第一时间获取最新公文范例"},
	{"招揽", posIn, false, "需要原版文件的朋友请在评论区留下邮箱"},
	{"招揽", posGap, true, "加入我们的写作社群，与3000位笔友一起成长 👉 扫码即可"},
	{"招揽", posFoot, true, "商务合作 | 投稿 | 转载授权\n请联系：media@bigewen.cn"},
	{"售卖", posIn, false, "本套材料共计128页，全部可编辑，打包下载仅需29元"},
	{"售卖", posGap, true, "💰 年度会员特惠：原价399，现价199，开通即送10份精品范文"},
	{"售卖", posFoot, true, "淘宝搜索店铺“公文小铺”，更多材料等你来选"},
	{"售卖", posHead, true, "【会员免费】本文档可免费下载，非会员需支付5个金币"},
	{"节选", posIn, false, "（试读结束，购买全文请点击右下角）"},
	{"节选", posGap, true, "以上为部分内容预览，完整版共15000字"},
	{"节选", posFoot, true, "——未完，下期继续——"},
	{"节选", posHead, true, "提示：本页仅显示前2000字"},
	{"声明", posIn, false, "【本文系转载，版权归原作者所有】"},
	{"声明", posGap, true, "免责声明：本号转载文章仅用于学习交流，不构成任何建议"},
	{"声明", posFoot, true, "本文档由转换软件自动生成，格式可能存在偏差"},
	{"导航", posGap, true, "◆ 推荐阅读 ◆\n▶ 2023年党建工作总结\n▶ 2024年工作计划"},
	{"导航", posFoot, true, "返回目录 | 上一章 | 下一章"},
	{"导航", posIn, false, "（本文约3000字，建议收藏后阅读）"},
	{"口号", posFoot, true, "笔尖公文 —— 让每一份材料都出彩"},
	{"口号", posHead, true, "专业公文写作平台 · 十年品质 · 值得信赖"},
}

var freshKeep = []blindBlock{
	{"prose", posIn, false, "市场监管部门开展网络交易专项整治，查处虚假宣传、刷单炒信等案件156起，督促平台下架违规商品2.3万件。"},
	{"prose", posIn, false, "全面推行“扫码亮证”，群众通过手机扫码即可查询执法人员身份信息。"},
	{"prose", posIn, true, "欢迎社会各界通过市长信箱、12345热线等渠道积极建言献策。"},
	{"prose", posIn, false, "建立健全会员服务体系，为会员企业提供政策解读、融资对接等服务3200余次。"},
	{"prose", posFoot, false, "让我们紧密团结在以习近平同志为核心的党中央周围，奋力谱写新篇章！"},
	{"line", posFoot, true, "（本文刊发于《XX日报》2024年3月5日第3版）"},
	{"line", posFoot, true, "联系电话：0551-87654321　　传真：0551-87654322"},
	{"line", posHead, true, "XX市人民政府办公室文件"},
	{"line", posGap, true, "（2024年1月15日）"},
	{"line", posFoot, true, "附件：1.申报表\n2.承诺书"},
}

// fresh2Promo and fresh2Keep: a second fresh batch, in other styles again
// (微博, Q&A sites, forums, apps, device signatures, page numbers), run
// before any change: 13 of 20 hidden in each compilation, every real line
// kept. Its misses led to emoji as the chat register, a line of nothing
// but a page number, 由…提供 stamps, Q&A furniture (最佳答案), device
// signatures (发自, 客户端), 每天 and 每日 as a channel's promise.
var fresh2Promo = []blindBlock{
	{"招揽", posIn, false, "转发这条锦鲤，明天材料一次过🙏"},
	{"招揽", posFoot, true, "点击关注，每天学一招"},
	{"招揽", posHead, true, "下载笔友App，随时随地写材料"},
	{"招揽", posGap, true, "写作不易，您的打赏是我最大的动力"},
	{"售卖", posIn, false, "下载地址：点此下载（提取码在评论区）"},
	{"售卖", posGap, true, "课程有效期：365天 | 已有2万人学习 | 好评率98%"},
	{"售卖", posFoot, true, "附：本站其他热门资料下载地址"},
	{"节选", posIn, false, "第3/12页"},
	{"节选", posGap, true, "▼ 更多资料请点击下方阅读原文 ▼"},
	{"节选", posHead, true, "此文档由 笔友 于 2023-05-06 分享 · 仅供查看"},
	{"声明", posIn, false, "图片来源于网络，如侵删"},
	{"声明", posFoot, true, "注：文中数据来源于网络公开资料，仅供参考。"},
	{"声明", posGap, true, "以上回答由AI助手提供"},
	{"导航", posIn, false, "最佳答案：提问者采纳"},
	{"导航", posFoot, true, "发自我的iPhone"},
	{"导航", posGap, true, "打印日期：2024-03-05 10:21"},
	{"导航", posIn, true, "楼主好人一生平安，顶一下！"},
	{"口号", posFoot, true, "材料帮 | 你身边的写作助手"},
	{"口号", posHead, true, "每日一篇，笔耕不辍 ✍"},
	{"口号", posGap, true, "—— 公文圈的老朋友 ——"},
}

var fresh2Keep = []blindBlock{
	{"prose", posIn, false, "全省政务服务App下载量突破1200万次，“一网通办”事项覆盖率达到98%。"},
	{"prose", posIn, false, "组织开展全员学习培训，全省已有2万人参加线上学习并通过考核。"},
	{"line", posFoot, true, "（本报记者 张三 李四）"},
	{"line", posGap, true, "案例一：XX县深化“最多跑一次”改革"},
	{"prose", posIn, true, "各地要及时总结推广好经验好做法，每季度将工作进展报送省政府办公厅。"},
	{"line", posFoot, true, "2024年3月5日"},
}

// fresh3Promo and fresh3Keep: a third fresh batch, run before any change:
// 11, 12 and 12 of 15 hidden, every real line kept. Its misses led to
// 自网络 (整理自网络, 转自网络), 〔〕 asides, 在看 as furniture, a 推荐： list
// head, 文库 as a site's name for itself, 海量 as a promise.
var fresh3Promo = []blindBlock{
	{"招揽", posIn, false, "私信“汇报”二字，免费发你同款模板"},
	{"招揽", posGap, true, "觉得有用的话，记得一键三连哦~"},
	{"招揽", posHead, true, "置顶公众号，材料不迷路"},
	{"售卖", posIn, false, "本站VIP可无限次下载，单次下载需3积分"},
	{"售卖", posFoot, true, "全年资料包388元，私聊享8折"},
	{"节选", posIn, false, "（因篇幅限制，此处省略2000字，完整版见文末）"},
	{"节选", posFoot, true, "未完待续……更多内容请移步原文"},
	{"声明", posIn, false, "〔本文内容整理自网络，如有不当请联系删除〕"},
	{"声明", posHead, true, "【转载说明】本文转自公众号“基层治理观察”"},
	{"声明", posFoot, true, "版权所有 © 笔耕文库 2019-2024"},
	{"导航", posGap, true, "相关文档推荐：\n· 2024年述职报告\n· 2024年工作总结"},
	{"导航", posIn, false, "↓↓↓ 下拉查看更多 ↓↓↓"},
	{"导航", posFoot, true, "阅读 3.2万　赞 128　在看 56"},
	{"口号", posHead, true, "【笔耕文库】海量公文，一站下载"},
	{"口号", posFoot, true, "愿每一位写材料的你，都能被温柔以待 ❤"},
}

var fresh3Keep = []blindBlock{
	{"prose", posIn, false, "全市累计建成5G基站1.2万个，实现城区和重点乡镇全覆盖，移动网络下载速率提升3倍。"},
	{"prose", posIn, false, "建立“码上监督”平台，群众扫码即可对办事服务进行评价，累计收到评价48万条。"},
	{"line", posFoot, true, "（根据录音整理，未经本人审阅）"},
	{"line", posGap, true, "——2024年3月在XX调研时的讲话要点"},
	{"prose", posIn, true, "同志们，朋友们！新的一年，让我们以更加饱满的热情投入工作！"},
}

// fresh4Promo and fresh4Keep: a fourth fresh batch, run before any
// change: 9, 8 and 8 of 15 hidden, every real line kept (a law's article,
// a statistics bulletin, a news lead, a speech's 亲爱的朋友们…！). Its
// misses led to 省略, 上一页/下一页 and 包过; five stay missed (a bare
// slogan, 本平台仅提供信息存储空间服务, a paid-only notice, two
// solicitations of one imperative kind), the measure of what is left.
var fresh4Promo = []blindBlock{
	{"招揽", posIn, false, "想要这篇的Word版？评论区回复“想要”，我私发给你"},
	{"招揽", posFoot, true, "扫一扫，加入公文写作交流营"},
	{"售卖", posGap, true, "【限时福利】前100名下单立送《公文写作宝典》电子版"},
	{"售卖", posIn, false, "材料代写｜润色｜排版，价格私聊，童叟无欺"},
	{"节选", posGap, true, "…（中间部分省略，需要全文的请留言）…"},
	{"节选", posIn, false, "【以下内容仅对付费用户可见】"},
	{"声明", posFoot, true, "本平台仅提供信息存储空间服务"},
	{"声明", posIn, true, "部分图片素材来源于网络，版权归原作者所有"},
	{"导航", posGap, true, "返回搜狐，查看更多"},
	{"导航", posFoot, true, "← 上一页　　1 2 3 4 5　　下一页 →"},
	{"导航", posHead, true, "首页 » 工作总结 » 个人总结"},
	{"口号", posGap, true, "写公文，找老王！十五年经验，包过审！"},
	{"口号", posFoot, true, "公文人 · 公文魂"},
	{"招揽", posHead, true, "👇👇👇 点击下方名片关注 👇👇👇"},
	{"声明", posGap, false, "（文章仅代表作者观点，不代表本平台立场）"},
}

var fresh4Keep = []blindBlock{
	{"prose", posIn, false, "第二十三条 任何单位和个人不得非法收集、使用、加工、传输他人个人信息。"},
	{"prose", posIn, false, "全年全市居民人均可支配收入52368元，比上年增长5.6%。"},
	{"prose", posIn, false, "本报讯（记者 王五）3月5日，全市优化营商环境工作推进会召开。"},
	{"line", posGap, true, "一图读懂2024年政府工作报告"},
	{"prose", posIn, true, "大力推进“互联网+政务服务”，全面推行“一网通办”“掌上办”，让数据多跑路、群众少跑腿。"},
	{"line", posFoot, true, "（责任单位：市发展改革委、市财政局）"},
	{"prose", posIn, false, "亲爱的朋友们，让我们携起手来，共同创造更加美好的明天！"},
	{"line", posFoot, true, "XX市统计局　2024年3月"},
}

// TestPromoFreshBatch inserts each block and real line of the four fresh
// batches alone into the three real compilations: at least 66 of 70
// hidden in each, no real byte filtered, no line of the compilation
// changed.
func TestPromoFreshBatch(t *testing.T) {
	var promo, keep []blindBlock
	for _, b := range [][]blindBlock{freshPromo, fresh2Promo, fresh3Promo, fresh4Promo} {
		promo = append(promo, b...)
	}
	for _, b := range [][]blindBlock{freshKeep, fresh2Keep, fresh3Keep, fresh4Keep} {
		keep = append(keep, b...)
	}
	for _, c := range blindCompilations {
		t.Run(c.name, func(t *testing.T) {
			base := blindLoad(t, c)
			hidden := 0
			for i, h := range blindPlace(c, promo) {
				r := blindRun(base, []heldOut{h})
				if r.hidden[0] {
					hidden++
				} else {
					t.Logf("missed %s", blindLabel(promo[i]))
				}
			}
			t.Logf("%s: hidden %d of %d", c.name, hidden, len(promo))
			if hidden < 66 {
				t.Errorf("%s: hidden %d of %d fresh blocks, want at least 66", c.name, hidden, len(promo))
			}
			for i, h := range blindPlace(c, keep) {
				r := blindRun(base, []heldOut{h})
				if r.touched[0] {
					t.Errorf("real text filtered: %s", blindLabel(keep[i]))
				}
				for _, s := range r.changed {
					t.Errorf("with real text %s: compilation %s", blindLabel(keep[i]), s)
				}
			}
		})
	}
}
