package parse

import "wenji/internal/par"

// classAhead classifies a large text's lines while the junk passes run on
// one core (pooling, spreading, the chrome's sweep: the other core idle
// for 40–60 ms of a 100 MB file), rather than after them. A line's kind
// depends on its own text only, which the paid markers' pass has
// narrowed by then (nothing later moves a line's bounds), so the lines
// can be read while the junk flags are still being set; those that turn
// out junk were classified for nothing, a few in a file.
type classAhead struct {
	finish func()
	// kinds holds a byte a line: aheadDone, the kind and the Markdown
	// level. Nothing else is kept, no block marker above all: what is
	// live when a collection comes during the junk passes sets the heap's
	// goal for the rest of the parse, and 5 MB of markers and notes there
	// made the goal 18 MB higher (--outline's peak RSS on 100 MB). A
	// marker line is classified again, its marker made, when eff is.
	kinds []uint8
}

const (
	aheadDone = 0x80 // classAhead.kinds: the line was classified
	aheadMd   = 2    // classAhead.kinds: the shift of the Markdown level, after the kind's 2 bits
)

// aheadChunks is the least number of chunks of lines for which the
// classification starts ahead: a small text's junk passes are over
// before a goroutine would be of use.
const aheadChunks = 4

// classifyAhead starts classifying lines on the side, once the paid
// markers' pass has narrowed them, when the text is large and no format
// gave hints (which change a line's kind; they are applied to the
// structure's lines, after the junk passes). It returns nil otherwise.
func (p *parser) classifyAhead(lines []line, hints []Hint) *classAhead {
	chunks := (len(lines) + passChunk - 1) / passChunk
	if len(hints) > 0 || chunks < aheadChunks {
		return nil
	}
	a := &classAhead{kinds: make([]uint8, len(lines))}
	chunk := passChunk
	a.finish = par.Ahead(chunks, func(c int) {
		var marks markerSlab // dropped: a marker line is classified again
		for i := c * chunk; i < min(len(lines), (c+1)*chunk); i++ {
			l := &lines[i] // its bounds only: the junk passes set its junk flag meanwhile
			if l.blank() {
				continue
			}
			e := eline{start: l.start, end: l.end}
			p.classifyLine(&e, &marks)
			marks = marks[:0]
			a.kinds[i] = aheadDone | uint8(e.kind) | e.md<<aheadMd
		}
	})
	return a
}

// apply waits for the classification and gives each of p.eff its line's
// kind, classifying a marker line again for its marker, on all cores.
func (a *classAhead) apply(p *parser) {
	a.finish()
	chunk := passChunk
	par.Each((len(p.eff)+chunk-1)/chunk, func(c int) {
		var marks markerSlab
		for i := c * chunk; i < min(len(p.eff), (c+1)*chunk); i++ {
			e := &p.eff[i]
			k := a.kinds[e.num-1]
			if k&aheadDone == 0 || lineKind(k&3) == lineMarker {
				p.classifyLine(e, &marks)
				continue
			}
			e.kind, e.md = lineKind(k&3), k>>aheadMd&7
		}
	})
}

// markerSlab hands out the block markers of a chunk of lines from arrays
// of 64: one allocation for many (50,000 markers in a 100 MB file, each
// moved to the heap on its own before).
type markerSlab []marker

func (s *markerSlab) add(m marker) *marker {
	if len(*s) == cap(*s) {
		*s = make([]marker, 0, 64)
	}
	*s = append(*s, m)
	return &(*s)[len(*s)-1]
}
