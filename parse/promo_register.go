package parse

import (
	"math/bits"
	"strings"

	"wenji/model"
)

// The filter weighs a line against the genre's Chinese prose: a line in
// Latin letters is a program's or a site's residue there (fShape), the
// learned model, whose genre text writes almost no Latin, takes Latin
// letters for promotion, and a run of letters and digits is a handle
// (hasHandleID). In a document whose own body is written in Latin script
// (an English README, a report in translation, a software manual, a
// bilingual notice) those lines are its content, and those signals say
// nothing of them: the document's register, read once from the whole
// text, turns them off for its Latin lines. The words of every signal
// (Subscribe, Sign in, ©, All rights reserved, Read more) still count.

// featureWords are the words of one feature.
type featureWords struct {
	f     feature
	words []string
}

// latinNoticeFeatures are the words of the signals as an English page writes
// them, matched as whole words (noticeHits: the app is not the appendix).
// A call to act or to buy opens its sentence (Download the app, Subscribe
// now): the lower-case verb is a description of what people do (residents
// can download the forms), and is none of them. Where the document is
// written in Latin script, these are what tells its notices from its prose,
// as the genre's own signal words do in a Chinese document.
var latinNoticeFeatures = []featureWords{
	{fAct, []string{"Subscribe", "Follow us", "Sign up", "Share this", "Click here", "Join us", "Like us"}},
	{fTrade, []string{"Get", "Download", "Buy now", "Order now", "Free trial", "Upgrade now"}},
	{fHandle, []string{"WeChat", "Weibo", "Twitter", "Facebook", "Instagram", "LinkedIn", "YouTube", "WhatsApp",
		"Telegram", "TikTok", "newsletter", "Newsletter", "RSS", "the app", "App Store", "Google Play"}},
	{fCut, []string{"Log in", "full article", "full story", "subscribers only", "members only", "Members only", "paywall"}},
	{fSource, []string{"Privacy Policy", "Terms of Use", "Terms of Service"}},
	{fNav, []string{"Related articles", "Related posts", "Related stories", "also like", "Next article",
		"Previous article", "Next post", "Previous post", "Share on"}},
	{fSelf, []string{"Advertisement", "ADVERTISEMENT", "Sponsored", "our app", "our site", "our website"}},
}

// allNoticeFeatures is noticeFeatures and then latinNoticeFeatures.
func allNoticeFeatures() []featureWords {
	return append(append([]featureWords(nil), noticeFeatures...), latinNoticeFeatures...)
}

// wholeWord reports that the n bytes of p at i stand as a word of their
// own: no Latin letter right before or right after them.
func wholeWord(p string, i, n int) bool {
	letter := func(c byte) bool { return (c|0x20)-'a' < 26 }
	return (i == 0 || !letter(p[i-1])) && (i+n >= len(p) || !letter(p[i+n]))
}

// register is the script a document's body is written in, which its
// lines are weighed against.
type register uint8

const (
	registerGenre register = iota // the genre's: Chinese, Latin only in terms, codes and handles
	registerLatin                 // Latin script: English or a bilingual text
)

// scriptCount counts the Latin letters and the Han characters (the BMP's
// main block, by the lead byte of their UTF-8) of s: one pass over its
// bytes, no decoding, as it reads every line of a file. Eight bytes at a
// time (bytesIn): byte by byte, a branch on each byte of mixed text was
// most of textRegister's cost, which reads 1 MB of every text on one core
// before the junk filter starts (15.7 M instructions).
func scriptCount(s string) (latin, han int) {
	const ones = 0x0101010101010101
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := load8(s, i)
		latin += bits.OnesCount64(bytesIn(x|0x20*ones, 'a', 'z'))
		han += bits.OnesCount64(bytesIn(x^0x80*ones, 0xE4-0x80, 0xE9-0x80))
	}
	for ; i < len(s); i++ {
		c := s[i]
		if (c|0x20)-'a' < 26 {
			latin++
		} else if c-0xE4 < 6 {
			han++ // U+4000–U+9FFF
		}
	}
	return latin, han
}

// bytesIn returns the high bit of each byte of x that lies in [lo, hi],
// where 0 < lo <= hi < 0x80. Each byte's low seven bits, their high bit
// set, less lo (less hi+1) keeps the high bit exactly when they are at
// least lo (more than hi), with no borrow from the byte above; a byte
// whose own high bit is set lies outside.
func bytesIn(x uint64, lo, hi byte) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	v := x&^high | high
	return (v - uint64(lo)*ones) &^ (v - uint64(hi+1)*ones) &^ x & high
}

