package parse

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"wenji/internal/par"
	"wenji/model"
)

// lead is a candidate lead sentence: the first sentence of a paragraph, or a
// short sentence inside one.
type lead struct {
	para          int    // index into eff
	start, end    int    // title bytes within the paragraph (marker excluded)
	sentEnd       int    // end of the sentence, end mark included
	marker        string // —— when the paragraph opens with a dash bullet
	words         string // the title without quotation marks, to compare
	next          string // the sentence that follows, to compare
	runes, commas int
	bold          bool // marked by the author's bold, not inferred
	weak          bool // a ，-clause that opens with no measure verb (clauseLead)
	mark          rune // the ；, ： or ， closing a clause lead (clause.go); 0 for a sentence
	rest          int  // bytes of the paragraph after the sentence
}

// leadCandidate checks whether the sentence ss[k] of paragraph s could be a
// lead sentence no longer than maxRunes with at most maxCommas commas, and
// at least 4 runes long, or 3 when short3 is set and they are three Han
// characters (稳工业。… / 强农业。… / 兴文旅。…, a paragraph's lead).
func leadCandidate(s string, ss []sentence, k, maxRunes, maxCommas int, short3 bool) (lead, bool) {
	if k+1 >= len(ss) {
		return lead{}, false // a lead introduces text that follows it
	}
	st := ss[k]
	// Cheap checks first: most sentences are far longer than a lead.
	if st.mark != '。' || st.bodyEnd-st.start > (maxRunes+4)*3+8 {
		return lead{}, false
	}
	start := st.start
	l := lead{}
	if k == 0 {
		for _, dash := range []string{"——", "—"} {
			if strings.HasPrefix(s[start:], dash) {
				l.marker = dash
				start += len(dash)
				break
			}
		}
	}
	t := s[start:st.bodyEnd]
	// Counts before words: stripping the quotes allocates, and most
	// sentences fail on length or commas.
	var colon bool
	l.runes, l.commas, colon = clauseStats(t)
	if l.runes < 3 || l.runes == 3 && !(short3 && allHan(t)) || l.runes > maxRunes || l.commas > maxCommas || colon {
		return lead{}, false
	}
	if r, _ := utf8.DecodeRuneInString(t); r >= '0' && r <= '9' && hasFigure(t[:min(len(t), 8)]) || r >= '０' && r <= '９' {
		return lead{}, false // a figure (2025年…), not a term (5G+智慧商圈…)
	}
	if w, ok := hasPrefixAny(t, connectives...); ok && !yearsAfter(w, t) {
		return lead{}, false
	}
	l.words = stripQuotes(t)
	next := s[ss[k+1].start:ss[k+1].bodyEnd]
	l.next = next
	l.start, l.end, l.sentEnd = start, st.bodyEnd, st.end
	return l, true
}

