package parse

import (
	"math/rand/v2"
	"path/filepath"
	"runtime"
	"slices"
	"testing"

	"wenji/model"
)

// TestNextMarked: the first set index of promo or carriers either way.
func TestNextMarked(t *testing.T) {
	promo := []uint8{0, 2, 0, 0, 0, 1, 0}
	carriers := []uint8{0, 0, 0, 3, 0, 0, 0}
	for _, c := range []struct {
		carriers           []uint8
		i, end, step, want int
	}{
		{nil, 0, 7, 1, 1}, {nil, 2, 7, 1, 5}, {nil, 6, 7, 1, 7}, {nil, 6, -1, -1, 5}, {nil, 4, -1, -1, 1}, {nil, 0, -1, -1, -1},
		{carriers, 2, 7, 1, 3}, {carriers, 4, -1, -1, 3}, {nil, 7, 7, 1, 7},
	} {
		if got := nextMarked(promo, c.carriers, c.i, c.end, c.step); got != c.want {
			t.Errorf("nextMarked(%v, %v, %d, %d, %d) = %d, want %d", promo, c.carriers, c.i, c.end, c.step, got, c.want)
		}
	}
}

// TestSpreadPromoSkips: spreadPromo, which skips the lines where nothing
// is carried, marks what the sweeps reading every line (spreadPromoFullRef)
// mark, kinds included, with and without carriers, on random documents of
// advertising, notices, fragments, chrome, prose and blank lines and on
// the corpus.
func TestSpreadPromoSkips(t *testing.T) {
	kinds := []string{"【某某素材库】会员群每天更新，添加客服：abc，谨防假冒！", "联系：1 4367", "关注公众号", "扫码下载",
		"正文内容，介绍做法。", "加强领导", "", "", "##paidend##", "微信：abc12345", "当前位置：首页 > 范文", "更多精彩内容请关注",
		"原文链接：http://example.com", "本文来源于网络", "点击阅读全文"}
	rng := rand.New(rand.NewPCG(17, 3))
	defer func(p, c int) { runtime.GOMAXPROCS(p); passChunk = c }(runtime.GOMAXPROCS(4), passChunk)
	check := func(text string, lines []line, promo, carriers []uint8) int {
		want := slices.Clone(promo)
		spreadPromoFullRef(text, lines, want, carriers, registerGenre)
		var got []uint8
		// nearFragments' chunks, their seams anywhere: a line's nearest
		// text in the chunk before or after, across blank lines.
		for _, chunk := range []int{4096, 1, 2, 3} {
			passChunk = chunk
			got = slices.Clone(promo)
			spreadPromo(text, lines, got, carriers, registerGenre)
			if !slices.Equal(got, want) {
				t.Fatalf("%q (carriers %v, chunks of %d lines): %v, want %v", text, carriers, chunk, got, want)
			}
		}
		n := 0
		for i := range got {
			if got[i] != promo[i] {
				n++
			}
		}
		return n
	}
	spread := 0
	for round := range 20000 {
		text := joinRandom(rng, kinds, 16, "\n")
		lines := splitLines(text)
		for i := range lines {
			markPaid(text, &lines[i], nil)
		}
		promo := make([]uint8, len(lines))
		var carriers []uint8
		if round%2 == 1 {
			carriers = make([]uint8, len(lines))
		}
		for i := range lines {
			p := text[lines[i].start:lines[i].end]
			switch {
			case lines[i].blank():
			case isPromo(p):
				promo[i] = 1 + uint8(model.JunkPromo)
			case carriers != nil && rng.IntN(6) == 0:
				carriers[i] = 1 + uint8(rng.IntN(3))
			}
		}
		spread += check(text, lines, promo, carriers)
	}
	if spread == 0 {
		t.Fatal("no fragment spread: the test compares nothing")
	}
	names := []string{seedPath}
	more, _ := filepath.Glob("testdata/*.txt")
	for _, name := range append(names, more...) {
		text := readOrSkip(t, name)
		lines := splitLines(text)
		f := firstLooks(text, lines, textRegister(text))
		check(text, lines, f.promo, nil)
	}
}

// spreadPromoFullRef is spreadPromo as it was before it skipped the lines
// where nothing is carried: both sweeps take every line.
func spreadPromoFullRef(text string, lines []line, promo, carriers []uint8, reg register) {
	for _, down := range [2]bool{true, false} {
		i, end, step := 0, len(lines), 1
		if !down {
			i, end, step = len(lines)-1, -1, -1
		}
		var sw spreadSweep
		for ; i != end; i += step {
			sw.take(text, lines, promo, carriers, i, down, reg)
		}
	}
}
