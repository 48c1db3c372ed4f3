package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"wenji/internal/par"
	"wenji/model"
)

// Web-page furniture that text scraped from a government or news site
// carries along: each phrase marks a short line as chrome wherever it
// stands. Real prose mentions none of them in a line this short.
var chromePhrases = []string{
	"【我要纠错】", "我要纠错", "扫一扫在手机打开当前页", "扫一扫在手机上查看", "网站标识码", "ICP备", "ICP证",
	"公网安备", "打印本页", "关闭窗口", "【打印】", "【关闭】", "【字体：", "字号：大", "分享到：", "当前位置：",
	"您现在的位置", "您当前的位置", "浏览次数：", "阅读次数：", "主办单位：", "承办单位：", "技术支持：",
	"网站地图", "联系我们 |", "Copyright", "copyright", "©",
}

// chromeFirst indexes the phrases by their first rune.
var chromeFirst = func() map[rune][]string {
	m := map[rune][]string{}
	for _, w := range append(chromePhrases, "版权所有") {
		r, _ := utf8.DecodeRuneInString(w)
		m[r] = append(m[r], w)
	}
	return m
}()

// chromeFirstSet flags the phrases' first runes (all in the BMP), so that
// most runes are passed over on a bit's lookup rather than a map lookup.
var chromeFirstSet = func() *bmpSet {
	var t bmpSet
	for r := range chromeFirst {
		if r < 1<<16 {
			t.add(r)
		}
	}
	return &t
}()

// chromeOpeners mark chrome only at the start of a short line: 责任编辑：张三,
// 来源：南方日报, 发布时间：2025-01-20.
var chromeOpeners = []string{"责任编辑", "【责任编辑", "（责任编辑", "(责任编辑", "编辑：", "来源", "发布时间", "发布日期", "作者：", "稿源"}

// relatedHeads open a list of links to other stories.
var relatedHeads = []string{"相关稿件", "相关新闻", "相关链接", "相关阅读", "相关文章", "延伸阅读", "推荐阅读", "热点推荐"}

// isChromeLine reports a line that is web-page chrome on its own.
func isChromeLine(s string) bool { return isChromeLineIn(s, registerGenre) }

// isChromeLineIn is isChromeLine in a document of register reg. In a
// document written in Latin script the word copyright is its own
// vocabulary (works not covered by copyright): a line is chrome by it only
// as a rights line is written, with © (a phrase of its own), a year after
// the word or its rights reserved (rightsLine).
func isChromeLineIn(s string, reg register) bool {
	if len(s) > 300 {
		return false // the byte length bounds the runes without counting them
	}
	// The rune count is asked only against bounds of 50 runes and more
	// (100, 60, 50): a line of at most 50 bytes is within them all
	// whatever its count, and is not counted.
	n := len(s)
	if n > 50 {
		n = runeLen(s)
	}
	if n > 100 {
		return false
	}
	// One pass over the runes, trying only the phrases that start with
	// each: this reads every short line of a 100 MB file.
	for i := 0; i < len(s); {
		// decodeRune in place: a call for each rune of each short line
		// of a file was a fifth of the pass (23 M instructions of the
		// parse of 20 MB).
		var r rune
		var size int
		if c := s[i]; c < utf8.RuneSelf {
			r, size = rune(c), 1
		} else if h, ok := rune3(s, i); ok {
			r, size = h, 3
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if chromeFirstSet.has(r) {
			for _, w := range chromeFirst[r] {
				if hasPrefixLast(s[i:], w) && (w != "版权所有" || n <= 60) && !listedItem(s, i, len(w)) &&
					(!recordPhrase(w) || valueFollows(s[i+len(w):])) &&
					(reg != registerLatin || w != "Copyright" && w != "copyright" || rightsLine(s)) {
					return true
				}
			}
		}
		i += size
	}
	if isNewsByline(s) {
		return false
	}
	if n <= 50 {
		for _, w := range chromeOpeners {
			if hasPrefixLast(s, w) {
				rest := strings.TrimLeft(s[len(w):], " \u3000")
				if strings.HasSuffix(w, "：") || strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":") {
					return true // ends in ：, or is followed by one
				}
			}
		}
	}
	return isNavLine(s)
}

