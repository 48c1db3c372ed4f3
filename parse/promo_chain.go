package parse

import (
	"strings"
	"unicode/utf8"
)

// dotChain reports a line that is a chain of three or more short phrases
// parted by middle dots (诚信·专业·高效·共赢——金笔文化传媒, 搭建交流平台 · 汇聚
// 行业力量 · 成就会展精彩, 公司注册 · 变更 · 注销): a shop's or a firm's
// slogan or its list of services, set apart from the prose around it by
// its form, as a frame of dashes sets a page's furniture apart
// (framesWords). The genre writes its lists in 、 and its sentences in
// clauses; a dot parts a foreign name's two or three names, at most one
// of which runs to four characters. A dash before a name (——金笔文化传媒)
// parts the chain too. Each part is a phrase of at most twelve characters
// and no clause mark; four parts or more, or three of which two run to
// four characters or more.
func dotChain(p string) bool {
	if len(p) > maxBareBytes || !containsAny(p, "·・•") {
		return false
	}
	parts, long := 0, 0
	for rest := p; rest != ""; {
		end := strings.IndexFunc(rest, chainSep)
		f := rest
		if end >= 0 {
			f = rest[:end]
			_, size := utf8.DecodeRuneInString(rest[end:])
			rest = rest[end+size:]
		} else {
			rest = ""
		}
		f = strings.Trim(f, " \u3000")
		n := utf8.RuneCountInString(f)
		if n == 0 {
			continue
		}
		if n > 12 || containsAny(f, "，。；：！？、,;:!?") {
			return false
		}
		parts++
		if n >= 4 {
			long++
		}
	}
	return parts >= 4 || parts == 3 && long >= 2
}

// chainSep reports a rune that parts a dotChain's phrases.
func chainSep(r rune) bool { return r == '·' || r == '・' || r == '•' || r == '—' }
