package earlyterm

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/muesli/termenv"
)

// Two questions in one exchange. Bubble Tea's init asks the terminal for
// its background colour (termenv: OSC 11, then a cursor report to know
// when the answer is over), and the reader then asked how wide the
// terminal draws “ (internal/termprobe: “ at the start of a line, then a
// cursor report): two round trips to the terminal before the first frame,
// each one a wait for tmux or the emulator to be scheduled and answer (1–4
// ms on an idle 2-core VM, tens of ms on a loaded one). Asked together,
// “ drawn before termenv's two questions, the cursor report answers both:
// it ends the colour's answer and says where “ left the cursor.

// Ambiguous is the width the terminal draws East Asian Ambiguous
// characters in, 1 or 2, when init asked it with the background colour;
// 0 when it did not ask or had no answer (the reader then asks itself,
// internal/termprobe).
var Ambiguous int

// Question is what the combined exchange writes: termprobe's question on
// the alternate screen (“ at the start of a line), with termenv's OSC 11
// before the cursor report.
const Question = "\x1b[?1049h\r\u201c\x1b]11;?\x1b\\\x1b[6n"

// Erase takes the question off the screen and leaves the alternate screen
// (termprobe's Erase).
const Erase = "\r\x1b[K\x1b[?1049l"

// askBoth reports whether init asks both questions at once: where termenv
// would ask for the colour (not under screen, tmux or a dumb terminal,
// whose TERM it skips) and the reader would ask the width (no
// RUNEWIDTH_EASTASIAN, no --ambiguous-width), that is when wenji starts
// the reader or the library. Its arguments are not parsed yet: any short
// flag (-h, -o) or a long one of the modes that print and exit says no.
// Read wrongly, an argument costs nothing worse than today's two
// exchanges, or a question whose width nobody uses.
func askBoth(args []string, getenv func(string) string) bool {
	term := getenv("TERM")
	if strings.HasPrefix(term, "screen") || strings.HasPrefix(term, "tmux") || strings.HasPrefix(term, "dumb") ||
		getenv("RUNEWIDTH_EASTASIAN") != "" {
		return false
	}
	for _, a := range args {
		if a == "--" {
			break
		}
		if !strings.HasPrefix(a, "--") {
			if len(a) > 1 && a[0] == '-' {
				return false // -h, -o
			}
			continue
		}
		name, _, _ := strings.Cut(a[2:], "=")
		switch name {
		case "outline", "json", "print", "format", "output", "search", "headings", "count",
			"basket", "clear", "help", "version", "ambiguous-width":
			return false
		}
	}
	return true
}

// fallbackDark is termenv's verdict on a terminal that did not say its
// background colour: the background of COLORFGBG ("15;0": the last
// number, an ANSI colour) when set, else black.
func fallbackDark(colorFGBG string) bool {
	c := termenv.ANSIColor(0)
	if f := strings.Split(colorFGBG, ";"); len(f) > 1 {
		if i, err := strconv.Atoi(f[len(f)-1]); err == nil {
			c = termenv.ANSIColor(i)
		}
	}
	_, _, l := termenv.ConvertToRGB(c).Hsl()
	return l < 0.5
}

// background reads termenv's answer to OSC 11 in what the terminal sent
// before its cursor report: ESC ] 11 ; rgb:RRRR/GGGG/BBBB ended by BEL or
// ST. dark is termenv's verdict on that colour (its lightness under 0.5);
// ok is false when there is no such answer (see fallbackDark).
func background(b []byte) (dark, ok bool) {
	i := bytes.Index(b, []byte("\x1b]11;"))
	if i < 0 {
		return false, false
	}
	s := string(b[i+len("\x1b]11;"):])
	end := strings.IndexAny(s, "\a\x1b")
	if end < 0 {
		return false, false
	}
	s, ok = strings.CutPrefix(s[:end], "rgb:")
	h := strings.Split(s, "/")
	if !ok || len(h) != 3 {
		return false, false
	}
	hex := "#"
	for _, c := range h {
		if len(c) < 2 || strings.Trim(c, "0123456789abcdefABCDEF") != "" {
			return false, false
		}
		hex += c[:2] // termenv keeps the high byte of each channel
	}
	_, _, l := termenv.ConvertToRGB(termenv.RGBColor(hex)).Hsl()
	return l < 0.5, true
}
