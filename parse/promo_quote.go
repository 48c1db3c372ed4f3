package parse

import (
	"strings"
	"unicode/utf8"
)

// Reported speech: a report, an 经验材料 or a speech quotes the people it
// is about (老乡拉着队员的手说：“你们常来，给你一份…吧！”), and a novel its
// characters (室友招呼我：“…匀给你一份吧…”). The quoted words address the
// one the speaker talks to, not the page's reader, and the I in them is
// the speaker's, not a site's persona; what they offer is the speaker's
// own (一份). A quotation that a verb of saying introduces (说：“, 问：“,
// 招呼我：“, 道：“) or closes (“…”他说。) is such speech, and the signals
// of an address and of an offer inside it are not the line's (reportSpeech).
// Nothing else is taken out: a handle, a URL, a price, a number, a trade,
// a scan of a code say a site's business whoever is quoted saying them.

// speechVerbs are the verbs of saying that introduce or close a quotation.
var speechVerbs = []string{"说", "问", "道", "讲", "喊", "叫", "嚷", "答", "招呼", "告诉", "嘱咐", "叮嘱", "念叨",
	"感慨", "感叹", "坦言", "直言", "笑言", "表示", "回忆", "劝"}

// speechReach is how many runes may stand between a verb of saying and the
// quotation it introduces (its object: 招呼我：“, 告诉记者：“) or between
// the quotation and the verb that closes it (”项目负责人拍着胸脯说).
const speechReach = 8

// offerWords are the words of fMoney that make an offer, not a price: a
// portion given (给你一份). Inside reported speech they are the
// speaker's. (只要 as a condition, 只要你肯学, is no price anywhere:
// conditionOnly.)
var offerWords = []string{"一份"}

// minReportRunes is the shortest line read as a report of speech: a
// notice of a line quoting a persona (小编说：“…”) is shorter than a
// sentence that names a speaker, a scene and the words.
const minReportRunes = 20

// reportSpeech takes out of h the signals of an address to the reader (您,
// 你, 吧, I) and of an offer (一份) that stand only inside quotations of
// reported speech (speechQuoted). Asked of a line with one of those hits
// and a quotation mark.
func reportSpeech(p string, h *hits) {
	if runeLen(p) < minReportRunes {
		return
	}
	rest, ok := speechQuoted(p)
	if !ok {
		return
	}
	out, _ := noticeHits(rest)
	h[fReader] = min(h[fReader], out[fReader])
	h[fChatty] = min(h[fChatty], out[fChatty])
	if h[fVoice] > 0 && !speaksAsI(rest) {
		h[fVoice] = 0
	}
	for _, w := range offerWords {
		if h[fMoney] > 0 && strings.Contains(p, w) && !strings.Contains(rest, w) {
			h[fMoney]--
		}
	}
}

// speechQuoted returns p with its quotations of reported speech replaced
// by a comma, and whether it had any: a quotation (“…”) opened by a colon
// after a verb of saying within speechReach runes (说：“), or closed with a
// verb of saying within speechReach runes after it, before the clause ends
// (“…”他说。).
func speechQuoted(p string) (string, bool) {
	return commaQuotes(p, func(before, _, after string) bool {
		return introducesSpeech(before) || closesSpeech(after)
	})
}

// commaQuotes returns p with each closed quotation (“…”) that drop says
// so of replaced by a comma, and whether there was one: drop is given the
// text since the last quotation, the quotation's inside and the text after
// it. An unclosed “ ends the walk, the rest kept as it is.
func commaQuotes(p string, drop func(before, quote, after string) bool) (string, bool) {
	var b strings.Builder
	found := false
	for rest := p; ; {
		i := indexWord(rest, "“")
		if i < 0 {
			b.WriteString(rest)
			break
		}
		j := indexWord(rest[i+len("“"):], "”")
		if j < 0 {
			b.WriteString(rest)
			break
		}
		end := i + len("“") + j + len("”")
		if drop(rest[:i], rest[i+len("“"):i+len("“")+j], rest[end:]) {
			b.WriteString(rest[:i])
			b.WriteString("，")
			found = true
		} else {
			b.WriteString(rest[:end])
		}
		rest = rest[end:]
	}
	return b.String(), found
}

