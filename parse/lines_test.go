package parse

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"wenji/model"
)

// TestLinePassesChunked: the paragraphs and the structure's lines, read
// on all cores in chunks as small as one line, are those of a plain loop
// over the lines, the blank lines before each eline counted across the
// chunks (and across the junk lines, which do not count) before it.
func TestLinePassesChunked(t *testing.T) {
	refParas := func(lines []line) []model.Span {
		out := []model.Span{}
		for _, l := range lines {
			if !l.blank() {
				out = append(out, model.Span{Start: l.start, End: l.end})
			}
		}
		return out
	}
	refEff := func(lines []line) []eline {
		out := []eline{}
		gap := 0
		for _, l := range lines {
			switch {
			case l.junk:
			case l.blank():
				gap++
			default:
				out = append(out, eline{start: l.start, end: l.end, num: l.num, gap: int32(gap)})
				gap = 0
			}
		}
		return out
	}
	defer func(c int) { lineChunk = c }(lineChunk)
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 300 {
		lines := make([]line, rng.IntN(40))
		at := 0
		for i := range lines {
			l := line{num: int32(i + 1), start: at, end: at}
			switch rng.IntN(5) {
			case 0, 1: // blank
			case 2:
				l.end += 3
				l.junk = true
			default:
				l.end += 1 + rng.IntN(9)
			}
			at = l.end + 1
			lines[i] = l
		}
		for _, chunk := range []int{1, 2, 3, 7, 1 << 14} {
			lineChunk = chunk
			if got, want := paraSpans(lines), refParas(lines); !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d chunk %d: paraSpans %v, want %v", round, chunk, got, want)
			}
			if got, want := effective(lines), refEff(lines); !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d chunk %d: effective %v, want %v", round, chunk, got, want)
			}
		}
	}
}
