package parse

import (
	"cmp"
	"slices"
	"sort"
	"strings"
)

// inlineMarker is a numbering found inside a paragraph: 一是, 二要, 第三，, 其次，.
type inlineMarker struct {
	pos, size int
	family    string
	num       int
}

// boundaryBefore reports whether position i of s starts a clause: the
// paragraph's start or after a clause-ending mark.
func boundaryBefore(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := lastRune(s[:i])
	for isClosing(r) && i > 0 {
		_, size := lastRune(s[:i])
		i -= size
		r, _ = lastRune(s[:i])
	}
	switch r {
	case '。', '；', '：', '！', '？', '，', ';', ':', ' ', '\u3000':
		return true
	}
	return false
}

// inlineMarkers lists the numbering markers inside s at clause starts: 一是
// and 二要 (a Han numeral of one or two runes before 是/要), 第一， and 其二、
// (a numeral between 第/其 and a comma), 首先， 其次， 再次， 最后，. It reads
// s once, decoding only the three-byte runes in place and stopping on the
// few that end or open a marker (eight strings.Index passes, one a word,
// cost a third of the parse of a paragraph full of them).
func inlineMarkers(s string) []inlineMarker { return appendInlineMarkers(nil, s) }

// appendInlineMarkers is inlineMarkers appending to out: inline reads the
// paragraphs of a node into one buffer.
func appendInlineMarkers(out []inlineMarker, s string) []inlineMarker {
	from := len(out)
	for i := 0; i < len(s); {
		c := s[i]
		if c < 0xE0 || c >= 0xF0 || i+2 >= len(s) || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
			// Not a three-byte rune: no key word starts here.
			i++
			continue
		}
		if markerLast&(1<<(s[i+2]&0x3F)) == 0 {
			i += 3 // no rune of the switches below ends in this byte
			continue
		}
		r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
		switch r {
		case '是', '要':
			if m, ok := numberedBefore(s, i); ok {
				out = append(out, m)
			}
		case '第', '其':
			if m, ok := numberedAfter(s, i); ok {
				out = append(out, m)
			}
		}
		switch r {
		case '首', '其', '再', '最':
			for k, w := range firstlyWords {
				if !strings.HasPrefix(s[i:], w) || !boundaryBefore(s, i) {
					continue
				}
				if sep, ok := hasPrefixAny(s[i+len(w):], "，", ","); ok {
					num := k + 1
					if w == "最后" {
						num = -1
					}
					out = append(out, inlineMarker{pos: i, size: len(w) + len(sep), family: "首先", num: num})
				}
			}
		}
		i += 3
	}
	// The 是/要 markers start before the rune they were found at. (Most
	// paragraphs have one marker or none, and most lists are in order:
	// sort.Slice would allocate for nothing.)
	if mine := out[from:]; len(mine) > 1 && !slices.IsSortedFunc(mine, func(a, b inlineMarker) int { return a.pos - b.pos }) {
		sort.Slice(mine, func(i, j int) bool { return mine[i].pos < mine[j].pos })
	}
	return out
}

// markerLast holds, as bits 0-63, the low six bits of the last byte of
// each rune appendInlineMarkers stops on (是要第其首再最): a three-byte
// rune whose last byte is none of them is stepped over undecoded, as most
// runes of a paragraph are.
var markerLast = func() (m uint64) {
	for _, r := range "是要第其首再最" {
		m |= 1 << (r & 0x3F)
	}
	return m
}()

// firstlyWords are the ordinal adverbs of a 首先 run, in order.
var firstlyWords = []string{"首先", "其次", "再次", "最后"}

// numberedBefore reads a 一是 or 二要 marker whose 是/要 is at i.
func numberedBefore(s string, i int) (inlineMarker, bool) {
	j := i
	for k := 0; k < 2 && j > 0; k++ {
		r, size := lastRune(s[:j])
		if hanDigit(r) <= 0 && r != '十' {
			break
		}
		j -= size
	}
	if j == i || !boundaryBefore(s, j) {
		return inlineMarker{}, false
	}
	family := s[i : i+3]
	if v, n := hanNumber(s[j:i]); n == i-j && v > 0 && v <= 20 {
		return inlineMarker{pos: j, size: i - j + len(family), family: family, num: v}, true
	}
	return inlineMarker{}, false
}

