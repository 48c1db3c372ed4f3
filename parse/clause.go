package parse

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Lead clauses: a lead the author closed with ；, ： or ， instead of 。
// (**做大做强绿色硅材料产业，**推动…). In plain text the bold is gone and
// the clause reads like the opening of any sentence, so these leads need
// more evidence than the shape that finds 。-ended ones (shape.go):
//   - ； and ： end a clause that stands apart from what follows; a run of
//     minShapeRun paragraphs, each opening with one (the same mark) and
//     then longer prose, is a run of leads, as with 。.
//   - ， ends the opening clause of most prose paragraphs (今年，…, 过去一年，…,
//     我们党深刻认识到，…, 实现伟大梦想，必须…), in runs that even share their
//     wording. A ，-clause counts only when it opens with a verb of the
//     measures a report lists (加快…, 做大做强…, 着力…): the mood a Word
//     author bolds, which a statement (外贸外资稳中提质，…) or a time word
//     never has; only under a numbered heading (paragraphLeads); and again
//     only in a run of minShapeRun.

// maxClauseRunes bounds a ；/： lead clause, as shapeLead bounds a 。 one;
// maxCommaRunes bounds a ， one, shorter because the mark is weaker.
const (
	maxClauseRunes = 25
	maxCommaRunes  = 20
)

// measureVerbs open the imperative clauses that reports bold as leads:
// the first two characters of 加快发展…, 着力推进…, 做大做强…. A clause that
// opens with a subject (外贸外资…), a time (今年…) or a connective (同时…)
// is not among them, nor are verbs that as often open a noun (发展质量…,
// 创新动能…, 服务业…, 建设成效…).
var measureVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range []string{
		"着力", "持续", "加快", "坚持", "大力", "推动", "推进", "深化", "强化", "提升",
		"加强", "完善", "健全", "促进", "扩大", "做大", "做强", "做优", "做精", "做活",
		"做实", "做好", "做足", "做细", "抓好", "抓实", "抓紧", "全面", "积极", "聚焦",
		"突出", "优化", "培育", "实施", "打造", "构建", "深入", "扎实", "全力", "切实",
		"不断", "稳步", "加速", "加大", "统筹", "巩固", "壮大", "增强", "激发", "筑牢",
		"守牢", "兜牢", "织密", "用好", "落实", "提高", "改善", "释放", "拓展", "拓宽",
		"畅通", "夯实", "厚植", "严格", "精准", "稳妥", "主动", "坚决", "牢牢", "着眼",
		"围绕", "立足", "紧扣", "锚定", "瞄准", "聚力", "弘扬", "防范", "化解", "守住",
		"营造", "谋划", "力争", "确保", "奋力", "建立", "建好", "建强", "办好", "管好",
		"发挥", "激活", "盘活", "提速", "提质", "放大", "补齐", "补强", "延伸", "深挖",
		"狠抓", "进一", "加紧", "丰富", "毫不", "自觉", "持之", "更加", "始终", "认真",
		"广泛", "依法", "协同", "支持", "鼓励", "引导", "开展", "推行", "探索", "保持",
		"维护", "坚定", "坚守", "擦亮", "打响", "打好", "打赢", "用足", "做深", "抓牢",
		"抓细", "加力", "攻坚", "提振", "稳住", "锻造", "树立", "带头",
	} {
		m[v] = true
	}
	return m
}()

// opensWithMeasureVerb reports whether t opens with one of measureVerbs.
func opensWithMeasureVerb(t string) bool {
	const two = 2 * 3 // two Han characters in UTF-8
	return len(t) >= two && measureVerbs[t[:two]]
}

// commaScope says which leads closed by a comma paragraphLeads looks for
// under a node: since most prose paragraphs open with a short clause and
// a comma, that depends on what heads them.
type commaScope uint8

