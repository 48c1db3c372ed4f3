package cjk

import (
	"fmt"
	"strings"
	"testing"
)

// texts returns what each line draws.
func texts(s string, lines []Line) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = l.Text(s)
	}
	return out
}

// positiveClusters counts the clusters of s that take columns.
func (w Width) positiveClusters(s string) int {
	n := 0
	for _, t := range w.tokens(s) {
		if t.width > 0 {
			n++
		}
	}
	return n
}

// checkWrap verifies the invariants Wrap promises for lines = w.Wrap(s,
// width, indent):
//   - lines are contiguous, cover s in order, start at cluster boundaries,
//     and only the first has an indent;
//   - each line's Text fits width less indent, unless it is a single
//     positive-width cluster (or the empty first line when indent >= width);
//   - no line after the first starts with a space, or with a zero-width
//     cluster unless it follows a space;
//   - a break that violates a rule is unavoidable: a break that splits a
//     word or a ——/…… pair has no rule-abiding break before it on its line,
//     and a break that puts closing punctuation at a line start (or an
//     opening bracket at a line end) has no break before it on its line
//     that would avoid that.
func checkWrap(w Width, s string, width, indent int, lines []Line) error {
	return checkWrapTokens(w, s, width, indent, lines, w.tokens(s))
}

// checkWrapTokens is checkWrap with s's tokens as the wrap saw them
// (WrapPhrases marks them).
func checkWrapTokens(w Width, s string, width, indent int, lines []Line, toks []token) error {
	if width < 1 {
		width = 1
	}
	if indent < 0 {
		indent = 0
	}
	if len(lines) == 0 {
		return fmt.Errorf("no lines")
	}
	at := make(map[int]int, len(toks)) // byte offset -> token index
	for i, t := range toks {
		at[t.start] = i
	}
	pos := 0
	prevTok := 0
	for i, l := range lines {
		if l.Start != pos || l.End < l.Start || l.End > len(s) {
			return fmt.Errorf("line %d = %+v not contiguous (expected Start %d)", i, l, pos)
		}
		pos = l.End
		wantIndent := 0
		if i == 0 {
			wantIndent = indent
		}
		if l.Indent != wantIndent {
			return fmt.Errorf("line %d indent %d, want %d", i, l.Indent, wantIndent)
		}
		text := l.Text(s)
		if tw := w.String(text); tw+l.Indent > width {
			emptyFirst := i == 0 && l.Start == l.End && indent >= width
			if !emptyFirst && w.positiveClusters(text) != 1 {
				return fmt.Errorf("line %d %q is %d+%d columns, width %d", i, text, tw, l.Indent, width)
			}
		}
		if i == 0 {
			continue
		}
		if l.Start == l.End {
			return fmt.Errorf("line %d is empty", i)
		}
		j, ok := at[l.Start]
		if !ok {
			return fmt.Errorf("line %d starts at %d, inside a cluster", i, l.Start)
		}
		if i == 1 && lines[0].Start == lines[0].End {
			prevTok = j // after the empty first line: this is where s starts
			continue
		}
		f := toks[j].flags
		if f&fSpace != 0 && f&fZero == 0 {
			return fmt.Errorf("line %d %q starts with a space", i, text)
		}
		if f&fZero != 0 && toks[j-1].flags&fSpace == 0 {
			return fmt.Errorf("line %d %q starts with a zero-width cluster", i, text)
		}
		ls := prevTok
		if !canBreak(toks, j) {
			for m := ls + 1; m < j; m++ {
				if canBreak(toks, m) {
					return fmt.Errorf("line %d %q: rule broken though a break before %q was allowed", i, text, s[toks[m].start:])
				}
			}
			if !kinsokuOK(toks, j) {
				for m := ls + 1; m < j; m++ {
					if kinsokuOK(toks, m) {
						return fmt.Errorf("line %d %q: 禁则 broken though a break before %q avoided it", i, text, s[toks[m].start:])
					}
				}
			}
		}
		prevTok = j
	}
	if pos != len(s) {
		return fmt.Errorf("lines end at %d, len %d", pos, len(s))
	}
	return nil
}

