package parse

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"wenji/model"
)

// Front matter: the lines between a report's title and its first part (a
// byline, a date or occasion line, the generic title repeated, a news
// dateline) and the salutation that opens a speech. None of them is a
// heading: they are the title node's text, so the first 一、 sits right
// under the title however many of them there are.

// salutationWords open the address to an audience (各位代表：, 同志们，朋友们：).
var salutationWords = []string{"各位", "同志们", "朋友们", "女士们", "先生们", "同学们", "尊敬的", "亲爱的", "老师们"}

// isSalutation reports a line that only addresses the audience: short,
// opening with 各位, 同志们… and ending in ：or ！ (各位代表：, 同志们，朋友们：,
// 各位代表！). It is text wherever it stands, even in a <h5> or in bold.
func isSalutation(s string) bool {
	// The opening word first: it is asked of every line, and almost none
	// opens so.
	if _, ok := hasPrefixAny(s, salutationWords...); !ok {
		return false
	}
	s = trimBlankRight(s)
	if len(s) > 24*utf8.UTFMax || runeLen(s) > 24 {
		return false
	}
	r, _ := lastRune(s)
	if r != '：' && r != ':' && r != '！' && r != '!' {
		return false
	}
	return !containsAny(s, "。；")
}

// isDashLine reports an occasion line that opens with a dash (——在…上的讲话,
// ----2025年1月15日…, －－…).
func isDashLine(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '—', '―', '─', '－':
		return true
	case '-':
		return strings.HasPrefix(s, "--")
	}
	return false
}

// isNewsDateline reports the dateline a news agency or paper puts before a
// story (新华社北京10月27日电, 新华社北京10月27日电（记者 张三）, 本报讯,
// 沣源日报1月13日讯): short, ending in 电 or 讯 after a day once a
// parenthesised byline is taken off.
func isNewsDateline(s string) bool {
	s = trimBlankRight(s)
	if len(s) > maxDatelineBytes || runeLen(s) > 48 {
		return false
	}
	if strings.HasSuffix(s, "）") || strings.HasSuffix(s, ")") {
		i := max(strings.LastIndex(s, "（"), strings.LastIndex(s, "("))
		if i <= 0 {
			return false
		}
		s = strings.TrimRight(s[:i], " \u3000")
	}
	switch {
	case strings.HasPrefix(s, "本报讯"):
		return true
	case strings.HasSuffix(s, "电"), strings.HasSuffix(s, "讯"):
		// 新华社北京10月27日电, 沣源日报1月13日讯: a source and a day
		// before 电 or 讯.
		rest := s[:len(s)-len("电")]
		return strings.HasSuffix(rest, "日") && strings.Contains(rest, "月") && hanCount(s, 4) >= 4
	}
	return false
}

// maxDatelineBytes bounds a dateline's bytes: 48 runes of 4 bytes.
const maxDatelineBytes = 48 * utf8.UTFMax

// officeSuffixes end the office of a byline (省长, 自治区主席, 市委书记).
var officeSuffixes = []string{"长", "主席", "书记", "主任", "委员", "总理", "记者", "作者", "代表", "发言人", "秘书"}

