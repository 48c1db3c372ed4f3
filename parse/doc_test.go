package parse

import (
	"encoding/binary"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"wenji/model"
	"wenji/model/export"
)

// wordPiece is a piece of a test document's text: 8-bit (ASCII) or
// 16-bit, with the bold characters as [from, to) rune offsets.
type wordPiece struct {
	text       string
	compressed bool
	bold       [][2]int
	// deleted and hidden are runs a tracked change deleted and runs set
	// hidden, as rune ranges like bold.
	deleted, hidden [][2]int
}

// wordFixture describes a Word 97 document for buildDoc.
type wordFixture struct {
	pieces   []wordPiece
	ccpText  int // 0: all of the pieces
	nFib     uint16
	flags    uint16
	outline0 bool // paragraph 1 has outline level 0 (a heading)
	// fastSaved writes the pieces in the file last first, with a Prc
	// before the piece table, as Word's fast save leaves a file.
	fastSaved bool
	mainSize  int64
}

// buildDoc writes a Word 97 document in a compound file: the FIB, the
// pieces in the WordDocument stream from byte 1024 on, a character
// property page making the bold runs bold, a paragraph property page,
// and the piece table in 1Table.
func buildDoc(t testing.TB, fx wordFixture) []byte {
	le := binary.LittleEndian
	var mainText []byte
	type pc struct {
		cp, cpEnd, fc int
		compressed    bool
	}
	pcs := make([]pc, len(fx.pieces))
	type boldRange struct {
		from, to int
		sprm     []byte
	}
	var bolds []boldRange
	cp := 0
	cps := make([]int, len(fx.pieces))
	for k, p := range fx.pieces {
		cps[k] = cp
		cp += len([]rune(p.text))
	}
	const textAt = 1024
	for j := range fx.pieces {
		k := j
		if fx.fastSaved {
			k = len(fx.pieces) - 1 - j
		}
		p := fx.pieces[k]
		fc := textAt + len(mainText)
		runes := []rune(p.text)
		bytePos := make([]int, len(runes)+1)
		if p.compressed {
			for i, r := range runes {
				if r > 0xFF {
					t.Fatalf("8-bit piece with %q", r)
				}
				bytePos[i] = fc + i
				mainText = append(mainText, byte(r))
			}
		} else {
			for i, r := range runes {
				bytePos[i] = textAt + len(mainText)
				mainText = le.AppendUint16(mainText, uint16(r))
			}
		}
		bytePos[len(runes)] = textAt + len(mainText)
		for _, b := range p.bold {
			bolds = append(bolds, boldRange{bytePos[b[0]], bytePos[b[1]], []byte{0x35, 0x08, 1}})
		}
		for _, b := range p.deleted {
			bolds = append(bolds, boldRange{bytePos[b[0]], bytePos[b[1]], []byte{0x00, 0x08, 1}})
		}
		for _, b := range p.hidden {
			bolds = append(bolds, boldRange{bytePos[b[0]], bytePos[b[1]], []byte{0x3C, 0x08, 1}})
		}
		pcs[k] = pc{cps[k], cps[k] + len(runes), fc, p.compressed}
	}
	textEnd := textAt + len(mainText)
	pages := (textEnd + 511) / 512
	main := make([]byte, (pages+2)*512)
	copy(main[textAt:], mainText)
	chpxPage, papxPage := pages, pages+1

	// The character property page: runs between the bold ranges' edges.
	edges := []int{textAt}
	for _, b := range bolds {
		edges = append(edges, b.from, b.to)
	}
	edges = append(edges, textEnd)
	slices.Sort(edges)
	edges = slices.Compact(edges)
	p := main[chpxPage*512:]
	crun := len(edges) - 1
	for i, e := range edges {
		le.PutUint32(p[4*i:], uint32(e))
	}
	p[511] = byte(crun)
	// Each run's properties: the sprms of the ranges over it, one CHPX
	// (cb, grpprl) per distinct set, written down from the page's end.
	top := 510
	at := map[string]int{}
	for i := range crun {
		var g []byte
		for _, b := range bolds {
			if edges[i] >= b.from && edges[i] < b.to {
				g = append(g, b.sprm...)
			}
		}
		if len(g) == 0 {
			continue
		}
		off, ok := at[string(g)]
		if !ok {
			off = (top - len(g) - 1) &^ 1
			if off <= 4*(crun+1)+crun {
				t.Fatal("too many character runs for one page")
			}
			p[off] = byte(len(g))
			copy(p[off+1:], g)
			at[string(g)], top = off, off
		}
		p[4*(crun+1)+i] = byte(off / 2)
	}
	// The paragraph property page: the first paragraph (up to its mark)
	// has outline level 0 when asked.
	q := main[papxPage*512:]
	paraEnd := textEnd
	if fx.outline0 {
		first := pcs[0]
		k := strings.IndexByte(fx.pieces[0].text, '\r')
		n := len([]rune(fx.pieces[0].text[:k])) + 1
		if first.compressed {
			paraEnd = first.fc + n
		} else {
			paraEnd = first.fc + 2*n
		}
	}
	le.PutUint32(q[0:], textAt)
	le.PutUint32(q[4:], uint32(paraEnd))
	le.PutUint32(q[8:], uint32(textEnd))
	q[511] = 2
	if fx.outline0 {
		q[12] = 300 / 2
		copy(q[300:], []byte{3, 0, 0, 0x40, 0x26, 0})
	}

	var table []byte
	var prc []byte
	if fx.fastSaved {
		prc = []byte{0x01, 3, 0, 0x35, 0x08, 1} // a Prc: clxt, cbGrpprl, a grpprl no piece uses
	}
	clx := []byte{0x02, 0, 0, 0, 0}
	for _, x := range pcs {
		clx = le.AppendUint32(clx, uint32(x.cp))
	}
	clx = le.AppendUint32(clx, uint32(cp))
	for _, x := range pcs {
		fc := uint32(x.fc)
		if x.compressed {
			fc = fc*2 | 0x40000000
		}
		clx = append(clx, 0, 0)
		clx = le.AppendUint32(clx, fc)
		clx = append(clx, 0, 0)
	}
	le.PutUint32(clx[1:], uint32(len(clx)-5))
	if fx.fastSaved {
		fx.flags |= 0x0004 // fComplex
	}
	clx = append(prc, clx...)
	pairs := map[int][2]int{fcClx: {0, len(clx)}}
	table = append(table, clx...)
	plc := func(pn int) []byte {
		b := le.AppendUint32(nil, textAt)
		b = le.AppendUint32(b, uint32(textEnd))
		return le.AppendUint32(b, uint32(pn))
	}
	pairs[fcPlcfBteChpx] = [2]int{len(table), 12}
	table = append(table, plc(chpxPage)...)
	pairs[fcPlcfBtePapx] = [2]int{len(table), 12}
	table = append(table, plc(papxPage)...)

	nFib := fx.nFib
	if nFib == 0 {
		nFib = 0xC1
	}
	le.PutUint16(main[0:], docIdent)
	le.PutUint16(main[2:], nFib)
	le.PutUint16(main[0x0A:], fx.flags|fibFlagTable1)
	le.PutUint16(main[32:], 14)
	le.PutUint16(main[62:], 22)
	ccp := fx.ccpText
	if ccp == 0 {
		ccp = cp
	}
	le.PutUint32(main[64+4*lwCcpText:], uint32(ccp))
	le.PutUint32(main[64+4*5:], uint32(cp-ccp)) // ccpHdd: the rest is a header
	le.PutUint16(main[152:], 93)
	for i, pr := range pairs {
		le.PutUint32(main[154+8*i:], uint32(pr[0]))
		le.PutUint32(main[154+8*i+4:], uint32(pr[1]))
	}
	return buildCFB([]cfbStream{{name: "1Table", data: table}, {name: "WordDocument", data: main, size: fx.mainSize}})
}