// paragraphLeads finds the paragraphs among paras that open with parallel
// lead sentences. Three or more alike make a group; two only when linked
// strongly and short, since prose paragraphs sometimes open alike by chance.
// Leads closed by a comma are looked for as scope says.
func (p *parser) paragraphLeads(paras []int, scope commaScope) []lead {
	cp := leadPool.Get().(*[]lead)
	cands := (*cp)[:0]
	defer func() { *cp = cands[:0]; leadPool.Put(cp) }()
	bp := sentencePool.Get().(*[]sentence)
	buf := *bp
	defer func() { *bp = buf[:0]; sentencePool.Put(bp) }()
	clp := leadPool.Get().(*[]lead)
	clauses := (*clp)[:0] // the paragraphs' clause leads (clause.go)
	defer func() { *clp = clauses[:0]; leadPool.Put(clp) }()
	var joins []lead    // ，-clauses that may join a run of 。 leads (commaMixedRun)
	var lists listCount // paragraphs in lists of one-sentence lines (closesNode)
	p.sents.reset()
	for _, i := range paras {
		e := &p.eff[i]
		if e.kind != lineBody {
			lists.add(false)
			continue
		}
		s := p.str(e)
		// A lead is at most 50 runes: look for its end within the bytes
		// that can hold it before scanning further, and first for a 。
		// there at all (a search far cheaper than the scan, and most
		// paragraphs open with a longer sentence).
		l, clause := clauseLead(s, scope != commaNone)
		if clause {
			l.para = i
			if scope.takes(l) {
				clauses = append(clauses, l)
			}
			if scope.joins(l) {
				joins = append(joins, l)
			}
		}
		lists.add(!clause && listLine(s))
		// The paragraph's sentences, scanned once for inline too, and
		// the first of them read as within the bytes a lead can take.
		ss := p.sents.scan(i, s)
		var first bool
		if first, buf = firstInHead(s, ss, buf); !first {
			continue
		}
		l, ok := leadCandidate(s, ss[:min(len(ss), 2)], 0, 50, 2, true)
		if !ok {
			l, ok = p.yearLead(i, s, ss) // 2027年全省…承办。…, a list's item (marginlist.go)
		}
		if ok {
			l.para = i
			l.rest = len(s) - l.sentEnd
			cands = append(cands, l)
		}
	}
	if len(cands) < 2 {
		var known []lead
		if len(cands) == 1 && len(joins) > 0 {
			known = commaMixedRun(paras, cands, joins)
		}
		if len(known) == 0 && len(cands)+len(clauses) >= minShapeRun && slices.ContainsFunc(clauses, func(l lead) bool { return l.mark == '：' }) {
			known = shapeLeads(p.beforeClosing(paras), lists.n, cands, nil, clauses) // ：-clauses with a 。 lead or two
		}
		found := p.withClauses(paras, known, clauses, cands, joins)
		if len(found) == 0 && scope != commaNone && len(p.bold) == 0 {
			found = outcomeClausePair(paras, joins)
		}
		if len(found) == 0 && len(cands) == 1 && scope != commaNone {
			if l, ok := p.lastLead(paras, cands, clauses, joins); ok {
				return []lead{l}
			}
		}
		return found
	}
	alikeLeads := groups(nil, cands, alike, func(m []lead, strong bool) bool {
		if len(m) >= 3 {
			return true
		}
		return len(m) == 2 && strong && m[0].runes <= 25 && m[1].runes <= 25
	})
	known := mergeLeads(alikeLeads, shapeLeads(p.beforeClosing(paras), lists.n, cands, alikeLeads, clauses))
	if len(known) == 0 && len(joins) > 0 {
		known = commaMixedRun(paras, cands, joins)
	}
	found := p.withClauses(paras, known, clauses, cands, joins)
	if len(p.bold) == 0 {
		found = closingOutcome(paras, found, joins)
	}
	if len(found) == 0 && scope != commaNone && len(p.bold) == 0 {
		found = outcomePair(paras, cands, clauses, joins)
	}
	if len(found) == 0 && scope != commaNone && len(p.bold) == 0 {
		found = outcomeClausePair(paras, joins)
	}
	if len(found) == 0 && scope != commaNone {
		if l, ok := p.lastLead(paras, cands, clauses, joins); ok {
			return []lead{l}
		}
	}
	return found
}

// inlineLeads finds short parallel lead sentences inside paragraph s (强化对标
// 学习，把准选题方向。…强化问题导向，提升选题精度。…), from byte from on,
// appended to dst[:0] (groups).
func inlineLeads(dst []lead, s string, from int, ss []sentence) []lead {
	cp := leadPool.Get().(*[]lead)
	cands := (*cp)[:0]
	defer func() { *cp = cands[:0]; leadPool.Put(cp) }()
	for k := range ss {
		if ss[k].start < from {
			continue
		}
		l, ok := leadCandidate(s, ss, k, 20, 1, false)
		if !ok || l.marker != "" {
			continue
		}
		if runeLen(l.next) <= l.runes {
			continue // a lead is followed by the longer text it introduces
		}
		cands = append(cands, l)
	}
	if len(cands) < 2 {
		return nil
	}
	link := func(a, b lead) int {
		cp := commonPrefix(a.words, b.words, 2)
		cs := commonSuffix(a.words, b.words, 2)
		switch {
		case cp >= 2 || cs >= 2:
			return 2
		case a.commas == 0 && b.commas == 0 && a.runes >= 6 && b.runes >= 6 && a.runes <= 16 && b.runes <= 16:
			return 1
		}
		return 0
	}
	return groups(dst, cands, link, func(m []lead, strong bool) bool {
		if figures(m) {
			return false
		}
		if !strong && m[0].start >= ss[0].end && !inStep(m, ss) {
			return false // prose's short sentences (inStep)
		}
		if len(m) >= 3 {
			return true
		}
		return len(m) == 2 && strong && m[0].commas == 1 && m[1].commas == 1
	})
}

