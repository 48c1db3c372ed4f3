package parse

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"wenji/model"
)

// Hint is what a structured format (Word, HTML, Markdown) knows about one
// paragraph that its plain text does not show. The converters write the
// text the reader displays, one paragraph a line, and a hint for each line
// whose markup says something; the parser uses a hint where the plain text
// has no marker of its own, so a numbered paragraph keeps its numbering's
// depth and a bold run only decides what its title is.
type Hint struct {
	// Line is the 1-based line of the text the hint is for.
	Line int
	// Heading is 1–6 for a heading of that level (Word's Heading 2 or
	// 标题 2 style or outline level, <h2>, ##), 0 for none.
	Heading int
	// Lead is the byte length of the bold run that opens the paragraph,
	// counted from its first non-space byte: the author's lead sentence
	// (（一）强化组织领导。…). 0 for none.
	Lead int
	// Title marks the document's title (a centred bold first paragraph).
	Title bool
	// Body marks text that is never a heading, however short: a table's
	// row, whose cells have no terminal punctuation.
	Body bool
}

// ParseHinted is Parse for text that a structured format was converted to,
// with the converter's hints, sorted by line or not. Hints for lines that
// are blank or junk are ignored. With no hints it is Parse.
func ParseHinted(text string, hints []Hint) *model.Document {
	return parseHinted(text, hints)
}

// applyHints copies the hints onto the lines they are for.
func (p *parser) applyHints(hints []Hint) {
	if len(hints) == 0 {
		return
	}
	defer p.levelPrelims()
	eff := p.eff
	hints = append([]Hint(nil), hints...)
	sort.SliceStable(hints, func(i, j int) bool { return hints[i].Line < hints[j].Line })
	k := 0
	for i := range eff {
		e := &eff[i]
		for k < len(hints) && hints[k].Line < int(e.num) {
			k++
		}
		if k == len(hints) {
			return
		}
		h := hints[k]
		if h.Line != int(e.num) {
			continue
		}
		if h.Heading >= 1 && h.Heading <= 6 {
			e.hlevel = uint8(h.Heading)
		}
		if h.Lead > 0 {
			if p.bold == nil {
				p.bold = map[int32]int{}
			}
			p.bold[e.num] = min(h.Lead, e.end-e.start)
		}
		e.setHints(h.Title, h.Body)
	}
}

// boldLead returns the byte length of the bold run that opens line e, 0
// for none.
func (p *parser) boldLead(e *eline) int {
	if p.bold == nil {
		return 0
	}
	return p.bold[e.num]
}

// headingDepth is where a heading a style or tag gave (Word's Heading 2,
// <h2>) stands on the stack: under the last heading of a higher level,
// closing the numbered and plain headings opened since, which a heading
// level outranks. With no such heading above it, a styled heading whose
// own typed numbering (typed: （一）, 1.) GB/T 9704 ranks below a typed
// part on the stack (一、) stands under that part: an office's template
// may style its sub-parts (二级标题) and leave its parts plain bold.
func headingDepth(stack []frame, st, typed style) int {
	for j := len(stack) - 1; j >= 0; j-- {
		if stack[j].st.family() == st.family() && stack[j].st.rank() < st.rank() {
			return j + 1
		}
	}
	if typed < styleHanParen || typed > styleNumParen {
		return 0
	}
	for j := len(stack) - 1; j >= 0; j-- {
		if stack[j].st >= styleHan && stack[j].st < typed {
			return j + 1
		}
	}
	return 0
}

// typedStyle is the numbering style typed at the start of heading line s
// (（一） in a Word heading style's paragraph), styleNone for none.
func typedStyle(s string) style {
	_, skip := mdHeading(s)
	if m, ok := parseMarker(s[skip:]); ok {
		return m.style
	}
	return styleNone
}

// leadEnd returns the end of a bold lead of s that runs to bold: past the
// end mark and closing quotes that follow it when the author left them out
// of the bold (**（一）经济运行持续向好**。全年…).
func leadEnd(s string, bold int) int {
	end := bold
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !isClosing(r) {
			break
		}
		end += size
	}
	if r, size := utf8.DecodeRuneInString(s[end:]); r == '。' || r == '：' || r == ':' || r == '；' || r == '！' || r == '.' {
		end += size
	}
	return end
}

// boldLeadHeading titles a numbered paragraph with its bold run: the
// author marked the title, so it is taken whole, without the cut at a
// comma that a guessed lead gets.
func (p *parser) boldLeadHeading(n *pnode, e *eline, skip int) *pnode {
	s := p.str(e)
	bold := p.boldLead(e)
	t := trimTitleEnd(s[skip:bold])
	n.Title = t
	n.TitleSpan = model.Span{Start: e.start, End: e.start + skip + len(t)}
	in := &n.info
	in.titleEnd = e.start + leadEnd(s, bold)
	in.isLead = true
	return n
}

