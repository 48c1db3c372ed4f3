package parse

import (
	"slices"
	"strings"
	"unicode"
)

// An office's credit line: the record a news release or an article keeps
// of the office that wrote or sent it ((本文由市市场监督管理局广告监督管理处供稿),
// (来源：青川县商务局　2026年11月20日), 作者单位：某某县人民法院). The office's
// name is a name: the words it holds (广告, 监督, 管理) say nothing of the
// line, which is the document's own whatever they are. So is an article's
// byline as an office's website prints it (来源：市民政局　作者：李晓东　发布
// 时间：2026-11-20): who issued it and when, the article's own record, and
// with it the sources such a site cites, the office's website, a paper by
// its title, an account by its quoted name (来源：“法治泉州”微信公众号). A
// site's name given bare (某某网, 某某号, 本站整理) is no office's: its
// source line is still the page's furniture.

// creditTails close a credit line that names its office first (本文由…供稿,
// 市商务局供稿).
var creditTails = []string{"供稿", "提供", "撰稿", "供图"}

// creditOffices end an office's name: a bureau, a division, a committee,
// an office, a centre, a department, a court, a library, an association.
// No 网, 站 or 号: a site or an account is no office.
var creditOffices = []string{"局", "处", "厅", "委", "办", "中心", "部", "院", "所", "馆", "署", "会", "政府", "队", "科", "室"}

// officeCredit reports an office's credit line, or an article's byline as
// an office's website prints it (来源：市民政局　作者：李晓东　发布时间：2026-11-20,
// 发布时间：2026-12-04 09:30　来源：厦门市市场监督管理局): fields parted by
// spaces or a comma, each a source (creditField), an author, a date or a
// time, and at least one a source or an author that is an office. A
// page's furniture has a field of its own beside them (阅读：2386 次,
// 字号：T|T, 责任编辑：小马) or names a site (本站整理, 百家号“…”, 简书),
// and is no byline of the article's.
func officeCredit(p string) bool {
	p = strings.TrimSpace(p)
	if q, ok := strings.CutPrefix(p, "（"); ok {
		if p, ok = strings.CutSuffix(q, "）"); !ok {
			return false
		}
	} else if q, ok := strings.CutPrefix(p, "("); ok {
		if p, ok = strings.CutSuffix(q, ")"); !ok {
			return false
		}
	}
	source := false
	n := 0
	for rest := p; rest != ""; n++ {
		i := strings.IndexAny(rest, " 　，,")
		f := rest
		if i >= 0 {
			f, rest = rest[:i], strings.TrimLeft(rest[i:], " 　，,")
		} else {
			rest = ""
		}
		switch creditField(f) {
		case creditSource:
			source = true
		case creditOther:
		default:
			return false
		}
		if n > 6 {
			return false
		}
	}
	return source
}

// What a field of a credit line is (creditField).
const (
	creditNone   = iota // no field of a byline
	creditSource        // its source, or an author who is an office
	creditOther         // a person as its author, a date, a time
)

// creditField says what field f of a credit line is: a source labelled
// (来源：, 供稿单位：…) or told by its tail (本文由…供稿, 市商务局供稿) that is
// an office, an office's website (中国气象局网站), a paper (《中国市场监管报》
// with its date and page) or an account by its quoted name (“法治泉州”微信
// 公众号); an author (作者：) who is an office or a person; a date (2026-11-20,
// 2026年11月20日) or a time (09:30), with or without its label (发布时间：).
func creditField(f string) int {
	if creditDate(f) || clockTime(f) {
		return creditOther
	}
	label, value, ok := strings.Cut(f, "：")
	if !ok {
		label, value, ok = strings.Cut(f, ":")
	}
	switch {
	case ok && (label == "作者"):
		if creditOffice(value) {
			return creditSource
		}
		if personNames(value) {
			return creditOther
		}
		return creditNone
	case ok && slices.Contains(dateLabels, label):
		if creditDate(value) {
			return creditOther
		}
		return creditNone
	case ok && slices.Contains(sourceLabels, label):
		if creditOffice(value) || officeSite(value) || paperSource(value) || accountSource(value) {
			return creditSource
		}
		return creditNone
	}
	name, labelled := f, false
	if n, ok := strings.CutPrefix(name, "本文由"); ok {
		name, labelled = n, true
	}
	for _, w := range creditTails {
		if n, ok := strings.CutSuffix(name, w); ok {
			name, labelled = n, true
			break
		}
	}
	if labelled && creditOffice(name) {
		return creditSource
	}
	return creditNone
}

// sourceLabels label a credit line's source (来源：市民政局).
var sourceLabels = []string{"来源", "供稿", "供稿单位", "作者单位", "稿件来源", "信息来源", "文章来源", "稿源"}

// dateLabels label a byline's date (发布时间：2026-11-20).
var dateLabels = []string{"发布时间", "发布日期", "时间", "日期"}

