package cjk

import "unicode/utf8"

// WrapPhrases breaks s as Wrap does, for a message made of phrases
// parted by spaces (the status bar's `/docs/汇编.txt · 共 7,004 字 · 大纲路径
// 2.1`) rather than a paragraph of running text: a line breaks at a space
// between phrases wherever one falls in the line, so a phrase that fits a
// line is never split (大纲路 / 径, as Wrap splits any two Han characters
// to fill the line); a number keeps its unit, across the space the message
// puts between them (7,004 字, 5 篇) or none (3张); only a phrase wider
// than a line is broken inside, by Wrap's rules. Lines cover s as Wrap's
// do, and none is wider than width.
func (w Width) WrapPhrases(s string, width int) []Line {
	return w.wrap(s, width, 0, true)
}

// markPhrases flags the tokens of s before which WrapPhrases avoids a
// break: each that follows another inside a phrase (fJoin), and a Han
// character that follows a number, with or without a space between
// (fUnit). It lets a line start with a separator standing between spaces
// (the message's " · "). Spaces stay spaces: a break is never before
// one, and one at a break hangs at the line's end.
func markPhrases(s string, toks []token) {
	for j := 1; j < len(toks); j++ {
		t := &toks[j]
		if t.flags&fNoStart != 0 && toks[j-1].flags&fSpace != 0 && (j+1 == len(toks) || toks[j+1].flags&fSpace != 0) {
			// A separator between spaces (the message's " · ") parts
			// phrases; it is no closing punctuation that must stay on
			// the line before.
			t.flags &^= fNoStart
		}
		if t.flags&(fSpace|fZero) == 0 && toks[j-1].flags&fSpace == 0 {
			t.flags |= fJoin
		}
		if !isHan(s, t.start) {
			continue
		}
		p := j - 1
		if toks[p].flags&fSpace != 0 && s[toks[p].start] == ' ' && p > 0 && toks[p-1].flags&fSpace == 0 {
			p--
		}
		if isDigit(s, toks[p].start) {
			t.flags |= fUnit
		}
	}
}

// isHan reports whether the cluster at s[i:] is a Han character.
func isHan(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r >= 0x4E00 && r <= 0x9FFF
}

// isDigit reports whether the cluster at s[i:] is a digit, ASCII or
// fullwidth.
func isDigit(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r >= '0' && r <= '9' || r >= '０' && r <= '９'
}

// phraseBreak picks WrapPhrases' break in (ls, k], 0 if none: between
// phrases; failing that, inside a phrase, never between a number and its
// unit. Wrap's rules decide after that.
func phraseBreak(toks []token, ls, k int) int {
	for j := k; j > ls; j-- {
		if toks[j].flags&(fJoin|fUnit) == 0 && canBreak(toks, j) {
			return j
		}
	}
	for j := k; j > ls; j-- {
		if toks[j].flags&fUnit == 0 && canBreak(toks, j) {
			return j
		}
	}
	return 0
}
