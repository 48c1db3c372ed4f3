package parse

import (
	"strings"
	"testing"
)

// The rules filter round 26 added for what heldout25 missed held out of
// the model (TestPromoLOSO), in a general form. Each case is weighed with
// the model trained without the set it comes from, as the
// leave-one-set-out measure weighs the set, and fails without its rule.

// TestSellerOffer: a line that prices from (1.68 万元起), trades (销售热线)
// and gives a business's number is a seller's offer glued in an article,
// however long and listed its sentence; a report of prices and trade
// with an office's landline is not.
func TestSellerOffer(t *testing.T) {
	for _, c := range []struct {
		p    string
		rate bool
	}{
		{"艺术墓 4.98 万元起", true},
		{"千字50元起", true},
		{"单篇2元起，整包更划算", true},
		{"补助标准为每人每年2000元", false},
		{"总投资1.2亿元起步区建设", false},
	} {
		if got := hasRate(c.p); got != c.rate {
			t.Errorf("hasRate(%q) = %v, want %v", c.p, got, c.rate)
		}
	}
	offer := "安澜山人文纪念园 · 青松苑草坪葬 1.68 万元起、艺术墓 4.98 万元起，支持分期，冬至前认购赠送 20 年管理费，销售热线 400-827-6636。"
	report := "经查，该公墓销售的草坪葬墓位标价1.68万元、艺术墓标价4.98万元，未按规定公示管理费收费标准，价格举报电话：0794-8261 9035。"
	withModel(losoTrain("heldout25"), func() {
		if _, ok := scoreNoticeIn(offer, placeGlued, registerGenre); !ok {
			t.Errorf("%q glued: no notice", offer)
		}
		for _, at := range []place{placeGlued, placeAlone} {
			if _, ok := scoreNoticeIn(report, at, registerGenre); ok {
				t.Errorf("%q at %d: a notice", report, at)
			}
		}
	})
}

// TestYearsClaim: a name's tagline claiming its devotion (二十八年只做一件
// 事), as 专注 does, is the shop's slogan before the title; a heading's
// parallel pair keeps its words.
func TestYearsClaim(t *testing.T) {
	slogan := "惠家电器 · 旧的不去，新的更好 —— 二十八年只做一件事"
	if !brandClaim(slogan) {
		t.Errorf("brandClaim(%q) false", slogan)
	}
	withModel(losoTrain("heldout25"), func() {
		if _, ok := scoreNoticeIn(slogan, placeOutside, registerGenre); !ok {
			t.Errorf("%q before the title: no notice", slogan)
		}
		if _, ok := scoreNoticeIn("只做实事——不做虚功", placeOutside, registerGenre); ok {
			t.Error("a heading's pair before the title: a notice")
		}
	})
}

// TestContentGiven: content that someone else gave the page (词条内容由网友
// 协作编辑) with its standing limited (仅供参考) is a platform's disclaimer,
// glued in an article; an office's line of who provides what is none.
func TestContentGiven(t *testing.T) {
	entry := "词条内容由网友协作编辑，仅供参考；如发现信息有误，可点击“纠错”提交修改意见（免费），审核通过后生效。"
	withModel(losoTrain("heldout25"), func() {
		if _, ok := scoreNoticeIn(entry, placeGlued, registerGenre); !ok {
			t.Errorf("%q glued: no notice", entry)
		}
		for _, p := range []string{"培训内容由市委党校统一安排，学员须按时参加。", "具体内容由各单位结合实际确定，报市委办公室备案。"} {
			if _, ok := scoreNoticeIn(p, placeAlone, registerGenre); ok {
				t.Errorf("%q alone: a notice", p)
			}
		}
	})
}

// TestPublisherDesk: a book's sale on a compilation's back page (its title,
// its price, its 发行部's landline) is hidden whole beside the prose, the
// order desk a trade as 订购 is; the genre's 发行 of bonds stays. The block
// was hidden held out of the model until heldout25 and keep25 joined its
// training (train-a's 24th block); fails without 发行部.
func TestPublisherDesk(t *testing.T) {
	block := []string{"《县域经济发展典型材料汇编》（2024年卷）已印制完成", "全书46万字，精装，定价168元", "发行部：0371-6553 2108（周一至周五）"}
	bonds := "市财政局完成地方政府专项债券发行工作，发行规模52亿元，资金全部用于重大项目建设。"
	withModel(losoTrain("train-a"), func() {
		doc := Parse(strings.Join(append([]string{recordProse, "", recordProse, ""}, block...), "\n") + "\n")
		junk := junkLines(doc)
		for i, p := range block {
			if !junk[5+i] {
				t.Errorf("%q kept", p)
			}
		}
		doc = Parse(strings.Join([]string{recordProse, "", bonds, "", recordProse}, "\n") + "\n")
		if junkLines(doc)[3] {
			t.Errorf("%q hidden", bonds)
		}
	})
}
