package parse

import (
	"bytes"
	"errors"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"github.com/saintfish/chardet"
	asmutf8 "github.com/segmentio/asm/utf8"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"

	"wenji/internal/par"
)

// Errors of decoding, for callers to tell apart with errors.Is.
var (
	// ErrBinary is data that is not text: NUL bytes that no UTF-16 explains.
	ErrBinary = errors.New("not a text document (binary data)")
	// ErrUnknownEncoding is an --encoding name that no decoder has.
	ErrUnknownEncoding = errors.New("unknown encoding")
	// ErrUndecodable is text in no encoding the detector can name.
	ErrUndecodable = errors.New("cannot tell the text's encoding (name it with --encoding)")
)

// Decode returns data as UTF-8 text and the name of the encoding it was in.
// force names an encoding to use (GBK, GB18030, Big5, UTF-16LE…; any WHATWG
// label); empty detects it: a byte-order mark, else valid UTF-8, else
// GB18030 (which covers GBK and GB2312) when the bytes read as common
// Chinese, even with a few damaged bytes (unless they are EUC-JP or EUC-KR,
// which share GB2312's byte ranges), else what a statistical detector
// names (Big5, Shift_JIS…): on a short text the detector has too little
// to go on to be asked first.
// A leading byte-order mark is not part of the text. Text in UTF-8 shares
// data's memory rather than copying a file that may be 100 MB, so data must
// not be changed afterwards.
func Decode(data []byte, force string) (text, name string, err error) {
	text, name, err = decode(data, force)
	return LineEnds(text), name, err
}

// LineEnds returns text with each lone CR (a line end of old Mac files and
// some exports) made a LF, so that every reader of the text (lines,
// paragraphs, the screen) sees one kind of line end; CRLF stays as it is
// (the CR is trailing white space). The text keeps its length, so offsets
// into it (spans, a remembered place) are the same either way. Text with
// no lone CR is returned as it is, sharing its memory.
func LineEnds(text string) string {
	i := loneCR(text)
	if i < 0 {
		return text
	}
	b := []byte(text) // a copy: text may share a read-only file's memory
	for ; i < len(b); i++ {
		if b[i] == '\r' && (i+1 == len(b) || b[i+1] != '\n') {
			b[i] = '\n'
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// loneCR returns the index of text's first CR that no LF follows, or -1.
// A large text is searched in parts on all cores (utf8Part bytes a core at
// least): the search reads all of a text that has none, before the parse.
func loneCR(text string) int {
	parts := min(runtime.GOMAXPROCS(0), len(text)/utf8Part)
	if parts < 2 {
		return loneCRIn(text, 0, len(text))
	}
	found := make([]int, parts)
	par.Each(parts, func(k int) {
		found[k] = loneCRIn(text, k*len(text)/parts, (k+1)*len(text)/parts)
	})
	for _, i := range found {
		if i >= 0 {
			return i
		}
	}
	return -1
}

// loneCRIn is loneCR among the CRs in text[from:to); the byte after the
// last one may lie past to.
func loneCRIn(text string, from, to int) int {
	for from < to {
		j := strings.IndexByte(text[from:to], '\r')
		if j < 0 {
			return -1
		}
		i := from + j
		if i+1 == len(text) || text[i+1] != '\n' {
			return i
		}
		from = i + 2
	}
	return -1
}

// decode is Decode but for the line ends.
func decode(data []byte, force string) (text, name string, err error) {
	if force != "" {
		enc, name, err := lookupEncoding(force)
		if err != nil {
			return "", "", err
		}
		return decodeWith(enc, stripBOM(data, name)), name, nil
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return validUTF8(data[3:]), "UTF-8", nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}):
		return decodeWith(utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM), data[4:]), "UTF-32LE", nil
	case bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}):
		return decodeWith(utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM), data[4:]), "UTF-32BE", nil
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return decodeWith(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), data[2:]), "UTF-16LE", nil
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return decodeWith(unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), data[2:]), "UTF-16BE", nil
	}
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		// UTF-16 without a mark puts a NUL beside every ASCII character,
		// all on one side; binary data scatters them.
		if e, name := utf16Unmarked(head); e != nil {
			return decodeWith(e, data), name, nil
		}
		return "", "", ErrBinary
	}
	if validUTF8Bytes(data) {
		return unsafe.String(unsafe.SliceData(data), len(data)), "UTF-8", nil
	}
	if mostlyUTF8(data) {
		// A few broken bytes in UTF-8 text (a cut, a stray control byte)
		// stand as U+FFFD; the text around them is what it was.
		return toValidUTF8(data), "UTF-8", nil
	}
	if gbStructure(data) && !doubtfulGB(data) || fewGBErrors(data) {
		if e, name := eucNotGB(data); e != nil {
			return decodeWith(e, data), name, nil
		}
		return decodeWith(simplifiedchinese.GB18030, data), "GB18030", nil
	}
	res, err := detectBest(data[:min(len(data), 1<<20)])
	if err != nil || res == nil || res.Confidence < 10 {
		if gbStructure(data) {
			return decodeWith(simplifiedchinese.GB18030, data), "GB18030", nil
		}
		return "", "", ErrUndecodable
	}
	if res.Charset == "GB-18030" && gbStructure(data) {
		return decodeWith(simplifiedchinese.GB18030, data), "GB18030", nil
	}
	enc, name, err := lookupEncoding(res.Charset)
	if err != nil {
		return "", "", ErrUndecodable
	}
	return decodeWith(enc, data), name, nil
}