// sampleDoc has 16-bit and 8-bit pieces, a bold lead sentence, a
// hyperlink field, a line break, a tab, a picture anchor and a header
// that follows the main text.
func sampleDoc() wordFixture {
	return wordFixture{
		pieces: []wordPiece{
			{text: "一、总体要求\r（一）强化组织领导。各单位要高度重视。\r" +
				"详见\x13 HYPERLINK \"http://example.com\" \x14\x13 REF x \x14链接\x15文字\x15。\x01\r", bold: [][2]int{{7, 17}}},
			{text: "Plain ASCII\ttext\x0bline two.\r", compressed: true},
			{text: "页眉文字\r"},
		},
		ccpText:  0,
		outline0: true,
	}
}

func TestDocFixture(t *testing.T) {
	fx := sampleDoc()
	fx.ccpText = len([]rune(fx.pieces[0].text)) + len(fx.pieces[1].text)
	text, hints, err := docText(buildDoc(t, fx))
	if err != nil {
		t.Fatal(err)
	}
	want := "一、总体要求\n（一）强化组织领导。各单位要高度重视。\n详见链接文字。\nPlain ASCII text line two.\n"
	if text != want {
		t.Errorf("text\n%q\nwant\n%q", text, want)
	}
	wantHints := []Hint{{Line: 1, Heading: 1}, {Line: 2, Lead: len("（一）强化组织领导。")}}
	if !slices.Equal(hints, wantHints) {
		t.Errorf("hints %+v, want %+v", hints, wantHints)
	}
	doc, err := Open("fixture.wps", buildDoc(t, fx), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != "WPS" || doc.Encoding != "UTF-8" {
		t.Errorf("format %q encoding %q", doc.Format, doc.Encoding)
	}
	if out := export.Outline(doc.Root); !strings.Contains(out, "一、总体要求") || strings.Contains(doc.Text, "页眉") {
		t.Errorf("outline %q; text %q", out, doc.Text)
	}
}

func TestDocErrors(t *testing.T) {
	base := sampleDoc()
	word6, crypt, bomb := base, base, base
	word6.nFib = 0x68
	crypt.flags = fibFlagCrypt
	bomb.mainSize = 3 << 30 // a version 3 file keeps 32 bits of a size
	cases := []struct {
		name string
		data []byte
		want error
		says string
	}{
		{"word6.doc", buildDoc(t, word6), ErrLegacyWord, "Word 6/95"},
		{"locked.doc", buildDoc(t, crypt), ErrEncrypted, "encrypted"},
		{"bomb.doc", buildDoc(t, bomb), ErrDocDamaged, "claims"},
		{"sheet.xls", buildCFB([]cfbStream{{name: "Workbook", data: []byte("x")}}), errNotWord, "not a Word document"},
		{"cut.doc", buildDoc(t, base)[:1500], ErrDocDamaged, "damaged"},
		{"empty.wps", oleMagic, ErrDocDamaged, "damaged"},
	}
	for _, c := range cases {
		_, err := Open(c.name, c.data, Options{})
		if !errors.Is(err, c.want) || !strings.HasPrefix(err.Error(), c.name+": ") || !strings.Contains(err.Error(), c.says) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err %v, want %v, one line naming the file", c.name, err, c.want)
		}
	}
}

