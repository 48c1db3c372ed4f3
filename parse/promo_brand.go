package parse

import (
	"strings"
	"unicode/utf8"
)

// A brand's sign-off in the genre's words carries no signal word: what
// makes it the brand's is its form and what it is written in (filter
// round 35). A coined name (coinedName: a shop's, a studio's, a clinic's,
// most of its bigrams none the genre writes) set apart by a tagline's
// separator, its tagline in English words or pictographs, which the
// genre's headings and campaign names never carry (foreignTagline); or
// the same name after a dash, glued under a paragraph, signing off in one
// short clause (dashSignOff). The genre's dash-led lines are subtitles and
// a quotation's source (——在…上的讲话, ——习近平), in its own bigrams; its
// bilingual banners name a place or a campaign in its words (数字安徽 ·
// Digital Anhui), no coined name.

// foreignTagline reports a tagline (isTagline) whose first part is a
// coined name and whose rest holds two or more English words in a run
// (SMILE MORE, Beyond Walls) or a pictograph (🌏, 🦷): 某某口腔 · SMILE
// MORE, 某某研学 · 让孩子在路上长大 🌏. The caller asks for no word of the
// genre's prose and no official word.
func foreignTagline(p string) bool {
	if len(p) > maxBareBytes || !nameThenSep(p) {
		return false
	}
	parts := taglineParts(p)
	if len(parts) < 2 || len(parts) > 3 || !coinedName(parts[0]) {
		return false
	}
	rest := strings.Join(parts[1:], " ")
	return latinWords(rest) >= 2 || hasPictograph(rest)
}

// nameThenSep reports a line opening on two to six Han characters and a
// tagline's separator (taglineSeps) after them, spaces between allowed:
// foreignTagline's first look, which reads a line's first few runes only
// (most short lines open on a heading's words and run past six).
func nameThenSep(p string) bool {
	n, i := 0, 0
	for i < len(p) && n <= 6 {
		r, ok := rune3(p, i) // every Han character is three bytes
		if !ok || !isHan(r) {
			break
		}
		n, i = n+1, i+3
	}
	if n < 2 || n > 6 {
		return false
	}
	rest := p[i:]
	for {
		if strings.HasPrefix(rest, " ") {
			rest = rest[1:]
		} else if strings.HasPrefix(rest, "\u3000") {
			rest = rest[len("\u3000"):]
		} else {
			break
		}
	}
	for _, sep := range taglineSeps {
		if strings.HasPrefix(rest, sep) {
			return true
		}
	}
	return false
}

// latinWords counts the words of two or more Latin letters in s.
func latinWords(s string) int {
	n, run := 0, 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
			run++
			continue
		}
		if run >= 2 {
			n++
		}
		run = 0
	}
	return n
}

// hasPictograph reports an emoji pictograph outside the Basic
// Multilingual Plane (🌏, 🦷, 🚗): decoration a brand signs with.
func hasPictograph(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xF0 {
			r, _ := utf8.DecodeRuneInString(s[i:])
			if r >= 0x1F300 && r <= 0x1FAFF {
				return true
			}
		}
	}
	return false
}

// dashSignOff reports a brand's one-clause sign-off after a dash
// (——某某映画，把爱定格在最好的年纪。): the dash, a coined name of four
// to six characters (coinedName), a comma and one clause of four to twenty
// characters, ending at most on 。 or ！ and holding no other clause mark,
// no title in 《》 and no figure. A quotation's source names a person of
// two or three characters and the work or the year after the comma
// (——某某，《…》; ——某某，1919年). The caller asks for no word of the
// genre's prose and no official word.
func dashSignOff(p string) bool {
	rest, ok := strings.CutPrefix(p, "——")
	if !ok || len(rest) > 30*3 {
		return false
	}
	name, clause, ok := strings.Cut(strings.TrimLeft(rest, " \u3000"), "，")
	if !ok || runeLen(name) < 4 || !coinedName(name) {
		return false
	}
	clause = strings.TrimRight(clause, "。！!")
	n := runeLen(clause)
	return n >= 4 && n <= 20 && !containsAny(clause, "，。；：！？、,;:!?《0123456789")
}

