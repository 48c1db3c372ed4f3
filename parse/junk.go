package parse

import (
	"strings"
	"unicode/utf8"

	"wenji/internal/par"
	"wenji/model"
)

// Advertising that 素材 sites append (membership pitches, customer service,
// ghost-writing offers) is told from real prose by weighing words: strong
// ones are advertising almost wherever they stand; weak ones (公众号, 扫码,
// 联系) are common in real government text and count only together with a
// strong one. A paragraph that merely mentions 公众号 stays.
var (
	strongPromo = []string{"素材库", "代笔", "润笔", "代写", "谨防假冒", "唯一平台", "会员群", "网盘",
		"添加客服", "联系客服", "客服微信", "认准", "好评如潮", "持续接单", "svip", "SVIP", "VIP会员", "vip会员"}
	// 客服 and 接单 are weak: 热线客服 and 党员接单 are everyday government prose.
	weakPromo = []string{"素材", "会员", "公众号", "微信", "QQ", "扫码", "二维码", "加入", "联系", "下载",
		"每天更新", "每日更新", "一键", "原创", "小伙伴", "淘宝", "店铺", "关注", "免费领取", "客服", "接单"}
)

// promoKeys holds the keywords grouped by their first rune, and promoFirst
// maps a BMP rune to 1 + the index of its group (0: no keyword starts with
// it), so that one pass over a paragraph finds them all; a paragraph is
// read once whatever the number of keywords, which keeps the filter cheap
// on a 100 MB file. A table, not a map: keywords start with runes as common
// as 一, 下, 会 and 公, and a map lookup on each was a third of the filter.
var promoKeys, promoFirst, promoHas = func() ([][]promoKey, *[1 << 16]uint8, *bmpSet) {
	t := new(runeGroups[promoKey, uint8])
	for i, w := range strongPromo {
		t.add(w, promoKey{w, true, uint64(1) << i})
	}
	for i, w := range weakPromo {
		t.add(w, promoKey{w, false, uint64(1) << (len(strongPromo) + i)})
	}
	return t.groups, &t.first, &t.has
}()

// runeGroups groups words by their first rune: first maps a BMP rune to
// 1 + the index of its group in groups (0: no word starts with it), and
// has flags the same runes. It builds the keyword tables (promoKeys,
// promoTable); G is as wide as their number of groups needs.
type runeGroups[T any, G uint8 | uint16] struct {
	groups [][]T
	first  [1 << 16]G
	has    bmpSet
}

// add puts item, for word, in the group of word's first rune.
func (t *runeGroups[T, G]) add(word string, item T) {
	r, _ := utf8.DecodeRuneInString(word)
	if t.first[r] == 0 {
		t.groups = append(t.groups, nil)
		t.first[r] = G(len(t.groups))
		t.has.add(r)
	}
	g := t.first[r] - 1
	t.groups[g] = append(t.groups[g], item)
}

// bmpSet is a set of runes of the Basic Multilingual Plane, a bit each:
// 8 KB, where a table of a byte a rune is 64 KB. The loops that look up
// every rune of a line in such a table (keywordScore, mayBeNotice,
// isChromeLine) waited on the table's cache misses: the 64 KB table
// does not stay in the first-level cache beside the text, the bits do,
// and only a rune in the set is looked up further.
type bmpSet [1 << 16 / 64]uint64

// add puts r, a BMP rune, in the set.
func (s *bmpSet) add(r rune) { s[r>>6] |= 1 << (r & 63) }

// has reports whether r is in the set (never, outside the BMP).
func (s *bmpSet) has(r rune) bool { return r >= 0 && r < 1<<16 && s[r>>6]&(1<<(r&63)) != 0 }

type promoKey struct {
	word   string
	strong bool
	bit    uint64
}

// isPromo reports whether a paragraph is advertising on its own: two
// strong signals, or one with three weak ones, a contact number counting
// as a strong one where there is an advertising word. Not a sentence of
// the genre reporting on the trade (reportsOnTrade), nor a warning of
// fraud quoting a pitch (warnsOfFraud).
func isPromo(p string) bool {
	// An advertisement is a pitch of a few lines; a paragraph of more than
	// maxPromoBytes is prose, whatever words it uses, and is not read.
	if len(p) > maxPromoBytes {
		return false
	}
	verdict := func(s, w int) bool { return s >= 2 || s == 1 && w >= 3 }
	s, w := keywordScore(p)
	// The contact number, a second pass over p, is looked for only where
	// it would change the verdict: 联系 and 关注 are everyday words.
	return s+w > 0 && (verdict(s, w) || verdict(s+1, w) && hasContact(p)) && !reportsOnTrade(p) && !warnsOfFraud(p)
}

