package parse

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// The notice pass's rules ask a cheap necessary condition before their
// scan (perf34): the mask's *** before masksContact's run, 只 or 仅
// before excerptsOnly's words, the teaser words' first runes, the jump
// words before isJumpLine trims, 已 before reportsHandling trims, the
// first runes of requireWords and 可 before requires' words and publics;
// hasPrice and hasDashedPhone visit the digits only (nextDigit),
// hasHandleID steps over Han text; hasBuyerCount asks the verbs of buying
// before the words of trade; isCounterRow stops at a label of five
// characters; noticeHits takes Han characters inline (hanWide), and
// learnFold answers them at once. The former forms, kept here, must
// answer alike on every line.

func masksContactRef(p string) bool {
	for i, run := 0, 0; i < len(p); i++ {
		c := p[i]
		switch {
		case isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z':
			run++
		case c == '*' && strings.HasPrefix(p[i:], "***") && (run >= 3 || strings.HasSuffix(p[:i], "：")):
			return true
		default:
			run = 0
		}
	}
	return false
}

func excerptsOnlyRef(p string) bool {
	if !containsWord(p, restWords) && !(containsWord(p, shareWords) && containsWord(p, contentSelf)) {
		return false
	}
	return wordThenInClause(p, partOnlyWords, maxExcerptRunes, excerptVerbs)
}

func teasesRestRef(p string) bool {
	return wordThenInClause(p, wantWords, maxTeaseRunes, wholeWords) || wordThenInClause(p, nextIssueWords, maxTeaseRunes, betterWords)
}

func isJumpLineRef(p string) bool {
	p = strings.Trim(p, "…．.·（）()〔〕[] 　")
	if runeLen(p) > 10 || !(strings.HasSuffix(p, "版") || strings.HasSuffix(p, "页")) {
		return false
	}
	for _, w := range jumpWords {
		if strings.HasPrefix(p, w) {
			rest := strings.TrimPrefix(strings.TrimPrefix(p[len(w):], "至"), "第")
			rest = strings.TrimSuffix(strings.TrimSuffix(rest, "版"), "页")
			return rest != "" && strings.Trim(rest, "0123456789一二三四五六七八九十百") == ""
		}
	}
	return false
}

func hasPriceRef(p string) bool {
	for i := 1; i < len(p); i++ {
		if p[i-1] >= '0' && p[i-1] <= '9' && (strings.HasPrefix(p[i:], "元") && !tariffAt(p[i:]) || strings.HasPrefix(p[i:], "块")) {
			return true
		}
		if isDigit(p[i]) && (p[i-1] == '$' || strings.HasSuffix(p[:i], "€") || strings.HasSuffix(p[:i], "£")) {
			return true
		}
	}
	return false
}

func hasDashedPhoneRef(p string) bool {
	for i := 0; i+3 < len(p); i++ {
		if i > 0 && isDigit(p[i-1]) {
			continue
		}
		head := p[i : i+3]
		if !(head[0] == '1' && head[1] >= '3' && head[1] <= '9' && isDigit(head[2]) || head == "400" || head == "800") {
			continue
		}
		groups, digits, j := 1, 3, i+3
		for j < len(p) && p[j] == '-' {
			k := j + 1
			for k < len(p) && isDigit(p[k]) {
				k++
			}
			if k-j-1 < 3 || k-j-1 > 4 {
				break
			}
			groups++
			digits += k - j - 1
			j = k
		}
		if groups >= 3 && digits >= 10 && (j == len(p) || !isDigit(p[j])) {
			return true
		}
	}
	return false
}

