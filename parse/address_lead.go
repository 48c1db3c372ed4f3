package parse

import "strings"

// addressOrNotice reports a ：-clause that opens a paragraph addressing
// people (家长朋友们：, 同志们：, 广大居民朋友们：: it ends with 们, as an
// 倡议书's or a speech's address does) or under a notice's label that
// names no measure (乘梯温馨提示：, 我们倡议：: it ends with 提示 or 倡议 and
// opens with no measure verb, where a lead says what is done, 强化风险提示：).
// Neither titles what follows: the paragraph is the address's or the
// notice's text, no measure of the part it stands in.
func addressOrNotice(t string) bool {
	if strings.HasSuffix(t, "们") {
		return true
	}
	_, ok := hasSuffixAny(t, "提示", "倡议")
	return ok && !opensWithMeasureVerb(t)
}
