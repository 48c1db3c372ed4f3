// Package cjk is wenji's single authority on display width: measuring,
// truncating, padding, sanitising and line-breaking text for the terminal.
//
// Everything drawn on screen is measured here, with one ambiguous-width
// setting, so text, outline, status bar and borders always agree.
//
// Widths are measured "as drawn": a string is measured as Sanitize would
// turn it into (a control character counts as its 1-column placeholder, a
// tab as its 4 spaces, a dropped bidi control as 0), one grapheme cluster
// at a time, so String, Truncate, Pad and Wrap always agree with each other
// and with what the terminal shows.
package cjk

import (
	"os"
	"strings"

	"github.com/mattn/go-runewidth"
)

// Width measures text with one East Asian Ambiguous setting.
//
// The zero Width measures with ambiguous = 1. A Width is immutable and safe
// for concurrent use.
type Width struct {
	cond *runewidth.Condition
}

// narrow is the ambiguous = 1 condition, used by the zero Width and to tell
// East Asian Wide/Fullwidth characters apart from ambiguous ones.
var narrow = newCondition(false)

func newCondition(eastAsian bool) *runewidth.Condition {
	c := runewidth.NewCondition()
	c.EastAsianWidth = eastAsian
	c.StrictEmojiNeutral = true
	return c
}

// New returns a Width where East Asian Ambiguous characters (“”…—·① and
// box drawing) take ambiguous columns: 1 or 2. Any value other than 2 means
// 1.
func New(ambiguous int) Width {
	return Width{cond: newCondition(ambiguous == 2)}
}

// AmbiguousFromEnv returns 2 or 1: RUNEWIDTH_EASTASIAN when set ("1" means
// 2, any other non-empty value 1), else the locale as go-runewidth decides
// it (LC_ALL, LC_CTYPE, then LANG; a zh, ja or ko locale or a multibyte CJK
// charset means 2).
//
// Unlike go-runewidth's package-level EastAsianWidth, which is computed
// once at program start, the environment is read afresh on every call.
func AmbiguousFromEnv() int {
	if v := os.Getenv("RUNEWIDTH_EASTASIAN"); v != "" {
		if v == "1" {
			return 2
		}
		return 1
	}
	if runewidth.IsEastAsian() {
		return 2
	}
	return 1
}

func (w Width) c() *runewidth.Condition {
	if w.cond == nil {
		return narrow
	}
	return w.cond
}

//go:generate go run ../../internal/tools/widthgen -o width_table.go

// runeWidth is go-runewidth's RuneWidth for r under w's setting, read from
// the tables internal/tools/widthgen made of go-runewidth's answers:
// go-runewidth fills a table of 2.2 MB on the first rune above U+02FF it
// measures, which cost the first frame some 550 page faults (7–13 ms on
// the 2-core VM wenji is measured on). Width keeps the Condition for the
// width of a cluster of several runes (StringWidth), which is rare.
func (w Width) runeWidth(r rune) int {
	if uint32(r) >= 0x110000 {
		return w.c().RuneWidth(r)
	}
	block := int(widthIndex[r>>widthBlockBits])
	off := block<<(widthBlockBits-1) | int(r&(1<<widthBlockBits-1))>>1
	code := widthBlocks[off] >> (4 * (r & 1))
	if w.cond != nil && w.cond.EastAsianWidth {
		code >>= 2
	}
	return int(code & 3)
}

// Ambiguous returns the setting this Width was made with (1 or 2).
func (w Width) Ambiguous() int {
	if w.c().EastAsianWidth {
		return 2
	}
	return 1
}

// Rune returns the columns r takes once drawn (after Sanitize): a C0
// control or DEL counts as its Control Picture, a C1 control or an invalid
// rune as U+FFFD, a tab as 4, CR and bidi controls as 0. '\n' counts as 1,
// because Wrap treats it as a space.
func (w Width) Rune(r rune) int {
	if r == '\n' {
		return 1
	}
	if rep, ok := SanitizeRune(r); ok {
		n := 0
		for _, x := range rep {
			n += w.runeWidth(x)
		}
		return n
	}
	return w.runeWidth(r)
}

// String returns the columns s takes once drawn (after Sanitize), grapheme
// cluster by grapheme cluster: a base letter with combining marks, an emoji
// with skin tone or a ZWJ sequence counts as go-runewidth measures the
// cluster, or as its runes drawn one by one when that is wider (see
// Width.runes). '\n' counts as 1, like a space.
func (w Width) String(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x7f || c < 0x20 {
			return w.stringSlow(s)
		}
	}
	return len(s)
}

// stringSlow measures s cluster by cluster. It measures Sanitize(s) rather
// than s itself: a dropped bidi control or CR can let the runes either side
// of it join into one cluster (an emoji ZWJ sequence) that is narrower than
// its parts. Wrap, which must keep offsets into s, measures the parts, and
// so never counts a line narrower than String does.
func (w Width) stringSlow(s string) int {
	s = Sanitize(s)
	var seg segmenter
	total := 0
	for i := 0; i < len(s); {
		end, cw, _ := w.cluster(s, i, &seg)
		total += cw
		i = end
	}
	return total
}

// ellipsis is the mark Truncate and TruncateLeft put where text was cut.
const ellipsis = "…"

// Truncate cuts s to at most max columns, ending with … when cut. The … is
// measured with the same setting (2 columns under ambiguous = 2); when not
// even the … fits, s is cut without it. A wide character that would
// straddle the limit is dropped, so the result may be one column narrower
// than max: use Pad for an exact width. max <= 0 gives "".
//
// The result is sanitized (see Sanitize) and safe to draw.
func (w Width) Truncate(s string, max int) string {
	if max <= 0 {
		return ""
	}
	s = Sanitize(s)
	if w.String(s) <= max {
		return s
	}
	tail, budget := ellipsis, max-w.Rune('…')
	if budget < 0 {
		tail, budget = "", max
	}
	var seg segmenter
	used, i := 0, 0
	for i < len(s) {
		end, cw, _ := w.cluster(s, i, &seg)
		if used+cw > budget {
			break
		}
		used += cw
		i = end
	}
	return s[:i] + tail
}

// TruncateLeft cuts s from the left to at most max columns, starting with …
// when cut. Like Truncate it measures the … with the same setting, drops a
// straddling wide character (the result may be one column narrower than
// max), and gives "" for max <= 0.
//
// The result is sanitized (see Sanitize) and safe to draw.
func (w Width) TruncateLeft(s string, max int) string {
	if max <= 0 {
		return ""
	}
	s = Sanitize(s)
	total := w.String(s)
	if total <= max {
		return s
	}
	tail, budget := ellipsis, max-w.Rune('…')
	if budget < 0 {
		tail, budget = "", max
	}
	need := total - budget // columns to drop from the left
	var seg segmenter
	dropped, i := 0, 0
	for i < len(s) && dropped < need {
		end, cw, _ := w.cluster(s, i, &seg)
		dropped += cw
		i = end
	}
	// Zero-width clusters left at the cut belong to what was dropped.
	for i < len(s) {
		end, cw, _ := w.cluster(s, i, &seg)
		if cw != 0 {
			break
		}
		i = end
	}
	return tail + s[i:]
}

// Pad appends spaces to s up to width columns (s is truncated first if
// wider), so the result is exactly width columns wide. width <= 0 gives "".
//
// The result is sanitized (see Sanitize) and safe to draw.
func (w Width) Pad(s string, width int) string {
	if width <= 0 {
		return ""
	}
	t := w.Truncate(s, width)
	if n := width - w.String(t); n > 0 {
		return t + strings.Repeat(" ", n)
	}
	return t
}
