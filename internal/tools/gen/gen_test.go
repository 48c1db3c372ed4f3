package gen

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

func generate(t testing.TB, size, seed int64) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, size, seed); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestDeterministic(t *testing.T) {
	a := generate(t, 300<<10, 7)
	b := generate(t, 300<<10, 7)
	if !bytes.Equal(a, b) {
		t.Fatal("same seed gave different output")
	}
	c := generate(t, 300<<10, 8)
	if bytes.Equal(a, c) {
		t.Fatal("different seeds gave the same output")
	}
}

func TestSize(t *testing.T) {
	for _, size := range []int64{100 << 10, 1 << 20, 5 << 20} {
		for seed := int64(1); seed <= 3; seed++ {
			got := int64(len(generate(t, size, seed)))
			if d := got - size; d > size/20 || -d > size/20 {
				t.Errorf("size %d seed %d: wrote %d bytes, off by %d", size, seed, got, d)
			}
		}
	}
}

func TestContent(t *testing.T) {
	for _, size := range []int64{200 << 10, 2 << 20} {
		out := generate(t, size, 42)
		if !utf8.Valid(out) {
			t.Fatal("output is not valid UTF-8")
		}
		s := string(out)
		first, _, _ := strings.Cut(s, "\n")
		if !strings.HasSuffix(first, "篇）") {
			t.Errorf("title line %q does not name the article count", first)
		}
		for _, want := range []string{"\n目录\n", "##paidbegin##", "\n##paidend##\n", "素材库", "客服", "一是", "（一）", "\n\n\n"} {
			if !strings.Contains(s, want) {
				t.Errorf("size %d: output lacks %q", size, want)
			}
		}
		// Ads also between articles, not only in the footer.
		body := s[:strings.LastIndex(s, "\n\n\n##paidend##")-2000]
		if !strings.Contains(body, "素材") {
			t.Errorf("size %d: no ad before the footer", size)
		}
		if strings.Contains(s, "\r") || strings.Contains(s, "\n\n\n\n\n") {
			t.Error("unexpected CR or run of blank lines")
		}
	}
}

func TestTiny(t *testing.T) {
	out := generate(t, 0, 1)
	if !bytes.Contains(out, []byte("##paidend##")) || !bytes.Contains(out, []byte("（1篇）")) {
		t.Fatalf("tiny output lacks an article or the footer:\n%s", out)
	}
}

func BenchmarkWrite10MB(b *testing.B) {
	const size = 10 << 20
	b.SetBytes(size)
	for b.Loop() {
		if err := Write(io.Discard, size, 1); err != nil {
			b.Fatal(err)
		}
	}
}