// numberedAfter reads a 第一， or 其二、 marker whose 第/其 is at i.
func numberedAfter(s string, i int) (inlineMarker, bool) {
	pre := s[i : i+3]
	at := i + len(pre)
	if !boundaryBefore(s, i) {
		return inlineMarker{}, false
	}
	v, n := hanNumber(s[at:])
	if n == 0 || v > 20 {
		return inlineMarker{}, false
	}
	if sep, ok := hasPrefixAny(s[at+n:], "，", "、"); ok {
		return inlineMarker{pos: i, size: len(pre) + n + len(sep), family: pre, num: v}, true
	}
	return inlineMarker{}, false
}

// inlineSequences keeps the markers that form numbered runs (一是 then 二是 …;
// a new 一是 starts a new run) of two or more.
func inlineSequences(ms []inlineMarker) [][]inlineMarker {
	out, _ := appendSequences(nil, nil, ms)
	return out
}

// appendSequences is inlineSequences appending the runs to out and their
// markers to flat, and returning both: a caller that reads a paragraph's
// runs before the next paragraph's gives both back at length 0
// (runScratch), where a copy of each run was 2.6 MB of a 100 MB file's
// parse. A run is a slice of flat capped at its end, so a later append to
// flat, or to a run, leaves it be.
func appendSequences(out [][]inlineMarker, flat, ms []inlineMarker) ([][]inlineMarker, []inlineMarker) {
	// The runs open, one a family (是 要 第 其 首先), in an array: a map
	// made for every paragraph that has a marker was most of this. Each
	// run is built on the stack and copied out only when it is kept: most
	// 一是 are never followed by a 二是.
	var open [5][]inlineMarker
	var room [5][4]inlineMarker
	for f := range open {
		open[f] = room[f][:0]
	}
	family := func(f string) int {
		switch f {
		case "是":
			return 0
		case "要":
			return 1
		case "第":
			return 2
		case "其":
			return 3
		}
		return 4
	}
	flush := func(f int) {
		if len(open[f]) >= 2 {
			k := len(flat)
			flat = append(flat, open[f]...)
			out = append(out, flat[k:len(flat):len(flat)])
		}
		open[f] = open[f][:0]
	}
	for _, m := range ms {
		f := family(m.family)
		run := open[f]
		switch {
		case m.num == 1:
			flush(f)
			open[f] = append(open[f], m)
		case len(run) > 0 && (m.num == run[len(run)-1].num+1 || m.num == -1):
			open[f] = append(run, m)
			if m.num == -1 {
				flush(f)
			}
		}
	}
	for f := range open {
		flush(f)
	}
	if len(out) > 1 {
		// No two runs open at one marker: the order is the same for any sort.
		slices.SortFunc(out, func(a, b []inlineMarker) int { return cmp.Compare(a[0].pos, b[0].pos) })
	}
	return out, flat
}

// runScratch holds the lists inline reads one paragraph at a time: its
// numbered runs (appendSequences) and its inline leads (inlineLeads), kept
// from paragraph to paragraph rather than made for each (the leads were 5
// MB, the runs 2.6 MB of a 100 MB file's parse, garbage at once). What it
// returns is valid until its next call.
type runScratch struct {
	seqs  [][]inlineMarker
	flat  []inlineMarker
	found []lead
}

// sequences is inlineSequences(ms) in the scratch's lists.
func (r *runScratch) sequences(ms []inlineMarker) [][]inlineMarker {
	out, flat := appendSequences(r.seqs[:0], r.flat[:0], ms)
	r.seqs, r.flat = out[:0], flat[:0]
	return out
}

