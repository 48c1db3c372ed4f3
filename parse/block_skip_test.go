package parse

import (
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"wenji/model"
)

// TestBlockJoinsSkip: joinBlocks and joinRuns, whose blockWhole passes
// over a block with no notice of its own unweighed, and whose joinRuns
// asks headsParagraph only of a line the run's marking took, mark what
// they marked when every block and run was weighed whole (blockWholeRef,
// joinRunsRef), kinds included: on random documents of notices, chrome,
// items, headings, short and long prose and blank lines, with lines
// marked at random beside what firstLooks marks, and on the corpus.
func TestBlockJoinsSkip(t *testing.T) {
	long := strings.Repeat("坚持以人民为中心的发展思想，推动各项工作落地见效。", 8)
	atoms := []string{"【某某素材库】会员群每天更新，添加客服：abc，谨防假冒！", "联系：1 4367", "关注公众号", "扫码下载",
		"正文内容，介绍做法。", "加强领导", "", "", "微信：abc12345", "当前位置：首页 > 范文", "更多精彩内容请关注",
		"京ICP备12345678号", "1. 本平台仅撮合交易", "2. 不提供退款", "突出示范引领，放大典型带动效应", "温馨提示：",
		"「县域治理观察」", "公考帮 · 遴选有道", "2023年5月6日", long, long, "一、总体要求", "点菜　　评价 4.8　　商家"}
	rng := rand.New(rand.NewPCG(33, 7))
	marked := 0
	check := func(text string, lines []line, promo, chrome []uint8) {
		reg := textRegister(text)
		for _, c := range []struct {
			name      string
			join, ref func(string, []line, []uint8, []uint8, register)
		}{
			{"joinBlocks", joinBlocks, joinBlocksRef},
			{"joinRuns", joinRuns, joinRunsRef},
		} {
			got, want := slices.Clone(promo), slices.Clone(promo)
			c.join(text, lines, got, chrome, reg)
			c.ref(text, lines, want, chrome, reg)
			if !slices.Equal(got, want) {
				t.Fatalf("%s of %q (promo %v, chrome %v): %v, want %v", c.name, text, promo, chrome, got, want)
			}
			for i := range got {
				if got[i] != promo[i] {
					marked++
				}
			}
		}
	}
	for range 20000 {
		text := joinRandom(rng, atoms, 14, "\n")
		lines := splitLines(text)
		for i := range lines {
			markPaid(text, &lines[i], nil)
		}
		f := firstLooks(text, lines, textRegister(text))
		for i := range lines {
			if !lines[i].blank() && f.promo[i] == 0 && rng.IntN(5) == 0 {
				f.promo[i] = 1 + uint8(rng.IntN(int(model.JunkWebChrome)+1))
			}
		}
		check(text, lines, f.promo, f.kind)
	}
	if marked == 0 {
		t.Fatal("no line joined: the test compares nothing")
	}
	more, _ := filepath.Glob("testdata/*.txt")
	for _, name := range append([]string{seedPath}, more...) {
		text := readOrSkip(t, name)
		lines := splitLines(text)
		f := firstLooks(text, lines, textRegister(text))
		check(text, lines, f.promo, f.kind)
	}
}

// joinBlocksRef is joinBlocks weighing every block whole (blockWholeRef).
func joinBlocksRef(text string, lines []line, promo, chrome []uint8, reg register) {
	for i := 0; i < len(lines); {
		if lines[i].blank() {
			i++
			continue
		}
		j := i
		for j < len(lines) && !lines[j].blank() {
			j++
		}
		if j-i >= 2 && j-i <= maxPoolLines {
			blockWholeRef(text, lines[i:j], promo[i:j], chrome[i:j], reg)
		}
		i = j
	}
}

// joinRunsRef is joinRuns as it was: headsParagraph asked of every run,
// every run weighed whole (blockWholeRef).
func joinRunsRef(text string, lines []line, promo, chrome []uint8, reg register) {
	gluedRuns(lines, func(i, j int) {
		keep := j < len(lines) && !lines[j].blank() && promo[j-1] == 0 && chrome[j-1]&chromeAlone == 0 &&
			headsParagraph(text[lines[j-1].start:lines[j-1].end])
		blockWholeRef(text, lines[i:j], promo[i:j], chrome[i:j], reg)
		if keep {
			promo[j-1] = 0
		}
	})
}

// blockWholeRef is blockWhole without its early return for a block with
// no notice of its own: each line weighed until one is refused.
func blockWholeRef(text string, block []line, promo, chrome []uint8, reg register) {
	var kind uint8
	size, own, stray := 0, 0, 0
	for k := range block {
		if promo[k] != 0 || chrome[k]&chromeAlone != 0 && !block[k].junk {
			own++
		}
	}
	for k := range block {
		size += block[k].end - block[k].start
		switch {
		case promo[k] != 0:
			if kind == 0 {
				kind = promo[k]
			}
		case chrome[k]&chromeAlone != 0 && !block[k].junk:
			if kind == 0 {
				kind = 1 + uint8(model.JunkWebChrome)
			}
		case !blockMember(text, &block[k], reg) && !signalledMember(text, &block[k], reg) && !listMate(text, block, k, reg) &&
			!(own >= 2 && 2*own > len(block) && labelMember(text, &block[k])):
			if own < 2 || stray > 0 || k == 0 || k == len(block)-1 || !strayMember(text, &block[k]) {
				return
			}
			stray++
		case kind == 0 && len(block) < 3 && !blockHead(text[block[k].start:block[k].end]):
			return
		}
	}
	if kind == 0 || size > maxPoolBytes {
		return
	}
	for k := range promo {
		if promo[k] == 0 {
			promo[k] = kind
		}
	}
}
