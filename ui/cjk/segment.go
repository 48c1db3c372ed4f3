package cjk

import (
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/graphemes"
)

// segmenter lazily holds a UAX #29 grapheme iterator (the segmenter
// go-runewidth itself uses), reused from cluster to cluster. Most text never
// needs it: see cluster.
type segmenter struct {
	it *graphemes.Iterator[string]
}

// end returns the end of the grapheme cluster that starts at s[i].
func (sg *segmenter) end(s string, i int) int {
	if sg.it == nil {
		sg.it = graphemes.FromString(s[i:])
	} else {
		sg.it.SetText(s[i:])
	}
	sg.it.Next()
	return i + sg.it.End()
}

// isSpecial reports whether r is drawn by Sanitize as something else
// (other than '\n'); such runes are always clusters of their own.
func isSpecial(r rune) bool {
	return (r < 0x20 && r != '\n') || (r >= 0x7f && r <= 0x9f) || IsBidiControl(r)
}

// isSimple reports whether r is certain to form a grapheme cluster of its
// own when followed by another simple rune or by ASCII: it is not Extend,
// ZWJ, SpacingMark, Prepend, a Hangul jamo or syllable, a regional
// indicator or a control. It covers what Chinese text is made of (Han,
// kana, CJK and fullwidth punctuation, Latin-1, general punctuation, box
// drawing, enclosed numbers), so that such text never reaches the UAX #29
// segmenter.
func isSimple(r rune) bool {
	switch {
	case r >= 0x4E00 && r <= 0x9FFF: // CJK Unified Ideographs
		return true
	case r < 0x0300: // Latin-1 and Latin Extended; U+00AD is a control
		return r >= 0xA0 && r != 0xAD
	case r >= 0x3000 && r <= 0x30FF: // CJK punctuation, kana
		return !(r >= 0x302A && r <= 0x302F) && r != 0x3099 && r != 0x309A
	case r >= 0xFF01 && r <= 0xFF60, // fullwidth forms
		r >= 0x2010 && r <= 0x2027,   // dashes, quotes, …
		r >= 0x2030 && r <= 0x205E,   // ‰ ′ ※ …
		r >= 0x2460 && r <= 0x25FF,   // ① box drawing ○ ■
		r >= 0x3400 && r <= 0x4DBF,   // CJK Extension A
		r >= 0xF900 && r <= 0xFAFF,   // CJK Compatibility Ideographs
		r >= 0xFE30 && r <= 0xFE4F,   // CJK Compatibility Forms
		r >= 0x20000 && r <= 0x3FFFF: // CJK Extensions B…
		return true
	}
	return false
}

// cluster returns the end of the grapheme cluster that starts at s[i], the
// columns it takes once drawn (after Sanitize) and its first rune.
//
// Clusters follow UAX #29, except that every rune Sanitize replaces or
// drops, and every invalid byte, is a cluster of its own: Sanitize draws
// them as placeholders, which do not combine with what follows. The width
// of a multi-rune cluster is go-runewidth's (StringWidth on the cluster).
func (w Width) cluster(s string, i int, sg *segmenter) (end, width int, base rune) {
	c := s[i]
	size := 1
	if c < utf8.RuneSelf {
		if c < 0x20 || c == 0x7f {
			return i + 1, w.asciiControl(c), rune(c)
		}
		if i+1 == len(s) || s[i+1] < utf8.RuneSelf {
			return i + 1, 1, rune(c)
		}
		base = rune(c)
	} else {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1, r <= 0x9f: // invalid byte, C1
			return i + n, w.runeWidth(utf8.RuneError), utf8.RuneError
		case IsBidiControl(r):
			return i + n, 0, r
		case i+n == len(s):
			return i + n, w.runeWidth(r), r
		}
		base, size = r, n
		if !isSimple(r) {
			return w.segment(s, i, size, base, sg)
		}
	}
	// base is printable ASCII or simple: it stands alone if the next rune
	// is ASCII, simple, invalid or special.
	j := i + size
	if s[j] >= utf8.RuneSelf {
		nr, n := utf8.DecodeRuneInString(s[j:])
		if !isSimple(nr) && !(nr == utf8.RuneError && n == 1) && !isSpecial(nr) {
			return w.segment(s, i, size, base, sg)
		}
	}
	if base < utf8.RuneSelf {
		return j, 1, base
	}
	return j, w.runeWidth(base), base
}

// segment is cluster's slow path: UAX #29 decides where the cluster that
// starts with base (size bytes) at s[i] ends, clipped before any invalid
// byte or special rune.
func (w Width) segment(s string, i, size int, base rune, sg *segmenter) (end, width int, r rune) {
	end = sg.end(s, i)
	if end < i+size {
		end = i + size
	}
	for j := i + size; j < end; {
		r, n := utf8.DecodeRuneInString(s[j:])
		if (r == utf8.RuneError && n == 1) || isSpecial(r) {
			end = j
			break
		}
		j += n
	}
	if end == i+size {
		if base < utf8.RuneSelf {
			return end, 1, base
		}
		return end, w.runeWidth(base), base
	}
	return end, max(w.c().StringWidth(s[i:end]), w.runes(s[i:end])), base
}

// runes returns the columns of s, one grapheme cluster, as tmux (3.3)
// draws it: rune by rune, except that a rune other than ASCII right after
// a ZWJ joins the cell before it, whatever its own width, and a tag
// character (U+E0020–U+E007F, the letters of a subdivision flag such as
// 🏴󠁧󠁢󠁳󠁣󠁴󠁿) takes none. So a ZWJ sequence of emoji (👨‍👩‍👧, 👩‍💻, 🐻‍❄️, 🏴‍☠️)
// takes the two columns of its first emoji, as in kitty, WezTerm, iTerm2
// and the other terminals that draw it as one glyph, while an emoji with
// a skin tone (👍🏽) takes 4 in tmux and 2 elsewhere. The cluster counts at
// the wider of this and go-runewidth's measure (see segment): a line
// measured too wide only leaves a few blank columns where a terminal
// joins more, while a line measured too narrow overflows the pane and
// wraps, shifting the screen. (So 🏳️‍🌈 and ❤️‍🔥, whose first emoji is
// narrow, count 2 where tmux 3.3 draws 1 and kitty 2.)
func (w Width) runes(s string) int {
	n := 0
	zwj := false
	for _, r := range s {
		rw := w.runeWidth(r)
		if (zwj && r >= utf8.RuneSelf) || (r >= 0xE0020 && r <= 0xE007F) {
			rw = 0
		}
		n += rw
		zwj = r == 0x200D
	}
	return n
}

// asciiControl returns the width of a C0 control or DEL as drawn.
func (w Width) asciiControl(c byte) int {
	switch c {
	case '\n':
		return 1
	case '\t':
		return len(TabSpaces)
	case '\r':
		return 0
	case 0x7f:
		return w.runeWidth(0x2421)
	}
	return w.runeWidth(0x2400 + rune(c))
}
