package parse

import (
	"strings"

	"wenji/model"
)

// Whole blocks: a notice of a few lines between blank lines is one thing,
// written at once by whoever put it there. Where the line scorer finds a
// line of it a notice, the block's other lines are its head, its items or
// its tagline (征订启事 over its price and 邮发代号; a price line over how
// to order; a streak over its call to share), unless one of them is the
// genre's: a sentence of its prose, a heading, an office's line. A block
// half hidden shows its other half as a stray line, or worse a heading.

// joinBlocks marks in promo the other lines of each block between blank
// lines (blockWhole) that holds a line marked on its own. It runs after
// the lines and their fragments are marked, and before the cards
// (joinCards), which need less of a block's lines.
//
// A line the chrome pass takes on its own (chromeAlone in chrome, each
// line's chromeLineKind: a site's 备案号, a page's menu) is a notice's line
// too: its block's other lines are its licence's number and its hotline,
// the menu's prompt, and go with it as the page's (model.JunkWebChrome).
func joinBlocks(text string, lines []line, promo, chrome []uint8, reg register) {
	for i := 0; i < len(lines); {
		if lines[i].blank() {
			i++
			continue
		}
		j := i
		for j < len(lines) && !lines[j].blank() {
			j++
		}
		if j-i >= 2 && j-i <= maxPoolLines {
			blockWhole(text, lines[i:j], promo[i:j], chrome[i:j], reg)
		}
		i = j
	}
}

// blockWhole marks the lines of one block with the kind of its first
// notice when every other line of it can be a notice's (blockMember) and
// the block is no longer than a notice (maxPoolBytes).
func blockWhole(text string, block []line, promo, chrome []uint8, reg register) {
	var kind uint8
	size, own, stray := 0, 0, 0
	for k := range block {
		if promo[k] != 0 || chrome[k]&chromeAlone != 0 && !block[k].junk {
			own++
		}
	}
	if own == 0 {
		// No notice of its own: no kind to mark the block with, whatever
		// its lines weigh. Most blocks and glued runs are the text's;
		// weighing each member was 4 % of a parse's instructions, on
		// one core after the chunked passes.
		return
	}
	for k := range block {
		size += block[k].end - block[k].start
		switch {
		case promo[k] != 0:
			if kind == 0 {
				kind = promo[k]
			}
		case chrome[k]&chromeAlone != 0 && !block[k].junk:
			if kind == 0 {
				kind = 1 + uint8(model.JunkWebChrome)
			}
		case !blockMember(text, &block[k], reg) && !signalledMember(text, &block[k], reg) && !listMate(text, block, k, reg) &&
			!(own >= 2 && 2*own > len(block) && labelMember(text, &block[k])):
			if own < 2 || stray > 0 || k == 0 || k == len(block)-1 || !strayMember(text, &block[k]) {
				return
			}
			stray++
		case kind == 0 && len(block) < 3 && !blockHead(text[block[k].start:block[k].end]):
			// Over the only notice of two lines stands a heading of
			// the text as well as a notice's head (结语 over a notice
			// that took the place of its section): only a head that
			// shows itself the notice's goes.
			return
		}
	}
	if kind == 0 || size > maxPoolBytes {
		return
	}
	for k := range promo {
		if promo[k] == 0 {
			promo[k] = kind
		}
	}
}

// memberText returns the text of a line that may stand in a notice's
// block, less an item's marker (1., ①: a notice's items too); false for a
// line taken already (chrome, a paid marker), a long one, or one under a
// heading's marker (一、, 第三条). blockMember and signalledMember start
// from it.
func memberText(text string, l *line) (string, bool) {
	p := text[l.start:l.end]
	if l.junk || len(p) > maxShortBytes || hasPaidMarker(text, l) {
		return "", false
	}
	if m, ok := parseMarker(p); ok && !markerRange(p[m.skip:]) {
		if !isItemMarker(m.style) {
			return "", false
		}
		p = strings.TrimLeft(p[m.skip:], " \u3000")
	}
	return p, true
}

// markerRange reports the text after a heading's marker that makes the
// marker the first end of a range (第二章至第十二章…, 第3页到第5页): a
// reference to parts of a text, no heading over one.
func markerRange(rest string) bool {
	_, ok := hasPrefixAny(rest, "至", "到", "～", "~", "－", "—", "-")
	return ok
}

