package parse

import "strings"

// authorLabels open a byline: the author of the text named under its title.
var authorLabels = []string{"作者：", "作者:"}

// maxAuthorName bounds the name a byline gives: a person's name or a pen
// name, a few Han characters (徐公子胜治).
const maxAuthorName = 8

// isAuthorLine reports a byline naming the document's author alone (作者：徐公子胜治):
// a label of authorLabels, then a name of two to maxAuthorName Han
// characters and nothing else: no date, column, site or account (作者：笔
// 杆子小陈 · 专栏 · 2024-06-12, 作者：admin　来源：本站整理 are a page's
// furniture), no site's name (网, 站, 号), no other signal. Like the title
// it stands under, it is the document's own: beside a site's notice glued
// before the text it never heads the notice (isNoticeHead).
func isAuthorLine(p string) bool {
	for _, l := range authorLabels {
		name, ok := strings.CutPrefix(p, l)
		if !ok {
			continue
		}
		n := 0
		for _, r := range name {
			if !isHan(r) {
				return false
			}
			n++
		}
		if n < 2 || n > maxAuthorName || containsWord(name, siteNameMarks) {
			return false
		}
		h, _ := noticeHits(name)
		return !h.signalled()
	}
	return false
}
