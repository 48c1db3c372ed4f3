package parse

import (
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"unsafe"
	"wenji/model/export"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func TestLineEnds(t *testing.T) {
	for in, want := range map[string]string{
		"":                 "",
		"a\nb":             "a\nb",
		"a\r\nb\r\n":       "a\r\nb\r\n",
		"a\rb\r":           "a\nb\n",
		"a\r\rb":           "a\n\nb",
		"a\r\nb\rc\r\n\r":  "a\r\nb\nc\r\n\n",
		"\r":               "\n",
		"标题\r\r正文\r\n结尾\r": "标题\n\n正文\r\n结尾\n",
	} {
		got := LineEnds(in)
		if got != want || len(got) != len(in) {
			t.Errorf("LineEnds(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLineEndsParts: searched for lone CRs in parts as small as a byte,
// on one core or several, text gets the line ends of a plain loop over
// its bytes, wherever a part's edge falls (between a CR and its LF too),
// and a text with no lone CR is returned as it is, not copied.
func TestLineEndsParts(t *testing.T) {
	defer func(p, n int) { utf8Part = p; runtime.GOMAXPROCS(n) }(utf8Part, runtime.GOMAXPROCS(0))
	ref := func(s string) string {
		b := []byte(s)
		for i := range b {
			if b[i] == '\r' && (i+1 == len(b) || b[i+1] != '\n') {
				b[i] = '\n'
			}
		}
		return string(b)
	}
	pieces := []string{"a", "标题", "\r", "\n", "\r\n", "\r\r"}
	rng := rand.New(rand.NewPCG(5, 6))
	for _, procs := range []int{1, 2, 5} {
		runtime.GOMAXPROCS(procs)
		for _, part := range []int{1, 2, 3, 1 << 20} {
			utf8Part = part
			for range 500 {
				var b strings.Builder
				for range rng.IntN(20) {
					b.WriteString(pieces[rng.IntN(len(pieces))])
				}
				in := b.String()
				got, want := LineEnds(in), ref(in)
				if got != want {
					t.Fatalf("%d cores, parts of %d: LineEnds(%q) = %q, want %q", procs, part, in, got, want)
				}
				if want == in && in != "" && unsafe.StringData(got) != unsafe.StringData(in) {
					t.Fatalf("%d cores, parts of %d: LineEnds(%q) copied a text with no lone CR", procs, part, in)
				}
			}
		}
	}
}

// A file with CR-only line ends (old Mac, some exports) has its lines and
// its outline, in UTF-8 and in GBK; a CRLF file reads as the LF one does;
// the bytes read are not changed.
func TestCROnlyFile(t *testing.T) {
	lf := "关于做好工作的通知\n\n一、总体要求\n坚持稳中求进。\n\n二、主要任务\n（一）加强领导。\n正文在此。\n"
	want := export.Outline(mustOpen(t, "lf.txt", []byte(lf)).Root)
	if !strings.Contains(want, "二、主要任务") {
		t.Fatalf("the LF file's outline:\n%s", want)
	}
	cr := strings.ReplaceAll(lf, "\n", "\r")
	gbk, _ := simplifiedchinese.GBK.NewEncoder().String(cr)
	u16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(cr)
	for name, data := range map[string]string{
		"cr.txt":   cr,
		"crlf.txt": strings.ReplaceAll(lf, "\n", "\r\n"),
		"gbk.txt":  gbk,
		"u16.txt":  u16,
		"cr.md":    cr,
	} {
		b := []byte(data)
		doc := mustOpen(t, name, b)
		if got := export.Outline(doc.Root); got != want {
			t.Errorf("%s: outline\n%s\nwant\n%s", name, got, want)
		}
		if string(b) != data {
			t.Errorf("%s: the bytes read were changed", name)
		}
		for _, n := range doc.Root.Children {
			if s := doc.Text[n.Span.Start:n.Span.End]; !strings.Contains(strings.SplitN(s, "\n", 2)[0], n.Title) {
				t.Errorf("%s: span of %q holds %q", name, n.Title, s)
			}
		}
	}
}
