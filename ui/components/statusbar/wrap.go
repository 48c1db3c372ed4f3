package statusbar

import (
	"wenji/ui/cjk"
	"wenji/ui/common"
)

// A message is said whole. Where the bar's own line has no room for it (a
// narrow terminal, a long path in an error), it is wrapped onto lines
// above the bar, over the last lines of the page, as vim shows a message
// longer than its command line: cut to the bar's width it ended inside a
// word or before its cause (…(no space left on d…). The page's lines do
// not move, so its layout, its scrolling and what a key does stay as they
// were; the lines come back when the message goes, at the next key or
// after its few seconds.

// Wrap lays msg out for a bar width columns wide whose own line leaves
// room columns for a message: nil when msg fits there (the bar says it),
// else the lines that say it above the bar, each a space and its part of
// msg padded to width, at most most of them (the last cut with … when even
// those are too few). msg must be safe to draw (sanitized).
func Wrap(w cjk.Width, msg string, width, room, most int) []string {
	if msg == "" || w.String(msg) <= room || width < 3 || most < 1 {
		return nil
	}
	lines := w.WrapPhrases(msg, width-2)
	out := make([]string, 0, min(len(lines), most))
	for i, l := range lines {
		s := l.Text(msg)
		if i == most-1 && i < len(lines)-1 {
			s = common.Fit(w, msg[l.Start:], width-2)
		}
		s = " " + s
		out = append(out, s+common.Spaces(width-w.String(s)))
		if len(out) == most {
			break
		}
	}
	return out
}

// Over returns body with its last lines replaced by above: the page's
// lines under a wrapped message (Wrap).
func Over(body, above []string) []string {
	n := min(len(above), len(body))
	return append(body[:len(body)-n:len(body)-n], above[len(above)-n:]...)
}

// OnBar lays msg out on a bar that says nothing else beside it (" "+msg,
// the library's and the basket page's): when msg is wider than the bar, it
// returns body with the message's lines over its last ones (Over), then
// the message's last line as the bar, each drawn by style; ok is false
// when msg fits the bar, which the page draws as ever. The message takes
// at most half of body, and the bar.
func OnBar(w cjk.Width, body []string, msg string, width int, style func(...string) string) (lines []string, ok bool) {
	said := Wrap(w, msg, width, width-1, 1+max(1, len(body)/2))
	if said == nil {
		return nil, false
	}
	for i, s := range said {
		said[i] = style(s)
	}
	n := len(said)
	return append(Over(body, said[:n-1]), said[n-1]), true
}
