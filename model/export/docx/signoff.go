package docx

import (
	"fmt"
	"regexp"
	"strings"
)

// GB/T 9704-2012 sets three lines of a 公文 apart from its body text:
//
//   - 7.3.2 主送机关: "编排于标题下空一行位置，居左顶格，回行时仍顶格".
//     The addressees (各县（市、区）人民政府，市政府各部门：) are the
//     paragraph right under the title that ends with a colon and holds no
//     sentence; they are set at the margin, not two characters in.
//   - 7.3.5.1 成文日期 and 发文机关署名: "成文日期右空四字编排……以成文日期
//     为准居中编排发文机关署名". A date alone on its line (2025年3月1日,
//     二〇二五年三月一日) where the text ends is set at the right, four
//     characters in, and the short unpunctuated line right above it (the
//     issuing office) centred over it.

// dateLine matches a date written alone, in figures or in Chinese.
var dateLine = regexp.MustCompile(`^` + dateYear + `年` + dateDay + `月` + dateDay + `日$`)

// dateYear and dateDay are a date's year and its month or day, in
// figures or in Chinese (2025, 二〇二五; 3, 十二).
const (
	dateYear = `([0-9０-９]{4}|[〇○零一二三四五六七八九]{4})`
	dateDay  = `([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})`
)

// sentenceMarks are the marks no addressee line and no office's name
// holds: a paragraph with one is body text.
const sentenceMarks = "。！？；"

// maxAddressees is the longest the addressees may be, in hundredths of a
// character: three lines of the page's 28.
const maxAddressees = 3 * 2800

// maxOffice is the widest an office's name above the date may be, in
// hundredths of a character: a line that long is text, not a signature.
const maxOffice = 2400

// signOff lays out the addressees and the date with the office above it
// among paras (see above): body paragraphs only, a heading or a bold
// lead never.
func signOff(paras []para) []para {
	body := func(i int) bool {
		p := paras[i]
		return p.style == "" && p.look == "" && len(p.runs) > 0 && !p.runs[0].bold
	}
	for i := range paras {
		if !body(i) {
			continue
		}
		t := trimPara(paras[i].text())
		switch {
		case i > 0 && paras[i-1].style == styleTitle && (strings.HasSuffix(t, "：") || strings.HasSuffix(t, ":")) &&
			!strings.ContainsAny(t, sentenceMarks) && chars(t) <= maxAddressees:
			paras[i].look = `<w:ind w:firstLineChars="0" w:firstLine="0"/>`
		case dateLine.MatchString(t) && lastOfText(paras, i+1) && i > 0 && body(i-1):
			// Under a title or a heading it dates a speech, no sign-off.
			date := chars(t)
			paras[i].look = rightLook(400)
			office := trimPara(paras[i-1].text())
			w := chars(office)
			if w > maxOffice || strings.ContainsAny(office, sentenceMarks+"，,：:") || dateLine.MatchString(office) {
				continue
			}
			// Centred over the date: as far in from the right as half
			// of what the date is wider, past the date's four; a name
			// wider than the date by more than that stays at the
			// margin's edge.
			paras[i-1].look = rightLook(max(0, 400+(date-w)/2))
		}
	}
	return paras
}

// lastOfText reports whether the body text ends before paras[next]: at
// the end, at the next article's title, an attachment's page, a note in
// brackets (7.3.6 附注, （此件公开发布）, under the date), or the 版记
// (7.4: 抄送：…, …印发). A date alone on its line with text or a heading
// after it heads an entry (a 大事记's), and is no sign-off.
func lastOfText(paras []para, next int) bool {
	if next >= len(paras) {
		return true
	}
	p := paras[next]
	t := trimPara(p.text())
	return p.style != "" && p.article || strings.Contains(p.look, "pageBreakBefore") ||
		strings.HasPrefix(t, "（") && strings.HasSuffix(t, "）") ||
		strings.HasPrefix(t, "抄送") || strings.HasSuffix(t, "印发")
}

// rightLook sets a line at the right, right characters (in hundredths)
// in from the margin.
func rightLook(right int) string {
	return fmt.Sprintf(`<w:ind w:rightChars="%d" w:right="%d" w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="right"/>`,
		right, right*size3*10/100)
}
