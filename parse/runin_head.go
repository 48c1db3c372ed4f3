package parse

import (
	"strings"
	"unicode/utf8"
)

// Run-in headings of a list Word numbered. Text copied out of a report
// whose parts and sub-parts Word's lists numbered keeps the indent the
// author typed before each paragraph of prose (　　) and none before the
// list's paragraphs, whose numbers are lost: a sub-part standing alone
// (产业转型步伐加快) is a short line, and one that runs into its text
// (（二）项目建设成效显著。全年实施重点项目236个，…) is a paragraph that opens
// with its title sentence at the margin, among paragraphs set in. Such a
// paragraph is a heading of the level of the unindented heading lines
// above it, its first sentence the title and the rest its text, not a
// lead of the run before it.

// Bounds of a run-in heading's sentence and of the text after it.
const (
	minRunInHead = 4
	maxRunInHead = 30
	minRunInText = 20
)

// indented reports whether the author set e's line in: white space
// before its content on the line (splitLines trimmed it off).
func (p *parser) indented(e *eline) bool {
	return e.start > 0 && p.text[e.start-1] != '\n'
}

// runInHeads returns the lines in [from, to) that are run-in headings of
// a numbered list (see above), nil where none is: only in plain text whose
// paragraphs of prose are set in (three quarters of those of minProse
// characters or more, and at least minSetIn),
// on lines at the margin under a heading line at the margin. A line's
// indent is read in O(1), so a text is read once more only where some
// paragraph at the margin follows such a heading.
func (p *parser) runInHeads(from, to int) map[int]bool {
	if len(p.bold) > 0 || to-from < minSetIn {
		return nil
	}
	body, setIn, margin := 0, 0, false
	var cands []int
	for i := from; i < to; i++ {
		e := &p.eff[i]
		if e.kind == lineTitle && !p.indented(e) {
			margin = true
			continue
		}
		if e.kind != lineBody || e.hbody() {
			continue
		}
		if e.end-e.start < minProse*3 {
			// A list's item or a byline is no paragraph of prose; a
			// sub-part running into one sentence of text is a candidate
			// all the same (突出抓好重点群体就业。坚持分类施策…).
			if margin && !p.indented(e) && runInHead(p.str(e)) {
				cands = append(cands, i)
			}
			continue
		}
		if p.indented(e) {
			setIn++
		} else {
			if margin {
				cands = append(cands, i)
			}
			if listShaped(p.str(e)) {
				continue // what Word's list left at the margin (setsProseIn)
			}
		}
		body++
	}
	if len(cands) == 0 || setIn < minSetIn || setIn*4 < body*3 {
		return nil
	}
	var out map[int]bool
	for _, i := range cands {
		if runInHead(p.str(&p.eff[i])) {
			if out == nil {
				out = map[int]bool{}
			}
			out[i] = true
		}
	}
	return out
}

// minSetIn is how many paragraphs set in a text needs before a paragraph
// at the margin says anything.
const minSetIn = 8

// minProse is the length, in Han characters, from which a line counts as a
// paragraph of prose for runInHeads (measured in bytes, three a character).
const minProse = 40

// runInHead reports a paragraph that opens with a title sentence: of
// minRunInHead to maxRunInHead characters ended by 。, at most one comma,
// no figure, colon or quotation, not a statement, a time or an
// announcement, nor opening with a connective, and text after it.
func runInHead(s string) bool {
	end := strings.Index(s, "。")
	if end < 0 || end > (maxRunInHead+2)*3 {
		return false
	}
	body := s[:end]
	if containsAny(body, "！？；：:;“”\"0123456789０１２３４５６７８９、") || strings.Count(body, "，") > 1 {
		return false
	}
	if r := utf8.RuneCountInString(body); r < minRunInHead || r > maxRunInHead {
		return false
	}
	if copula(body) || introduces(body) {
		return false
	}
	if _, ok := hasPrefixAny(body, connectives...); ok {
		return false
	}
	return runeLen(s[end+len("。"):]) >= minRunInText
}