// validUTF8 returns data as a string, shared when it is valid UTF-8.
func validUTF8(data []byte) string {
	if validUTF8Bytes(data) {
		return unsafe.String(unsafe.SliceData(data), len(data))
	}
	return toValidUTF8(data)
}

// displayNames spells the encodings the way people name them.
var displayNames = map[string]string{
	"utf-8": "UTF-8", "gbk": "GBK", "gb18030": "GB18030", "big5": "Big5", "utf-16le": "UTF-16LE",
	"utf-16be": "UTF-16BE", "shift_jis": "Shift_JIS", "euc-jp": "EUC-JP", "euc-kr": "EUC-KR",
	"iso-2022-jp": "ISO-2022-JP", "windows-1252": "windows-1252",
}

// lookupEncoding finds a decoder by any WHATWG label (gbk, gb2312, big5,
// utf-16le, latin1…) or the names chardet gives.
func lookupEncoding(label string) (encoding.Encoding, string, error) {
	l := strings.ToLower(strings.TrimSpace(label))
	switch l {
	case "gb-18030", "gb18030":
		return simplifiedchinese.GB18030, "GB18030", nil
	case "utf-32le", "utf32le":
		return utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM), "UTF-32LE", nil
	case "utf-32be", "utf32be", "utf-32", "utf32":
		return utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM), "UTF-32BE", nil
	case "utf8":
		l = "utf-8"
	case "utf16le", "utf-16":
		l = "utf-16le"
	case "utf16be":
		l = "utf-16be"
	case "cp936":
		l = "gbk"
	case "cp950", "big5-hkscs":
		l = "big5"
	}
	enc, err := htmlindex.Get(l)
	if err != nil {
		return nil, "", ErrUnknownEncoding
	}
	canon, _ := htmlindex.Name(enc)
	name, ok := displayNames[canon]
	if !ok {
		name = canon
	}
	if l == "gb2312" || l == "gbk" {
		name = strings.ToUpper(l)
	}
	return enc, name, nil
}

// stripBOM drops the byte-order mark of a forced Unicode encoding.
func stripBOM(data []byte, name string) []byte {
	var bom []byte
	switch name {
	case "UTF-8":
		bom = []byte{0xEF, 0xBB, 0xBF}
	case "UTF-16LE":
		bom = []byte{0xFF, 0xFE}
	case "UTF-16BE":
		bom = []byte{0xFE, 0xFF}
	}
	return bytes.TrimPrefix(data, bom)
}

// decodeWith decodes data, standing U+FFFD for bytes that do not decode.
func decodeWith(enc encoding.Encoding, data []byte) string {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		// The decoders substitute rather than fail; a failure leaves the
		// bytes to be read as UTF-8 as far as they go.
		return toValidUTF8(data)
	}
	return toValidUTF8(out)
}

