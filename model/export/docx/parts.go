package docx

import (
	"fmt"
	"strings"
	"time"
)

const (
	xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	nsW       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
)

// Style IDs used in document.xml.
const (
	styleTitle  = "Title"
	styleSource = "Source"
	// maxHeading is the deepest heading style: Heading4 to Heading6 look
	// like body text (GB/T 9704 has three heading faces; a fourth level,
	// （1）, is set as text) but keep their outline level for the reader and
	// Word's navigation pane.
	maxHeading = 6
)

// The page, in twentieths of a point (1 mm = 56.69 twips): A4, and the
// margins of GB/T 9704 (天头 37 mm, bottom 35, 订口 left 28, right 26).
// The footer sits so that the page number's line starts about 7 mm under
// the text, as the standard places it.
const (
	pageW, pageH = 11906, 16838
	marginTop    = 2098 // 37 mm
	marginBottom = 1984 // 35 mm
	marginLeft   = 1587 // 28 mm
	marginRight  = 1474 // 26 mm
	headerDist   = 851  // 15 mm
	footerDist   = 1304 // 23 mm
)

// Sizes in half-points (w:sz): 2号 22 pt, 3号 16 pt, 4号 14 pt.
const (
	size2 = 44
	size3 = 32
	size4 = 28
)

// Fonts of the standard. Latin letters and digits are set in Times New
// Roman, as official documents set them.
const (
	fontTitle = "方正小标宋简体"
	fontHei   = "黑体"
	fontKai   = "楷体_GB2312"
	fontFang  = "仿宋_GB2312"
	fontSong  = "宋体"
	fontLatin = "Times New Roman"
)

// The standard's grid: 22 lines of 28 characters fill the 版心 (156 ×
// 225 mm). A line is 225 mm / 22 = 28.99 pt, cut to 579 twips (28.95
// pt; 580 would put the 22nd line past the bottom margin), and a 16 pt
// character is drawn a quarter point narrower (w:spacing -5 twips, 15.75
// pt), so that 28 fit in 156 mm (442.2 pt) where 16 pt characters fit
// only 27. Word's own
// templates get there with a character grid (w:docGrid linesAndChars);
// LibreOffice lays each 16 pt character over two cells of a grid
// narrower than it, 14 to a line, so the spacing is set on the text.
const (
	lineExact   = 579
	charSpacing = -5
)

// articleLook and articleFont set an article's title, below the root, as
// the Title style looks, over its heading style.
var (
	articleLook = `<w:spacing w:before="0" w:after="579" w:line="700" w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/>`
	articleFont = `<w:rFonts w:ascii="` + fontLatin + `" w:hAnsi="` + fontLatin + `" w:eastAsia="` + fontTitle + `" w:hint="eastAsia"/>` +
		fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, size2, size2)
)

// headingFaces are the faces of heading levels 1 to 6: 黑体, 楷体_GB2312,
// then 仿宋_GB2312 (GB/T 9704 7.3.3: 第一层用黑体字、第二层用楷体字、
// 第三层和第四层用仿宋体字; none of them bold), so levels 3 to 6 look like
// body text and keep their outline level.
var headingFaces = [maxHeading]struct {
	east string
	bold bool
}{{fontHei, false}, {fontKai, false}, {fontFang, false}, {fontFang, false}, {fontFang, false}, {fontFang, false}}

// faceFont returns direct run properties that set a heading in the face
// of level, over its style's: in a compilation written whole, an
// article's sections are Heading 2 (one below the article) but are its
// first-level headings, in 黑体.
func faceFont(level int) string {
	f := headingFaces[min(max(level, 1), maxHeading)-1]
	b := `<w:b w:val="0"/><w:bCs w:val="0"/>`
	if f.bold {
		b = `<w:b/><w:bCs/>`
	}
	return `<w:rFonts w:ascii="` + fontLatin + `" w:hAnsi="` + fontLatin + `" w:eastAsia="` + f.east + `" w:hint="eastAsia"/>` + b
}