const (
	// commaNone: none, under a document's or an article's title.
	commaNone commaScope = iota
	// commaPlain: under a plain heading line, short clauses (maxPlainComma
	// runes) that open with a measure verb (扩大有效投资，… / 提振消费活力，…
	// / 稳住外贸基本盘，…, a report whose part headings Word numbered and
	// a copy as text lost). An 经验材料's plain sub-heading (健全运行机制，激发
	// 治理活力), itself the lowest title level, has paragraphs that open
	// with a longer measure (建立网格吹哨工作机制，… / 推行网格事务公开制度，…) as
	// its body.
	commaPlain
	// commaNumbered: under a numbered heading, clauses that open with a
	// measure verb, and weak ones that run in step (clauseLeads).
	commaNumbered
	// commaLaw: under a 第X条 or another unit of the chapter family,
	// clauses with a measure verb only: a law's clauses (款) open in step
	// (常务委员会会议第一次审议法律案，… / 常务委员会会议第二次审议法律案，…) and are
	// never leads.
	commaLaw
)

// maxPlainComma bounds a ，-clause lead under a plain heading.
const maxPlainComma = 8

// scopeOf is the comma scope of node n's paragraphs.
func scopeOf(n *pnode) commaScope {
	switch {
	case n.up == nil || n.info.isArticle:
		return commaNone
	case n.Marker == "":
		return commaPlain
	case n.info.style.family() == famChapter || chapterMarker(n.Marker):
		return commaLaw
	}
	return commaNumbered
}

// chapterMarker reports a marker of the chapter family as written (第三条,
// 第二章), which a Markdown or styled heading may carry while its style is
// its level's.
func chapterMarker(m string) bool {
	if !strings.HasPrefix(m, "第") {
		return false
	}
	_, ok := hasSuffixAny(m, "编", "章", "节", "条", "部分")
	return ok
}

// takes reports whether a clause lead l (clauseLead) counts in scope c.
func (c commaScope) takes(l lead) bool {
	if l.mark != '，' {
		return true
	}
	switch c {
	case commaPlain:
		return !l.weak && l.runes <= maxPlainComma
	case commaLaw:
		return !l.weak
	}
	return c == commaNumbered
}

// joins reports whether a ，-clause l may join a run of 。-ended leads in
// scope c (commaMixedRun): under a heading, not a law's unit, a clause of
// at most maxJoinComma characters, none of them a 、 or a digit: an
// enumeration (围绕文旅、体育、养老等重点领域，) or an amount (in figures or Han numerals)
// opens a lead's text running on, not a lead.
func (c commaScope) joins(l lead) bool {
	return l.mark == '，' && (c == commaPlain || c == commaNumbered) && l.runes <= maxJoinComma &&
		!hasDigit(l.words) && !containsAny(l.words, "、百千万亿") && !hanAmount(l.words) && !setting(l.words)
}