// figures reports a run of sentences that are mostly figures (城镇调查失
// 业率5%以内。居民消费价格涨幅2%左右。…): a paragraph's list of targets,
// each followed by the next, not leads each followed by what they
// introduce.
func figures(m []lead) bool {
	n := 0
	for _, l := range m {
		if hasDigit(l.words) {
			n++
		}
	}
	return 2*n >= len(m)
}

// sentencePool keeps the sentence buffers the paragraph scans fill, so a
// large document is scanned without allocating per paragraph.
var sentencePool = sync.Pool{New: func() any { b := make([]sentence, 0, 64); return &b }}

// measures finds the leads and inline measures below each node, depth
// first, after the headings are in place.
func (p *parser) measures(n *pnode) {
	defer p.listsUnderLeads(n) // once the children are all in place (leadlists.go)
	in := &n.info
	blockKids := n.kids
	n.kids = nil
	p.cutRunOnItems(blockKids)
	// Paragraphs above the node's title (a dateline or a cover's lines
	// over a document's title) are its text, never a measure's: a node
	// opens no child above its own title.
	above := 0
	for above < len(in.paras) && p.eff[in.paras[above]].start < n.TitleSpan.Start {
		above++
	}
	over := in.paras[:above]
	own := ordinalRunEnd(p.leadsAfterItems(in.paras[above:], blockKids), blockKids)
	in.paras = own
	defer func() {
		if above > 0 {
			in.paras = append(over[:above:above], in.paras...)
		}
	}()
	// The paragraph that carries a numbered heading's title is the node's
	// own, but its first sentence is taken, so it cannot be a lead.
	candParas := own
	if in.isLead && len(own) > 0 {
		candParas = own[1:]
	}
	leads := p.leadAfterListed(p.boldLeads(candParas, p.guessedLeads(candParas, scopeOf(n))), candParas, blockKids)
	var leadNodes []*pnode
	if len(leads) > 0 {
		// Partition the paragraphs: before the first lead they are the
		// node's; from each lead to the next they are the lead's.
		byPara := map[int]lead{}
		for _, l := range leads {
			byPara[l.para] = l
		}
		var mine []int
		var cur *pnode
		kb := 0 // the block children before paragraph i
		for _, i := range own {
			// A lead's paragraphs stop at a block child: what
			// leadsAfterItems gave back from below an item follows it.
			at := kb
			for kb < len(blockKids) && blockKids[kb].TitleSpan.Start < p.eff[i].start {
				kb++
			}
			if kb > at || cur != nil && !cur.Inferred && endsLead(p.str(&p.eff[i])) {
				// 各位代表，…, 这些成绩的取得，…: done with the bold lead before.
				cur = nil
			}
			if l, ok := byPara[i]; ok {
				e := &p.eff[i]
				c := p.newNode(n, model.Node{Inferred: !l.bold, Line: int(e.num), Marker: l.marker})
				c.Title = trimTitleEnd(p.str(e)[l.start:l.end])
				c.TitleSpan = model.Span{Start: e.start, End: e.start + l.end}
				ci := &c.info
				ci.isLead = true
				ci.titleEnd = e.start + l.sentEnd
				ci.paras = []int{i}
				leadNodes = append(leadNodes, c)
				cur = c
				continue
			}
			if cur != nil {
				cur.info.paras = append(cur.info.paras, i)
			} else {
				mine = append(mine, i)
			}
		}
		in.paras = mine
	}
	items := p.marginItems(n, leadNodes)
	p.inline(n)
	for _, c := range leadNodes {
		p.inline(c)
	}
	n.kids = slices.Grow(n.kids, len(leadNodes)+len(blockKids)+len(items))
	n.kids = append(n.kids, leadNodes...)
	n.kids = append(n.kids, blockKids...)
	n.kids = append(n.kids, items...)
	sortByTitle(n.kids)
	if n.up == nil {
		// The root's subtrees are independent: the articles of a large
		// compilation are read on all cores.
		par.Each(len(blockKids), func(i int) {
			if blockKids[i].info.finished {
				return // an article, done whole in build
			}
			q := p.fork()
			q.measures(blockKids[i])
			p.join(q)
		})
		p.loneLeads(blockKids)
		return
	}
	for _, c := range blockKids {
		p.measures(c)
	}
	p.loneLeads(blockKids)
}

