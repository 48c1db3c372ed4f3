package parse

import (
	"strings"
	"unicode/utf8"
)

// The shapes of a site's own page that shapeHits reads besides the
// earlier ones: a sign-off, a count of the part shown, a discount, a count
// of buyers, a post's counter row, a menu, a brand's Latin name.

// isSignOff reports a sign-off's shape: a short line of no word of the
// genre's prose and no official sender, no sentence, no number (a date,
// a count), set off by what the genre's headings and closings do not
// carry: a separator between a name and its tagline, decoration (not
// emoji: 👍 is a word), or an exclamation before its end (写公文，找老王！
// 十五年经验…). A speech's closing ends in its one ！ and names its subject in the genre's words.
func isSignOff(p string, h *hits, pr *profile) bool {
	if pr.runes > 24 || pr.digits > 0 || h[fProse]+h[fOfficial] > 0 || strings.Contains(p, "。") {
		return false
	}
	if pr.marks&markDecor != 0 || pr.marks&markSep != 0 && isTagline(p, pr.runes) {
		return true
	}
	if pr.marks&(markDecor|markDecorASCII|markSep) != 0 && framed(p) {
		return true
	}
	i := indexWord(p, "！")
	return i >= 0 && i+len("！") < len(strings.TrimRight(p, "！!"))
}

// hasPartCount reports a count of the part shown: 前, a number and a unit
// of text (前1500字, 前 3 页, 前2章), which a preview states and the genre
// has no use for (it counts 前三季度, 前10名 and 前5年).
func hasPartCount(p string) bool {
	for i := indexWord(p, "前"); i >= 0; {
		j := i + len("前")
		for j < len(p) && p[j] == ' ' {
			j++
		}
		k := j
		for k < len(p) && isDigit(p[k]) {
			k++
		}
		rest := strings.TrimLeft(p[k:], " ")
		if k > j && (strings.HasPrefix(rest, "字") || strings.HasPrefix(rest, "页") || strings.HasPrefix(rest, "章") || strings.HasPrefix(rest, "节")) {
			return true
		}
		n := indexWord(p[j:], "前")
		if n < 0 {
			break
		}
		i = j + n
	}
	return false
}

// hasDiscount reports a discount: a numeral before 折 (五折, 8折, 7.5折)
// that no word of accounting follows (折旧, 折算, 折合 are the genre's).
func hasDiscount(p string) bool {
	for i := indexWord(p, "折"); i > 0; {
		r, _ := utf8.DecodeLastRuneInString(p[:i])
		next, _ := utf8.DecodeRuneInString(p[i+len("折"):])
		if (r >= '0' && r <= '9' || strings.ContainsRune("一二三四五六七八九", r)) && !strings.ContainsRune("旧算合射叠腾线", next) {
			return true
		}
		n := indexWord(p[i+len("折"):], "折")
		if n < 0 {
			break
		}
		i += len("折") + n
	}
	return false
}

// hasBuyerCount reports a count of buyers or users, a shop's social
// proof: a number, maybe spaced, then 人 and a word of trading or acting
// (3062 人付费, 2万人已购). The genre counts 人次 and 人参加 in sentences.
func hasBuyerCount(p string) bool {
	for i := indexWord(p, "人"); i > 0; {
		j := i
		for j > 0 && p[j-1] == ' ' {
			j--
		}
		if j > 0 && (isDigit(p[j-1]) || strings.HasSuffix(p[:j], "万")) {
			rest := strings.TrimPrefix(p[i+len("人"):], "已")
			if _, ok := hasPrefixAny(rest, "付费", "购买", "购", "下载", "收藏", "评价", "买"); ok {
				return true
			}
			// the words of trade after it, looked for only where no
			// verb of buying follows
			if h, _ := noticeHits(rest[:min(len(rest), 12)]); h[fTrade] > 0 {
				return true
			}
		}
		k := indexWord(p[i+len("人"):], "人")
		if k < 0 {
			break
		}
		i += len("人") + k
	}
	return false
}

// isCounterRow reports a row of a post's counters: two or more short
// labels each followed by a count (转发 286　评论 41　赞 1.2万, 阅读 3.2万
// 在看 56), nothing else, and at least one label a word of acting or of a
// page's furniture (a table's row of figures names no such thing).
func isCounterRow(p string) bool {
	pairs, label, acted := 0, 0, false
	start := 0
	for i := 0; i < len(p); {
		r, size := decodeRune(p, i)
		switch {
		case r >= 0x4E00 && r <= 0x9FFF:
			if label == 0 {
				start = i
			}
			label++
			if label > 4 {
				// Only a count ends a label, and none may follow one of
				// five characters: no row (a line of the genre stops here).
				return false
			}
			i += size
		case isDigit(p[i]):
			if label == 0 || label > 4 {
				return false
			}
			h, _ := noticeHits(p[start:i])
			acted = acted || h[fAct]+h[fNav]+h[fCredit] > 0 || strings.TrimSpace(p[start:i]) == "赞"
			for i < len(p) && (isDigit(p[i]) || p[i] == '.' || p[i] == '+' || p[i] == 'k' || p[i] == 'w') {
				i++
			}
			if strings.HasPrefix(p[i:], "万") {
				i += len("万")
			}
			if strings.HasPrefix(p[i:], "+") {
				i++
			}
			pairs++
			label = 0
		case r == ' ' || r == '\u3000' || r == '|' || r == '｜' || r == '·' || r == '\t':
			if label > 0 && label <= 4 {
				// a label and its count, spaced apart
				i += size
				continue
			}
			i += size
		default:
			return false
		}
	}
	return pairs >= 2 && label == 0 && acted
}

