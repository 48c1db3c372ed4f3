package parse

import (
	"slices"
	"sort"
	"strings"
)

// Lead sentences by the shape of the paragraphs. Text copied out of Word
// has lost the bold that marked them, and leads need not share wording
// (大力推进产业转型升级。… / 持续培育先进制造业集群。… / 着力发展数字经济。…):
// what they share is the shape of the paragraph, a short first sentence
// and then the longer prose it introduces, paragraph after paragraph.

// minShapeRun is how many consecutive paragraphs of that shape make a run:
// two short openings in a row happen in prose, three rarely do (two make
// one where they are all a heading holds: see closesNode).
const minShapeRun = 3

// shapeLead reports a candidate whose paragraph has the shape: a first
// sentence of 4–25 characters (or three Han ones: leadCandidate) with at
// most one comma, ended by 。, then prose longer than it (at least 20 characters, three bytes each) that
// does not open with a turn (turnsAfter: 成绩来之不易。同时…, a conclusion);
// nor is an introduction (introduces) one, nor a sentence of figures
// (全年安排市级重点项目412个，完成投资876亿元。一是…: a part's results, which
// its measures follow; none of the family's two thousand bold leads holds
// an arabic figure, though one may name a term: 5G+智慧商圈示范建设).
func shapeLead(l lead) bool {
	return l.marker == "" && l.runes >= 3 && l.runes <= 25 && l.commas <= 1 && l.rest >= 3*max(20, l.runes+1) && !turnsAfter(l.next) && !introduces(l.words) &&
		!hasFigure(l.words)
}

// maxTwinRunes bounds a lead longer than shapeLead takes that longTwin
// lets join its run.
const maxTwinRunes = 35

// longTwin reports a candidate too long for shapeLead (26 to maxTwinRunes
// characters, no comma, no figure) whose paragraph has the shape all the
// same, and whose next candidate, in the very next paragraph, has it and
// opens with the same measure verb: 坚持把学习贯彻习近平新时代中国特色社会主义思想
// 作为首要政治任务。… / 坚持重大事项请示报告制度。…, a 人大常委会's leads, whose
// first names the doctrine in full. A Word author bolds such a pair alike;
// in plain text, without the twin, a sentence that long is prose's.
func longTwin(l, next lead) bool {
	return l.marker == "" && l.runes > 25 && l.runes <= maxTwinRunes && l.commas == 0 && l.rest >= 3*(l.runes+1) &&
		!hasDigit(l.words) && !introduces(l.words) && !turnsAfter(l.next) &&
		next.para == l.para+1 && shapeLead(next) && opensWithMeasureVerb(l.words) && l.words[:6] == next.words[:min(6, len(next.words))]
}

// introduces reports a sentence that opens a part rather than titling one
// of its measures: it opens with a time (今年重点抓好以下工作。, 过去一年，…) or
// announces what follows (以下, 如下, 下面). A Word author bolds the
// measures after it, not it.
func introduces(t string) bool {
	if _, ok := hasPrefixAny(t, timeWords...); ok {
		return true
	}
	if i := strings.Index(t, "，"); i > 0 {
		// A span of time as its first clause (“十四五”时期，是…的五年。,
		// 党的十八大以来，…): it sets the scene as 过去五年， does.
		if _, ok := hasSuffixAny(t[:i], "时期", "期间", "以来"); ok {
			return true
		}
	}
	return strings.Contains(t, "以下") || strings.Contains(t, "如下") || strings.Contains(t, "下面")
}

// timeWords open a sentence set in time, as prose and introductions are
// and leads are not.
var timeWords = []string{"今年", "去年", "明年", "过去", "近年", "近几年", "一年来", "多年来", "五年来", "当前", "目前", "下一步", "今后", "新的一年"}

