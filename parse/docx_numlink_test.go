package parse

import (
	"strings"
	"testing"

	"wenji/model/export"
)

// numLinkStyles: 标题 1 and 标题 2 as Word writes them when a multilevel
// list is linked to them, their w:numPr naming the list without a level,
// and a numbering style (w:type="numbering") that a list links to.
const numLinkStyles = `<?xml version="1.0"?><w:styles xmlns:w="` + nsW + `">` +
	`<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
	`<w:style w:type="numbering" w:styleId="ListGov"><w:name w:val="公文列表"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>` +
	`</w:styles>`

// numLinkNumbering: list 1 names its levels' styles (w:pStyle 1 and 2);
// list 2's definition only links to the numbering style ListGov, whose
// list 3 holds the levels.
const numLinkNumbering = `<w:abstractNum w:abstractNumId="40">` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="1"/><w:lvlText w:val="%1、"/></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:pStyle w:val="2"/><w:lvlText w:val="（%2）"/></w:lvl>` +
	`</w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="41"><w:numStyleLink w:val="ListGov"/></w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="42"><w:styleLink w:val="ListGov"/>` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="%1、"/></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedParen"/><w:lvlText w:val="%2"/></w:lvl>` +
	`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%3）"/></w:lvl>` +
	`</w:abstractNum>` +
	`<w:num w:numId="1"><w:abstractNumId w:val="40"/></w:num>` +
	`<w:num w:numId="2"><w:abstractNumId w:val="41"/></w:num>` +
	`<w:num w:numId="3"><w:abstractNumId w:val="42"/></w:num>` +
	`<w:num w:numId="4"><w:abstractNumId w:val="40"/></w:num>` +
	`<w:num w:numId="5"><w:abstractNumId w:val="40"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`

// TestNumberingLinks: a report whose parts and sub-parts Word numbers
// through a heading style linked to a list level (w:pStyle in w:lvl, the
// style's w:numPr without w:ilvl) or through a list that links to a
// numbering style (w:numStyleLink) nests as the same report typed by hand.
func TestNumberingLinks(t *testing.T) {
	prose := "　　全年完成治理面积一千二百公顷，相关工作经验在全省推广交流，群众满意度明显提升，生态环境质量持续改善。"
	p := func(ppr, text string) string {
		return `<w:p><w:pPr>` + ppr + `</w:pPr><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
	}
	title := p(`<w:jc w:val="center"/>`, "某市生态环境局2025年工作总结")
	num := func(lvl string) string {
		return `<w:numPr><w:ilvl w:val="` + lvl + `"/><w:numId w:val="2"/></w:numPr>`
	}
	parts := []string{"主要工作", "存在的问题", "下一步打算"}
	subs := []string{"大气污染防治成效明显", "水环境质量稳中向好"}
	var styled, linked, typed strings.Builder
	typed.WriteString("某市生态环境局2025年工作总结\n")
	for i, part := range parts {
		styled.WriteString(p(`<w:pStyle w:val="1"/>`, part) + p("", prose))
		linked.WriteString(p(num("0"), part) + p("", prose))
		typed.WriteString(hanNumeral(i+1) + "、" + part + "\n" + prose + "\n")
		for j, sub := range subs {
			styled.WriteString(p(`<w:pStyle w:val="2"/>`, sub) + p("", prose))
			linked.WriteString(p(num("1"), sub) + p("", prose))
			typed.WriteString("（" + hanNumeral(j+1) + "）" + sub + "\n" + prose + "\n")
		}
	}
	want := export.Outline(Parse(typed.String()).Root)
	if !strings.Contains(want, "\n    （二）水环境质量稳中向好\n") {
		t.Fatalf("the typed report does not nest:\n%s", want)
	}
	for name, body := range map[string]string{"styled": styled.String(), "linked": linked.String()} {
		data := zipDocx(t, title+body, numLinkNumbering, [2]string{"word/styles.xml", numLinkStyles})
		text, hints := evalDocx(t, "numlink-"+name, data)
		got, w := export.Outline(ParseHinted(text, hints).Root), want
		if name == "linked" {
			// List 3's second level is ⑴ ⑵, not （一）: the linked
			// definition's levels, not list 1's.
			w = strings.NewReplacer("（一）", "⑴", "（二）", "⑵").Replace(want)
		}
		if got != w {
			t.Errorf("%s: outline\n%s\nwant\n%s", name, got, w)
		}
	}
}

// TestNumberingSharedCount: instances of one list definition share its
// count, as Word counts: a part given list 4 directly between parts
// numbered through 标题 1's list 1 (both over definition 40) is 二、, not a
// second 一、; an instance with a start override (list 5) starts anew
// where it first numbers its level, and the parts after it count on.
func TestNumberingSharedCount(t *testing.T) {
	prose := "　　全年完成治理面积一千二百公顷，相关工作经验在全省推广交流，群众满意度明显提升，生态环境质量持续改善。"
	p := func(ppr, text string) string {
		return `<w:p><w:pPr>` + ppr + `</w:pPr><w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>` +
			`<w:p><w:r><w:t xml:space="preserve">` + prose + `</w:t></w:r></w:p>`
	}
	heading := `<w:pStyle w:val="1"/>`
	direct := func(id string) string {
		return heading + `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="` + id + `"/></w:numPr>`
	}
	title := `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>某市生态环境局2025年工作总结</w:t></w:r></w:p>`
	body := p(heading, "主要工作") + p(direct("4"), "存在的问题") + p(heading, "下一步打算") +
		p(direct("5"), "附件说明") + p(heading, "保障措施")
	data := zipDocx(t, title+body, numLinkNumbering, [2]string{"word/styles.xml", numLinkStyles})
	text, hints := evalDocx(t, "numlink-shared", data)
	got := export.Outline(ParseHinted(text, hints).Root)
	for _, want := range []string{"\n  一、主要工作\n", "\n  二、存在的问题\n", "\n  三、下一步打算\n", "\n  一、附件说明\n", "\n  二、保障措施\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("outline lacks %q:\n%s", strings.TrimSpace(want), got)
		}
	}
}