// registerOf is the register of a text of latin letters and han Han
// characters: Latin when the letters are at least twice the characters.
// A translation writes some four or five letters for a Han character, so
// the Latin part then says a third or more of what the document says; a
// compilation of the genre writes letters in its terms, codes and
// addresses (GDP, GB/T 9704, www.gov.cn), a few in a hundred characters,
// and a site's English notices in it are a few lines among its articles.
func registerOf(latin, han int) register {
	if latin > 0 && latin >= 2*han {
		return registerLatin
	}
	return registerGenre
}

// noticeScore is noticeScoreIn for a line of a document in the genre's
// register, and scoreNotice scoreNoticeIn.
func noticeScore(p string) (int, hits) { return noticeScoreIn(p, registerGenre) }

func scoreNotice(p string, at place) (model.JunkKind, bool) {
	return scoreNoticeIn(p, at, registerGenre)
}

// textRegister is the register of text: its letters and characters
// counted whole up to registerSample bytes, beyond it in registerWindows
// windows spread evenly over it, which tell a share of letters as well
// (a byte in the middle of a rune is no letter, nor a lead byte) and keep
// the count off a 100 MB file's time.
func textRegister(text string) register {
	if len(text) <= registerSample {
		return registerOf(scriptCount(text))
	}
	latin, han := 0, 0
	w := registerSample / registerWindows
	for k := range registerWindows {
		at := k * (len(text) - w) / (registerWindows - 1)
		l, h := scriptCount(text[at : at+w])
		latin, han = latin+l, han+h
	}
	return registerOf(latin, han)
}

// registerSample is the most of a text textRegister reads, in
// registerWindows windows.
const (
	registerSample  = 1 << 20
	registerWindows = 64
)

// latinLine reports a line whose profile is mostly Latin letters: more
// than two for each Han character.
func (pr *profile) latinLine() bool { return pr.latin > 2*pr.han }

// latinResidue reports a line of a Chinese document (registerGenre) with
// no Han character and three Latin letters or more (Notice: The content
// above…, 45 captures, 12 Jun 2019 - 03 Mar 2026): glued to a line of
// promotion, no blank line between (spreadPromo), it is that notice's
// other line (its translation, a program's counter or date), whatever
// its length: the genre glues no line of Latin script to its prose. A
// Latin document's lines are its own, and a Latin line set off by a blank
// line is weighed alone.
func latinResidue(p string, reg register) bool {
	if reg != registerGenre {
		return false
	}
	letters := 0
	for _, r := range p {
		switch {
		case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
			letters++
		case r >= 0x2E80:
			return false // a Han character (or a full-width mark: a Chinese line's)
		}
	}
	return letters >= 3
}

// ownScript reports a line written in the document's own script when that
// is not the genre's: a Latin line of a Latin document, which the signals
// that stand for "Latin, unlike the genre" do not weigh.
func (reg register) ownScript(pr *profile) bool {
	return reg == registerLatin && pr.latinLine()
}

// rightsLine reports a line written as a rights notice is: its rights
// reserved (All rights reserved), or a year after the word copyright
// (Copyright 2025 Example Inc.).
func rightsLine(s string) bool {
	if strings.Contains(s, "ights reserved") || strings.Contains(s, "ights Reserved") || strings.Contains(s, "IGHTS RESERVED") {
		return true
	}
	for _, w := range []string{"Copyright", "copyright", "COPYRIGHT"} {
		for rest := s; ; {
			i := indexWord(rest, w)
			if i < 0 {
				break
			}
			rest = strings.TrimLeft(rest[i+len(w):], " ")
			if rest != "" && isDigit(rest[0]) {
				return true
			}
		}
	}
	return false
}

// cadenceIn is cadence for a line of a document of register reg: a Latin
// line of a Latin document is a sentence of its prose when it ends as one
// (. ! ?) and runs long, at three runes for a Han character (a
// translation's), 75 and 120 for the genre's 25 and 40.
func cadenceIn(p string, pr *profile, reg register) int {
	c := cadence(p, pr.runes)
	if !reg.ownScript(pr) {
		return c
	}
	switch t := strings.TrimRight(p, "\"')”’ "); {
	case !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "!") && !strings.HasSuffix(t, "?"):
	case pr.runes > 120:
		c += 3
	case pr.runes > 75:
		c++
	}
	return c
}
