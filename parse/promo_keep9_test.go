package parse

import "testing"

// hardKeep9: real paragraphs and lines of the genre written for session 9's
// filter work (issue 19) before any rule of it, on the subjects promotion
// shares (a 政务公众号's column and its push schedule, 12345, 网上办 and
// its downloads, 知识产权 and 版权 registration, 党费, 志愿者招募, the
// prices of public services, a series of reports, scrolling a web page, an
// association's members), some between blank lines, some glued, in every
// position: whatever the filter learns, none of them may lose a byte.
var hardKeep9 = promoSetFile("keep9").keep

// TestHardKeep9 inserts each of hardKeep9 alone into each real compilation
// (blindOneAtATime with no promotion): every one must stay whole, and no
// line of the compilation may change whether it is filtered.
func TestHardKeep9(t *testing.T) {
	blindOneAtATime(t, nil, hardKeep9, 0)
	t.Run("all-at-once", func(t *testing.T) { blindAllAtOnce(t, nil, hardKeep9, 0) })
}
