package parse

import (
	"math"
	"strings"
)

// appendixTitle gives an appendix marker on a line of its own (附件1) the
// title on the line below it (2025年省十件民生实事), as official documents
// print them, and reports whether it took that line: a short line, or a
// heading of a style without a number of its own (附件 in 一级标题, its
// title in 二级标题).
func (p *parser) appendixTitle(n *pnode, next *eline) bool {
	if next.gap() > 1 {
		return false
	}
	t := p.str(next)
	switch next.kind {
	case lineTitle:
	case lineMarker:
		if m := next.mark; m.style != styleAppendix || m.text != "" {
			return false // a glossary's label (附件2 / 名词解释) titles it
		}
	case lineHeading:
		_, skip := mdHeading(t)
		if t = t[skip:]; !titleLike(t) {
			return false
		}
		if _, numbered := parseMarker(t); numbered {
			return false
		}
	default:
		return false
	}
	n.Title = trimTitleEnd(t)
	n.TitleSpan.End = next.end
	n.info.titleEnd = next.end
	return true
}

// glossaryLabels head a report's glossary, which it prints after its last
// words with or without a 附件 over it.
var glossaryLabels = []string{"名词解释", "名词注释", "名词术语解释", "相关用语说明", "用语说明"}

// glossaryLabel reads a glossary's label alone on its line (名词解释,
// 相关用语说明：) as an appendix without a number, titled by the label: the
// report's parts end above it, and the terms it explains (1.“两重”…) are
// its items, not the last part's.
func glossaryLabel(p string) (marker, bool) {
	w, ok := hasPrefixAny(p, glossaryLabels...)
	if !ok {
		return marker{}, false
	}
	rest := strings.TrimLeft(p[len(w):], "：: \u3000\t")
	if rest != "" {
		return marker{}, false
	}
	return marker{style: styleAppendix}, true
}

// labelAlone reports the styles whose label may stand on a line of its
// own above its title (附件1 / 2025年省十件民生实事, 第一部分 / 2025年工作回顾,
// 第三章 / 保障措施): the label and the line below are one heading. So are
// a number of the 一、…① styles alone on its line and the title line under
// it (（一） / 兜底保障更加有力: a heading Word split into two paragraphs), which
// the outline joins wherever it finds the number with no title.
func labelAlone(st style) bool {
	switch st {
	case styleAppendix, stylePart, styleBian, styleZhang, styleJie:
		return true
	}
	return false
}

// isOfficeAndName reports a signature line under a speech's subtitle: an
// office, a space, and a name of two to four Han characters (广东省省长
// 王伟中).
func isOfficeAndName(s string) bool {
	if runeLen(s) > 20 {
		return false
	}
	office, name, ok := officeName(s)
	if !ok {
		return false
	}
	n := runeLen(name)
	return n >= 2 && n <= 4 && hanCount(name, 5) == n && hanCount(office, 3) >= 3
}

// maxTailRunes bounds the second line of a heading broken over two lines.
const maxTailRunes = 16

// headingGoesOn reports a numbered heading broken over two lines (三、持续
// 提升政府 / 治理效能和服务水平): the heading line e has no sentence end, the
// next line is short, unpunctuated and unnumbered, and the line after that
// is numbered, the part's first child. A short line under a heading that
// is followed by body text is the heading's first paragraph or a
// sub-heading, and stays so, unless the break falls at a word that joins
// (（一）聚焦科技创新 / 和产业升级, 聚焦科技创新和 / 产业升级): no heading
// opens with 和 or ends with it. Nor does a heading end with a comma
// (三、坚持公正与效率相统一， / 全力推动审判执行工作提质增效): the line after
// it ends the heading whatever follows, leads or prose. Nor does a short
// line stand between a part and its numbered sub-parts (四、下一步推进养老服务
// 体系 / 建设的工作打算 / 下一步，我们将… / （一）…): where the part's first
// child after its opening paragraphs is numbered (firstChildAfter), the line
// ends the heading. rest holds the lines after next.
func (p *parser) headingGoesOn(e, next *eline, rest []eline) bool {
	if e.kind != lineMarker || next.kind != lineTitle || next.gap() > 0 || e.mark.style == styleAppendix {
		return false
	}
	head, tail := p.str(e)[e.mark.skip:], p.str(next)
	after := &rest[0]
	switch {
	case brokenAtJoin(head, tail), endsWithComma(head):
	case after.kind == lineBody && firstChildAfter(e, rest):
	case after.kind != lineMarker || after.mark.style == e.mark.style:
		return false // 一、 / short line / 二、: a part with a one-line body
	}
	if endsWithComma(head) {
		head = trimTitleEnd(head)
	}
	if !titleLike(head) || runeLen(head) < 4 || containsAny(tail, " \u3000，、：；") {
		return false
	}
	n := runeLen(tail)
	return n >= 2 && n <= maxTailRunes && runeLen(head)+n <= maxHeadingRunes
}