// utf16Unmarked recognises UTF-16 without a byte-order mark from where the
// NULs of its ASCII characters fall.
func utf16Unmarked(head []byte) (encoding.Encoding, string) {
	even, odd := 0, 0
	for i, c := range head {
		if c == 0 {
			if i%2 == 0 {
				even++
			} else {
				odd++
			}
		}
	}
	pairs := len(head) / 2
	var enc encoding.Encoding
	var name string
	switch {
	// ASCII has a zero byte always; Han rarely (一 is U+4E00).
	case odd > pairs/20 && odd >= 3*even:
		enc, name = unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "UTF-16LE"
	case even > pairs/20 && even >= 3*odd:
		enc, name = unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), "UTF-16BE"
	default:
		return nil, ""
	}
	// Text has no NULs or other controls, nor broken surrogates.
	// The cut at the head's end may split a surrogate pair.
	text := decodeWith(enc, head[:pairs*2])
	for i, r := range text {
		if r < ' ' && r != '\t' && r != '\n' && r != '\r' || r == utf8.RuneError && i+3 < len(text) {
			return nil, ""
		}
	}
	return enc, name
}

// gbStructure reports whether data is well formed GB18030: ASCII, two-byte
// characters (81–FE then 40–7E or 80–FE) and four-byte ones (81–FE 30–39
// 81–FE 30–39). A truncated last character is allowed.
func gbStructure(data []byte) bool {
	for i := 0; i < len(data); {
		c := data[i]
		switch {
		case c < 0x80:
			i++
		case c == 0x80 || c == 0xFF:
			return false
		case i+1 >= len(data):
			return true
		case data[i+1] >= 0x40 && data[i+1] <= 0xFE && data[i+1] != 0x7F:
			i += 2
		case data[i+1] >= 0x30 && data[i+1] <= 0x39:
			if i+3 >= len(data) {
				return true
			}
			if data[i+2] < 0x81 || data[i+2] == 0xFF || data[i+3] < 0x30 || data[i+3] > 0x39 {
				return false
			}
			i += 4
		default:
			return false
		}
	}
	return true
}

// doubtfulGB reports bytes that are well formed GB18030 but do not read as
// Chinese written in it: in real GBK text nearly all two-byte characters
// are in GB2312's common area (lead A1–F7, trail A1–FE). Big5 and the
// Latin code pages are well formed GB18030 by accident and fail this.
func doubtfulGB(data []byte) bool {
	common, all := 0, 0
	for i := 0; i < len(data) && all < 20000; {
		c := data[i]
		switch {
		case c < 0x80:
			i++
		case i+1 < len(data) && data[i+1] >= 0x30 && data[i+1] <= 0x39:
			all++ // four-byte: rare characters and emoji
			i += 4
		case i+1 < len(data):
			all++
			if c >= 0xA1 && c <= 0xF7 && data[i+1] >= 0xA1 && data[i+1] <= 0xFE {
				common++
			}
			i += 2
		default:
			i++
		}
	}
	return all > 0 && common*10 < all*8
}

// validUTF8 is utf8.Valid with SIMD where the processor has it
// (segmentio/asm): the standard library's check decodes CJK text a rune at
// a time, 0.1 s of CPU for 100 MB against 0.01 s. A large text is checked
// in parts on all cores, each part starting where a rune may (a byte that
// is no continuation byte): a sequence before that byte ends before it or
// is broken in its part as in the whole, so the parts are valid exactly
// when the whole is.
func validUTF8Bytes(data []byte) bool {
	parts := min(runtime.GOMAXPROCS(0), len(data)/utf8Part)
	if parts < 2 {
		return asmutf8.Valid(data)
	}
	bounds := make([]int, parts+1)
	for k := 1; k < parts; k++ {
		b := max(k*len(data)/parts, bounds[k-1])
		for b < len(data) && data[b]&0xC0 == 0x80 {
			b++
		}
		bounds[k] = b
	}
	bounds[parts] = len(data)
	var bad atomic.Bool
	par.Each(parts, func(k int) {
		if !asmutf8.Valid(data[bounds[k]:bounds[k+1]]) {
			bad.Store(true)
		}
	})
	return !bad.Load()
}

// utf8Part is the least text validUTF8Bytes gives a core of its own; a
// variable so that tests can cut small texts into parts.
var utf8Part = 8 << 20