// sepHits adds to h the signals of a line with a separator (shapeHits):
// a name and its tagline (isTagline), or a page's menu (barMenu: 加入书架 |
// 投推荐票 | 章节报错), which may run longer than a tagline.
func sepHits(p string, h *hits, pr *profile) {
	tagline, menu := isTagline(p, pr.runes), barMenu(p)
	if tagline || menu {
		h[fShape]++
	}
	if menu {
		h[fNav]++
	}
	if tagline && pr.latin >= 5 && hasBrandWord(p) {
		h[fShape]++ // a brand's Latin name beside its tagline (WENBIGE 文笔阁｜…)
	}
}

// isMenu reports a row of three or more short items split by vertical
// bars (返回目录 | 上一章 | 下一章): a page's menu. Items hold no clause
// mark nor colon, so a field's list (责任单位：…) or a sentence is none.
// An item's leading arrow or bullet is the link's mark, not its words
// (👉 考场路线图 ｜ 👉 学费明细): a link row is a menu, each link pointed at.
func isMenu(p string) bool {
	items := strings.FieldsFunc(p, func(r rune) bool { return r == '|' || r == '｜' || r == '丨' })
	if len(items) < 3 {
		return false
	}
	for _, it := range items {
		it = strings.TrimLeftFunc(strings.TrimSpace(strings.Trim(it, "　")), func(r rune) bool {
			return r == ' ' || r == '\u3000' || isDecorMark(r) || isDecorRune(r)
		})
		if it == "" || runeLen(it) > 8 || containsAny(it, "，。、；：:") {
			return false
		}
	}
	return true
}

// hasBrandWord reports a brand-like Latin word: five or more letters all
// capitals (WENBIGE) or in camel case (GongwenPro), which a site's name
// is and the genre's abbreviations (GDP, APP, PPP) are not.
func hasBrandWord(p string) bool {
	for _, w := range strings.FieldsFunc(p, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') }) {
		if len(w) < 5 {
			continue
		}
		upper, inner := 0, 0
		for k := 0; k < len(w); k++ {
			if w[k] >= 'A' && w[k] <= 'Z' {
				upper++
				if k > 0 {
					inner++
				}
			}
		}
		if upper == len(w) || inner > 0 && w[0] >= 'A' && w[0] <= 'Z' && upper < len(w) {
			return true
		}
	}
	return false
}

// isReaderCount reports a line that is a count of readers and what they
// did and nothing else (156人划线, 3.2万人已读): a reading
// app's or a course page's counter, left on the page where it stood. The
// genre counts people inside its sentences (培训干部1600余人次), or ends a
// cell on 人 (参训人数 1600人), never a bare count over a verb.
func isReaderCount(p string) bool {
	p = strings.TrimSpace(p)
	i := 0
	for i < len(p) && (isDigit(p[i]) || p[i] == '.' || p[i] == '+' || p[i] == ',') {
		i++
	}
	if i == 0 || !isDigit(p[0]) {
		return false
	}
	rest := strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(p[i:], "万"), "千"), " ")
	rest, ok := strings.CutPrefix(rest, "人")
	if !ok || strings.HasPrefix(rest, "次") {
		return false
	}
	n := runeLen(rest)
	return n >= 2 && n <= 3 && hanCount(rest, 4) == n
}

// endsLikeCount reports a short line that ends in a count of likes (某某某
// 湖南　12赞, 作者　6赞): a comment's byline on a post's page, its name,
// place and likes, left where it stood. The genre writes 点赞 inside its
// sentences (网友纷纷点赞), never a bare count over 赞 at a line's end.
func endsLikeCount(p string) bool {
	rest, ok := strings.CutSuffix(strings.TrimSpace(p), "赞")
	if !ok {
		return false
	}
	rest = strings.TrimSuffix(strings.TrimSuffix(rest, "万"), "k")
	n := len(rest)
	for n > 0 && (isDigit(rest[n-1]) || rest[n-1] == '.') {
		n--
	}
	return n < len(rest) && isDigit(rest[len(rest)-1])
}