// maxOpeningParas bounds the paragraphs that open a part before its first
// numbered child (firstChildAfter).
const maxOpeningParas = 3

// plainGoesOn reports an unnumbered heading line broken after its comma,
// as a text copy of a Word report whose part numbers were lost has it
// (深化改革扩大开放， / 持续优化一流营商环境, over the part's paragraphs): line
// i is one clause of 4 to 16 runes closed by a comma, a paragraph of its
// own (the line before it ends a sentence or is no paragraph), and the
// line right under it is a short heading line with no mark in it.
func (p *parser) plainGoesOn(i, from int) bool {
	e, next := &p.eff[i], &p.eff[i+1]
	if next.kind != lineTitle || next.gap() > 0 || e.bits&hintBody != 0 {
		return false
	}
	s := strings.TrimLeft(p.str(e), " \u3000")
	if !endsWithComma(s) {
		return false
	}
	head := trimTitleEnd(s)
	n := runeLen(head)
	if n < 4 || n > maxTailRunes || containsAny(head, "，,、；;：:。！？“”《》（）()") || !titleLike(head) {
		return false
	}
	if i > from {
		if prev := &p.eff[i-1]; prev.kind == lineBody && !closesSentence(p.str(prev)) {
			return false // the line runs on from a paragraph broken before it
		}
	}
	tail := p.str(next)
	m := runeLen(tail)
	return m >= 4 && m <= maxTailRunes && !containsAny(tail, " \u3000，,、；;：:。！？")
}

// plainBrokenPhrase reports an unnumbered heading line broken inside its
// phrase, as a text copy of a Word report whose part numbers were lost has
// a part's title set over two lines (今后五年全县残疾人事业发展的 / 指导思想和
// 主要目标): line i, a short line at the margin, ends with 的 or a joining
// word (和, 与, 及), which no heading ends with; the line under it is a
// short line with no mark in it, and the two make a heading's length. (Only the
// first line's end counts, not a second line opening with a joining word:
// a table's cells stand so, 居民人均可支配收入增长 / 与经济增长同步.) Line i is a paragraph of its own (the
// line before it ends a sentence or is no paragraph).
func (p *parser) plainBrokenPhrase(i, from int) bool {
	e, next := &p.eff[i], &p.eff[i+1]
	if next.kind != lineTitle || next.gap() > 0 || e.bits&hintBody != 0 {
		return false
	}
	head, tail := strings.TrimRight(p.str(e), " \u3000"), strings.TrimRight(p.str(next), " \u3000")
	if head != strings.TrimLeft(head, " \u3000") || tail != strings.TrimLeft(tail, " \u3000") {
		return false
	}
	if _, ok := hasSuffixAny(head, brokenEnds...); !ok {
		return false
	}
	n, m := runeLen(head), runeLen(tail)
	if n < 4 || m < 2 || m > maxTailRunes || n+m > maxHeadingRunes/2 || !titleLike(head) ||
		containsAny(head, "，,、；;：:。！？") || containsAny(tail, " \u3000，,、；;：:。！？") {
		return false
	}
	if i > from {
		if prev := &p.eff[i-1]; prev.kind == lineBody && !closesSentence(p.str(prev)) {
			return false
		}
	}
	return true
}

// closesSentence reports a line whose last sentence is done (。！？ or
// a closing quote after one, or a colon that opens what follows).
func closesSentence(s string) bool {
	s = strings.TrimRight(s, " \u3000")
	s = strings.TrimRight(s, "”’」』）)")
	_, ok := hasSuffixAny(s, "。", "！", "？", "：", ":", "；")
	return ok
}

// firstChildAfter reports whether the first line of rest that is no
// paragraph of text, within maxOpeningParas of them, is numbered 1 in a
// style other than heading e's: the first child of e's part, as （一） is
// under 四、.
func firstChildAfter(e *eline, rest []eline) bool {
	for i := range rest[:min(len(rest), maxOpeningParas+1)] {
		r := &rest[i]
		if r.kind == lineBody {
			continue
		}
		return r.kind == lineMarker && r.mark.num == 1 && r.mark.style != e.mark.style && r.mark.style != styleAppendix
	}
	return false
}

// joinHeading adds the line next to heading n's title, after the comma
// the heading line ends with, if it does (坚持公正与效率相统一，全力推动…).
// The heading stays one node, its title joined as the header, --json and
// search read it; TitleBreak keeps where the document broke it (after the
// comma, or mid-phrase: 持续提升政府 / 治理效能和服务水平), so the outline
// prints its two lines as set, as it does a title's: in a .docx the
// second line is a paragraph of its own, in the heading's style.
func (p *parser) joinHeading(n *pnode, next *eline) {
	if endsWithComma(p.text[n.TitleSpan.Start:n.TitleSpan.End]) {
		n.Title += "，"
	}
	tail := trimTitleEnd(p.str(next))
	if n.Title != "" && tail != "" && len(n.Title) <= math.MaxUint16 {
		n.TitleBreak = uint16(len(n.Title))
	}
	n.Title += tail
	n.TitleSpan.End = next.end
	n.info.titleEnd = next.end
}

