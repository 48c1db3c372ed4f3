package parse

import (
	"math"
	"testing"
)

// TestLearnSmooth: a slot is weighed with learnSmooth added to each
// class's count (filter round 33; one before): a slot that only the
// pitches fill, once, weighs log((1+s)/s) over the classes' base.
func TestLearnSmooth(t *testing.T) {
	lc := new(learnCounts)
	lc.addText("扫码添加客服微信，领取全套模板", true)
	lc.addText("全面推进乡村振兴，加强农村基础设施建设。", false)
	m := lc.model()
	var slot uint32
	found := false
	learnFeatures("扫码", func(h uint32) {
		if !found && lc.c[0][h] == 0 && lc.c[1][h] == 1 {
			slot, found = h, true
		}
	})
	if !found {
		t.Fatal("fixture: no slot of 扫码 that only the pitch fills, once")
	}
	base := math.Log(float64(lc.n[0])+0.75*learnSize) - math.Log(float64(lc.n[1])+0.75*learnSize)
	if want := int8(math.Round((math.Log(1.75/0.75) + base) * learnScale)); m.w[slot] != want {
		t.Errorf("a pitch's slot weighs %d, want %d (three quarters of a count added)", m.w[slot], want)
	}
}
