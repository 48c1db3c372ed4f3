package docx

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
	"testing"

	"wenji/parse"
)

// The parts of WordprocessingML the layout tests read; names without a
// namespace match Word's w: elements.
type (
	val struct {
		Val string `xml:"val,attr"`
	}
	rFonts struct {
		ASCII    string `xml:"ascii,attr"`
		HAnsi    string `xml:"hAnsi,attr"`
		EastAsia string `xml:"eastAsia,attr"`
	}
	rPr struct {
		Fonts   *rFonts `xml:"rFonts"`
		Spacing *val    `xml:"spacing"`
		Size    *val    `xml:"sz"`
		Bold    *val    `xml:"b"`
	}
	spacing struct {
		Line     string `xml:"line,attr"`
		LineRule string `xml:"lineRule,attr"`
	}
	ind struct {
		FirstLineChars string `xml:"firstLineChars,attr"`
		FirstLine      string `xml:"firstLine,attr"`
	}
	pPr struct {
		Spacing *spacing `xml:"spacing"`
		Ind     *ind     `xml:"ind"`
		Jc      *val     `xml:"jc"`
		Outline *val     `xml:"outlineLvl"`
	}
	wstyle struct {
		ID      string `xml:"styleId,attr"`
		Name    val    `xml:"name"`
		BasedOn *val   `xml:"basedOn"`
		PPr     pPr    `xml:"pPr"`
		RPr     rPr    `xml:"rPr"`
	}
	wstyles struct {
		Styles []wstyle `xml:"style"`
	}
	sect struct {
		PgSz struct {
			W string `xml:"w,attr"`
			H string `xml:"h,attr"`
		} `xml:"body>sectPr>pgSz"`
		PgMar struct {
			Top    string `xml:"top,attr"`
			Bottom string `xml:"bottom,attr"`
			Left   string `xml:"left,attr"`
			Right  string `xml:"right,attr"`
		} `xml:"body>sectPr>pgMar"`
	}
)

// TestLayout reads the written styles and page back and checks GB/T 9704:
// A4, margins 37/35/28/26 mm, the title in 方正小标宋简体 22 pt centred,
// headings in 黑体, 楷体_GB2312 and 仿宋_GB2312 (not bold: 7.3.3) 16 pt
// with outline levels, body text in 仿宋_GB2312 16 pt, two characters
// indented, lines exactly 28.95 pt apart (22 to the page), Latin text in
// Times New Roman.
func TestLayout(t *testing.T) {
	d := parse.Parse("标题\n\n一、总体要求\n　　正文。\n")
	ps := parts(t, write(t, d, d.Root))
	var doc sect
	if err := xml.Unmarshal(ps["word/document.xml"], &doc); err != nil {
		t.Fatal(err)
	}
	if doc.PgSz.W != "11906" || doc.PgSz.H != "16838" {
		t.Errorf("page %s×%s twips, want A4 11906×16838", doc.PgSz.W, doc.PgSz.H)
	}
	m := doc.PgMar
	// 1 mm = 1440/25.4 twips; a twip of rounding either way.
	for _, c := range []struct {
		name, got string
		mm        float64
	}{{"top", m.Top, 37}, {"bottom", m.Bottom, 35}, {"left", m.Left, 28}, {"right", m.Right, 26}} {
		want := int(c.mm*1440/25.4 + 0.5)
		if c.got != strconv.Itoa(want) {
			t.Errorf("%s margin %s twips, want %d (%v mm)", c.name, c.got, want, c.mm)
		}
	}
	var st wstyles
	if err := xml.Unmarshal(ps["word/styles.xml"], &st); err != nil {
		t.Fatal(err)
	}
	byID := map[string]wstyle{}
	for _, s := range st.Styles {
		byID[s.ID] = s
	}
	// resolve follows basedOn for a property.
	resolve := func(id string, get func(wstyle) string) string {
		for range 8 {
			s, ok := byID[id]
			if !ok {
				return ""
			}
			if v := get(s); v != "" {
				return v
			}
			if s.BasedOn == nil {
				return ""
			}
			id = s.BasedOn.Val
		}
		return ""
	}
	east := func(s wstyle) string {
		if s.RPr.Fonts == nil {
			return ""
		}
		return s.RPr.Fonts.EastAsia
	}
	latin := func(s wstyle) string {
		if s.RPr.Fonts == nil {
			return ""
		}
		return s.RPr.Fonts.ASCII
	}
	size := func(s wstyle) string {
		if s.RPr.Size == nil {
			return ""
		}
		return s.RPr.Size.Val
	}
	bold := func(s wstyle) string {
		if s.RPr.Bold == nil {
			return ""
		}
		return "bold"
	}
	line := func(s wstyle) string {
		if s.PPr.Spacing == nil || s.PPr.Spacing.Line == "" {
			return ""
		}
		return s.PPr.Spacing.Line + "/" + s.PPr.Spacing.LineRule
	}
	indent := func(s wstyle) string {
		if s.PPr.Ind == nil {
			return ""
		}
		return s.PPr.Ind.FirstLineChars
	}
	jc := func(s wstyle) string {
		if s.PPr.Jc == nil {
			return ""
		}
		return s.PPr.Jc.Val
	}
	outline := func(s wstyle) string {
		if s.PPr.Outline == nil {
			return ""
		}
		return s.PPr.Outline.Val
	}
	for _, c := range []struct {
		id, name, east, size, bold, line, indent, jc, outline string
	}{
		{"Normal", "Normal", "仿宋_GB2312", "32", "", "579/exact", "200", "both", ""},
		{"Title", "Title", "方正小标宋简体", "44", "", "700/exact", "0", "center", ""},
		{"Heading1", "heading 1", "黑体", "32", "", "579/exact", "200", "both", "0"},
		{"Heading2", "heading 2", "楷体_GB2312", "32", "", "579/exact", "200", "both", "1"},
		{"Heading3", "heading 3", "仿宋_GB2312", "32", "", "579/exact", "200", "both", "2"},
		{"Heading4", "heading 4", "仿宋_GB2312", "32", "", "579/exact", "200", "both", "3"},
		{"Source", "Source", "楷体_GB2312", "28", "", "480/exact", "200", "right", ""},
	} {
		s, ok := byID[c.id]
		if !ok {
			t.Errorf("no style %s", c.id)
			continue
		}
		got := []string{s.Name.Val, resolve(c.id, east), resolve(c.id, size), resolve(c.id, bold), resolve(c.id, line),
			resolve(c.id, indent), resolve(c.id, jc), resolve(c.id, outline), resolve(c.id, latin)}
		want := []string{c.name, c.east, c.size, c.bold, c.line, c.indent, c.jc, c.outline, "Times New Roman"}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("style %s: %s, want %s (name, eastAsia, sz, bold, line, firstLineChars, jc, outlineLvl, ascii)", c.id, got, want)
				break
			}
		}
	}
	for _, f := range []string{"word/footer1.xml", "word/footer2.xml"} {
		if !bytes.Contains(ps[f], []byte(`— </w:t>`)) || !bytes.Contains(ps[f], []byte(`w:instr=" PAGE "`)) {
			t.Errorf("%s has no — PAGE — number:\n%s", f, ps[f])
		}
	}
	if s := byID["Footer"]; resolve("Footer", east) != "宋体" || resolve("Footer", size) != "28" {
		t.Errorf("footer style %+v, want 宋体 4号 (28 half-points)", s)
	}
}

