package parse

import (
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Short documents in each encoding a Chinese reader meets are told apart
// (a title and a sentence or two: the statistical detector has little to
// go on), and a short GB18030 file with a few damaged bytes is still
// GB18030, its good characters as written.
func TestDecodeShort(t *testing.T) {
	enc := func(e encoding.Encoding, s string) []byte {
		b, err := e.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatalf("encoding %q: %v", s, err)
		}
		return b
	}
	cat := func(parts ...[]byte) (out []byte) {
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	gb := func(s string) []byte { return enc(simplifiedchinese.GB18030, s) }
	for _, c := range []struct {
		name string
		data []byte
		enc  string
		want string // a part of the text that must read right
	}{
		{"gbk title", enc(simplifiedchinese.GBK, "标题\n正文。\n"), "GB18030", "标题"},
		{"gbk sentence", enc(simplifiedchinese.GBK, "关于开展调查研究的通知\n各单位：现将有关事项通知如下。\n"), "GB18030", "调查研究"},
		{"gb18030 rare", gb("标题\n𠀀字与😀。\n"), "GB18030", "𠀀字与😀"},
		// 57 bytes, 3 bad sequences: read as EUC-JP (标题 → 炎籾) before.
		{"gb18030 damaged", cat(gb("标题\n一、总体要求"), []byte{0x81, 0x20}, gb("坚持稳中求进"), []byte{0x81, 0x20}, gb("工作总基调。"), []byte{0x81, 0x20}, gb("成效明显.\n")), "GB18030", "标题\n一、总体要求"},
		{"gb18030 cut lines", cat(gb("一、总体要求\n坚持稳中求进"), []byte{0xA1}, []byte("\n"), gb("二、主要任务"), []byte{0xFE, 0x7F}, gb("三、保障措施")), "GB18030", "二、主要任务"},
		{"gb18030 stray bytes", cat(gb("标题\n一、总体要求"), []byte{0xFF}, gb("坚持稳中求进"), []byte{0x80}, gb("工作总基调。\n")), "GB18030", "坚持稳中求进"},
		{"big5", enc(traditionalchinese.Big5, "一、總體要求\n堅持穩中求進工作總基調，推動經濟社會發展。\n"), "Big5", "總體要求"},
		{"shift_jis", enc(japanese.ShiftJIS, "第一章　総則\nこの法律は、国民の健康の保持に寄与することを目的とする。\n"), "Shift_JIS", "この法律は"},
		{"euc-jp", enc(japanese.EUCJP, "第一章　総則\nこの法律は、国民の健康の保持に寄与することを目的とする。\n"), "EUC-JP", "この法律は"},
		{"euc-kr", enc(korean.EUCKR, "제1장 총칙\n이 법은 국민의 건강을 보호하는 것을 목적으로 한다.\n"), "EUC-KR", "국민의 건강"},
		{"utf-16le", enc(unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "标题 2024\n正文。\n"), "UTF-16LE", "标题 2024"},
		{"utf-16be bom", enc(unicode.UTF16(unicode.BigEndian, unicode.UseBOM), "标题\n正文。\n"), "UTF-16BE", "标题"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.name == "gb18030 damaged" && len(c.data) != 57 {
				t.Fatalf("the sample is %d bytes, not the issue's 57", len(c.data))
			}
			text, name, err := Decode(c.data, "")
			if err != nil || name != c.enc || !strings.Contains(text, c.want) {
				t.Errorf("%d bytes: %q, %s, %v; want %s with %q", len(c.data), text, name, err, c.enc, c.want)
			}
		})
	}
}

