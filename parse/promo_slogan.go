package parse

import "strings"

// A site's or a shop's slogan worded in the genre's own words (某某在线——
// 某某人自己的网上家园, 信息一站查 · 某某通) carries no word of trade nor
// a handle, and its wording is not odd enough to be weighed bare. What
// makes it the site's is its form: a name joined by a tagline's separator
// to a claim the name makes about itself or its customers. A report's
// heading joins its subject to a task in the genre's words (山海协作 ·
// 共富路上), a campaign its call to the public (创建全国文明城市 人人参与):
// neither claims to serve, guard or be devoted.

// brandClaims are a name's claims about itself or its customers: devotion
// (专注, 二十八年只做一件事), service to the reader (为您, 让您, 伴您, 陪您,
// 与您), trust (值得信赖), a one-stop service (一站), a home of one's own
// (自己的).
var brandClaims = []string{"专注", "只做", "为您", "让您", "伴您", "陪您", "与您", "值得信赖", "一站", "自己的"}

// taglineSeps split a tagline into its parts (isTagline's separators).
var taglineSeps = []string{"——", "·", "丨", "|", "｜", "・", "•"}

// brandClaim reports a tagline (isTagline) that joins a name, a part of
// two to six Han characters and nothing else with no claim in it, to a
// part holding a claim of brandClaims. The caller asks for no word of the
// genre's prose and no official sender.
func brandClaim(p string) bool {
	if !containsWord(p, brandClaims) || !containsWord(p, taglineSeps) {
		return false
	}
	name, claim := false, false
	for _, s := range taglineParts(p) {
		switch {
		case containsWord(s, brandClaims):
			claim = true
		case isHanName(s):
			name = true
		}
	}
	return name && claim
}

// isHanName reports a part of two to six Han characters and nothing else.
func isHanName(s string) bool {
	n := 0
	for _, r := range s {
		if !isHan(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// taglineParts splits p at the tagline's separators (taglineSeps), each
// part trimmed of spaces.
func taglineParts(p string) []string {
	parts := []string{p}
	for _, sep := range taglineSeps {
		var next []string
		for _, s := range parts {
			next = append(next, strings.Split(s, sep)...)
		}
		parts = next
	}
	for i, s := range parts {
		parts[i] = strings.Trim(s, " 　")
	}
	return parts
}

// headingPair reports a heading's parallel pair (专注主业——聚焦主责, 对仗):
// two parts of Han characters only, of one length (four to eight), joined
// by one separator. The genre heads its parts so, and the words a slogan
// promises with (专注) are then the heading's own, as is a claim in either
// half; a name is no half of such a pair. A pair that speaks to the
// reader (印您所想, 感恩有你) is still weighed on its 您 or 你.
func headingPair(p string) bool {
	parts := taglineParts(p)
	if len(parts) != 2 {
		return false
	}
	a, b := runeLen(parts[0]), runeLen(parts[1])
	return a == b && a >= 4 && a <= 8 && hanOnly(parts[0]) && hanOnly(parts[1])
}

// hanOnly reports a string of Han characters and nothing else.
func hanOnly(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return s != ""
}

// coinedName reports a part of two to six Han characters that is no
// phrase of the genre: two thirds or more of its bigrams are none the
// genre writes (慧账财税, 听雨轩旧书), as a shop's coined name is; the
// genre's own names of campaigns and columns (乡村振兴, 党建引领, 平安中国)
// are in its words.
func coinedName(s string) bool {
	if !isHanName(s) {
		return false
	}
	odd, n := genreOdd(s)
	return n > 0 && 3*odd >= 2*n
}

// twoClauseTagline reports a tagline of two short clauses parted by ，
// (一书一世界，旧书有温度; 让老板专心做生意，账交给我们): each of three
// to ten characters, no sentence.
func twoClauseTagline(s string) bool {
	a, b, ok := strings.Cut(s, "，")
	if !ok || containsAny(b, "，。；") {
		return false
	}
	n, m := runeLen(a), runeLen(b)
	return n >= 3 && n <= 10 && m >= 3 && m <= 10
}

// nameTagline reports a shop's name and its tagline: a tagline (isTagline)
// of two parts, a coined name (coinedName) and two short clauses
// (twoClauseTagline), such as shops sign with (某某书坊｜一页一故事，好书
// 有归处) and claim nothing in words brandClaim knows. The caller asks
// for no word of the genre's prose and no official sender: a report's
// heading that runs on in two clauses (乡村振兴——产业兴旺，生态宜居) names
// its subject in the genre's words, and its clauses carry them.
func nameTagline(p string) bool {
	if len(p) > maxBareBytes || !strings.Contains(p, "，") || !containsWord(p, taglineSeps) {
		return false
	}
	parts := taglineParts(p)
	return len(parts) == 2 && coinedName(parts[0]) && twoClauseTagline(parts[1])
}

// sloganSignals weighs a tagline (isTagline) of no official word: a
// heading's parallel pair keeps its promise words as the heading's
// (headingPair); a name's claim about itself (某某在线——…自己的网上家园),
// a coined name over a two-clause tagline (nameTagline), a chain of
// its virtues or its services (dotChain: 诚信·专业·高效·共赢——金笔文化传媒)
// and a coined name's tagline in English or pictographs (foreignTagline,
// promo_brand.go) are the site speaking of itself.
func sloganSignals(p string, h *hits) {
	switch {
	case headingPair(p) && h[fReader]+h[fSelf] == 0:
		h[fPromise] = 0
	case h[fProse] <= 1 && brandClaim(p), h[fProse] == 0 && nameTagline(p), h[fSelf] == 0 && dotChain(p),
		h[fProse]+h[fSelf] == 0 && foreignTagline(p):
		h[fSelf]++
	}
}

// spacedClaim reports an agent's or a shop's sign-off parted by spaces
// (某某保险 张三 伴您一路同行): Han parts only, the last a claim of
// brandClaims, every other a name of two to six characters. The caller
// asks for the reader addressed (the claims are to 您) and no official
// word: an office's service line names its office (政务服务 为您办好).
func spacedClaim(p string) bool {
	parts := strings.FieldsFunc(p, func(r rune) bool { return r == ' ' || r == '　' })
	if len(parts) < 2 || len(parts) > 4 || !containsWord(parts[len(parts)-1], brandClaims) || !hanOnly(parts[len(parts)-1]) {
		return false
	}
	for _, s := range parts[:len(parts)-1] {
		if !isHanName(s) || containsWord(s, brandClaims) {
			return false
		}
	}
	return true
}
