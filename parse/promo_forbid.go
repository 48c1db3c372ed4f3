package parse

import (
	"strings"
	"unicode/utf8"
)

// An act forbidden is no solicitation. A site asks its reader to act
// (关注, 点击, 转发, 扫码); the genre forbids the same acts (不点击来历不明的
// 链接, 学员不得拍照上传至互联网或转发至微信群, 严禁在工作群内发起群收款): a
// rule, a warning or a civic slogan (未知链接不点击), in the register of an
// office that governs what people do, not of a site that wants them to do
// it. Forbidden the reader (如您误收本邮件…不得以任何形式使用、复制或转发),
// the acts are a sender's terms, a disclaimer's: the rule is asked only
// of a line that addresses no reader.

// forbidWords open a prohibition whose scope runs to the end of its
// clause (不得拍照上传或转发至微信群: both acts forbidden).
var forbidWords = []string{"不得", "严禁", "禁止", "切勿", "请勿", "不要", "不准", "不许", "不可", "不能", "不宜"}

// forbidAdverbs may stand between a bare 不 or 勿 and the act it negates
// (不轻易点击, 不随意转发).
var forbidAdverbs = []string{"轻易", "随意", "随便", "盲目", "乱"}

// unforbid lowers the count of acts of a line that addresses no reader
// to those not forbidden: the hits of p with every forbidden act's clause
// (after a word of forbidWords) or act (after a bare 不 or 勿) taken out.
// Not “不要忘了” nor 别忘: a reminder to act is an imperative to act.
func unforbid(p string, h *hits) {
	if h[fAct] == 0 || h[fReader] > 0 || !containsAny(p, "不勿禁") {
		return
	}
	var b strings.Builder
	cut := false
	for i := 0; i < len(p); {
		if n := forbidAt(p[i:]); n > 0 {
			b.WriteString("，")
			i += n
			cut = true
			continue
		}
		_, size := utf8.DecodeRuneInString(p[i:])
		b.WriteString(p[i : i+size])
		i += size
	}
	if !cut {
		return
	}
	out, _ := noticeHits(b.String())
	h[fAct] = min(h[fAct], out[fAct])
}

// forbidAt returns how many bytes of s, a prohibition that opens s,
// covers: from a word of forbidWords to the end of its clause, from a bare
// 不 or 勿 over an adverb to the end of the act word that follows; 0 when
// s opens no prohibition of an act.
func forbidAt(s string) int {
	for _, w := range forbidWords {
		if rest, ok := strings.CutPrefix(s, w); ok {
			if strings.HasPrefix(rest, "忘") {
				return 0
			}
			end := strings.IndexAny(rest, "，。；！？,;!?\n")
			if end < 0 {
				end = len(rest)
			}
			return len(w) + end
		}
	}
	for _, m := range []string{"不", "勿"} {
		rest, ok := strings.CutPrefix(s, m)
		if !ok {
			continue
		}
		n := len(m)
		for _, a := range forbidAdverbs {
			if r, ok := strings.CutPrefix(rest, a); ok {
				rest, n = r, n+len(a)
				break
			}
		}
		if w := actWordAt(rest); w > 0 {
			return n + w
		}
	}
	return 0
}

// actWordAt returns the length of the word of fAct that opens s, or 0.
func actWordAt(s string) int {
	r, _ := utf8.DecodeRuneInString(s)
	if r >= 1<<16 || noticeGroup[r] == 0 {
		return 0
	}
	for _, w := range noticeTable[noticeGroup[r]-1] {
		if w.f == fAct && strings.HasPrefix(s, w.word) {
			return len(w.word)
		}
	}
	return 0
}