func wrapOK(t *testing.T, w Width, s string, width, indent int) []string {
	t.Helper()
	lines := w.Wrap(s, width, indent)
	if err := checkWrap(w, s, width, indent, lines); err != nil {
		t.Fatalf("amb%d Wrap(%q, %d, %d): %v\nlines: %q", w.Ambiguous(), s, width, indent, err, texts(s, lines))
	}
	return texts(s, lines)
}

func eq(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00") && len(a) == len(b)
}

func TestWrapExact(t *testing.T) {
	tests := []struct {
		s             string
		width, indent int
		want          []string // same under both settings
	}{
		{"", 10, 2, []string{""}},
		{"一二三四五六七八九十", 6, 0, []string{"一二三", "四五六", "七八九", "十"}},
		{"一二三四五六七八九十", 7, 0, []string{"一二三", "四五六", "七八九", "十"}},
		{"一二三四五六七八九十", 10, 4, []string{"一二三", "四五六七八", "九十"}},
		{"一二三", 1, 0, []string{"一", "二", "三"}},
		{"一二三", 2, 0, []string{"一", "二", "三"}},
		{"一二三", 3, 0, []string{"一", "二", "三"}},
		{"一二", 4, 4, []string{"", "一二"}},
		{"一二", 4, 9, []string{"", "一二"}},
		{"一二三四——五", 9, 0, []string{"一二三四", "——五"}},
		{"一二三四……五", 9, 0, []string{"一二三", "四……五"}},
		{"hello world foo bar", 11, 0, []string{"hello world", "foo bar"}},
		{"hello world foo bar", 8, 0, []string{"hello", "world", "foo bar"}},
		{"hello world foo bar", 3, 0, []string{"hel", "lo", "wor", "ld", "foo", "bar"}},
		{"hello world", 5, 0, []string{"hello", "world"}},
		{"a    b", 3, 0, []string{"a", "b"}},
		{"我用Go语言写了wenji程序", 10, 0, []string{"我用Go语言", "写了wenji", "程序"}},
		{"共有12345678个字", 8, 0, []string{"共有", "12345678", "个字"}},
		{"见 http://example.com/a/b 页", 12, 0, []string{"见", "http://examp", "le.com/a/b", "页"}},
		{"π≈3.14，对。", 6, 0, []string{"π≈", "3.14，", "对。"}},
		{"👍🏽👨\u200d👩\u200d👧🇨🇳中", 4, 0, []string{"👍🏽", "👨\u200d👩\u200d👧🇨🇳", "中"}},
		{"👍🏽👨\u200d👩\u200d👧🇨🇳中", 2, 0, []string{"👍🏽", "👨\u200d👩\u200d👧", "🇨🇳", "中"}},
		{"👍🏽👨\u200d👩\u200d👧🇨🇳中", 1, 0, []string{"👍🏽", "👨\u200d👩\u200d👧", "🇨🇳", "中"}},
		{"中\u0301文\u0301字\u0301", 2, 0, []string{"中\u0301", "文\u0301", "字\u0301"}},
		{"e\u0301e\u0301e\u0301", 2, 0, []string{"e\u0301e\u0301", "e\u0301"}},
		{"。。。。。", 4, 0, []string{"。。", "。。", "。"}},
		{"「「「「", 4, 0, []string{"「「", "「「"}},
		{"一二三\n四五六", 6, 0, []string{"一二三", "四五六"}},
		{"一二\n四五六", 12, 0, []string{"一二 四五六"}},
		{"  开头有空格", 8, 0, []string{"  开头有", "空格"}},
	}
	both(t, func(t *testing.T, w Width) {
		for _, tt := range tests {
			got := wrapOK(t, w, tt.s, tt.width, tt.indent)
			if !eq(got, tt.want) {
				t.Errorf("Wrap(%q, %d, %d) = %q, want %q", tt.s, tt.width, tt.indent, got, tt.want)
			}
		}
	})
}