// fewGBErrors reports bytes that read as Chinese in GB18030 but for a few
// damaged sequences (a cut, a stray byte): at least eight well formed
// two-byte characters, three bad sequences at most or one in ten, and those
// mostly in GB2312's common area (see doubtfulGB). gbStructure refuses
// such text outright, and the statistical detector, on a short one, then
// guesses another encoding (a 57-byte title and sentence with three bad
// bytes read as EUC-JP: 标题 as 炎籾).
func fewGBErrors(data []byte) bool {
	good, common, bad := 0, 0, 0
	for i := 0; i < len(data) && good < 20000; {
		c := data[i]
		switch {
		case c < 0x80:
			i++
		case c == 0x80 || c == 0xFF || i+1 >= len(data):
			bad++
			i++
		case data[i+1] >= 0x40 && data[i+1] <= 0xFE && data[i+1] != 0x7F:
			good++
			if c >= 0xA1 && c <= 0xF7 && data[i+1] >= 0xA1 {
				common++
			}
			i += 2
		case data[i+1] >= 0x30 && data[i+1] <= 0x39 && i+3 < len(data) &&
			data[i+2] >= 0x81 && data[i+2] != 0xFF && data[i+3] >= 0x30 && data[i+3] <= 0x39:
			good++
			i += 4
		default:
			bad++ // a lead byte without its trail: the next byte is read afresh
			i++
		}
	}
	return good >= 8 && bad <= max(3, good/10) && common*10 >= good*8
}

// eucNotGB tells EUC-JP and EUC-KR text from GB18030, which reads their
// bytes without an error (all three put two-byte characters in A1–FE):
// the statistical detector must name the encoding and the text must look
// it: Japanese has kana (rows A4 and A5, which GB2312 also puts there
// and Chinese text never uses), Korean puts spaces between its words.
// Chinese text, even damaged, fails both, whatever the detector says.
func eucNotGB(data []byte) (encoding.Encoding, string) {
	head := data[:min(len(data), 64<<10)]
	two, kana, spaced := 0, 0, 0
	// gap: the bytes since the last two-byte character are all spaces
	// (and there is at least one).
	prevTwo, gap := false, false
	for i := 0; i < len(head); {
		c := head[i]
		if c < 0x80 || i+1 >= len(head) {
			gap = c == ' ' && (prevTwo || gap)
			prevTwo = false
			i++
			continue
		}
		two++
		if c == 0xA4 || c == 0xA5 {
			kana++
		}
		if gap {
			spaced++
		}
		prevTwo, gap = true, false
		i += 2
	}
	if two < 4 {
		return nil, ""
	}
	var want string
	switch {
	case kana*10 >= two:
		want = "EUC-JP"
	case spaced*8 >= two:
		want = "EUC-KR"
	default:
		return nil, ""
	}
	res, err := detectBest(head)
	if err != nil || res == nil || res.Charset != want {
		return nil, ""
	}
	enc, name, err := lookupEncoding(want)
	if err != nil {
		return nil, ""
	}
	return enc, name
}

// detectBest is the statistical detector's best guess for b, the same for
// the same bytes every time. chardet's own DetectBest is not: it runs its
// recognisers on goroutines and sorts what comes back, in the order it
// came, without a stable sort, so of two encodings it is as confident of
// it named either (a 4-byte text decoded as Shift_JIS, Big5 or GB18030
// from one run to the next; FuzzParallelSame). Ties go to the encodings
// of Chinese text first, then by name.
func detectBest(b []byte) (*chardet.Result, error) {
	all, err := chardet.NewTextDetector().DetectAll(b)
	if err != nil || len(all) == 0 {
		return nil, err
	}
	best := &all[0]
	for i := range all {
		if r := &all[i]; r.Confidence > best.Confidence || r.Confidence == best.Confidence && charsetBefore(r, best) {
			best = r
		}
	}
	return best, nil
}

// tiePreference orders the encodings a tie in the detector's confidence
// goes to: Chinese ones, then the others of East Asia.
var tiePreference = []string{"GB-18030", "Big5", "EUC-JP", "Shift_JIS", "EUC-KR"}

// charsetBefore reports whether a wins a tie against b.
func charsetBefore(a, b *chardet.Result) bool {
	rank := func(r *chardet.Result) int {
		if i := slices.Index(tiePreference, r.Charset); i >= 0 {
			return i
		}
		return len(tiePreference)
	}
	if ra, rb := rank(a), rank(b); ra != rb {
		return ra < rb
	}
	if a.Charset != b.Charset {
		return a.Charset < b.Charset
	}
	return a.Language < b.Language
}