// boldLeads returns the paragraphs among paras that open with a bold run
// (a lead sentence the author marked, numbered inline, 一是…, ——, or not)
// or, where the author marked none, the guessed leads.
func (p *parser) boldLeads(paras []int, guessed []lead) []lead {
	var bold, lastAlone, announce []lead
	partial := false // some lead introduces text in its own paragraph
	for _, i := range paras {
		e := &p.eff[i]
		n := p.boldLead(e)
		if n == 0 || e.kind != lineBody {
			continue
		}
		s := p.str(e)
		alone := n >= len(s) || leadEnd(s, n) >= len(s)
		lists := alone && p.announcesItems(i)
		if alone && !aloneLead(s) && !lists {
			continue // all of it bold: emphasis, not a lead that introduces text
		}
		if isSalutation(s[:leadEnd(s, n)]) || isBoldAddress(s, n) {
			continue // **各位代表！**奋斗创造历史…, **同志们，**…: an address, not a lead
		}
		l := lead{para: i, bold: true}
		ms := inlineMarkers(s[:n])
		if len(ms) > 0 && ms[0].pos == 0 && trimTitleEnd(s[ms[0].size:n]) == "" {
			// **第一，**…**第二，**…: the bold marks the paragraph's
			// ordinals, never a title; its measures are found inline.
			continue
		}
		if strings.HasPrefix(s, "——") {
			l.marker = "——"
			l.start = len("——")
		} else if len(ms) > 0 && ms[0].pos == 0 && (ms[0].family == "是" || ms[0].family == "要") {
			if opensMeasureRun(s) {
				// **一是…。**…**二是…。**…**三是…。**…: the paragraph's run of
				// measures (inline), of which the bold opens only the first.
				continue
			}
			l.marker = s[:ms[0].size]
			l.start = ms[0].size
		}
		t := trimTitleEnd(s[l.start:n])
		if t == "" {
			continue
		}
		l.end = l.start + len(t)
		l.sentEnd = leadEnd(s, n)
		if lists {
			announce = append(announce, l) // **重点抓好以下工作：** over 1. 2. 3. (leadlists.go)
			continue
		}
		if alone {
			lastAlone = append(lastAlone, l)
			continue
		}
		bold = append(bold, l)
		lastAlone = lastAlone[:0]
		partial = true
	}
	if !partial {
		// Bold paragraphs alone, none a lead before its text: emphasis.
		if p.boldDoc {
			// Clauses closed by ， are how a bold lead reads once the
			// bold is gone: where the author bolded leads elsewhere, a
			// node's plain paragraphs opening so (全面贯彻《无障碍环境建设法》，…
			// / 完善…，… / 深化…，…) are its text.
			guessed = slices.DeleteFunc(guessed, func(l lead) bool { return l.mark == '，' && !l.weak })
		}
		return withAnnounced(guessed, announce)
	}
	// Sentences bold alone on their line after the last lead that
	// introduces text are leads too, over what follows them (aloneLead).
	bold = append(bold, lastAlone...)
	// Where the author marked a node's leads in bold, the bold is the
	// truth: a paragraph left plain among them (成绩来之不易。同时… after five
	// bold leads) is the node's text, however lead-like its first sentence.
	return withAnnounced(bold, announce)
}

// authorBoldsLeads reports a document whose author bolded lead sentences:
// a body paragraph somewhere opens with a bold run that introduces text
// after it in the same paragraph. build asks it once (parser.boldDoc).
func (p *parser) authorBoldsLeads() bool {
	if p.bold == nil {
		return false
	}
	for i := range p.eff {
		e := &p.eff[i]
		if n := p.boldLead(e); n > 0 && e.kind == lineBody {
			if s := p.str(e); n < len(s) && leadEnd(s, n) < len(s) {
				return true
			}
		}
	}
	return false
}

// aloneLead reports whether s, a paragraph bold from end to end, reads as
// a lead sentence standing on its own line over the text it leads (the
// last of a part's leads, **聚焦民生福祉加强监督。**, over the list of what
// was done): one sentence closed by 。, of 4 to 30 runes, with at most one
// comma. boldLeads takes such a paragraph only after the last of a node's
// leads that introduce text in their own paragraph: with no such lead it
// is emphasis, and before one it would make a heading that outline-eval's
// lead nesting expects the leads after it under, where they are its
// siblings (**推进诉源治理。** over a plain paragraph, then
// **提升诉讼服务质效。**…).
func aloneLead(s string) bool {
	t := strings.TrimLeft(s, " \u3000")
	body, ok := strings.CutSuffix(t, "。")
	if !ok || strings.ContainsAny(body, "。！？；：:;!?") {
		return false
	}
	runes, commas, _ := clauseStats(body)
	return runes >= 4 && runes <= 30 && commas <= 1
}

