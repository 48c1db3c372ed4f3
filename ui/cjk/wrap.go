package cjk

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line-breaking is hand-written here because no library does it: go-runewidth's
// Wrap breaks anywhere a cluster overflows and returns a string, not offsets;
// github.com/charmbracelet/x/ansi Wrap/Wordwrap and github.com/muesli/reflow
// (wordwrap, wrap) break only at spaces and caller-given breakpoint
// characters, measure with their own width tables (no East Asian Ambiguous
// setting shared with ours), and know nothing of GB/T 15834 line-start and
// line-end prohibitions (禁则) or of unsplittable ——/…… pairs. wenji needs
// all of that, measured with the one Width the rest of the screen uses, and
// byte offsets so search hits and styles can be mapped onto lines.
//
// The choice made for a prohibited break is push-out: the character before
// the break is pulled down to the next line together with the closing
// punctuation (or the opening bracket is pushed down with what it opens),
// rather than letting punctuation hang past the right margin. A terminal has
// no margin to hang into: a hung character would either be clipped or
// exceed the width, and every line must fit the columns it is given.

// Line is one screen line of wrapped text: the byte range [Start, End) of
// the wrapped string, and the columns of indent drawn before it.
//
// Spaces (and newlines) where a line was broken stay at the end of that
// line and are not counted against the width: draw l.Text(s), which drops
// them, not s[l.Start:l.End]. Offsets refer to the string given to Wrap;
// text read from a file must still go through Sanitize before it is drawn.
type Line struct {
	Start, End int
	Indent     int
}

// Text returns the part of s that line l draws: s[l.Start:l.End] without
// the trailing spaces and newlines the line break left there, and with any
// other newline turned into a space (the same byte length, so offsets into
// it still match s). It is not sanitized.
func (l Line) Text(s string) string {
	t := strings.TrimRight(s[l.Start:l.End], " \n")
	if strings.IndexByte(t, '\n') >= 0 {
		t = strings.ReplaceAll(t, "\n", " ")
	}
	return t
}

// Token flags: what a cluster allows before and after it.
const (
	fNoStart uint16 = 1 << iota // must not start a line (closing punctuation)
	fNoEnd                      // must not end a line (opening bracket)
	fSpace                      // ' ' or '\n': a break point that hangs
	fWord                       // part of a Latin word: no break between two
	fDash                       // — ―: no break between two
	fDots                       // … ⋯: no break between two
	fZero                       // zero width: sticks to what precedes it
	fJoin                       // WrapPhrases: inside a phrase, no break before it while another is left
	fUnit                       // WrapPhrases: a unit after a number (7,004 字): no break before it unless nothing else
)

// inherited are the flags a zero-width cluster takes over from the cluster
// before it, so that what follows sees through it.
const inherited = fNoEnd | fSpace | fWord | fDash | fDots

type token struct {
	start int
	width int
	flags uint16
}

// noStart reports whether r must not start a line: GB/T 15834 点号 (。，、；：？！),
// the closing halves of 标号 (quotes, brackets, 书名号), 省略号, 间隔号 and
// 连接号, their fullwidth, halfwidth and ASCII forms, and postfix units.
func noStart(r rune) bool {
	switch r {
	case '。', '，', '、', '；', '：', '？', '！', '”', '’', '）', '》', '」', '』',
		'】', '〕', '〗', '〙', '〛', '〉', '｝', '］', '｠', '〞', '．', '…', '‥',
		'⋯', '·', '・', '‧', '–', '～', '／', '％', '‰', '℃', '°', '′', '″',
		'｡', '､', '｣', '»', '›',
		')', ']', '}', ',', '.', ';', ':', '!', '?', '%':
		return true
	}
	return false
}

// noEnd reports whether r must not end a line: opening quotes and brackets.
func noEnd(r rune) bool {
	switch r {
	case '“', '‘', '（', '《', '「', '『', '【', '〔', '〖', '〘', '〚', '〈',
		'｛', '［', '｟', '〝', '｢', '«', '‹', '(', '[', '{':
		return true
	}
	return false
}

// flagsOf classifies a cluster of the given byte length and width by its
// first rune.
func flagsOf(base rune, size, width int) uint16 {
	if width == 0 {
		return fZero
	}
	if size == 1 && (base == ' ' || base == '\n') {
		return fSpace
	}
	if base >= 0x4E00 && base <= 0x9FFF { // Han: no flags, fast
		return 0
	}
	var f uint16
	if noStart(base) {
		f |= fNoStart
	}
	if noEnd(base) {
		f |= fNoEnd
	}
	switch base {
	case '—', '―':
		f |= fDash
	case '…', '⋯':
		f |= fDots
	}
	if base > ' ' && base < utf8.RuneSelf {
		// ASCII letters, digits and punctuation: "3.14", "don't",
		// "e.g." and URLs stay whole.
		f |= fWord
	} else if base >= utf8.RuneSelf && (Width{}).runeWidth(base) == 1 &&
		(unicode.IsLetter(base) || unicode.IsDigit(base) || unicode.IsMark(base)) {
		// Other narrow letters (é, Greek, Cyrillic); Han, kana, Hangul
		// and fullwidth forms are wide and break anywhere.
		f |= fWord
	}
	return f
}

