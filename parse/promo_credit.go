package parse

import (
	"strings"
	"unicode"
)

// An office's credit line: the record a news release or an article keeps
// of the office that wrote or sent it ((本文由市市场监督管理局广告监督管理处供稿),
// (来源：青川县商务局　2026年11月20日), 作者单位：某某县人民法院). The office's
// name is a name: the words it holds (广告, 监督, 管理) say nothing of the
// line, which is the document's own whatever they are. A site's or a
// paper's name (某某网, 某某号, 某某日报) is no office's: its source line is
// still the page's furniture.

// creditLabels open an office's credit line before its name.
var creditLabels = []string{"本文由", "来源：", "来源:", "供稿：", "供稿单位：", "作者单位：", "稿件来源：", "信息来源："}

// creditTails close a credit line that names its office first (本文由…供稿,
// 市商务局供稿).
var creditTails = []string{"供稿", "提供", "撰稿", "供图"}

// creditOffices end an office's name: a bureau, a division, a committee,
// an office, a centre, a department, a court, a library, an association.
// No 网, 站 or 号: a site or an account is no office.
var creditOffices = []string{"局", "处", "厅", "委", "办", "中心", "部", "院", "所", "馆", "署", "会", "政府", "队", "科", "室"}

// officeCredit reports an office's credit line: its label or its tail, an
// office's name of Han characters alone, and at most a date after it.
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
	name, rest := p, ""
	if i := strings.IndexAny(p, " 　，,"); i >= 0 {
		name, rest = p[:i], strings.TrimLeft(p[i:], " 　，,")
		if !isAnyDate(rest) && !isNumericDate(rest) {
			return false
		}
	}
	labelled := false
	for _, w := range creditLabels {
		if n, ok := strings.CutPrefix(name, w); ok {
			name, labelled = n, true
			break
		}
	}
	for _, w := range creditTails {
		if n, ok := strings.CutSuffix(name, w); ok {
			name, labelled = n, true
			break
		}
	}
	return labelled && creditOffice(name)
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
