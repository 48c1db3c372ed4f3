package parse

import (
	"encoding/xml"
	"strconv"
	"strings"
)

// ODF lists: LibreOffice saves a Word list's numbers not as text but as a
// list style (text:list-style, its levels' number formats, prefixes and
// suffixes) and text:list elements that continue one another; the reader
// counts the items the way the list shows them (一、 （二） 3.).

const nsLOExt = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"

// olevel is one level of an ODF list style.
type olevel struct {
	numbered       bool
	format         string // Word's name for style:num-format (formatNumber)
	prefix, suffix string
	listFormat     string // loext:num-list-format: %1%.%2%. with the levels
	start, display int
}

// ocount is the counters of the lists of one list style.
type ocount struct {
	count [10]int
	used  [10]bool
}

// olists is the state of an ODF document's lists.
type olists struct {
	styles  map[string]*[10]olevel
	cur     *[10]olevel // the list style being read
	open    []string    // the styles of the text:list elements open
	byID    map[string]string
	counts  map[string]*ocount
	pending int // the level of a list item not yet numbered, -1 none
}

// odfFormats maps style:num-format's values to Word's number formats.
var odfFormats = map[string]string{
	"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman",
	"一, 二, 三, ...": "chineseCounting", "壹, 贰, 叁, ...": "chineseLegalSimplified", "壹, 貳, 參, ...": "chineseLegalSimplified",
	"①, ②, ③, ...": "decimalEnclosedCircle", "甲, 乙, 丙, ...": "ideographTraditional", "１, ２, ３, ...": "decimalFullWidth",
}

// styleStart reads a list style's element: the style or a numbered level.
func (l *olists) styleStart(t xml.StartElement) {
	switch t.Name.Local {
	case "list-style":
		if l.styles == nil {
			l.styles = map[string]*[10]olevel{}
		}
		l.cur = &[10]olevel{}
		l.styles[oattr(t, nsStyle, "name")] = l.cur
	case "list-level-style-number":
		n, err := strconv.Atoi(oattr(t, nsText, "level"))
		if l.cur == nil || err != nil || n < 1 || n > 10 {
			return
		}
		f, ok := odfFormats[oattr(t, nsStyle, "num-format")]
		lv := olevel{numbered: ok, format: f, prefix: oattr(t, nsStyle, "num-prefix"), suffix: oattr(t, nsStyle, "num-suffix"),
			listFormat: oattr(t, nsLOExt, "num-list-format"), start: 1, display: 1}
		if s, err := strconv.Atoi(oattr(t, nsText, "start-value")); err == nil && s >= 0 {
			lv.start = s
		}
		if s, err := strconv.Atoi(oattr(t, nsText, "display-levels")); err == nil && s >= 1 {
			lv.display = min(s, n)
		}
		l.cur[n-1] = lv
	}
}

// listStart opens a text:list: a list at the top restarts its style's
// counters unless it continues the one before (text:continue-numbering)
// or another by its xml:id (text:continue-list); a nested list takes its
// parent's style when it names none.
func (l *olists) listStart(t xml.StartElement) {
	style := oattr(t, nsText, "style-name")
	if style == "" && len(l.open) > 0 {
		style = l.open[len(l.open)-1]
	}
	if id := oattr(t, nsText, "continue-list"); id != "" && l.byID[id] != "" && style == "" {
		style = l.byID[id]
	}
	if id := oattr(t, "http://www.w3.org/XML/1998/namespace", "id"); id != "" {
		if l.byID == nil {
			l.byID = map[string]string{}
		}
		l.byID[id] = style
	}
	if l.counts == nil {
		l.counts = map[string]*ocount{}
	}
	if len(l.open) == 0 && oattr(t, nsText, "continue-numbering") != "true" && oattr(t, nsText, "continue-list") == "" {
		l.counts[style] = &ocount{}
	}
	l.open = append(l.open, style)
	l.pending = -1
}

// listEnd closes a text:list.
func (l *olists) listEnd() {
	if len(l.open) > 0 {
		l.open = l.open[:len(l.open)-1]
	}
	l.pending = -1
}

// item marks a list item, counted when a paragraph opens it (an item
// that holds only a nested list shows no number of its own).
func (l *olists) item(t xml.StartElement) {
	l.pending = -1
	if t.Name.Local != "list-item" || len(l.open) == 0 || len(l.open) > 10 {
		return
	}
	l.pending = len(l.open) - 1
	if s, err := strconv.Atoi(oattr(t, nsText, "start-value")); err == nil && s >= 0 {
		if c := l.counter(); c != nil {
			c.count[l.pending], c.used[l.pending] = s-1, true
		}
	}
}

func (l *olists) counter() *ocount {
	style := l.open[len(l.open)-1]
	c := l.counts[style]
	if c == nil {
		c = &ocount{}
		l.counts[style] = c
	}
	return c
}

// number counts the pending list item, if any, and returns its label.
func (l *olists) number() string {
	lvl := l.pending
	l.pending = -1
	if lvl < 0 || len(l.open) == 0 {
		return ""
	}
	levels := l.styles[l.open[len(l.open)-1]]
	c := l.counter()
	startOf := func(k int) int {
		if levels != nil {
			return levels[k].start
		}
		return 1
	}
	if c.used[lvl] {
		c.count[lvl]++
	} else {
		c.count[lvl], c.used[lvl] = startOf(lvl), true
	}
	for k := lvl + 1; k < 10; k++ {
		c.used[k] = false
	}
	if levels == nil || !levels[lvl].numbered {
		return ""
	}
	value := func(k int) string {
		v := c.count[k]
		if !c.used[k] {
			v = startOf(k)
		}
		return formatNumber(v, levels[k].format)
	}
	lv := levels[lvl]
	if lv.listFormat != "" {
		text := lv.listFormat
		for k := 0; k <= lvl; k++ {
			text = strings.ReplaceAll(text, "%"+strconv.Itoa(k+1)+"%", value(k))
		}
		if len(text) > maxMarker {
			return ""
		}
		return text
	}
	var parts []string
	for k := lvl - lv.display + 1; k <= lvl; k++ {
		parts = append(parts, value(k))
	}
	return lv.prefix + strings.Join(parts, ".") + lv.suffix
}
