package parse

import (
	"strings"
	"testing"

	"wenji/model"

	"github.com/charmbracelet/x/ansi"
)

// The rules filter round 32 added on what heldout27 and the
// leave-one-set-out measure still missed, tested on wordings of their own
// with a model trained without heldout27, as TestPromoLOSO does.

// TestLinkRow: a short line ending on a chevron after a label is a page's
// link to more, navigation alone or glued; the genre's lines that hold a
// chevron or an angle bracket elsewhere are not.
func TestLinkRow(t *testing.T) {
	links := []string{
		"附近可用的店（12）›",
		"查看全部 56 条留言 ›",
		"更多同城活动 >",
		"商品详情»",
		"买家秀（986）＞",
	}
	real := []string{
		"（三）加强监督管理",
		"当PM2.5浓度>75微克/立方米时启动预警",
		"关于《〈条例〉实施细则》的说明",
		"<返回>",
		"——>>>",
		"一>",
		"首页 › 政务公开 ‹ 上一页",
	}
	for _, p := range links {
		if !linkRow(p) {
			t.Errorf("%q: no link row", p)
		}
	}
	for _, p := range real {
		if linkRow(p) {
			t.Errorf("%q: a link row", p)
		}
	}
	withModel(losoTrain("heldout27"), func() {
		for _, p := range links {
			for _, at := range []place{placeGlued, placeAlone, placeOutside} {
				if _, ok := shortPromoKind(p, at); !ok {
					t.Errorf("%q at %d: kept, want navigation", p, at)
				}
			}
		}
		for _, p := range real[:3] {
			for _, at := range []place{placeGlued, placeAlone} {
				if _, ok := shortPromoKind(p, at); ok {
					t.Errorf("%q at %d: a notice", p, at)
				}
			}
		}
	})
}

// runParas are two paragraphs of the genre, each longer than a notice
// (maxShortBytes), that TestJoinRuns glues runs of short lines between.
var runParas = [2]string{
	"今年以来，我们坚持把优化营商环境作为推动高质量发展的重要抓手，围绕企业开办、工程建设项目审批、不动产登记等重点领域深化改革，全面推行“一网通办”“一窗受理”，企业开办时间压缩至一个工作日以内，全年新增市场主体两万余户，为经济平稳运行提供了有力支撑。",
	"下一步，我们将继续深化“放管服”改革，进一步完善政务服务事项清单，加快推进数据共享和业务协同，健全营商环境监测评价机制，及时回应企业和群众诉求，推动各项惠企政策直达快享，切实增强市场主体的获得感和满意度，为全市经济社会发展营造良好环境。",
}

// TestJoinRuns: a notice of a few short lines glued between two of the
// text's paragraphs goes whole when one of its lines is a notice on its
// own and the others can be a notice's lines, as a block between blank
// lines does (joinBlocks); a heading of the text over a notice of one
// line or under one (headsParagraph), and a run of the genre's short
// lines, stay.
func TestJoinRuns(t *testing.T) {
	cases := []struct {
		run  []string
		junk []bool
	}{
		// a shop's couplet over its sign-off, which says who speaks to
		// the reader: the couplet's lines carry no signal of their own
		{[]string{"一针一线缝温暖", "一餐一饭见真情", "——暖心小厨与您相约，欢迎常来坐坐哦！"}, []bool{true, true, true}},
		// an app's link rows (promo_link.go) under a label of its own
		{[]string{"同城好店推荐", "附近可用的店（12）›", "查看全部 56 条留言 ›"}, []bool{true, true, true}},
		// a heading of the text over a one-line notice: only the notice
		{[]string{"五、工作展望", "想要本文Word原稿的朋友，私信我回复“展望”即可领取～"}, []bool{false, true}},
		// a notice glued at a section's end over the next section's
		// heading: the heading heads the paragraph under it and stays
		{[]string{"【青简文库】本篇Word版及同主题范文30篇已打包，扫码进群即可领取。", "立规矩促长效"}, []bool{true, false}},
		// the genre's own short lines: a heading and a date
		{[]string{"强化要素保障", "2024年3月5日"}, []bool{false, false}},
	}
	for _, c := range cases {
		text := runParas[0] + "\n" + strings.Join(c.run, "\n") + "\n" + runParas[1] + "\n"
		withModel(losoTrain("heldout27"), func() {
			junk := junkLines(Parse(text))
			if junk[1] || junk[len(c.run)+2] {
				t.Errorf("%q: a paragraph of the text hidden", c.run)
			}
			for k, want := range c.junk {
				if junk[k+2] != want {
					t.Errorf("%q line %q: hidden %v, want %v", c.run, c.run[k], junk[k+2], want)
				}
			}
		})
	}
}

