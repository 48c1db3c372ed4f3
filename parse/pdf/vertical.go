package pdf

import "math"

// verticalPage tells a page set in vertical lines (竖排: writing-mode
// vertical-rl, Word's 文字方向): most glyphs, in the order drawn, stand
// below the one before at the same x, rather than beside it on the same
// baseline.
func verticalPage(gs []glyph) bool {
	down, across := 0, 0
	for i := 1; i < len(gs); i++ {
		a, b := &gs[i-1], &gs[i]
		sz := math.Max(a.size, 1)
		dx, dy := b.x0-a.x0, a.y-b.y
		switch {
		case math.Abs(dx) < 0.2*sz && dy > 0.5*sz && dy < 2*sz:
			down++
		case math.Abs(dy) < 0.2*sz && dx > 0:
			across++
		}
	}
	return down >= 20 && down > 2*across
}

// cjkAscent is a CJK face's ascent in ems: how far an upright glyph's
// top stands above its baseline (a vertical font's origin is there).
const cjkAscent = 0.88

// turnVertical turns a page of vertical lines a quarter turn, so that
// buildLines reads it as rows: a column's top is a row's start, and the
// rightmost column the first row (lines run right to left). The box turns
// with it. An upright glyph stands on its baseline, its top an ascent
// (0.88 em, CJK faces') above it; a Latin letter or digit drawn sideways
// (turned clockwise, as browsers and Word set them) starts at its origin
// and runs down its advance, its middle 0.38 em right of its baseline.
func turnVertical(gs []glyph, box [4]float64) [4]float64 {
	for i := range gs {
		g := &gs[i]
		if g.x1-g.x0 < 0.1*g.size && g.dy < 0 {
			g.x0, g.x1, g.y = -g.y, -(g.y + g.dy), g.x0+0.38*g.size
		} else {
			top := g.y + cjkAscent*g.size
			g.x0, g.x1, g.y = -top, -top+(g.x1-g.x0), (g.x0+g.x1)/2
		}
		g.spaced = false
	}
	return [4]float64{-box[3], box[0], -box[1], box[2]}
}