// reportsOnTrade reports a sentence of the genre about the trade the
// keywords name (严肃查处…有偿代写材料、收受“润笔费”问题，给予…处分2人。):
// it ends in 。 and holds a word of the genre's prose, and gives the reader
// neither an address (您) nor a handle or a number to reach anyone by,
// which every pitch does. Asked only of a paragraph the keywords condemn.
func reportsOnTrade(p string) bool {
	if !strings.HasSuffix(p, "。") {
		return false
	}
	h, _ := noticeHits(p)
	return h[fProse] > 0 && h[fReader] == 0 && h[fHandle] == 0 && !hasContact(p)
}

// maxPromoBytes bounds an advertising paragraph: 600 Han characters, four
// times the longest pitch in the material we have seen.
const maxPromoBytes = 1800

// isPromoFragment reports whether a short paragraph next to advertising
// belongs to it (a contact line split off from the pitch): one strong
// signal or two weak ones, a contact number counting as a strong one.
func isPromoFragment(p string) bool {
	if len(p) > 150 {
		return false
	}
	verdict := func(s, w int) bool { return s >= 1 || w >= 2 }
	s, w := keywordScore(p)
	// A number joins with a word of the pitch beside it, or alone on its
	// line (QQ：12345678): a sentence that gives an office's phone
	// (联系人：王某某，联系电话：…) is the text's own.
	return verdict(s, w) || verdict(s+1, w) && (s+w > 0 || hanCount(p, 5) <= 4) && hasContact(p)
}

// hasContact reports a contact number: five or more digits in a run that may
// be broken by spaces (sites break numbers to dodge filters), or a 微信/QQ
// handle after a colon.
func hasContact(p string) bool {
	run, from := 0, 0
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c >= '0' && c <= '9':
			if run == 0 {
				from = i
				if (i == 0 || !isDigit(p[i-1])) && isServiceNumber(p[i:]) {
					i += 4 // a public service's number (12315), no contact's
					continue
				}
			}
			run++
			if run >= 5 && afterAreaCode(p[:from]) {
				// An office's landline (0551-65432100), as the genre
				// gives them: sites give mobiles, QQ and groups.
				run = 0
				for i+1 < len(p) && isDigit(p[i+1]) {
					i++
				}
			} else if run >= 5 {
				// Years and amounts in real text (2023年, 12345热线) are
				// followed by a unit; a contact number is not.
				j := i + 1
				for j < len(p) && p[j] >= '0' && p[j] <= '9' {
					j++
				}
				if j >= len(p) || !strings.HasPrefix(p[j:], "年") && !strings.HasPrefix(p[j:], "个") &&
					!strings.HasPrefix(p[j:], "万") && !strings.HasPrefix(p[j:], "亿") &&
					!strings.HasPrefix(p[j:], "元") && !strings.HasPrefix(p[j:], "份") &&
					!strings.HasPrefix(p[j:], "人") && !strings.HasPrefix(p[j:], "件") &&
					!strings.HasPrefix(p[j:], "热线") && !strings.HasPrefix(p[j:], "项") {
					return true
				}
				run = 0
				i = j - 1
			}
		case c == ' ' && run > 0:
		default:
			run = 0
		}
	}
	return false
}

