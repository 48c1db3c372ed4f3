package parse

import (
	"testing"

	"wenji/model"
)

// The rules filter round 31 added for promotion by form (promo_terms.go):
// a host's note of its role and a shop's conditions of sale, tested on
// wordings of their own with a model trained without the sets that hold
// their kind (fresh4, heldout22) as the leave-one-set-out measure does.

// TestHostsOnly: a platform saying it only provides storage or a place to
// publish is a disclaimer alone, glued or outside; a public platform's
// note of the services it provides is not.
func TestHostsOnly(t *testing.T) {
	fine := []string{
		"本站仅提供网络存储空间，所有作品均由网友上传",
		"本平台只提供信息发布服务",
	}
	real := []string{
		"本平台提供社保查询、预约办理服务，仅为群众提供便利。",
		"市政务服务平台仅提供网上预约，现场办理须携带身份证原件。",
		"该平台为企业提供技术支持和数据存储服务，年营收增长30%。",
	}
	withModel(losoTrain("fresh4"), func() {
		for _, p := range fine {
			for _, at := range []place{placeGlued, placeAlone, placeOutside} {
				if k, ok := shortPromoKind(p, at); !ok || k != model.JunkDisclaimer {
					t.Errorf("%q at %d: %v %v, want a disclaimer", p, at, k, ok)
				}
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

// TestSellerTerms: a shop's conditions of sale (a step of the sale and what
// it refuses or excepts) is the shop's notice, standing alone and, a long
// sentence of it, glued in an article too; the genre's report of such terms, quoted, and its
// rules on returns are not.
func TestSellerTerms(t *testing.T) {
	shop := []string{
		"二手教材拍下后48小时内发货，因属旧物，售出概不退换，对品相要求高的买家慎拍。",
		"全国包邮（新疆、西藏除外），下单请备注收件人电话。",
	}
	real := []string{
		"部分商家以“售出概不退换”为由拒绝退货，市场监管部门依法查处。",
		"对网购商品，除特殊商品外，消费者签收之日起七日内可无理由退货，经营者不得以任何理由拒绝。",
		"快递企业不得在未经用户同意的情况下将快件投递至驿站，签收前发现破损的，用户可当场拒收。",
	}
	for _, p := range shop {
		if !sellerTerms(p) {
			t.Errorf("sellerTerms(%q) false", p)
		}
	}
	withModel(losoTrain("heldout22"), func() {
		if _, ok := shortPromoKind(shop[0], placeGlued); !ok {
			t.Errorf("%q glued: no notice", shop[0])
		}
		if _, ok := shortPromoKind(shop[1], placeAlone); !ok {
			t.Errorf("%q alone: no notice", shop[1])
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

// TestMaskedContact: a listing's contact or figure masked by its page
// (139****6621, yun***, 预算：***万元) is a contact withheld, and a line of it
// beside a paywall's notice goes with the notice, an office's label (联系人：)
// notwithstanding; the office's contact given whole stays, and so does a
// list of winners that masks their phones.
func TestMaskedContact(t *testing.T) {
	for _, c := range []struct {
		p    string
		want bool
	}{
		{"联系电话：139****6621", true},
		{"微信：yun***", true},
		{"采购预算：***万元", true},
		{"联系电话：0731-84567890", false},
		{"王**、李*华", false},
	} {
		if got := masksContact(c.p); got != c.want {
			t.Errorf("masksContact(%q) = %v, want %v", c.p, got, c.want)
		}
	}
	const paywall = "（以下内容仅对会员开放，登录后查看完整公告）"
	runRoundCases(t, []roundCase{
		{gluedAbove, paywall + "\n联系人：赵**　联系电话：186****2290", gluedBelow, "hh"},
		{gluedAbove, paywall + "\n联系人：赵主任　联系电话：0731-84567890", gluedBelow, "hk"},
		{aloneAbove, "中奖名单：王**（138****5678）、李**（139****1234）", aloneBelow, "k"},
	})
}

// TestSaleLine: a sale line of no trade word, its price after discounts
// and its stock left (拍一发二，到手价39.9元，仅剩最后86件), is a shop's offer;
// the genre's advice to compare the price paid and its count of cases
// left stay.
func TestSaleLine(t *testing.T) {
	sale := "买一送一，到手价49.9元，仅剩最后120件"
	real := []string{
		"市商务局提醒：认准活动标识，比较实际到手价，索要正规发票。",
		"截至目前，全年信访积案仅剩12件，均已明确包案领导和化解时限。",
		"要在服务群众中实现价值，在攻坚克难中砥砺品格。",
	}
	withModel(losoTrain("heldout26"), func() {
		for _, at := range []place{placeGlued, placeAlone} {
			if _, ok := shortPromoKind(sale, at); !ok {
				t.Errorf("%q at %d: no notice", sale, at)
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
