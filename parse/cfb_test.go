package parse

import (
	"encoding/binary"
	"unicode/utf16"
)

// cfbStream is one stream of a compound file a test writes.
type cfbStream struct {
	name string
	data []byte
	size int64 // the size the directory claims; 0: len(data)
}

// buildCFB writes a version 3 compound file (512-byte sectors) holding
// the streams at its top level. Streams are padded to 4096 bytes so that
// none goes to the mini stream, which keeps the writer short.
func buildCFB(streams []cfbStream) []byte {
	const sec, endChain, fatSect, free = 512, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
	for i := range streams {
		if len(streams[i].data) < 4096 {
			streams[i].data = append(streams[i].data, make([]byte, 4096-len(streams[i].data))...)
		}
	}
	dirSecs := (len(streams) + 1 + 3) / 4
	dataSecs := 0
	for _, s := range streams {
		dataSecs += (len(s.data) + sec - 1) / sec
	}
	nFat := 1
	for nFat*128 < nFat+dirSecs+dataSecs {
		nFat++
	}
	total := nFat + dirSecs + dataSecs
	fat := make([]uint32, nFat*128)
	for i := range fat {
		fat[i] = free
	}
	for i := range nFat {
		fat[i] = fatSect
	}
	chain := func(start, n int) {
		for k := range n - 1 {
			fat[start+k] = uint32(start + k + 1)
		}
		fat[start+n-1] = endChain
	}
	chain(nFat, dirSecs)
	out := make([]byte, sec*(1+total))
	h := out[:sec]
	copy(h, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
	le := binary.LittleEndian
	le.PutUint16(h[0x18:], 0x3E)
	le.PutUint16(h[0x1A:], 3)
	le.PutUint16(h[0x1C:], 0xFFFE)
	le.PutUint16(h[0x1E:], 9)
	le.PutUint16(h[0x20:], 6)
	le.PutUint32(h[0x2C:], uint32(nFat))
	le.PutUint32(h[0x30:], uint32(nFat)) // first directory sector
	le.PutUint32(h[0x38:], 4096)
	le.PutUint32(h[0x3C:], endChain)
	le.PutUint32(h[0x44:], endChain)
	for i := range 109 {
		v := uint32(free)
		if i < nFat {
			v = uint32(i)
		}
		le.PutUint32(h[0x4C+4*i:], v)
	}
	at := func(s int) []byte { return out[sec*(1+s):] }
	entry := func(i int) []byte { return at(nFat)[128*i:] }
	putEntry := func(i int, name string, typ byte, start uint32, size int64, right uint32, child uint32) {
		e := entry(i)
		u := utf16.Encode([]rune(name))
		for k, c := range u {
			le.PutUint16(e[2*k:], c)
		}
		le.PutUint16(e[64:], uint16(2*len(u)+2))
		e[66], e[67] = typ, 1
		le.PutUint32(e[68:], free) // left
		le.PutUint32(e[72:], right)
		le.PutUint32(e[76:], child)
		le.PutUint32(e[116:], start)
		le.PutUint64(e[120:], uint64(size))
	}
	for i := len(streams) + 1; i < dirSecs*4; i++ {
		putEntry(i, "", 0, free, 0, free, free)
		le.PutUint16(entry(i)[64:], 0)
	}
	putEntry(0, "Root Entry", 5, endChain, 0, free, 1)
	next := nFat + dirSecs
	for i, s := range streams {
		n := (len(s.data) + sec - 1) / sec
		chain(next, n)
		copy(at(next), s.data)
		right := uint32(free)
		if i+1 < len(streams) {
			right = uint32(i + 2)
		}
		size := s.size
		if size == 0 {
			size = int64(len(s.data))
		}
		putEntry(i+1, s.name, 2, uint32(next), size, right, free)
		next += n
	}
	for i := range nFat {
		for k := range 128 {
			le.PutUint32(at(i)[4*k:], fat[i*128+k])
		}
	}
	return out
}