func TestWrapOffsets(t *testing.T) {
	s := "hello world"
	got := w1.Wrap(s, 5, 0)
	want := []Line{{0, 6, 0}, {6, 11, 0}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Wrap(%q, 5, 0) = %v, want %v", s, got, want)
	}
	got = w1.Wrap("一二三", 4, 0)
	want = []Line{{0, 6, 0}, {6, 9, 0}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Wrap(一二三, 4, 0) = %v, want %v", got, want)
	}
	// Raw control bytes are measured as drawn: ␛ is one column.
	s = "\x1b[2J中文"
	got = w1.Wrap(s, 4, 0)
	if tx := texts(s, got); !eq(tx, []string{"\x1b[2J", "中文"}) {
		t.Errorf("Wrap(%q, 4, 0) = %q", s, tx)
	}
}

// TestWrapNoStart puts every prohibited line-start character where the line
// would otherwise break: the character before it must come down with it.
func TestWrapNoStart(t *testing.T) {
	both(t, func(t *testing.T, w Width) {
		for _, p := range "。，、；：？！”’）》」』】〕…),.;:!?%]}" {
			s := "一二三" + string(p) + "四五六"
			got := wrapOK(t, w, s, 6, 0)
			if got[0] != "一二" || !strings.HasPrefix(got[1], "三"+string(p)) {
				t.Errorf("Wrap(%q, 6, 0) = %q: %q must not start a line", s, got, p)
			}
		}
	})
}

// TestWrapNoEnd puts every opening bracket at the would-be line end: it
// must go down with what it opens.
func TestWrapNoEnd(t *testing.T) {
	both(t, func(t *testing.T, w Width) {
		for _, o := range "“‘（《「『【〔([{" {
			s := "一二" + string(o) + "三四五"
			got := wrapOK(t, w, s, 6, 0)
			if got[0] != "一二" || !strings.HasPrefix(got[1], string(o)+"三") {
				t.Errorf("Wrap(%q, 6, 0) = %q: %q must not end a line", s, got, o)
			}
		}
	})
}

func TestWrapPairs(t *testing.T) {
	both(t, func(t *testing.T, w Width) {
		for _, pair := range []string{"——", "……"} {
			for n := 0; n < 8; n++ {
				s := strings.Repeat("中", n) + pair + "文字。后面还有一些字"
				// Only where a character and the pair fit on a line
				// can push-out keep the pair whole.
				for width := 2 + w.String(pair); width <= 12; width++ {
					for _, l := range wrapOK(t, w, s, width, 0) {
						if strings.HasPrefix(l, pair[:3]) && !strings.HasPrefix(l, pair) ||
							strings.HasSuffix(l, pair[:3]) && !strings.HasSuffix(l, pair) {
							t.Errorf("Wrap(%q, %d): %q splits %s", s, width, l, pair)
						}
					}
				}
			}
		}
	})
}

var corpus = []string{
	"　　子曰：“学而时习之，不亦说乎？有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎？”",
	"他说——这是真的吗？……我不知道。（注：见《史记·太史公自序》第①条。）",
	"「東京」と『大阪』、どちらが好き？──どちらも。",
	"wenji 是一个终端里的文集阅读器，支持 UTF-8、GB18030 和 Big5 编码；版本 v1.2.3。",
	"Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.",
	"表情👍🏽与家庭👨\u200d👩\u200d👧，旗帜🇨🇳🇯🇵，组合字e\u0301与中\u0301。",
	"控制\x1b[2J字符\x07与\t制表符\r\n以及\u202e反转\u202c和\xff坏字节。",
	"────│○①②③④⑤⑥⑦⑧⑨⑩…………————",
	"",
	" ",
	"，。！",
	"supercalifragilisticexpialidocious 和 pneumonoultramicroscopicsilicovolcanoconiosis。",
}

func TestWrapCorpus(t *testing.T) {
	both(t, func(t *testing.T, w Width) {
		for _, s := range corpus {
			for _, width := range []int{-1, 0, 1, 2, 3, 4, 5, 10, 40, 80} {
				for _, indent := range []int{-1, 0, 1, 2, 4, 11} {
					wrapOK(t, w, s, width, indent)
				}
			}
		}
	})
}