// setting reports a clause that sets the scene for a sentence rather than
// naming a measure: it opens with a preposition (在中国特色社会主义新时代，…,
// 围绕…，, 对…，) or holds a span of time (党的十八大以来，…).
func setting(t string) bool {
	if _, ok := hasPrefixAny(t, settingOpeners...); ok {
		return true
	}
	for _, w := range []string{"以来", "以后", "之后", "期间", "时期", "时代"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	_, ok := hasPrefixAny(t, timeWords...)
	return ok
}

// settingOpeners are the prepositions that open a scene-setting clause.
var settingOpeners = []string{"在", "从", "对", "为", "当", "自", "随着", "按照", "根据", "围绕", "通过", "针对", "面对", "经过", "依托", "结合", "立足", "基于", "作为"}

// hanAmount reports a count in Han numerals (四个, 两个, 十个) in t: an amount,
// as 谋划实施重大项目四百个，… opens a lead's text, not a lead.
func hanAmount(t string) bool {
	for i := strings.Index(t, "个"); i > 0; {
		r, _ := lastRune(t[:i])
		if strings.ContainsRune("一二三四五六七八九十两几", r) {
			return true
		}
		j := strings.Index(t[i+len("个"):], "个")
		if j < 0 {
			break
		}
		i += len("个") + j
	}
	return false
}

// maxJoinComma bounds a ，-clause that joins a run of 。 leads.
const maxJoinComma = 12

// listColonEnds close a clause that announces a list or a definition
// (主要目标是：, 具体如下：, 包括：), not a lead that titles what follows.
var listColonEnds = []string{"是", "为", "有", "如下", "包括", "指", "即"}

// clauseScan bounds the bytes clauseLead looks at for a clause's end: a
// clause of maxClauseRunes Han characters and a few quotation marks.
const clauseScan = (maxClauseRunes + 4) * 3

// clauseLead returns the lead clause opening paragraph s, with the mark
// that ends it (；, ： or ，), and whether there is one: 4 to maxClauseRunes
// characters (maxCommaRunes for ，; or three Han ones, 碳达峰；…) with no
// sentence end before it and its quotation marks closed, then prose at least as long as shapeLead asks. A
// clause of a ， counts only when commas is set; unless it opens with a
// measure verb it is weak, a lead only in a run of parallel clauses
// (clauseLeads). It runs on every paragraph of a document: it finds the
// mark with a byte search, tests what costs little first (the verb, the
// length of what follows) and reads the clause once (clauseBytes).
func clauseLead(s string, commas bool) (lead, bool) {
	end, mark := clauseMark(s[:min(len(s), clauseScan)])
	if end < 0 || mark == '，' && !commas {
		return lead{}, false
	}
	weak := mark == '，' && !opensWithMeasureVerb(s)
	const size = len("，") // each of the three marks
	rest := len(s) - end - size
	if rest < 3*20 {
		return lead{}, false // shapeLead's shortest prose; below, against the runes
	}
	t := s[:end]
	runes, ok := clauseBytes(t)
	limit := maxClauseRunes
	if mark == '，' {
		limit = maxCommaRunes
	}
	if !ok || runes < 3 || runes == 3 && !allHan(t) || runes > limit || rest < 3*(runes+1) {
		return lead{}, false
	}
	if r, _ := utf8.DecodeRuneInString(t); r >= '0' && r <= '9' || r >= '０' && r <= '９' || r == '—' {
		return lead{}, false
	}
	if _, ok := hasSuffixAny(t, listColonEnds...); ok && mark == '：' || mark == '：' && addressOrNotice(t) {
		return lead{}, false
	}
	if _, ok := hasPrefixAny(t, connectives...); ok || introduces(t) {
		return lead{}, false
	}
	if weak && hasDigit(t) {
		return lead{}, false // a time or an amount (到2020年，… / 到2035年，…), not a measure
	}
	if _, ok := hasPrefixAny(t, speakerWords...); ok && weak {
		// The speaker as the subject (我们将坚持“两个毫不动摇”，… / 我们将深化
		// 国资国企改革，…): what the report says it will do, in step or not, is
		// prose; a measure a Word author bolds names what is done.
		return lead{}, false
	}
	l := lead{end: end, sentEnd: end + size, runes: runes, words: t, rest: rest, mark: mark, weak: weak}
	if mark == '：' {
		l.next = s[end+size : end+size+min(rest, listHead)]
	}
	return l, true
}

// listHead bounds the bytes after a ：-clause that opensList reads.
const listHead = 12

// opensList reports whether the text after a ：-clause opens a list
// (抓好三件事：一是…, 重点做好：1.…, （1）…, 首先，…) or a definition (草畜平衡：指…,
// a glossary's entry): the clause is the list's lead-in, as a paragraph of
// its own is, or a term, not a lead that titles prose.
func opensList(after string) bool {
	if _, ok := shiMarker(after); ok {
		return true
	}
	if _, ok := hasPrefixAny(after, "指导", "指挥", "指出", "指定", "指引"); !ok && strings.HasPrefix(after, "指") {
		return true
	}
	if _, ok := hasPrefixAny(after, "是指", "即", "是"); ok {
		return true
	}
	m, ok := parseMarker(after)
	return ok && m.skip < len(after)
}

// clauseMark returns where the first ，, ； or ： of head stands and which
// it is, or -1 when a ！ or ？ comes first or none does.
func clauseMark(head string) (int, rune) {
	for i := 0; i+2 < len(head); {
		j := strings.IndexByte(head[i:], 0xEF)
		if j < 0 || i+j+2 >= len(head) {
			break
		}
		i += j
		if head[i+1] == 0xBC {
			switch head[i+2] {
			case 0x8C:
				return i, '，'
			case 0x9B:
				return i, '；'
			case 0x9A:
				return i, '：'
			case 0x81, 0x9F: // ！ ？
				return -1, 0
			}
		}
		i += 3
	}
	return -1, 0
}

// clauseBytes reads clause t once: its runes less its quotation marks (“”
// ‘’《》), and whether it is a clause of prose, with no 。 (a sentence
// before it), no white space or ASCII punctuation, and its “” and （）
// closed (else the mark that ends it stands inside them).
func clauseBytes(t string) (runes int, ok bool) {
	quotes, parens := 0, 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c&0xC0 != 0x80 {
			runes++
		}
		switch c {
		case ' ', '\t', ',', ';', ':':
			return 0, false
		case 0xE3: // 。E3 80 82, 　E3 80 80, 《》E3 80 8A/8B
			if i+2 < len(t) && t[i+1] == 0x80 {
				switch t[i+2] {
				case 0x82, 0x80:
					return 0, false
				case 0x8A, 0x8B:
					runes--
				}
			}
		case 0xE2: // “ ” E2 80 9C/9D, ‘ ’ E2 80 98/99
			if i+2 < len(t) && t[i+1] == 0x80 {
				switch t[i+2] {
				case 0x9C:
					quotes++
					runes--
				case 0x9D:
					quotes--
					runes--
				case 0x98, 0x99:
					runes--
				}
			}
		case 0xEF: // （ ） EF BC 88/89
			if i+2 < len(t) && t[i+1] == 0xBC {
				switch t[i+2] {
				case 0x88:
					parens++
				case 0x89:
					parens--
				}
			}
		}
	}
	return runes, quotes == 0 && parens == 0
}