// runInSibling returns the depth in stack of the heading a run-in heading
// titled by the first sentence of s stands beside, -1 if none: the nearest
// heading line at the margin, plain or a sentence, titled alike (as many
// commas, and the same first two characters or a length within two).
// A list's items one level down (抓实工业强县。… under 聚力产业发展，壮大县域
// 经济实力) are titled unlike the heading over them, and stay its text; so
// do the items after one of them (抓企业培育。… / 抓技术改造。… / … / 抓数字
// 赋能。…, under 工业经济稳中有进), whatever their length: a run-in line
// that stayed text since the last heading says the list is the heading's.
// runIn holds the candidates (runInHeads), i is the line asked about.
func (p *parser) runInSibling(stack []frame, runIn map[int]bool, i int) int {
	if len(stack) == 0 {
		return -1
	}
	// A heading line with no text of its own before the run-in line
	// (主要工作措施 / 压紧压实防汛责任。…) is over it: a list Word numbered
	// under a sub-part, not the sub-part's sibling.
	top := stack[len(stack)-1].at
	text := p.eff[top].kind != lineTitle // a run-in heading's line is its text
	leads := 0                           // paragraphs set in that open with a title sentence
	for j := top + 1; j < i; j++ {
		if runIn[j] || p.marginLead(j) {
			return -1
		}
		text = text || p.eff[j].kind != lineTitle
		if e := &p.eff[j]; e.kind == lineBody && p.indented(e) && runInHead(p.str(e)) {
			leads++
		}
	}
	if !text {
		return -1
	}
	// A heading line whose own leads are set in (强化政策支撑，稳住就业基本盘 /
	// 　　落实减负稳岗政策。… ×4) holds no list at the margin after them: the
	// run-in line is the next sub-part, titled alike or not (突出抓好重点群体
	// 就业。坚持分类施策…).
	if f := stack[len(stack)-1]; leads >= minColonItems-1 && f.st == stylePlain &&
		p.eff[top].kind == lineTitle && !p.indented(&p.eff[top]) {
		return len(stack) - 1
	}
	s := p.str(&p.eff[i])
	title := s[:strings.Index(s, "。")]
	for k := len(stack) - 1; k >= 0; k-- {
		f := stack[k]
		if f.st != stylePlain && f.st != styleSentence || p.indented(&p.eff[f.at]) {
			continue
		}
		if titledAlike(title, f.node.Title) {
			return k
		}
	}
	return -1
}

// marginLead reports a paragraph of prose at the margin that opens with a
// short sentence as a run-in heading does, whatever that sentence holds
// (开展“万企大走访”活动。…, its quotation marks no heading's): an item of a
// list Word numbered under the heading above it, so the run-in lines after
// it are that list's items too (搭建融资对接平台。… / 助力企业开拓市场。…),
// never the heading's siblings.
func (p *parser) marginLead(j int) bool {
	e := &p.eff[j]
	if e.kind != lineBody || e.hbody() || p.indented(e) || e.end-e.start < minProse*3 {
		return false
	}
	s := p.str(e)
	end := strings.Index(s, "。")
	if end < 0 || end > (maxRunInHead+2)*3 {
		return false
	}
	r := utf8.RuneCountInString(s[:end])
	return r >= minRunInHead && r <= maxRunInHead && runeLen(s[end+len("。"):]) >= minRunInText
}

// titledAlike reports two headings' titles written in step: as many
// commas, and the same first two characters or lengths within two.
func titledAlike(a, b string) bool {
	if strings.Count(a, "，") != strings.Count(b, "，") {
		return false
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) >= 2 && len(rb) >= 2 && ra[0] == rb[0] && ra[1] == rb[1] {
		return true
	}
	return max(len(ra)-len(rb), len(rb)-len(ra)) <= 2
}