// blockMember reports a line that can stand in a notice's block: short,
// no sentence of the genre (isGenreSentence, a sentence of its cadence),
// no heading of the genre (一、, 第三条; a list's 1. and ① are a notice's
// items too) nor a line in its words (a title: its prose words, its
// bigrams), no date, no official sender or address, no count of an
// office's results, not already taken (chrome, a paid marker).
func blockMember(text string, l *line, reg register) bool {
	p, ok := memberText(text, l)
	if !ok {
		return false
	}
	if isGenreSentence(p) || isRecordLine(p) || isAnyDate(p) || hasLandline(p) || isDocNumber(p) {
		return false
	}
	h, pr := noticeHits(p)
	if strings.Contains(p, "《") {
		uncite(p, &h)
	}
	// The genre's titles and headings are worded in its bigrams (at most
	// a fifth of them odd, 决胜全面建成小康社会…: 0 of 25) and carry its
	// words; a notice's head and items are not (征订启事 over its price:
	// half or more), and a word of the genre in a line mostly odd is a
	// chat's (喊上备考搭子一起坚持). Its cadence (a list in 、) keeps a line
	// worded as the genre, not one four fifths of whose bigrams the genre
	// never writes (学员课堂笔记、课件严禁录屏、转售，… under a course's
	// disclaimer: 20 of 25).
	odd, n := genreOdd(p)
	if h[fOfficial] > 0 || cadenceIn(p, &pr, reg) > 0 && (n < 10 || 5*odd < 4*n) || requires(p) || govAccount(p) || reportsCount(p) {
		return false
	}
	if cornerName(p) {
		return true // a name set in corner brackets, whatever its words
	}
	if h[fProse] > 0 {
		return n >= 6 && 2*odd >= n
	}
	return n < 6 || 3*odd >= n
}

// cornerName reports a line that is a name set in corner brackets and
// nothing else (「县域治理观察」 over an account's pitch): a site sets off
// its own and its friends' names so, the genre quotes in “” and titles in
// 《》, and a heading of its own stands bare. Two to twelve characters
// inside, no bracket nor clause or list mark among them.
func cornerName(p string) bool {
	for _, b := range [...][2]string{{"「", "」"}, {"『", "』"}} {
		inner, ok := strings.CutPrefix(p, b[0])
		if !ok {
			continue
		}
		if inner, ok = strings.CutSuffix(inner, b[1]); !ok {
			return false
		}
		n := runeLen(inner)
		return n >= 2 && n <= 12 && !containsAny(inner, "「」『』“”《》，。；：、,;:")
	}
	return false
}

// signalledMember reports a line that blockMember refuses for its
// cadence or its wording (a sentence as the genre writes one, an item in
// its words) but that leans to a notice by its own signals: a signal
// beyond goods, no official word, and a weight above nothing where a
// notice needs more (noticeScoreIn). A block of a notice is written in
// one voice; its other lines say so in their own words (a platform's
// disclaimer over its numbered terms, 1. 本平台仅撮合…服务；, a sample's
// end over where the rest is, 第二章至第十二章…请移步纸质版阅读。). What
// blockMember refuses for what the line is, not how it reads (a heading's
// marker, a date, a landline, a document number, a record's line, a
// requirement, a count of results, a paid marker, a long paragraph), no
// signal overrides.
func signalledMember(text string, l *line, reg register) bool {
	p, ok := memberText(text, l)
	if !ok || isRecordLine(p) || isAnyDate(p) || hasLandline(p) || isDocNumber(p) || requires(p) || govAccount(p) || reportsCount(p) {
		return false
	}
	score, h := noticeScoreIn(p, reg)
	return score > 0 && h[fOfficial] == 0 && h.signalledBeyondGoods()
}

// strayMember reports the one line inside a block with two notices of
// its own or more (blockWhole), between its first line and its last, that
// no member's test takes but that carries nothing of the genre's text: a
// sentence of forty characters at most (a title or a heading over the
// block is the text's, 2023主题教育经验做法汇编（4篇） under a notice glued
// over it; so is a paragraph glued under a notice, at the block's edge),
// with no word of its prose, no official word, no heading's marker, date,
// landline, document number, record's line, requirement nor count of
// results. A notice's block is written in one
// voice, and its one sentence the tests refuse for its cadence (适度游戏
// 益脑，沉迷游戏伤身。… over a game's licence lines; 未经本社书面许可，不得…复制
// 或抄袭… between a book's rights line and its 印装质量 line) is the
// notice's. Two such lines are the text's, as is a line of its words.
func strayMember(text string, l *line) bool {
	p, ok := memberText(text, l)
	if !ok || isRecordLine(p) || isAnyDate(p) || hasLandline(p) || isDocNumber(p) || requires(p) || govAccount(p) || reportsCount(p) || isOutlineLine(p) {
		return false
	}
	h, _ := noticeHits(p)
	return strings.Contains(p, "。") && runeLen(p) <= 40 && h[fProse] == 0 && h[fOfficial] == 0
}

// labelMember reports a label (举报/反馈, 查看更多) in a block most of
// whose lines, two at least, are notices on their own (blockWhole): a
// few characters, no clause, no official word, no heading's marker, no
// date. The genre's label-short lines are its headings, which stand over
// its text, not among a notice's lines.
func labelMember(text string, l *line) bool {
	p, ok := memberText(text, l)
	if !ok || runeLen(p) > 8 || containsAny(p, "，。；：:、") || isAnyDate(p) || hanCount(p, 2) < 2 {
		return false
	}
	h, _ := noticeHits(p)
	return h[fOfficial] == 0
}

