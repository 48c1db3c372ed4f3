package cjk

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

var (
	w1 = New(1)
	w2 = New(2)
)

func both(t *testing.T, f func(t *testing.T, w Width)) {
	t.Helper()
	for _, w := range []Width{w1, w2} {
		t.Run(fmt.Sprintf("amb%d", w.Ambiguous()), func(t *testing.T) { f(t, w) })
	}
}

func TestAmbiguous(t *testing.T) {
	if New(1).Ambiguous() != 1 || New(2).Ambiguous() != 2 || New(0).Ambiguous() != 1 {
		t.Fatal("New/Ambiguous mismatch")
	}
	var zero Width
	if zero.Ambiguous() != 1 || zero.String("“中”") != 4 {
		t.Fatal("zero Width must measure with ambiguous = 1")
	}
}

func TestAmbiguousFromEnv(t *testing.T) {
	tests := []struct {
		eastAsian, lcAll, lcCtype, lang string
		want                            int
	}{
		{"1", "", "", "en_US.UTF-8", 2},
		{"0", "zh_CN.UTF-8", "", "", 1},
		{"", "zh_CN.UTF-8", "", "", 2},
		{"", "", "ja_JP.UTF-8", "", 2},
		{"", "", "", "ko_KR.UTF-8", 2},
		{"", "", "", "zh_TW", 2},
		{"", "", "", "en_US.UTF-8", 1},
		{"", "C", "", "zh_CN.UTF-8", 1},
		{"", "", "", "", 1},
	}
	for _, tt := range tests {
		t.Setenv("RUNEWIDTH_EASTASIAN", tt.eastAsian)
		t.Setenv("LC_ALL", tt.lcAll)
		t.Setenv("LC_CTYPE", tt.lcCtype)
		t.Setenv("LANG", tt.lang)
		if got := AmbiguousFromEnv(); got != tt.want {
			t.Errorf("AmbiguousFromEnv(%+v) = %d, want %d", tt, got, tt.want)
		}
	}
}

func TestRune(t *testing.T) {
	tests := []struct {
		r      rune
		w1, w2 int
	}{
		{'a', 1, 1}, {'中', 2, 2}, {'。', 2, 2}, {'Ａ', 2, 2},
		{'“', 1, 2}, {'”', 1, 2}, {'‘', 1, 2}, {'’', 1, 2},
		{'…', 1, 2}, {'—', 1, 2}, {'·', 1, 2}, {'①', 1, 2},
		{'─', 1, 2}, {'│', 1, 2}, {'○', 1, 2},
		{'\t', 4, 4}, {'\n', 1, 1}, {'\r', 0, 0}, {0x1b, 1, 1}, {0x07, 1, 1},
		{0x7f, 1, 1}, {0x9b, 1, 2}, {0x200e, 0, 0}, {0x202e, 0, 0},
		{0x0301, 0, 0}, {0xD800, 1, 2}, {-1, 1, 2}, {0x110000, 1, 2},
	}
	for _, tt := range tests {
		if got := w1.Rune(tt.r); got != tt.w1 {
			t.Errorf("amb1 Rune(%U) = %d, want %d", tt.r, got, tt.w1)
		}
		if got := w2.Rune(tt.r); got != tt.w2 {
			t.Errorf("amb2 Rune(%U) = %d, want %d", tt.r, got, tt.w2)
		}
	}
}