// introducesSpeech reports whether before, the text up to a quotation,
// ends in a colon after a verb of saying within speechReach runes.
func introducesSpeech(before string) bool {
	var ok bool
	if before, ok = strings.CutSuffix(before, "："); !ok {
		if before, ok = strings.CutSuffix(before, ":"); !ok {
			return false
		}
	}
	return containsWord(lastRunes(before, speechReach), speechVerbs)
}

// closesSpeech reports whether after, the text after a quotation, names
// a verb of saying within speechReach runes, before any mark that ends a
// clause: the speaker and the verb after the words (”他笑着说。).
func closesSpeech(after string) bool {
	n := 0
	for i, r := range after {
		if n == speechReach || strings.ContainsRune("。，！？；：“", r) {
			after = after[:i]
			break
		}
		n++
	}
	return after != "" && containsWord(after, speechVerbs)
}

// lastRunes is the last n runes of s (all of s if it has fewer).
func lastRunes(s string, n int) string {
	i := len(s)
	for ; n > 0 && i > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:]
}

// quotedSpeechEnds are the ends of a sentence that closes on the speech it
// reports: the speaker's full stop, exclamation or question, then the
// closing quotation mark.
var quotedSpeechEnds = []string{"。”", "！”", "？”"}

// endsInSpeech reports a line that ends as a sentence reporting speech
// does (…招呼我：“…干嘛要辟谷啊？”): its last quotation is reported speech
// (introducesSpeech) and ends the sentence. Its cadence is the genre's
// sentence's, as a line ending in 。 is (cadence): the question or the
// exclamation is the speaker's, not the line's to its reader.
func endsInSpeech(p string) bool {
	for _, e := range quotedSpeechEnds {
		if strings.HasSuffix(p, e) {
			i := strings.LastIndex(p, "“")
			return i >= 0 && introducesSpeech(p[:i])
		}
	}
	return false
}

// maxQuotedName is the longest quotation read as a name: a campaign's, a
// column's or an app's (“你点我检”, “我为群众办实事”, “志愿汇”).
const maxQuotedName = 8

// unnameQuoted takes out of h the address to the reader that stands only
// inside names in quotation marks (表1　…“你点我检”抽检结果汇总): a
// campaign named for what it asks of the public (你点我检, 我为你办) names
// it, and the line around it addresses no one. A name is a quotation of
// at most maxQuotedName runes with no mark of a clause in it; a quoted
// sentence (“亲，记得收藏哦！”) is no name. Asked of a line with both an
// address and a quotation.
func unnameQuoted(p string, h *hits) {
	unnamed, found := commaQuotes(p, func(_, name, _ string) bool {
		return runeLen(name) <= maxQuotedName && !containsAny(name, "。，！？；：、,.!?;:～~")
	})
	if found {
		out, _ := noticeHits(unnamed)
		h[fReader] = min(h[fReader], out[fReader])
	}
}

// priceReach is how many runes after 只要 a price names its figure (只要
// 6.6, 每天只要1元, 到手只要19.8, 只要九块九).
const priceReach = 4

// conditionOnly reports a line whose every 只要 opens a condition, not a
// price: no figure (a digit, ¥, 元, 块, 毛, 角, 折: 只要三毛, 只要五折)
// follows it within priceReach runes.
// A price says how little (到手只要19.8); the genre's 只要…就… sets a
// condition on a clause (只要一进门，老乡们就…; 只要群众有需要), as the
// sets' real text and a speech's own sentences do. Of the sets' lines, the
// four that weigh 只要 as a price all name a figure after it.
func conditionOnly(p string) bool {
	found := false
	for rest := p; ; {
		i := strings.Index(rest, "只要")
		if i < 0 {
			return found
		}
		found = true
		rest = rest[i+len("只要"):]
		n := 0
		for _, r := range rest {
			if n == priceReach {
				break
			}
			if r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune("¥￥元块毛角折", r) {
				return false
			}
			n++
		}
	}
}
