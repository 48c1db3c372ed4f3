package parse

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"hash/crc32"
	"io"
)

var (
	zipLocalSig = []byte("PK\x03\x04")
	zipDescSig  = []byte("PK\x07\x08")
)

// salvageZip reads an archive whose central directory is gone — the
// directory is a zip's last part, so a download or a copy cut short loses
// it first — from the local headers that precede each entry, as zip
// -FF does: the entries whose data is whole, in order, up to the first
// that is cut or cannot be read. ok is false when no entry is whole.
// An entry whose sizes follow its data (a data descriptor, as streaming
// writers leave them) is inflated to find where it ends.
func salvageZip(data []byte) (zr *zip.Reader, ok bool) {
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	n := 0
	inflated := int64(0) // what descriptor entries unpacked to, bounded together as one part is
	for p := 0; p+30 <= len(data) && bytes.Equal(data[p:p+4], zipLocalSig); {
		h := data[p : p+30]
		flags := binary.LittleEndian.Uint16(h[6:])
		method := binary.LittleEndian.Uint16(h[8:])
		crc := binary.LittleEndian.Uint32(h[14:])
		csize := uint64(binary.LittleEndian.Uint32(h[18:]))
		usize := uint64(binary.LittleEndian.Uint32(h[22:]))
		nameEnd := p + 30 + int(binary.LittleEndian.Uint16(h[26:]))
		start := nameEnd + int(binary.LittleEndian.Uint16(h[28:]))
		if start > len(data) || flags&1 != 0 || csize == 0xFFFFFFFF || usize == 0xFFFFFFFF {
			break // cut in its header, encrypted, or zip64
		}
		var next int
		if flags&8 != 0 {
			if method != zip.Deflate {
				break
			}
			r := bytes.NewReader(data[start:]) // an io.ByteReader: flate reads no further than its stream
			sum := crc32.NewIEEE()
			un, err := io.Copy(sum, io.LimitReader(flate.NewReader(r), maxPart+1-inflated))
			if inflated += un; err != nil || inflated > maxPart {
				break
			}
			csize, usize, crc = uint64(len(data)-start-r.Len()), uint64(un), sum.Sum32()
			next = start + int(csize)
			if bytes.HasPrefix(data[next:], zipDescSig) {
				next += 4
			}
			next += 12 // CRC and the two sizes
		} else {
			if csize > uint64(len(data)-start) {
				break
			}
			next = start + int(csize)
		}
		fw, err := w.CreateRaw(&zip.FileHeader{Name: string(data[p+30 : nameEnd]), Method: method,
			CRC32: crc, CompressedSize64: csize, UncompressedSize64: usize})
		if err != nil {
			break
		}
		if _, err := fw.Write(data[start : start+int(csize)]); err != nil {
			break
		}
		n++
		p = next
	}
	if n == 0 || w.Close() != nil {
		return nil, false
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	return zr, err == nil
}
