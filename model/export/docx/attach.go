package docx

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// GB/T 9704-2012 sets the attachments apart from the body text:
//
//   - 7.3.5 附件说明: "在正文下空一行左空二字编排"附件"二字，后标全角冒号和
//     附件名称。如有多个附件，使用阿拉伯数字标注附件顺序号（如"附件：1.
//     XXXXX"）……附件名称较长需回行时，应当与上一行附件名称的首字对齐。"
//     The note is one line below the body, two characters in; the names
//     after the first stand under it (their numbers under its number), and
//     a name that wraps goes on under its own first character.
//   - 8 附件: "附件应当另面编排……"附件"二字及附件顺序号用3号黑体字顶格编
//     排在版心左上角第一行。附件标题居中编排在版心第二行。" An attachment
//     starts a page, its label (附件2) in 黑体 at the margin, its title
//     centred under it as the document's title is set.

// attachLabel reports whether s is an attachment's label: 附件, its number
// after it if any (附件2, 附件 2, 附件二), nothing else.
func attachLabel(s string) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(s), "附件")
	if !ok {
		return false
	}
	rest = strings.Trim(rest, " \u3000")
	for _, r := range rest {
		if !unicode.IsDigit(r) && !strings.ContainsRune("一二三四五六七八九十", r) {
			return false
		}
	}
	return true
}

// labelEnds reports whether the label ends where the heading's text goes
// on with rest: at the end, a space or a line's break, or after a digit
// (附件2名词解释); not before a colon (附件：, a note the parser took for a
// heading), nor inside a word its Han numeral opens (附件一览表).
func labelEnds(label, rest string) bool {
	if rest == "" || strings.ContainsAny(rest[:1], " \t\n") || strings.HasPrefix(rest, "\u3000") {
		return true
	}
	if strings.HasPrefix(rest, "：") || strings.HasPrefix(rest, ":") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(label)
	return unicode.IsDigit(last)
}

// noteLabel is the start of an attachment note, 附件 and its colon.
func noteLabel(s string) (string, bool) {
	for _, l := range []string{"附件：", "附件:"} {
		if strings.HasPrefix(s, l) {
			return l, true
		}
	}
	return "", false
}

// listNumber returns the attachment's number that opens s, with its stop
// (1．, 2., 3、), or "" when s opens with none.
func listNumber(s string) string {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 2 {
		return ""
	}
	for _, stop := range []string{"．", ".", "、"} {
		if strings.HasPrefix(s[i:], stop) {
			return s[:i+len(stop)]
		}
	}
	return ""
}

// chars returns how many characters of body text s takes, in hundredths
// (w:leftChars' unit): a wide or full-width character one, any other half.
func chars(s string) int {
	n := 0
	for _, r := range s {
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			n += 100
		default:
			n += 50
		}
	}
	return n
}

// noteIndent returns the paragraph indentation that sets a line of the
// attachment note: its first character at left-hang (in hundredths of a
// character), its wrapped lines at left.
func noteIndent(left, hang int) string {
	tw := func(c int) int { return c * size3 * 10 / 100 } // a character is 16 pt, 320 twips
	return fmt.Sprintf(`<w:ind w:leftChars="%d" w:left="%d" w:hangingChars="%d" w:hanging="%d" w:firstLineChars="0"/>`,
		left, tw(left), hang, tw(hang))
}

// attachments lays out the attachment note and the attachments' labels
// (see above) among paras, the body text as written by subtreeParas or
// excerptParas: a body paragraph that opens with 附件： is the note, one
// line below the text before it, two characters in, a name that wraps
// going on under its first character; the body paragraphs that follow it
// and open with a number, while its first name had one, are its further
// names, their numbers under its number. A body paragraph that is an
// attachment's label alone starts a page at the margin, in 黑体. Heading
// paragraphs are laid out by heading (an attachment's heading, its label
// over its title).
func attachments(paras []para) []para {
	const indent = 200 // 左空二字
	numbered := false
	label := 0 // the width of the note's 附件：, while its names go on
	for i := range paras {
		p := &paras[i]
		if p.style != "" || len(p.runs) == 0 || p.runs[0].bold {
			label = 0
			continue
		}
		t := trimPara(p.text())
		if l, ok := noteLabel(t); ok {
			num := listNumber(strings.TrimLeft(t[len(l):], " \u3000"))
			label, numbered = chars(l), num != ""
			p.look = `<w:spacing w:before="` + fmt.Sprint(lineExact) + `"/>` + noteIndent(indent+label+chars(num), label+chars(num))
			continue
		}
		if num := listNumber(t); label > 0 && numbered && num != "" {
			p.look = noteIndent(indent+label+chars(num), chars(num))
			continue
		}
		label = 0
		if attachLabel(t) {
			p.look = `<w:pageBreakBefore/><w:ind w:firstLineChars="0" w:firstLine="0"/>`
			p.font = faceFont(1)
		}
	}
	return paras
}