func TestString(t *testing.T) {
	tests := []struct {
		s      string
		w1, w2 int
	}{
		{"", 0, 0},
		{"hello", 5, 5},
		{"中文", 4, 4},
		{"“中文”", 6, 8},
		{"……", 2, 4},
		{"——", 2, 4},
		{"·①─│○", 5, 10},
		{"a\tb", 6, 6},
		{"\x1b[2J", 4, 4},
		{"\x1b]0;title\x07", 10, 10},
		{"a\r\nb", 3, 3},
		{"\u202eabc\u202c", 3, 3},
		{"e\u0301", 1, 1},
		{"中\u0301文", 4, 4},
		// Emoji sequences count as tmux 3.3 draws them (cursor_x after
		// printing each in a pane): a skin tone apart (4), a ZWJ sequence
		// and a flag as one emoji (2), never narrower than go-runewidth.
		{"👍🏽", 4, 4},
		{"👨\u200d👩\u200d👧", 2, 2},
		{"👩\u200d💻", 2, 2},
		{"👩🏽\u200d💻", 4, 4},
		{"🏳\ufe0f\u200d🌈", 2, 2},
		{"🇨🇳", 2, 2},
		{"🇨", 1, 1},
		{"🇨🇳🇺", 3, 3},
		// Whatever follows a ZWJ joins the cell before it, narrow or
		// wide, and a subdivision flag's tags take no column (it
		// counted 8, the bear 3, the pirate flag 3).
		{"🐻\u200d❄\ufe0f", 2, 2},
		{"🏴\u200d☠\ufe0f", 2, 2},
		{"🧑🏽\u200d🤝\u200d🧑🏽", 6, 6},
		{"🏴\U000E0067\U000E0062\U000E0073\U000E0063\U000E0074\U000E007F", 2, 2},
		{"❤\ufe0f\u200d🔥", 2, 2},
		{"a\u200db", 2, 2},
		{"\xff", 1, 2},
		{"a\x9bb", 3, 4},
		{"a\u009bb", 3, 4},
		{"😀\u200e\u200d😀", 2, 2}, // joined once the LRM is dropped, as a ZWJ sequence
	}
	for _, tt := range tests {
		if got := w1.String(tt.s); got != tt.w1 {
			t.Errorf("amb1 String(%q) = %d, want %d", tt.s, got, tt.w1)
		}
		if got := w2.String(tt.s); got != tt.w2 {
			t.Errorf("amb2 String(%q) = %d, want %d", tt.s, got, tt.w2)
		}
		for _, w := range []Width{w1, w2} {
			if a, b := w.String(tt.s), w.String(Sanitize(tt.s)); a != b {
				t.Errorf("amb%d String(%q) = %d but String(Sanitize) = %d", w.Ambiguous(), tt.s, a, b)
			}
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		s      string
		max    int
		w1, w2 string
	}{
		{"中文字符串", 5, "中文…", "中…"},
		{"中文字符串", 10, "中文字符串", "中文字符串"},
		{"中文字符串", 9, "中文字符…", "中文字…"},
		{"abcdef", 4, "abc…", "ab…"},
		{"abc", 3, "abc", "abc"},
		{"abc", 2, "a…", "…"},
		{"abcd", 1, "…", "a"},
		{"中文", 1, "…", ""},
		{"abc", 0, "", ""},
		{"abc", -3, "", ""},
		{"“引号”很长", 4, "“引…", "“…"},
		{"e\u0301e\u0301e\u0301", 2, "e\u0301…", "…"},
		{"\x1b[31mred", 5, "␛[31…", "␛[3…"},
	}
	for _, tt := range tests {
		for _, c := range []struct {
			w    Width
			want string
		}{{w1, tt.w1}, {w2, tt.w2}} {
			got := c.w.Truncate(tt.s, tt.max)
			if got != c.want {
				t.Errorf("amb%d Truncate(%q, %d) = %q, want %q", c.w.Ambiguous(), tt.s, tt.max, got, c.want)
			}
			if gw := c.w.String(got); gw > max(tt.max, 0) {
				t.Errorf("amb%d Truncate(%q, %d) = %q is %d columns", c.w.Ambiguous(), tt.s, tt.max, got, gw)
			}
		}
	}
}

func TestTruncateLeft(t *testing.T) {
	tests := []struct {
		s      string
		max    int
		w1, w2 string
	}{
		{"中文字符串", 5, "…符串", "…串"},
		{"中文字符串", 10, "中文字符串", "中文字符串"},
		{"abcdef", 4, "…def", "…ef"},
		{"abcd", 1, "…", "d"},
		{"abc", 0, "", ""},
		{"a中b", 2, "…b", "…"},
		{"/home/用户/文集/卷一.txt", 12, "…集/卷一.txt", "…/卷一.txt"},
		{"abe\u0301", 2, "…e\u0301", "…"},
	}
	for _, tt := range tests {
		for _, c := range []struct {
			w    Width
			want string
		}{{w1, tt.w1}, {w2, tt.w2}} {
			got := c.w.TruncateLeft(tt.s, tt.max)
			if got != c.want {
				t.Errorf("amb%d TruncateLeft(%q, %d) = %q, want %q", c.w.Ambiguous(), tt.s, tt.max, got, c.want)
			}
			if gw := c.w.String(got); gw > max(tt.max, 0) {
				t.Errorf("amb%d TruncateLeft(%q, %d) = %q is %d columns", c.w.Ambiguous(), tt.s, tt.max, got, gw)
			}
		}
	}
}

func TestPad(t *testing.T) {
	tests := []struct {
		s      string
		width  int
		w1, w2 string
	}{
		{"中文", 5, "中文 ", "中文 "},
		{"中文字符串", 5, "中文…", "中… "},
		{"“书”", 6, "“书”  ", "“书”"},
		{"abc", 3, "abc", "abc"},
		{"abc", 0, "", ""},
		{"a\tb", 7, "a    b ", "a    b "},
		{"\x1b", 2, "␛ ", "␛ "},
	}
	for _, tt := range tests {
		for _, c := range []struct {
			w    Width
			want string
		}{{w1, tt.w1}, {w2, tt.w2}} {
			got := c.w.Pad(tt.s, tt.width)
			if got != c.want {
				t.Errorf("amb%d Pad(%q, %d) = %q, want %q", c.w.Ambiguous(), tt.s, tt.width, got, c.want)
			}
			if gw := c.w.String(got); gw != max(tt.width, 0) {
				t.Errorf("amb%d Pad(%q, %d) = %q is %d columns", c.w.Ambiguous(), tt.s, tt.width, got, gw)
			}
		}
	}
}

// checkSafe reports what in s could reach the terminal as a control.
func checkSafe(s string) error {
	if !utf8.ValidString(s) {
		return fmt.Errorf("invalid UTF-8 in %q", s)
	}
	for i, r := range s {
		switch {
		case r == 0x1b:
			return fmt.Errorf("ESC at %d in %q", i, s)
		case r < 0x20 && r != '\n', r == 0x7f:
			return fmt.Errorf("C0/DEL %U at %d in %q", r, i, s)
		case r >= 0x80 && r <= 0x9f:
			return fmt.Errorf("C1 %U at %d in %q", r, i, s)
		case IsBidiControl(r):
			return fmt.Errorf("bidi control %U at %d in %q", r, i, s)
		}
	}
	return nil
}

func TestSanitize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"中文。hello", "中文。hello"},
		{"line\nnext", "line\nnext"},
		{"\x1b]52;c;SGVsbG8=\x07", "␛]52;c;SGVsbG8=␇"},
		{"\x1b[2J\x1b[H", "␛[2J␛[H"},
		{"\x1b]0;title\x07", "␛]0;title␇"},
		{"a\x9b31mb", "a\uFFFD31mb"},
		{"a\u009b31mb", "a\uFFFD31mb"},
		{"\u0080\u009f", "\uFFFD\uFFFD"},
		{"a\tb\t", "a    b    "},
		{"\u202eabc\u202c", "abc"},
		{"x\u2066y\u2069\u200e\u200f\u061c\u202a\u202b\u202d\u2067\u2068z", "xyz"},
		{"\xff\xfe", "\uFFFD\uFFFD"},
		{"\xe4\xb8", "\uFFFD\uFFFD"},
		{"\xed\xa0\x80", "\uFFFD\uFFFD\uFFFD"},
		{"a\r\nb\rc", "a\nbc"},
		{"\x7f", "␡"},
		{"\x00\x08\x07\x1f", "␀␈␇␟"},
		{"\uFFFD", "\uFFFD"},
		// A ZWJ before a CJK character joins nothing, and tmux draws
		// the character in the cell before it; one joining emoji, or
		// letters of a script it shapes, stays.
		{"零\u200b宽\u200d连\u200c接\ufeff字", "零\u200b宽连\u200c接\ufeff字"},
		{"宽\u200d\u200d连\u200d。\u200d", "宽连。\u200d"},
		{"👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"},
		{"क्\u200dष ب\u200dا", "क्\u200dष ب\u200dا"},
	}
	for _, tt := range tests {
		got := Sanitize(tt.in)
		if got != tt.want {
			t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if err := checkSafe(got); err != nil {
			t.Error(err)
		}
		if again := Sanitize(got); again != got {
			t.Errorf("Sanitize not idempotent on %q: %q", got, again)
		}
	}
}

