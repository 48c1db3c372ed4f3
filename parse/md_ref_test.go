package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMdInlineCached: mdInline, which remembers where the next ](, ) and >
// stand, strips inline Markdown exactly as the former, which looked for
// them from every [ and <, did: on random strings of links, brackets,
// angle brackets, emphasis and escapes.
func TestMdInlineCached(t *testing.T) {
	atoms := []string{"[", "]", "(", ")", "](", "<", ">", "<https://a.b>", "<b>", "</b>", "*", "_", "~", "`", "!", "\\", "\\[",
		"a", "文字", " ", "[链接](http://x)", "![图](y)", "snake_case"}
	rng := rand.New(rand.NewPCG(9, 10))
	changed := 0
	for range 100000 {
		s := joinRandom(rng, atoms, 12, "")
		got, want := mdInline(s), mdInlineRef(s)
		if got != want {
			t.Fatalf("mdInline(%q) = %q, want %q", s, got, want)
		}
		if got != s {
			changed++
		}
	}
	if changed < 10000 {
		t.Fatalf("only %d strings changed: the test does not reach the markup", changed)
	}
}

// mdInlineRef is the former mdInline.
func mdInlineRef(s string) string {
	if !strings.ContainsAny(s, "*_~`[]!<\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!|~<>", s[i+1]) >= 0:
			b.WriteByte(s[i+1])
			i += 2
			continue
		case c == '*' || c == '~':
			i++ // emphasis and strike-through marks
			continue
		case c == '_':
			// _emphasis_ at word edges; snake_case stays.
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if !(isWordByte(prev) && isWordByte(next)) {
				i++
				continue
			}
		case c == '`':
			i++
			continue
		case c == '!' && i+1 < len(s) && s[i+1] == '[':
			i++ // an image: its alt text stays
			continue
		case c == '[':
			if j := strings.Index(s[i:], "]("); j > 0 {
				if k := strings.IndexByte(s[i+j:], ')'); k > 0 {
					b.WriteString(mdInlineRef(s[i+1 : i+j]))
					i += j + k + 1
					continue
				}
			}
		case c == '<':
			if j := strings.IndexByte(s[i:], '>'); j > 1 {
				inner := s[i+1 : i+j]
				switch {
				case strings.HasPrefix(inner, "http://") || strings.HasPrefix(inner, "https://"):
					b.WriteString(inner)
					i += j + 1
					continue
				case isTagName(inner):
					i += j + 1
					continue
				}
			}
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}
