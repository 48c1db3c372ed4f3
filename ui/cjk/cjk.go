// Package cjk is wenji's single authority on display width: measuring,
// truncating, padding, sanitising and line-breaking text for the terminal.
//
// Everything drawn on screen is measured here, with one ambiguous-width
// setting, so text, outline, status bar and borders always agree.
//
// SKELETON: signatures are final; implementations are being written.
package cjk

import (
	"github.com/mattn/go-runewidth"
)

// Width measures text with one East Asian Ambiguous setting.
type Width struct {
	cond *runewidth.Condition
}

// New returns a Width where East Asian Ambiguous characters (“”…—·① and
// box drawing) take ambiguous columns: 1 or 2.
func New(ambiguous int) Width {
	c := runewidth.NewCondition()
	c.EastAsianWidth = ambiguous == 2
	return Width{cond: c}
}

// AmbiguousFromEnv returns 2 or 1: RUNEWIDTH_EASTASIAN when set, else the
// locale as go-runewidth decides it.
func AmbiguousFromEnv() int {
	if runewidth.EastAsianWidth {
		return 2
	}
	return 1
}

// Ambiguous returns the setting this Width was made with (1 or 2).
func (w Width) Ambiguous() int {
	if w.cond.EastAsianWidth {
		return 2
	}
	return 1
}

// Rune returns the columns r takes once drawn (after Sanitize).
func (w Width) Rune(r rune) int { return w.cond.RuneWidth(r) }

// String returns the columns s takes once drawn (after Sanitize).
func (w Width) String(s string) int { return w.cond.StringWidth(s) }

// Truncate cuts s to at most max columns, ending with … when cut.
func (w Width) Truncate(s string, max int) string { return w.cond.Truncate(s, max, "…") }

// TruncateLeft cuts s from the left to at most max columns, starting with …
// when cut.
func (w Width) TruncateLeft(s string, max int) string { return s }

// Pad appends spaces to s up to width columns (s is truncated first if wider).
func (w Width) Pad(s string, width int) string { return w.cond.FillRight(s, width) }

// Line is one screen line of wrapped text: the byte range [Start, End) of
// the wrapped string, and the columns of indent drawn before it.
type Line struct {
	Start, End int
	Indent     int
}

// Wrap breaks s into lines at most width columns wide, the first indented by
// indent columns, following the CJK line-breaking rules.
func (w Width) Wrap(s string, width, indent int) []Line {
	return []Line{{0, len(s), indent}}
}

// Sanitize returns s as it is safe to draw: control characters, escape
// sequences, C1 controls and bidi overrides become visible placeholders,
// tabs become spaces, invalid UTF-8 becomes U+FFFD.
func Sanitize(s string) string { return s }
