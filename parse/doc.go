package parse

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"github.com/richardlehane/mscfb"
)

// The .doc reader follows [MS-DOC]: the WordDocument stream opens with the
// FIB, which points into the table stream (0Table or 1Table) at the piece
// table (CLX), the character and paragraph property pages and the styles.
// No Go library reads Word's binary text; mscfb reads the compound file.

// errNotWord is a compound file with no WordDocument stream: Excel,
// PowerPoint, an old WPS 2000 file of Kingsoft's own.
var errNotWord = errors.New("an Office compound file without Word text (Excel, PowerPoint or an old WPS format), not a Word document")

// ErrDocDamaged is a Word file whose structures point outside it: a file
// cut short, or one whose compound-file directory or piece table is
// broken. Its message names what is wrong in words a reader can act on.
var ErrDocDamaged = errors.New("a damaged Word .doc file")

// errCompound is what a compound file mscfb cannot walk says: mscfb's own
// words (sector numbers, "directory entries read error (mscfb: EOF; 42496)")
// tell a reader nothing, and every such file is one the reader can only
// re-save or find again.
var errCompound = fmt.Errorf("%w: its directory is cut short or broken", ErrDocDamaged)

// FIB offsets and the FibRgFcLcb97 pairs read here ([MS-DOC] 2.5.1–2.5.6).
const (
	docIdent      = 0xA5EC
	nFibWord97    = 0xC0 // Word 6 wrote 101, Word 95 104; Word 97 and later ≥ 193
	fibFlagCrypt  = 0x0100
	fibFlagTable1 = 0x0200
	lwCcpText     = 3
	fcStshf       = 1
	fcPlcfBteChpx = 12
	fcPlcfBtePapx = 13
	fcClx         = 33
)

// wordDoc is what the reader keeps of one .doc.
type wordDoc struct {
	main, table []byte
	ccpText     int
	pieces      []piece
	chp         []propRun // bold by file offset
	pap         []papRun  // paragraph properties by file offset
	styles      []docStyle
}

// piece is one entry of the piece table: the text at cp [cp, cpEnd) lies
// at byte fc of the WordDocument stream, one byte a character when
// compressed (cp1252), two (UTF-16LE) otherwise.
type piece struct {
	cp, cpEnd  int
	fc         int
	compressed bool
}

// docText converts a Word 97–2003 document (.doc, or a .wps that WPS
// saved as one) to the text the reader shows, one paragraph a line, with
// the hints its styles and bold runs give. Only the main document's text
// is read: headers, footers, footnotes, comments and text boxes follow it
// in the character stream and are left out; field instructions are
// dropped and their results kept.
func docText(data []byte) (string, []Hint, error) {
	d, err := openWordDoc(data)
	if err != nil {
		return "", nil, err
	}
	return d.convert()
}

func openWordDoc(data []byte) (d *wordDoc, err error) {
	defer func() {
		// mscfb is fuzzed upstream and here, but it indexes sector
		// tables a damaged file writes: a slip there must cost the file,
		// not the program.
		if r := recover(); r != nil {
			d, err = nil, errCompound
		}
	}()
	cf, err := mscfb.New(bytes.NewReader(data))
	if err != nil {
		return nil, errCompound
	}
	streams := map[string]*mscfb.File{}
	for f, err := cf.Next(); err == nil; f, err = cf.Next() {
		if len(f.Path) == 0 { // top-level streams only
			streams[f.Name] = f
		}
	}
	wd := streams["WordDocument"]
	if wd == nil {
		return nil, errNotWord
	}
	d = &wordDoc{}
	if d.main, err = readStream(wd, len(data)); err != nil {
		return nil, err
	}
	flags, err := d.checkFIB()
	if err != nil {
		return nil, err
	}
	tname := "0Table"
	if flags&fibFlagTable1 != 0 {
		tname = "1Table"
	}
	ts := streams[tname]
	if ts == nil {
		return nil, fmt.Errorf("%w: no %s stream", ErrDocDamaged, tname)
	}
	if d.table, err = readStream(ts, len(data)); err != nil {
		return nil, err
	}
	if err := d.readPieces(); err != nil {
		return nil, err
	}
	// Properties are looks, not text: a damaged page of them costs the
	// hints, never the document.
	d.chp = d.readChpx()
	d.pap = d.readPapx()
	d.styles = d.readStyles()
	return d, nil
}

// readStream reads a whole stream; a stream claiming more bytes than the
// file holds (a compound-file bomb, a FAT loop) is refused before any
// memory is taken for it.
func readStream(f *mscfb.File, fileSize int) ([]byte, error) {
	if f.Size < 0 || f.Size > int64(fileSize) {
		return nil, fmt.Errorf("%w: a part claims more bytes than the file holds", ErrDocDamaged)
	}
	b := make([]byte, f.Size)
	if _, err := io.ReadFull(f, b); err != nil {
		return nil, fmt.Errorf("%w: the file is cut short", ErrDocDamaged)
	}
	return b, nil
}

