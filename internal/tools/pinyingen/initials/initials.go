// Package initials derives the pinyin-initials tables from go-pinyin's
// dictionary; the generator writes them out and model's tests compare.
package initials

import (
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
	"golang.org/x/text/unicode/norm"
)

// Base and End bound the dense table: CJK symbols, Extension A and the
// unified ideographs. Rarer characters (Extension B and beyond,
// compatibility ideographs) are listed apart.
const (
	Base = 0x3000
	End  = 0xA000
)

// Build returns the initials of each character (bit i: a reading starts
// with 'a'+i), dense for Base..End and a map for the rest. A character
// with several readings (调 diào/tiáo) has the initial of each. Readings
// are written with tone marks (ǎi, ń); decomposing the first letter drops
// the mark.
func Build() (dense []uint32, rare map[rune]uint32) {
	dense = make([]uint32, End-Base)
	rare = map[rune]uint32{}
	for k, readings := range pinyin.PinyinDict {
		var mask uint32
		start := true
		for i := 0; i < len(readings); {
			r, size := utf8.DecodeRuneInString(readings[i:])
			i += size
			if r == ',' {
				start = true
				continue
			}
			if !start {
				continue
			}
			start = false
			if r >= utf8.RuneSelf {
				d := norm.NFD.String(string(r))
				r, _ = utf8.DecodeRuneInString(d)
			}
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			if 'a' <= r && r <= 'z' {
				mask |= 1 << (r - 'a')
			}
		}
		if mask == 0 {
			continue
		}
		if r := rune(k); Base <= r && r < End {
			dense[r-Base] = mask
		} else {
			rare[r] = mask
		}
	}
	return dense, rare
}
