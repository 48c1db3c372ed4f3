package parse

import (
	"math"
	"testing"
)

// TestLearnFloor: the genre's vote (learnFloor) is -1 from odds of -20
// and -2 from -52 (filter round 33; -15 and -40 before the logistic fit's
// share widened the model's odds).
func TestLearnFloor(t *testing.T) {
	for _, c := range []struct{ lo, want int }{
		{0, 0}, {-15, 0}, {-19, 0}, {-20, -1}, {-40, -1}, {-51, -1}, {-52, -2}, {-120, -2},
	} {
		if got := learnFloor(c.lo); got != c.want {
			t.Errorf("learnFloor(%d) = %d, want %d", c.lo, got, c.want)
		}
	}
}

// TestLearnFitSeparates: the logistic fit (fitLogistic) scores each line
// it was fitted on on its class's side, the same twice, and the model adds
// its share to naive Bayes's: a pitch's slot, which the genre never
// fills, weighs what naive Bayes with learnSmooth gives plus learnFit
// times the fit's weight.
func TestLearnFitSeparates(t *testing.T) {
	lc := new(learnCounts)
	promo := "扫码添加客服微信，领取全套模板\n关注公众号，回复关键词下载原稿\n私信小助手，备注“材料”即可进群"
	genre := "全面推进乡村振兴，加强农村基础设施建设。\n持续改善农村人居环境，健全基层治理体系。\n坚持稳中求进工作总基调，推动高质量发展。"
	lc.addText(promo, true)
	lc.addText(genre, false)
	w := lc.fitLogistic()
	if again := lc.fitLogistic(); !equalFloats(w, again) {
		t.Fatal("the same lines fitted twice gave two fits")
	}
	for k := range lc.ends {
		from := 0
		if k > 0 {
			from = lc.ends[k-1]
		}
		sum := 0.0
		for _, h := range lc.slots[from:lc.ends[k]] {
			sum += w[h]
		}
		if (sum > 0) != lc.promo[k] {
			t.Errorf("line %d (promotion %v) fitted at %.2f", k, lc.promo[k], sum)
		}
	}
	m := lc.model()
	var slot uint32
	found := false
	learnFeatures("扫码", func(h uint32) {
		if !found && lc.c[0][h] == 0 && lc.c[1][h] > 0 {
			slot, found = h, true
		}
	})
	if !found {
		t.Fatal("fixture: no slot of 扫码 that only the pitches fill")
	}
	base := math.Log(float64(lc.n[0])+learnSmooth*learnSize) - math.Log(float64(lc.n[1])+learnSmooth*learnSize)
	nb := math.Log(float64(lc.c[1][slot])+learnSmooth) - math.Log(learnSmooth) + base
	if want := int8(math.Round((nb + learnFit*w[slot]) * learnScale)); m.w[slot] != want || w[slot] <= 0 {
		t.Errorf("a pitch's slot weighs %d (fit %.2f), want %d", m.w[slot], w[slot], want)
	}
}

func equalFloats(a, b []float64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