// inline adds the measures found inside the paragraphs a node owns: numbered
// runs (一是…二是…), else parallel short leads.
func (p *parser) inline(n *pnode) {
	in := &n.info
	bp := sentencePool.Get().(*[]sentence)
	buf := *bp
	defer func() { *bp = buf[:0]; sentencePool.Put(bp) }()
	mbuf := p.marks[:0] // the markers of each paragraph in turn
	defer func() { p.marks = mbuf[:0] }()
	opened := false // the paragraph before opened with inline leads (openingLeads)
	for _, i := range in.paras {
		e := &p.eff[i]
		s := p.str(e)
		from := 0
		if in.titleEnd > e.start && in.titleEnd <= e.end {
			from = in.titleEnd - e.start
		}
		ss, opener, ok := p.sents.get(i) // scanned by paragraphLeads
		if ok {
			buf = append(buf[:0], ss...)
		} else {
			buf, opener = scanSentences(buf, s, false, -1)
		}
		var ms []inlineMarker // the paragraph's markers past its title, filtered in place
		if opener {
			mbuf = appendInlineMarkers(mbuf[:0], s)
			ms = mbuf
			kept := ms[:0]
			for _, m := range ms {
				if m.pos >= from {
					kept = append(kept, m)
				}
			}
			ms = kept
		}
		prevOpened := opened
		opened = false
		if seqs := measureRuns(s, p.runs.sequences(ms)); len(seqs) > 0 {
			for _, run := range seqs {
				p.addInlineRun(n, e, run)
			}
			continue
		}
		if in.isLead {
			continue // a lead sentence's paragraph is one measure, not a list
		}
		first := -1
		if len(buf) > 0 {
			first = buf[0].start
		}
		found := p.runs.leads(s, from, buf)
		if len(found) == 0 && from == 0 {
			found, buf = paragraphOpenings(s, buf, prevOpened)
		}
		opened = len(found) > 0 && found[0].start == first
		for _, l := range found {
			c := p.newNode(n, model.Node{Inferred: true, Line: int(e.num)})
			c.Title = trimTitleEnd(s[l.start:l.end])
			c.TitleSpan = model.Span{Start: e.start + l.start, End: e.start + l.end}
			ci := &c.info
			ci.capEnd = e.end
			ci.titleEnd = e.start + l.sentEnd
			n.addKid(c)
		}
	}
}

// titleScan bounds the bytes addInline reads for an inline measure's
// title: 341 Han characters, far past any clause a title is cut from.
const titleScan = 1 << 10

