package pdf

// cmap is what a CMap stream says: its code space (how many bytes each
// code takes) and, for a ToUnicode map, the text of each code.
type cmap struct {
	space []codeRange
	bf    map[uint32]string
}

type codeRange struct {
	n        int
	lo, hi   uint32
	loB, hiB []byte
}

// maxCMapEntries bounds a bfrange's expansion: a real ToUnicode map has at
// most the 65,536 codes of two bytes.
const maxCMapEntries = 1 << 17

// parseCMap reads the sections of a CMap that matter for text:
// codespacerange, bfchar and bfrange (with a destination string, which is
// incremented, or an array of destinations).
func parseCMap(data []byte) *cmap {
	cm := &cmap{bf: map[uint32]string{}}
	l := &lexer{b: data}
	var args []any
	for {
		v, ok := l.object(0)
		if !ok {
			return cm
		}
		o, isOp := v.(op)
		if !isOp {
			if len(args) < 4096 {
				args = append(args, v)
			}
			continue
		}
		switch o {
		case "endcodespacerange":
			for i := 0; i+1 < len(args); i += 2 {
				lo, ok1 := args[i].(String)
				hi, ok2 := args[i+1].(String)
				if ok1 && ok2 && len(lo) == len(hi) && len(lo) > 0 && len(lo) <= 4 {
					cm.space = append(cm.space, codeRange{n: len(lo), lo: be(lo), hi: be(hi), loB: lo, hiB: hi})
				}
			}
		case "endbfchar":
			for i := 0; i+1 < len(args); i += 2 {
				src, ok1 := args[i].(String)
				if !ok1 || len(src) > 4 {
					continue
				}
				switch dst := args[i+1].(type) {
				case String:
					cm.bf[be(src)] = unifyCJK(utf16be(dst))
				case Name:
					cm.bf[be(src)] = glyphText(string(dst))
				}
			}
		case "endbfrange":
			cm.bfrange(args)
		}
		if o != "R" {
			args = args[:0]
		}
	}
}

func (cm *cmap) bfrange(args []any) {
	for i := 0; i+2 < len(args); i += 3 {
		lo, ok1 := args[i].(String)
		hi, ok2 := args[i+1].(String)
		if !ok1 || !ok2 || len(lo) > 4 || len(hi) > 4 {
			continue
		}
		a, b := be(lo), be(hi)
		if b < a || b-a > maxCMapEntries || len(cm.bf) > maxCMapEntries {
			continue
		}
		switch dst := args[i+2].(type) {
		case String:
			if len(dst) == 0 {
				continue
			}
			d := append([]byte(nil), dst...)
			for c := a; c <= b; c++ {
				cm.bf[c] = unifyCJK(utf16be(d))
				// Increment the last byte (carrying is what the
				// specification allows within one range's low byte).
				for k := len(d) - 1; k >= 0; k-- {
					d[k]++
					if d[k] != 0 {
						break
					}
				}
			}
		case Array:
			for k, x := range dst {
				if s, ok := x.(String); ok && uint32(k) <= b-a {
					cm.bf[a+uint32(k)] = unifyCJK(utf16be(s))
				}
			}
		}
	}
}

func be(b []byte) uint32 {
	var c uint32
	for _, x := range b {
		c = c<<8 | uint32(x)
	}
	return c
}

// spanFunc splits codes by the code space: the shortest range whose byte
// bounds hold the leading bytes, as §9.7.6.2 says.
func (cm *cmap) spanFunc() func([]byte) int {
	space := cm.space
	return func(b []byte) int {
		for n := 1; n <= 4 && n <= len(b); n++ {
			for _, r := range space {
				if r.n != n {
					continue
				}
				in := true
				for k := 0; k < n; k++ {
					if b[k] < r.loB[k] || b[k] > r.hiB[k] {
						in = false
						break
					}
				}
				if in {
					return n
				}
			}
		}
		if len(space) > 0 && space[0].n <= len(b) {
			return space[0].n
		}
		return 1
	}
}
