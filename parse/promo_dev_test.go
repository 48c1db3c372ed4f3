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
var devPromo = promoSetFile("dev").promo

// devKeep: real text of the genre, in the forms a compilation has besides
// its paragraphs (fields of a notice, 抄送 and 印发 lines, security marks,
// a speech's salutations) and paragraphs that address the public, give an
// address, a hotline, an e-mail or a code to scan, in official register.
var devKeep = promoSetFile("dev").keep

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
				keepErrors(t, r, devKeep[i])
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
