package parse

import (
	"strings"
	"unicode/utf8"
	"unsafe"

	"wenji/internal/bigread"
	"wenji/internal/par"
	"wenji/model"
)

// line is one line of the input. Offsets are bytes into the text.
type line struct {
	start, end int   // content after trimming white space and glued junk
	num        int32 // 1-based line number
	junk       bool
}

// blank reports whether the line has no content.
func (l *line) blank() bool { return l.start >= l.end }

// splitLines cuts text into lines, trimming each line's content of the white
// space Chinese documents carry: ASCII space and tab, CR (CRLF files),
// U+3000 ideographic space (the 　　 paragraph indent), U+00A0 and a BOM.
func splitLines(text string) []line {
	// A large text is cut into spans that end after a newline, and the
	// spans are read on all cores: first counting their lines, so that
	// each knows where its lines go and what number they start at, then
	// filling them in.
	spans := max(1, min(len(text)/splitChunk, 64))
	bounds := make([]int, spans+1)
	for k := 1; k < spans; k++ {
		b := max(k*len(text)/spans, bounds[k-1])
		if nl := strings.IndexByte(text[b:], '\n'); nl >= 0 {
			b += nl + 1
		} else {
			b = len(text)
		}
		bounds[k] = b
	}
	bounds[spans] = len(text)
	first := make([]int, spans+1) // index of each span's first line
	par.Each(spans, func(k int) {
		first[k+1] = strings.Count(text[bounds[k]:bounds[k+1]], "\n")
	})
	for k := range spans {
		first[k+1] += first[k]
	}
	// The text after the last newline is a line too, empty or not.
	lines := make([]line, first[spans]+1)
	adviseHuge(lines)
	par.Each(spans, func(k int) {
		i, at, to := first[k], bounds[k], bounds[k+1]
		for {
			// Only newlines end a span's lines: the text after the last
			// one is set below.
			nl := strings.IndexByte(text[at:to], '\n')
			if nl < 0 {
				break
			}
			s, e := trimSpace(text, at, at+nl)
			lines[i] = line{num: int32(i + 1), start: s, end: e}
			i++
			at += nl + 1
		}
	})
	last := len(lines) - 1
	s, e := trimSpace(text, strings.LastIndexByte(text, '\n')+1, len(text))
	lines[last] = line{num: int32(last + 1), start: s, end: e}
	// A final newline does not start a line of its own.
	if n := len(lines); n > 1 && lines[n-1].blank() && strings.HasSuffix(text, "\n") {
		lines = lines[:n-1]
	}
	return lines
}

// splitChunk is the least text splitLines gives a core of its own; a
// variable so that tests can cut small texts into many spans.
var splitChunk = 1 << 20

// trimSpace narrows [s, e) of text past leading and trailing white space.
func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		if n := spaceAt(text, s); n > 0 {
			s += n
			continue
		}
		break
	}
	for e > s {
		if n := spaceBefore(text, e); n > 0 {
			e -= n
			continue
		}
		break
	}
	return s, e
}