// TestDocDamagedPlainWords: a .doc cut anywhere is refused in one line a
// reader understands, without mscfb's internals (sector numbers, "mscfb:
// EOF", nested parentheses).
func TestDocDamagedPlainWords(t *testing.T) {
	full := buildDoc(t, sampleDoc())
	for _, n := range []int{520, 1000, 1500, 2048, len(full) - 700, len(full) - 1} {
		if n <= 0 || n >= len(full) {
			continue
		}
		_, err := Open("cut.doc", full[:n], Options{})
		if err == nil {
			continue // the cut fell in what the reader does not need
		}
		msg := err.Error()
		if !errors.Is(err, ErrDocDamaged) || strings.ContainsAny(msg, "();") || strings.Contains(msg, "mscfb") || strings.ContainsAny(msg, "0123456789") {
			t.Errorf("cut at %d: %q, want one plain line", n, msg)
		}
	}
}

// TestDocPiecesOutOfRange: a piece table pointing past the stream, cps
// running backwards or a table cut short is refused, never read.
func TestDocPiecesOutOfRange(t *testing.T) {
	le := binary.LittleEndian
	mk := func(cps []uint32, fcs []uint32) []byte {
		b := []byte{0x01, 2, 0, 0xAA, 0xBB, 0x02, 0, 0, 0, 0}
		for _, c := range cps {
			b = le.AppendUint32(b, c)
		}
		for _, f := range fcs {
			b = append(b, 0, 0)
			b = le.AppendUint32(b, f)
			b = append(b, 0, 0)
		}
		le.PutUint32(b[6:], uint32(len(b)-10))
		return b
	}
	if p, err := parsePieces(mk([]uint32{0, 10}, []uint32{100}), 200); err != nil || len(p) != 1 || p[0].fc != 100 || p[0].compressed {
		t.Errorf("good table: %v %v", p, err)
	}
	if p, err := parsePieces(mk([]uint32{0, 10}, []uint32{200 | 0x40000000}), 200); err != nil || p[0].fc != 100 || !p[0].compressed {
		t.Errorf("compressed piece: %v %v", p, err)
	}
	for name, clx := range map[string][]byte{
		"past the end":  mk([]uint32{0, 60}, []uint32{100}),
		"huge cp":       mk([]uint32{0, 0xFFFFFFF0}, []uint32{0}),
		"backwards":     mk([]uint32{0, 10, 5}, []uint32{0, 50}),
		"cut":           mk([]uint32{0, 10}, []uint32{100})[:15],
		"no pcdt":       {0x01, 0, 0},
		"bad prc":       {0x01, 0xFF, 0x7F},
		"negative prc":  {0x01, 0xFF, 0xFF, 0x02},
		"odd lcb":       {0x02, 5, 0, 0, 0, 1, 2, 3, 4, 5},
		"empty":         nil,
		"fc past":       mk([]uint32{0, 1}, []uint32{0x3FFFFFFF}),
		"compr fc past": mk([]uint32{0, 1}, []uint32{0x7FFFFFFF}),
	} {
		if _, err := parsePieces(clx, 200); !errors.Is(err, ErrDocDamaged) {
			t.Errorf("%s: err %v, want ErrDocDamaged", name, err)
		}
	}
}

