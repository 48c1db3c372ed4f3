package parse

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"wenji/model"
)

// TestMarkPaidLinear: the paid-marker pass that finds each line's markers
// once (and looks for ## and $$ again only when passed) narrows lines and
// lists markers exactly as the former pass, which searched the whole line
// again for each marker it cut, did: on random lines of markers, parts of
// markers, white space and text.
func TestMarkPaidLinear(t *testing.T) {
	atoms := []string{"##", "$$", "#", "$", "paid", "paidbegin", "PAIDEND", "pagebreak", "free", "begin", "end",
		"##paid##", "$$paidend$$", "##pagebreak##", " ", "\u3000", "正文", "a", "。"}
	rng := rand.New(rand.NewPCG(5, 6))
	marked := 0
	for range 100000 {
		text := joinRandom(rng, atoms, 14, "")
		s, e := trimSpace(text, 0, len(text))
		got, want := line{start: s, end: e}, line{start: s, end: e}
		gj := markPaid(text, &got, nil)
		wj := markPaidRef(text, &want, nil)
		if got != want || !reflect.DeepEqual(gj, wj) {
			t.Fatalf("%q: line %+v junk %v, want %+v %v", text, got, gj, want, wj)
		}
		marked += len(wj)
	}
	if marked < 10000 {
		t.Fatalf("only %d markers: the lines do not reach the cases", marked)
	}
}

// markPaidRef is the former markPaid.
func markPaidRef(text string, l *line, junk []model.Junk) []model.Junk {
	if l.blank() {
		return junk
	}
	if strings.IndexByte(text[l.start:l.end], '#') < 0 && strings.IndexByte(text[l.start:l.end], '$') < 0 {
		return junk
	}
	for _, m := range findPaidMarkersRef(text, l.start, l.end) {
		junk = append(junk, model.Junk{Kind: model.JunkPaidMarker, Span: m, Line: int(l.num)})
	}
	for {
		n := paidMarkerLen(text[l.start:l.end])
		if n == 0 {
			break
		}
		l.start, l.end = trimSpace(text, l.start+n, l.end)
	}
	for l.end-l.start >= 4 {
		found := false
		for _, m := range findPaidMarkersRef(text, l.start, l.end) {
			if m.End == l.end {
				l.start, l.end = trimSpace(text, l.start, m.Start)
				found = true
			}
		}
		if !found {
			break
		}
	}
	if l.blank() {
		l.junk = true
	}
	return junk
}

// findPaidMarkersRef is the former findPaidMarkers.
func findPaidMarkersRef(text string, s, e int) []model.Span {
	var out []model.Span
	for at := s; at < e; {
		seg := text[at:e]
		i := strings.Index(seg, "##")
		if d := strings.Index(seg, "$$"); d >= 0 && (i < 0 || d < i) {
			i = d
		}
		if i < 0 {
			break
		}
		i += at
		if n := paidMarkerLen(text[i:e]); n > 0 {
			out = append(out, model.Span{Start: i, End: i + n})
			at = i + n
			continue
		}
		at = i + 1
	}
	return out
}

// TestSpreadPromoSweeps: the two sweeps mark the fragments next to
// advertising that the former loop, repeated until nothing changed,
// marked: on random documents of advertising, fragments, prose, blank and
// all-marker lines.
func TestSpreadPromoSweeps(t *testing.T) {
	kinds := []string{"【某某素材库】会员群每天更新，添加客服：abc，谨防假冒！", "联系：1 4367", "关注公众号", "扫码下载",
		"正文内容，介绍做法。", "加强领导", "", "##paidend##", "微信：abc12345"}
	rng := rand.New(rand.NewPCG(7, 8))
	spread := 0
	for range 20000 {
		text := joinRandom(rng, kinds, 16, "\n")
		lines := splitLines(text)
		for i := range lines {
			markPaid(text, &lines[i], nil)
		}
		kind, got, want := make([]uint8, len(lines)), make([]bool, len(lines)), make([]bool, len(lines))
		for i := range lines {
			if !lines[i].blank() && isPromo(text[lines[i].start:lines[i].end]) {
				kind[i], want[i] = 1, true
			}
		}
		spreadPromo(text, lines, kind, nil, registerGenre)
		spreadPromoRef(text, lines, want)
		for i := range kind {
			got[i] = kind[i] != 0
		}
		if !slices.Equal(got, want) {
			t.Fatalf("%q: %v, want %v", text, got, want)
		}
		for i := range got {
			if got[i] && !isPromo(text[lines[i].start:lines[i].end]) {
				spread++
			}
		}
	}
	if spread < 1000 {
		t.Fatalf("only %d fragments joined: the documents do not reach the cases", spread)
	}
}

// spreadPromoRef is the former loop: sweep down until nothing changes.
func spreadPromoRef(text string, lines []line, promo []bool) {
	neighbour := func(i, dir int) bool {
		for j := i + dir; j >= 0 && j < len(lines); j += dir {
			if lines[j].blank() && !promo[j] {
				continue
			}
			return promo[j]
		}
		return false
	}
	for changed := true; changed; {
		changed = false
		for i := range lines {
			if promo[i] || lines[i].blank() {
				continue
			}
			p := text[lines[i].start:lines[i].end]
			if (neighbour(i, -1) || neighbour(i, 1)) && (isPromoFragment(p) || isNoticeFragment(p) && !isOutlineLine(p)) && !isGenreSentence(p) {
				promo[i] = true
				changed = true
			}
		}
	}
}