// leads is inlineLeads(s, from, ss) in the scratch's list.
func (r *runScratch) leads(s string, from int, ss []sentence) []lead {
	found := inlineLeads(r.found, s, from, ss)
	if cap(found) > cap(r.found) {
		r.found = found[:0]
	}
	return found
}

// colonList reports a run that is a list inside one sentence, not measures
// of the paragraph: a colon (or a comma) opens it and its items are clauses
// parted by ； or ， with no full stop between them (发展中还存在不少困难和问题：一是
// 有效需求不足，…；二是…；三是…。, 持续优化营商环境，一是推行…；二是…). A Word author leaves such a list plain, where
// measures that each run on in sentences of their own (主要做法：一是加强学习。
// …二是…) are what the outline shows. A run opening a sentence inside the
// paragraph is such a list too where its items are clauses parted by ，
// alone, the run one sentence (…坚持引育并举。一是面向全球引进学科领军人才，二是实施
// 青年教师“托举工程”，三是完善博士后制度，力争…。): parted by ；, its items are
// measures (…。一是…；二是…；三是…。).
func colonList(s string, run []inlineMarker) bool {
	opener, _ := lastRune(s[:run[0].pos])
	if opener != '：' && opener != '，' && opener != '。' {
		return false
	}
	for k := 1; k < len(run); k++ {
		item := strings.TrimRight(s[run[k-1].pos:run[k].pos], " \u3000")
		if strings.Contains(item, "。") {
			return false
		}
		if r, _ := lastRune(item); r != '，' && (r != '；' || opener == '。') {
			return false
		}
	}
	return true
}

// measureRuns drops from seqs, in place, the runs that are lists inside
// one sentence (colonList).
func measureRuns(s string, seqs [][]inlineMarker) [][]inlineMarker {
	return slices.DeleteFunc(seqs, func(run []inlineMarker) bool { return colonList(s, run) })
}

// inStep reports whether the short sentences m of a paragraph, tied by
// no shared wording and none opening it, stand as leads run on in one
// paragraph do: of one length, within two characters (真招实招推动检视问题整顿
// 销号。… “八个专项整治”解决突出问题。… 抓住要害问题纾民困解民忧。…; 就业形势总体
// 稳定。… 教育事业均衡发展。…), each with text of its own before the next.
// Short sentences of prose, of lengths that differ or one right after
// another (…统一修复。实施重要生态系统保护和修复工程。健全…制度…。扩大耕地轮作休耕
// 制度试点。…; …实施流域环境和近岸海域综合治理。严禁工业和城镇污染向农业农村转移。…),
// are the rule 6: neither at the paragraph's start nor parallel,
// they stay text. ss are the paragraph's sentences, m in text order.
func inStep(m []lead, ss []sentence) bool {
	lo, hi := m[0].runes, m[0].runes
	for i, l := range m[1:] {
		lo, hi = min(lo, l.runes), max(hi, l.runes)
		if !sentenceBetween(ss, m[i].sentEnd, l.start) {
			return false
		}
	}
	return hi-lo <= 2
}

// sentenceBetween reports whether a sentence of ss starts in [from, to).
func sentenceBetween(ss []sentence, from, to int) bool {
	for _, st := range ss {
		if st.start >= from && st.start < to {
			return true
		}
	}
	return false
}

// runOpeners open the first of a paragraph's measures (一是…。…二是…).
var runOpeners = []string{"一是", "一要", "第一，", "其一，", "首先，"}

// opensMeasureRun reports a paragraph that opens with the first of a run
// of measures inside it (一是深化代表联系群众。…二是提升代表建议办理质量。…三是…):
// its opening sentence is that measure's, which inline finds with the
// others, never the paragraph's lead, in bold (boldLeads) or guessed in
// plain text beside the leads of the paragraphs around it.
func opensMeasureRun(s string) bool {
	t := strings.TrimLeft(s, " \u3000")
	if _, ok := hasPrefixAny(t, runOpeners...); !ok {
		return false
	}
	seqs := measureRuns(s, inlineSequences(inlineMarkers(s)))
	return len(seqs) > 0 && seqs[0][0].pos == len(s)-len(t)
}
