// Package parse turns the text of a Chinese document compilation into
// wenji's outline tree (package model), with advertising and paid-content
// markers filtered out into spans of their own.
//
// The parser reads plain text the way a reader of 经验材料 does: a title line
// and a 目录, articles separated by blank lines, headings that are short lines
// without terminal punctuation, explicit numbering (一、（一）1.（1）①, 第X章/条,
// 一是…二是…) whose depth follows the order styles first appear in (GB/T 9704),
// and unnumbered lead sentences recognised from their parallelism.
package parse

import (
	"wenji/internal/par"
	"wenji/model"
)

// Parse builds the document tree of text. It never fails: text without any
// structure gives a root with no children. The text is kept, not copied:
// every span of the result points into it. Text is read as UTF-8, which
// Decode and Open always give; in broken bytes the tree is still well
// formed, but sentences and lengths are read as the bytes fall.
func Parse(text string) *model.Document {
	return parseHinted(text, nil)
}

// parseHinted is Parse with what a structured format knew about the lines
// (see ParseHinted); hints may be nil.
func parseHinted(text string, hints []Hint) *model.Document {
	lines := splitLines(text)
	doc := &model.Document{Text: text, Encoding: "UTF-8"}
	doc.Paras = paraSpans(lines)
	doc.Junk = markJunk(text, lines)
	p := &parser{text: text, arena: new(nodeArena), spare: new(forkList)}
	p.eff = effective(lines)
	p.applyHints(hints)
	root := p.build(len(hints) == 0)
	p.measures(root)
	p.finish(doc, root)
	return doc
}

// eline is a line that takes part in the structure: not blank, not junk.
// Its place in the text is copied from its line rather than pointed to:
// the lines are garbage once the elines are made (7 MB of a 100 MB file).
type eline struct {
	start, end int   // the line's content, as in line
	num        int32 // the line's number
	kind       lineKind
	md         uint8 // Markdown heading level, 0 if none
	// What a structured format said about the line (see Hint); a bold
	// lead's length is kept in parser.bold, as few lines have one.
	hlevel uint8 // heading level from a style or tag, 0 if none
	// bits holds the blank lines before the line since the previous
	// eline (gap: no rule tells more than 3 apart) and the hints' title
	// and body flags: one byte, so that an eline is 32 bytes, not 40
	// (1.8 MB less live at the end of a 100 MB file's parse).
	bits uint8
	mark *marker // the block numbering of a lineMarker line
}

const (
	gapMask   = 3      // eline.bits: the gap, capped at 3
	hintTitle = 1 << 2 // eline.bits: the document's title (Hint.Title)
	hintBody  = 1 << 3 // eline.bits: body text whatever it looks like (Hint.Body: a table row)
)

// gap is the number of blank lines before e since the previous eline,
// 3 for 3 or more.
func (e *eline) gap() int32 { return int32(e.bits & gapMask) }

// htitle reports the document's title, as a structured format said.
func (e *eline) htitle() bool { return e.bits&hintTitle != 0 }

// hbody reports body text whatever it looks like (a table row), as a
// structured format said.
func (e *eline) hbody() bool { return e.bits&hintBody != 0 }

// setHints sets what a structured format said of the line.
func (e *eline) setHints(title, body bool) {
	e.bits &^= hintTitle | hintBody
	if title {
		e.bits |= hintTitle
	}
	if body {
		e.bits |= hintBody
	}
}

type lineKind uint8

const (
	lineBody    lineKind = iota // a paragraph of text
	lineMarker                  // opens with a block numbering
	lineTitle                   // short, no terminal punctuation
	lineHeading                 // a Markdown heading
)

// nodeInfo is what the parser keeps about a node while building.
type nodeInfo struct {
	paras     []int // indexes into eff of the paragraphs the node owns
	titleEnd  int   // byte offset where the title ends in its paragraph
	capEnd    int   // for nodes inside a paragraph: the paragraph's end
	isArticle bool
	finished  bool  // an article whose subtree is the model's already (finishArticle)
	isLead    bool  // title is a sentence of a paragraph, not a line of its own
	isItem    bool  // an item of a list at the margin (colonItems): titled as a lead is, but vouches for no sibling's (lone.go)
	style     style // the numbering style that placed a heading (stylePlain for a plain line)
}