// FuzzDocPieces: any piece table either is refused or gives pieces that
// lie inside the stream, and converting them never panics.
func FuzzDocPieces(f *testing.F) {
	f.Add([]byte{0x02, 16, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 8, 0, 0, 0x40, 0, 0}, []byte("ab\rc\x13x\x14y\x15\r"))
	f.Add([]byte{0x01, 1, 0, 7, 0x02, 4, 0, 0, 0, 0, 0, 0, 0}, []byte{})
	f.Fuzz(func(t *testing.T, clx, main []byte) {
		pieces, err := parsePieces(clx, len(main))
		if err != nil {
			return
		}
		d := &wordDoc{main: main, pieces: pieces, ccpText: len(main)}
		for _, p := range pieces {
			size := p.cpEnd - p.cp
			if !p.compressed {
				size *= 2
			}
			if p.fc < 0 || p.fc+size > len(main) {
				t.Fatalf("piece %+v outside %d bytes", p, len(main))
			}
		}
		if _, _, err := d.convert(); err != nil {
			t.Fatal(err)
		}
	})
}

// FuzzDocFile: a compound file of any bytes opens or gives an error,
// never a panic, and the text is no larger than a few times the file.
func FuzzDocFile(f *testing.F) {
	good := buildDoc(f, sampleDoc())
	f.Add(good)
	f.Add(good[:2048])
	f.Fuzz(func(t *testing.T, data []byte) {
		text, _, err := docText(data)
		if err == nil && len(text) > 4*len(data)+16 {
			t.Fatalf("%d bytes of text from %d", len(text), len(data))
		}
	})
}

