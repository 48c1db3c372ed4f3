package parse

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"wenji/model"
)

// The filter's own development blocks (issue 19), written for the scored
// filter in styles neither held-out set uses, to check that its signals
// generalise: blogs and tech sites (CC 协议), 头条/百家号 originals, video
// sites (一键三连), 公众号 furniture (写留言, 阅读 10万+), document hosts'
// metadata (文档贡献者, 页数, 格式, 评分), training camps, newsletters (退订),
// live streams, coupon ladders, ghost-writer recruitment, e-book residue,
// English furniture. Development data: the filter was tuned with them.
//
// Written after the first scored filter (5f058b3) passed heldout2, before
// it was run on them: that filter hid 20 to 22 of these 30 per compilation
// and filtered three of the real lines (咨询电话, 网址 …gov.cn, a speech's
// 希望你们…！): the measure of how far heldout2's numbers carry to styles
// it has not seen. The misses led to general signals (official senders and
// addresses weigh against, landlines are the genre's, a speech's
// exclamation is cadence, cards of fields, link items, asides, kana).
var devPromo = []blindBlock{
	// 招揽
	{"招揽", posHead, true, "↑点击上方卡片，一键关注不迷路"},
	{"招揽", posIn, false, "想进写作训练营的小伙伴，扫码添加助教微信即可报名，前50名送配套讲义"},
	{"招揽", posGap, true, "Follow us on WeChat: gongwen_daily  |  Email: hello@gwdaily.com"},
	{"招揽", posFoot, true, "直播预告：每周三晚8点，直播间手把手教你写述职报告，记得预约哦"},
	{"招揽", posIn, true, "招募兼职写手，日结，有意者私聊，非诚勿扰"},
	// 售卖
	{"售卖", posHead, true, "VIP专享文档 | 限时5折 | 开通即享全站免费下载"},
	{"售卖", posIn, false, "领券下单立减20元，满99元再送精选材料包一份"},
	{"售卖", posGap, true, "文件大小：2.3MB\n页数：12页\n格式：docx\n下载积分：20"},
	{"售卖", posFoot, true, "定制服务：讲话稿、述职报告、心得体会，48小时交稿，不满意免费修改"},
	{"售卖", posIn, true, "购买后可在“我的订单”中重复下载，虚拟资料一经发出概不退款"},
	// 节选
	{"节选", posIn, false, "展开阅读全文 ▼"},
	{"节选", posHead, true, "【试读】本书前三章免费，后续章节请订阅本专栏"},
	{"节选", posGap, true, "本文已收录于付费专栏，订阅后可查看剩余6节"},
	{"节选", posFoot, true, "…… 余下 8 页内容暂不支持在线预览，请下载后查看完整文档"},
	{"节选", posIn, false, "（内容较长，已折叠，点此查看全部）"},
	// 声明
	{"声明", posHead, true, "版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接及本声明。"},
	{"声明", posIn, false, "本文由头条号作者原创，未经授权禁止转载"},
	{"声明", posGap, true, "文档贡献者：笔下生花 上传时间：2023-05-06 14:22"},
	{"声明", posFoot, true, "All rights reserved. Unauthorized reproduction is prohibited."},
	{"声明", posIn, true, "图文来自网络，如有侵权请私信删除"},
	// 导航
	{"导航", posGap, true, "猜你喜欢\n» 2024年组织生活会个人发言提纲\n» 乡镇工作总结及明年工作计划"},
	{"导航", posFoot, true, "写留言  阅读 10万+  在看 326"},
	{"导航", posHead, false, "文档评分 ★★★★☆ 4.6分（128人评价）"},
	{"导航", posIn, false, "喜欢的话，一键三连支持一下吧！"},
	{"导航", posGap, false, "转发 | 评论 | 赞 1.2万"},
	// 口号
	{"口号", posHead, true, "文案狗の日常 · 专治各种写不出"},
	{"口号", posFoot, true, "写材料，上公文宝，省时又省心！"},
	{"口号", posGap, true, "~ 每天一篇好材料，陪你轻松过考核 ~"},
	{"口号", posIn, false, "本电子书由墨香书屋整理，更多好书请访问本站"},
	{"口号", posFoot, true, "退订请回复TD，感谢您一直以来的支持"},
}