type parser struct {
	text    string
	eff     []eline
	root    *pnode
	bold    map[int32]int // bold lead bytes by line number, from hints
	boldDoc bool          // the author bolded leads (authorBoldsLeads), set before any fork
	// arena hands out the nodes this parser makes. A goroutine of a
	// parallel pass works on a fork of the parser with an arena of its
	// own, the fork taken from spare and given back when it is done: the arenas
	// are this parse's alone (see nodeArena), and no sync.Pool holds
	// them, or the parser through them, past the parse (a pool is
	// emptied only two collections later: lines, paragraphs and nodes,
	// 17 MB of a 100 MB file, outlived the parse).
	arena *nodeArena
	spare *forkList
	// marks (a node's markers) and sents (sentScan) are inline's buffers,
	// each fork's own: one grown for each node was 3.8 MB of a 100 MB
	// file's parse; markers point into the text, so no sync.Pool keeps them.
	marks []inlineMarker
	sents sentScan
	// runs holds what inline finds in a paragraph, read before the next
	// paragraph's: each fork's own, as marks.
	runs runScratch
	// marginLists: a plain text whose prose is set in, where a list Word
	// numbered stands at the margin (colonItems).
	marginLists bool
}

func (p *parser) str(e *eline) string { return p.text[e.start:e.end] }

// pnode is a node of the tree being built: the model's node, the parser's
// notes on it, and its place in the parser's tree (kids, up). The passes
// link pnodes, so each reaches a node's notes as a field, never by a lookup
// from a *model.Node; link writes the model's Children and Parent once the
// tree is complete. The model's node is apart, in an array of model nodes
// only: the notes (88 bytes a node) are garbage once the tree is done,
// not kept alive beside each node for as long as the document is read
// (18 MB of a 100 MB file's 200,000 nodes).
type pnode struct {
	*model.Node
	info nodeInfo
	kids []*pnode
	up   *pnode
}

// newNode makes a node; up, when not nil, is its parent, to which the
// caller adds it.
func (p *parser) newNode(up *pnode, n model.Node) *pnode {
	pn, m := p.arena.next()
	*m = n
	*pn = pnode{Node: m, up: up}
	return pn
}

// classify decides each line's kind on its own, before any context, and
// when prose is set counts the paragraphs of prose set in and not
// (proseCount): the lines read once, on all cores, for both.
func (p *parser) classify(prose bool) proseCount {
	chunk := passChunk
	counts := make([]proseCount, (len(p.eff)+chunk-1)/chunk)
	par.Each(len(counts), func(c int) {
		var marks markerSlab
		for i := c * chunk; i < min(len(p.eff), (c+1)*chunk); i++ {
			p.classifyLine(&p.eff[i], &marks)
			if prose {
				counts[c].add(p, &p.eff[i])
			}
		}
	})
	var all proseCount
	for _, c := range counts {
		all.long, all.setIn = all.long+c.long, all.setIn+c.setIn
	}
	return all
}

// markerSlab hands out the block markers of a chunk of lines from arrays
// of 64: one allocation for many (50,000 markers in a 100 MB file, each
// moved to the heap on its own before).
type markerSlab []marker

func (s *markerSlab) add(m marker) *marker {
	if len(*s) == cap(*s) {
		*s = make([]marker, 0, 64)
	}
	*s = append(*s, m)
	return &(*s)[len(*s)-1]
}

func (p *parser) classifyLine(e *eline, marks *markerSlab) {
	{
		s := p.str(e)
		if s != "" && (s[0] >= '0' && s[0] <= '9' || s[0] == 0xEF) {
			e.bits |= digitHead
		}
		if e.hlevel > 0 && !isSalutation(s) {
			e.kind, e.md = lineHeading, e.hlevel
			return
		}
		// A line's text is trimmed of white space (splitLines), so a
		// line longer than a dateline is none: asked first, the length
		// spares isNewsDateline's look at the line's end, a cache miss
		// for each long paragraph of a large file (2 % of its parse).
		if e.hbody() || isSalutation(s) || len(s) <= maxDatelineBytes && isNewsDateline(s) {
			return // lineBody: a table row, 各位代表：, 新华社北京10月27日电
		}
		if lvl, _ := mdHeading(s); lvl > 0 {
			e.kind, e.md = lineHeading, uint8(lvl)
			return
		}
		if isBareFigure(s) {
			return // lineBody: a table's cell (6.5左右), never a heading
		}
		if m, ok := parseMarker(s); ok {
			// 第一，…。第二，…。 in one paragraph is a run of inline
			// measures, not a heading with a stray 第二 in its body.
			if m.style == styleOrdinal || m.style == styleQiYi || m.style == styleFirstly {
				if runs := inlineSequences(inlineMarkers(s)); len(runs) > 0 && runs[0][0].pos == 0 {
					return
				}
			}
			e.kind, e.mark = lineMarker, marks.add(m)
			return
		}
		if m, ok := shiMarker(s); ok {
			// 一是… opening a paragraph, with 二是… opening a later one:
			// the run spans paragraphs (outline checks that it goes on).
			// 一是…。二是…。 inside one paragraph is left to inline.
			if runs := inlineSequences(inlineMarkers(s)); len(runs) == 0 || runs[0][0].pos != 0 {
				e.kind, e.mark = lineMarker, marks.add(m)
				return
			}
		}
		if titleLike(s) {
			e.kind = lineTitle
		}
	}
}