// hanBigrams counts the pairs of neighbouring Han characters in s.
func hanBigrams(s string) map[string]int {
	m := map[string]int{}
	var prev rune
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			if prev != 0 {
				m[string([]rune{prev, r})]++
			}
			prev = r
		} else if !unicode.IsSpace(r) {
			prev = 0
		}
	}
	return m
}

// overlap is the share of a's bigrams (with their counts) that b has.
func overlap(a, b map[string]int) float64 {
	total, hit := 0, 0
	for k, n := range a {
		total += n
		hit += min(n, b[k])
	}
	if total == 0 {
		return 1
	}
	return float64(hit) / float64(total)
}

// TestDocCorpus: each draft saved as .doc reads as its .docx does: the
// same Han text (bigram overlap ≥ 0.99 both ways) and the same outline.
func TestDocCorpus(t *testing.T) {
	dir := "../../shared/corpus/formats"
	docs, _ := filepath.Glob(filepath.Join(dir, "*.doc"))
	if len(docs) == 0 {
		t.Skip("no corpus/formats")
	}
	for _, p := range docs {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Open(filepath.Base(p), b, Options{})
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if doc.Format != "DOC" || model.CountChars(doc.Text) < 1000 {
			t.Errorf("%s: format %q, %d chars", p, doc.Format, model.CountChars(doc.Text))
		}
		x, err := os.ReadFile(p + "x")
		if err != nil {
			continue // a .doc alone
		}
		truth, err := Open(filepath.Base(p)+"x", x, Options{})
		if err != nil {
			t.Fatal(err)
		}
		a, c := hanBigrams(doc.Text), hanBigrams(truth.Text)
		if o1, o2 := overlap(a, c), overlap(c, a); o1 < 0.99 || o2 < 0.99 {
			t.Errorf("%s: bigram overlap %.4f / %.4f", p, o1, o2)
		}
		if got, want := export.Outline(doc.Root), export.Outline(truth.Root); got != want {
			t.Errorf("%s: outline\n%s\nwant (the .docx)\n%s", p, got, want)
		}
	}
}

