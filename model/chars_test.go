package model_test

import (
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
	"unsafe"
	"wenji/parse"

	"wenji/model"
	"wenji/model/export"
)

// countCharsRef is CountChars one rune at a time: runes that are not
// ASCII white space or control, U+3000, U+00A0 or a BOM. Broken bytes
// count as what starts them: a lead byte counts, a stray continuation
// byte does not.
func countCharsRef(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c&0xC0 == 0x80 || c <= ' ' {
			continue
		}
		if strings.HasPrefix(s[i:], "\u3000") || strings.HasPrefix(s[i:], "\u00a0") || strings.HasPrefix(s[i:], "\ufeff") {
			continue
		}
		n++
	}
	return n
}

func TestCountChars(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"", 0},
		{"调查研究", 4},
		{"　　调查研究。", 5},
		{"\ufeff标题\r\n\t正文 text", 8},
		{"\u00a0a\u00a0b\u00a0", 2},
		{"ＡＢＣ１２３，", 7},
		{strings.Repeat("　", 9), 0},
		{"abcdefg\u3000", 7},            // U+3000 straddles the 8-byte word
		{"abcdef\u3000\u3000xy", 8},     // and starts in the next word
		{"abcdefgh\xe3\x80", 9},         // a cut U+3000: its lead byte counts
		{"\xe6\x80\x80\xe3\x80\x82", 2}, // 怀 and 。 share bytes with U+3000
		{"a\x00b\x7fc\x1f", 4},
		{"\x80\x80\x80\xc2", 1},
	}
	for _, tt := range tests {
		if got := model.CountChars(tt.s); got != tt.want {
			t.Errorf("CountChars(%q) = %d, want %d", tt.s, got, tt.want)
		}
		if got := countCharsRef(tt.s); got != tt.want {
			t.Errorf("reference(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// FuzzCountChars: the count equals the rune-by-rune reference on any
// bytes, at every offset.
func FuzzCountChars(f *testing.F) {
	f.Add("　　一、加强领导。\ufeff\u00a0 \t\r\nabc")
	f.Add("\xe3\x80\x80\xe3\x80\xc2\xa0\xef\xbb\xbf\xef\xbb")
	f.Fuzz(func(t *testing.T, s string) {
		for k := 0; k < 8 && k <= len(s); k++ {
			if got, want := model.CountChars(s[k:]), countCharsRef(s[k:]); got != want {
				t.Fatalf("CountChars(%q) = %d, want %d (valid UTF-8: %v)", s[k:], got, want, utf8.ValidString(s))
			}
		}
	})
}

func BenchmarkCountChars(b *testing.B) {
	s := strings.Repeat("　　一是坚持调查研究，把准选题方向。ＡＢＣ123，\n", 20000)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		model.CountChars(s)
	}
}

// TestDocumentChars: a node's 字数 is its own clean text's plus its
// children's, the root's is that of the whole clean text, and the counts
// read from many goroutines at once (the first call counts) are the same.
func TestDocumentChars(t *testing.T) {
	for name, d := range docs(t) {
		var nodes []*model.Node
		for n := range d.Root.All() {
			nodes = append(nodes, n)
		}
		got := make([][]int, 8)
		var wg sync.WaitGroup
		for g := range got {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for _, n := range nodes {
					got[g] = append(got[g], d.Chars(n))
				}
			}()
		}
		wg.Wait()
		for g := range got {
			if !slices.Equal(got[g], got[0]) {
				t.Fatalf("%s: goroutine %d read other counts", name, g)
			}
		}
		for i, n := range nodes {
			own := 0
			for _, s := range n.Own() {
				for _, c := range d.Clean(s) {
					own += model.CountChars(d.Text[c.Start:c.End])
				}
			}
			for _, c := range n.Children {
				own += d.Chars(c)
			}
			if got[0][i] != own || own < 0 {
				t.Errorf("%s: %q counts %d, its parts %d", name, n.Heading(), got[0][i], own)
			}
		}
		if whole := model.CountChars(export.PlainText(d, d.Root, false)); d.Chars(d.Root) != whole || whole == 0 {
			t.Errorf("%s: the root counts %d, its clean text %d", name, d.Chars(d.Root), whole)
		}
	}
}

const seedPath = "../../shared/seeds/000_9aa560646d353a75.txt"

// docs returns the export fixture (CJK, full-width indentation, ambiguous
// punctuation, emoji, an ad, a long line) and the seed when it is present.
func docs(t *testing.T) map[string]*model.Document {
	t.Helper()
	out := map[string]*model.Document{}
	b, err := os.ReadFile("export/testdata/fixture.txt")
	if err != nil {
		t.Fatal(err)
	}
	out["fixture"] = parse.Parse(string(b))
	if b, err := os.ReadFile(seedPath); err == nil {
		out["seed"] = parse.Parse(string(b))
	}
	return out
}

// TestCharsFull: a node whose 字数 does not fit in the 32 bits a node keeps
// it in is counted again when asked, to the same number, and from many
// goroutines at once (go test -race sees no write).
func TestCharsFull(t *testing.T) {
	for name, d := range docs(t) {
		want := map[*model.Node]int{}
		for n := range d.Root.All() {
			want[n] = d.Chars(n)
		}
		full := *model.CharsFull
		*model.CharsFull = 50
		t.Cleanup(func() { *model.CharsFull = full })
		d = parse.Parse(d.Text)
		big := 0
		var wg sync.WaitGroup
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for n := range d.Root.All() {
					d.Chars(n)
				}
			}()
		}
		wg.Wait()
		for n := range d.Root.All() {
			if w := wantOf(want, n); d.Chars(n) != w {
				t.Errorf("%s: %q counts %d, want %d", name, n.Heading(), d.Chars(n), w)
			}
			if d.Chars(n) >= 49 {
				big++
			}
		}
		if big == 0 {
			t.Fatalf("%s: no node over the lowered bound", name)
		}
		*model.CharsFull = full
	}
}

// wantOf finds the count of the node of an earlier parse of the same text
// at n's place.
func wantOf(want map[*model.Node]int, n *model.Node) int {
	for m, c := range want {
		if m.Span == n.Span && m.TitleSpan == n.TitleSpan && m.Kind == n.Kind {
			return c
		}
	}
	return -1
}

// TestNodeSize: a node is 112 bytes on a 64-bit machine. A large file has
// 200,000 of them, kept for as long as it is read; a field added or moved
// that makes them larger should be a decision, not an accident.
func TestNodeSize(t *testing.T) {
	if unsafe.Sizeof(uintptr(0)) != 8 {
		t.Skip("32-bit")
	}
	if got := unsafe.Sizeof(model.Node{}); got != 112 {
		t.Errorf("model.Node is %d bytes, want 112", got)
	}
}
