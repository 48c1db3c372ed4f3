package parse

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// A heading's last lead. A Word author who opens a part with prose (its
// summary, a run of 一是…二是…, a list of items) often bolds one measure
// after it, the part's last paragraph: （六）医联体和对口帮扶成效明显 / 医院牵头组建…
// / 对口支援扎实开展。选派… In plain text the bold is gone and there is no
// run for the shape to find (shape.go), nor is it the part's opening
// (lone.go). It is told by its place and its words: the one paragraph of
// the part that opens with a short sentence, the part's last but a
// closing address or the review's summing-up after the speaker turns to
// the audience (beforeAddress), after one or more of prose, and a sentence that names
// a measure (opens with a measure verb: 深化校友工作。) or an outcome (ends
// on one: 巡察整改监督有力。, 创新创业教育成效显著。), not a statement
// (成绩来之不易。, 2025年是…, 监督是最好的支持。).

// maxLastLeadRunes bounds such a lead, as maxOpeningRunes bounds an
// opening's: alone, only a short sentence is a title.
const maxLastLeadRunes = maxOpeningRunes

// outcomeEnds close a sentence that names an outcome as a summary's lead
// does (…扎实开展, …成效明显, …更加有力, …作用有效发挥, …迈出新步伐, …取得新进展,
// …迈上新台阶, and the paired ones …走深走实, …提质扩面, …提质增效, …落实落细):
// a predicate of progress, which a
// statement of fact (…来之不易, …和谐稳定) or a definition never ends on.
var outcomeEnds = []string{
	"有力", "有效", "有序", "开展", "明显", "显著", "加强", "增强", "提升", "提高",
	"推进", "落实", "完善", "健全", "规范", "优化", "见效", "突破", "深化", "加快",
	"向好", "巩固", "拓展", "改善", "扩大", "壮大", "提速", "提质", "有为", "到位",
	"发挥", "步伐", "进展", "台阶", "走实", "扩面", "增效", "落细",
}

// beforeAddress returns paras up to the first paragraph after the first
// that opens by addressing the audience (各位代表，一年来的成绩来之不易。…,
// 同志们！…): a speaker turns to the audience when a part's measures are
// done, to sum up the whole review or turn to what is still wanting (在肯定
// 成绩的同时，…), which the part's last measure never is.
func (p *parser) beforeAddress(paras []int) []int {
	for k := 1; k < len(paras); k++ {
		if opensWithAddress(p.str(&p.eff[paras[k]])) {
			return paras[:k]
		}
	}
	return paras
}

// opensWithAddress reports a paragraph that opens with an address to the
// audience closed by ， or ！ (各位代表，…, 同志们，朋友们！…, 各位委员！…).
func opensWithAddress(s string) bool {
	if _, ok := hasPrefixAny(s, salutationWords...); !ok {
		return false
	}
	head := s[:min(len(s), 24*3)]
	i := strings.IndexAny(head, "，！!")
	if i < 0 || strings.Contains(head[:i], "。") {
		return false
	}
	return isSalutation(head[:i] + "！")
}

// isBoldAddress reports a bold run that only addresses the audience
// before the paragraph's text (**同志们，**…, **各位代表、各位委员，**…):
// closed by ， or ！, each of its names short and the first a salutation
// (同志们, 各位代表), none with a verb after it (各位代表要带头履职，… is a lead).
// The bold is the first n bytes of s; a comma just after it counts.
func isBoldAddress(s string, n int) bool {
	run := trimBlankRight(s[:n])
	if r, size := utf8.DecodeRuneInString(s[n:]); r == '，' || r == '！' {
		run += s[n : n+size]
	}
	r, size := lastRune(run)
	if r != '，' && r != ',' && r != '！' && r != '!' {
		return false
	}
	names := strings.FieldsFunc(run[:len(run)-size], func(r rune) bool { return r == '，' || r == '、' || r == ',' })
	if len(names) == 0 {
		return false
	}
	for k, name := range names {
		_, opens := hasPrefixAny(name, salutationWords...)
		if k == 0 && !opens || runeLen(name) > 8 || !opens && !strings.HasSuffix(name, "们") {
			return false
		}
		if !isSalutation(name + "！") {
			return false
		}
	}
	return true
}

