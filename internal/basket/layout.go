package basket

import (
	"strings"

	"wenji/model/export"
)

// maxLevel is the deepest heading level an excerpt's blocks use: the
// Markdown's ###### under the excerpt's ##, the .docx's deepest style.
const maxLevel = 5

// Blocks lays out e for its exports (Markdown, .docx) and the basket
// page's preview: its heading (level 1), then its paragraphs, a line
// that a sub-section's title opens (e.Heads) set as a heading one level
// further down for each level of the outline, or as a bold lead where
// the title opens a paragraph. The text opens with the heading it
// repeats (a section's heading line) or with a lead sentence (a lead's
// section, 一是…。): that line, or that lead, is the heading and is not
// written twice. An excerpt saved before heads were kept has none: its
// paragraphs are body text.
func (e Excerpt) Blocks() []export.Block {
	heads := map[int]export.Head{}
	// A selection that runs on past its node holds a sibling's heading
	// (depth 0) or one further up (below 0): all of them shift down so
	// that the shallowest is a level under the excerpt's heading, their
	// order kept. At the excerpt's own level they read as excerpts of
	// their own, without a source line, in the Markdown and the .docx.
	shift := 0
	for _, h := range e.Heads {
		shift = max(shift, 1-h.Depth)
	}
	for _, h := range e.Heads {
		h.Depth += shift
		heads[h.Line] = h
	}
	var out []export.Block
	first := true
	lines := strings.Split(e.Text, "\n")
	for i := 0; i < len(lines); i++ {
		ln := trimLine(lines[i])
		if ln == "" {
			continue
		}
		if first {
			first = false
			if n := e.headingRun(lines[i:]); n > 1 {
				// The heading is these lines, taken as one (附件1 / 2025年…).
				out = []export.Block{{Level: 1, Text: OneLine(e.Heading)}}
				i += n - 1
				continue
			}
			var rest string
			out, rest = e.headingBlocks(ln)
			if rest == "" {
				continue
			}
			if rest != ln {
				out = append(out, export.Block{Text: rest})
				continue
			}
		}
		out = append(out, lineBlock(ln, heads[i]))
	}
	if first {
		out, _ = e.headingBlocks("")
	}
	return out
}

// headingRun returns how many of lines, the text from its first line
// on, spell the excerpt's heading, its spaces aside: more than one for
// a heading the document sets on more lines (a .docx's 附件1 paragraph
// and its title's, which the outline takes as one heading, 附件1
// 2025年省十件民生实事), 1 for a first line that is the heading alone, 0
// when they do not spell it. The exports wrote those lines again under the heading, and the
// basket page showed 附件1 as the excerpt's first line.
func (e Excerpt) headingRun(lines []string) int {
	squeeze := func(s string) string {
		return strings.Join(strings.FieldsFunc(OneLine(s), func(r rune) bool { return r == ' ' || r == '\u3000' }), "")
	}
	h := squeeze(e.Heading)
	got := ""
	for i, ln := range lines {
		if ln = squeeze(ln); ln == "" {
			return 0
		}
		got += ln
		switch {
		case got == h:
			return i + 1
		case !strings.HasPrefix(h, got):
			return 0
		}
	}
	return 0
}

// headingBlocks returns the excerpt's heading block and what is left of
// the text's first line ln once the heading is taken from it: "" when
// the line is the heading, the sentence after a lead, else ln whole.
func (e Excerpt) headingBlocks(ln string) ([]export.Block, string) {
	h, raw := OneLine(e.Heading), trimLine(e.Heading)
	switch {
	case h == "":
		return nil, ln
	case OneLine(ln) == h:
		return []export.Block{{Level: 1, Text: h}}, ""
	case raw != "" && strings.HasPrefix(ln, raw):
		return []export.Block{{Level: 1, Text: h}}, afterLead(ln, len(raw))
	}
	return []export.Block{{Level: 1, Text: h}}, ln
}

// afterLead returns the paragraph p without its lead sentence, the first
// end bytes, when a stop ends the lead (大力推进产业转型升级。全面实施… gives
// 全面实施…), as --print --format md writes a lead's body; a lead cut inside
// its sentence (建设“无废城市”，统筹…) leaves the sentence whole.
func afterLead(p string, end int) string {
	rest := p[end:]
	for _, stop := range []string{"。", "；", ";", "：", ":", "．", ".", "！", "？", "!", "?"} {
		if r, ok := strings.CutPrefix(rest, stop); ok {
			return trimLine(r)
		}
	}
	if trimLine(rest) == "" {
		return ""
	}
	return p
}

// lineBlock lays out a line of the text after the first: a heading of the
// level h gives when h's title is the whole line, a lead when it opens it;
// body text when h is none or does not match the line (a file edited by
// hand).
func lineBlock(ln string, h export.Head) export.Block {
	t := trimLine(h.Text)
	switch {
	case t == "":
	case t == ln:
		return export.Block{Level: min(max(h.Depth, 1)+1, maxLevel), Text: ln}
	case strings.HasPrefix(ln, t):
		return export.Block{Text: ln, Lead: len(t)}
	}
	return export.Block{Text: ln}
}

// Preview returns the line of e's text that the basket page shows under
// its heading: the first paragraph after the heading, which the text
// repeats (a section's heading line, a lead sentence) and the page shows
// above it already.
func (e Excerpt) Preview() string {
	for _, b := range e.Blocks() {
		if b.Level != 1 {
			return b.Text
		}
	}
	return ""
}

// trimLine drops control characters and the white space at either end
// (indentation, a BOM): the exports indent paragraphs themselves.
func trimLine(s string) string {
	return strings.Trim(noControls(s), " \t\r\n\u3000\ufeff")
}