// spaceAt returns the byte length of the white space rune at text[i], or 0.
func spaceAt(text string, i int) int {
	switch c := text[i]; {
	case c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
		return 1
	case c < utf8.RuneSelf:
		return 0
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	if isSpaceRune(r) {
		return n
	}
	return 0
}

// spaceBefore returns the byte length of the white space rune ending at
// text[i-1], or 0.
func spaceBefore(text string, i int) int {
	switch c := text[i-1]; {
	case c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
		return 1
	case c < utf8.RuneSelf:
		return 0
	}
	r, n := lastRune(text[:i])
	if isSpaceRune(r) {
		return n
	}
	return 0
}

func isSpaceRune(r rune) bool {
	switch r {
	case '\u3000', '\u00a0', '\ufeff', '\u2002', '\u2003', '\u2009', '\u200b':
		return true
	}
	return false
}

// lineChunk is how many lines a core takes at a time in the passes over
// all the lines after splitLines (paraSpans, effective); a variable so
// that tests can cut a few lines into many chunks.
var lineChunk = 1 << 14

// passChunk is how many lines a core takes at a time in the rule passes
// that read each line on its own (markJunk's scoring, markChrome's kinds,
// classify); a variable so that tests can cut a document into chunks of a
// few lines and check that the parse is the same (TestParallelSame).
var passChunk = 4096

// chunksOf returns how many chunks of lineChunk lines n lines make.
func chunksOf(n int) int { return (n + lineChunk - 1) / lineChunk }

// chunkLines returns the bounds of chunk c of lines.
func chunkLines(lines []line, c int) (lo, hi int) {
	return c * lineChunk, min(len(lines), (c+1)*lineChunk)
}

// paraSpans returns the content of each non-blank line, in order: the
// document's paragraphs. Read on all cores, each chunk of lines counted
// first, then filled in at its place: one pass over 300,000 lines of a
// 100 MB file was 16 ms of a single core.
func paraSpans(lines []line) []model.Span {
	chunks := chunksOf(len(lines))
	at := make([]int, chunks+1) // where each chunk's paragraphs go
	par.Each(chunks, func(c int) {
		lo, hi := chunkLines(lines, c)
		for i := lo; i < hi; i++ {
			if !lines[i].blank() {
				at[c+1]++
			}
		}
	})
	for c := range chunks {
		at[c+1] += at[c]
	}
	out := make([]model.Span, at[chunks])
	adviseHuge(out)
	par.Each(chunks, func(c int) {
		k := at[c]
		lo, hi := chunkLines(lines, c)
		for i := lo; i < hi; i++ {
			if l := &lines[i]; !l.blank() {
				out[k] = model.Span{Start: l.start, End: l.end}
				k++
			}
		}
	})
	return out
}

// effective returns the lines that take part in the structure (elines),
// each with the blank lines before it since the one before. As paraSpans,
// on all cores: each chunk counts its elines and the blank lines after its
// last one, which carry into the chunks after it (31 ms on one core for
// a 100 MB file).
func effective(lines []line) []eline {
	chunks := chunksOf(len(lines))
	at := make([]int, chunks+1)
	trail := make([]int, chunks) // blank lines after the chunk's last eline (all its blanks if none)
	has := make([]bool, chunks)
	par.Each(chunks, func(c int) {
		lo, hi := chunkLines(lines, c)
		for i := lo; i < hi; i++ {
			switch l := &lines[i]; {
			case l.junk:
			case l.blank():
				trail[c]++
			default:
				at[c+1]++
				trail[c], has[c] = 0, true
			}
		}
	})
	carry := make([]int, chunks) // blank lines before the chunk since the last eline
	for c := range chunks {
		at[c+1] += at[c]
		if c+1 < chunks {
			carry[c+1] = trail[c]
			if !has[c] {
				carry[c+1] += carry[c]
			}
		}
	}
	out := make([]eline, at[chunks])
	adviseHuge(out)
	par.Each(chunks, func(c int) {
		k, gap := at[c], carry[c]
		lo, hi := chunkLines(lines, c)
		for i := lo; i < hi; i++ {
			switch l := &lines[i]; {
			case l.junk:
			case l.blank():
				gap++
			default:
				out[k] = eline{start: l.start, end: l.end, num: l.num, bits: uint8(min(gap, gapMask))}
				k++
				gap = 0
			}
		}
	})
	return out
}

// Paragraphs returns the paragraphs of text as Parse and ParseHinted give
// them in Document.Paras (every non-blank line's content, trimmed): what a
// document rebuilt without a parse (internal/doccache) needs beside its
// tree, in one pass over the lines on all cores.
func Paragraphs(text string) []model.Span {
	return paraSpans(splitLines(text))
}

// adviseHuge asks for 2 MB pages for the array s, new and about to be
// filled whole, when it is large enough to hold one (bigread.AdviseHuge):
// a page fault each 2 MB rather than each 4 KB. The lines, the elines and
// the paragraphs of a 100 MB file (17.5 MB) were 3,000 of its parse's
// 4 KB faults; on a virtual machine a fault on memory new to the process
// costs some 12 µs (touching 64 MB a 4 KB page at a time took 0.2 s of
// CPU here, in 2 MB pages 0.01–0.12 s). Only arrays that are filled whole:
// a 2 MB page touched at one end is resident whole.
func adviseHuge[T any](s []T) {
	if n := len(s) * int(unsafe.Sizeof(*new(T))); n >= 2<<20 {
		bigread.AdviseHuge(unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), n))
	}
}
