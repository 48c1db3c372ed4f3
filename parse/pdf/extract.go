package pdf

import (
	"fmt"
)

// Document is the text layer of a PDF.
type Document struct {
	// Paragraphs in reading order, without running headers, footers and
	// page numbers.
	Paragraphs []string
	// Pages is the number of pages.
	Pages int
}

// Extract reads the text layer of a PDF. Its errors wrap ErrNoText (pages
// of images only), ErrEncrypted or ErrDamaged, and print as one line.
func Extract(data []byte) (doc *Document, err error) {
	// The reader bounds its loops, depth and memory; a panic left in it is
	// still a damaged file to the user, never a crash.
	defer func() {
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("%w: %v", ErrDamaged, r)
		}
	}()
	f, err := open(data)
	if err != nil {
		return nil, err
	}
	pages, err := f.pages()
	if err != nil {
		return nil, err
	}
	in := &interp{f: f, fonts: map[any]*font{}, forms: map[*Stream]bool{}}
	var lines [][]line
	var boxes [][4]float64
	glyphs := 0
	for i, pg := range pages {
		in.glyphs = in.glyphs[:0]
		in.ops = 0
		for _, s := range pg.contents {
			data, err := f.decode(s)
			if err == errBomb {
				return nil, err
			}
			if err != nil {
				continue
			}
			in.run(data, pg.resources, gstate{ctm: identity, th: 1}, 0)
		}
		if f.budget <= 0 {
			return nil, errBomb
		}
		glyphs += len(in.glyphs)
		lines = append(lines, buildLines(append([]glyph(nil), in.glyphs...), i+1))
		boxes = append(boxes, pg.box)
	}
	if glyphs == 0 {
		return nil, ErrNoText
	}
	dropRepeats(lines)
	return &Document{Paragraphs: paragraphs(lines, boxes), Pages: len(pages)}, nil
}