// markJunk finds the filtered spans: paid markers anywhere (trimming them
// from the lines they are glued to) and whole advertising paragraphs. Lines
// that are all junk are flagged so the structure pass passes over them.
func markJunk(text string, lines []line) []model.Junk {
	reg := textRegister(text) // the script the lines are weighed against (promo_register.go)
	f := firstLooks(text, lines, reg)
	paid, promo, found, chunk := f.paid, f.promo, f.found, passChunk
	// Then the short notices in other sites' styles, once every line is
	// narrowed: a line's neighbours say whether it stands alone, the prose's
	// first and last lines whether it stands outside it (or as its title).
	first, last, title := proseBounds(text, lines, promo)
	heads := make([][]int, len(paid))     // per chunk, the lines that may head a glued list (poolLists)
	carry := make([][]carrier, len(paid)) // per chunk, the notices the chrome pass takes (chromeCarriers)
	par.Each(len(paid), func(c int) {
		for i := c * chunk; i < min(len(lines), (c+1)*chunk); i++ {
			l := &lines[i]
			if promo[i] != 0 || l.blank() || l.junk || l.end-l.start > maxShortBytes {
				continue
			}
			// Most short lines (headings, 目录 entries) carry no signal
			// word: they are weighed only if they are slogan-short
			// (maxBareBytes), stand between blank lines and are worded
			// unlike the genre (maySignalBare), where a slogan's form may
			// make a notice of them. The checks go cheapest first.
			p := text[l.start:l.end]
			if f.look[i]&lookHead != 0 && i > 0 && !lines[i-1].blank() {
				heads[c] = append(heads[c], i)
			}
			blanks := i == 0 || lines[i-1].blank() || i == len(lines)-1 || lines[i+1].blank()
			worded := f.look[i]&lookWorded != 0
			if !worded && (!blanks || l.end-l.start > maxBareBytes || !maySignalBare(p)) {
				continue
			}
			at := placeOf(text, lines, i, blanks, first, last, title)
			if continues(text, lines, i) {
				continue // the tail of a wrapped sentence, not a line of its own
			}
			// A line the chrome pass takes (当前位置：…) is left to it, for
			// its kind; it is asked only of a notice, a few lines a file.
			if k, ok := scoreNoticeIn(p, at, reg); ok && !hasPaidMarker(text, l) && !isOutlineLine(p) && !officeContactField(text, lines, i) {
				if isChromeLineIn(p, reg) {
					carry[c] = append(carry[c], carrier{i, k})
				} else {
					promo[i] = 1 + uint8(k)
					found[c] = true
				}
			}
		}
	})
	n := 0
	for _, p := range paid {
		n += len(p)
	}
	markers := make([]model.Junk, 0, n)
	for _, p := range paid {
		markers = append(markers, p...)
	}
	// Then the short neighbours of advertising that carry at least one
	// signal (a contact line split off from the pitch).
	// Blocks of a few short lines are weighed whole, what each line
	// says alone having been weighed.
	any := poolBlocks(text, lines, promo, first, last, reg)
	for _, h := range heads {
		any = poolLists(text, lines, promo, h, reg) || any
	}
	for _, f := range found {
		any = any || f
	}
	var ads []model.Junk
	if carriers := chromeCarriers(carry, len(lines)); any || carriers != nil {
		tables := tableRuns(text, lines, promo) // rows stay with their tables (promo_table.go)
		keepTables(tables, promo)
		spreadPromo(text, lines, promo, carriers, reg)
		joinBetween(text, lines, promo)
		joinBlocks(text, lines, promo, f.kind, reg)
		joinRuns(text, lines, promo, f.kind, reg)
		joinCards(text, lines, promo, reg)
		keepTables(tables, promo)
		for i := range lines {
			if promo[i] != 0 {
				l := &lines[i]
				ads = append(ads, model.Junk{Kind: model.JunkKind(promo[i] - 1), Span: model.Span{Start: l.start, End: l.end}, Line: int(l.num)})
				l.junk = true
			}
		}
	}
	junk := mergeJunk(markers, ads, markChrome(text, lines, f.kind))
	closeGaps(lines, junk)
	return withBOM(text, junk)
}

// lineLooks is what markJunk's first pass finds of each line on its own.
type lineLooks struct {
	paid  [][]model.Junk // per chunk of lines, its paid markers
	promo []uint8        // 1 + the kind of a promotion line, 0 for none
	kind  []uint8        // each line's chromeLineKind, for markChrome
	look  []uint8        // a short line's shortLooks, for the notice pass
	found []bool         // per chunk, whether it holds promotion
}

// firstLooks is markJunk's first pass: paid markers, then advertising
// paragraphs, on all cores in chunks of lines: each chunk narrows its own
// lines past glued markers, lists its own markers (joined in order after)
// and scores its own lines. What the later passes ask of a line on its
// own is asked here too, while the line is in the cache: its chrome kind
// (chromeLineKind) and the notice pass's first looks at a short line
// (shortLooks). Asked in those passes, each read of a line's text was a
// cache miss on every line of a large file.
func firstLooks(text string, lines []line, reg register) lineLooks {
	chunk := passChunk
	paid := make([][]model.Junk, (len(lines)+chunk-1)/chunk)
	f := lineLooks{paid: paid, promo: make([]uint8, len(lines)), kind: make([]uint8, len(lines)),
		look: make([]uint8, len(lines)), found: make([]bool, len(paid))}
	par.Each(len(paid), func(c int) {
		for i := c * chunk; i < min(len(lines), (c+1)*chunk); i++ {
			l := &lines[i]
			paid[c] = markPaid(text, l, paid[c])
			if l.blank() {
				continue
			}
			p := text[l.start:l.end]
			if isPromo(p) {
				f.promo[i] = 1 + uint8(model.JunkPromo)
				f.found[c] = true
			} else if len(p) <= maxShortBytes {
				f.look[i] = shortLooks(p)
			}
			f.kind[i] = chromeLineKind(p, reg)
		}
	})
	return f
}

// What the notice pass first asks of a short line, on its own (shortLooks).
const (
	lookHead   = 1 // it may head a glued list (mayHeadList)
	lookWorded = 2 // it may carry a signal word (mayBeNotice), or a menu's bars (barMenu), or list links in a row (listedItems, linkRow), or sign off after a dash or in brackets (opensSignOff)
)