// creditDate reports a date as a byline gives it, and nothing more:
// 2026-11-20, 2026.11.20, 2026年11月20日, 二〇二六年十一月二十日.
func creditDate(s string) bool {
	if isNumericDate(s) {
		return true
	}
	return (isDateLine(s) || isHanDate(s)) && (strings.HasSuffix(s, "日") || strings.HasSuffix(s, "月")) && hanCount(s, 8) <= 3
}

// clockTime reports a time of day, 9:30 or 09:30:15.
func clockTime(s string) bool {
	if len(s) < 4 || len(s) > 8 {
		return false
	}
	colons := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ':':
			colons++
		case !isDigit(c):
			return false
		}
	}
	h, _, _ := strings.Cut(s, ":")
	return colons >= 1 && colons <= 2 && len(h) >= 1 && len(h) <= 2 && len(s)-len(h) >= 3
}

// personNames reports an author's name, or a few parted by 、: two to four
// Han characters each (李晓东, 王某).
func personNames(s string) bool {
	for n := range strings.SplitSeq(s, "、") {
		if c := runeLen(n); c < 2 || c > 4 || !allHan(n) {
			return false
		}
	}
	return true
}

// officeSiteEnds end the name of an office's website after the office's.
var officeSiteEnds = []string{"门户网站", "官方网站", "网站", "官网", "网"}

// officeSite reports an office's website by name: the office's name, then
// 网站, 官网 or 网 (中国气象局网站, 青川市人民政府网). A site of its own name
// (某某素材网, 人民网) is no office's.
func officeSite(s string) bool {
	for _, e := range officeSiteEnds {
		if name, ok := strings.CutSuffix(s, e); ok && creditOffice(name) {
			return true
		}
	}
	return false
}

// paperSource reports a newspaper cited as a source, with its date and
// page or without (《中国市场监管报》2026年12月5日第3版): the genre's own
// publisher, a 报 by its title.
func paperSource(s string) bool {
	rest, ok := strings.CutPrefix(s, "《")
	if !ok {
		return false
	}
	name, after, ok := strings.Cut(rest, "》")
	if !ok || !strings.HasSuffix(name, "报") || runeLen(name) < 2 || runeLen(name) > 20 || !allHan(name) {
		return false
	}
	if i := strings.Index(after, "第"); i >= 0 && strings.HasSuffix(after, "版") {
		page := after[i+len("第") : len(after)-len("版")]
		if page == "" || strings.Trim(page, "0123456789") != "" {
			return false
		}
		after = after[:i]
	}
	return after == "" || creditDate(after)
}

// accountSource reports an account cited as a source by its quoted name
// and its channel, and nothing else (“法治泉州”微信公众号): a republished
// article's record of where it came from. A site's own account is named
// to be followed, with an invitation or a handle, or on its platform first
// (百家号“政研观察”).
func accountSource(s string) bool {
	rest, ok := strings.CutPrefix(s, "“")
	if !ok {
		return false
	}
	name, after, ok := strings.Cut(rest, "”")
	if !ok || runeLen(name) < 2 || runeLen(name) > 10 || !allHan(name) {
		return false
	}
	return slices.Contains(accountWords, after)
}

// creditOffice reports the name of an office: 3 to 30 Han characters ending
// in an office's suffix, naming no site.
func creditOffice(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
		n++
	}
	if n < 3 || n > 30 || namesSite(s) {
		return false
	}
	for _, w := range creditOffices {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// isNumericDate reports a date in digits and dashes or dots (2026-11-20,
// 2026.11.20), as a release's credit dates it.
func isNumericDate(s string) bool {
	// Only digits and the separators make one: most lines are refused at
	// their first byte, before FieldsFunc allocates their parts.
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= '0' && c <= '9' || c == '-' || c == '.' || c == '/') {
			return false
		}
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '.' || r == '/' })
	if len(parts) != 3 || len(parts[0]) != 4 {
		return false
	}
	for _, p := range parts {
		if p == "" || len(p) > 4 || strings.Trim(p, "0123456789") != "" {
			return false
		}
	}
	return true
}

// accountWords name the channel an account is on, after its quoted name.
var accountWords = []string{"微信公众号", "公众号", "小程序", "视频号", "官方微博", "微博", "抖音号", "客户端", "App", "APP"}

// placeWords name the place a public body serves (市图书馆, 青川县商务局).
var placeWords = []string{"省", "市", "县", "区", "镇", "乡", "街道"}

// publicBodyAccount reports a line naming the account of a public body
// of a place (关注“市图书馆”微信公众号, “青川县人社局”小程序): its quoted name
// an office's (creditOffice) holding the place it serves, the channel
// after it. A library or a bureau sends the public to its own channel in
// its notices (读者可扫描…或关注“市图书馆”微信公众号…报名); a site's name is
// no place's office (“公文素材库”, “笔墨轩”).
func publicBodyAccount(p string) bool {
	found := false
	eachBracketed(p, "“", "”", func(name, after string) bool {
		if creditOffice(name) && containsWord(name, placeWords) {
			if _, ok := hasPrefixAny(after, accountWords...); ok {
				found = true
			}
		}
		return !found
	})
	return found
}
