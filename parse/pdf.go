package parse

import (
	"sort"
	"strings"

	"wenji/parse/pdf"
)

// pdfText extracts the text layer of a PDF: paragraphs separated by "\n",
// hints as the docx reader gives them (may be nil), and the page count.
// Its errors wrap pdf.ErrNoText, pdf.ErrEncrypted or pdf.ErrDamaged and
// print as one line.
func pdfText(data []byte) (text string, hints []Hint, pages int, err error) {
	doc, err := pdf.Extract(data)
	if err != nil {
		return "", nil, 0, err
	}
	return strings.Join(doc.Paragraphs, "\n"), pdfHints(doc), doc.Pages, nil
}

// pdfHints marks the title: the first paragraph, centred on page 1 in a
// type larger than the body's (the size most of the text is set in) or
// bold all through, as the .docx reader takes a centred bold first
// paragraph; and the bold run each paragraph opens with, as the .docx
// reader gives it (the whole paragraph for a bold heading). A PDF keeps
// no styles, so this is all the layout says for certain; the parser
// reads numbered headings from the text itself.
func pdfHints(doc *pdf.Document) []Hint {
	var hints []Hint
	title := -1
	if k := mastheadEnd(doc); titleHint(doc, k) {
		title = k
	}
	for i, st := range doc.Styles {
		if i == title {
			hints = append(hints, Hint{Line: i + 1, Title: true})
			continue
		}
		if st.Cell {
			hints = append(hints, Hint{Line: i + 1, Body: true})
			continue
		}
		if st.Lead > 0 {
			hints = append(hints, Hint{Line: i + 1, Lead: st.Lead})
		}
	}
	return hints
}

// mastheadEnd is the first paragraph after the table cells that open page
// 1: a journal's masthead printed as one row above an article's title
// (第9卷 第4期 / 航空动力学报 / 1994年10月). 0 when the page opens otherwise.
func mastheadEnd(doc *pdf.Document) int {
	k := 0
	for k < len(doc.Styles) && doc.Styles[k].Cell && doc.Styles[k].Page == 1 {
		k++
	}
	return k
}

// titleHint tells a document whose paragraph k (the first, or the first
// under a masthead) is its title.
func titleHint(doc *pdf.Document, k int) bool {
	if k >= len(doc.Styles) {
		return false
	}
	type weight struct {
		size float64
		n    int
	}
	var ws []weight
	total := 0
	for i, st := range doc.Styles {
		n := len(doc.Paragraphs[i])
		ws = append(ws, weight{st.Size, n})
		total += n
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i].size < ws[j].size })
	body, acc := 0.0, 0
	for _, w := range ws {
		acc += w.n
		if acc*2 >= total {
			body = w.size
			break
		}
	}
	first := doc.Styles[k]
	bold := first.Lead == len(doc.Paragraphs[k])
	return first.Page == 1 && first.Centered && (first.Size >= 1.15*body || bold)
}