// build finds the title, the 目录, the articles, and each article's
// outline; plain is a text with no hints, where a list Word numbered may
// stand at the margin (marginLists).
func (p *parser) build(plain bool) *pnode {
	p.marginLists = p.classify(plain).setsProseIn() && plain
	p.digitLedItems()
	p.strayFirstParts()
	p.loneFirstly()
	p.appendixListings()
	root := p.newNode(nil, model.Node{Kind: model.KindDocument})
	p.root = root
	eff := p.eff
	i := p.title(root)
	i, issued := p.skipMeta(i)
	i = p.skipTOC(i)
	p.boldDoc = p.authorBoldsLeads() // once, before the forks copy p

	starts := p.articles(i)
	if len(starts) < 2 {
		p.outline(root, i, len(eff), issued)
		return root
	}
	// Text before the first article (a preface) stays with the root.
	root.info.paras = append(root.info.paras, seq(i, starts[0])...)
	root.kids = make([]*pnode, len(starts))
	for k, s := range starts {
		a := p.newNode(root, model.Node{Kind: model.KindArticle})
		e := &eff[s]
		a.Title = p.str(e)
		a.TitleSpan = model.Span{Start: e.start, End: e.end}
		a.Line = int(e.num)
		in := &a.info
		in.isArticle = true
		in.titleEnd = e.end
		root.kids[k] = a
	}
	p.outlineArticles(root, starts)
	return root
}

// articles returns the indexes of the lines that open the articles of a
// compilation, or nil when the text is a single document. Articles are
// separated by a wider gap than paragraphs are (two or more blank lines
// where paragraphs have fewer) and open with a heading line.
func (p *parser) articles(from int) []int {
	eff := p.eff
	if from >= len(eff) {
		return nil
	}
	// The usual gap between paragraphs, counted in an array: gap() <= gapMask.
	var hist [gapMask + 1]int
	for i := from + 1; i < len(eff); i++ {
		hist[eff[i].gap()]++
	}
	usual, best := 0, -1
	for g, n := range hist {
		if n > 0 && (n > best || n == best && g < usual) {
			usual, best = g, n
		}
	}
	if usual >= 2 {
		return nil
	}
	first := p.prefaceEnd(from, usual) // the first article under a preface
	var starts []int
	for i := from; i < len(eff); i++ {
		e := &eff[i]
		if (i == from || i == first || e.gap() >= 2 || p.proseGlued(i, from)) && e.kind == lineTitle && i+1 < len(eff) && eff[i+1].gap() < 2 {
			starts = append(starts, i)
		}
	}
	if len(starts) < 2 {
		return nil
	}
	// An article needs a body: a heading followed by another article start
	// is part of the previous one (a subtitle), so drop such starts.
	out := starts[:0]
	for k, s := range starts {
		next := len(eff)
		if k+1 < len(starts) {
			next = starts[k+1]
		}
		if next-s >= 2 {
			out = append(out, s)
		}
	}
	if len(out) < 2 {
		return nil
	}
	if out[0] != from {
		// Text before the first start that is more than a preface means
		// the gaps are not article breaks.
		if out[0]-from > 3 {
			return nil
		}
	}
	return out
}

// frame is an open heading on the numbering stack.
type frame struct {
	st    style
	typed style // the numbering typed in a styled heading (（三） in 二级标题), else st
	node  *pnode
	at    int // the line the heading opens on
}

