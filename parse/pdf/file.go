package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
)

// The reasons a PDF cannot be read, for callers to tell apart with
// errors.Is; each prints as one line.
var (
	// ErrNoText is a PDF whose pages carry no text, only images: a scan.
	ErrNoText = errors.New("no text layer (a scan?)")
	// ErrNoUnicode is a PDF that draws text, but in fonts that give no
	// character for any of it: no ToUnicode map, no encoding or glyph
	// names to read (Ghostscript's ps2pdf re-embedding CJK fonts).
	ErrNoUnicode = errors.New("text in fonts without a map to characters")
	// ErrEncrypted is a PDF with an /Encrypt dictionary.
	ErrEncrypted = errors.New("encrypted PDF")
	// ErrDamaged is a PDF whose structure could not be recovered, or that
	// asks for more work or memory than any real document does.
	ErrDamaged = errors.New("damaged PDF")
)

// decodeBudget bounds what all of a file's streams may expand to together:
// a decompression bomb stops here instead of exhausting memory. (A
// variable so the test can show the bound on a smaller bomb.)
var decodeBudget int64 = 200 << 20

// file is a PDF's objects, found by scanning for "N G obj" rather than by
// trusting the cross-reference table: the scan finds the same objects in a
// sound file (a later definition replaces an earlier one, as incremental
// updates do) and repairs a damaged or missing table.
type file struct {
	data    []byte
	locs    map[int]loc
	cache   map[int]any
	trailer Dict
	budget  int64
	// resolving guards against a reference loop between object streams.
	resolving map[int]bool
	// crypt deciphers an encrypted file's strings and streams.
	crypt *crypt
	// objStms holds object streams decoded once, with their objects'
	// offsets: each of their objects would otherwise decode them again.
	objStms map[int]*objStm
	// older holds the earlier plain definitions of an object an
	// incremental update replaced, oldest first: a file cut short keeps
	// an update's page but not the content stream it points to, and the
	// page as it was before the update still has its own (pageContents).
	older map[int][]loc
	// fontProgs holds the embedded font programs read, by stream, and
	// fontSteps the steps they took, against maxDocFontSteps.
	fontProgs map[*Stream]*fontProgram
	fontSteps int
}

type objStm struct {
	data  []byte
	first int
	nums  []int
	offs  []int
}

// loc is where an object is defined: at an offset of the file, or as the
// idx-th object of the object stream stm.
type loc struct {
	off int
	gen int
	stm int // 0: a plain object
	idx int
}

// findObj finds the next "N G obj" at or after from: the offset where N
// starts, N, and the offset just after "obj". It looks for the keyword and
// reads the two numbers backwards, which is several times faster than a
// regular expression over a file of mostly stream data.
func findObj(b []byte, from int) (start, n, gen, end int, ok bool) {
	for from < len(b) {
		i := bytes.Index(b[from:], []byte("obj"))
		if i < 0 {
			return 0, 0, 0, 0, false
		}
		k := from + i
		from = k + 3
		if from < len(b) && !isSpace(b[from]) && !isDelim(b[from]) {
			continue // objstm, object…
		}
		p := k
		digits := func() (int, int, bool) {
			sp := p
			for p > 0 && isSpace(b[p-1]) {
				p--
			}
			e := p
			for p > 0 && b[p-1] >= '0' && b[p-1] <= '9' && e-p < 10 {
				p--
			}
			if p == e || p == sp {
				return 0, 0, false
			}
			v, good := atoi(b[p:e])
			return v, e, good
		}
		g, _, good := digits()
		if !good {
			continue
		}
		num, _, good := digits()
		if !good || (p > 0 && !isSpace(b[p-1]) && !isDelim(b[p-1])) {
			continue
		}
		return p, num, g, from, true
	}
	return 0, 0, 0, 0, false
}