// shapeLeads returns the candidates that stand in runs of minShapeRun or
// more paragraphs among paras, each of the shape. cands are paragraphs'
// candidates in text order, as paras is. One other paragraph between two
// of the shape (a lead's text running on into a second paragraph) leaves
// the run open; two in a row end it. Where a run holds leads found by their shared wording (known), it
// gives only the paragraphs between the first and the last of them: one
// of the same shape before or after such a group is its introduction or
// its conclusion (行百里者半九十。… before 实现伟大梦想，必须…), while one inside
// is a lead that happens to share no words with its neighbours.
//
// listed is how many of paras stand in lists of one-sentence lines
// (closesNode). clauses are the paragraphs' clause leads (clause.go), in text order. A
// Word author who closes most leads of a part with 。 closes one or two
// with ； (先进制造业集群加快壮大；… between 。-ended ones): in plain text such a
// clause joins the run of the 。 ones as a member. A run with such members
// needs minShapeRun of the 。 shape, or two and the run filling the node
// (fillsNode: 守牢粮食安全底线；… / 巩固拓展脱贫攻坚成果；… / 建设宜居宜业和美乡村。…
// / 提升县城综合承载能力。…, all a part holds). A clause closed by ： or ，
// does not join: a list's lead-in ends with ：, and a lead's text running
// on into a second paragraph opens with a ，-clause as often (围绕文旅、体育、
// 养老等重点领域，…). Only as the node's last paragraph, right after a
// member, does a clause closed by ： join: a list's lead-in has
// its list after it, while an author who bolds a part's leads closes the
// last of them with ： as often (用地保障有力。… / 资金争取成效明显。… /
// 用工服务更加便捷：举办…, all a part holds), and it is no conclusion of a
// group its neighbours' wording ties: a conclusion states, it titles no
// text after a colon.
func shapeLeads(paras []int, listed int, cands, known, clauses []lead) []lead {
	var out []lead
	rp := leadPool.Get().(*[]lead)
	run := (*rp)[:0] // the current run's members (pooled: this runs for every node)
	defer func() { *rp = run[:0]; leadPool.Put(rp) }()
	k, c, gap := 0, 0, 0
	flush := func() {
		if mixedRepeats(run) {
			run = slices.DeleteFunc(run, func(l lead) bool { return l.mark != 0 })
		}
		if slices.ContainsFunc(run, func(l lead) bool { return l.mark != 0 }) {
			run = trimClauseRun(run, paras)
		}
		shaped := 0
		for _, l := range run {
			if l.mark == 0 || l.mark == '：' {
				shaped++
			}
		}
		if shaped == len(run) && (len(run) >= minShapeRun || len(run) == 2 && closesNode(paras, listed, run[1].para) && !copula(run[0].words) && !copula(run[1].words)) ||
			shaped < len(run) && len(run) >= minShapeRun && (shaped >= minShapeRun || shaped >= 2 && fillsNode(paras, run) || semiPairIn(run)) {
			if lo, hi, ok := span(run, known); ok {
				for _, l := range run {
					if (l.para > lo && l.para < hi || edgeMeasure(l) || edgeOutcome(l) || l.mark == '：') && !isKnown(known, l.para) {
						out = append(out, l)
					}
				}
			} else {
				out = append(out, run...)
			}
		}
		run = run[:0]
		gap = 0
	}
	for _, i := range paras {
		for k < len(cands) && cands[k].para < i {
			k++
		}
		for c < len(clauses) && clauses[c].para < i {
			c++
		}
		switch {
		case k < len(cands) && cands[k].para == i && (shapeLead(cands[k]) || k+1 < len(cands) && longTwin(cands[k], cands[k+1])):
			run = append(run, cands[k])
			gap = 0
			continue
		case c < len(clauses) && clauses[c].para == i && clauses[c].mark == '；':
			run = append(run, clauses[c])
			gap = 0
			continue
		case c < len(clauses) && clauses[c].para == i && colonMember(clauses[c], len(run) > 0 && gap == 0 && i == paras[len(paras)-1]):
			run = append(run, clauses[c])
			gap = 0
			continue
		}
		if len(run) > 0 && gap == 0 {
			gap++
			continue
		}
		flush()
	}
	flush()
	return out
}

