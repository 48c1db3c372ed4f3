// Package docx writes a document's subtree, or a list of excerpts, as a
// Word file (.docx) laid out as Chinese official documents are (GB/T
// 9704-2012 党政机关公文格式): A4, the standard's margins, the title in
// 方正小标宋简体 2号 centred, headings in 黑体, 楷体_GB2312 and
// 仿宋_GB2312 3号 by level, body text in 仿宋_GB2312 3号 with a two-character
// first-line indent, 22 lines of 28 characters to the page, page numbers
// as — 1 — in the footer.
//
// The file is written with archive/zip and hand-built XML rather than a
// library: the few parts a document needs are small and fixed, the Go
// .docx libraries either cannot set East Asian fonts and outline levels or
// pull in template files, and the output must read back through wenji's own
// reader (parse/docx.go) to the same outline, which is easier to guarantee
// when every byte is ours. The package does no I/O beyond the io.Writer.
package docx

import (
	"archive/zip"
	"io"
	"strings"
	"time"

	"wenji/model"
	"wenji/model/export"
)

// Options tune a written file.
type Options struct {
	// Title is the document's title when the subtree has none (a root
	// without a title line) and the title of the excerpt list; it also
	// goes in the file's properties.
	Title string
	// KeepJunk keeps ads and paid markers, as --keep-junk does.
	KeepJunk bool
	// Created is the creation time stored in the file's properties and
	// its zip entries; zero leaves it out, so the output is reproducible.
	Created time.Time
}

// Excerpt is one entry of an excerpt list (the basket): its paragraphs
// as laid out for export, and the line that says where it came from.
type Excerpt struct {
	// Blocks are its heading, sub-headings and paragraphs (see
	// export.Block): a level is a heading style, a lead is set in bold.
	Blocks []export.Block
	// Source says where it came from (来源：文件名 · 标题 · 路径 · 日期).
	Source string
}

// Write writes node n of d and its descendants to w as a .docx: n's
// heading as the title, each descendant on its own line as a heading one
// level below its parent (levels below the third look like body text but
// keep their outline level), lead sentences in bold at the start of their
// paragraph, every other paragraph as body text. Markers and punctuation
// are kept as written; junk is left out unless opt.KeepJunk.
func Write(w io.Writer, d *model.Document, n *model.Node, opt Options) error {
	paras := subtreeParas(d, n, opt)
	title := opt.Title
	if len(paras) > 0 && paras[0].style == styleTitle {
		title = paras[0].text()
	}
	return writePackage(w, paras, title, opt)
}

// WriteExcerpts writes a list of excerpts to w as a .docx: opt.Title as
// the title, then each excerpt's blocks, its heading a first-level heading
// and the headings inside it a level further down each, a lead sentence in
// bold at the start of its paragraph, the rest as body text, and its
// source in a smaller 楷体 line under them.
func WriteExcerpts(w io.Writer, list []Excerpt, opt Options) error {
	var paras []para
	if opt.Title != "" {
		paras = append(paras, para{style: styleTitle, runs: []run{{s: opt.Title}}})
	}
	for _, e := range list {
		paras = append(paras, excerptParas(e)...)
	}
	return writePackage(w, paras, opt.Title, opt)
}

// excerptParas lays out one excerpt: its blocks, then its source line.
func excerptParas(e Excerpt) []para {
	var out []para
	for _, b := range e.Blocks {
		t, lead := b.Text, min(max(b.Lead, 0), len(b.Text))
		switch {
		case trimPara(t) == "":
		case b.Level > 0:
			// One line already; a full-width space inside a title is
			// kept as written (oneLine would make it plain).
			out = append(out, para{style: styleHeading(b.Level), runs: []run{{s: trimPara(t)}}})
		case lead > 0:
			out = append(out, para{runs: []run{{s: t[:lead], bold: true}, {s: t[lead:]}}})
		default:
			out = append(out, para{runs: []run{{s: t}}})
		}
	}
	if s := oneLine(e.Source); s != "" {
		out = append(out, para{style: styleSource, runs: []run{{s: s}}})
	}
	return out
}

// writePackage writes the zip: the document's parts in the order Word
// itself writes them ([Content_Types].xml first, which some readers need).
func writePackage(w io.Writer, paras []para, title string, opt Options) error {
	zw := zip.NewWriter(w)
	parts := []struct {
		name string
		body string
	}{
		{"[Content_Types].xml", contentTypes},
		{"_rels/.rels", packageRels},
		{"docProps/core.xml", coreProps(title, opt.Created)},
		{"docProps/app.xml", appProps},
		{"word/_rels/document.xml.rels", documentRels},
		{"word/document.xml", documentXML(paras)},
		{"word/styles.xml", stylesXML()},
		{"word/settings.xml", settingsXML},
		{"word/fontTable.xml", fontTableXML},
		{"word/footer1.xml", footerXML(false)},
		{"word/footer2.xml", footerXML(true)},
	}
	// The zip's own dates: the creation time, else the earliest an MS-DOS
	// date can say (a zero one reads as month 0, which unzip flags).
	mod := opt.Created
	if mod.IsZero() {
		mod = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	for _, p := range parts {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: mod})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(fw, p.body); err != nil {
			return err
		}
	}
	return zw.Close()
}

// oneLine joins the lines of s with spaces and trims it: a heading or a
// source line is one paragraph.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u3000", " ")), " ")
}

// trimPara trims a paragraph's white space, the full-width indentation and
// a BOM included: the paragraph style indents it.
func trimPara(s string) string {
	return strings.Trim(s, " \t\r\n\u3000\u00a0\ufeff")
}