// repeats reports whether two clauses of run are the same words: the
// leads of a part name different measures, while prose may open its
// paragraphs with the same clause (a run that does is not one of leads).
func repeats(run []lead) bool {
	if len(run) <= 16 {
		for i := range run {
			for j := i + 1; j < len(run); j++ {
				if run[i].words == run[j].words {
					return true
				}
			}
		}
		return false
	}
	seen := make(map[string]bool, len(run))
	for _, l := range run {
		if seen[l.words] {
			return true
		}
		seen[l.words] = true
	}
	return false
}

// clauseLeads returns the clause leads (clauseLead) that stand in runs of
// minShapeRun or more consecutive paragraphs among paras, each closed by
// the same mark, or of two closed by ； (semiPair) or by ： filling the
// node (colonPair). paras are the node's paragraphs but a table's cells
// (withoutTables): a table amid a run neither breaks it nor stands
// beside a pair as prose. clauses holds
// paragraphs' clause leads in text order; paras that hold none end a run,
// and so does a run in which a clause repeats.
func clauseLeads(paras []int, clauses []lead) []lead {
	var out []lead
	k, from, n := 0, 0, 0
	flush := func() {
		if (n >= minShapeRun || n == 2 && (semiPair(clauses[from:from+n]) || colonPair(paras, clauses[from:from+n]))) && !repeats(clauses[from:from+n]) {
			out = append(out, clauses[from:from+n]...)
		}
		n = 0
	}
	for x, i := range paras {
		for k < len(clauses) && clauses[k].para < i {
			k++
		}
		if k < len(clauses) && clauses[k].para == i {
			if n > 0 && (clauses[k].mark != clauses[from].mark || !parallelIfWeak(clauses[from], clauses[k]) && (n < minShapeRun || !flanked(paras, x, clauses, k))) {
				flush()
			}
			if n == 0 {
				from = k
			}
			n++
			k++
			continue
		}
		flush()
	}
	flush()
	return out
}