// semiPairIn reports whether two members of run in a row are clauses
// that make a run of their own (semiPair): with them, the 。 leads beside
// them are leads however few (守牢粮食安全底线；… / 巩固拓展脱贫攻坚成果；… /
// 建设宜居宜业和美乡村。… before the part's closing prose).
func semiPairIn(run []lead) bool {
	for i := 1; i < len(run); i++ {
		if semiPair(run[i-1 : i+1]) {
			return true
		}
	}
	return false
}

// colonMember reports whether a ：-clause l joins a run of leads: as the
// node's last paragraph right after a member (last), or anywhere when it
// is five characters or more (组织开展各类培训：… between 。-closed leads) and
// opens no list or definition (opensList). A word or two before a colon
// (招募条件：…, 各位读者：…) labels or addresses, and a request (请广大群众牢记…原则：)
// asks the reader: neither titles a measure, nor do words said or quoted.
func colonMember(l lead, last bool) bool {
	if l.mark != '：' {
		return false
	}
	if _, ok := hasSuffixAny(l.words, speechEnds...); ok {
		return false // words said (一位商户说：“…”), as colonOpening has it
	}
	if _, ok := hasPrefixAny(l.next, "“", "‘", "「", "\""); ok {
		return false // a quotation, not a lead's text
	}
	return last || l.runes >= 5 && !opensList(l.next) && !strings.HasPrefix(l.words, "请")
}

// trimClauseRun trims a run that holds clause leads of the 。 sentences
// at its edges that are no measure's title: a thesis stated before them
// (法治是最好的营商环境。…) opens the part, a sentence of two clauses after them
// (服务好不好，群众说了算。…) closes it. Among ：-closed leads, a 。 sentence
// that opens with 一是 opens a run of 一是…二是… inside its paragraph,
// which the paragraph's measures are (inline), not a lead of the run.
// Where ： closes most members, a 。 one at an edge is a lead as
// clauseRunEdges has it: opening with a measure verb or in step with the
// run's, or opening a run that fills the node and naming an outcome.
func trimClauseRun(run []lead, paras []int) []lead {
	fills := run[0].para == paras[0] && run[len(run)-1].para == paras[len(paras)-1]
	colons, stops := 0, 0
	for _, l := range run {
		switch l.mark {
		case '：':
			colons++
		case 0:
			stops++
		}
	}
	prose := func(l lead) bool {
		if l.mark != 0 {
			return false
		}
		if _, ok := shiMarker(l.words); ok && colons > 0 {
			return true
		}
		return copula(l.words) || l.commas > 0 || colons > stops && !edgeMeasure(l) && !inStepWith(l, slices.DeleteFunc(slices.Clone(run), func(m lead) bool { return m.mark == 0 }))
	}
	if fills && run[0].mark == 0 && !states(run[0].words) && !copula(run[0].words) && run[0].commas == 0 {
		return run // the part's first lead closed by 。, the others by ： (clauseRunEdges)
	}
	if outcomeList(run, fills, colons) {
		return run // the part's last lead closed by 。 as a list's last, the others by ：
	}
	for len(run) > 1 && prose(run[0]) {
		run = run[1:]
	}
	for len(run) > 1 && prose(run[len(run)-1]) {
		run = run[:len(run)-1]
	}
	return run
}

// outcomeList reports a run that fills its node (fills), of leads closed
// by ： (colons) but the last, closed by 。 as a list's last member is, all
// of them outcomes named subject first rather than measures (预约诊疗全面推行：
// / 便民服务提档升级： / 护理服务延伸到院外。): no member opens with a measure
// verb, and the last neither states nor judges (…的关键是…). After measures
// (做强新能源电池产业：… / 做大高端装备产业：…) a last sentence that opens with
// none (新兴产业前景十分广阔。) closes the part, as it did.
func outcomeList(run []lead, fills bool, colons int) bool {
	last := run[len(run)-1]
	if !fills || colons != len(run)-1 || last.mark != 0 || states(last.words) || copula(last.words) || last.commas > 0 {
		return false
	}
	for _, l := range run {
		if opensWithMeasureVerb(l.words) {
			return false
		}
	}
	return true
}

