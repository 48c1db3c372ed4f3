package parse

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"wenji/model/export"
)

const container = `<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">` +
	`<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>`

// novel writes an EPUB of n chapters 第一回…: with nav, an EPUB 3 nav
// document; else an NCX. withHeads puts each title in its chapter as an
// <h2> (split over a <br/>, as books do); else the chapter is prose only.
func novel(t testing.TB, n int, nav, withHeads bool) []byte {
	var manifest, spine, navList, ncxPoints strings.Builder
	parts := map[string]string{"META-INF/container.xml": container}
	for i := 1; i <= n; i++ {
		id := fmt.Sprintf("c%03d", i)
		title := "第" + hanNumeral(i) + "回　甄士隐梦幻识通灵"
		body := ""
		if withHeads {
			body = "<h2>第" + hanNumeral(i) + "回<br/>甄士隐梦幻识通灵</h2>"
		}
		for k := range 3 {
			body += fmt.Sprintf("<p>　　此开卷第%d回也，第%d段。作者自云曾历过一番梦幻之后。</p>", i, k+1)
		}
		parts["OEBPS/Text/"+id+".xhtml"] = `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title/></head><body>` + body + `</body></html>`
		fmt.Fprintf(&manifest, `<item id="%s" href="Text/%s.xhtml" media-type="application/xhtml+xml"/>`, id, id)
		fmt.Fprintf(&spine, `<itemref idref="%s"/>`, id)
		fmt.Fprintf(&navList, `<li><a href="Text/%s.xhtml">%s</a></li>`, id, title)
		fmt.Fprintf(&ncxPoints, `<navPoint id="n%d" playOrder="%d"><navLabel><text>%s</text></navLabel><content src="Text/%s.xhtml"/></navPoint>`, i, i, title, id)
	}
	if nav {
		manifest.WriteString(`<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>`)
		parts["OEBPS/nav.xhtml"] = `<html xmlns:epub="http://www.idpf.org/2007/ops"><body><nav epub:type="landmarks"><ol><li><a href="Text/c001.xhtml">正文</a></li></ol></nav>` +
			`<nav epub:type="toc"><h1>目录</h1><ol>` + navList.String() + `</ol></nav></body></html>`
	} else {
		manifest.WriteString(`<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>`)
		parts["OEBPS/toc.ncx"] = `<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"><navMap>` + ncxPoints.String() + `</navMap></ncx>`
	}
	parts["OEBPS/content.opf"] = `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>红楼梦</dc:title></metadata>` +
		`<manifest>` + manifest.String() + `</manifest><spine toc="ncx">` + spine.String() + `</spine></package>`
	return epubFile(t, parts)
}