// addInlineRun adds the measures of a run of inline markers in e
// (一是…二是…三是…), each titled by its clause up to the next marker. The
// run's titles are cut alike: where one clause runs past 60 runes and is
// cut at its first comma, each is (一是项目投资有力有效 / 二是消费潜力有效释放 /
// 三是外贸外资稳中提质), not the one cut and the others running on.
func (p *parser) addInlineRun(n *pnode, e *eline, run []inlineMarker) {
	s := p.str(e)
	var ends [8]int
	cut := false
	for k, m := range run {
		limit := len(s)
		if k+1 < len(run) {
			limit = run[k+1].pos
		}
		t := inlineTitle(s, m.pos+m.size, limit)
		if cutTitle(t, 60) < len(t) {
			cut = true
		}
		if k < len(ends) {
			ends[k] = len(t)
		}
	}
	for k, m := range run {
		tStart := m.pos + m.size
		var t string
		if k < len(ends) {
			t = s[tStart : tStart+ends[k]]
		} else {
			limit := len(s)
			if k+1 < len(run) {
				limit = run[k+1].pos
			}
			t = inlineTitle(s, tStart, limit)
		}
		if cut {
			if i := strings.Index(t, "，"); i >= len("一二三四") {
				t = t[:i]
			}
		} else {
			t = t[:cutTitle(t, 60)]
		}
		p.addInline(n, e, m.pos, tStart, t, s[m.pos:tStart])
	}
}

// inlineTitle returns the clause of s from tStart, before limit, that
// titles an inline measure: its first sentence, read no further than
// titleScan bytes.
func inlineTitle(s string, tStart, limit int) string {
	// The title is the clause's first sentence, cut at a comma past 60
	// runes: read no more than titleScan bytes for it. The last marker
	// of a run has the rest of the paragraph as its limit, and a
	// paragraph of thousands of runs with no sentence end was read to its
	// end for each (336 KB took 4.4 s; BenchmarkHostile).
	stop := min(limit, tStart+titleScan)
	for stop < limit && stop > tStart && s[stop]&0xC0 == 0x80 {
		stop-- // not inside a rune
	}
	rest := s[tStart:stop]
	end := len(rest)
	if first, ok := firstSentence(rest, true); ok {
		end = first.bodyEnd
	}
	return rest[:end]
}

// addInline adds a measure whose marker spans s[mStart:tStart) and whose
// title t follows it.
func (p *parser) addInline(n *pnode, e *eline, mStart, tStart int, t, marker string) {
	c := p.newNode(n, model.Node{Line: int(e.num), Marker: marker})
	c.Title = trimTitleEnd(t)
	c.TitleSpan = model.Span{Start: e.start + mStart, End: e.start + tStart + len(t)}
	ci := &c.info
	ci.capEnd = e.end
	ci.titleEnd = e.start + tStart + len(t)
	n.addKid(c)
}

// guessedLeads returns the leads paragraphLeads finds among paras, but
// for a paragraph opening a run of measures (opensMeasureRun), each
// ，-clause run on to the ： after it (toColon).
func (p *parser) guessedLeads(paras []int, scope commaScope) []lead {
	guessed := slices.DeleteFunc(p.paragraphLeads(paras, scope), func(l lead) bool {
		return opensMeasureRun(p.str(&p.eff[l.para]))
	})
	for k := range guessed {
		guessed[k] = p.toColon(guessed[k])
	}
	return p.marginGaps(paras, guessed)
}

// toColon returns lead l, a ，-clause, run on to the ： that closes the
// clause after it (聚焦平安琅川建设，依法履行刑事检察职责：…): the two halves
// of one lead, as a Word author bolds them, within maxClauseRunes and with
// no sentence end between. A ：-clause that opens a list or names one
// (…：一是…, …包括：) leaves l as it was.
func (p *parser) toColon(l lead) lead {
	if l.mark != '，' {
		return l
	}
	s := p.str(&p.eff[l.para])
	end, mark := clauseMark(s[l.sentEnd:min(len(s), l.sentEnd+clauseScan)])
	if mark != '：' {
		return l
	}
	end += l.sentEnd
	t := s[l.start:end]
	if runes, ok := clauseBytes(t); !ok || runes > maxClauseRunes {
		return l
	}
	if _, ok := hasSuffixAny(t, listColonEnds...); ok || opensList(s[end+len("："):]) {
		return l
	}
	l.end, l.sentEnd, l.mark = end, end+len("："), '：'
	return l
}