// outline builds the subtree of container from lines [from, to): headings by
// their numbering style, then lead sentences and inline measures. The lines
// before the first heading are first's text when it is not nil: the title
// of the document a notice issues (see issuedTitle), a child of container
// beside the parts.
func (p *parser) outline(container *pnode, from, to int, first *pnode) {
	eff := p.eff
	hasBody := p.bodyAfter(from, to)
	heads := p.sentenceHeads(from, to)
	runIn := p.runInHeads(from, to)
	var stack []frame
	curInfo := &container.info
	if first != nil {
		curInfo = &first.info
	}
	runAt := map[style]int{} // the last number of each 一是/一要 run taken
	for i := from; i < to; i++ {
		e := &eff[i]
		s := p.str(e)
		at := i // the line the node opens on: a joined heading moves i on
		var st style
		var n *pnode
		switch {
		case e.kind == lineHeading:
			_, skip := mdHeading(s)
			st = mdStyle(e.md) // past ######, levels (（1）, ① below) nest by number:
			if m, ok := parseMarker(s[skip:]); ok && e.md == 6 {
				st = m.style
			}
			n = p.headingNode(e, skip, !p.headingRunsOn(e, skip))
			if n.Marker != "" && n.Title == "" && i+1 < to && p.appendixTitle(n, &eff[i+1]) {
				i++ // 附件 in a heading style, its title the heading below
			}
		case e.kind == lineMarker && (e.mark.style == styleShi || e.mark.style == styleYao) && !p.shiRun(i, to, runAt):
			// A lone 一是 (or a 三是 that follows no 二是) is prose.
			curInfo.addPara(i)
			continue
		case e.kind == lineMarker:
			st = e.mark.style
			if st == styleShi || st == styleYao {
				runAt[st] = e.mark.num
			}
			n = p.headingNode(e, e.mark.skip, false)
			n.Marker = e.mark.text
			switch {
			case (labelAlone(st) || st >= styleHan && st <= styleCircled) && n.Title == "" && i+1 < to && p.appendixTitle(n, &eff[i+1]):
				i++ // 附件 or 第一部分 on a line of its own, its title the line below
			case i+2 < to && p.headingGoesOn(e, &eff[i+1], eff[i+2:to]):
				p.joinHeading(n, &eff[i+1])
				i++
			}
		case e.kind == lineBody && i+2 < to && hasBody[i-from+2] && p.plainGoesOn(i, from),
			e.kind == lineTitle && i+2 < to && hasBody[i-from+2] && p.plainBrokenPhrase(i, from):
			// An unnumbered heading broken after its comma (深化改革扩大开放， / 持续优化…)
			// or inside its phrase (…发展的 / 指导思想和主要目标): one heading.
			st = stylePlain
			n = p.headingNode(e, 0, true)
			p.joinHeading(n, &eff[i+1])
			i++
		case e.kind == lineTitle && hasBody[i-from+1] && !(numbered(stack) && p.tableLine(i, from, to)) && !((len(stack) > 0 || first != nil) && p.plainTable(i, from, to)) && !p.signature(i, to):
			st = stylePlain
			n = p.headingNode(e, 0, true)
		case heads[i]:
			st = styleSentence
			n = p.headingNode(e, 0, true)
		case runIn[i] && p.runInSibling(stack, runIn, i) >= 0:
			st = stack[p.runInSibling(stack, runIn, i)].st
			n = p.headingNode(e, 0, false)
		default:
			curInfo.addPara(i)
			continue
		}
		if (st == styleShi || st == styleYao) && i == at && !titleLike(s[e.mark.skip:]) && !p.shiAlone(i, to) {
			// (A 一是 heading broken over two lines and joined is a
			// heading, never a measure of one paragraph.)
			stack, curInfo = p.addMeasure(container, stack, n, i)
			continue
		}
		k := placeAt(stack, st, e, s)
		stack = stack[:k]
		parent := container
		if k > 0 {
			parent = stack[k-1].node
		}
		n.up = parent
		parent.addKid(n)
		typed := st
		if e.kind == lineHeading {
			typed = typedStyle(s)
		}
		stack = append(stack, frame{st, typed, n, at})
		curInfo = &n.info
		curInfo.style = st
		if curInfo.isLead {
			curInfo.addPara(i)
		}
	}
	p.nestHalves(container)
	nestClauseParts(container)
}

// placeAt returns the depth in stack where a heading of style st on line
// e (text s) goes: back to the level where the style stands if it was
// seen, else one level below the current heading.
func placeAt(stack []frame, st style, e *eline, s string) int {
	k := len(stack)
	switch {
	case st == styleAppendix:
		k = 0
	case st.family() != famNone:
		for j, f := range stack {
			if f.st.family() == st.family() && f.st.rank() >= st.rank() {
				k = j
				break
			}
		}
		if k == len(stack) && e.hlevel > 0 {
			k = headingDepth(stack, st, typedStyle(s))
		}
	default:
		// A typed （四） after a styled （三） (an office's slip in its
		// template) stands where （三） does.
		for j, f := range stack {
			if f.st == st || f.typed == st {
				k = j
				break
			}
		}
	}
	return k
}