// tokens splits s into clusters with their widths and flags.
func (w Width) tokens(s string) []token {
	toks := make([]token, 0, len(s)/2+1)
	var sg segmenter
	for i := 0; i < len(s); {
		end, cw, base := w.cluster(s, i, &sg)
		f := flagsOf(base, end-i, cw)
		if f == fZero && len(toks) > 0 {
			f |= toks[len(toks)-1].flags & inherited
		}
		toks = append(toks, token{start: i, width: cw, flags: f})
		i = end
	}
	return toks
}

// canBreak reports whether every rule allows a break before toks[j].
func canBreak(toks []token, j int) bool {
	t, p := toks[j].flags, toks[j-1].flags
	switch {
	case t&fZero != 0:
		// Only a zero-width control after a space may start a line
		// (a combining mark is always inside its base's cluster).
		return p&fSpace != 0
	case t&(fSpace|fNoStart) != 0, p&fNoEnd != 0:
		return false
	case p&t&(fWord|fDash|fDots) != 0:
		return false
	}
	return true
}

// kinsokuOK reports whether a break before toks[j] is allowed when words
// and ——/…… pairs must be split: the line-start and line-end
// prohibitions still hold.
func kinsokuOK(toks []token, j int) bool {
	return toks[j].flags&(fZero|fSpace|fNoStart) == 0 && toks[j-1].flags&fNoEnd == 0
}

// breakAt picks where to break a line that starts at toks[ls] and
// overflows at toks[k] (k > ls): the last break in (ls, k] that every rule
// allows; failing that (a word or a ——/…… run longer than the line), the
// last one the line-start/line-end prohibitions allow; failing that (a line
// of nothing but prohibited punctuation), before toks[k] regardless. Each
// scan covers only the current line, whose tail is then scanned again as
// the start of the next one, so Wrap stays O(n).
func breakAt(toks []token, ls, k int, phrases bool) int {
	if phrases {
		if j := phraseBreak(toks, ls, k); j > 0 {
			return j
		}
	}
	for j := k; j > ls; j-- {
		if canBreak(toks, j) {
			return j
		}
	}
	for j := k; j > ls; j-- {
		if kinsokuOK(toks, j) {
			return j
		}
	}
	return k
}

// Wrap breaks s into lines at most width columns wide, the first indented by
// indent columns, following the CJK line-breaking rules.
//
// s is one paragraph; a '\n' in it is treated as a space. The lines cover s
// in order: lines[0].Start == 0, each Start is the previous End, and the
// last End is len(s); there is always at least one line. Only the first
// line has Indent (= indent); width < 1 is taken as 1 and indent < 0 as 0;
// when indent >= width the first line is empty and the text starts on the
// second.
//
// Rules, measured with w as drawn (see String):
//   - a grapheme cluster is never split, and a zero-width cluster never
//     starts a line unless it follows a space or newline (which a
//     combining mark does only in broken text: after a space it is part
//     of the space's cluster);
//   - no line's Text is wider than its width less its indent, except a
//     line holding a single cluster wider than that (a wide character at
//     width 1);
//   - CJK breaks between any two characters; runs of Latin letters, digits
//     and ASCII punctuation break at spaces, and a word longer than a line is
//     broken where it overflows;
//   - spaces at a break stay at the end of the line, uncounted (see Line);
//   - GB/T 15834 禁则: closing punctuation (。，、；：？！”’）》」』】〕… and
//     ASCII ,.;:!?%)]}) never starts a line, opening brackets (“‘（《「『【〔)
//     never end one, and —— and …… are never split. A prohibited break is
//     avoided by pulling the previous character down to the next line
//     (push-out). Where that is impossible (a line of nothing but such
//     punctuation, or a width too narrow to hold a character with its
//     punctuation) the line is broken anyway.
func (w Width) Wrap(s string, width, indent int) []Line {
	return w.wrap(s, width, indent, false)
}

func (w Width) wrap(s string, width, indent int, phrases bool) []Line {
	if width < 1 {
		width = 1
	}
	if indent < 0 {
		indent = 0
	}
	if s == "" {
		return []Line{{0, 0, indent}}
	}
	toks := w.tokens(s)
	if phrases {
		markPhrases(s, toks)
	}
	lines := make([]Line, 0, 2+len(toks)/width)
	avail, lineIndent := width-indent, indent
	if avail < 1 {
		lines = append(lines, Line{0, 0, indent})
		avail, lineIndent = width, 0
	}
	ls := 0 // token that starts the current line
	for ls < len(toks) {
		used, pend := 0, 0 // columns drawn; columns of trailing spaces
		k := ls
		for ; k < len(toks); k++ {
			t := toks[k]
			switch {
			case t.flags&fZero != 0:
				if pend == 0 {
					continue // sticks to the cluster before it
				}
				// After spaces: a zero-width control that
				// keeps the spaces inside the line, if they fit.
				if used+pend <= avail {
					used, pend = used+pend, 0
					continue
				}
			case t.flags&fSpace != 0:
				if used == 0 && pend == 0 {
					used = t.width // leading spaces are indentation
				} else {
					pend += t.width
				}
				continue
			default:
				if nw := used + pend + t.width; nw <= avail || (used == 0 && pend == 0) {
					used, pend = nw, 0
					continue
				}
			}
			break // toks[k] does not fit
		}
		if k == len(toks) {
			break
		}
		j := breakAt(toks, ls, k, phrases)
		lines = append(lines, Line{toks[ls].start, toks[j].start, lineIndent})
		ls = j
		avail, lineIndent = width, 0
	}
	start := 0
	if ls < len(toks) {
		start = toks[ls].start
	}
	lines = append(lines, Line{start, len(s), lineIndent})
	return lines
}
