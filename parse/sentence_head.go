package parse

import (
	"strings"
	"unicode/utf8"
)

// Sentence headings. A report numbered by Word's lists loses its numbers
// in the text copied out of it, and a sub-part titled by a sentence
// (（一）深化国资国企改革，企业国有资产管理持续加强。 over its leads) comes out as
// a line of one sentence standing alone: 深化国资国企改革，企业国有资产管理持续
// 加强。 / 国有资本布局持续优化。… / 现代企业制度更加健全。…. Prose has a
// paragraph of one short sentence now and then; two or more under one
// heading, each over a paragraph of prose, are the part's sub-parts, and
// the paragraphs after each are its own (the scorer, and a reader, take a
// one-sentence line for a heading over the leads below it).

// Bounds of a sentence heading: long enough to name a measure and its
// outcome, short enough to stand as a title.
const (
	minSentenceHead = 8
	maxSentenceHead = 30
)

// minSentenceHeads is how many sentence headings one block of paragraphs
// must hold: one alone is a paragraph of prose that happens to be short.
const minSentenceHeads = 2

// sentenceHeads returns the lines in [from, to) that are sentence
// headings (sentenceHead), where a block of body lines between two
// heading lines holds minSentenceHeads or more written alike, of one
// clause each or of two (深化国资国企改革，企业国有资产管理持续加强。 /
// 规范金融企业管理，金融企业国有资产运营稳健。): sub-parts are titled in step,
// while two short paragraphs of prose need not be; nil where none is. Only
// plain text asks: where a Word author bolded leads, the numbers of the
// parts are in the text too.
func (p *parser) sentenceHeads(from, to int) map[int]bool {
	if len(p.bold) > 0 {
		return nil
	}
	var out map[int]bool
	var block [2][]int // the candidates of the current block, by their commas
	flush := func() {
		for c := range block {
			if len(block[c]) >= minSentenceHeads {
				if out == nil {
					out = map[int]bool{}
				}
				for _, i := range block[c] {
					out[i] = true
				}
			}
			block[c] = block[c][:0]
		}
	}
	for i := from; i < to; i++ {
		switch e := &p.eff[i]; {
		case e.kind != lineBody:
			flush()
		case i+1 < to && p.sentenceHead(e, &p.eff[i+1]):
			c := min(strings.Count(p.str(e), "，"), 1)
			block[c] = append(block[c], i)
		}
	}
	flush()
	return out
}

// sentenceHead reports a body line that reads as a sub-part's title: one
// sentence of minSentenceHead to maxSentenceHead characters ended by 。,
// at most one comma, no figure, colon or quotation, not a statement
// (copula), a time or an announcement (introduces), nor opening with a
// connective; followed by a body paragraph of prose (40 characters or
// more), of which it is the title.
func (p *parser) sentenceHead(e, next *eline) bool {
	n := e.end - e.start
	if n < minSentenceHead*3 || n > (maxSentenceHead+4)*3 || next.kind != lineBody || e.hbody() {
		return false
	}
	s := strings.TrimSpace(strings.Trim(p.str(e), "\u3000"))
	body, ok := strings.CutSuffix(s, "。")
	if !ok || hasDigit(body) || containsAny(body, "。！？；：:;“”\"、") || strings.Count(body, "，") > 1 {
		return false
	}
	if r := utf8.RuneCountInString(body); r < minSentenceHead || r > maxSentenceHead {
		return false
	}
	if copula(body) || introduces(body) {
		return false
	}
	if _, ok := hasPrefixAny(body, connectives...); ok {
		return false
	}
	rest := strings.TrimSpace(strings.Trim(p.str(next), "\u3000"))
	return runeLen(rest) >= 40
}

// listLine reports a paragraph of one sentence of at most maxListRunes
// characters, ended by 。 or ；: an item of a list whose numbers Word added
// and the text lost (审议《…条例》，推动…。), where no clause lead opens it
// (深化国资国企改革，推动…。 is a lead closed by a comma).
func listLine(s string) bool {
	if len(s) > (maxListRunes+4)*3 {
		return false
	}
	s = strings.TrimSpace(strings.Trim(s, "\u3000"))
	body, ok := strings.CutSuffix(s, "。")
	if !ok {
		body, ok = strings.CutSuffix(s, "；")
	}
	return ok && body != "" && !containsAny(body, "。；！？") && runeLen(body) <= maxListRunes
}

// maxListRunes bounds an item of listLine.
const maxListRunes = 60

// listCount counts the paragraphs of a node that stand in lists of two or
// more one-sentence lines in a row (listLine), told them one by one.
type listCount struct{ n, run int }

// add tells whether the next paragraph is a list's line.
func (c *listCount) add(item bool) {
	if !item {
		c.run = 0
		return
	}
	c.run++
	switch {
	case c.run == 2:
		c.n += 2
	case c.run > 2:
		c.n++
	}
}