// checkFIB checks the FIB's identity and version and returns its flags.
func (d *wordDoc) checkFIB() (uint16, error) {
	m := d.main
	if len(m) < 32 || binary.LittleEndian.Uint16(m) != docIdent {
		return 0, fmt.Errorf("%w: no Word file header", ErrDocDamaged)
	}
	nFib := binary.LittleEndian.Uint16(m[2:])
	flags := binary.LittleEndian.Uint16(m[0x0A:])
	if nFib < nFibWord97 {
		return 0, ErrLegacyWord
	}
	if flags&fibFlagCrypt != 0 {
		return 0, ErrEncrypted
	}
	ccp, ok := d.fibLong(lwCcpText)
	if !ok || ccp < 0 || ccp > len(m) {
		return 0, fmt.Errorf("%w: bad text length", ErrDocDamaged)
	}
	d.ccpText = ccp
	return flags, nil
}

// fibLong returns FibRgLw97 entry i.
func (d *wordDoc) fibLong(i int) (int, bool) {
	m := d.main
	csw := int(u16(m, 32))
	at := 34 + csw*2 // cslw
	off := at + 2 + i*4
	if i >= int(u16(m, at)) || off+4 > len(m) {
		return 0, false
	}
	return int(int32(binary.LittleEndian.Uint32(m[off:]))), true
}

// fibPair returns FibRgFcLcb97 pair i: where in the table stream a
// structure lies and its length, checked to lie inside it.
func (d *wordDoc) fibPair(i int) ([]byte, bool) {
	b, n, ok := d.fibTail(i)
	return b[:n], ok
}

// fibTail is fibPair with the rest of the table stream after the
// structure: the list levels follow the list table, outside its length.
func (d *wordDoc) fibTail(i int) ([]byte, int, bool) {
	m := d.main
	csw := int(u16(m, 32))
	at := 34 + csw*2
	cslw := int(u16(m, at))
	at += 2 + cslw*4 // cbRgFcLcb
	if i >= int(u16(m, at)) {
		return nil, 0, false
	}
	off := at + 2 + i*8
	if off+8 > len(m) {
		return nil, 0, false
	}
	fc, lcb := int(binary.LittleEndian.Uint32(m[off:])), int(binary.LittleEndian.Uint32(m[off+4:]))
	if lcb == 0 || fc < 0 || lcb < 0 || fc > len(d.table) || lcb > len(d.table)-fc {
		return nil, 0, false
	}
	return d.table[fc:], lcb, true
}

// u16 reads a little-endian uint16 at off, 0 past the end.
func u16(b []byte, off int) uint16 {
	if off < 0 || off+2 > len(b) {
		return 0
	}
	return binary.LittleEndian.Uint16(b[off:])
}

// u32 reads a little-endian uint32 at off, 0 past the end.
func u32(b []byte, off int) uint32 {
	if off < 0 || off+4 > len(b) {
		return 0
	}
	return binary.LittleEndian.Uint32(b[off:])
}

// readPieces reads the piece table from the CLX: Prc entries (property
// modifiers, skipped) and then the Pcdt.
func (d *wordDoc) readPieces() error {
	clx, ok := d.fibPair(fcClx)
	if !ok {
		return fmt.Errorf("%w: no piece table", ErrDocDamaged)
	}
	pieces, err := parsePieces(clx, len(d.main))
	if err != nil {
		return err
	}
	d.pieces = pieces
	return nil
}

// parsePieces reads a CLX into pieces, each checked to lie inside a
// WordDocument stream of mainLen bytes, their cps ascending.
func parsePieces(clx []byte, mainLen int) ([]piece, error) {
	i := 0
	for i < len(clx) && clx[i] == 0x01 { // Prc: clxt, cbGrpprl, grpprl
		n := int(int16(u16(clx, i+1)))
		if n < 0 || i+3+n > len(clx) {
			return nil, fmt.Errorf("%w: bad piece table", ErrDocDamaged)
		}
		i += 3 + n
	}
	if i+5 > len(clx) || clx[i] != 0x02 {
		return nil, fmt.Errorf("%w: no piece table", ErrDocDamaged)
	}
	lcb := int(u32(clx, i+1))
	plc := clx[i+5:]
	if lcb < 4 || lcb > len(plc) || (lcb-4)%12 != 0 {
		return nil, fmt.Errorf("%w: bad piece table", ErrDocDamaged)
	}
	n := (lcb - 4) / 12
	pieces := make([]piece, 0, n)
	for k := range n {
		cp, cpEnd := int(u32(plc, 4*k)), int(u32(plc, 4*k+4))
		pcd := plc[4*(n+1)+8*k:]
		fc := u32(pcd, 2)
		p := piece{cp: cp, cpEnd: cpEnd, compressed: fc&0x40000000 != 0}
		p.fc = int(fc & 0x3FFFFFFF)
		if p.compressed {
			p.fc /= 2
		}
		size := cpEnd - cp
		if !p.compressed {
			size *= 2
		}
		if cpEnd < cp || cp < 0 || k > 0 && cp < pieces[k-1].cpEnd || p.fc > mainLen || size > mainLen-p.fc {
			return nil, fmt.Errorf("%w: the piece table points outside the text", ErrDocDamaged)
		}
		pieces = append(pieces, p)
	}
	return pieces, nil
}