// devKeep: real text of the genre, in the forms a compilation has besides
// its paragraphs (fields of a notice, 抄送 and 印发 lines, security marks,
// a speech's salutations) and paragraphs that address the public, give an
// address, a hotline, an e-mail or a code to scan, in official register.
var devKeep = []blindBlock{
	{"prose", posIn, false, "市民可关注“XX发布”微信公众号，点击“办事服务”栏目在线预约，也可拨打12345热线咨询。"},
	{"prose", posIn, false, "请各单位于3月15日前将报名表电子版发送至邮箱xxbgs@xx.gov.cn，纸质版加盖公章后报送市委办公室。"},
	{"prose", posIn, true, "群众扫描政务服务二维码，即可查看政策原文和办事指南，实现“一码通办”。"},
	{"prose", posIn, false, "严厉打击网络水军、有偿删帖、付费推广等违法违规行为，清理违法和不良信息12.6万条。"},
	{"prose", posIn, false, "开展“清朗”系列专项行动，督促平台下架违规付费课程、虚假宣传广告3800余条。"},
	{"prose", posIn, false, "推动电子证照“免费领、随时用”，累计发放电子营业执照46万张，企业下载使用超过180万次。"},
	{"prose", posIn, true, "大家好！今天我们召开这次会议，主要任务是总结去年工作，部署今年任务。"},
	{"prose", posIn, false, "希望你们珍惜韶华、不负青春，在服务人民中成长成才，在奋斗中书写无悔人生！"},
	{"prose", posIn, false, "全市新增注册志愿者3.2万人，志愿服务时长累计达到120万小时，“志愿XX”小程序上线运行。"},
	{"prose", posFoot, false, "谢谢大家！"},
	{"line", posFoot, true, "（联系人：王某某，联系电话：0551-65432100）"},
	// an office's contact line with an e-mail on a public mailbox
	// (added after the fifth blind set lost one like it, 2026-12-05)
	{"line", posFoot, true, "联系人：赵某某，联系电话：0351-4123456，电子邮箱：fgwzhk@126.com"},
	{"line", posFoot, true, "抄送：市委办公室，市人大常委会办公室，市政协办公室。"},
	{"line", posFoot, true, "XX市人民政府办公室　　2024年3月1日印发"},
	{"line", posHead, true, "机密★1年"},
	{"line", posFoot, true, "咨询电话：0551-12345678"},
	{"line", posFoot, true, "网址：http://www.xx.gov.cn"},
	{"line", posIn, true, "各位代表，各位委员："},
	{"line", posHead, true, "内部资料 注意保存"},
	{"line", posFoot, true, "（此件公开发布）"},
	{"line", posGap, true, "——在全市优化营商环境大会上的讲话"},
}

// devCompilations are compilations of our own writing, in layouts the
// real ones do not have: a 通知 compilation with a blank line between
// paragraphs and an official footer, and speeches indented with U+3000 and
// no blank lines.
var devCompilations = []struct {
	name, text string
	anchors    map[blindPos][]int
}{
	{
		name: "notices",
		text: "关于做好2024年度重点工作的通知汇编\n\n" + // 1-2
			"关于开展安全生产大检查的通知\n\n" + // 3-4
			"各县（市、区）人民政府，市直各单位：\n\n" + // 5-6
			"为深入贯彻落实安全生产工作部署，切实防范化解重大安全风险，市政府决定在全市开展安全生产大检查。现将有关事项通知如下。\n\n" + // 7-8
			"一、检查范围\n\n" + // 9-10
			"全市所有生产经营单位，重点是危险化学品、建筑施工、道路交通、消防等行业领域。\n\n" + // 11-12
			"二、工作要求\n\n" + // 13-14
			"各单位要高度重视，主要负责同志亲自部署，确保检查不走过场、不留死角。\n\n" + // 15-16
			"XX市人民政府\n2024年3月1日\n\n\n" + // 17-20
			"关于加强政务公开工作的通知\n\n" + // 21-22
			"各县（市、区）人民政府，市直各单位：\n\n" + // 23-24
			"为进一步加强政务公开工作，提升政府透明度和公信力，现就有关事项通知如下。\n\n" + // 25-26
			"一、拓展公开渠道\n\n" + // 27-28
			"充分发挥政府网站、政务新媒体作用，及时发布政策文件和解读材料，回应社会关切。\n\n" + // 29-30
			"二、加强督促检查\n\n" + // 31-32
			"市政府办公室将定期通报各单位政务公开工作情况，对工作不力的单位进行约谈。\n\n" + // 33-34
			"XX市人民政府办公室\n2024年3月5日\n", // 35-36
		anchors: map[blindPos][]int{
			posHead: {1},
			posIn:   {8, 12, 16, 26, 30, 34},
			posGap:  {21},
			posFoot: {37},
		},
	},
	{
		name: "speeches",
		text: "领导讲话汇编\n" + // 1
			"在全市经济工作会议上的讲话\n" + // 2
			"　　同志们：\n" + // 3
			"　　这次会议的主要任务是，深入学习贯彻中央经济工作会议精神，总结今年工作，部署明年任务。\n" + // 4
			"　　一、正确认识当前经济形势\n" + // 5
			"　　今年以来，面对复杂严峻的外部环境，全市上下坚持稳中求进工作总基调，经济运行总体平稳。\n" + // 6
			"　　二、扎实做好明年经济工作\n" + // 7
			"　　要坚持以高质量发展为主题，着力扩大有效需求，加快构建现代化产业体系，持续增进民生福祉。\n" + // 8
			"　　同志们，让我们更加紧密地团结起来，为推动全市高质量发展而努力奋斗！\n" + // 9
			"在全市组织工作会议上的讲话\n" + // 10
			"　　同志们：\n" + // 11
			"　　今天召开全市组织工作会议，主要任务是总结工作、分析形势、部署任务。\n" + // 12
			"　　一、坚持不懈用党的创新理论凝心铸魂\n" + // 13
			"　　要把学习贯彻党的创新理论作为首要政治任务，推动理论学习往深里走、往实里走。\n" + // 14
			"　　二、着力建设堪当重任的高素质干部队伍\n" + // 15
			"　　要坚持好干部标准，树立重实干、重实绩的用人导向，激励干部担当作为。\n", // 16
		anchors: map[blindPos][]int{
			posHead: {1},
			posIn:   {5, 7, 9, 13, 15},
			posGap:  {10},
			posFoot: {17},
		},
	},
}