// isByline reports a signature line: an office ending in a title (省长,
// 自治区主席, 广东省省长), a space, and a name of two to four Han characters
// or placeholders (张某某, XXX, ×××).
func isByline(s string) bool {
	s = trimBlankRight(s)
	if len(s) > 24*utf8.UTFMax || runeLen(s) > 24 {
		return false
	}
	office, name, ok := officeName(s)
	if !ok {
		return false
	}
	if _, ok := hasSuffixAny(office, officeSuffixes...); !ok || hanCount(office, 2) < 2 {
		return false
	}
	n := 0
	for _, r := range name {
		if !unicode.Is(unicode.Han, r) && !strings.ContainsRune("XxＸ×*＊○", r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// titleWords end the office of a byline whose space a copy lost
// (广东省省长王伟中): titles that no name opens with, so the split is sure.
var titleWords = []string{"省长", "市长", "县长", "区长", "州长", "主席", "书记", "主任", "院长", "检察长", "局长", "厅长", "部长", "总理"}

// isGluedByline reports a signature line without its space: all Han, at
// most 16 characters, an office of two characters or more ending in a
// title (titleWords), then a name of two or three characters. Front matter
// only (under an occasion or date line), where a short line so made is a
// signature and not a heading.
func isGluedByline(s string) bool {
	s = trimBlankRight(s)
	n := runeLen(s)
	if n < 5 || n > 16 || hanCount(s, n) != n {
		return false
	}
	for _, w := range titleWords {
		i := strings.LastIndex(s, w)
		if i < 0 {
			continue
		}
		if name := runeLen(s[i+len(w):]); name >= 2 && name <= 3 && runeLen(s[:i+len(w)]) >= 2 {
			return true
		}
	}
	return false
}

// officeName splits a signature line at its last space into the office
// before it and the name after it (广东省省长 王伟中, 市长　XXX, 市长 and a tab, XXX).
// A name of two characters set to the width of three (县长　刘　涛, as
// bylines align names) is one name, given without its space (刘涛).
func officeName(s string) (office, name string, ok bool) {
	// A tab too: Word's copy-out and tabbed signature lines (市长\tXXX).
	const space = " \t\u3000"
	i := strings.LastIndexAny(s, space)
	if i <= 0 {
		return "", "", false
	}
	office, name = strings.TrimRight(s[:i], space), strings.TrimLeft(s[i:], space)
	if runeLen(name) == 1 && hanCount(name, 1) == 1 {
		if j := strings.LastIndexAny(office, space); j > 0 {
			if first := strings.TrimLeft(office[j:], space); runeLen(first) == 1 && hanCount(first, 1) == 1 {
				office, name = strings.TrimRight(office[:j], space), first+name
			}
		}
	}
	return office, name, true
}

// hasSuffixAny returns the first of the suffixes that s ends with.
func hasSuffixAny(s string, suffixes ...string) (string, bool) {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return x, true
		}
	}
	return "", false
}

// repeatsTitle reports a line that repeats part of the title, as the
// generic 政府工作报告 does under 2025年X省政府工作报告.
func repeatsTitle(title, s string) bool {
	strip := func(x string) string {
		return strings.Map(func(r rune) rune {
			if r == ' ' || r == '\u3000' || r == '\t' {
				return -1
			}
			return r
		}, x)
	}
	// Four characters at least: a word the title happens to hold (目录
	// under 目录汇编) is no repeated title.
	t, l := strip(title), strip(s)
	return runeLen(l) >= 4 && strings.Contains(t, l)
}

// title reads the document title from the first lines and returns the index
// of the first line after it. A news dateline (新华社北京10月27日电) above the
// title is the root's text, never its title.
func (p *parser) title(root *pnode) int {
	eff := p.eff
	// Lines printed above the title are not it: a news dateline
	// (新华社北京10月27日电), a congress's file label (…第五次会议文件（1）),
	// an office's red header (…委员会文件) and its document number
	// (安发改发〔2025〕6号). They stay root text when a title follows them.
	first := p.pageOverDateline()
	for i := range first {
		root.info.paras = append(root.info.paras, i)
	}
	for first < min(3, len(eff)-1) && p.aboveTitle(p.str(&eff[first])) && p.titleLine(&eff[first+1]) {
		root.info.paras = append(root.info.paras, first)
		first++
	}
	if len(eff) <= first {
		return 0
	}
	if p.tocHead(first) {
		root.info.paras = root.info.paras[:0]
		return 0 // a 目录 that opens the text heads its entries, not the document
	}
	if at := first; !p.titleLine(&eff[first]) {
		first = p.coverTitle(first)
		for i := len(root.info.paras); i < first; i++ {
			root.info.paras = append(root.info.paras, i)
		}
		if first == at {
			// Prose above the title is the root's text (its span), not
			// its paragraphs: no lead or measure is read above the title.
			first = p.titleUnderProse(first)
		}
	}
	e := &eff[first]
	s := p.str(e)
	switch {
	case e.kind == lineHeading && e.md == 1:
		_, skip := mdHeading(s)
		root.Title = s[skip:]
	case e.kind == lineTitle || e.htitle():
		root.Title = s
	default:
		root.info.paras = root.info.paras[:0]
		return 0
	}
	root.TitleSpan = model.Span{Start: e.start, End: e.end}
	root.Line = int(e.num)
	root.info.titleEnd = e.end
	return p.titleGoesOn(root, first+1, len(eff))
}

// pageOverDateline returns the number of lines above a news dateline in
// the first three when a title line follows it (沣源县纪委十五届五次全会工作报告 /
// 沣源日报1月13日讯 / 坚定不移推进…): a scraped page's own title over the story,
// which the dateline opens and whose title is the line after it. 0 when
// there is none.
func (p *parser) pageOverDateline() int {
	eff := p.eff
	for i := 1; i < min(3, len(eff)-1); i++ {
		if isNewsDateline(p.str(&eff[i])) && p.titleLine(&eff[i+1]) {
			for j := range i {
				if !p.titleLine(&eff[j]) {
					return 0
				}
			}
			return i
		}
	}
	return 0
}

// proseGlued reports a title line at i glued under a paragraph of prose
// that the article break stands above (…。 / blank lines / 同志们：这次会议…。 /
// 大兴务实之风…): the paragraph, pasted above the title it belongs under,
// is the previous article's end or the compilation's preface, and the
// break is the title's.
func (p *parser) proseGlued(i, from int) bool {
	if i-1 < from || p.eff[i].gap() != 0 || p.eff[i-1].gap() < 2 || p.eff[i-1].kind != lineBody {
		return false
	}
	s := trimBlankRight(p.str(&p.eff[i-1]))
	return strings.HasSuffix(s, "。") || strings.HasSuffix(s, "！") || strings.HasSuffix(s, "？")
}

// coverTitle finds a title the converter marked (a Word title style) under
// a cover's short lines: a standard's ICS and CCS codes, its number, the
// body that issues it (ICS 27.120.99 / F65 / 中华人民共和国能源行业标准 /
// NB/T 20442.7—2023 / 核电厂定期安全评价). It returns the title's line, or
// from when there is none.
func (p *parser) coverTitle(from int) int {
	for i := from; i < min(from+12, len(p.eff)); i++ {
		e := &p.eff[i]
		if e.htitle() {
			return i
		}
		if s := p.str(e); runeLen(s) > 40 || containsAny(s, "。；") {
			return from
		}
	}
	return from
}

// titleGoesOn joins to n's title, a document's or an article's, its second
// line at i when it has one, and returns the line after the title. A title
// in two lines, as speeches and reports print it (江州市江北区人民政府 /
// 2025年政府工作报告): both lines short, the second followed by front
// matter, a ——subtitle (——在……上的讲话), a date or occasion line or a
// byline. A second line that repeats the first's words (政府工作报告 under
// 2025年X省政府工作报告) is front matter itself, not the title's end.
func (p *parser) titleGoesOn(n *pnode, i, to int) int {
	eff := p.eff
	// An office alone over what it reports (松林县农业农村局 / 2025年…工作总结,
	// 泓城市发展和改革委员会 / 2025年工作总结和2026年工作打算: a line naming a
	// kind of document, or a year's work) is one title, whatever follows:
	// body text, or a page's source line the chrome took.
	officeOver := i < to && eff[i].kind == lineTitle && eff[i].gap() <= 2 && (isOfficeLine(n.Title) || isPartyGroup(n.Title)) && (endsTitleKind(p.str(&eff[i])) || opensWithYear(p.str(&eff[i])))
	// A plan's period (yearSpan) ends its title, whatever follows.
	period := i < to && eff[i].gap() <= 2 && yearSpan(p.str(&eff[i])) && endsTitleKind(n.Title)
	// A first line that names no kind of document under a second that does
	// (松坪市深化医药卫生体制改革 / 推进情况的汇报) is one title, whatever
	// follows: a salutation, or the text.
	completes := i < to && eff[i].kind == lineTitle && eff[i].gap() <= 2 && p.completesTitle(n.Title, p.str(&eff[i]))
	if officeOver || period || completes || to > i+1 && eff[i].kind == lineTitle && opensFront(p.str(&eff[i+1])) && eff[i].gap() <= 2 && p.secondTitleLine(n.Title, p.str(&eff[i])) {
		// Two lines parted as printed (决胜全面建成小康社会　夺取…), or one
		// phrase broken at a joining word (…发展情况 / 和下半年工作安排的报告).
		sep := "　"
		if period || brokenAtJoin(n.Title, p.str(&eff[i])) || brokenAtVerb(n.Title) {
			sep = ""
		}
		n.Title += sep
		if len(n.Title) <= math.MaxUint16 {
			n.TitleBreak = uint16(len(n.Title)) // the outline prints the lines as set
		}
		n.Title += p.str(&eff[i])
		n.TitleSpan.End = eff[i].end
		n.info.titleEnd = eff[i].end
		return i + 1
	}
	return i
}

// opensWithYear reports a line that opens with a year and is no date
// (2025年工作总结和2026年工作打算, 二〇二五年工作情况, not 2025年1月8日): what an
// office did or plans in that year, as a report under its name titles it.
func opensWithYear(s string) bool {
	if isDateLine(s) {
		return false
	}
	if v, n := arabicNumber4(s); n == 4 && v >= 1900 && v <= 2200 {
		return strings.HasPrefix(s[n:], "年")
	}
	r := []rune(s[:min(len(s), 5*utf8.UTFMax)])
	if len(r) < 5 || r[4] != '年' {
		return false
	}
	for _, c := range r[:4] {
		if !strings.ContainsRune("〇○零一二三四五六七八九", c) {
			return false
		}
	}
	return true
}

// brokenAtVerb reports a title line that ends before its object: a
// notice's …关于印发 / 2026年工作要点的通知, one phrase broken, not two
// phrases printed apart.
func brokenAtVerb(line string) bool {
	_, ok := hasSuffixAny(strings.TrimRight(line, " \u3000"), append([]string{"关于"}, issueVerbs...)...)
	return ok
}

// titleLine reports whether e can be a document's title line.
func (p *parser) titleLine(e *eline) bool {
	return e.kind == lineTitle || e.htitle() || e.kind == lineHeading && e.md == 1
}

// aboveTitle reports a line printed above a title that is not part of it:
// a news dateline, a file label, a document number or a standard's code.
func (p *parser) aboveTitle(s string) bool {
	return isNewsDateline(s) || isFileLabel(s) || isDocNumber(s) || isStandardCode(s)
}

// isFileLabel reports a label that names the document a file of something
// rather than what it is: a congress's 大会文件 with its number (云台县第十八届人民
// 代表大会第五次会议文件（1）, …会议文件之二) or an office's red header (…委员会文件).
func isFileLabel(s string) bool {
	s = trimBlankRight(s)
	if runeLen(s) > 40 || containsAny(s, "。，；：！？") {
		return false
	}
	if strings.HasSuffix(s, "）") || strings.HasSuffix(s, ")") {
		if i := max(strings.LastIndex(s, "（"), strings.LastIndex(s, "(")); i > 0 {
			s = s[:i]
		}
	} else if i := strings.LastIndex(s, "之"); i > 0 {
		if v, n := hanNumber(s[i+len("之"):]); v > 0 && i+len("之")+n == len(s) {
			s = s[:i]
		}
	}
	return strings.HasSuffix(s, "文件") && hanCount(s, 6) >= 6
}

// isDocNumber reports an official document number standing on its line
// (安发改发〔2025〕6号, 国办发[2024]12号): an issuer's short name, the year in
// brackets, a number and 号.
func isDocNumber(s string) bool {
	s = trimBlankRight(s)
	rest, ok := strings.CutSuffix(s, "号")
	if !ok || runeLen(s) > 30 {
		return false
	}
	for _, br := range [][2]string{{"〔", "〕"}, {"[", "]"}, {"［", "］"}, {"【", "】"}, {"（", "）"}} {
		i := strings.Index(rest, br[0])
		j := strings.Index(rest, br[1])
		if i <= 0 || j < i {
			continue
		}
		year, n := arabicNumber4(rest[i+len(br[0]):])
		num, m := arabicNumber4(rest[j+len(br[1]):])
		return n == 4 && year >= 1949 && year <= 2200 && i+len(br[0])+n == j && m > 0 && num > 0 && j+len(br[1])+m == len(rest)
	}
	return false
}

// secondTitleLine reports whether s, the line under the title's first,
// can be its second: not front matter itself (----2025年1月15日…, 市长　XXX)
// and not the title's words repeated.
func (p *parser) secondTitleLine(title, s string) bool {
	// An office under a title that already names its kind (…统计公报 /
	// 岑阳市统计局) signs it.
	signs := endsTitleKind(title) && (isOfficeLine(s) || hasOfficeInside(s))
	return !isFrontLine(s) && !isNoteLine(s) && !repeatsTitle(title, s) && !signs
}

// isFrontLine reports a line that only front matter is: an occasion line
// opening with a dash, a date line, a byline.
func isFrontLine(s string) bool {
	return isDashLine(s) || isDateLine(s) || isByline(s)
}

// opensFront reports a line that can follow a title's last line and start
// its front matter: a front line, a note in brackets (（书面）, （摘要）)
// that a report submitted in writing prints under its title, or the
// document number a notice prints under its (…关于印发 / 2026年工作要点的通知
// / 栖政发〔2026〕3号).
func opensFront(s string) bool {
	return isFrontLine(s) || isNoteLine(s) || isDocNumber(s) || isOfficeLine(s)
}

// isOfficeLine reports a byline that is an office rather than a person
// (沅州市发展和改革委员会, 市人民政府办公室, XX县财政局): a report an office
// submits, or an experience paper a unit writes, is signed so under its
// title. Short, all Han, ending in an office's name (officeNames).
func isOfficeLine(s string) bool {
	s = trimBlankRight(s)
	n := runeLen(s)
	if n < 4 || n > 30 || hanCount(s, n) != n {
		return false
	}
	_, ok := hasSuffixAny(s, officeNames...)
	return ok
}

// skipMeta passes over the front matter under a title: a ——subtitle or
// occasion line, a date line, a byline (省长 张某某), the generic title
// repeated (政府工作报告), a news dateline, a short author name. They stay
// root text, so the first part sits right under the title.
func (p *parser) skipMeta(i int) (int, *pnode) { return p.frontMatter(p.root, i, len(p.eff)) }

// frontMatter passes over the front matter under n's title from line i
// (before to): n is the document, or one article of a compilation, whose
// reports carry their own subtitles, dates and bylines. The lines become
// n's text. A notice's own lines do too, and the title of the document it
// issues becomes a child of n, returned, that holds the text up to the
// first part (see issuedTitle).
func (p *parser) frontMatter(n *pnode, i, to int) (int, *pnode) {
	root := &n.info
	if j := p.issuedTitle(n.Title, i, to); j >= 0 {
		for ; i < j; i++ {
			root.paras = append(root.paras, i)
		}
		return i + 1, p.issuedNode(n, &p.eff[j])
	}
	meta, open := false, false
	for i < to {
		e := &p.eff[i]
		s := p.str(e)
		wasOpen := open
		open = false
		switch {
		case e.kind == lineMarker || e.kind == lineHeading && e.md > 1:
			return i, nil // a part, however short
		case wasOpen && closesOccasion(s):
			// An occasion line's second half (…人民代表大会 / 第五次会议上).
		case isDashLine(s), isDateLine(s):
			meta, open = true, occasionGoesOn(s)
		case isNewsDateline(s), isByline(s), isNoteLine(s), isDocNumber(s):
			meta = true
		case e.kind == lineTitle && repeatsTitle(n.Title, s):
			meta = true
		case meta && e.kind == lineTitle && runeLen(s) <= 5 && hanCount(s, 5) == runeLen(s):
			// An author's name under the subtitle or date: 习近平, 张三.
		case meta && e.kind == lineTitle && (isOfficeAndName(s) || isGluedByline(s)):
			// 广东省省长 王伟中, or 广东省省长王伟中 where a copy lost the space.
		case meta && e.kind == lineTitle && p.officeOverName(i, to):
			// A byline in two lines: the office (中共青岚大学委员会书记)
			// over the name (某某某, XXX), both the title's text.
			root.paras = append(root.paras, i)
			i++
		case meta && e.kind == lineTitle && (isOfficeLine(s) || isOfficesLine(s)):
			// An office signs what it submits: 沅州市发展和改革委员会
			// under the occasion line.
		case e.kind == lineTitle && p.officesOverDate(i, to):
			// Or right under the title, one office or two, over the
			// date: 岑阳市统计局 / 国家统计局岑阳调查队 / （2026年3月12日）.
		default:
			return i, nil
		}
		root.paras = append(root.paras, i)
		i++
	}
	return i, nil
}

func (p *parser) rootInfo() *nodeInfo { return &p.root.info }

// sourceWords open a scraped page's source or timestamp line (来源：南方日报,
// 发布时间：2025-01-15).
var sourceWords = []string{"来源", "作者", "编辑", "责任编辑", "发布时间", "发布日期", "时间", "日期", "稿源"}

// isNoteLine reports a short line of front matter that is neither a
// byline nor a date: a note in brackets under the title (（全文）, （摘要）,
// （书面）), a source or timestamp line (来源：南方日报, 2025-01-15 10:23 来源：…).
func isNoteLine(s string) bool {
	s = trimBlankRight(s)
	if len(s) > 40*utf8.UTFMax || runeLen(s) > 40 {
		return false
	}
	if open, ok := hasPrefixAny(s, "（", "(", "【", "["); ok {
		close := map[string]string{"（": "）", "(": ")", "【": "】", "[": "]"}[open]
		return strings.HasSuffix(s, close) && strings.Count(s, close) == 1 && runeLen(s) <= 20
	}
	if w, ok := hasPrefixAny(s, sourceWords...); ok {
		rest := strings.TrimLeft(s[len(w):], " \u3000")
		_, sep := hasPrefixAny(rest, "：", ":")
		return sep
	}
	// 2025-01-15 or 2025/1/15, a scraped page's timestamp.
	if v, n := arabicNumber4(s); n == 4 && v >= 1900 && len(s) > 4 && (s[4] == '-' || s[4] == '/') {
		return true
	}
	return false
}

// beforeClosing returns paras without its last paragraph when that is a
// report's closing address (各位代表！新的一年，… / 同志们！…): the whole
// report's last words, which its last part holds only as the text runs
// on, so that the part's last leads are its last paragraphs all the
// same (（五）… / prose / 加强思想政治建设。… / 加强工作制度建设。… / 各位代表！…).
//
// An address that sums up a part before the text runs on (各位代表！成绩的
// 取得，… / 在看到成绩的同时，…) ends the part's measures as well: paras are
// cut at the first closing address after the first paragraph.
//
// A report that addresses no audience (a bureau's 工作总结) closes with the
// year ahead instead (2027年是…承上启下的重要一年。全市税务系统将…): a last
// paragraph after the first that opens by saying what a year is
// (yearOutlook) is such a closing too, never one of the part's measures,
// and so is it before the office and the date that sign the report
// (signature).
func (p *parser) beforeClosing(paras []int) []int {
	for k := len(paras) - 1; k >= 1; k-- {
		if isClosingAddress(p.str(&p.eff[paras[k]])) {
			return paras[:k]
		}
	}
	cut := paras
	if n := len(cut); n >= 3 && cut[n-2]+1 == cut[n-1] && p.signature(cut[n-2], cut[n-1]+1) {
		cut = cut[:n-2] // the office and the date that sign it
	}
	if n := len(cut); n >= 2 && yearOutlook(p.str(&p.eff[cut[n-1]])) {
		return cut[:n-1]
	}
	if n := len(paras); n == 1 && isClosingAddress(p.str(&p.eff[paras[0]])) {
		return paras[:0]
	}
	return paras
}

// yearOutlook reports a paragraph that opens by saying what a year is
// (2027年是…, 明年是…, 新的一年是…), after the indent a text keeps.
func yearOutlook(s string) bool {
	s = strings.TrimLeft(s, " \u3000")
	if _, n := arabicNumber4(s); n == 4 {
		return strings.HasPrefix(s[4:], "年是")
	}
	_, ok := hasPrefixAny(s, "明年是", "今年是", "新的一年是")
	return ok
}

// isClosingAddress reports a paragraph that opens by addressing the
// audience with an exclamation (各位代表！…, 同志们，朋友们！…), as a report's
// or a speech's closing paragraph does.
func isClosingAddress(s string) bool {
	if _, ok := hasPrefixAny(s, salutationWords...); !ok {
		return false
	}
	i := strings.Index(s[:min(len(s), 24*3)], "！")
	return i > 0 && isSalutation(s[:i+len("！")])
}