// addMeasure places n, a measure of a 一是 run on line i, and returns the
// stack and the notes of the node that owns the paragraphs after it. The
// measure is one paragraph under the current heading: it never opens a
// level, and what follows the run is the heading's again, as after an
// inline run. (One that stands alone on its line, 一是聚焦扩大内需，着力提
// 消费促投资, is a heading instead: the paragraphs below it are its own; a
// measure after it closes it.)
func (p *parser) addMeasure(container *pnode, stack []frame, n *pnode, i int) ([]frame, *nodeInfo) {
	e := &p.eff[i]
	for len(stack) > 0 && stack[len(stack)-1].st == e.mark.style {
		stack = stack[:len(stack)-1]
	}
	parent := container
	if len(stack) > 0 {
		parent = stack[len(stack)-1].node
	}
	n.up = parent
	parent.addKid(n)
	in := &n.info
	in.isLead = true
	in.style = e.mark.style
	in.capEnd = e.end
	in.paras = append(in.paras, i)
	return stack, &parent.info
}

// shiAlone reports a 一是 measure that is a heading though it ends with a
// stop: one short sentence standing alone on its line (一是坚持产业立县，县域经济
// 实力稳步提升。), followed by a paragraph of its own rather than by the next
// measure. What follows is its text (稳工业。… 强农业。…), as under an
// unpunctuated one, and not the text of the part above it.
func (p *parser) shiAlone(i, to int) bool {
	e := &p.eff[i]
	rest := p.str(e)[e.mark.skip:]
	if runeLen(rest) > 40 || i+1 >= to {
		return false
	}
	if first, ok := firstSentence(rest, true); !ok || first.end < len(rest) || first.mark != '。' && first.mark != '；' {
		return false
	}
	next := &p.eff[i+1]
	return next.kind == lineBody
}

// shiRun reports whether the 一是-style marker on line i belongs to a run
// across paragraphs: 一是 followed, before to and within a few paragraphs,
// by a paragraph opening with 二是; any other number right after the one
// taken last.
func (p *parser) shiRun(i, to int, runAt map[style]int) bool {
	m := p.eff[i].mark
	if m.num != 1 {
		return runAt[m.style] == m.num-1
	}
	for j := i + 1; j < to && j <= i+40; j++ {
		if e := &p.eff[j]; e.kind == lineMarker && e.mark.style == m.style {
			return e.mark.num == 2
		}
	}
	return false
}

// headingNode makes the node for a heading line or a numbered paragraph. When
// the text after the marker is a sentence followed by more text (（一）强化组织
// 领导。成立……), the title is that sentence. md headings may carry a marker
// of their own (## 第一章 总则).
func (p *parser) headingNode(e *eline, skip int, plain bool) *pnode {
	s := p.str(e)
	n := p.newNode(nil, model.Node{Line: int(e.num)})
	in := &n.info
	rest := s[skip:]
	if e.kind == lineHeading {
		if m, ok := parseMarker(rest); ok && m.style.family() == famChapter || ok && m.style == stylePart || ok && m.style == styleAppendix || ok && e.hlevel > 0 {
			n.Marker = m.text
			skip += m.skip
			rest = s[skip:]
		}
	}
	if b := p.boldLead(e); !plain && b > skip && b < len(s) && !glossaryTerm(s[skip:b], s[b:]) {
		return p.boldLeadHeading(n, e, skip)
	}
	if plain || titleLike(rest) || rest == "" {
		n.Title = trimTitleEnd(rest)
		n.TitleSpan = model.Span{Start: e.start, End: e.end}
		in.titleEnd = e.end
		return n
	}
	first, _ := firstSentence(rest, true) // rest is not empty
	t := rest[:first.bodyEnd]
	// A 第X条 opens with a sentence that runs for a line; its outline entry
	// reads best cut at the first comma. Other leads are kept whole longer.
	limit := 60
	if e.mark != nil && e.mark.style == styleTiao {
		limit = 30
	}
	if g := glossaryCut(t); g > 0 {
		t = t[:g]
	} else {
		t = t[:cutTitle(t, limit)]
	}
	n.Title = trimTitleEnd(t)
	end := e.start + skip + len(t)
	n.TitleSpan = model.Span{Start: e.start, End: end}
	in.titleEnd = e.start + skip + first.end
	in.isLead = true
	return n
}
