package parse

import "testing"

// blind11Floor is what the filter hides of the eleventh blind set
// (heldout11_test.go). Measured blind by the coordinator (its author never
// opened filter code, /work/blind11/RESULTS.md): 23, 20 and 20 of 30 (seed,
// 十九大, 一号文件) one at a time on 8a83e3f, real text kept 22, 20 and 23
// of 25. Seen since session 12, it is development data: this floor keeps
// the filter from losing ground on it, and the next blind set must be new.
// At the end of session 12: 25, 23 and 23 one at a time, 24, 24 and 23 all
// at once (the learned model trained on it too; held out of the model,
// TestPromoLOSO, 25, 23 and 23), real text kept 23, 21 and 24 of 25 by the
// strict count, the others lead-sentence paragraphs read as measures
// (blindKeepLeads).
const blind11Floor = 23

// TestBlindHeldOut11 runs the eleventh blind set (heldout11_test.go)
// through the same harness as the earlier sets, its real paragraphs
// through blindKeepLeads: most of them open with a lead sentence
// (加强政务新媒体矩阵建设。…), and inserted among a compilation's
// lead-sentence paragraphs they become measures as those are.
func TestBlindHeldOut11(t *testing.T) {
	t.Run("one-at-a-time", func(t *testing.T) { blindOneAtATime(t, blind11Promo, nil, blind11Floor) })
	t.Run("keep", func(t *testing.T) { blindKeepLeads(t, blind11Keep) })
	t.Run("all-at-once", func(t *testing.T) { blindAllAtOnce(t, blind11Promo, blind11Keep, blind11Floor) })
}