// open scans data for its objects and its trailer.
func open(data []byte) (*file, error) {
	if !bytes.HasPrefix(bytes.TrimLeft(data[:min(len(data), 1024)], "\x00\t\r\n "), []byte("%PDF-")) &&
		!bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")) {
		return nil, fmt.Errorf("%w: no %%PDF- header", ErrDamaged)
	}
	f := &file{data: data, locs: map[int]loc{}, cache: map[int]any{}, trailer: Dict{},
		budget: decodeBudget, resolving: map[int]bool{}, objStms: map[int]*objStm{}, older: map[int][]loc{}}
	var objStms []int
	for pos := 0; pos < len(data); {
		start, n, gen, end, ok := findObj(data, pos)
		if !ok {
			break
		}
		pos = end
		if old, ok := f.locs[n]; ok {
			f.older[n] = append(f.older[n], old)
		}
		f.locs[n] = loc{off: start, gen: gen}
		delete(f.cache, n)
		v, end := f.parseAt(pos)
		if s, ok := v.(*Stream); ok {
			pos = end
			switch s.Dict["Type"] {
			case Name("ObjStm"):
				objStms = append(objStms, n)
			case Name("XRef"):
				f.mergeTrailer(s.Dict)
			}
		}
		f.cache[n] = v
	}
	for _, t := range bytes.Split(data, []byte("trailer"))[1:] {
		l := &lexer{b: t}
		if d, ok := l.object(0); ok {
			if dd, ok := d.(Dict); ok {
				f.mergeTrailer(dd)
			}
		}
	}
	if len(f.locs) == 0 {
		return nil, fmt.Errorf("%w: no objects found", ErrDamaged)
	}
	if e := f.trailer["Encrypt"]; e != nil {
		var id []byte
		if a := f.array(f.trailer["ID"]); len(a) > 0 {
			id, _ = f.resolve(a[0]).(String)
		}
		c, ok := f.newCrypt(f.dict(e), id)
		if !ok {
			return nil, ErrEncrypted
		}
		if r, isRef := e.(Ref); isRef {
			c.skip = r.Num
		} else {
			c.skip = -1
		}
		f.crypt = c
		f.cache = map[int]any{} // parsed before the key was known
	}
	for _, n := range objStms {
		f.indexObjStm(n)
	}
	return f, nil
}

// mergeTrailer keeps the trailer keys seen last, as an update's trailer
// replaces the original's.
func (f *file) mergeTrailer(d Dict) {
	for _, k := range []Name{"Root", "Encrypt", "Info", "ID"} {
		if v, ok := d[k]; ok {
			f.trailer[k] = v
		}
	}
}

