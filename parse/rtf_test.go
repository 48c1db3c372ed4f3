package parse

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// gbkHex writes s as Word writes Chinese in RTF: GBK bytes as \'hh.
func gbkHex(t testing.TB, s string) string {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for _, c := range b {
		fmt.Fprintf(&out, `\'%02x`, c)
	}
	return out.String()
}

// uniEsc writes s as \uN? escapes with one fallback character each.
func uniEsc(s string) string {
	var out strings.Builder
	for _, r := range s {
		n := int(r)
		if n > 32767 {
			n -= 65536
		}
		fmt.Fprintf(&out, `\u%d?`, n)
	}
	return out.String()
}

// wordRTF is a report as Word saves it: GBK text under \ansicpg936, a
// heading style named 标题 1, a list number written out in \listtext, a
// page header and a footnote, bold runs by \b and by a group, one lead in
// \u escapes, a table row.
func wordRTF(t testing.TB) string {
	h := func(s string) string { return gbkHex(t, s) }
	return `{\rtf1\ansi\ansicpg936\deff0{\fonttbl{\f0\fnil\fcharset134 ` + h("宋体") + `;}}` +
		`{\stylesheet{\s0 Normal;}{\s1\b ` + h("标题 1") + `;}}` + "\r\n" +
		`{\header\pard ` + h("页眉文字") + `\par}` +
		`\pard\qc\b ` + h("2025年某县政府工作报告") + `\b0\par` + "\r\n" +
		`\pard ` + h("各位代表：") + `\par` +
		`\pard\s1{\listtext\pard\plain\f0 ` + h("一、") + `\tab}` + h("工作回顾") + `\par` + "\r\n" +
		`\pard{\b ` + h("坚持稳中求进。") + `}` + h("全年地区生产总值增长5%，质量效益稳步提升。") + `{\super\chftn{\footnote\pard ` + h("脚注文字") + `}}\par` +
		`\pard{\b\uc1 ` + uniEsc("着力扩大内需。") + `}\uc1 ` + uniEsc("消费持续回暖，") + h("投资稳中有进。") + `\par` +
		`\pard\b ` + h("加快转型升级。") + `\b0 ` + h("新兴产业占比提高") + `\tab ` + h("两个百分点。") + `\par` + "\r\n" +
		`\trowd\cellx2000\cellx4000\pard\intbl ` + h("指标") + `\cell ` + h("目标") + `\cell\row` +
		`\pard{\listtext ` + h("二、") + `\tab}` + h("重点工作") + `\par` +
		`\pard ` + h("全面完成各项任务。") + `\par}`
}

// TestRTF: Word's RTF gives its paragraphs and hints as the .docx would.
func TestRTF(t *testing.T) {
	doc, err := Open("r.rtf", []byte(wordRTF(t)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "2025年某县政府工作报告\n  一、工作回顾\n    坚持稳中求进\n    着力扩大内需\n    加快转型升级\n  二、重点工作\n"
	checkRead(t, doc, "RTF", want, []string{"页眉文字", "脚注文字", "宋体", "Normal", "?"}, []string{"消费持续回暖，投资稳中有进。", "提高 两个", "\n指标\n目标\n", "二、重点工作"})
}

// TestRTFLibreOffice: the corpus reports saved as .rtf by LibreOffice
// (\u escapes, East Asian bold as \ab after \dbch) give the .docx's text
// and outline (skipped where soffice is absent, and under -short).
func TestRTFLibreOffice(t *testing.T) { sameAsDocx(t, "rtf", sameText) }

// FuzzRTF: the RTF reader never panics, gives UTF-8, and its output
// parses with the tree's invariants.
func FuzzRTF(f *testing.F) {
	f.Add([]byte(wordRTF(f)))
	f.Add([]byte(`{\rtf1{{{{{{{{\b\u-1\'ff\'`))
	f.Add([]byte(`{\rtf1\ansicpg950\uc8\u20013\'a4\'a4}}}}\par\cell`))
	f.Add([]byte("\ufeff {\\rtf1 " + strings.Repeat("{", 300) + "x"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, hints, err := rtfText(data)
		if err == nil {
			if !utf8.ValidString(text) {
				t.Fatal("text is not UTF-8")
			}
			checkInvariants(t, ParseHinted(text, hints))
		}
	})
}

// TestRTFListTextKeepsParagraph: Word writes a list number as
// {\listtext\pard\plain 1.\tab} after the paragraph's own \pard\s1\qc: its
// \pard and \s are the number's, not the paragraph's.
func TestRTFListTextKeepsParagraph(t *testing.T) {
	r := &rtf{parStyle: 1, center: true}
	r.st.list = true
	r.word("pard", 0, false)
	r.word("s", 0, true)
	if r.parStyle != 1 || !r.center {
		t.Errorf("style %d centre %v after \\listtext's \\pard\\s0, want 1 true", r.parStyle, r.center)
	}
}