// TestPitchesReader: a long sentence that speaks to the reader and prices
// or gives a channel in the same breath is a seller's pitch glued
// in an article, whatever its length; an office's sentence to the public
// (its prose words, its list of what not to do) is not.
func TestPitchesReader(t *testing.T) {
	pitch := []string{
		"去年在我们这儿订过年夜饭的老顾客，今年把去年的订单截图发给前台小林（微信：chunfeng_lin88），同样的桌数直接打九折，再加送一份手工汤圆！",
		"这套口语课我自己带了三届学生，你要是真想练出来，今晚十二点前报名只要199元，还能赶上第一期，过了今晚就恢复原价了。",
		"刚搬来小区的你还没进拼单群的话，私信小区管家的微信报上楼号和门牌号，明早八点前拉你进来，第一单水果送到家门口。",
	}
	real := []string{
		"您可通过“市民之家”微信公众号预约办理不动产登记，全市已实现登记业务“一网通办”，群众办事平均时长压缩至1个工作日。",
		"亲爱的市民朋友：请您自觉抵制非法集资，不轻信高额回报、不参与线上“刷单返利”、不向陌生账户转账，共同守护好自己的钱袋子。",
		"您的每一条留言我们都认真阅读，能当场答复的当场答复，需要协调的由热线办转交相关部门办理并限时反馈。",
	}
	withModel(losoTrain("heldout27"), func() {
		for _, p := range pitch {
			if _, ok := shortPromoKind(p, placeGlued); !ok {
				t.Errorf("%q glued: kept, want a seller's pitch", p)
			}
		}
		for _, p := range real {
			for _, at := range []place{placeGlued, placeAlone} {
				if _, ok := shortPromoKind(p, at); ok {
					t.Errorf("%q at %d: a notice", p, at)
				}
			}
		}
	})
}

// TestExcerptsOnlyPosted: a page saying it shows only a part of its text
// by number (展示第…, 显示第…) and naming the rest is a truncation notice,
// as its other excerpting verbs are (excerptsOnly); the genre's report of
// what it lists, or of a holiday's days, is not.
func TestExcerptsOnlyPosted(t *testing.T) {
	posted := []string{
		"这一页仅显示第一章的前两节，全书剩下的十一章需要购买后阅读。",
		"菜谱只展示第一道菜的做法，其余五道的配料和火候视频购买课程包后可看。",
	}
	real := []string{
		"本表仅列出主要指标，完整清单见附件。",
		"春节期间景区只放了三天假，全部员工轮流值守。",
	}
	for _, p := range posted {
		if !excerptsOnly(p) {
			t.Errorf("%q: no excerpt", p)
		}
		if k, ok := shortPromoKind(p, placeGlued); !ok || k != model.JunkTruncation {
			t.Errorf("%q glued: %v %v, want a truncation notice", p, k, ok)
		}
	}
	for _, p := range real {
		if excerptsOnly(p) {
			t.Errorf("%q: an excerpt", p)
		}
	}
}

// TestLearnWeightEscapes: a line of the text that carries a terminal's
// control sequences (a file's bytes are data) weighs what it weighs
// without them: their letters and digits are no words, and the model
// once leant such a line to promotion, hiding it from --search.
func TestLearnWeightEscapes(t *testing.T) {
	for _, p := range []string{
		"正文里有关键词\x1b[31m红色\x9b1m。",
		"正文里有关键词\x1b[31m红色\u009b1m。全面推进乡村振兴，加强农村基础设施建设。",
		"\x1b]0;title\x07各地各部门认真贯彻落实党中央决策部署，\x1b[2J推动各项工作取得新成效。",
	} {
		clean := ansi.Strip(p)
		if got, want := learnWeight(p), learnWeight(clean); got != want {
			t.Errorf("%q weighs %d, its text %q %d", p, got, clean, want)
		}
	}
}
