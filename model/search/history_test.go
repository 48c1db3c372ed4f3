package search

import (
	"errors"
	"fmt"
	"testing"
)

// TestHistoryText: a query typed with spaces at its ends is kept in a
// history as the same query without them, one entry, and the text kept
// means what the text typed meant (CompileInput reads the same query from
// both); a query with nothing to find is kept as nothing.
func TestHistoryText(t *testing.T) {
	for in, want := range map[string]string{
		"甲":         "甲",
		" 甲 ":       "甲",
		"\u3000甲\t": "甲",
		"甲\n乙":      "甲乙",
		"# 甲 ":      "#甲",
		"@ zg ":     "@zg",
		"#@ zg ":    "#@zg",
		`\甲 `:       `\甲 `,
		`#\ 甲 `:     `#\ 甲 `,
		" #甲 ":      " #甲",
		` \甲`:       ` \甲`,
		"# @甲":      "# @甲",
		"  ":        "",
		"#":         "",
		"# ":        "",
		`\`:         "",
		"@\u3000":   "",
	} {
		got := HistoryText(in)
		if got != want {
			t.Errorf("HistoryText(%q) = %q, want %q", in, got, want)
		}
		q1, h1, err1 := CompileInput(in)
		q2, h2, err2 := CompileInput(got)
		if want == "" {
			if !errors.Is(err1, ErrEmptyQuery) {
				t.Errorf("%q kept as nothing, but it compiles: %v", in, err1)
			}
			continue
		}
		if err1 != nil || err2 != nil || h1 != h2 || q1.Regexp != q2.Regexp || q1.Pinyin != q2.Pinyin ||
			string(q1.folded) != string(q2.folded) || fmt.Sprint(q1.re) != fmt.Sprint(q2.re) || fmt.Sprint(q1.pinyin) != fmt.Sprint(q2.pinyin) {
			t.Errorf("%q kept as %q means another query: %v %v", in, got, err1, err2)
		}
	}
}