// joinWords join two parts of a phrase: a line never ends or opens with
// one unless a heading was broken there.
var joinWords = []string{"和", "与", "及", "以及", "暨"}

// brokenEnds are how a heading's first line broken inside its phrase
// ends: 的 or a joining word (plainBrokenPhrase).
var brokenEnds = append([]string{"的"}, joinWords...)

// endsWithComma reports a line that ends with a comma, its sentence not
// done.
func endsWithComma(s string) bool {
	_, ok := hasSuffixAny(strings.TrimRight(s, " \u3000"), "，", ",")
	return ok
}

// brokenAtJoin reports a heading broken at a joining word: the tail opens
// with one (和产业升级) or the head ends with one (聚焦科技创新和).
func brokenAtJoin(head, tail string) bool {
	if _, ok := hasPrefixAny(tail, joinWords...); ok {
		return true
	}
	_, ok := hasSuffixAny(strings.TrimRight(head, " \u3000"), joinWords...)
	return ok
}

// bodyAfter returns, for each line i in [from, to] (index i-from), whether
// a body paragraph follows it before to, so a short line at i can be a
// heading rather than a signature or a date.
func (p *parser) bodyAfter(from, to int) []bool {
	eff := p.eff
	hasBody := make([]bool, to-from+1)
	for i := to - 1; i >= from; i-- {
		// A date is no body: a name over it at the end is a signature
		// (江州市生态环境局 / 2025年1月10日); nor is a closing exclamation
		// after it (谢谢大家！), which owns no text either.
		hasBody[i-from] = hasBody[i-from+1] || eff[i].kind == lineBody && !isDateLine(p.str(&eff[i])) && !isClosingLine(p.str(&eff[i]))
	}
	return hasBody
}

// appendixListings reads as text a line at the body's end that lists what
// is appended (附件：2026年…情况表, or 附件：1．… with 2．… on the lines
// after it) where the appendix itself follows under that title (附件 /
// 2026年…情况表, after the signature): the listing names the attachment
// and the appendix is the part, which a listing made a node would show
// twice. A listing with no appendix after it titled alike stays the part.
// Run after classify, in text order.
func (p *parser) appendixListings() {
	var last map[string]int // an appendix's title → the last line that titles one
	name := func(i int) string {
		e := &p.eff[i]
		t := listedName(p.str(e)[e.mark.skip:])
		if t == "" && i+1 < len(p.eff) && p.eff[i+1].kind != lineMarker {
			t = listedName(p.str(&p.eff[i+1]))
		}
		return t
	}
	for i := range p.eff {
		if e := &p.eff[i]; e.kind == lineMarker && e.mark.style == styleAppendix {
			if t := name(i); t != "" {
				if last == nil {
					last = map[string]int{}
				}
				last[t] = i
			}
		}
	}
	for i := 0; i < len(p.eff); i++ {
		e := &p.eff[i]
		if e.kind != lineMarker || e.mark.style != styleAppendix || e.mark.skip >= len(p.str(e)) {
			continue
		}
		if j, ok := last[name(i)]; !ok || j <= i {
			continue
		}
		// The others listed under it (2．2026年…经费情况表).
		end := i
		for end+1 < len(p.eff) && p.eff[end+1].kind == lineMarker && p.eff[end+1].mark.style == styleNum {
			if j, ok := last[listedName(p.str(&p.eff[end+1]))]; !ok || j <= end+1 {
				break
			}
			end++
		}
		if !p.appendixAfterSignature(end) {
			continue
		}
		for k := i; k <= end; k++ {
			p.eff[k].kind, p.eff[k].mark = lineBody, nil
		}
		i = end
	}
}

// maxSignatureLines bounds the lines between an appendix's listing and
// the appendix it lists: the signature (an office, a date, a 抄送 line).
const maxSignatureLines = 6

// appendixAfterSignature reports an appendix's heading as the first
// heading after line end, the listing's last, past no more than a
// signature: an appendix of the document, the one it lists. In a
// compilation, an appendix titled as one of a later article's (附件1：
// 重点项目建设情况表 in two reports) is followed by its table and that
// article, and stays a part.
func (p *parser) appendixAfterSignature(end int) bool {
	for k := end + 1; k < len(p.eff) && k <= end+1+maxSignatureLines; k++ {
		if e := &p.eff[k]; e.kind == lineMarker {
			return e.mark.style == styleAppendix
		}
	}
	return false
}

// listedName is an appendix's title as a listing or the appendix gives
// it: without the number an item of the listing opens with (1．, 2、) and
// the marks it ends with.
func listedName(s string) string {
	s = strings.TrimSpace(strings.Trim(s, "\u3000"))
	if v, n := arabicNumber(s); v > 0 {
		if sep, ok := hasPrefixAny(s[n:], "．", ".", "、"); ok {
			s = s[n+len(sep):]
		}
	}
	return trimTitleEnd(strings.TrimSpace(s))
}