// TestEPUBNovel: a novel's chapters are its outline, in spine order,
// whether the titles come from nav.xhtml or toc.ncx, in the chapters or
// only in the table of contents.
func TestEPUBNovel(t *testing.T) {
	for _, c := range []struct{ nav, heads bool }{{true, true}, {false, true}, {true, false}, {false, false}} {
		doc, err := Open("hlm.epub", novel(t, 120, c.nav, c.heads), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if doc.Format != "EPUB" {
			t.Errorf("format %q", doc.Format)
		}
		kids := doc.Root.Children
		if len(kids) != 120 {
			t.Fatalf("nav %v heads %v: %d chapters:\n%s", c.nav, c.heads, len(kids), export.Outline(doc.Root))
		}
		if squeeze(kids[0].Heading()) != "第一回甄士隐梦幻识通灵" || !strings.HasPrefix(kids[119].Heading(), "第一百二十回") {
			t.Errorf("nav %v heads %v: first %q last %q", c.nav, c.heads, kids[0].Heading(), kids[119].Heading())
		}
		if strings.Count(doc.Text, "第一回") != 1 || strings.Contains(doc.Text, "目录") {
			t.Errorf("nav %v heads %v: a title twice or the toc in the text", c.nav, c.heads)
		}
	}
}

func TestEPUBErrors(t *testing.T) {
	bomb := epubFile(t, map[string]string{
		"META-INF/container.xml": container,
		"OEBPS/content.opf":      `<package><manifest><item id="a" href="a.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="a"/></spine></package>`,
		"OEBPS/a.xhtml":          "<p>" + strings.Repeat("啊", 8<<20) + "</p>",
	})
	cases := []struct {
		name string
		data []byte
		want error
	}{
		{"bomb.epub", bomb, ErrZipBomb},
		{"nospine.epub", epubFile(t, map[string]string{"META-INF/container.xml": container, "OEBPS/content.opf": "<package/>"}), errNotEPUB},
		{"noopf.epub", epubFile(t, map[string]string{"META-INF/container.xml": container}), errNotEPUB},
	}
	for _, c := range cases {
		_, err := Open(c.name, c.data, Options{})
		if !errors.Is(err, c.want) || !strings.HasPrefix(err.Error(), c.name+": ") {
			t.Errorf("%s: err %v, want %v", c.name, err, c.want)
		}
	}
}

// FuzzEPUB: any bytes in an EPUB's parts open or give an error, never a
// panic.
func FuzzEPUB(f *testing.F) {
	f.Add(`<package><manifest><item id="a" href="a.xhtml" properties="nav"/></manifest><spine><itemref idref="a"/></spine></package>`,
		`<nav epub:type="toc"><ol><li><a href="a.xhtml#x">第一回</a><ol><li><a href="a.xhtml">一</a></li></ol></li></ol></nav><h1>第一回</h1><p>正文</p>`)
	f.Add(`<package><manifest><item id="n" href="../../toc.ncx"/></manifest><spine toc="n"><itemref idref="n"/></spine></package>`, `<navPoint><content src="%zz"/>`)
	f.Fuzz(func(t *testing.T, opf, xhtml string) {
		data := epubFile(t, map[string]string{
			"META-INF/container.xml": container, "OEBPS/content.opf": opf, "OEBPS/a.xhtml": xhtml, "toc.ncx": xhtml,
		})
		text, _, err := epubText(data)
		if err == nil && len(text) > 4*len(data)+64 {
			t.Fatalf("%d bytes of text from %d", len(text), len(data))
		}
	})
}

// TestEPUBMadeUpNames: a converter's placeholder title and its made-up
// label for a file make no node; a real one does. LibreOffice's EPUB of
// a report (dc:title "Unknown Title", one file its table of contents calls
// "Section 1") hung the report two levels down.
func TestEPUBMadeUpNames(t *testing.T) {
	book := func(title, label string) []byte {
		return epubFile(t, map[string]string{
			"META-INF/container.xml": container,
			"OEBPS/content.opf": `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>` + title + `</dc:title></metadata>` +
				`<manifest><item id="nav" href="toc.xhtml" media-type="application/xhtml+xml" properties="nav"/><item id="s1" href="sections/section0001.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="s1"/></spine></package>`,
			"OEBPS/toc.xhtml": `<html xmlns:epub="http://www.idpf.org/2007/ops"><body><nav epub:type="toc"><ol><li><a href="sections/section0001.xhtml">` + label + `</a></li></ol></nav></body></html>`,
			"OEBPS/sections/section0001.xhtml": `<html xmlns="http://www.w3.org/1999/xhtml"><body><p><b>某市2025年政府工作报告</b></p>` +
				`<p>一、过去一年工作回顾</p><p>全年地区生产总值增长5.2%。</p><p>二、今年工作安排</p><p>坚持稳中求进。</p></body></html>`,
		})
	}
	for _, c := range []struct{ title, label, want string }{
		{"Unknown Title", "Section 1", "某市2025年政府工作报告\n  一、过去一年工作回顾\n  二、今年工作安排\n"},
		{"未命名", "section0001.xhtml", "某市2025年政府工作报告\n  一、过去一年工作回顾\n  二、今年工作安排\n"},
		{"政府工作报告汇编", "某市报告", "政府工作报告汇编\n  某市报告\n"},
	} {
		doc, err := Open("r.epub", book(c.title, c.label), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := export.Outline(doc.Root); !strings.HasPrefix(got, c.want) {
			t.Errorf("title %q, label %q: outline\n%s\nwant it to start\n%s", c.title, c.label, got, c.want)
		}
	}
}

// TestEPUBClassBold: LibreOffice's EPUB wraps every run in a classed
// <span> and says which classes are bold in the linked style sheet; the
// bold class opens a lead, the body's class neither opens nor goes on
// with one.
func TestEPUBClassBold(t *testing.T) {
	book := epubFile(t, map[string]string{
		"META-INF/container.xml": container,
		"OEBPS/content.opf": `<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Unknown Title</dc:title></metadata>` +
			`<manifest><item id="s1" href="sections/section0001.xhtml" media-type="application/xhtml+xml"/><item id="css" href="styles/stylesheet.css" media-type="text/css"/></manifest><spine><itemref idref="s1"/></spine></package>`,
		"OEBPS/styles/stylesheet.css": ".para0 {\n  margin: 0px;\n}\n/* runs */\n.span1 {\n  font-weight: bold;\n}\n\n.span0 {\n}\n",
		"OEBPS/sections/section0001.xhtml": `<html xmlns="http://www.w3.org/1999/xhtml"><head><link href="../styles/stylesheet.css" rel="stylesheet" type="text/css"/></head><body>` +
			`<p class="para0"><span class="span0">　　</span><span class="span1">一是粮食生产再获丰收。</span><span class="span0">粮食播种面积稳定在一千一百八十万亩。</span><span class="span1">二是黑土地保护扎实推进。</span><span class="span0">新建高标准农田九十万亩。</span></p>` +
			`<p class="para0"><span class="span0">全年地区生产总值增长百分之五。</span><span class="span1">加粗的话在后面。</span></p></body></html>`,
	})
	text, hints, err := epubText(book)
	if err != nil {
		t.Fatal(err)
	}
	leads := map[int]int{}
	for _, h := range hints {
		leads[h.Line] = h.Lead
	}
	lines := strings.Split(text, "\n")
	for _, c := range []struct{ start, want string }{{"一是", "一是粮食生产再获丰收。"}, {"全年", ""}} {
		for i, l := range lines {
			line := strings.TrimLeft(l, " 　")
			if !strings.HasPrefix(line, c.start) {
				continue
			}
			got := ""
			if n := leads[i+1]; n > 0 {
				got = strings.TrimLeft(l[:min(n+len(l)-len(line), len(l))], " 　")
			}
			if got != c.want {
				t.Errorf("line %d %q: lead %q, want %q", i+1, l, got, c.want)
			}
		}
	}
	if !strings.Contains(text, "一是") || !strings.Contains(text, "全年") {
		t.Errorf("text %q", text)
	}
}

// TestHTMLStyleClasses: a page's own <style> says which classes look
// emphatic; a class it gives no rule for, or a page with no sheet, still
// counts as emphasis.
func TestHTMLStyleClasses(t *testing.T) {
	const body = `<p><span class="n">正文开头一句话。</span>后面的正文。</p><p><span class="b">重点工作。</span>后面的正文。</p><p><span class="x">别处定义的样式。</span>后面的正文。</p>`
	for _, c := range []struct {
		head string
		want [3]bool
	}{
		{`<style>/* sheet */ .n { font-size: 16pt } p > span.b, .c { font-weight: 700 }</style>`, [3]bool{false, true, true}},
		{``, [3]bool{true, true, true}},
	} {
		_, hints := htmlText(`<html><head>` + c.head + `</head><body>` + body + `</body></html>`)
		var got [3]bool
		for _, h := range hints {
			if h.Line >= 1 && h.Line <= 3 {
				got[h.Line-1] = h.Lead > 0
			}
		}
		if got != c.want {
			t.Errorf("head %q: leads %v, want %v", c.head, got, c.want)
		}
	}
}
