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
// (专注), service to the reader (为您, 让您, 伴您, 陪您, 与您), trust (值得信赖), a one-stop service (一站), a home of one's own (自己的).
var brandClaims = []string{"专注", "为您", "让您", "伴您", "陪您", "与您", "值得信赖", "一站", "自己的"}

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
	parts := []string{p}
	for _, sep := range taglineSeps {
		var next []string
		for _, s := range parts {
			next = append(next, strings.Split(s, sep)...)
		}
		parts = next
	}
	name, claim := false, false
	for _, s := range parts {
		s = strings.Trim(s, " 　")
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