func TestSanitizeNoAlloc(t *testing.T) {
	s := strings.Repeat("中文。“引号”hello, world… ①─│\n", 20)
	if n := testing.AllocsPerRun(100, func() { _ = Sanitize(s) }); n != 0 {
		t.Errorf("Sanitize of clean text allocates %v times", n)
	}
	if Sanitize(s) != s {
		t.Error("clean text changed")
	}
}

func TestSanitizeRune(t *testing.T) {
	tests := []struct {
		r    rune
		want string
		ok   bool
	}{
		{'a', "", false}, {'中', "", false}, {'\n', "", false}, {0xFFFD, "", false},
		{0x1b, "␛", true}, {'\t', TabSpaces, true}, {'\r', "", true},
		{0x7f, "␡", true}, {0x9b, Replacement, true}, {0x202e, "", true},
		{0xDFFF, Replacement, true}, {-5, Replacement, true},
	}
	for _, tt := range tests {
		got, ok := SanitizeRune(tt.r)
		if got != tt.want || ok != tt.ok {
			t.Errorf("SanitizeRune(%U) = %q, %v; want %q, %v", tt.r, got, ok, tt.want, tt.ok)
		}
	}
}

// TestSanitizeLine: one line whatever the name holds; the rest as Sanitize.
func TestSanitizeLine(t *testing.T) {
	for in, want := range map[string]string{
		"a\nb":        "a␊b",
		"报告\r\n第二行":   "报告␊第二行",
		"\x1b[2J":     "␛[2J",
		"plain 文字":    "plain 文字",
		"\n\n":        "␊␊",
		"tab\there\n": "tab    here␊",
	} {
		if got := SanitizeLine(in); got != want {
			t.Errorf("SanitizeLine(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSanitizeName: a name keeps to one line and shows every control,
// a tab as ␉ (not blanks: "a\tb" and "a    b" are two files), CR as ␍.
func TestSanitizeName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"报告.txt", "报告.txt"},
		{"evil\nname.txt", "evil␊name.txt"},
		{"tab\tc\x1b[31m.txt", "tab␉c␛[31m.txt"},
		{"cr\r.txt", "cr␍.txt"},
	} {
		if got := SanitizeName(c.in); got != c.want {
			t.Errorf("SanitizeName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