// recordPhrase reports a chromePhrases entry naming a site's registration
// (ICP备, ICP证, 公网安备, 网站标识码): a page's footer gives it with its
// number, and a report on the sites' management names the registration
// as a thing done (均已完成ICP备案和公安机关联网备案): valueFollows tells them.
func recordPhrase(w string) bool {
	return w == "ICP备" || w == "ICP证" || w == "公网安备" || w == "网站标识码"
}

// valueFollows reports a digit within the first twelve runes of s, before
// the clause ends: the record's number (粤ICP备2021…, 网站标识码：3301…,
// ICP证：京B2-2009…, 公网安备 3301…), after a label of its own too
// (ICP证号：京B2-…, 公网安备案编号：3301…; review35: four runes missed them).
func valueFollows(s string) bool {
	for n := 0; n < 12 && s != ""; n++ {
		r, size := utf8.DecodeRuneInString(s)
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			return true
		case r == '，' || r == '。' || r == '；' || r == '、':
			return false // the clause ended before a number came
		}
		s = s[size:]
	}
	return false
}

// listedItem reports the phrase at s[i:i+n] as an item of an enumeration
// in a sentence (页面底部应标注主办单位、联系方式、网站标识码、ICP备案编号和…):
// a 、 right before or after it. A page's furniture gives the field with
// its value (网站标识码：…, 粤ICP备…号), one to a line or parted by spaces
// and bars; prose that names the fields lists them.
func listedItem(s string, i, n int) bool {
	return strings.HasSuffix(s[:i], "、") || strings.HasPrefix(s[i+n:], "、")
}

// isNewsByline reports a news article's byline (（来源：××日报　记者　某某　通讯员
// 某某）, 本报记者 张三): its reporters, named as the paper names them, are
// the article's authors, a compilation's record of where it came from.
// Not a page's production credits (责任编辑, 校对: the page's furniture,
// taken), which a line naming an editor still is.
func isNewsByline(s string) bool {
	return (indexWord(s, "记者") >= 0 || indexWord(s, "通讯员") >= 0) && indexWord(s, "编辑") < 0
}

// recordLabels open the lines of a 公文's heading and 版记 that list
// names parted by spaces: its addressees (主送：, 抄送：) and subject words
// (主题词：).
var recordLabels = []string{"主送", "抄送", "抄报", "分送", "报送", "主题词"}

// isRecordLine reports such a line: a label, then ： or :.
func isRecordLine(s string) bool {
	s = strings.TrimLeft(s, " \u3000")
	for _, w := range recordLabels {
		if hasPrefixLast(s, w) {
			rest := strings.TrimLeft(s[len(w):], " \u3000")
			return strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":")
		}
	}
	return false
}

