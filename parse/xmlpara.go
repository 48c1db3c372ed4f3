package parse

import "strings"

// A paragraph of a word processor's XML (.docx's document.xml, .odt's
// content.xml) as it is read: its text, the properties that make hints,
// and the bold run that opens it.

// wpara collects one paragraph while its XML is read.
type wpara struct {
	style    string
	center   bool
	outline  int // outline level from the paragraph's own properties, -1 unset
	num      wnumPr
	numSet   bool
	text     strings.Builder
	lead     int  // bytes of the bold run at the start
	leadOpen bool // the text so far, past white space, is all bold
	bold     bool // all of the text is bold
	pageBrk  bool
	cell     bool // in a table of two or more columns
	markDel  bool // its paragraph mark is a tracked deletion (w:del, w:moveFrom in its pPr's rPr)
}

// add writes s, bold or not, keeping count of the bold run that opens the
// paragraph (its lead) and of whether all of it is bold.
func (p *wpara) add(s string, bold bool) {
	blank := strings.TrimSpace(strings.ReplaceAll(s, "\u3000", "")) == ""
	if !blank && !bold {
		p.bold = false
	}
	if p.leadOpen {
		switch {
		case bold:
			p.text.WriteString(s)
			if !blank {
				p.lead = p.text.Len()
			}
			return
		case !blank:
			p.leadOpen = false
		}
	}
	p.text.WriteString(s)
}