func hasBuyerCountRef(p string) bool {
	for i := indexWord(p, "人"); i > 0; {
		j := i
		for j > 0 && p[j-1] == ' ' {
			j--
		}
		if j > 0 && (isDigit(p[j-1]) || strings.HasSuffix(p[:j], "万")) {
			rest := strings.TrimPrefix(p[i+len("人"):], "已")
			h, _ := noticeHits(rest[:min(len(rest), 12)])
			if _, ok := hasPrefixAny(rest, "付费", "购买", "购", "下载", "收藏", "评价", "买"); ok || h[fTrade] > 0 {
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

// wideRef is profile.wide as it was, before its Han characters were
// taken inline (hanWide).
func (pr *profile) wideRef(r rune) {
	switch {
	case r == '丨':
		pr.marks |= markSep
		pr.han++
	case r == '页':
		pr.marks |= markPage
		pr.han++
	case r == '钟':
		pr.marks |= markMinute
		pr.han++
	case r == '由':
		pr.marks |= markBy
		pr.han++
	case r == '折':
		pr.marks |= markFold
		pr.han++
	case r == '我':
		pr.marks |= markI
		pr.han++
	case r >= 0x4E00 && r <= 0x9FFF:
		pr.han++
	case r == '：':
		pr.marks |= markColon
	case r == '·' || r == '｜' || r == '・' || r == '•' || r == '—':
		pr.marks |= markSep
	case r == '～' || r == '》' || r == '★' || r == '☆':
		pr.marks |= markDecorASCII
	case r >= 0x3041 && r <= 0x30FF:
		pr.marks |= markKana
	}
}

// noticeHitsRef is noticeHits as it was: every rune past ASCII through
// wideRef and isDecorMark.
func noticeHitsRef(p string) (hits, profile) {
	var h hits
	var pr profile
	var seen [(maxNoticeWords + 63) / 64]uint64
	decor := false
	for i := 0; i < len(p); {
		r, size := rune(p[i]), 1
		switch c := p[i]; {
		case c < utf8.RuneSelf:
			pr.ascii(c)
		case c >= 0xE0 && c < 0xF0 && i+2 < len(p):
			r, size = rune(c&0x0F)<<12|rune(p[i+1]&0x3F)<<6|rune(p[i+2]&0x3F), 3
		default:
			r, size = utf8.DecodeRuneInString(p[i:])
		}
		pr.runes++
		if r >= 1<<16 {
			decor = decor || isDecorMark(r)
			pr.emoji = pr.emoji || r >= 0x1F300 && r <= 0x1FAFF
		} else {
			if r >= utf8.RuneSelf {
				pr.wideRef(r)
				decor = decor || isDecorMark(r)
			}
			if g := noticeGroup[r]; g != 0 {
				for _, w := range noticeTable[g-1] {
					if seen[w.id/64]&(1<<(w.id%64)) == 0 && hasPrefixLast(p[i:], w.word) && (!w.whole || wholeWord(p, i, len(w.word))) {
						seen[w.id/64] |= 1 << (w.id % 64)
						h[w.f]++
					}
				}
			}
		}
		i += size
	}
	if decor {
		h[fDecor]++
		pr.marks |= markDecor
	}
	return h, pr
}

func isCounterRowRef(p string) bool {
	pairs, label, acted := 0, 0, false
	start := 0
	for i := 0; i < len(p); {
		r, size := utf8.DecodeRuneInString(p[i:])
		switch {
		case r >= 0x4E00 && r <= 0x9FFF:
			if label == 0 {
				start = i
			}
			label++
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
func hasHandleIDRef(p string) bool {
	run, letters, digits := 0, 0, 0
	for i := 0; i <= len(p); i++ {
		c := byte(0)
		if i < len(p) {
			c = p[i]
		}
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_':
			run++
			letters++
		case isDigit(c):
			run++
			digits++
		default:
			if run >= 6 && letters >= 2 && digits >= 2 {
				return true
			}
			run, letters, digits = 0, 0, 0
		}
	}
	return false
}
func reportsHandlingRef(p string) bool {
	p = strings.TrimLeft(p, "（(〔[ 　")
	if strings.HasPrefix(p, "【") {
		if i := strings.Index(p, "】"); i > 0 {
			p = p[i+len("】"):]
		}
	}
	for _, w := range handledSelf {
		if strings.HasPrefix(p, w) {
			return strings.HasPrefix(p[len(w):], "已")
		}
	}
	return false
}
func learnFoldRef(r rune) rune {
	switch {
	case r >= '0' && r <= '9', r >= '０' && r <= '９':
		return '0'
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= 'ａ' && r <= 'ｚ', r >= 'Ａ' && r <= 'Ｚ':
		return 'a'
	case r == ' ', r == '\t', r == '\u3000', r == '\u00a0':
		return ' '
	}
	return r
}

func requiresRef(p string) bool {
	return containsWord(p, requireWords) || byDate(p) || publicMayRef(p)
}

func publicMayRef(p string) bool {
	for _, w := range servedPublic {
		for rest := p; ; {
			i := indexWord(rest, w)
			if i < 0 {
				break
			}
			rest = rest[i+len(w):]
			after := strings.TrimLeft(rest, "，也均还")
			if len(rest)-len(after) <= 2*len("，") && (strings.HasPrefix(after, "可") || strings.HasPrefix(after, "请")) {
				h, _ := noticeHits(p)
				return h[fSelf]+h[fReader] == 0
			}
		}
	}
	return false
}

// gateRules pairs each rule with its former form.
var gateRules = []struct {
	name     string
	now, ref func(string) bool
}{
	{"masksContact", masksContact, masksContactRef},
	{"excerptsOnly", excerptsOnly, excerptsOnlyRef},
	{"teasesRest", teasesRest, teasesRestRef},
	{"isJumpLine", isJumpLine, isJumpLineRef},
	{"hasPrice", hasPrice, hasPriceRef},
	{"hasDashedPhone", hasDashedPhone, hasDashedPhoneRef},
	{"hasBuyerCount", hasBuyerCount, hasBuyerCountRef},
	{"isCounterRow", isCounterRow, isCounterRowRef},
	{"hasHandleID", hasHandleID, hasHandleIDRef},
	{"reportsHandling", reportsHandling, reportsHandlingRef},
	{"requires", requires, requiresRef},
	{"publicMay", publicMay, publicMayRef},
}

// TestLearnFoldFast: learnFold, which answers the runes between the
// ideographic space and the full-width digits at once, folds every rune
// as its former form.
func TestLearnFoldFast(t *testing.T) {
	for r := rune(-1); r <= utf8.MaxRune+1; r++ {
		if got, want := learnFold(r), learnFoldRef(r); got != want {
			t.Fatalf("learnFold(%U) = %U, the former form %U", r, got, want)
		}
	}
}

// gatePieces are what the fuzzed lines are spliced from: the rules' own
// words and marks, digits in runs of every length, units, and Han text.
func gatePieces() []string {
	pieces := []string{"0", "1", "13", "138", "400", "800", "2023", "12345678", "-", "--", "*", "***", "****", "：", ":", "$", "€", "£",
		"元", "块", "万", "人", "已", "付费", "购买", "下载", "会员", " ", "　", "…", "．", ".", "（", "）", "(", ")", "第", "版", "页", "至",
		"四", "十", "a", "Q", "yun", "，", "。", "；", "的", "全年培训基层干部", "群众满意度达到", "\xe8\xb0", "\xff", "😀", "é",
		"丨", "页", "钟", "由", "折", "我", "：", "·", "｜", "～", "★", "の", "→", "─", "👉", "一", "龥", "\u4dff", "\ua000",
		"转发", "评论", "赞", "阅读", "在看", "k", "w", "+", "|", "abc_12", "本文", "本书", "已", "【", "】", "〔", "[",
		"市民", "群众", "可", "，也可", "均可", "须于", "应当于", "按照规定", "逾期不", "请于", "月", "日前"}
	for _, ws := range [][]string{partOnlyWords, excerptVerbs, restWords, shareWords, contentSelf, wantWords, wholeWords, nextIssueWords,
		betterWords, jumpWords} {
		pieces = append(pieces, ws...)
	}
	return pieces
}

// gateLines returns the lines the rules are compared on: a generated
// compilation's and the fixtures' (testLines), the seed's, the corpus's
// texts, the promotion sets' blocks, and the strings of the filter's
// tests.
func gateLines(t *testing.T) []string {
	lines := testLines(t, 1<<20)
	files, _ := filepath.Glob("../../shared/seeds/*.txt")
	more, _ := filepath.Glob("../../shared/corpus/*.txt")
	md, _ := filepath.Glob("../../shared/corpus/*.md")
	if len(files) == 0 || len(more) == 0 {
		t.Fatal("no seed or corpus under ../../shared")
	}
	for _, f := range append(append(files, more...), md...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	for _, name := range promoSetNames() {
		blocks, err := readPromoSet(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range blocks {
			lines = append(lines, strings.Split(b.text, "\n")...)
		}
	}
	tests, _ := filepath.Glob("promo*_test.go")
	for _, f := range tests {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, lit := range goLiteral.FindAllString(string(b), -1) {
			if s, err := strconv.Unquote(lit); err == nil {
				lines = append(lines, strings.Split(s, "\n")...)
			}
		}
	}
	return lines
}

// TestNoticeGates: every gated rule answers as its former form on every
// line of the seed, the corpus, the promotion sets, the fixtures, a
// generated compilation and the filter's test strings, trimmed or not,
// and on 200,000 lines spliced from the rules' own words, digits and
// marks; each rule answers true somewhere, or the comparison proves
// little.
func TestNoticeGates(t *testing.T) {
	lines := gateLines(t)
	rng := rand.New(rand.NewPCG(34, 17))
	pieces := gatePieces()
	n := 200000
	if testing.Short() {
		n = 20000
	}
	for range n {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		lines = append(lines, b.String())
	}
	yes := make([]int, len(gateRules))
	for _, p := range lines {
		for _, q := range []string{p, strings.TrimSpace(p)} {
			h, pr := noticeHits(q)
			if wh, wpr := noticeHitsRef(q); h != wh || pr != wpr {
				t.Fatalf("noticeHits(%q) = %v %+v, the former form %v %+v", q, h, pr, wh, wpr)
			}
			for k, r := range gateRules {
				got, want := r.now(q), r.ref(q)
				if got != want {
					t.Fatalf("%s(%q) = %v, the former form %v", r.name, q, got, want)
				}
				if want {
					yes[k]++
				}
			}
		}
	}
	for k, r := range gateRules {
		if yes[k] == 0 {
			t.Errorf("%s is true on none of %d lines", r.name, len(lines))
		}
	}
}

// FuzzNoticeGates: on any line the gated rules answer as their former
// forms.
func FuzzNoticeGates(f *testing.F) {
	for _, p := range fixturePromo {
		f.Add(p.text)
	}
	f.Add("已有 3062 人付费")
	f.Add("联系电话：138-1234-5678")
	f.Add("采购预算：***万元")
	f.Add("（下转第四版）")
	f.Add("想看完整版的戳这里")
	f.Add("以下只节译第二章，其余略")
	f.Fuzz(func(t *testing.T, p string) {
		h, pr := noticeHits(p)
		if wh, wpr := noticeHitsRef(p); h != wh || pr != wpr {
			t.Fatalf("noticeHits(%q) = %v %+v, the former form %v %+v", p, h, pr, wh, wpr)
		}
		for _, r := range gateRules {
			if got, want := r.now(p), r.ref(p); got != want {
				t.Fatalf("%s(%q) = %v, the former form %v", r.name, p, got, want)
			}
		}
	})
}
