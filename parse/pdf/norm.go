package pdf

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// radicals maps the CJK Radicals Supplement forms that CJK fonts share
// with ordinary characters to those characters. Chromium (Skia) writes a
// ToUnicode map from the font's own cmap, where one glyph of Noto CJK is
// both 民 and the radical ⺠, and it may pick the radical; poppler and
// readers show the character. Kangxi radicals (⼤) and compatibility
// ideographs have NFKC decompositions; these do not.
var radicals = map[rune]string{
	'⺠': "民", '⻓': "长", '⻛': "风", '⻔': "门", '⻢': "马", '⻘': "青", '⻬': "齐", '⻜': "飞",
	'⻝': "食", '⻣': "骨", '⻰': "龙", '⻁': "虎", '⻩': "黄", '⻆': "角", '⻅': "见", '⻋': "车",
	'⻉': "贝", '⻚': "页", '⻥': "鱼", '⻦': "鸟", '⻨': "麦", '⻮': "齿", '⻄': "西", '⻤': "鬼",
	'⻙': "韦", '⻗': "雨", '⻑': "長", '⻈': "讠", '⻠': "饣", '⺟': "母", '⻳': "龟",
	'⸺': "——", '⸻': "———",
}

// unifyCJK replaces radical and compatibility forms with the characters
// they stand for; other text is unchanged (NFKC on the whole would turn
// full-width Ａ into A).
func unifyCJK(s string) string {
	if !strings.ContainsFunc(s, isCompat) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case radicals[r] != "":
			b.WriteString(radicals[r])
		case isCompat(r):
			b.WriteString(norm.NFKC.String(string(r)))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isCompat(r rune) bool {
	return (r >= 0x2E3A && r <= 0x2E3B) || (r >= 0x2E80 && r <= 0x2FDF) || (r >= 0xF900 && r <= 0xFAFF)
}