// TestValidUTF8Parts: checked in parts as small as a byte, on one core or
// several, text is valid exactly when utf8.Valid says so, whatever rune
// or broken sequence a part's edge falls in.
func TestValidUTF8Parts(t *testing.T) {
	defer func(p, n int) { utf8Part = p; runtime.GOMAXPROCS(n) }(utf8Part, runtime.GOMAXPROCS(0))
	pieces := []string{"a", "调查", "“", "\xe8\xb0", "\x83", "\xff", "𠀀", "\xf0\x9f", "\n", "\xc3\xa9", "\xed\xa0\x80"}
	rng := rand.New(rand.NewPCG(3, 4))
	for _, procs := range []int{1, 2, 5} {
		runtime.GOMAXPROCS(procs)
		for _, part := range []int{1, 2, 3, 7} {
			utf8Part = part
			for range 500 {
				var b []byte
				for range rng.IntN(30) {
					b = append(b, pieces[rng.IntN(len(pieces))]...)
				}
				if got, want := validUTF8Bytes(b), utf8.Valid(b); got != want {
					t.Fatalf("%d cores, parts of %d: validUTF8Bytes(%q) = %v, want %v", procs, part, b, got, want)
				}
			}
		}
	}
}

// mostlyUTF8Ref is mostlyUTF8 as it was before it read blocks: every
// character decoded.
func mostlyUTF8Ref(data []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(data); {
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
	return good >= 2*max(bad, 1)
}

// TestBlockedUTF8: read in blocks as small as a byte, whatever character
// or broken sequence a block's edge falls in, mostlyUTF8 answers as the
// character-by-character count does, toValidUTF8 gives what
// strings.ToValidUTF8 gives, and leadBytes counts what a byte loop counts.
func TestBlockedUTF8(t *testing.T) {
	defer func(n int) { utf8Block = n }(utf8Block)
	pieces := []string{"a", "调查", "“", "\xe8\xb0", "\x83", "\xff", "𠀀", "\xf0\x9f", "\n", "\xc3\xa9", "\xed\xa0\x80", "\uFFFD", "\xc0\xaf"}
	rng := rand.New(rand.NewPCG(5, 6))
	for _, block := range []int{1, 2, 3, 4, 5, 8, 13, 4096} {
		utf8Block = block
		for range 2000 {
			var b []byte
			for range rng.IntN(40) {
				b = append(b, pieces[rng.IntN(len(pieces))]...)
			}
			if got, want := mostlyUTF8(b), mostlyUTF8Ref(b); got != want {
				t.Fatalf("blocks of %d: mostlyUTF8(%q) = %v, want %v", block, b, got, want)
			}
			if got, want := toValidUTF8(b), strings.ToValidUTF8(string(b), "\uFFFD"); got != want {
				t.Fatalf("blocks of %d: toValidUTF8(%q) = %q, want %q", block, b, got, want)
			}
			n := 0
			for _, c := range b {
				if c >= 0xC0 {
					n++
				}
			}
			if got := leadBytes(b); got != n {
				t.Fatalf("leadBytes(%q) = %d, want %d", b, got, n)
			}
		}
	}
}

// BenchmarkDecodeLarge decodes 64 MB of UTF-8 text with CRLF line ends:
// the UTF-8 check and the search for lone CRs, in parts on all cores
// (go test -bench DecodeLarge -cpu 1,2 ./parse).
func BenchmarkDecodeLarge(b *testing.B) {
	data := []byte(strings.Repeat("　　坚持以人民为中心的发展思想，推动高质量发展。\r\n", (64<<20)/74))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, name, err := Decode(data, ""); err != nil || name != "UTF-8" {
			b.Fatal(name, err)
		}
	}
}

// TestDecodeDeterministic: bytes that the statistical detector reads as
// one encoding or another with the same confidence decode the same way
// every time (chardet ranks a tie in the order its goroutines finish).
func TestDecodeDeterministic(t *testing.T) {
	for _, in := range []string{"\x87\xe3y\x82", "7\x87BXB2", "\x82\xa0\x82\xa2\x82\xa4", "\x8e\xa1\x8e\xa2"} {
		first, name, err := Decode([]byte(in), "")
		for range 200 {
			text, n, e := Decode([]byte(in), "")
			if text != first || n != name || (e == nil) != (err == nil) {
				t.Fatalf("%q: decoded as %s (%q, %v), then as %s (%q, %v)", in, name, first, err, n, text, e)
			}
		}
	}
}
