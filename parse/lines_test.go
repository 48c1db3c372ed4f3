package parse

import (
	"math/rand/v2"
	"reflect"
	"testing"
	"unsafe"

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
				out = append(out, eline{start: l.start, end: l.end, num: l.num, bits: uint8(min(gap, 3))})
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

// TestElineSize: an eline is 32 bytes on a 64-bit machine (the gap and
// the hints' flags in one byte), and setting the hints keeps the gap.
func TestElineSize(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) == 8 && unsafe.Sizeof(eline{}) != 32 {
		t.Errorf("eline is %d bytes, want 32", unsafe.Sizeof(eline{}))
	}
	e := eline{bits: 2}
	e.setHints(true, false)
	if e.gap() != 2 || !e.htitle() || e.hbody() {
		t.Errorf("after setHints(true, false): gap %d, title %v, body %v", e.gap(), e.htitle(), e.hbody())
	}
	e.setHints(false, true)
	if e.gap() != 2 || e.htitle() || !e.hbody() {
		t.Errorf("after setHints(false, true): gap %d, title %v, body %v", e.gap(), e.htitle(), e.hbody())
	}
}

// TestDigitHead: classify flags a line that opens with an ASCII digit or
// the byte EF (a fullwidth digit's first), what digitLedItems asks of
// every line, and setHints keeps the flag.
func TestDigitHead(t *testing.T) {
	text := "1.5万吨\n８．10种\n一、总体要求\n\n9\n\xef\n正文1.\n"
	want := map[string]bool{"1.5万吨": true, "８．10种": true, "一、总体要求": false, "9": true, "\xef": true, "正文1.": false}
	lines := splitLines(text)
	p := &parser{text: text, eff: effective(lines)}
	p.classify(false)
	if len(p.eff) != len(want) {
		t.Fatalf("%d lines, want %d", len(p.eff), len(want))
	}
	for i := range p.eff {
		e := &p.eff[i]
		s := p.str(e)
		if got := e.bits&digitHead != 0; got != want[s] {
			t.Errorf("%q: digitHead %v, want %v", s, got, want[s])
		}
		e.setHints(true, true)
		if got := e.bits&digitHead != 0; got != want[s] {
			t.Errorf("%q after setHints: digitHead %v, want %v", s, got, want[s])
		}
	}
}
