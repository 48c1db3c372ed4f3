package pdf

import "strings"

// The widths of ASCII 32–126 in the standard fonts that PDFs name without
// embedding or a /Widths array (CAJ2PDF's Times-Roman, old Acrobat's
// Helvetica), from Adobe's AFM files; without them every Latin glyph would
// be guessed half an em wide and words would split or run together.
var (
	timesWidths = [95]float64{
		250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
		500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
		921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
		556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
		333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
		500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
	}
	helveticaWidths = [95]float64{
		278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
		556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
		1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
		667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
		333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
		556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
	}
)

// standardWidth gives the width of code c in a standard font named base
// (bold and italic faces take their family's regular widths, which are
// near enough for telling gaps), and false for other fonts.
func standardWidth(base string, c byte) (float64, bool) {
	if c < 32 || c > 126 {
		return 0, false
	}
	switch {
	case strings.HasPrefix(base, "Courier"):
		return 600, true
	case strings.HasPrefix(base, "Times"):
		return timesWidths[c-32], true
	case strings.HasPrefix(base, "Helvetica") || strings.HasPrefix(base, "Arial"):
		return helveticaWidths[c-32], true
	}
	return 0, false
}