var sectPr = fmt.Sprintf(`<w:sectPr>`+
	`<w:footerReference w:type="default" r:id="rIdFooterOdd"/>`+
	`<w:footerReference w:type="even" r:id="rIdFooterEven"/>`+
	`<w:pgSz w:w="%d" w:h="%d"/>`+
	`<w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="%d" w:footer="%d" w:gutter="0"/>`+
	`<w:cols w:space="425"/></w:sectPr>`,
	pageW, pageH, marginTop, marginRight, marginBottom, marginLeft, headerDist, footerDist)

// fonts returns an rFonts element: east Asian text in east, the rest in
// latin.
func fonts(east, latin string) string {
	return fmt.Sprintf(`<w:rFonts w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>`, latin, latin, east, latin)
}

// paraStyle writes one paragraph style.
func paraStyle(id, name, pPr, rPr string, extra string) string {
	return `<w:style w:type="paragraph" w:customStyle="0" w:styleId="` + id + `"><w:name w:val="` + name + `"/>` +
		extra + `<w:pPr>` + pPr + `</w:pPr><w:rPr>` + rPr + `</w:rPr></w:style>`
}

// stylesXML writes word/styles.xml. Body text (Normal) carries the
// standard's paragraph: 仿宋_GB2312 3号, a first-line indent of two
// characters (firstLineChars, with firstLine for readers that ignore
// character units), justified, on the standard's grid (lineExact). Headings are
// Word's built-in names ("heading 1"), so Word, WPS and LibreOffice list
// them in their navigation panes, with outline levels for readers that go
// by those.
func stylesXML() string {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<w:styles xmlns:w="` + nsW + `">`)
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr>` + fonts(fontFang, fontLatin) +
		fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, size3, size3) +
		`<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr>` + fmt.Sprintf(`<w:spacing w:line="%d" w:lineRule="exact"/>`, lineExact) +
		`</w:pPr></w:pPrDefault></w:docDefaults>`)
	indent := `<w:ind w:firstLineChars="200" w:firstLine="640"/>`
	body := fmt.Sprintf(`<w:spacing w:before="0" w:after="0" w:line="%d" w:lineRule="exact"/>`, lineExact) + indent + `<w:jc w:val="both"/>`
	b.WriteString(strings.Replace(paraStyle("Normal", "Normal", `<w:widowControl/>`+body,
		fonts(fontFang, fontLatin)+fmt.Sprintf(`<w:spacing w:val="%d"/><w:sz w:val="%d"/><w:szCs w:val="%d"/>`, charSpacing, size3, size3), ""),
		`w:styleId="Normal"`, `w:default="1" w:styleId="Normal"`, 1))
	// The title: one line of space under it, as the standard leaves a
	// blank line between the title and the text; lines 35 pt apart so a
	// two-line title of 22 pt characters is not clipped.
	b.WriteString(paraStyle(styleTitle, "Title",
		articleLook,
		fonts(fontTitle, fontLatin)+fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, size2, size2),
		`<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>`))
	for i, f := range headingFaces {
		rPr := fonts(f.east, fontLatin)
		if f.bold {
			rPr += `<w:b/><w:bCs/>`
		}
		b.WriteString(paraStyle(fmt.Sprintf("Heading%d", i+1), fmt.Sprintf("heading %d", i+1),
			fmt.Sprintf(`<w:keepNext/><w:outlineLvl w:val="%d"/>`, i),
			rPr, `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>`))
	}
	b.WriteString(paraStyle(styleSource, "Source",
		`<w:spacing w:before="0" w:after="280" w:line="480" w:lineRule="exact"/><w:jc w:val="right"/>`,
		fonts(fontKai, fontLatin)+fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, size4, size4),
		`<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>`))
	b.WriteString(paraStyle("Footer", "footer",
		`<w:spacing w:line="240" w:lineRule="auto"/><w:ind w:firstLineChars="0" w:firstLine="0"/>`,
		fonts(fontSong, fontSong)+fmt.Sprintf(`<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, size4, size4),
		`<w:basedOn w:val="Normal"/>`))
	b.WriteString(`</w:styles>`)
	return b.String()
}

// footerXML writes a footer with the page number as — 1 —, in 宋体 4号:
// on odd pages at the right and on even pages at the left, one character
// in from the edge of the text, as GB/T 9704 places it.
func footerXML(even bool) string {
	jc, ind := "right", `<w:ind w:right="280" w:firstLine="0" w:firstLineChars="0"/>`
	if even {
		jc, ind = "left", `<w:ind w:left="280" w:firstLine="0" w:firstLineChars="0"/>`
	}
	dash := func(s string) string {
		return `<w:r><w:t xml:space="preserve">` + s + `</w:t></w:r>`
	}
	return xmlHeader + `<w:ftr xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:p><w:pPr><w:pStyle w:val="Footer"/>` +
		ind + `<w:jc w:val="` + jc + `"/></w:pPr>` + dash("— ") +
		`<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>` + dash(" —") + `</w:p></w:ftr>`
}

// settingsXML: odd and even pages have their own footers; punctuation is
// compressed as Chinese typesetting does.
const settingsXML = xmlHeader + `<w:settings xmlns:w="` + nsW + `">` +
	`<w:zoom w:percent="100"/><w:evenAndOddHeaders/><w:defaultTabStop w:val="420"/>` +
	`<w:characterSpacingControl w:val="compressPunctuation"/>` +
	`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
	`<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>`

// fontTableXML names the fonts with their GB2312 character set, so a
// reader that lacks one substitutes a Chinese face rather than a Latin one,
// and the faces Windows has since Windows 8 under the names a Word or WPS
// that lacks the _GB2312 ones takes in their place (w:altName: 仿宋 for
// 仿宋_GB2312, 楷体 for 楷体_GB2312).
var fontTableXML = func() string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:fonts xmlns:w="` + nsW + `">`)
	for _, f := range []struct{ name, alt, family, pitch string }{
		{fontTitle, "", "script", "variable"}, {fontHei, "", "modern", "fixed"}, {fontKai, "楷体", "modern", "fixed"},
		{fontFang, "仿宋", "modern", "fixed"}, {fontSong, "", "auto", "variable"},
	} {
		alt := ""
		if f.alt != "" {
			alt = `<w:altName w:val="` + f.alt + `"/>`
		}
		fmt.Fprintf(&b, `<w:font w:name="%s">%s<w:charset w:val="86"/><w:family w:val="%s"/><w:pitch w:val="%s"/></w:font>`, f.name, alt, f.family, f.pitch)
	}
	b.WriteString(`<w:font w:name="` + fontLatin + `"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>`)
	b.WriteString(`</w:fonts>`)
	return b.String()
}()

const contentTypes = xmlHeader + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
	`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
	`<Default Extension="xml" ContentType="application/xml"/>` +
	`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
	`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
	`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
	`<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>` +
	`<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
	`<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>` +
	`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
	`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>` +
	`</Types>`

const packageRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

const documentRels = xmlHeader + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
	`<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>` +
	`<Relationship Id="rIdFonts" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>` +
	`<Relationship Id="rIdFooterOdd" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>` +
	`<Relationship Id="rIdFooterEven" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>` +
	`</Relationships>`

const appProps = xmlHeader + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>wenji</Application></Properties>`

// coreProps writes docProps/core.xml: the title, and the creation time
// when there is one.
func coreProps(title string, created time.Time) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	b.WriteString(`<dc:title>` + escape(oneLine(title)) + `</dc:title><dc:creator>wenji</dc:creator>`)
	if !created.IsZero() {
		b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + created.UTC().Format(time.RFC3339) + `</dcterms:created>`)
	}
	b.WriteString(`</cp:coreProperties>`)
	return b.String()
}
