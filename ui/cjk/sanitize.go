package cjk

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// TabSpaces is what Sanitize draws a tab as.
const TabSpaces = "    "

// Placeholders drawn by Sanitize.
const (
	// Replacement is drawn for an invalid UTF-8 byte, a C1 control
	// (U+0080–U+009F) and a rune that is not a valid code point.
	Replacement = "\uFFFD"
	// DelPicture is drawn for DEL (U+007F).
	DelPicture = "\u2421"
)

// c0Pictures holds what each C0 control is drawn as: its Control Picture
// (U+2400 + c: ␀ … ␛ … ␟), except tab (4 spaces), CR (dropped) and '\n'
// (kept).
var c0Pictures = func() (t [0x20]string) {
	for i := range t {
		t[i] = string(rune(0x2400 + i))
	}
	t['\t'] = TabSpaces
	t['\r'] = ""
	t['\n'] = "\n"
	return t
}()

// IsBidiControl reports whether r is a bidirectional formatting control:
// ALM, LRM, RLM, the embeddings and overrides U+202A–U+202E and the
// isolates U+2066–U+2069. They can reorder what follows them on screen
// (the "Trojan Source" trick), so Sanitize drops them, and the text y
// copies drops them the same way.
func IsBidiControl(r rune) bool {
	return r == 0x061C || r == 0x200E || r == 0x200F ||
		(r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// SanitizeRune reports what Sanitize draws r as: (replacement, true) when r
// must be replaced, ("", false) when r is drawn as itself. The replacement
// may be "" (r is dropped).
//
//   - '\n' is kept.
//   - Tab becomes TabSpaces (4 spaces).
//   - CR is dropped: files edited on Windows end every line with CR LF, and
//     a visible ␍ at each line end would be noise; a lone CR has no meaning
//     for display, and dropping it removes the overwrite-the-line trick.
//   - Every other C0 control (ESC included) becomes its Control Picture
//     U+2400 + c (ESC → ␛, BEL → ␇, BS → ␈), 1 column wide.
//   - DEL becomes ␡ (U+2421).
//   - C1 controls U+0080–U+009F become U+FFFD, the same as a raw invalid
//     byte such as 0x9B: in text read from a file they are nearly always
//     mis-decoded bytes, and U+FFFD is the mark readers know for that.
//   - Bidi controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069)
//     are dropped: they are invisible anyway, and a placeholder would
//     clutter legitimate right-to-left text.
//   - A rune that is not a valid code point (a surrogate, a negative rune,
//     > U+10FFFF) becomes U+FFFD.
func SanitizeRune(r rune) (string, bool) {
	switch {
	case r == '\n':
		return "", false
	case r >= 0 && r < 0x20:
		return c0Pictures[r], true
	case r == 0x7f:
		return DelPicture, true
	case r >= 0x80 && r <= 0x9f:
		return Replacement, true
	case r < 0x80:
		if r < 0 {
			return Replacement, true
		}
		return "", false
	case IsBidiControl(r):
		return "", true
	case r > utf8.MaxRune || (r >= 0xD800 && r <= 0xDFFF):
		return Replacement, true
	}
	return "", false
}

// Sanitize returns s as it is safe to draw: control characters, escape
// sequences, C1 controls and bidi overrides become visible placeholders,
// tabs become spaces, invalid UTF-8 becomes U+FFFD.
//
// Each rune is mapped as SanitizeRune says; each invalid UTF-8 byte becomes
// one U+FFFD. An escape sequence is not parsed: its ESC becomes ␛ and the
// rest stays as the harmless printable text it is ("␛[2J"), so the reader
// sees what the file holds. The output never contains ESC, a C0 control
// other than '\n', DEL, a C1 control, a bidi control, invalid UTF-8 or a
// ZWJ before a CJK character (strayJoiner).
// Sanitize is idempotent, and returns s itself, without allocating, when
// nothing needs changing.
func Sanitize(s string) string {
	i := firstUnsafe(s)
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != 0x7f || c == '\n' {
				b.WriteByte(c)
			} else {
				rep, _ := SanitizeRune(rune(c))
				b.WriteString(rep)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			b.WriteString(Replacement)
		} else if strayJoiner(s, i, r) {
			// dropped
		} else if rep, ok := SanitizeRune(r); ok {
			b.WriteString(rep)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// LinePicture is what SanitizeLine draws a line feed as (␊).
const LinePicture = "\u240A"

// SanitizeLine is Sanitize for what must stay on one line (a heading in
// a status bar, a message): a line feed becomes ␊ too.
func SanitizeLine(s string) string {
	s = Sanitize(s)
	if strings.IndexByte(s, '\n') >= 0 {
		s = strings.ReplaceAll(s, "\n", LinePicture)
	}
	return s
}

// namePictures are the controls Sanitize keeps or turns to blanks, drawn
// as their Control Pictures in a name: ␊ ␍ ␉.
var namePictures = strings.NewReplacer("\n", LinePicture, "\r", "\u240D", "\t", "\u2409")

// SanitizeName is Sanitize for a name (a file's) shown on one line, in a
// list's row or a line scripts split: a line feed, a carriage return and
// a tab show as ␊, ␍ and ␉, so that a name that differs from another by
// a tab is told apart, and "evil\nname" stays one line.
func SanitizeName(s string) string {
	if strings.ContainsAny(s, "\n\r\t") {
		s = namePictures.Replace(s)
	}
	return Sanitize(s)
}

// strayJoiner reports whether r, at s[i], is a ZWJ (U+200D) right before
// a CJK character: it joins nothing there (ZWJ sequences are emoji's), is
// invisible, and tmux (3.3) draws the character after it in the cell
// before, two columns short of the line as measured. The cells left over
// kept what was drawn there before (the help, a longer line), so Sanitize
// drops it.
func strayJoiner(s string, i int, r rune) bool {
	if r != 0x200D {
		return false
	}
	next := r
	for next == 0x200D { // a run of them goes with its last
		i += len("\u200d")
		next, _ = utf8.DecodeRuneInString(s[i:])
	}
	return isCJKChar(next)
}

// isCJKChar: a Han, kana or Hangul character, CJK punctuation or a
// fullwidth form: wide, and never part of an emoji.
func isCJKChar(r rune) bool {
	return r >= 0x3000 && r <= 0x303F || r >= 0xFF00 && r <= 0xFFEF ||
		unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// firstUnsafe returns the byte offset of the first thing in s that
// Sanitize must change, or -1.
func firstUnsafe(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n') || c == 0x7f {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || r <= 0x9f || IsBidiControl(r) || strayJoiner(s, i, r) {
			return i
		}
		i += n
	}
	return -1
}