// fillsNode reports whether run holds the node's paragraphs paras to the
// last, one after another, after at most one that opens the node. A run
// with a gap in it (a paragraph of neither shape) is not one: in a speech,
// 法治是最好的营商环境。… / 要深化包容审慎监管。… / 要坚决整治…： / 推行“综合查一次”；…
// holds two leads among prose.
func fillsNode(paras []int, run []lead) bool {
	n := len(paras)
	if n == 0 || run[len(run)-1].para != paras[n-1] {
		return false
	}
	first := n - len(run) // where the run must start to have no gap
	return first >= 0 && first <= 1 && paras[first] == run[0].para
}

// mixedRepeats reports whether two clause members of a run are the same
// words: prose, as in clauseLeads (repeats).
func mixedRepeats(run []lead) bool {
	for i := range run {
		if run[i].mark == 0 {
			continue
		}
		for j := i + 1; j < len(run); j++ {
			if run[j].mark != 0 && run[i].words == run[j].words {
				return true
			}
		}
	}
	return false
}

// closesNode reports whether a run of two ending at paragraph last is all
// that is left of the node's paragraphs but an introduction: a heading
// with two leads under it (（四）推进城乡融合发展 / 实施城市更新行动。… /
// 全面推进乡村振兴。…), perhaps after a paragraph that opens the part. The
// listed paragraphs, lists of one-sentence lines (listLine: the items of a
// list Word numbered, 审议《…条例》，推动…。 × 5, between the opening and the
// two leads), do not count. Two short openings in a row inside longer
// prose stay text.
func closesNode(paras []int, listed, last int) bool {
	return len(paras)-listed <= 3 && paras[len(paras)-1] == last
}

// span returns the first and last paragraphs of known that fall within
// the run, and whether any does; both lists are in text order.
func span(run, known []lead) (lo, hi int, ok bool) {
	first, last := run[0].para, run[len(run)-1].para
	for _, l := range known {
		if l.para >= first && l.para <= last {
			if !ok {
				lo, ok = l.para, true
			}
			hi = l.para
		}
	}
	return lo, hi, ok
}