func atoi(b []byte) (int, bool) {
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' || n > 1<<30 {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// parseAt parses the object body that starts at pos (after "N G obj"),
// returning it and where it ends; a stream's data is sliced from the file
// by a /Length that is checked against "endstream", or found by searching
// for it, never allocated from what the dictionary claims.
func (f *file) parseAt(pos int) (any, int) {
	l := &lexer{b: f.data, p: pos}
	v, ok := l.object(0)
	if !ok {
		return nil, l.p
	}
	d, isDict := v.(Dict)
	if !isDict {
		return v, l.p
	}
	save := l.p
	if w, ok := l.object(0); !ok || w != op("stream") {
		l.p = save
		return d, l.p
	}
	start := streamStart(f.data, l.p)
	end := -1
	if n, ok := d["Length"].(int); ok && n >= 0 && n <= len(f.data)-start {
		rest := bytes.TrimLeft(f.data[start+n:min(len(f.data), start+n+16)], "\r\n \t")
		if bytes.HasPrefix(rest, endstream) {
			end = start + n
		}
	}
	if end < 0 {
		end = findEndstream(f.data, start)
	}
	return &Stream{Dict: d, Raw: f.data[start:end]}, end
}

// indexObjStm records the objects an object stream holds, unless a plain
// definition later in the file replaces them.
func (f *file) indexObjStm(n int) {
	os := f.loadObjStm(n)
	if os == nil {
		return
	}
	for i, on := range os.nums {
		if old, ok := f.locs[on]; ok && old.stm == 0 && old.off > f.locs[n].off {
			continue
		}
		f.locs[on] = loc{off: f.locs[n].off, stm: n, idx: i}
		delete(f.cache, on)
	}
}

// resolve follows a reference (and a chain of them) to its object; an
// unknown one is null, as the standard says.
func (f *file) resolve(v any) any {
	for hops := 0; hops < 32; hops++ {
		r, ok := v.(Ref)
		if !ok {
			return v
		}
		v = f.object(r.Num)
	}
	return nil
}

func (f *file) object(n int) any {
	if v, ok := f.cache[n]; ok {
		return v
	}
	lc, ok := f.locs[n]
	if !ok || f.resolving[n] {
		return nil
	}
	f.resolving[n] = true
	defer delete(f.resolving, n)
	v := f.objectAt(n, lc)
	f.cache[n] = v
	return v
}

// objectAt parses object n as it is defined at lc.
func (f *file) objectAt(n int, lc loc) any {
	if lc.stm != 0 {
		return f.fromObjStm(lc)
	}
	_, _, _, end, ok := findObj(f.data, lc.off)
	if !ok {
		return nil
	}
	v, _ := f.parseAt(end)
	if f.crypt != nil && n != f.crypt.skip {
		v = f.crypt.decryptValue(v, n, lc.gen, 0)
	}
	return v
}

func (f *file) fromObjStm(lc loc) any {
	os := f.loadObjStm(lc.stm)
	if os == nil || lc.idx >= len(os.offs) {
		return nil
	}
	off := os.first + os.offs[lc.idx]
	if off < 0 || off >= len(os.data) {
		return nil
	}
	v, _ := (&lexer{b: os.data, p: off}).object(0)
	return v
}

// loadObjStm decodes an object stream and reads its header once.
func (f *file) loadObjStm(n int) *objStm {
	if os, ok := f.objStms[n]; ok {
		return os
	}
	f.objStms[n] = nil
	s, ok := f.object(n).(*Stream)
	if !ok {
		return nil
	}
	data, err := f.decode(s)
	if err != nil {
		return nil
	}
	first, _ := f.resolve(s.Dict["First"]).(int)
	count, _ := f.resolve(s.Dict["N"]).(int)
	os := &objStm{data: data, first: first}
	l := &lexer{b: data}
	for i := 0; i < count && i < 1<<20; i++ {
		a, ok1 := l.object(0)
		o, ok2 := l.object(0)
		on, isInt1 := a.(int)
		off, isInt2 := o.(int)
		if !ok1 || !ok2 || !isInt1 || !isInt2 {
			break
		}
		os.nums = append(os.nums, on)
		os.offs = append(os.offs, off)
	}
	f.objStms[n] = os
	return os
}

// dict resolves v and returns it as a dictionary (a stream's dictionary
// too), or nil.
func (f *file) dict(v any) Dict {
	switch x := f.resolve(v).(type) {
	case Dict:
		return x
	case *Stream:
		return x.Dict
	}
	return nil
}

func (f *file) array(v any) Array {
	a, _ := f.resolve(v).(Array)
	return a
}

// decode returns a stream's data with its filters applied, charging what
// it expands to against the file's budget.
func (f *file) decode(s *Stream) ([]byte, error) {
	data := s.Raw
	filters := f.resolve(s.Dict["Filter"])
	params := f.resolve(s.Dict["DecodeParms"])
	var names []Name
	var parms []Dict
	switch x := filters.(type) {
	case Name:
		names = []Name{x}
		parms = []Dict{f.dict(params)}
	case Array:
		pa, _ := params.(Array)
		for i, v := range x {
			if nm, ok := f.resolve(v).(Name); ok {
				names = append(names, nm)
				var p Dict
				if i < len(pa) {
					p = f.dict(pa[i])
				}
				parms = append(parms, p)
			}
		}
	}
	for i, nm := range names {
		var err error
		data, err = f.filter(nm, parms[i], data)
		if err != nil {
			return nil, err
		}
	}
	return data, nil
}

// maxStream bounds one stream's decoded size: io.ReadAll may hold twice
// what it reads while it grows, and no page's text needs more.
const maxStream = 64 << 20

var (
	errBomb       = fmt.Errorf("%w: streams expand beyond 200 MB", ErrDamaged)
	errStreamBomb = fmt.Errorf("%w: a stream expands beyond 64 MB", ErrDamaged)
)

func (f *file) filter(nm Name, parm Dict, data []byte) ([]byte, error) {
	var out []byte
	switch nm {
	case "FlateDecode", "Fl":
		zr, err := zlib.NewReader(bytes.NewReader(data))
		if err != nil {
			return nil, err
		}
		limit := min(f.budget, maxStream)
		out, err = io.ReadAll(io.LimitReader(zr, limit+1))
		if int64(len(out)) > limit {
			if limit == maxStream {
				return nil, errStreamBomb
			}
			return nil, errBomb
		}
		if err != nil && len(out) == 0 {
			return nil, err
		}
		// A truncated deflate stream keeps what it decoded, as viewers do.
		out = predict(out, parm)
	case "ASCIIHexDecode", "AHx":
		out = (&lexer{b: append(append([]byte{'<'}, data...), '>')}).hex()
	case "ASCII85Decode", "A85":
		out = ascii85(data)
	default:
		return nil, fmt.Errorf("unsupported filter %s", nm)
	}
	f.budget -= int64(len(out))
	if f.budget < 0 {
		return nil, errBomb
	}
	return out, nil
}

// predict undoes the PNG predictors some producers put on compressed
// object streams.
func predict(b []byte, parm Dict) []byte {
	p, _ := parm["Predictor"].(int)
	if p < 10 {
		return b
	}
	cols, _ := parm["Columns"].(int)
	if cols <= 0 {
		cols = 1
	}
	row := cols + 1
	var out []byte
	prev := make([]byte, cols)
	for i := 0; i+row <= len(b); i += row {
		t, cur := b[i], b[i+1:i+row]
		for j := range cur {
			var left, up byte
			if j > 0 {
				left = cur[j-1]
			}
			up = prev[j]
			switch t {
			case 1:
				cur[j] += left
			case 2:
				cur[j] += up
			case 3:
				cur[j] += byte((int(left) + int(up)) / 2)
			}
		}
		out = append(out, cur...)
		copy(prev, cur)
	}
	return out
}

func ascii85(b []byte) []byte {
	var out []byte
	var v uint32
	n := 0
	for _, c := range b {
		switch {
		case c == '~':
			goto done
		case c == 'z' && n == 0:
			out = append(out, 0, 0, 0, 0)
		case c >= '!' && c <= 'u':
			v = v*85 + uint32(c-'!')
			n++
			if n == 5 {
				out = append(out, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
				v, n = 0, 0
			}
		}
	}
done:
	if n > 1 {
		for k := n; k < 5; k++ {
			v = v*85 + 84
		}
		out = append(out, []byte{byte(v >> 24), byte(v >> 16), byte(v >> 8), byte(v)}[:n-1]...)
	}
	return out
}

// page is one page of the document: its content streams and resources.
type page struct {
	contents  []*Stream
	resources Dict
	box       [4]float64
	// missing: the page names content the file does not hold (cut short).
	missing bool
}

// pages walks the page tree from the catalog, with inherited resources and
// media box, refusing loops and bounding depth.
func (f *file) pages() ([]page, error) {
	root := f.dict(f.trailer["Root"])
	if root == nil {
		// A catalog found by its type, for a file whose trailer is lost.
		for n := range f.locs {
			if d := f.dict(f.object(n)); d != nil && d["Type"] == Name("Catalog") {
				root = d
				break
			}
		}
	}
	if root == nil {
		return nil, fmt.Errorf("%w: no document catalog", ErrDamaged)
	}
	var out []page
	seen := map[Ref]bool{}
	var walk func(v any, res Dict, box [4]float64, depth int)
	walk = func(v any, res Dict, box [4]float64, depth int) {
		if r, ok := v.(Ref); ok {
			if seen[r] {
				return
			}
			seen[r] = true
		}
		d := f.dict(v)
		if d == nil || depth > 64 || len(out) > 100000 {
			return
		}
		if r := f.dict(d["Resources"]); r != nil {
			res = r
		}
		if mb := f.array(d["MediaBox"]); len(mb) == 4 {
			for i := range box {
				box[i], _ = num(f.resolve(mb[i]))
			}
		}
		if kids := f.array(d["Kids"]); kids != nil && d["Type"] != Name("Page") {
			for _, k := range kids {
				walk(k, res, box, depth+1)
			}
			return
		}
		pg := page{resources: res, box: box, contents: f.contents(d)}
		if r, ok := v.(Ref); ok && len(pg.contents) == 0 && d["Contents"] != nil {
			pg = f.olderPage(r.Num, pg)
		}
		pg.missing = len(pg.contents) == 0 && d["Contents"] != nil
		out = append(out, pg)
	}
	walk(root["Pages"], nil, [4]float64{0, 0, 595, 842}, 0)
	if len(out) == 0 {
		return nil, fmt.Errorf("%w: no pages", ErrDamaged)
	}
	return out, nil
}