// TestGrid checks what a page of body text holds, from the page, the
// margins and the Normal style written: GB/T 9704's 22 lines of 28
// characters of 3号 (16 pt), filling the 版心 — no 29th character, no 23rd
// line, and less than a line's worth left over either way. Before the
// grid, 16 pt characters put 27 to a line and 28 pt lines left 22 pt of
// the 版心 empty under the 22nd.
func TestGrid(t *testing.T) {
	d := parse.Parse("标题\n\n正文。\n")
	ps := parts(t, write(t, d, d.Root))
	var doc sect
	if err := xml.Unmarshal(ps["word/document.xml"], &doc); err != nil {
		t.Fatal(err)
	}
	var st wstyles
	if err := xml.Unmarshal(ps["word/styles.xml"], &st); err != nil {
		t.Fatal(err)
	}
	var normal *wstyle
	for i := range st.Styles {
		if st.Styles[i].ID == "Normal" {
			normal = &st.Styles[i]
		}
	}
	if normal == nil || normal.RPr.Size == nil || normal.PPr.Spacing == nil {
		t.Fatalf("no Normal style with a size and a line: %+v", normal)
	}
	num := func(s string) float64 {
		f, err := strconv.ParseFloat(s, 64)
		if err != nil {
			t.Fatalf("%q: %v", s, err)
		}
		return f
	}
	// In points: twips / 20, half-points / 2.
	width := (num(doc.PgSz.W) - num(doc.PgMar.Left) - num(doc.PgMar.Right)) / 20
	height := (num(doc.PgSz.H) - num(doc.PgMar.Top) - num(doc.PgMar.Bottom)) / 20
	pitch := num(normal.RPr.Size.Val) / 2
	if normal.RPr.Spacing != nil {
		pitch += num(normal.RPr.Spacing.Val) / 20
	}
	line := num(normal.PPr.Spacing.Line) / 20
	if normal.PPr.Spacing.LineRule != "exact" {
		t.Errorf("line rule %q, want exact", normal.PPr.Spacing.LineRule)
	}
	if n := int(width / pitch); n != 28 || width-28*pitch > pitch/2 {
		t.Errorf("a line of %.2f pt holds %d characters %.2f pt apart (%.2f pt over), want 28 filling it", width, n, pitch, width-float64(n)*pitch)
	}
	if n := int(height / line); n != 22 || height-22*line > line/4 {
		t.Errorf("a page of %.2f pt holds %d lines %.2f pt apart (%.2f pt over), want 22 filling it", height, n, line, height-float64(n)*line)
	}
}

// TestFallbackFaces checks that the font table names the faces a Word
// or WPS lacking the _GB2312 ones sets in their place: 仿宋, 楷体.
func TestFallbackFaces(t *testing.T) {
	d := parse.Parse("标题\n\n正文。\n")
	ft := string(parts(t, write(t, d, d.Root))["word/fontTable.xml"])
	for _, want := range []string{
		`<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>`,
		`<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>`,
	} {
		if !strings.Contains(ft, want) {
			t.Errorf("fontTable.xml lacks %s:\n%s", want, ft)
		}
	}
}