// mergeLeads joins two lists of leads in text order, a paragraph once.
func mergeLeads(a, b []lead) []lead {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	out := make([]lead, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i].para < b[j].para:
			out = append(out, a[i])
			i++
		case i == len(a) || b[j].para < a[i].para:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// isKnown reports whether paragraph para has a lead in known, which is in
// text order. Leaving those out keeps the merge from copying both lists
// where, as is usual, the shape finds the same leads the wording did.
func isKnown(known []lead, para int) bool {
	i := sort.Search(len(known), func(i int) bool { return known[i].para >= para })
	return i < len(known) && known[i].para == para
}

// turnsAfter reports a sentence that opens with a turn or a consequence
// (同时…, 但…, 因此…): the sentence before it closes an argument (成绩来之不易。
// 同时我们也清醒看到…) rather than titling the measures after it, and a Word
// author leaves it plain. Only the shape rule asks (shapeLead): leads
// tied by their wording or as two very short sentences (alike) stay, since
// a lead's text may open with 同时 too (专题辅导解难题。同时…).
func turnsAfter(next string) bool {
	_, ok := hasPrefixAny(next, turnWords...)
	return ok
}

// turnWords open a sentence that turns from or draws on the one before:
// a conjunction, or the speaker turning to what else is seen (我们也清醒看到)
// or what the sentence before owes to (这是…的结果).
var turnWords = []string{"同时", "但", "然而", "不过", "可是", "因此", "所以", "总之", "此外", "另外", "与此同时", "当然", "我们也", "这是"}

// edgeMeasure reports a member of a run, just before or after the group
// its neighbours' wording ties, that is a measure all the same: it opens
// with a measure verb (推进以县城为重要载体的新型城镇化。… after 扛牢粮食安全责任。
// / 巩固拓展脱贫攻坚成果。 / 建设宜居宜业和美乡村。), where an introduction or a
// conclusion states (行百里者半九十。, 成绩来之不易。), even opening with such a
// verb (做好明年经济工作，关键在抓落实。: a copula, the part's thesis).
func edgeMeasure(l lead) bool {
	return opensWithMeasureVerb(l.words) && !copula(l.words)
}

// commaMixedRun returns the leads of a part whose paragraphs all open with
// a short lead, some closed by 。 and some by ， (防止返贫监测帮扶，… /
// 易地扶贫搬迁后续扶持，… / 东西部协作提质增效。…; 深化国资国企改革，… / 促进民营经济
// 发展壮大，… / 优化营商环境。… / 提升开放平台能级。…): a Word author closes a
// part's leads with either. Since a lead's text running on, or any prose
// paragraph, opens with a ，-clause as often, the run must fill the node
// (fillsNode: every paragraph after at most one that opens it), be
// minShapeRun long, hold at most one ，-clause more than 。 sentences and
// at least one paragraph of the 。 shape one clause
// long (where that sentence holds a ， too, 坚持抓项目稳投资，实施…。 / 扩消费
// 政策落地见效，… / 外贸外资稳中提质，…, every paragraph opens with a ，-clause
// as prose does), and not open with a single ，-clause before the 。 ones
// (坚持以人为本，统筹… before 实施城市更新行动。…: the part's opening; leads
// closed by ， come two or more); a single ，-clause among them opens with a
// measure verb (深化“村超”品牌效应，… after 做大做强新材料产业。… / 大力发展特色轻工。…),
// where a lead's text running on does not (以此为抓手，…). joins are the ，-clauses that may join
// (commaScope.joins), cands the paragraphs' candidates, both in text order.
// It is asked only where no other rule found a lead among paras.
func commaMixedRun(paras []int, cands, joins []lead) []lead {
	var run []lead
	k, j := 0, 0
	shaped, plain, commas := 0, 0, 0
	for _, i := range paras {
		for k < len(cands) && cands[k].para < i {
			k++
		}
		for j < len(joins) && joins[j].para < i {
			j++
		}
		switch {
		case k < len(cands) && cands[k].para == i && shapeLead(cands[k]):
			run = append(run, cands[k])
			shaped++
			if cands[k].commas == 0 {
				plain++
			}
		case j < len(joins) && joins[j].para == i:
			run = append(run, joins[j])
			commas++
		default:
			if len(run) > 0 {
				return nil // a gap: the run does not fill the node
			}
		}
	}
	if commas == 0 || plain == 0 || commas > shaped+1 || len(run) < minShapeRun || !fillsNode(paras, run) {
		return nil
	}
	if run[0].mark == '，' && run[1].mark != '，' {
		return nil
	}
	if commas == 1 {
		for _, l := range run {
			if l.mark == '，' && !opensWithMeasureVerb(l.words) {
				return nil // 以此为抓手，… after two leads: their text running on
			}
		}
	}
	return run
}

// edgeOutcome reports a member of a run, just before or after the group
// its neighbours' wording ties, that names an outcome as the group's leads
// do (残疾人和未成年人关爱服务持续加强。… after 公共服务更加优质。 / 教育服务不断
// 完善。 / 退役军人服务保障有力。): it ends on a predicate of progress
// (outcomeEnds) and is no copula (copula: 关爱工作的关键是持续加强。), where an
// introduction or a conclusion states or judges (行百里者半九十。, 成绩来之不易。).
func edgeOutcome(l lead) bool {
	_, ok := hasSuffixAny(l.words, outcomeEnds...)
	return ok && !copula(l.words)
}
