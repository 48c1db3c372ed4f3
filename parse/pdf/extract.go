package pdf

import (
	"errors"
	"fmt"
	"math"
	"sort"
)

// Document is the text layer of a PDF.
type Document struct {
	// Paragraphs in reading order, without running headers, footers and
	// page numbers.
	Paragraphs []string
	// Styles says how each paragraph is set, for hints to the parser.
	Styles []Style
	// Pages is the number of pages.
	Pages int
}

// Style is how a paragraph's first line is set.
type Style struct {
	// Size is the font's height on the page, in points.
	Size float64
	// Centered is a line between the margins, away from the left one.
	Centered bool
	// Page is the 1-based page the paragraph starts on.
	Page int
	// Cell is a cell of a table's row: each is a paragraph.
	Cell bool
	// Lead is the byte length of the bold run the paragraph opens with
	// (its whole length for a bold heading), 0 for none.
	Lead int
}

// maxGlyphs bounds a document's characters: twenty million is some ten
// thousand pages, and the lines they make stay well under 200 MB.
const maxGlyphs = 20_000_000

// errMissingContent is a PDF whose pages name content streams it does not
// hold, none of which an earlier revision's pages can stand in for: a
// file cut short, not a scan.
var errMissingContent = fmt.Errorf("%w: the pages' content is missing (the file cut short?)", ErrDamaged)

// Extract reads the text layer of a PDF. Its errors wrap ErrNoText (pages
// of images only), ErrNoUnicode (text no font maps to characters),
// ErrEncrypted or ErrDamaged, and print as one line.
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
		// A page's content streams are one stream cut in pieces (§7.8.2):
		// a matrix set in the first holds in the next, an operator may
		// even be split between them. Ghostscript and Acrobat write a page
		// as a q…cm stream, its text and a closing Q.
		var content []byte
		for _, s := range pg.contents {
			data, err := f.decode(s)
			if errors.Is(err, ErrDamaged) {
				return nil, err // a bomb
			}
			if err != nil {
				continue
			}
			if len(pg.contents) == 1 {
				content = data
				break
			}
			content = append(append(content, data...), '\n')
		}
		in.run(content, pg.resources, gstate{ctm: identity, th: 1}, 0)
		if f.budget <= 0 {
			return nil, errBomb
		}
		glyphs += len(in.glyphs)
		if glyphs > maxGlyphs {
			return nil, fmt.Errorf("%w: more than %d million characters", ErrDamaged, maxGlyphs/1_000_000)
		}
		gs, box := dropArtifacts(append([]glyph(nil), in.glyphs...)), pg.box
		if verticalPage(gs) {
			box = turnVertical(gs, box)
		}
		lines = append(lines, buildLines(gs, i+1))
		boxes = append(boxes, box)
	}
	if glyphs == 0 && in.unread > 0 {
		return nil, ErrNoUnicode
	}
	if glyphs == 0 {
		for _, pg := range pages {
			if pg.missing { // not a scan: its pages' content is not in the file
				return nil, errMissingContent
			}
		}
		return nil, ErrNoText
	}
	dropRepeats(lines)
	paras, styles := paragraphs(lines, boxes)
	return &Document{Paragraphs: paras, Styles: styles, Pages: len(pages)}, nil
}

// dropArtifacts leaves out the glyphs a tagged PDF marks as artifacts
// (running headers and footers, page numbers, watermarks) where they make
// lines of their own; an artifact on a line of the text (a list's label a
// producer marked so) stays, and so do all of them when they are all the
// page's text: a producer that marks everything so has no other.
func dropArtifacts(gs []glyph) []glyph {
	var ys []float64
	for _, g := range gs {
		if !g.artifact {
			ys = append(ys, g.y)
		}
	}
	if len(ys) == 0 || len(ys) == len(gs) {
		return gs
	}
	sort.Float64s(ys)
	kept := make([]glyph, 0, len(ys))
	for _, g := range gs {
		if g.artifact {
			tol := 0.4 * math.Max(g.size, 1)
			k := sort.SearchFloat64s(ys, g.y-tol)
			if k == len(ys) || ys[k] > g.y+tol {
				continue
			}
		}
		kept = append(kept, g)
	}
	return kept
}