// leadsAfterItems gives back to a node the paragraphs its numbered items
// (1., （1）, ①) hold from the first that opens with a bold lead on, where
// the node's own paragraphs hold such leads or the item is a sentence: a
// list of items inside a part whose leads the author bolded
// (**聚焦高质量发展加强立法。**…分别是： over 1、《…条例》 …; 5.做好…调研论证工作。
// over **健全立法工作机制。**…) ends where the next bold lead opens, which is
// the part's, not the last item's. An item titled like a heading
// (1.工业经济) keeps the bold leads under it where the part has none of
// its own before the list. own is the node's
// paragraphs, kids its block children; what it returns stays in text
// order, as the items' paragraphs all follow own's. An item's paragraphs
// above a sub-item of its own stay the item's.
func (p *parser) leadsAfterItems(own []int, kids []*pnode) []int {
	if p.bold == nil && len(kids) > 1 {
		return p.leadAfterList(own, kids)
	}
	if p.bold == nil || len(kids) == 0 {
		return own
	}
	led := p.anyBoldLead(own)
	for _, c := range kids {
		if st := c.info.style; st < styleNum || st > styleCircled || !led && !c.info.isLead {
			continue
		}
		ps := c.info.paras
		// Only paragraphs past the item's own sub-items can go: one above
		// a sub-item is the item's, or the item would end before its
		// children (found by FuzzRTF).
		after := -1
		for _, k := range c.kids {
			after = max(after, k.TitleSpan.Start)
		}
		for j, i := range ps {
			if e := &p.eff[i]; e.kind == lineBody && e.start > after && p.boldLead(e) > 0 {
				own = append(own, ps[j:]...)
				c.info.paras = ps[:j]
				break
			}
		}
	}
	return own
}

// anyBoldLead reports whether one of paras is a body paragraph that opens
// with a bold run.
func (p *parser) anyBoldLead(paras []int) bool {
	for _, i := range paras {
		if e := &p.eff[i]; e.kind == lineBody && p.boldLead(e) > 0 {
			return true
		}
	}
	return false
}

// textBuilder writes converted paragraphs one a line and records their
// hints by line.
type textBuilder struct {
	b     strings.Builder
	hints []Hint
	line  int // lines written
	gap   int // blank lines due before the next paragraph
	// keepIndent keeps a paragraph's leading 　　 (U+3000) indent, typed
	// into a Word paragraph as into a text file, so y and --print give it
	// back as they do for text; other white space at either end goes.
	keepIndent bool
}

// para adds one paragraph: its text trimmed of white space, newlines
// inside it replaced, with the hint h for it (h.Line is set here). lead is
// counted in bytes of text as given; it is moved to the trimmed text.
func (tb *textBuilder) para(text string, h Hint) {
	if strings.IndexFunc(text, isControl) >= 0 {
		// One byte for one byte, so that h.Lead still counts right.
		text = strings.Map(func(r rune) rune {
			if isControl(r) {
				return ' '
			}
			return r
		}, text)
	}
	start, end := trimSpace(text, 0, len(text))
	if start >= end {
		return
	}
	if h.Lead > 0 {
		h.Lead = max(0, min(h.Lead, end)-start)
	}
	if tb.keepIndent {
		for start >= len("\u3000") && text[start-len("\u3000"):start] == "\u3000" {
			start -= len("\u3000")
		}
	}
	text = text[start:end]
	if tb.line > 0 {
		for range min(tb.gap, 3) {
			tb.b.WriteByte('\n')
			tb.line++
		}
	}
	tb.gap = 0
	tb.b.WriteString(text)
	tb.b.WriteByte('\n')
	tb.line++
	if h.Heading > 0 || h.Lead > 0 || h.Title || h.Body {
		h.Line = tb.line
		tb.hints = append(tb.hints, h)
	}
}

// isControl reports the ASCII control characters a paragraph must not
// carry into the text: a newline would split it, the rest draw nothing.
func isControl(r rune) bool { return r < ' ' && r != '\t' || r == 0x7f }

// blank asks for n blank lines before the next paragraph (the most asked
// for counts, up to three).
func (tb *textBuilder) blank(n int) { tb.gap = max(tb.gap, n) }

func (tb *textBuilder) String() string { return tb.b.String() }

// bodyFrom marks every line written after line as body text, never a
// heading, and drops the other hints of those lines (hints from index
// from on are theirs): a table row's cells.
func (tb *textBuilder) bodyFrom(from, line int) {
	has := map[int]bool{}
	for i := from; i < len(tb.hints); i++ {
		h := &tb.hints[i]
		if h.Heading == 0 {
			*h = Hint{Line: h.Line, Body: true}
		}
		has[h.Line] = true
	}
	for l := line + 1; l <= tb.line; l++ {
		if !has[l] {
			tb.hints = append(tb.hints, Hint{Line: l, Body: true})
		}
	}
}
