package parse

// Lines shaped as fields, stamps, taglines and frames (moved out of
// promo_shape.go, which had grown past 600 lines).

import (
	"strings"
	"unicode/utf8"
)

// labelled reports a line that opens with a short label of the page's
// furniture or its commerce before a colon (价格：, 上一篇：, 下载积分：,
// 来源：): a card's or a page's field. Not a label of a contact or an
// act (邮箱：, 咨询电话：): an office's notice has those fields too; nor an
// office's telephone label (举报电话, 监督电话), however its subject reads
// (价格举报电话：12315 is an office's line, not a price's field).
func labelled(p string) bool {
	i := fieldLabel(p)
	if i <= 0 {
		return false
	}
	if l := p[:i]; (strings.HasSuffix(l, "电话") || strings.HasSuffix(l, "热线")) && containsWord(l, officeLineWords) {
		return false // 价格举报电话：12315, an office's line whatever it reports
	}
	h, _ := noticeHits(p[:i])
	return h[fNav]+h[fMoney]+h[fCut]+h[fCredit]+h[fSelf]+h[fSource]+h[fStamp]+h[fTrade] > 0
}

// officeLineWords name what an office's telephone line takes: reports,
// complaints, supervision, its duty officer. A site's lines take orders
// and advertising (订购热线, 广告热线).
var officeLineWords = []string{"举报", "投诉", "监督", "值班"}

// fieldLabel returns the byte length of a short label (at most 8 runes)
// before a colon at the start of p, or 0.
func fieldLabel(p string) int {
	i := indexWord(p, "：")
	if j := strings.IndexByte(p, ':'); j >= 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 || i > 8*3 || runeLen(p[:i]) > 8 {
		return 0
	}
	return i
}

// isField reports a line that is a field of a card: a short label, a
// colon and a short value, no sentence (文件大小：2.3MB, 格式：docx).
func isField(p string) bool {
	return fieldLabel(p) > 0 && runeLen(p) <= 30 && !strings.Contains(p, "。")
}

// isProducerStamp reports a producer's stamp: a short line with 由 in its
// first few characters, closing with what a program or an editor does
// (由 某某 扫描创建, 以上回答由AI助手提供).
func isProducerStamp(p string, runes int) bool {
	if runes > 30 {
		return false
	}
	i := indexWord(p, "由")
	if i < 0 || i > 4*3 {
		return false // 由 opens the line, or closes a short subject (以上回答由…)
	}
	for _, v := range []string{"创建", "生成", "扫描", "转换", "制作", "导出", "提供", "整理"} {
		if strings.HasSuffix(strings.TrimRight(p, " 。."), v) {
			return true
		}
	}
	return false
}

// isTagline reports a short line split by a separator into a name and a
// tagline (某某 · 让…, 某某丨…): a sign-off's shape, with no full stop.
func isTagline(p string, runes int) bool {
	if runes > 40 || strings.Contains(p, "。") {
		return false
	}
	for _, sep := range []string{"·", "丨", "|", "｜", "・", "•", "——"} {
		if i := indexWord(p, sep); i > 0 && i+len(sep) < len(p) {
			return true
		}
	}
	return false
}

// framed reports a line framed by decoration at both ends (—— 以上为节选 ——,
// >>> 往期 <<<) or holding a run of three marks (>>>, ~~~, ===).
func framed(p string) bool {
	first, _ := utf8.DecodeRuneInString(p)
	last, _ := utf8.DecodeLastRuneInString(p)
	if isDecorRune(first) && isDecorRune(last) {
		return true
	}
	for _, run := range []string{">>>", "<<<", "~~~", "===", "---", "》》》", "～～～", "★★", "☆☆", "★☆"} {
		if strings.Contains(p, run) {
			return true
		}
	}
	return false
}

// isDecorRune reports a rune sites decorate with: arrows, stars, dashes,
// tildes, angle runs and geometric shapes. Not emoji: 👍 and 🇨🇳 are words
// in today's text.
func isDecorRune(r rune) bool {
	switch {
	case r >= 0x2190 && r <= 0x21FF, r >= 0x2500 && r <= 0x27BF:
		return true // arrows, box drawing, shapes, dingbats
	}
	return strings.ContainsRune("—-~～>＞<＜=＝*＊#§»", r)
}

// shapeOnly reports a line that is mostly decoration: two or more
// decoration runes, at most four Han characters and no digit (-END-,
// >>> <<<, ────; not a date, 2024-03-02).
func shapeOnly(p string) bool {
	han, decor := 0, 0
	for _, r := range p {
		switch {
		case r >= '0' && r <= '9':
			return false
		case r >= 0x4E00 && r <= 0x9FFF:
			han++
		case isDecorRune(r):
			decor++
		}
	}
	return han <= 4 && decor >= 2
}
