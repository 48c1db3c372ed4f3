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
// framed already counts). A longer line is one only when it lists its
// items between marks of a list (listedItems: 相关演出 ▸ …《纸上城》巡演 ▸
// …加场 ▸ …音乐节　查看全部24场 ＞), as a page's row of related links does.
func linkRow(p string) bool {
	p = trimSpaceRight(p)
	size := chevronEnd(p)
	if size == 0 {
		return false // most lines, at once (and an empty one)
	}
	if len(p) > 72 && (len(p) > maxListRow || !listedItems(p)) {
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

// maxListRow is the longest line, in bytes, read as a row of links
// listing its items (linkRow): two lines of a phone's screen.
const maxListRow = 240

// listMarks are the marks a page's row sets between its items: a
// triangle's pointer, a bar, a bullet or a middle dot.
var listMarks = []string{"▸", "▶", "►", "‣", "▹", "|", "｜", "•", "·"}

// listedItems reports a line that sets one of listMarks between its items
// at least twice, with words between (A ▸ B ▸ C): a list in a row.
func listedItems(p string) bool {
	for _, m := range listMarks {
		if i := strings.Index(p, m); i >= 0 && strings.Contains(p[i+len(m):], m) {
			return true
		}
	}
	return false
}

// chevrons are the disclosure chevrons a link row ends on (linkRow).
var chevrons = []string{"›", "»", "＞", ">"}

// chevronEnd is the length in bytes of the chevron p ends on, or 0.
func chevronEnd(p string) int {
	for _, c := range chevrons {
		if strings.HasSuffix(p, c) {
			return len(c)
		}
	}
	return 0
}

// trimSpaceRight is p without the spaces, tabs and ideographic spaces at
// its end, byte by byte: linkRow asks it of every short line.
func trimSpaceRight(p string) string {
	for {
		switch {
		case strings.HasSuffix(p, " "), strings.HasSuffix(p, "\t"):
			p = p[:len(p)-1]
		case strings.HasSuffix(p, "\u3000"):
			p = p[:len(p)-len("\u3000")]
		default:
			return p
		}
	}
}
