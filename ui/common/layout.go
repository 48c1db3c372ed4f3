package common

import (
	"strings"
	"unicode/utf8"

	"wenji/ui/cjk"
)

// The helpers here size plain text with the one cjk.Width; styles are
// applied only afterwards, to strings whose width is already known.

// Fit cuts s to at most max columns, ending with … when cut. It checks the
// result itself, so a tail that is too wide for max (… under ambiguous=2 in
// one column) gives a hard cut instead of an overflow.
func Fit(w cjk.Width, s string, max int) string { return fit(w, s, max, false) }

// FitLeft cuts s from the left to at most max columns, starting with … when
// cut: the end of a breadcrumb matters more than its start.
func FitLeft(w cjk.Width, s string, max int) string { return fit(w, s, max, true) }

// fit is Fit, or FitLeft when left: the cut checked, with a hard cut when
// the ellipsis itself does not fit.
func fit(w cjk.Width, s string, max int, left bool) string {
	if max <= 0 {
		return ""
	}
	if w.String(s) <= max {
		return s
	}
	var t string
	if left {
		t = w.TruncateLeft(s, max)
	} else {
		t = w.Truncate(s, max)
	}
	if w.String(t) <= max {
		return t
	}
	if left {
		return hardCutLeft(w, s, max)
	}
	return HardCut(w, s, max)
}

// hardCutLeft keeps the widest suffix of s that fits in max columns after
// an ellipsis (none when the ellipsis alone is too wide).
func hardCutLeft(w cjk.Width, s string, max int) string {
	ell := "…"
	room := max - w.String(ell)
	if room < 0 {
		ell, room = "", max
	}
	i := len(s)
	used := 0
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:i])
		rw := w.Rune(r)
		if used+rw > room {
			break
		}
		used += rw
		i -= size
	}
	return ell + s[i:]
}

// HardCut keeps the widest prefix of s that fits max columns, with no tail.
func HardCut(w cjk.Width, s string, max int) string {
	used := 0
	for i, r := range s {
		rw := w.Rune(r)
		if used+rw > max {
			return s[:i]
		}
		used += rw
	}
	return s
}

// Spaces returns n spaces (none for n <= 0).
func Spaces(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat(" ", n)
}

func Clamp(v, lo, hi int) int {
	if v > hi {
		v = hi
	}
	if v < lo {
		v = lo
	}
	return v
}

// FitMiddle cuts s in the middle to at most max columns, with … where it
// was cut: file names that differ in their middle (guangdong-…-2025.docx,
// henan-…-2025.docx) keep the start that tells them apart and the end
// that gives the kind.
func FitMiddle(w cjk.Width, s string, max int) string {
	ell := "…"
	room := max - w.String(ell)
	if w.String(s) <= max || room < 2 {
		return Fit(w, s, max)
	}
	headW := (room + 1) / 2
	head, used := 0, 0
	for i, r := range s {
		if used+w.Rune(r) > headW {
			head = i
			break
		}
		used += w.Rune(r)
	}
	tailW, tail := room-used, len(s)
	used = 0
	for tail > head {
		r, size := utf8.DecodeLastRuneInString(s[:tail])
		if used+w.Rune(r) > tailW {
			break
		}
		used += w.Rune(r)
		tail -= size
	}
	return s[:head] + ell + s[tail:]
}

// FitPath cuts a file's path (folders and name, / between them) to at
// most max columns for a list's file column, giving way where it tells
// least: the folders first, whole ones from the top, a leading … saying
// they were cut (…/报告/name.txt, …/name.txt), then all of them and the
// name's middle (FitMiddle), its end and extension kept: there the two
// columns of …/ go to telling 初稿 from 定稿. A folder cut inside its name
// (fo…ts/a.doc beside …/b.docx) said nothing more than …/; cutting the
// whole path from its middle kept the folder and left formats/c…sign.doc
// beside formats/c…uide.doc. Too narrow for a middle cut, the name keeps
// its end (…oc). The path is sanitized first, so that
// what is measured is what is drawn.
func FitPath(w cjk.Width, s string, max int) string {
	s = cjk.Sanitize(s)
	if w.String(s) <= max {
		return s
	}
	const ell, minSides = "…", 4
	dir, name := "", s
	if i := strings.LastIndexByte(s, '/'); i >= 0 {
		dir, name = s[:i], s[i+1:]
	}
	if dir != "" {
		lead := ell + "/"
		if w.String(lead+name) <= max {
			// The folders nearest the name, while they fit whole.
			kept := name
			for rest := dir; rest != ""; {
				i := strings.LastIndexByte(rest, '/')
				more := rest[i+1:] + "/" + kept
				if i < 0 || w.String(lead+more) > max {
					break
				}
				kept, rest = more, rest[:i]
			}
			return lead + kept
		}
	}
	if max-w.String(ell) >= minSides {
		return FitMiddle(w, name, max)
	}
	return w.TruncateLeft(name, max)
}

// FitParts joins the parts of a keys' hint with sep in at most max
// columns, whole parts only: past the last that fits comes " …" (the
// help, ?, lists them all), as bubbles/help's short view does. Written
// here because that view measures with lipgloss, not with the cjk.Width
// that knows the terminal's ambiguous width (↑, ↓, …).
func FitParts(w cjk.Width, parts []string, sep string, max int) string {
	const more = " …"
	var b strings.Builder
	used := 0
	for i, p := range parts {
		add := w.String(p)
		if i > 0 {
			add += w.String(sep)
		}
		// The last part needs no room for the ellipsis after it.
		tail := w.String(more)
		if i == len(parts)-1 {
			tail = 0
		}
		if used+add+tail > max {
			if i == 0 { // not even one part: cut, as Fit does
				return Fit(w, strings.Join(parts, sep), max)
			}
			return b.String() + more
		}
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(p)
		used += add
	}
	return b.String()
}
