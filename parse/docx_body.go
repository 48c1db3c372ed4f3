package parse

import (
	"encoding/xml"
	"errors"
	"io"
)

// bodyReader is the state of word/document.xml's reading.
type bodyReader struct {
	d     *docx
	paras []*wpara // open paragraphs: a text box nests one in another
	cols  tables
	run   wrun
	// joined is a paragraph whose mark a tracked change deleted, held
	// for the next.
	joined               *wpara
	inRPr, inPPr, inText bool
	skip                 int // depth inside an element whose text is not shown
}

func (d *docx) readDocument(dec *xml.Decoder) error {
	r := &bodyReader{d: d}
	for {
		tok, err := dec.Token()
		if err != nil {
			if errors.Is(err, io.EOF) {
				r.release() // the last paragraph's mark deleted: nothing to join
				if d.err != nil {
					return d.err
				}
			}
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			r.start(t)
		case xml.EndElement:
			if r.end(t) && d.err != nil {
				return d.err
			}
		case xml.CharData:
			if r.skip == 0 && r.inText && len(r.paras) > 0 && !r.run.hidden {
				d.write(r.paras[len(r.paras)-1], r.run, string(t))
			}
		}
	}
}

// release writes the paragraph held for joining as it is.
func (r *bodyReader) release() {
	if r.joined != nil {
		r.d.flush(r.joined)
		r.joined = nil
	}
}

// start takes an element's start tag.
func (r *bodyReader) start(t xml.StartElement) {
	if r.skip > 0 {
		r.skip++
		return
	}
	if t.Name.Space == nsMC && t.Name.Local == "Fallback" {
		r.skip = 1 // the same content again, for older readers
		return
	}
	if !isW(t.Name) {
		return
	}
	var p *wpara
	if len(r.paras) > 0 {
		p = r.paras[len(r.paras)-1]
	}
	switch t.Name.Local {
	case "del", "moveFrom":
		// Tracked changes: deleted runs (their text in delText, tabs and
		// breaks beside it) and the source of moved text, whose copy
		// stands in w:moveTo. Inside a paragraph mark's properties the
		// element deletes the mark.
		if r.inPPr && r.inRPr && p != nil {
			p.markDel = true
		}
		r.skip = 1
	case "delText", "instrText", "footnoteReference", "endnoteReference", "commentReference":
		r.skip = 1
	case "rPrChange", "pPrChange", "tblPrChange", "trPrChange", "tcPrChange", "sectPrChange", "tblGridChange", "numberingChange":
		r.skip = 1 // the properties before a tracked change: the text wears the new ones
	case "p":
		np := &wpara{outline: -1, leadOpen: true, bold: true, cell: r.cols.data()}
		if j := r.joined; j != nil {
			// The paragraph before lost its mark to a tracked deletion:
			// Word prints the two as one, with this paragraph's
			// properties. (joined is held only at a top-level </w:p>
			// that leaves no paragraph open, so this one is top-level.)
			np.text.WriteString(j.text.String())
			np.lead, np.leadOpen, np.bold = j.lead, j.leadOpen, j.bold
			r.joined = nil
		}
		r.paras = append(r.paras, np)
	case "tbl", "gridCol", "tc":
		r.release()
		if t.Name.Local != "tc" {
			r.cols.start(t.Name.Local)
		}
	case "pPr":
		r.inPPr = true
	case "rPr":
		r.inRPr = true
	case "r":
		r.run = wrun{}
	case "t":
		r.inText = true
	case "tab", "br", "cr", "noBreakHyphen":
		if p != nil && !r.inPPr && !r.run.hidden {
			r.d.special(p, r.run, t)
		}
	default:
		r.property(p, t)
	}
}

// property takes a run's (rStyle, b, vanish) or a paragraph's property.
func (r *bodyReader) property(p *wpara, t xml.StartElement) {
	runProp := r.inRPr && !r.inPPr
	switch {
	case runProp && t.Name.Local == "rStyle":
		r.run.style, _ = attr(t, "val")
	case runProp && t.Name.Local == "b":
		r.run.bold, r.run.boldSet = onOff(t), true
	case runProp && t.Name.Local == "vanish":
		r.run.hidden = onOff(t)
	case p != nil && r.inPPr && !r.inRPr:
		paraProperty(p, t)
	}
}

// end takes an element's end tag; it reports a paragraph written.
func (r *bodyReader) end(t xml.EndElement) bool {
	if r.skip > 0 {
		r.skip--
		return false
	}
	if !isW(t.Name) {
		return false
	}
	switch t.Name.Local {
	case "p":
		n := len(r.paras)
		if n == 0 {
			return false
		}
		if p := r.paras[n-1]; p.markDel && n == 1 && !p.cell && p.text.Len() > 0 {
			r.joined, r.paras = p, r.paras[:0]
			return false
		}
		r.d.flush(r.paras[n-1])
		r.paras = r.paras[:n-1]
		return true
	case "tbl", "tc":
		r.release() // a cell's mark is never deleted into the next
		if t.Name.Local == "tbl" {
			r.cols.end()
		}
	case "pPr":
		r.inPPr = false
	case "rPr":
		r.inRPr = false
	case "t":
		r.inText = false
	}
	return false
}
