package parse

import (
	"testing"

	"wenji/model"
)

// The rules filter round 29 added for classes of what the sets held out
// of the model missed (TestPromoLOSO) in the kinds 声明, 节选 and 售卖, each
// in a general form and tested on wordings of its own, weighed with a
// model trained without heldout26 as the leave-one-set-out measure does.

// TestAffiliationDenied: a page's note that it is not, nor speaks for, any
// official body while it limits its standing or names its sources is fine
// print wherever it stands; the genre's own 任何 (任何单位不得…, 不委托任何
// 机构…, 均与本次考试无关) and an office's statement naming itself are not.
func TestAffiliationDenied(t *testing.T) {
	fine := []string{
		"本号所发政策解读为个人学习整理，与任何政府部门无关，具体以正式文件为准。",
		"本小程序为第三方工具，非任何税务机关官方应用，测算结果仅供参考。",
		"文中范例均为虚拟示例，不代表任何单位的真实情况，请勿照搬。",
	}
	real := []string{
		"本次考试不指定辅导用书，不举办也不委托任何机构举办考试辅导培训班，社会上任何以命题组名义举办的辅导班均与本次考试无关，请以本公告为准。",
		"任何单位和个人不得以考试名义收取费用，具体要求以招考简章为准。",
		"我局郑重声明：该网站与任何政府部门无关，所发布信息均不代表我局意见，请以我局官网为准。",
		"招标文件中的技术参数仅供参考，任何供应商均可依法参与竞争。",
	}
	withModel(losoTrain("heldout26"), func() {
		for _, p := range fine {
			for _, at := range []place{placeGlued, placeAlone} {
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

// TestFictionDisclaimer: a story's or a sample's note that its names and
// plot are invented (本文纯属虚构, 请勿对号入座) disowns the text it names;
// a police notice that a rumour is invented names no text of its own.
func TestFictionDisclaimer(t *testing.T) {
	fine := []string{
		"本故事纯属虚构，如有雷同，纯属巧合。",
		"文中人物、单位均为虚构，请勿对号入座。",
	}
	real := []string{
		"经公安机关调查核实，网传“某镇干部打人”视频内容纯属虚构，发布者已被依法处理。",
		"对编造虚构险情、散布谣言的，依法予以查处，请广大群众以官方发布为准。",
		"要对照问题清单主动对号入座，逐条检视，切实做到即知即改。",
	}
	withModel(losoTrain("heldout26"), func() {
		for _, p := range fine {
			for _, at := range []place{placeGlued, placeAlone} {
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

// TestShopPriced: a long sentence that trades and prices in the shop's
// sign (¥) is a seller's offer where it stands, glued in an article; the
// genre's report of prices in 元 is prose.
func TestShopPriced(t *testing.T) {
	for _, c := range []struct {
		p    string
		want bool
	}{
		{"早鸟价 ¥399", true},
		{"￥ 58.00", true},
		{"¥ 元", false},
		{"每件58元", false},
	} {
		if got := hasSignedPrice(c.p); got != c.want {
			t.Errorf("hasSignedPrice(%q) = %v, want %v", c.p, got, c.want)
		}
	}
	offer := "星河 X3 降噪耳机首发价 ¥599（日常价 ¥899），下单付定金 ¥99 即可锁定名额，尾款于发货前补齐，前300名加赠收纳盒一只，预计下月中旬统一发货。"
	report := "经查，该店销售的降噪耳机标价899元，首发期间实际成交价599元，定金99元在发货前一律不予退还，已责令其限期整改并处罚款。"
	withModel(losoTrain("heldout26"), func() {
		if _, ok := shortPromoKind(offer, placeGlued); !ok {
			t.Errorf("%q glued: no notice", offer)
		}
		for _, at := range []place{placeGlued, placeAlone} {
			if _, ok := shortPromoKind(report, at); ok {
				t.Errorf("%q at %d: a notice", report, at)
			}
		}
	})
}

// TestTeasesRest: a teaser that wants the whole elsewhere (想看完整版…) or
// boasts of the next issue (下期更精彩) points to the rest of its text; the
// genre's pointer to a policy and its next issue's subject do not.
func TestTeasesRest(t *testing.T) {
	tease := []string{
		"想看完整版访谈的朋友，可以去我们的音频号收听",
		"今天先聊到这儿，下期更精彩",
		"欲知后事如何，且听下回分解",
	}
	real := []string{
		"想了解更多政策的市民，可登录市政府门户网站查看完整文件。",
		"下期简报拟刊发“政务服务”专题，请各单位按时报送材料。",
		"下一期培训将更加注重实操演练。",
	}
	for _, p := range tease {
		if !teasesRest(p) {
			t.Errorf("teasesRest(%q) false", p)
		}
	}
	for _, p := range real {
		if teasesRest(p) {
			t.Errorf("teasesRest(%q) true", p)
		}
	}
}
