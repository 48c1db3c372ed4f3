package parse

import (
	"strings"
	"unicode/utf8"
)

// markdownText converts Markdown to the text the reader shows, with hints.
// The reader shows prose, not markup: ATX and setext headings lose their #
// and underline and become heading hints; bullets (- * +), task boxes,
// quote marks (>), emphasis (** * __ _ ~~), code ticks, fences, link and
// image syntax, inline HTML tags, table rules and HTML comments are
// dropped, keeping their text. Ordered list numbers (1.) stay: they are
// numbering the outline reads. A bold run opening a paragraph is a lead.
// Lines stay lines: Chinese Markdown writes a paragraph a line, and joining
// hard-wrapped lines would guess at what the author meant.
func markdownText(src string) (string, []Hint) {
	src = dropHTMLComments(src)
	lines := strings.Split(src, "\n")
	var tb textBuilder
	blank := 0
	fence := ""
	i := 0
	// YAML front matter.
	if len(lines) > 0 && strings.TrimSpace(lines[0]) == "---" {
		for j := 1; j < len(lines); j++ {
			if t := strings.TrimSpace(lines[j]); t == "---" || t == "..." {
				i = j + 1
				break
			}
		}
	}
	for ; i < len(lines); i++ {
		raw := strings.TrimRight(lines[i], "\r")
		t := strings.TrimSpace(raw)
		if fence != "" {
			if strings.HasPrefix(t, fence) {
				fence = ""
				continue
			}
			tb.blank(blank)
			blank = 0
			tb.para(raw, Hint{})
			continue
		}
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = t[:3]
			continue
		}
		if t == "" {
			blank++
			continue
		}
		if isThematicBreak(t) {
			blank = max(blank, 1)
			continue
		}
		tb.blank(blank)
		blank = 0
		var h Hint
		// Setext: a line underlined with === or ---.
		if i+1 < len(lines) && !strings.HasPrefix(t, "#") {
			if u := strings.TrimSpace(lines[i+1]); len(u) >= 2 && strings.Trim(u, "=") == "" {
				h.Heading = 1
			} else if len(u) >= 2 && strings.Trim(u, "-") == "" && !isListItem(t) {
				h.Heading = 2
			}
			if h.Heading > 0 {
				i++
			}
		}
		if lvl, skip := mdHeading(t); lvl > 0 {
			h.Heading = lvl
			t = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t[skip:]), "#"))
			if t == "" {
				continue
			}
		}
		text, lead := mdInlineLine(t)
		if text == "" {
			continue // a table's rule
		}
		h.Lead = lead
		h.Body = strings.HasPrefix(t, "|") // a table row
		tb.para(text, h)
	}
	return tb.String(), tb.hints
}

// dropHTMLComments removes <!-- … -->, across lines too.
func dropHTMLComments(s string) string {
	if !strings.Contains(s, "<!--") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "<!--")
		if i < 0 {
			break
		}
		b.WriteString(s[:i])
		j := strings.Index(s[i+4:], "-->")
		if j < 0 {
			s = ""
			break
		}
		s = s[i+4+j+3:]
	}
	b.WriteString(s)
	return b.String()
}

func isThematicBreak(t string) bool {
	c := strings.ReplaceAll(t, " ", "")
	if len(c) < 3 {
		return false
	}
	return strings.Trim(c, "-") == "" || strings.Trim(c, "*") == "" || strings.Trim(c, "_") == ""
}

func isListItem(t string) bool {
	return len(t) >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && (t[1] == ' ' || t[1] == '\t')
}

// mdInlineLine strips a line's block markers (quote, bullet, task box, table
// pipes) and inline markup, and returns the text with the byte length of
// the bold run that opens it (after an ordered list number), 0 for none.
func mdInlineLine(t string) (string, int) {
	for strings.HasPrefix(t, ">") {
		t = strings.TrimLeft(t[1:], " \t")
	}
	if isListItem(t) {
		t = strings.TrimLeft(t[2:], " \t")
		for _, box := range []string{"[ ] ", "[x] ", "[X] "} {
			t = strings.TrimPrefix(t, box)
		}
	}
	if strings.HasPrefix(t, "|") {
		if strings.Trim(t, "|-: \t") == "" {
			return "", 0 // a table's rule
		}
		cells := strings.Split(strings.Trim(t, "| \t"), "|")
		for k := range cells {
			cells[k] = strings.TrimSpace(cells[k])
		}
		t = strings.Join(cells, "  ")
	}
	// An ordered list number stays, and a bold run may follow it.
	num := ""
	if m, ok := parseMarker(t); ok && m.style == styleNum {
		num, t = t[:m.skip], t[m.skip:]
	}
	for _, d := range []string{"**", "__"} {
		if !strings.HasPrefix(t, d) {
			continue
		}
		if j := strings.Index(t[2:], d); j > 0 {
			bold := mdInline(t[2 : 2+j])
			rest := mdInline(t[2+j+2:])
			return num + bold + rest, len(num) + len(bold)
		}
	}
	return num + mdInline(t), 0
}

// mdInline drops inline markup: emphasis, code ticks, links, images,
// autolinks, tags and backslash escapes.
func mdInline(s string) string {
	if !strings.ContainsAny(s, "*_~`[]!<\\") {
		return s
	}
	var b strings.Builder
	// Where the next ](, ) and > stand (len(s): none), looked for again
	// only once passed: looking from every [ or < to the end of the line
	// was quadratic on a line of many with no closer.
	nextLink, nextParen, nextGT := -1, -1, -1
	find := func(cached *int, from int, sep string) int {
		if *cached < from {
			*cached = len(s)
			if k := strings.Index(s[from:], sep); k >= 0 {
				*cached = from + k
			}
		}
		return *cached
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!|~<>", s[i+1]) >= 0:
			b.WriteByte(s[i+1])
			i += 2
			continue
		case c == '*' || c == '~':
			i++ // emphasis and strike-through marks
			continue
		case c == '_':
			// _emphasis_ at word edges; snake_case stays.
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if !(isWordByte(prev) && isWordByte(next)) {
				i++
				continue
			}
		case c == '`':
			i++
			continue
		case c == '!' && i+1 < len(s) && s[i+1] == '[':
			i++ // an image: its alt text stays
			continue
		case c == '[':
			if l := find(&nextLink, i, "]("); l < len(s) {
				if p := find(&nextParen, l, ")"); p < len(s) {
					b.WriteString(mdInline(s[i+1 : l]))
					i = p + 1
					continue
				}
			}
		case c == '<':
			if j := find(&nextGT, i, ">") - i; i+j < len(s) && j > 1 {
				inner := s[i+1 : i+j]
				switch {
				case strings.HasPrefix(inner, "http://") || strings.HasPrefix(inner, "https://"):
					b.WriteString(inner)
					i += j + 1
					continue
				case isTagName(inner):
					i += j + 1
					continue
				}
			}
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}

func isWordByte(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
}

// isTagName reports the inside of an HTML tag: br, /span, span class="x".
func isTagName(s string) bool {
	s = strings.TrimPrefix(s, "/")
	if s == "" || !(s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '/' {
			return true
		}
		if !isWordByte(rune(c)) {
			return false
		}
	}
	return true
}
