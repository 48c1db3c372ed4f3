package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// linkRow reports a short line that ends on a disclosure chevron (›, »,
// ＞ or >) after a label of its own: a page's link to more of something
// (适用门店（3）›, 全部评价（2318）›, 查看更多 >, 附近的店 »), a row an app
// draws to be tapped. The genre's lines end on a sentence's mark, a
// bracket, a word or a figure, never on a chevron; nor is a chevron that
// closes a pair (<…>, ‹…›) one, nor a run of them (>>>, the decoration
// framed already counts).
func linkRow(p string) bool {
	p = strings.TrimRight(p, " \t\u3000")
	if p == "" || len(p) > 72 {
		return false
	}
	last, size := utf8.DecodeLastRuneInString(p)
	if last != '›' && last != '»' && last != '＞' && last != '>' {
		return false
	}
	if strings.ContainsAny(p, "<‹«＜") {
		return false
	}
	label := strings.TrimRight(p[:len(p)-size], " \t\u3000")
	if prev, _ := utf8.DecodeLastRuneInString(label); prev == '›' || prev == '»' || prev == '＞' || prev == '>' || prev == '-' || prev == '=' {
		return false
	}
	words := 0
	for _, r := range label {
		if unicode.Is(unicode.Han, r) || unicode.IsLetter(r) {
			words++
		}
	}
	return words >= 2
}
