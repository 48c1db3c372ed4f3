package export

import (
	"strings"
	"unicode/utf8"

	"wenji/model"
)

// Head marks a line of an excerpt's text that a node's title opens, so
// that an export of the excerpt (the basket's Markdown and .docx) can set
// the sub-headings inside it as headings, at their level, rather than as
// paragraphs: the text alone no longer says which lines were headings.
type Head struct {
	// Line is the line's index in the text (its lines split at "\n").
	Line int `json:"line"`
	// Depth is the node's depth below the excerpt's node: 1 for a child.
	// A paragraph selection that runs on past its node can hold a
	// sibling's heading (0) or one of a node further up (below 0).
	Depth int `json:"depth"`
	// Text is the heading as the line writes it: the whole line, its
	// indentation trimmed, when the title is all of it; else the lead
	// sentence that opens the line, through the stop that ends it.
	Text string `json:"text"`
}

// Block is one paragraph of an excerpt as an export lays it out: a
// heading of a level, or body text that may open with a lead sentence.
// The basket computes the blocks once; its Markdown and its .docx set
// them, so the two agree on which lines are headings.
type Block struct {
	// Level is 0 for body text, 1 for the excerpt's heading, 2 and down
	// for a heading inside it.
	Level int
	// Text is the paragraph on one line, its indentation dropped.
	Text string
	// Lead is how many bytes of Text are a lead sentence (its title and
	// the stop after it), set in bold; 0 for none. Body text only.
	Lead int
}

// PlainHeads returns the heads of the lines of PlainText(d, n, keepJunk)
// that n's descendants' titles open, in order. A title inside a line (二是
// after 一是's sentence) opens none and is left to the text.
func PlainHeads(d *model.Document, n *model.Node, keepJunk bool) []Head {
	var out []Head
	i := 0
	plainLines(d, n, keepJunk, func(ln string, at int) {
		if h, ok := headAt(d, n, at, ln, keepJunk); ok {
			h.Line = i
			out = append(out, h)
		}
		i++
	})
	return out
}

// SelectionHeads returns the heads of the lines of d.SelectionText(sel,
// keepJunk) that titles open, other than the title of the node the
// selection starts in (the excerpt's own heading), their depths counted
// from that node.
func SelectionHeads(d *model.Document, sel model.ParaSelection, keepJunk bool) []Head {
	if sel.First < 0 || sel.Last >= len(d.Paras) || sel.First > sel.Last {
		return nil
	}
	base := d.NodeAt(d.Paras[sel.First].Start)
	var out []Head
	i := 0
	for _, p := range d.Paras[sel.First : sel.Last+1] {
		// The line SelectionText writes for p, without the indentation
		// it keeps: blank ones are not written and take no index.
		ln := strings.TrimRight(CleanText(d, p, keepJunk), " \t\r\u3000")
		if strings.TrimSpace(strings.TrimLeft(ln, "\u3000\ufeff")) == "" {
			continue
		}
		if h, ok := headAt(d, base, textStart(d, p, keepJunk), ln, keepJunk); ok {
			h.Line = i
			out = append(out, h)
		}
		i++
	}
	return out
}

// headAt returns the head of the line ln whose text starts at byte offset
// at of d: the node other than base whose title starts there, with its
// depth below base; ok is false when none does.
func headAt(d *model.Document, base *model.Node, at int, ln string, keepJunk bool) (Head, bool) {
	if at < 0 || at >= len(d.Text) {
		return Head{}, false
	}
	x := d.NodeAt(at)
	for x != nil && x.TitleSpan.Start != at {
		if x.Span.Start < at {
			return Head{}, false
		}
		x = x.Parent
	}
	if x == nil || x == base || x.Parent == nil || x.TitleSpan.Len() <= 0 {
		return Head{}, false
	}
	p := d.Paras[min(d.ParaAt(at), len(d.Paras)-1)]
	end := LeadEnd(d, min(x.TitleSpan.End, p.End), p.End)
	lead := strings.Trim(CleanText(d, model.Span{Start: at, End: end}, keepJunk), " \t\u3000\ufeff")
	line := strings.Trim(ln, " \t\r\u3000\ufeff")
	if lead == "" || !strings.HasPrefix(line, lead) {
		return Head{}, false // junk inside the title, a title over several lines
	}
	if strings.Trim(line[len(lead):], " \t\u3000") == "" {
		lead = line
	}
	return Head{Depth: x.Depth() - base.Depth(), Text: lead}, true
}

// LeadStops are the marks that end a lead sentence.
const LeadStops = "。：；！？:;!?.．"

// LeadEnd returns the end of a title that ends at end, past the closing
// marks and the one stop that the node's title leaves off, as the lead
// sentence was written (the basket's exports and model/export/docx read a
// lead so); never past limit.
func LeadEnd(d *model.Document, end, limit int) int {
	for end < limit {
		r, size := utf8.DecodeRuneInString(d.Text[end:limit])
		if !strings.ContainsRune("”’）》」』)\"'", r) {
			break
		}
		end += size
	}
	if end < limit {
		if r, size := utf8.DecodeRuneInString(d.Text[end:limit]); strings.ContainsRune(LeadStops, r) {
			end += size
		}
	}
	return end
}

// CleanText returns the text of s, junk left out unless keepJunk.
func CleanText(d *model.Document, s model.Span, keepJunk bool) string {
	if s.Len() <= 0 {
		return ""
	}
	if keepJunk {
		return d.Text[s.Start:s.End]
	}
	var b strings.Builder
	for _, c := range d.Clean(s) {
		b.WriteString(d.Text[c.Start:c.End])
	}
	return b.String()
}

// textStart returns where the text of s starts: past junk (a paid marker
// can open a heading's line) unless keepJunk, and past white space.
func textStart(d *model.Document, s model.Span, keepJunk bool) int {
	parts := []model.Span{s}
	if !keepJunk {
		parts = d.Clean(s)
	}
	for _, c := range parts {
		if t := strings.TrimLeft(d.Text[c.Start:c.End], " \t\u3000\ufeff"); t != "" {
			return c.End - len(t)
		}
	}
	return -1
}