// lastLead returns the one candidate of cands of the shape (shapeLead)
// among a heading's paragraphs paras as the heading's last lead, and
// whether it is one (see above). Where two paragraphs or more open with
// clauses a lead might end (clauses, joins: 城乡供水一体推进，… / 水源地保护持续
// 加强，… / 农村饮水安全巩固提升。…) and no run of them was taken for leads,
// the part's paragraphs are prose that opens alike, and the last stays
// text with them. Only in plain text: where the author bolded leads, a plain
// paragraph is text.
func (p *parser) lastLead(paras []int, cands, clauses, joins []lead) (lead, bool) {
	if len(p.bold) > 0 {
		return lead{}, false
	}
	// beforeAddress cuts at a closing address too (各位代表！新的一年，…), as
	// beforeClosing does, in the same pass.
	ps := p.beforeAddress(paras)
	if n := len(ps); n >= 3 && turnsToTime(p.str(&p.eff[ps[n-1]])) {
		ps = ps[:n-1] // 新的一年，医院将…: the report's outlook, which its last part holds
	}
	if len(p.bold) > 0 || len(ps) < 2 || clauseParas(upTo(clauses, ps[len(ps)-1]), upTo(joins, ps[len(ps)-1])) > 1 {
		return lead{}, false
	}
	var l lead
	n := 0
	for _, c := range cands {
		if c.para <= ps[len(ps)-1] && shapeLead(c) {
			l = c
			n++
		}
	}
	if n != 1 || l.para != ps[len(ps)-1] {
		return lead{}, false
	}
	if !shapeLead(l) || l.commas > 0 || l.runes > maxLastLeadRunes || l.runes < 4 {
		return lead{}, false
	}
	w := l.words
	if copula(w) || states(w) || introduces(w) || hasDigit(w) {
		return lead{}, false
	}
	if _, ok := hasSuffixAny(w, outcomeEnds...); !ok && !opensWithMeasureVerb(w) {
		return lead{}, false
	}
	// A paragraph that runs on with leads of its own (海湾生态持续改善。…城市治理更加
	// 精细。…) holds its measures inside (inline), the first among them.
	bp := sentencePool.Get().(*[]sentence)
	buf := *bp
	defer func() { *bp = buf[:0]; sentencePool.Put(bp) }()
	s := p.str(&p.eff[l.para])
	buf, _ = scanSentences(buf, s, false, -1)
	if len(inlineLeads(nil, s, 0, buf)) > 0 {
		return lead{}, false
	}
	if found, _ := paragraphOpenings(s, buf, false); len(found) > 0 {
		return lead{}, false
	}
	return l, true
}

// turnsToTime reports a paragraph that opens with a time and a comma
// (新的一年，…, 下一步，…, 今后，…): an outlook that closes a part or the
// report, after its last measure, never a measure of its own.
func turnsToTime(s string) bool {
	w, ok := hasPrefixAny(s, timeWords...)
	return ok && strings.HasPrefix(s[len(w):], "，")
}

// clauseParas counts the paragraphs that open with a clause of clauses or
// joins, both in text order.
func clauseParas(clauses, joins []lead) int {
	n, i, j, last := 0, 0, 0, -1
	for i < len(clauses) || j < len(joins) {
		var at int
		if j >= len(joins) || i < len(clauses) && clauses[i].para <= joins[j].para {
			at = clauses[i].para
			i++
		} else {
			at = joins[j].para
			j++
		}
		if at != last {
			n++
			last = at
		}
	}
	return n
}

// upTo returns the leads of ls, in text order, whose paragraphs come no
// later than para.
func upTo(ls []lead, para int) []lead {
	n := 0
	for n < len(ls) && ls[n].para <= para {
		n++
	}
	return ls[:n]
}

// outcomePair returns the two candidates of cands, in paragraphs next to
// each other among paras, that each open with a sentence of the shape
// naming an outcome, one clause long (edgeOutcome; no statement, states):
// 债务管理持续加强。… / 专项债券使用绩效提升。…, a part's two results as a Word
// author bolds them, between its prose and a note after them (以上数据为
// 快报数…). It is asked only in plain text and where no other rule found a
// lead. A third candidate of the shape makes no pair, and neither does a
// paragraph right after the two that opens with a clause a lead might end
// (clauses, joins): a ：-list's lead-in (重点抓好三件事：一是…) or a ，-clause,
// which the clause rules judge with the two (commaMixedRun), unless it
// refers back to what was said (refersBack: a note, 以上数据为快报数，…) or
// sets the scene for prose (setting: 在推进水利改革中，一是…).
func outcomePair(paras []int, cands, clauses, joins []lead) []lead {
	var pair []lead
	for _, c := range cands {
		if !shapeLead(c) {
			continue
		}
		if len(pair) == 2 || c.commas > 0 || !edgeOutcome(c) || states(c.words) {
			return nil
		}
		pair = append(pair, c)
	}
	if len(pair) != 2 {
		return nil
	}
	at := slices.Index(paras, pair[0].para)
	if at < 0 || at+1 >= len(paras) || paras[at+1] != pair[1].para {
		return nil
	}
	if at+2 < len(paras) {
		next := paras[at+2]
		opens := func(l lead) bool { return l.para == next && !refersBack(l.words) && !setting(l.words) }
		if slices.ContainsFunc(clauses, opens) || slices.ContainsFunc(joins, opens) {
			return nil
		}
	}
	return pair
}