// semiPair reports whether two clause leads in a row make a run of their
// own: both closed by ； and at most maxOpeningRunes long (安全生产形势总体稳定；…
// / 重大风险有效化解；…, a part's two leads before its conclusion). Prose
// opens a paragraph with a ，-clause or a sentence; a short clause closed
// by ；, with no comma before it, is the mark of a bold lead, and two in a
// row are what a reader takes for the part's leads.
func semiPair(run []lead) bool {
	for _, l := range run {
		if l.mark != '；' || l.runes > maxOpeningRunes {
			return false
		}
	}
	return true
}

// colonPair reports whether two clause leads in a row closed by ： make
// a run of their own: both name a measure or an outcome at most
// maxOpeningRunes long (colonMember: five characters or more, no list's
// lead-in, no words said) and together they fill the node's paragraphs
// paras, after at most one that opens it (fillsNode: 引才要有新突破：… /
// 育才要有新机制：…, all a part holds). Two such paragraphs among prose are
// a speech's asides (我们的体会是：… / 主要做法有：…) as often.
func colonPair(paras []int, run []lead) bool {
	for _, l := range run {
		if l.mark != '：' || l.runes > maxOpeningRunes || !colonMember(l, false) {
			return false
		}
	}
	return fillsNode(paras, run)
}

// parallelIfWeak reports whether clause c may join the run of clauses
// that first opens: always when both open with a measure verb, and when
// either is weak (no measure verb: 从全国看，… / 从全省看，… / 从我市看，…,
// 第一类是审批不畅的问题，… / 第二类是政策兑现的问题，…) only when the two are
// parallel: two characters of opening or closing shared (从…看, …的问题) and
// lengths within two characters, or when both name an outcome
// (outcomeClause: 就业保障更加有力，/ 创新能力持续增强，). Prose opens its
// paragraphs with clauses that share nothing (全区上下团结一心，/ 各项事业
// 蓬勃发展，), or not in step (对这些问题， after 第四类是账款拖欠的问题，).
func parallelIfWeak(first, c lead) bool {
	if !first.weak && !c.weak {
		return true
	}
	a, b := first.words, c.words
	if outcomeClause(first) && outcomeClause(c) {
		return true
	}
	return commonPrefix(a, b, 2)+commonSuffix(a, b, 2) >= 2 && first.runes-c.runes <= 2 && c.runes-first.runes <= 2
}

// withClauses adds to the leads known the clause leads (clause.go) that
// stand in runs among the paragraphs no known lead opens: a paragraph
// whose first sentence is a lead is titled by that sentence, and ends a
// run of clauses. A paragraph just before or after such a run whose first
// sentence has the 。 shape and opens with a measure verb (培育新增长极。…
// after 做强新能源电池产业：… / 做优半导体材料产业：… / 做大高端装备产业：…) is a
// lead of the run closed by its own mark, and so, beside a run closed by
// ；, is one opening with a ，-clause that may join a run (commaScope.joins:
// 煤炭产业高端化发展，… before 非煤产业加速壮大；… / 文旅康养成为新增长点；…); cands
// are the paragraphs' sentence candidates, joins those ，-clauses, both
// in text order.
func (p *parser) withClauses(paras []int, known, clauses, cands, joins []lead) []lead {
	if len(clauses) < 2 {
		return known
	}
	if len(known) > 0 {
		kept := clauses[:0]
		for _, l := range clauses {
			if !isKnown(known, l.para) {
				kept = append(kept, l)
			}
		}
		clauses = kept
		rest := paras[:0:0]
		for _, i := range paras {
			if !isKnown(known, i) {
				rest = append(rest, i)
			}
		}
		paras = rest
	}
	found := clauseLeads(p.withoutTables(paras), clauses)
	if len(found) == 0 {
		return mergeLeads(known, parallelLabels(paras, clauses, cands))
	}
	return mergeLeads(known, mergeLeads(found, clauseRunEdges(paras, found, cands, joins)))
}