// asideAsI reports a line wholly in round brackets in which a person
// speaks as I (speaksAsI): the poster stepping out of the text to tell the
// reader what it cut, left for later or put elsewhere (（…太长了先删了，
// 等我整理成第二篇……）). The genre's bracketed lines are an editor's or a
// record's, in the third person or an office's voice (（作者系…）, （此件
// 公开发布）, （我市已于…）); of the seed's, the corpus's and the fixtures'
// documents none speaks as I. The caller asks for no word of the genre's
// prose, no official word and a wording unlike the genre's (genreWeight):
// a cadre's aside on his own years in a village (（那年我刚到村里任职，
// 对此深有体会）) is in the genre's bigrams.
func asideAsI(p string) bool {
	round := strings.HasPrefix(p, "（") && strings.HasSuffix(strings.TrimSuffix(p, "。"), "）") && strings.Count(p, "（") == 1 ||
		strings.HasPrefix(p, "(") && strings.HasSuffix(strings.TrimSuffix(p, "。"), ")") && strings.Count(p, "(") == 1
	return round && speaksAsI(p)
}

// opensSignOff reports a line that is a brand's sign-off after a dash
// (dashSignOff) or a poster's aside in brackets (asideAsI), which carry no
// signal word: the notice pass's first look, on its first byte (a dash's
// and a full-width bracket's lead bytes, E2 and EF, or an ASCII bracket)
// before either is asked.
func opensSignOff(p string) bool {
	return p != "" && (p[0] == 0xE2 || p[0] == 0xEF || p[0] == '(') && (dashSignOff(p) || asideAsI(p))
}

// creditRoles are the roles a page credits in its masthead row: writing,
// pictures, editing, layout, video.
var creditRoles = []string{"文", "图", "文字", "图片", "摄影", "编辑", "责编", "美编", "排版", "校对", "撰文", "视频", "剪辑",
	"设计", "插画", "策划", "出品", "统筹", "主编", "作者", "配音", "审校"}

// creditRow reports a page's credits in a row of two or more fields, each
// a role, a slash and a name (文 / 某某　图 / 某某　编辑 / 某某), and
// nothing else: a magazine's or an account's masthead, which the genre
// never writes; its own credits stand after a colon (编辑：…　审核：…)
// and are an office's (officeCredit).
func creditRow(p string) bool {
	if len(p) > maxBareBytes || !strings.Contains(p, "/") && !strings.Contains(p, "／") {
		return false
	}
	for _, sep := range []string{" /", "/ ", " ／", "／ "} {
		for strings.Contains(p, sep) {
			p = strings.ReplaceAll(p, sep, strings.TrimSpace(sep))
		}
	}
	fields := strings.FieldsFunc(p, func(r rune) bool { return r == ' ' || r == '\u3000' })
	if len(fields) < 2 {
		return false
	}
	for _, f := range fields {
		role, name, ok := strings.Cut(f, "/")
		if !ok {
			role, name, ok = strings.Cut(f, "／")
		}
		if !ok || name == "" || runeLen(name) > 12 || containsAny(name, "，。；：！？、/／") || !isWordOf(role, creditRoles) {
			return false
		}
	}
	return true
}

// isWordOf reports s equal to one of words.
func isWordOf(s string, words []string) bool {
	for _, w := range words {
		if s == w {
			return true
		}
	}
	return false
}

// readingTime reports a page's estimate of its reading time on a short
// line of its own (▌阅读约 6 min, 阅读时长 4 分钟): 阅读, then an estimate's
// mark (约, 需, 预计, 时长, a colon) and a figure with a unit of minutes,
// no sentence and at most twenty characters. The genre sets reading time
// as a task (每日阅读30分钟, 每日阅读不少于30分钟。), no estimate.
func readingTime(p string) bool {
	if runeLen(p) > 20 || strings.Contains(p, "。") {
		return false
	}
	i := strings.Index(p, "阅读")
	if i < 0 || !containsAny(p[i:], "约需计长：:") {
		return false
	}
	for ; i < len(p); i++ {
		if !isDigit(p[i]) || i+1 < len(p) && isDigit(p[i+1]) {
			continue
		}
		rest := strings.TrimLeft(p[i+1:], " ")
		if strings.HasPrefix(rest, "分钟") || strings.HasPrefix(rest, "min") || strings.HasPrefix(rest, "分") {
			return true
		}
	}
	return false
}