// BenchmarkDoc2MB reads a 2 MB .doc: a million characters of Chinese in
// 16-bit pieces, paragraphs of 60 characters, bold leads.
func BenchmarkDoc2MB(b *testing.B) {
	para := []rune("（一）强化组织领导。各单位要高度重视调查研究工作，把准选题方向，确保取得实效，形成长效机制\r")
	var pieces []wordPiece
	for i := range 8 {
		var s strings.Builder
		var bold [][2]int
		for k := range 2700 {
			bold = append(bold, [2]int{k * len(para), k*len(para) + 10})
			s.WriteString(string(para))
		}
		if i > 0 {
			bold = nil // one property page holds some forty runs
		}
		pieces = append(pieces, wordPiece{text: s.String(), bold: bold[:min(len(bold), 20)]})
	}
	data := buildDoc(b, wordFixture{pieces: pieces})
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Open("big.doc", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDocLibreOffice reads .doc files that another writer than Word
// made: LibreOffice saves the corpus drafts and an empty document as Word
// 97 (skipped where soffice is absent, and under -short: it takes some
// twenty seconds). The text is the .docx's; a blank document, also named
// .wps, opens empty.
func TestDocLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil || testing.Short() {
		t.Skip("no soffice, or -short")
	}
	srcs, _ := filepath.Glob("../../shared/corpus/formats/*.docx")
	dir := t.TempDir()
	args := []string{"--headless", "-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--convert-to", "doc", "--outdir", dir}
	if err := os.WriteFile(filepath.Join(dir, "blank.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	args = append(append(args, srcs...), filepath.Join(dir, "blank.txt"))
	if out, err := exec.Command(soffice, args...).CombinedOutput(); err != nil {
		t.Skipf("soffice: %v %s", err, out)
	}
	for _, src := range srcs {
		x, _ := os.ReadFile(src)
		b, err := os.ReadFile(filepath.Join(dir, strings.TrimSuffix(filepath.Base(src), "x")))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Open("lo.doc", b, Options{})
		if err != nil {
			t.Fatalf("%s: %v", src, err)
		}
		truth, _ := Open("truth.docx", x, Options{})
		a, c := hanBigrams(doc.Text), hanBigrams(truth.Text)
		if o1, o2 := overlap(a, c), overlap(c, a); o1 < 0.99 || o2 < 0.99 {
			t.Errorf("%s saved by LibreOffice: bigram overlap %.4f / %.4f", src, o1, o2)
		}
	}
	b, err := os.ReadFile(filepath.Join(dir, "blank.doc"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := Open("blank.wps", b, Options{})
	if err != nil {
		t.Fatalf("blank .wps: %v", err)
	}
	if model.CountChars(doc.Text) != 0 || doc.Format != "WPS" {
		t.Errorf("blank .wps: %q %q", doc.Format, doc.Text)
	}
}

// TestDocStyles: heading levels and the title come from the built-in
// styles, from names (标题 2, heading 3, Title, 标题) and from outline
// levels, through the base styles, loops cut; bold is inherited and
// toggled.
func TestDocStyles(t *testing.T) {
	st := func(name string, sti, base, outline, bold int) docStyle {
		return docStyle{name: name, sti: sti, base: base, outline: outline, bold: bold, center: -1, ilfo: -1, ilvl: -1}
	}
	d := &wordDoc{styles: []docStyle{
		st("Normal", 0, 0x0FFF, -1, -1),
		st("heading 1", 1, 0, -1, 1),
		st("标题 2", 0xFFE, 0, -1, -1),
		st("My Section", 0xFFE, 2, -1, 0x81), // based on 标题 2, bold toggled
		st("Title", stiTitle, 0, -1, -1),
		st("标题", 0xFFE, 0, -1, -1),
		st("Level", 0xFFE, 0, 2, -1),
		st("Loop A", 0xFFE, 8, -1, -1),
		st("Loop B", 0xFFE, 7, -1, -1),
		st("Sub", 0xFFE, 1, -1, 0x81),  // heading 1 is bold: not bold
		st("封面标准名称", 0xFFE, 0, -1, -1), // GB/T 1.1's cover title
	}}
	for _, c := range []struct {
		istd, level int
		title, bold bool
	}{
		{0, 0, false, false}, {1, 1, false, true}, {2, 2, false, false}, {3, 2, false, true},
		{4, 0, true, false}, {5, 0, true, false}, {6, 3, false, false}, {7, 0, false, false},
		{9, 1, false, false}, {10, 0, true, false}, {42, 0, false, false},
	} {
		level, title := d.headingLevel(c.istd)
		if level != c.level || title != c.title || d.styleBold(c.istd) != c.bold {
			t.Errorf("style %d: level %d title %v bold %v, want %d %v %v", c.istd, level, title, d.styleBold(c.istd), c.level, c.title, c.bold)
		}
	}
}

// TestDocLists: a paragraph in a list gets the number Word shows for it
// (一、 二、, counting on), unless its text carries its own.
func TestDocLists(t *testing.T) {
	le := binary.LittleEndian
	var table []byte
	table = le.AppendUint16(table, 1) // one list
	lstf := make([]byte, lstfSize)
	le.PutUint32(lstf, 7) // lsid
	lstf[26] = 1          // a simple list: one level
	table = append(table, lstf...)
	lvl := make([]byte, lvlfSize)
	le.PutUint32(lvl, 1) // start at 1
	lvl[4] = 37          // chineseCounting
	table = append(table, lvl...)
	table = le.AppendUint16(table, 2)
	table = le.AppendUint16(table, 0) // the level's number
	table = le.AppendUint16(table, '、')
	lfoAt := len(table)
	table = le.AppendUint32(table, 1)
	lfo := make([]byte, 16)
	le.PutUint32(lfo, 7)
	table = append(table, lfo...)
	main := make([]byte, 154+8*93)
	le.PutUint16(main[32:], 14)
	le.PutUint16(main[62:], 22)
	le.PutUint16(main[152:], 93)
	le.PutUint32(main[154+8*fcPlfLst:], 0)
	le.PutUint32(main[154+8*fcPlfLst+4:], 2+lstfSize)
	le.PutUint32(main[154+8*fcPlfLfo:], uint32(lfoAt))
	le.PutUint32(main[154+8*fcPlfLfo+4:], uint32(len(table)-lfoAt))
	d := &wordDoc{main: main, table: table}
	c := &docConv{d: d, lists: d.readLists()}
	pap := papRun{ilfo: 1, ilvl: 0, outline: -1, center: -1}
	var got []string
	for _, text := range []string{"总体要求", "　主要任务", "三、已有编号", "保障措施"} {
		s, _ := c.number(pap, text, 0)
		got = append(got, s)
	}
	want := []string{"一、总体要求", "二、主要任务", "三、已有编号", "四、保障措施"}
	if !slices.Equal(got, want) {
		t.Errorf("numbered %q, want %q", got, want)
	}
	if s, _ := c.number(papRun{ilfo: 0, ilvl: -1}, "正文", 0); s != "正文" {
		t.Errorf("no list: %q", s)
	}
}

// TestDocListOverrides: list overrides (LFOs) of one list that override
// nothing number on from one another; one whose LFOLVL sets fStartAt
// restarts the level at iStartAt (Word's 重新开始编号) and numbers on from
// there, and the list's other overrides go on where they were.
func TestDocListOverrides(t *testing.T) {
	le := binary.LittleEndian
	var table []byte
	table = le.AppendUint16(table, 1)
	lstf := make([]byte, lstfSize)
	le.PutUint32(lstf, 7)
	lstf[26] = 1
	table = append(table, lstf...)
	lvl := make([]byte, lvlfSize)
	le.PutUint32(lvl, 1)
	table = append(table, lvl...) // decimal
	table = le.AppendUint16(table, 2)
	table = le.AppendUint16(table, 0)
	table = le.AppendUint16(table, '.')
	lfoAt := len(table)
	starts := []int{0, 0, 1, 5} // the overrides' iStartAt; 0: no LFOLVL
	table = le.AppendUint32(table, uint32(len(starts)))
	for _, st := range starts {
		lfo := make([]byte, 16)
		le.PutUint32(lfo, 7)
		if st > 0 {
			lfo[12] = 1 // clfolvl
		}
		table = append(table, lfo...)
	}
	for _, st := range starts {
		table = le.AppendUint32(table, 0xFFFFFFFF) // the LFOData's cp
		if st > 0 {
			table = le.AppendUint32(table, uint32(st))
			table = append(table, 0x10, 0, 0, 0) // level 0, fStartAt
		}
	}
	main := make([]byte, 154+8*93)
	le.PutUint16(main[32:], 14)
	le.PutUint16(main[62:], 22)
	le.PutUint16(main[152:], 93)
	le.PutUint32(main[154+8*fcPlfLst+4:], 2+lstfSize)
	le.PutUint32(main[154+8*fcPlfLfo:], uint32(lfoAt))
	le.PutUint32(main[154+8*fcPlfLfo+4:], uint32(len(table)-lfoAt))
	d := &wordDoc{main: main, table: table}
	c := &docConv{d: d, lists: d.readLists()}
	var got []string
	for _, p := range []struct {
		ilfo int
		text string
	}{{1, "甲"}, {2, "乙"}, {3, "丙"}, {3, "丁"}, {1, "戊"}, {4, "己"}, {4, "庚"}} {
		s, _ := c.number(papRun{ilfo: p.ilfo, ilvl: 0, outline: -1, center: -1}, p.text, 0)
		got = append(got, s)
	}
	want := []string{"1.甲", "2.乙", "1.丙", "2.丁", "3.戊", "5.己", "6.庚"}
	if !slices.Equal(got, want) {
		t.Errorf("numbered %q, want %q", got, want)
	}
}

// TestCoverTitle: a standard's cover lists its ICS and CCS codes, its
// number and its issuer above its name, which the .doc's title style
// marks; the name is the title (it was the file's name), the codes the
// root's text.
func TestCoverTitle(t *testing.T) {
	text := "ICS 27.120.99\nF65\n备案号：\nNB\n中华人民共和国能源行业标准\nNB/T 20442.7—2023\n代替NB/T 20442.7—2017\n\n核电厂定期安全评价\n第7部分：经验反馈\n\n前言\n本文件按照GB/T 1.1—2020的规定起草。本文件是核电厂定期安全评价的第7部分。\n"
	doc := ParseHinted(text, []Hint{{Line: 9, Title: true}})
	if doc.Root.Title != "核电厂定期安全评价" || !strings.Contains(doc.Text[:doc.Root.TitleSpan.Start], "ICS 27.120.99") {
		t.Errorf("title %q", doc.Root.Title)
	}
	// Without the hint, or under a line of prose, nothing changes.
	if doc := ParseHinted(text, nil); doc.Root.Title == "核电厂定期安全评价" {
		t.Errorf("unhinted title %q", doc.Root.Title)
	}
	prose := "本标准由全国核能标准化技术委员会提出并归口，起草单位为某研究院。\n核电厂定期安全评价\n正文第一段文字，说明本文件的适用范围。\n"
	if doc := ParseHinted(prose, []Hint{{Line: 2, Title: true}}); doc.Root.Title == "核电厂定期安全评价" {
		t.Errorf("title under prose %q", doc.Root.Title)
	}
}

// TestDocNumberFormats: Word 97's codes for ⒈ and ⑴ (26 and 27, GB1 and
// GB2 in MS-OSHARED's MSONFC), which LibreOffice writes for a .docx's
// decimalEnclosedFullstop and decimalEnclosedParen lists; without them
// the .doc read ⑴地铁 as 1地铁.
func TestDocNumberFormats(t *testing.T) {
	for nfc, want := range map[byte]string{26: "⒉", 27: "⑵", 18: "②", 37: "二"} {
		if got := formatNumber(2, msoNFC[nfc]); got != want {
			t.Errorf("nfc %d: %q, want %q", nfc, got, want)
		}
	}
}

// TestDocProducerHabits: a .doc reads as Word prints it: text a tracked
// change deleted (a paragraph with its mark) and hidden text left out,
// inserted text kept, a hidden paragraph mark (Word's style separator)
// still ending its paragraph; a fast-saved file, its pieces out of file
// order behind a Prc, reads in the order of its characters.
func TestDocProducerHabits(t *testing.T) {
	const want = "会议原则通过。\n看得见的字。\n标题\n正文。\n最后一段。\n"
	pieces := []wordPiece{
		{text: "会议原则删去通过。\r整段删去。\r", deleted: [][2]int{{4, 6}, {9, 15}}},
		{text: "看得见看不见的字。\r标题\r正文。\r", hidden: [][2]int{{3, 6}, {12, 13}}},
		{text: "最后一段。\r"},
	}
	for _, fast := range []bool{false, true} {
		text, _, err := docText(buildDoc(t, wordFixture{pieces: pieces, fastSaved: fast}))
		if err != nil {
			t.Fatal(err)
		}
		if text != want {
			t.Errorf("fast-saved %v: text\n%q\nwant\n%q", fast, text, want)
		}
	}
}

// TestDocBodyLevelOverHeading: a style based on Heading 1 that sets outline
// level 9 (body text), as Word's TOC Heading does for 目录, is no heading;
// one that sets nothing is Heading 1's level.
func TestDocBodyLevelOverHeading(t *testing.T) {
	d := &wordDoc{styles: []docStyle{
		{name: "Normal", sti: 0, base: 0x0FFF, outline: -1},
		{name: "heading 1", sti: 1, base: 0, outline: 0},
		{name: "TOC Heading", sti: 262, base: 1, outline: 9},
		{name: "My Heading", sti: 4094, base: 1, outline: -1},
	}}
	for istd, want := range []int{0, 1, 0, 1} {
		if got, _ := d.headingLevel(istd); got != want {
			t.Errorf("%s: level %d, want %d", d.styles[istd].name, got, want)
		}
	}
}