// devBase is blindLoad for a text of our own.
func devBase(src string) blindBase {
	base := Parse(src)
	return blindBase{src: src, junk: junkLines(base), cut: cutLines(base.Text, base.JunkIn), lines: strings.Count(src, "\n") + 1, shape: strings.Join(outlineShape(base), "\n")}
}

// devWant is the bar on the development blocks: the issue's, 28 of 30 in
// each compilation.
const devWant = 28

// TestPromoDevSet inserts each development block and each real line alone
// into the seed, the two real compilations of the held-out harness and
// the two compilations above, as TestBlindHeldOutOneAtATime does: at least
// devWant of 30 hidden in each, no byte of real text filtered, no line of
// the compilation changing, the outline unchanged for hidden blocks and
// real paragraphs.
func TestPromoDevSet(t *testing.T) {
	type comp struct {
		name    string
		base    func(t *testing.T) blindBase
		anchors map[blindPos][]int
	}
	var comps []comp
	for _, c := range blindCompilations {
		comps = append(comps, comp{c.name, func(t *testing.T) blindBase { return blindLoad(t, c) }, c.anchors})
	}
	for _, c := range devCompilations {
		comps = append(comps, comp{c.name, func(*testing.T) blindBase { return devBase(c.text) }, c.anchors})
	}
	for _, c := range comps {
		t.Run(c.name, func(t *testing.T) {
			base := c.base(t)
			bc := blindCompilation{name: c.name, anchors: c.anchors}
			// The outline is compared with the compilation's with the
			// same blank lines inserted and no text: blank lines put
			// into a compilation that has none move its outline
			// themselves, whatever the filter does.
			// Compared without the nodes' kinds: blank lines around a
			// block between two titles make the titles articles.
			sameOutline := func(h heldOut, doc *model.Document) bool {
				ref := base.src
				if h.alone {
					// One blank line where the block stands.
					ref, _, _ = blindInsert(base.src, []heldOut{{before: h.before, text: ""}})
				}
				return slices.Equal(devShape(Parse(ref)), devShape(doc))
			}
			run := func(h heldOut) (blindResult, bool) {
				text, _, _ := blindInsert(base.src, []heldOut{h})
				return blindRun(base, []heldOut{h}), sameOutline(h, Parse(text))
			}
			hidden := 0
			for i, h := range blindPlace(bc, devPromo) {
				r, same := run(h)
				r.outline = same
				for _, s := range r.changed {
					t.Errorf("with block %d %s: compilation %s", i+1, blindLabel(devPromo[i]), s)
				}
				if !r.hidden[0] {
					t.Logf("missed %d %s (partly hidden %v)", i+1, blindLabel(devPromo[i]), r.touched[0])
					continue
				}
				hidden++
				if !r.outline {
					t.Errorf("block %d hidden but the outline changed: %s", i+1, blindLabel(devPromo[i]))
				}
			}
			t.Logf("%s: hidden %d of %d", c.name, hidden, len(devPromo))
			if hidden < devWant {
				t.Errorf("%s: hidden %d of %d development blocks, want at least %d", c.name, hidden, len(devPromo), devWant)
			}
			for i, h := range blindPlace(bc, devKeep) {
				r, same := run(h)
				r.outline = same
				if r.touched[0] {
					t.Errorf("real text filtered: %s", blindLabel(devKeep[i]))
				}
				for _, s := range r.changed {
					t.Errorf("with real text %s: compilation %s", blindLabel(devKeep[i]), s)
				}
				if !r.outline && devKeep[i].kind == "prose" {
					t.Errorf("real paragraph changed the outline: %s", blindLabel(devKeep[i]))
				}
			}
		})
	}
}

// devShape is the outline as depths, markers and titles.
func devShape(doc *model.Document) []string {
	var out []string
	for n := range doc.Root.All() {
		out = append(out, fmt.Sprintf("%d %s %s", n.Depth(), n.Marker, n.Title))
	}
	return out
}
