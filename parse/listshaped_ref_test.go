package parse

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// listShapedRef is listShaped as it counted before runesOver and the
// bound on the first sentence's bytes: every count whole.
func listShapedRef(s string) bool {
	end := strings.Index(s, "。")
	if end < 0 {
		end = strings.Index(s, "；")
		return end == len(s)-len("；") && runeLen(s) <= maxColonItem
	}
	if end == len(s)-len("。") {
		return runeLen(s) <= maxColonItem
	}
	r := utf8.RuneCountInString(s[:end])
	return r >= minRunInHead && r <= maxRunInHead && runeLen(s[end+len("。"):]) >= minRunInText
}

// listShapedPieces build paragraphs around listShaped's bounds: runs of
// Han, ASCII and broken bytes (stray continuation bytes, which runeLen
// does not count and RuneCountInString does) either side of 。 and ；.
var listShapedPieces = []string{"。", "；", "电", "发展", "a", "ab12", "𠀀", strings.Repeat("𠀀", 10), "\x80", "\x80\x80\x80\x80", "\xe3", "，", "\u3000", strings.Repeat("推进", 9), strings.Repeat("\x80", 40), strings.Repeat("x", 30)}

// TestListShapedCounts: listShaped says what it said when it counted
// every rune (listShapedRef), on text and broken bytes, near each bound.
func TestListShapedCounts(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	cases := []string{"", "。", "；", "加强统筹协调。", "新增城镇就业六万人以上。", "落实工业发展专项资金五千六百万元；",
		"突出抓好重点群体就业。坚持分类施策，稳定和扩大就业岗位，全年城镇新增就业六万人。",
		strings.Repeat("电", 31) + "。" + strings.Repeat("电", 20), strings.Repeat("电", 30) + "。" + strings.Repeat("电", 20),
		strings.Repeat("电", 4) + "。" + strings.Repeat("电", 19), strings.Repeat("电", 80) + "。", strings.Repeat("电", 81) + "。",
		strings.Repeat("\x80", 400) + "。", "电。" + strings.Repeat("\x80", 300), strings.Repeat("a", 121) + "。" + strings.Repeat("电", 20),
		"电电电电。" + strings.Repeat("\x80", 100) + "电"}
	for range 50000 {
		var b strings.Builder
		for range r.IntN(24) {
			b.WriteString(listShapedPieces[r.IntN(len(listShapedPieces))])
		}
		cases = append(cases, b.String())
	}
	for _, s := range cases {
		if got, want := listShaped(s), listShapedRef(s); got != want {
			t.Fatalf("listShaped(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzListShaped: listShaped is listShapedRef on any bytes, and runesOver
// is runeLen's comparison.
func FuzzListShaped(f *testing.F) {
	f.Add("突出抓好重点群体就业。坚持分类施策，稳定和扩大就业岗位。", 20)
	f.Add(strings.Repeat("\x80", 100)+"电", 3)
	f.Fuzz(func(t *testing.T, s string, n int) {
		if got, want := listShaped(s), listShapedRef(s); got != want {
			t.Errorf("listShaped(%q) = %v, want %v", s, got, want)
		}
		n = n & 0xff
		if got, want := runesOver(s, n), runeLen(s) > n; got != want {
			t.Errorf("runesOver(%q, %d) = %v, want %v", s, n, got, want)
		}
	})
}
