package parse

import (
	"strings"

	"wenji/model"
)

// Paid markers: the ##paidbegin## / $$paidend$$ pairs 素材 sites put around
// the part of a text they sell, found anywhere in a line and trimmed from
// the lines they are glued to (markJunk's first pass).

// paidMarkerWords are the words that, between ## or $$ pairs, mark paid
// content or page breaks on 素材 sites (##paidbegin##, $$paidend$$…).
var paidMarkerWords = []string{"paidbegin", "paidend", "pagebreak", "paid", "freebegin", "freeend"}

// findPaidMarkers returns the spans of paid-content markers in text[s:e].
// The next ## and the next $$ are each looked for again only once the scan
// has passed them: looking for both at every stop crossed a line of many
// ## to its end each time.
func findPaidMarkers(text string, s, e int) []model.Span {
	var out []model.Span
	next := func(sep string, from int) int {
		if i := strings.Index(text[from:e], sep); i >= 0 {
			return from + i
		}
		return e // none
	}
	h, d := next("##", s), next("$$", s)
	for at := s; at < e; {
		if h < at {
			h = next("##", at)
		}
		if d < at {
			d = next("$$", at)
		}
		i := min(h, d)
		if i >= e {
			break
		}
		if n := paidMarkerLen(text[i:e]); n > 0 {
			out = append(out, model.Span{Start: i, End: i + n})
			at = i + n
			continue
		}
		at = i + 1
	}
	return out
}

// paidMarkerLen returns the length of the marker at the start of s, or 0.
func paidMarkerLen(s string) int {
	if len(s) < 4 {
		return 0
	}
	open := s[:2]
	if open != "##" && open != "$$" {
		return 0
	}
	rest := s[2:]
	for _, w := range paidMarkerWords {
		if len(rest) >= len(w)+2 && strings.EqualFold(rest[:len(w)], w) {
			close := rest[len(w) : len(w)+2]
			if close == "##" || close == "$$" {
				return 2 + len(w) + 2
			}
		}
	}
	return 0
}

// markPaid appends to junk the paid markers in line l, narrows l past the
// markers glued to its ends and flags it junk if nothing else is left.
func markPaid(text string, l *line, junk []model.Junk) []model.Junk {
	if l.blank() {
		return junk
	}
	if strings.IndexByte(text[l.start:l.end], '#') < 0 && strings.IndexByte(text[l.start:l.end], '$') < 0 {
		return junk
	}
	for _, m := range findPaidMarkers(text, l.start, l.end) {
		junk = append(junk, model.Junk{Kind: model.JunkPaidMarker, Span: m, Line: int(l.num)})
	}
	// Narrow the line past markers glued to its ends.
	for {
		n := paidMarkerLen(text[l.start:l.end])
		if n == 0 {
			break
		}
		l.start, l.end = trimSpace(text, l.start+n, l.end)
	}
	// Then past those glued to its end, last first. The markers are found
	// once: the line's start stays put, so cutting its end leaves those
	// before the cut as they were (each marker ends in ## or $$, never in
	// the white space cut with it).
	ms := findPaidMarkers(text, l.start, l.end)
	for k := len(ms) - 1; k >= 0 && l.end-l.start >= 4 && ms[k].End == l.end; k-- {
		l.start, l.end = trimSpace(text, l.start, ms[k].Start)
	}
	if l.blank() {
		l.junk = true
	}
	return junk
}

// hasPaidMarker reports a paid marker left inside line l, which a span of
// the whole line would overlap.
func hasPaidMarker(text string, l *line) bool {
	s := text[l.start:l.end]
	return (strings.IndexByte(s, '#') >= 0 || strings.IndexByte(s, '$') >= 0) && len(findPaidMarkers(text, l.start, l.end)) > 0
}
