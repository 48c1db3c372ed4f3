package parse

import (
	"encoding/binary"
	"math/bits"
	"unicode/utf8"
	"unsafe"

	asmutf8 "github.com/segmentio/asm/utf8"
)

// UTF-8 that is nearly whole: told from GBK or Big5 and mended a block
// at a time (decode.go asks these).

// mostlyUTF8 reports text whose multi-byte characters are nearly all well
// formed UTF-8: at least four good for every bad byte. Text in GBK or
// Big5 forms a good UTF-8 sequence for one character in ten or fewer.
//
// The bytes are read a block at a time: a block that the vector check
// finds valid is counted by its lead bytes (a valid block decodes from its
// first byte to its last whole characters, the same with or without the
// bytes after it), and only a block holding a bad byte is decoded a
// character at a time. UTF-8 cut through its last character (a file cut
// short) thus costs one block's decoding, not the whole text's.
func mostlyUTF8(data []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(data); {
		if end := validBlock(data, i); end > i {
			good += leadBytes(data[i:end])
			i = end
			continue
		}
		for end := min(i+utf8Block, len(data)); i < end; {
			if data[i] < utf8.RuneSelf {
				i++
				continue
			}
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size <= 1 {
				bad++
				i++
				continue
			}
			good++
			i += size
		}
	}
	// Text in another encoding read as UTF-8 breaks at nearly every high
	// byte and forms a valid sequence only by chance; UTF-8 with a few
	// damaged bytes keeps far more whole characters than broken bytes.
	return good >= 2*max(bad, 1)
}

// utf8Block is the stretch of bytes mostlyUTF8 and toValidUTF8 hand to the
// vector check at once; a variable so that tests can cut small texts into
// blocks.
var utf8Block = 4096

// validBlock returns the end of the block of data that starts at i when
// that block is valid UTF-8, else i. The block ends before a character's
// first byte where one lies within three bytes of its nominal end, so that
// a character the nominal end cuts through is not taken for a bad one.
func validBlock(data []byte, i int) int {
	end := min(i+utf8Block, len(data))
	for k := 0; k < 3 && end < len(data) && end > i+1 && data[end]&0xC0 == 0x80; k++ {
		end--
	}
	if asmutf8.Valid(data[i:end]) {
		return end
	}
	return i
}

// leadBytes counts the bytes of b that begin a character of two bytes or
// more (11xxxxxx), eight bytes at a time: in valid UTF-8, its characters
// outside ASCII.
func leadBytes(b []byte) int {
	n, i := 0, 0
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		n += bits.OnesCount64(w & (w << 1) & 0x8080808080808080)
	}
	for ; i < len(b); i++ {
		if b[i] >= 0xC0 {
			n++
		}
	}
	return n
}

// toValidUTF8 is strings.ToValidUTF8(string(data), "\uFFFD") — each run of
// bytes that are no UTF-8 one U+FFFD — with valid blocks copied whole (see
// mostlyUTF8) rather than decoded a character at a time, and data copied
// once.
func toValidUTF8(data []byte) string {
	out := make([]byte, 0, len(data)+len("\uFFFD"))
	invalid := false // the byte before was part of a bad sequence
	for i := 0; i < len(data); {
		if end := validBlock(data, i); end > i {
			out = append(out, data[i:end]...)
			invalid = false
			i = end
			continue
		}
		for end := min(i+utf8Block, len(data)); i < end; {
			if data[i] < utf8.RuneSelf {
				out = append(out, data[i])
				invalid = false
				i++
				continue
			}
			_, size := utf8.DecodeRune(data[i:])
			if size == 1 {
				if !invalid {
					out = append(out, "\uFFFD"...)
					invalid = true
				}
				i++
				continue
			}
			out = append(out, data[i:i+size]...)
			invalid = false
			i += size
		}
	}
	return unsafe.String(unsafe.SliceData(out), len(out))
}
