package parse

import "strings"

// A writing site's motto (落笔有据，成文有章; 一起改稿，一起成长！) carries no
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

// obligations are the genre's modal words of a requirement (材料要真实，
// 数据要准确): a motto claims, a notice requires.
var obligations = []string{"要", "应", "须", "必", "不得"}

// craftMotto reports a motto about writing: a line of two parts, each of
// two to six Han characters, split by ， or a tagline's separator (· ｜
// ——, a wide space), ending at most on 。 or ！, one part at least
// naming the craft (craftWords), no modal of a requirement (obligations).
// A sentence of the genre runs longer in one clause at least (文章要写得
// 短些，已成为大家的共识; 让我们携手并进，共创公文工作新局面！). The caller
// asks for no word of the genre's prose and no official word.
func craftMotto(p string) bool {
	if len(p) > 12*3+3 || !containsWord(p, craftWords) || containsWord(p, obligations) {
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
		if n := runeLen(s); n < 2 || n > 6 || !hanOnly(s) {
			return false
		}
	}
	return true
}
