package parse

import "strings"

// A writing site's motto (公文有道，下笔有神; 一起写，一起进步！) carries no
// word of trade, no handle and no claim brandClaim knows, and its words
// are often the genre's own. What makes it the site's is that it speaks of
// the craft the site sells, writing, in a motto's form: two short clauses
// of Han characters in parallel and nothing else, no figure, no word of the
// genre's prose, no official sender. The genre writes of its materials in
// sentences that govern them (材料报送要及时、准确), and its two-clause
// slogans are about what it governs (文明城市，你我共建), not about
// writing.

// craftWords name the craft a writing site sells: writing, the pen, the
// draft, the written word.
var craftWords = []string{"写", "笔", "稿", "文字", "材料", "公文", "文章", "一字"}

// craftMotto reports a motto about writing: a line of two parts, each of
// two to ten Han characters, split by ， or a tagline's separator (· ｜
// ——, a wide space), ending at most on 。 or ！, one part at least
// naming the craft (craftWords). The caller asks for no word of the
// genre's prose and no official word.
func craftMotto(p string) bool {
	if len(p) > 20*3+3 || !containsWord(p, craftWords) {
		return false
	}
	p = strings.TrimRight(p, "。！!")
	var parts []string
	if a, b, ok := strings.Cut(p, "，"); ok {
		parts = []string{a, b}
	} else {
		parts = taglineParts(p)
		if len(parts) == 1 {
			parts = strings.FieldsFunc(p, func(r rune) bool { return r == '　' })
		}
	}
	if len(parts) != 2 {
		return false
	}
	for _, s := range parts {
		if n := runeLen(s); n < 2 || n > 10 || !hanOnly(s) {
			return false
		}
	}
	return true
}