// withoutTables returns paras without the cells of a table among them
// (minCellRun or more cell lines in a row, one a line as a table copied
// out of Word gives them: 人民法庭 / 收案（件） / 结案（件） / …), which are
// not prose: a part's two ：-leads beside its table of figures are all the
// prose it holds. paras itself when it holds none.
func (p *parser) withoutTables(paras []int) []int {
	if len(paras) < minCellRun {
		return paras
	}
	from, to := paras[0], paras[len(paras)-1]+1
	var out []int
	for k, i := range paras {
		if p.cellLine(i) && p.inTitleRun(i, from, to) {
			if out == nil {
				out = append(make([]int, 0, len(paras)), paras[:k]...)
			}
			continue
		}
		if out != nil {
			out = append(out, i)
		}
	}
	if out == nil {
		return paras
	}
	return out
}

// clauseRunEdges returns the candidates of cands that stand right before
// or after a run of found (clause leads in runs, in text order) among
// paras, of the 。 shape and opening with a measure verb, and the clauses
// of joins that stand so by a run closed by ；. A candidate that opens the
// node, the run filling the rest of it, needs no verb, only to name an
// outcome rather than state (states): 自然资源资产底数更加清晰。… before 耕地保护
// 责任全面落实：… / 生态保护修复有序推进：… / 资源有偿使用制度不断完善：…, all the
// part holds, its first lead closed by 。 and the others by ：. So does one
// that closes the node right after a run of ；-clauses that opens it: the
// last member of a list its author separates with ； is closed by 。
// (能源产业更加壮大；… / 制造业加快延链补链；… / 服务业稳步回升。…, all the part holds).
func clauseRunEdges(paras []int, found, cands, joins []lead) []lead {
	var out []lead
	at := func(i int) int { // i's place in paras, which holds it
		k, _ := slices.BinarySearch(paras, i)
		return k
	}
	byPara := func(l lead, para int) int { return l.para - para }
	edge := func(k int, mark rune, run []lead) {
		if k < 0 || k >= len(paras) || isKnown(found, paras[k]) {
			return
		}
		i, _ := slices.BinarySearchFunc(cands, paras[k], byPara)
		opensNode := k == 0 && run[len(run)-1].para == paras[len(paras)-1] && at(run[0].para) == 1
		closesList := k == len(paras)-1 && mark == '；' && at(run[0].para) == 0
		if i < len(cands) && cands[i].para == paras[k] && shapeLead(cands[i]) && (opensWithMeasureVerb(cands[i].words) || inStepWith(cands[i], run) || (opensNode || closesList) && !states(cands[i].words)) {
			out = append(out, cands[i])
			return
		}
		if j, ok := slices.BinarySearchFunc(joins, paras[k], byPara); ok && mark == '；' {
			out = append(out, joins[j])
		}
	}
	for r := 0; r < len(found); {
		e := r // the run is found[r..e]
		for e+1 < len(found) && at(found[e+1].para) == at(found[e].para)+1 {
			e++
		}
		edge(at(found[r].para)-1, found[r].mark, found[r:e+1])
		edge(at(found[e].para)+1, found[r].mark, found[r:e+1])
		r = e + 1
	}
	slices.SortFunc(out, func(a, b lead) int { return a.para - b.para })
	return slices.CompactFunc(out, func(a, b lead) bool { return a.para == b.para })
}

// inStepWith reports a lead written in step with one of run's: three
// characters in a row shared and lengths within two characters (执行活动
// 监督更加规范。 after 侦查活动监督更加有力；… / 审判活动监督更加精准；…), the run's
// last member closed by 。 as its author closes a list's last.
func inStepWith(l lead, run []lead) bool {
	for _, m := range run {
		if l.runes-m.runes <= 2 && m.runes-l.runes <= 2 && shareThree(l.words, m.words) {
			return true
		}
	}
	return false
}

// shareThree reports whether a and b hold the same three characters in a
// row.
func shareThree(a, b string) bool {
	r := []rune(a)
	for i := 0; i+3 <= len(r); i++ {
		if strings.Contains(b, string(r[i:i+3])) {
			return true
		}
	}
	return false
}