func longLine(n int) string {
	const han = "天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往秋收冬藏闰余成岁律吕调阳云腾致雨露结为霜"
	r := []rune(han)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteRune(r[i%len(r)])
	}
	return b.String()
}

func TestWrapLongLine(t *testing.T) {
	s := longLine(10000)
	both(t, func(t *testing.T, w Width) {
		for _, width := range []int{1, 2, 3, 10, 40, 80} {
			lines := w.Wrap(s, width, 0)
			if err := checkWrap(w, s, width, 0, lines); err != nil {
				t.Fatalf("width %d: %v", width, err)
			}
			per := max(width/2, 1)
			if want := (10000 + per - 1) / per; len(lines) != want {
				t.Errorf("width %d: %d lines, want %d", width, len(lines), want)
			}
		}
	})
}

func FuzzWrap(f *testing.F) {
	for _, s := range corpus {
		f.Add(s, 10, 2, false)
		f.Add(s, 3, 0, true)
	}
	f.Add("一二三。四五六", 6, 0, true)
	f.Add("hello world", 5, 7, false)
	f.Fuzz(func(t *testing.T, s string, width, indent int, amb2 bool) {
		width %= 100
		indent %= 30
		w := w1
		if amb2 {
			w = w2
		}
		lines := w.Wrap(s, width, indent)
		if err := checkWrap(w, s, width, indent, lines); err != nil {
			t.Fatalf("amb%d Wrap(%q, %d, %d): %v\nlines: %q", w.Ambiguous(), s, width, indent, err, texts(s, lines))
		}
	})
}

func FuzzSanitize(f *testing.F) {
	for _, s := range corpus {
		f.Add(s)
	}
	f.Add("\x1b]52;c;SGVsbG8=\x07\x9b\u009b\u202e\xed\xa0\x80")
	f.Fuzz(func(t *testing.T, s string) {
		out := Sanitize(s)
		if err := checkSafe(out); err != nil {
			t.Fatal(err)
		}
		if again := Sanitize(out); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, out, again)
		}
		for _, w := range []Width{w1, w2} {
			if a, b := w.String(s), w.String(out); a != b {
				t.Fatalf("amb%d String(%q) = %d, String(Sanitize) = %d", w.Ambiguous(), s, a, b)
			}
			// Truncate, TruncateLeft and Pad draw safely and fit.
			for _, m := range []int{0, 1, 2, 5, 12} {
				for _, r := range []string{w.Truncate(s, m), w.TruncateLeft(s, m)} {
					if err := checkSafe(r); err != nil {
						t.Fatal(err)
					}
					if rw := w.String(r); rw > m {
						t.Fatalf("amb%d truncated %q to %q: %d > %d columns", w.Ambiguous(), s, r, rw, m)
					}
				}
				if p := w.Pad(s, m); w.String(p) != m {
					t.Fatalf("amb%d Pad(%q, %d) = %q is %d columns", w.Ambiguous(), s, m, p, w.String(p))
				}
			}
		}
	})
}

// paragraphs returns about 30 KB of Chinese prose in paragraphs.
func paragraphs() []string {
	var out []string
	size := 0
	for i := 0; size < 30*1024; i++ {
		p := corpus[i%2] + longLine(60+i%50) + "。" + corpus[1]
		out = append(out, p)
		size += len(p)
	}
	return out
}

func BenchmarkWrap(b *testing.B) {
	ps := paragraphs()
	n := 0
	for _, p := range ps {
		n += len(p)
	}
	for _, w := range []Width{w1, w2} {
		b.Run(fmt.Sprintf("amb%d", w.Ambiguous()), func(b *testing.B) {
			b.SetBytes(int64(n))
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range ps {
					w.Wrap(p, 80, 4)
				}
			}
		})
	}
}

func BenchmarkWrapLongLine(b *testing.B) {
	s := longLine(10000)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		w2.Wrap(s, 80, 0)
	}
}

func BenchmarkString(b *testing.B) {
	s := strings.Join(paragraphs(), "")
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		w2.String(s)
	}
}