// isNavLine reports a site menu on one line: four or more short words
// between spaces or bars (首页 | 政务公开 | 办事服务 | 互动交流), or a
// breadcrumb (首页 > 政务公开 > 政府工作报告). Not a table's header row,
// whose short cells are parted alike (序号  报刊名称  订阅份数, tableHeader).
func isNavLine(s string) bool {
	if len(s) > 240 {
		return false
	}
	// One pass, left at the first clause mark: a line of prose has one
	// within a few runes. It goes before the labels' checks, which read
	// every short line of a file to the end of its label.
	sep := false
	for i := 0; i < len(s); {
		var r rune
		var size int
		if c := s[i]; c < utf8.RuneSelf { // decodeRune in place, as in isChromeLineIn
			r, size = rune(c), 1
		} else if h, ok := rune3(s, i); ok {
			r, size = h, 3
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch r {
		case '。', '，', '；', '！', '？':
			return false
		case ' ', '|', '>', '/', '\t', '\u3000', '｜', '＞', '»', '·':
			sep = true
		}
	}
	if !sep || isRecordLine(s) || tableHeader(s) {
		return false
	}
	words := strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\u3000' || r == '|' || r == '｜' || r == '>' || r == '＞' || r == '»' || r == '·' || r == '/' || r == '\t'
	})
	crumbs := containsAny(s, ">＞»")
	if len(words) < 4 && !(crumbs && len(words) >= 2 && strings.HasPrefix(s, "首页")) {
		return false
	}
	if !crumbs && letterSpaced(words) {
		return false // 政 府 工 作 报 告: a title set out letter by letter
	}
	for _, w := range words {
		if n := runeLen(w); n > 8 || hanCount(w, 1) == 0 {
			return false
		}
		if _, ok := parseMarker(w); ok {
			return false
		}
	}
	return true
}

// letterSpaced reports words that are each a single character: a line
// set out letter by letter as a printed title is (政 府 工 作 报 告,
// 目　录), where a menu's items are words of two characters or more.
func letterSpaced(words []string) bool {
	for _, w := range words {
		if runeLen(w) != 1 {
			return false
		}
	}
	return true
}

// isMenuWord reports a line that could be one item of a menu: a few Han
// characters and nothing else.
func isMenuWord(s string) bool {
	n := runeLen(s)
	if n < 2 || n > 6 {
		return false
	}
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	_, marked := parseMarker(s)
	return !marked
}

// What chromeKinds finds a line to be on its own; markChrome adds marked.
const (
	chromeAlone   = 1  // chrome by itself
	chromeRelated = 2  // a 相关稿件 heading: the short lines under it go too
	chromeMenu    = 8  // a menu word outside the prose
	chromeSoft    = 16 // chrome only beside the page's other furniture (isSoftChrome)
)

// chromeLineKind says what line s is on its own: chrome (soft or not), a
// 相关稿件 heading, or neither (0). markJunk asks it of every line in its
// first pass, while the line is in the cache (see chromeKinds).
func chromeLineKind(s string, reg register) uint8 {
	switch {
	case isChromeLineIn(s, reg):
		if isSoftChrome(s) {
			return chromeSoft
		}
		return chromeAlone
	case len(s) <= 40 && isRelatedHead(strings.TrimRight(s, "：: ")):
		return chromeRelated
	}
	return 0
}

// chromeKinds completes kind, each line's chromeLineKind as markJunk's
// first pass found it, into what each line is on its own when the chrome
// is looked for: nothing for a line junk since (promotion), and a menu
// word outside the prose. A menu is only looked for before the first line
// of prose and after the last. The lines are read on all cores, in chunks
// that each write their own part of the result. (Asked here, each line's
// kind cost the text's first reading since markJunk's first pass: a cache
// miss on every line of a large file.)
func chromeKinds(text string, lines []line, kind []uint8) {
	str := func(l *line) string { return text[l.start:l.end] }
	prose := func(l *line) bool {
		return !l.blank() && !l.junk && (l.end-l.start > 90 || strings.Contains(str(l), "。"))
	}
	firstProse, lastProse := len(lines), -1
	for i := range lines {
		if prose(&lines[i]) {
			firstProse = i
			break
		}
	}
	for i := len(lines) - 1; i >= firstProse; i-- {
		if prose(&lines[i]) {
			lastProse = i
			break
		}
	}
	chunk := passChunk
	par.Each((len(lines)+chunk-1)/chunk, func(c int) {
		for i := c * chunk; i < min(len(lines), (c+1)*chunk); i++ {
			l := &lines[i]
			if l.blank() || l.junk {
				kind[i] = 0
				continue
			}
			// A menu word is at most 6 runes, 24 bytes.
			if (i < firstProse || i > lastProse) && l.end-l.start <= 24 && isMenuWord(str(l)) {
				kind[i] |= chromeMenu
			}
		}
	})
}