// shortLooks is what the notice pass first asks of short line p, as bits.
func shortLooks(p string) uint8 {
	var b uint8
	if mayHeadList(p) {
		b |= lookHead
	}
	if mayBeNotice(p) || framesWords(p) || nameTagline(p) || barMenu(p) || dotChain(p) || linkRow(p) && listedItems(p) || opensSignOff(p) {
		b |= lookWorded
	}
	return b
}

// withBOM widens a span on the first line to the start of the text when
// only a byte order mark stands before it: the mark is no text, and a
// line filtered whole is then filtered to its first byte.
func withBOM(text string, junk []model.Junk) []model.Junk {
	const bom = "\ufeff"
	if len(junk) > 0 && strings.HasPrefix(text, bom) && junk[0].Span.Start > 0 &&
		strings.TrimLeft(text[:junk[0].Span.Start], bom) == "" {
		junk[0].Span.Start = 0
	}
	return junk
}

// mergeJunk joins the markers, the advertising and the chrome, each found
// in order by a pass of its own, into one list in order of position. A
// merge, not a sort: a file of nothing but chrome has a span a line.
func mergeJunk(lists ...[]model.Junk) []model.Junk {
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	if n == 0 {
		return nil
	}
	for _, l := range lists {
		if len(l) == n {
			return l // the others are empty
		}
	}
	out := make([]model.Junk, 0, n)
	for len(out) < n {
		best := -1
		for i, l := range lists {
			if len(l) > 0 && (best < 0 || l[0].Span.Start < lists[best][0].Span.Start) {
				best = i
			}
		}
		// Take the whole run of the chosen list that comes before the
		// others' heads.
		l := lists[best]
		k := 1
		for k < len(l) {
			ahead := false
			for i, o := range lists {
				if i != best && len(o) > 0 && o[0].Span.Start <= l[k].Span.Start {
					ahead = true
				}
			}
			if ahead {
				break
			}
			k++
		}
		out = append(out, l[:k]...)
		lists[best] = l[k:]
	}
	return out
}

// proseBounds returns the first and the last line of prose (a line with a
// full stop, or longer than a heading) that is not promotion: what stands
// before the first or after the last is a title, a date, a signature or
// the site's own furniture. Only the two ends of the file are read. And
// the document's title over its body (titleLine, promo_title.go), or -1.
func proseBounds(text string, lines []line, promo []uint8) (first, last, title int) {
	prose := func(i int) bool {
		l := &lines[i]
		return promo[i] == 0 && !l.blank() && !l.junk && (l.end-l.start > 90 || strings.Contains(text[l.start:l.end], "。"))
	}
	first, last = len(lines), -1
	for i := range lines {
		if prose(i) {
			first = i
			break
		}
	}
	for i := len(lines) - 1; i >= first; i-- {
		if prose(i) {
			last = i
			break
		}
	}
	return first, last, titleLine(text, lines)
}

// continues reports a line that goes on from the line above it, which
// stops on a clause mark (，、；：): the tail of a wrapped sentence.
func continues(text string, lines []line, i int) bool {
	if i == 0 || lines[i-1].blank() {
		return false
	}
	p := text[lines[i-1].start:lines[i-1].end]
	for _, m := range []string{"，", "、", "；", "：", ",", ";"} {
		if strings.HasSuffix(p, m) {
			return true
		}
	}
	return false
}

// closesSection reports a line that stands at a section's end though no
// blank line sets it off: the line before it ends its sentence (so the
// line is not the tail of a wrapped paragraph) and the line after it opens
// the next part (二、…). A notice sits there as it sits between blank lines.
func closesSection(text string, prev, next line) bool {
	p := trimBlankCRRight(text[prev.start:prev.end])
	if !strings.HasSuffix(p, "。") && !strings.HasSuffix(p, "！") && !strings.HasSuffix(p, "？") {
		return false
	}
	return isOutlineLine(strings.TrimLeft(text[next.start:next.end], " \t\u3000"))
}

// endsSentence reports a line that ends a sentence (。！？): prose.
func endsSentence(text string, l line) bool {
	p := trimBlankCRRight(text[l.start:l.end])
	return strings.HasSuffix(p, "。") || strings.HasSuffix(p, "！") || strings.HasSuffix(p, "？")
}

// placeOf is where line i stands (blanks: a blank line or the file's edge
// beside it; first and last: the prose's bounds, proseBounds; title: the
// document's title over its body, titleLine, whose place asks for strong
// signals only, as a line glued inside the prose does).
func placeOf(text string, lines []line, i int, blanks bool, first, last, title int) place {
	p := text[lines[i].start:lines[i].end]
	switch {
	case i == title:
		return placeGlued
	case blanks || closesSection(text, lines[i-1], lines[i+1]):
		if i < first || i > last {
			return placeOutside
		}
		return placeAlone
	case !endsClause(p) && (endsSentence(text, lines[i-1]) || endsSentence(text, lines[i+1])):
		return placeAside
	}
	return placeGlued
}