// listMate reports an item of a list (1., ①) in a notice's block whose
// sibling item of the same style joins on its own signals
// (signalledMember): the list is the notice's terms, one list, whatever
// one item weighs alone. Not an item blockMember refuses for what it is
// (an official word, a date, a landline, a requirement).
func listMate(text string, block []line, k int, reg register) bool {
	p := text[block[k].start:block[k].end]
	m, ok := parseMarker(p)
	if !ok || !isItemMarker(m.style) || block[k].junk || len(p) > maxShortBytes || hasPaidMarker(text, &block[k]) {
		return false
	}
	q := strings.TrimLeft(p[m.skip:], " \u3000")
	if isRecordLine(q) || isAnyDate(q) || hasLandline(q) || isDocNumber(q) || requires(q) || govAccount(q) || reportsCount(q) {
		return false
	}
	if h, _ := noticeHits(q); h[fOfficial] > 0 {
		return false
	}
	for j := range block {
		if j == k {
			continue
		}
		if n, ok := parseMarker(text[block[j].start:block[j].end]); ok && n.style == m.style && signalledMember(text, &block[j], reg) {
			return true
		}
	}
	return false
}

// blockHead reports a line above a notice in a block of two that shows it
// is the notice's head, not a heading of the text: a signal of its own, a
// name and its tagline parted by a separator (公考帮 · 遴选有道), no Han
// character at all (Follow us), or wording wholly unlike the genre's.
func blockHead(p string) bool {
	if containsAny(p, "·｜|丨") || hanCount(p, 1) == 0 || tabRow(p) {
		return true
	}
	if h, _ := noticeHits(p); h.signalled() {
		return true
	}
	odd, n := genreOdd(p)
	return n >= 6 && 2*odd >= n
}

// tabRow reports a row of three or more short fields parted by runs of
// spaces, none a clause (点菜　　评价 4.8　　商家): an app's tab bar or a
// table's header, never a heading of the text, whose words run on or
// part in two (第一章　总则). Nor is it a table's row of data, a field of
// which is a figure (合计　　1426　　1108　　77.7%): the text's, whatever
// follows it.
func tabRow(p string) bool {
	fields, rest := 0, strings.Trim(p, " \u3000")
	for rest != "" {
		end := strings.Index(rest, "  ")
		if k := strings.Index(rest, "\u3000"); k >= 0 && (end < 0 || k < end) {
			end = k
		}
		field := rest
		if end >= 0 {
			field = rest[:end]
		}
		if runeLen(field) > 12 || containsAny(field, "，。；：:、") || isFigure(field) {
			return false
		}
		fields++
		if end < 0 {
			break
		}
		rest = strings.TrimLeft(rest[end:], " \u3000")
	}
	return fields >= 3
}

// maxBetweenLines bounds the lines joinBetween takes between two notices:
// a notice's items or its middle.
const maxBetweenLines = 2

// joinBetween marks in promo the short lines that stand between two lines
// of promotion with no blank line among them (a notice's item list between
// its request and its promise, a comment box's emoji bar between its
// prompt and its empty state): written in one piece with the notice above
// and the notice below, they are its middle, whatever they weigh alone.
// Only what says so joins (betweenMember): an item of a list, a line with
// a signal word, a line of no Han character. Between two lines the chrome
// pass takes (carriers: 来源：… over each excerpt of a basket) stands the
// text, and so does it between two notices when its lines are bare: a
// heading (乙节) and its sentence.
func joinBetween(text string, lines []line, promo []uint8) {
	marked := func(i int) uint8 { return promo[i] }
	for i := 0; i+2 < len(lines); i++ {
		kind := marked(i)
		if kind == 0 || lines[i+1].blank() || marked(i+1) != 0 {
			continue
		}
		j := i + 1
		for j < len(lines) && j-i-1 <= maxBetweenLines && !lines[j].blank() && marked(j) == 0 && betweenMember(text, &lines[j]) {
			j++
		}
		if j >= len(lines) || j-i-1 > maxBetweenLines || lines[j].blank() || marked(j) == 0 {
			continue
		}
		for k := i + 1; k < j; k++ {
			promo[k] = kind
		}
		i = j - 1
	}
}

// betweenMember reports a line that can be the middle of a notice
// (joinBetween): short, not taken, an item of a list, a line with a signal
// word or one of no Han character; no heading of the genre (一、, 第三条),
// no sentence of its prose, no date, no record's line.
func betweenMember(text string, l *line) bool {
	p := text[l.start:l.end]
	if l.junk || len(p) > maxShortBytes || hasPaidMarker(text, l) {
		return false
	}
	item := false
	if m, ok := parseMarker(p); ok {
		if !isItemMarker(m.style) {
			return false
		}
		p, item = strings.TrimLeft(p[m.skip:], " \u3000"), true
	}
	if !item && !mayBeNotice(p) && hanCount(p, 1) > 0 {
		return false // a bare line of text: a heading (乙节) or a sentence of it
	}
	return !isGenreSentence(p) && !isRecordLine(p) && !isAnyDate(p)
}