// markChrome finds the web chrome among lines not already junk: lines
// that are chrome on their own, a 相关稿件 heading with the list of links
// under it, and runs of five or more menu words before the first line of
// prose or after the last. kind is each line's chromeLineKind (markJunk's
// first pass), which markChrome completes and marks in.
func markChrome(text string, lines []line, kind []uint8) []model.Junk {
	// Lines are flagged as they are found and listed at the end, at the
	// list's exact size: a file of nothing but chrome has a span a line.
	const marked = 4
	chromeKinds(text, lines, kind) // what each line is, and marked
	nMarked := 0
	mark := func(i int) {
		kind[i] |= marked
		lines[i].junk = true
		nMarked++
	}
	str := func(l *line) string { return text[l.start:l.end] }
	for i := 0; i < len(lines); i++ {
		l := &lines[i]
		if l.blank() || l.junk {
			continue
		}
		if kind[i]&chromeAlone != 0 {
			mark(i)
			continue
		}
		if kind[i]&chromeSoft != 0 {
			// A run of source and sponsor lines is the page's when the
			// page's furniture or its time stamp stands beside it, else
			// a notice's or a release's own record (softRun).
			j := i + 1
			for j < len(lines) && !lines[j].blank() && kind[j]&chromeSoft != 0 {
				j++
			}
			if softRun(text, lines, kind, i, j) {
				for k := i; k < j; k++ {
					mark(k)
				}
			}
			i = j - 1
			continue
		}
		if kind[i]&chromeRelated != 0 {
			mark(i)
			for j := i + 1; j < len(lines) && j < i+30; j++ {
				lj := &lines[j]
				if lj.blank() {
					continue
				}
				t := str(lj)
				if lj.junk || runeLen(t) > 60 || strings.Contains(t, "。") {
					break
				}
				mark(j)
				i = j
			}
			continue
		}
		// A run of menu words never reaches the prose (they have no 。
		// and at most 24 bytes), so its lines all have the menu bit.
		if kind[i]&chromeMenu != 0 {
			j, n := i, 0
			for ; j < len(lines) && (lines[j].blank() || !lines[j].junk && kind[j]&chromeMenu != 0); j++ {
				if !lines[j].blank() {
					n++
				}
			}
			if n >= 5 {
				for k := i; k < j; k++ {
					if !lines[k].blank() {
						mark(k)
					}
				}
				i = j - 1
			}
		}
	}
	if nMarked == 0 {
		return nil
	}
	junk := make([]model.Junk, 0, nMarked)
	for i := range lines {
		if kind[i]&marked != 0 {
			l := &lines[i]
			junk = append(junk, model.Junk{Kind: model.JunkWebChrome, Span: model.Span{Start: l.start, End: l.end}, Line: int(l.num)})
		}
	}
	return junk
}

// relatedHeadSet holds relatedHeads bare and in 【】.
var relatedHeadSet = func() map[string]bool {
	m := map[string]bool{}
	for _, h := range relatedHeads {
		m[h] = true
		m["【"+h+"】"] = true
	}
	return m
}()

func isRelatedHead(s string) bool { return len(s) <= 24 && relatedHeadSet[s] }

// softRun reports whether the run lines[i:j] of soft chrome (isSoftChrome)
// is the page's: the line glued above it or below it is chrome itself or
// a page's time stamp (2025-01-15 10:23, 发布时间 beside it).
func softRun(text string, lines []line, kind []uint8, i, j int) bool {
	for _, k := range [2]int{i - 1, j} {
		if k < 0 || k >= len(lines) || lines[k].blank() {
			continue
		}
		if kind[k]&chromeAlone != 0 || lines[k].junk || hasTimeStamp(text[lines[k].start:lines[k].end]) {
			return true
		}
	}
	return false
}