// outcomeClausePair returns the two ，-clauses of joins that open the
// node's paragraphs paras, one each, after at most one that opens the
// node (fillsNode), when both name an outcome (outcomeClause: 制造业根基
// 更加牢固，… / 现代服务业提速发展，…): a sub-part's two results as a Word
// author bolds them, the heading's numbers lost with the bold in plain
// text. A run of three is clauseLeads'; a pair amid prose, or beside a
// third paragraph of the node, stays text. It is asked only in plain text
// and where no other rule found a lead.
func outcomeClausePair(paras []int, joins []lead) []lead {
	n := len(paras)
	if n < 2 || n > 3 || len(joins) < 2 {
		return nil
	}
	var pair []lead
	for _, l := range joins { // all of them paras' (paragraphLeads)
		if !outcomeClause(l) {
			continue
		}
		if l.para == paras[0] && n == 3 {
			return nil // three in a row: a run, clauseLeads' to judge
		}
		pair = append(pair, l)
	}
	if len(pair) != 2 || !fillsNode(paras, pair) || pair[0].words == pair[1].words {
		return nil
	}
	return pair
}

// closingOutcome returns found, the leads of the node's paragraphs paras
// in text order, with the ，-clause of joins that opens the node's last
// paragraph when it names an outcome (outcomeClause) right after a run of
// minShapeRun leads ending on the paragraph before: 精准有效实施宏观政策。… /
// 有效投资保持较快增长。… / 消费市场加快恢复。… / 外贸外资稳中提质，…, a Word
// author closing the last of a part's leads with ，. Prose after leads
// opens with a clause that sums up or turns (endsLead), never one naming
// another result; asked only in plain text.
func closingOutcome(paras []int, found, joins []lead) []lead {
	n := len(paras)
	if n < minShapeRun+1 || len(found) < minShapeRun {
		return found
	}
	for k := 1; k <= minShapeRun; k++ {
		if found[len(found)-k].para != paras[n-1-k] {
			return found
		}
	}
	j, ok := slices.BinarySearchFunc(joins, paras[n-1], func(l lead, para int) int { return l.para - para })
	if !ok || !outcomeClause(joins[j]) {
		return found
	}
	return append(found[:len(found):len(found)], joins[j])
}

// refersBack reports a clause that opens by pointing back to what was
// said (以上数据为快报数，…, 上述资金…，): a note on the part, never a member
// of its leads.
func refersBack(t string) bool {
	_, ok := hasPrefixAny(t, "以上", "上述")
	return ok
}

// outcomeClause reports a weak ，-clause that names an outcome as a
// review's bold leads do: a subject, a word of degree and a predicate of
// progress (就业保障更加有力，/ 创新能力持续增强，/ 教育事业加快发展，), at most
// maxOutcomeComma runes.
func outcomeClause(l lead) bool {
	if !l.weak || l.runes > maxOutcomeComma || copula(l.words) {
		return false
	}
	w := l.words
	if _, ok := hasSuffixAny(w, outcomeEnds...); !ok {
		if _, ok := hasSuffixAny(w, "稳定", "牢固", "发展"); !ok {
			return false
		}
	}
	body := w[:len(w)-2*3]
	for _, d := range degreeWords {
		if i := strings.Index(body, d); i >= 2*3 && i+len(d) == len(body) {
			return true
		}
	}
	return false
}

// maxOutcomeComma bounds an outcome clause.
const maxOutcomeComma = 12

// degreeWords stand between an outcome's subject and its predicate.
var degreeWords = []string{"更加", "持续", "加快", "不断", "稳步", "明显", "显著", "总体", "稳中", "大幅", "全面", "有效", "扎实", "进一步", "成效", "日益", "逐步", "提速", "加速"}

// endsLead reports a paragraph that no lead before it holds: one turning
// to the audience (各位代表，…, opensWithAddress, as beforeAddress has it for
// the leads of plain text) or one whose opening clause speaks of the
// achievements just listed (这些成绩的取得，…, 在看到成绩的同时，…), summing up
// the list or turning from it to what is still wanting, the node's text as
// ordinalRunEnd has it for a run of 第一，….
func endsLead(s string) bool {
	if opensWithAddress(s) {
		return true
	}
	s = strings.TrimLeft(s, " \u3000")
	head := s[:min(len(s), 12*3)]
	i := strings.Index(head, "，")
	return i > 0 && strings.Contains(head[:i], "成绩")
}
