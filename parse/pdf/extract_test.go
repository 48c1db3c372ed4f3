package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

const han = "中华人民共和国政府工作报告一二三四五六七八九十年月日发展改革推进建设加强管理服务质量某市办公室通知"

// show places a hex or literal string at (x, y) with font F1 at 12 pt.
func show(x, y float64, s string) string {
	return fmt.Sprintf("BT /F1 12 Tf 1 0 0 1 %g %g Tm %s Tj ET\n", x, y, s)
}

func extractText(t *testing.T, data []byte) string {
	t.Helper()
	doc, err := Extract(data)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return strings.Join(doc.Paragraphs, "\n")
}

func TestCIDFontToUnicode(t *testing.T) {
	w := &pdfWriter{}
	f := cidFont(w, han)
	data := buildDoc(w, []testPage{{content: show(72, 700, cids(han, "政府工作报告")), fonts: fmt.Sprintf("/F1 %d 0 R", f)}})
	if got := extractText(t, data); got != "政府工作报告" {
		t.Errorf("got %q", got)
	}
}

func TestPredefinedCMaps(t *testing.T) {
	gbk, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte("公文写作ABC"))
	for _, tc := range []struct {
		cmap string
		code []byte
		want string
	}{
		{"GBK-EUC-H", gbk, "公文写作ABC"},
		{"GB-EUC-H", gbk, "公文写作ABC"},
		{"UniGB-UCS2-H", []byte{0x4E, 0x2D, 0x65, 0x87}, "中文"},
		{"UniGB-UTF16-H", []byte{0xD8, 0x40, 0xDC, 0x00, 0x65, 0x87}, "\U00020000文"},
	} {
		w := &pdfWriter{}
		f := w.add(fmt.Sprintf("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /%s /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000 /W [34 [500 500 500]] >>] >>", tc.cmap))
		data := buildDoc(w, []testPage{{content: show(72, 700, fmt.Sprintf("<%X>", tc.code)), fonts: fmt.Sprintf("/F1 %d 0 R", f)}})
		if got := extractText(t, data); got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.cmap, got, tc.want)
		}
	}
}

func TestFormXObject(t *testing.T) {
	w := &pdfWriter{}
	f := cidFont(w, han)
	form := w.stream(fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [0 0 500 500] /Matrix [1 0 0 1 0 100] /Resources << /Font << /F1 %d 0 R >> >>", f),
		[]byte(show(72, 600, cids(han, "建设"))))
	content := show(72, 800, cids(han, "通知")) + "q /X1 Do Q\n"
	data := buildDoc(w, []testPage{{content: content, xobjs: fmt.Sprintf("/X1 %d 0 R", form), fonts: fmt.Sprintf("/F1 %d 0 R", f)}})
	doc, err := Extract(data)
	if err != nil {
		t.Fatal(err)
	}
	// The form's matrix lifts its line to y=700, still below 通知.
	if got := strings.Join(doc.Paragraphs, "|"); got != "通知|建设" {
		t.Errorf("got %q", got)
	}
}

func TestFontNamesPerPage(t *testing.T) {
	// Chromium names fonts /F1… afresh on every page: the same name is a
	// different font with a different ToUnicode map on page 2.
	w := &pdfWriter{}
	a, b := cidFont(w, "甲乙"), cidFont(w, "丙丁")
	data := buildDoc(w, []testPage{
		{content: show(72, 700, "<00010002>"), fonts: fmt.Sprintf("/F1 %d 0 R", a)},
		{content: show(72, 700, "<00010002>"), fonts: fmt.Sprintf("/F1 %d 0 R", b)},
	})
	got := extractText(t, data)
	if !strings.Contains(got, "甲乙") || !strings.Contains(got, "丙丁") {
		t.Errorf("got %q", got)
	}
}

func TestSimpleFontSpacing(t *testing.T) {
	w := &pdfWriter{}
	f := w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [65 /uni4E2D /quotedblleft] >> >>")
	content := "BT /F1 12 Tf 72 700 Td [(Hello) -600 (World) -20 (s)] TJ 0 -20 Td (AB) Tj ET"
	data := buildDoc(w, []testPage{{content: content, fonts: fmt.Sprintf("/F1 %d 0 R", f)}})
	got := extractText(t, data)
	if !strings.Contains(got, "Hello Worlds") || !strings.Contains(got, "中“") {
		t.Errorf("got %q", got)
	}
}

// paraPage lays out lines of 12-pt CJK text on a 432-pt measure from
// x=72 (an A4 page's): "i" lines are indented two characters, "f" lines
// fill the measure, "s" lines stop short. The text starts at the k-th
// character of han.
func paraPage(kinds string, y float64, k int) string {
	var b strings.Builder
	rs := []rune(han)
	next := func(n int) string {
		var s strings.Builder
		for i := 0; i < n; i++ {
			s.WriteRune(rs[k%len(rs)])
			k++
		}
		return s.String()
	}
	for _, c := range kinds {
		switch c {
		case 'i':
			b.WriteString(show(96, y, cids(han, next(34))))
		case 'f':
			b.WriteString(show(72, y, cids(han, next(36))))
		case 's':
			b.WriteString(show(72, y, cids(han, next(6))))
		}
		y -= 18
	}
	return b.String()
}

func TestParagraphsFromPositions(t *testing.T) {
	w := &pdfWriter{}
	f := cidFont(w, han)
	data := buildDoc(w, []testPage{{content: paraPage("ifsifffsfs", 700, 0), fonts: fmt.Sprintf("/F1 %d 0 R", f)}})
	doc, err := Extract(data)
	if err != nil {
		t.Fatal(err)
	}
	var lens []int
	for _, p := range doc.Paragraphs {
		lens = append(lens, len([]rune(p)))
	}
	// ifs | ifffs | fs: an indent starts a paragraph, a short line ends one.
	if want := []int{76, 148, 42}; fmt.Sprint(lens) != fmt.Sprint(want) {
		t.Errorf("paragraph lengths %v, want %v", lens, want)
	}
}

func TestRunningHeadersDropped(t *testing.T) {
	w := &pdfWriter{}
	f := cidFont(w, han)
	h := w.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
	fonts := fmt.Sprintf("/F1 %d 0 R /F2 %d 0 R", f, h)
	var pages []testPage
	for i := 1; i <= 3; i++ {
		c := show(200, 800, cids(han, "某市办公室")) + paraPage("iffs", 700, i*7) +
			fmt.Sprintf("BT /F2 10 Tf 290 40 Td (- %d -) Tj ET\n", i)
		pages = append(pages, testPage{content: c, fonts: fonts})
	}
	doc, err := Extract(buildDoc(w, pages))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(doc.Paragraphs, "\n")
	if !strings.HasPrefix(got, "政府") || strings.Contains(got, "- 2 -") || len(doc.Paragraphs) != 3 || doc.Pages != 3 {
		t.Errorf("%d paragraphs, %d pages:\n%s", len(doc.Paragraphs), doc.Pages, got)
	}
}

func TestImageOnlyIsScan(t *testing.T) {
	w := &pdfWriter{}
	img := w.stream("/Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8", []byte{0})
	data := buildDoc(w, []testPage{{content: "q 595 0 0 842 0 0 cm /Im1 Do Q", xobjs: fmt.Sprintf("/Im1 %d 0 R", img)}})
	if _, err := Extract(data); !errors.Is(err, ErrNoText) || err.Error() != "no text layer (a scan?)" {
		t.Errorf("err = %v", err)
	}
}

func TestBrokenStructure(t *testing.T) {
	w := &pdfWriter{badXref: true}
	f := cidFont(w, han)
	data := buildDoc(w, []testPage{{content: show(72, 700, cids(han, "发展")), fonts: fmt.Sprintf("/F1 %d 0 R", f)}})
	if got := extractText(t, data); got != "发展" {
		t.Errorf("broken xref: got %q", got)
	}

	// A /Length of a gigabyte: the data ends at endstream.
	huge := bytes.Replace(data, []byte("/Length 4"), []byte("/Length 1000000000"), 1)
	if got := extractText(t, huge); got != "发展" {
		t.Errorf("huge length: got %q", got)
	}

	enc := &pdfWriter{trailer: "/Encrypt << /Filter /Standard /V 1 /R 2 >>"}
	enc.add("<< /Type /Pages /Kids [] /Count 0 >>")
	if _, err := Extract(enc.bytes(1)); !errors.Is(err, ErrEncrypted) {
		t.Errorf("encrypted: %v", err)
	}

	for name, data := range map[string][]byte{
		"empty":     nil,
		"not a pdf": []byte("hello"),
		"truncated": data[:40],
		"page loop": loopDoc(),
		"ref loop":  refLoopDoc(),
	} {
		_, err := Extract(data)
		if !errors.Is(err, ErrDamaged) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

// loopDoc is a page tree whose Pages node is its own kid.
func loopDoc() []byte {
	w := &pdfWriter{}
	w.add("<< /Type /Pages /Kids [1 0 R] /Count 1 >>")
	return w.bytes(w.add("<< /Type /Catalog /Pages 1 0 R >>"))
}

// refLoopDoc has references that point at each other.
func refLoopDoc() []byte {
	w := &pdfWriter{}
	w.add("2 0 R")
	w.add("1 0 R")
	return w.bytes(w.add("<< /Type /Catalog /Pages 1 0 R >>"))
}

func TestDecompressionBomb(t *testing.T) {
	// The same bound at a sixteenth of its size, so the bomb is quick to make.
	defer func(b int64) { decodeBudget = b }(decodeBudget)
	decodeBudget = 16 << 20
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.BestSpeed)
	chunk := make([]byte, 1<<20)
	for i := int64(0); i < decodeBudget>>20+8; i++ {
		zw.Write(chunk)
	}
	zw.Close()
	w := &pdfWriter{}
	c := w.stream("/Filter /FlateDecode", z.Bytes())
	p := w.add("")
	pages := w.add(fmt.Sprintf("<< /Type /Pages /Kids [%d 0 R] /Count 1 >>", p))
	w.set(p, fmt.Sprintf("<< /Type /Page /Parent %d 0 R /Contents %d 0 R >>", pages, c))
	_, err := Extract(w.bytes(w.add(fmt.Sprintf("<< /Type /Catalog /Pages %d 0 R >>", pages))))
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "MB") {
		t.Errorf("err = %v", err)
	}
}

func TestCorruptFileNeverPanics(t *testing.T) {
	w := &pdfWriter{}
	f := cidFont(w, han)
	data := buildDoc(w, []testPage{{content: paraPage("iffs", 700, 0), fonts: fmt.Sprintf("/F1 %d 0 R", f)}})
	for i := 0; i < len(data); i += 7 {
		for _, cut := range [][]byte{data[:i], append(append([]byte(nil), data[:i]...), data[i+1:]...)} {
			Extract(cut) // any error is fine; a panic or a hang is not
		}
	}
}

func TestRadicalsUnified(t *testing.T) {
	w := &pdfWriter{}
	f := cidFont(w, "⼈⺠⸺Ａ")
	data := buildDoc(w, []testPage{{content: show(72, 700, "<0001000200030004>"), fonts: fmt.Sprintf("/F1 %d 0 R", f)}})
	if got := extractText(t, data); got != "人民——Ａ" {
		t.Errorf("got %q", got)
	}
}

func TestTwoColumns(t *testing.T) {
	// Two columns of 17 characters (72–276 and 318–522) under a title
	// spanning both: the left column is read before the right.
	w := &pdfWriter{}
	f := cidFont(w, han)
	rs := []rune(han)
	var b strings.Builder
	b.WriteString(show(250, 760, cids(han, "政府工作报告")))
	for i := 0; i < 8; i++ {
		y := float64(700 - 18*i)
		x := 72.0
		if i%4 == 0 {
			x = 96 // each column holds two paragraphs of four lines
		}
		n := 17 - int(x-72)/12
		left := string(rs[i : i+n])
		right := string(rs[20+i : 20+i+n])
		b.WriteString(show(x, y, cids(han, left)))
		b.WriteString(show(x+246, y, cids(han, right)))
	}
	data := buildDoc(w, []testPage{{content: b.String(), fonts: fmt.Sprintf("/F1 %d 0 R", f)}})
	doc, err := Extract(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Paragraphs) != 5 || doc.Paragraphs[0] != "政府工作报告" ||
		!strings.HasPrefix(doc.Paragraphs[1], string(rs[0:3])) || !strings.HasPrefix(doc.Paragraphs[3], string(rs[20:23])) {
		t.Errorf("%d paragraphs:\n%s", len(doc.Paragraphs), strings.Join(doc.Paragraphs, "\n"))
	}
}

func TestEncryptedWithEmptyUserPassword(t *testing.T) {
	if _, err := exec.LookPath("qpdf"); err != nil {
		t.Skip("qpdf absent (apt-get install qpdf)")
	}
	w := &pdfWriter{}
	f := cidFont(w, han)
	dir := t.TempDir()
	in := filepath.Join(dir, "in.pdf")
	os.WriteFile(in, buildDoc(w, []testPage{{content: show(72, 700, cids(han, "政府工作报告")), fonts: fmt.Sprintf("/F1 %d 0 R", f)}}), 0o644)
	for _, tc := range []struct {
		name string
		args []string
		err  error
	}{
		{"RC4 40", []string{"", "owner", "40"}, nil},
		{"RC4 128", []string{"", "owner", "128", "--use-aes=n"}, nil},
		{"AES 128", []string{"", "owner", "128", "--use-aes=y"}, nil},
		{"AES 256", []string{"", "owner", "256"}, nil},
		{"AES 256 object streams", []string{"", "owner", "256", "--", "--object-streams=generate"}, nil},
		{"user password", []string{"secret", "owner", "256"}, ErrEncrypted},
	} {
		out := filepath.Join(dir, "out.pdf")
		args := append([]string{"--allow-weak-crypto", "--encrypt"}, tc.args...)
		if !slices.Contains(tc.args, "--") {
			args = append(args, "--")
		}
		args = append(args, in, out)
		if b, err := exec.Command("qpdf", args...).CombinedOutput(); err != nil {
			t.Fatalf("%s: qpdf: %v %s", tc.name, err, b)
		}
		data, _ := os.ReadFile(out)
		doc, err := Extract(data)
		switch {
		case tc.err != nil && !errors.Is(err, tc.err):
			t.Errorf("%s: err %v, want %v", tc.name, err, tc.err)
		case tc.err == nil && (err != nil || strings.Join(doc.Paragraphs, "") != "政府工作报告"):
			t.Errorf("%s: err %v, doc %+v", tc.name, err, doc)
		}
	}
}

func TestActualTextAndOverprint(t *testing.T) {
	w := &pdfWriter{}
	f := cidFont(w, han)
	// 中华 drawn twice half a point apart (a faked bold), then two glyphs
	// whose ActualText is 人民.
	content := show(72, 700, cids(han, "中华")) + show(72.5, 700, cids(han, "中华")) +
		"/Span << /ActualText <FEFF4EBA6C11> >> BDC " + show(96, 700, cids(han, "一二")) + " EMC"
	data := buildDoc(w, []testPage{{content: content, fonts: fmt.Sprintf("/F1 %d 0 R", f)}})
	if got := extractText(t, data); got != "中华人民" {
		t.Errorf("got %q", got)
	}
}

// TestUpdateCutShort: a file cut short after an incremental update wrote
// a page again, but before the update's new content stream, reads the
// page as the revision before it had it (the 50% and 90% cuts of a
// three-revision report said "no text layer (a scan?)"); whole, it reads
// the update's. A page whose content is gone with no revision to stand in
// is a damaged file, not a scan.
func TestUpdateCutShort(t *testing.T) {
	w := &pdfWriter{}
	f := cidFont(w, han)
	fonts := fmt.Sprintf("/F1 %d 0 R", f)
	base := buildDoc(w, []testPage{{content: show(72, 700, cids(han, "发展")), fonts: fonts}})
	page := len(w.objs) - 1 // buildDoc's last two objects: the page, the catalog
	newContent := len(w.objs) + 1
	var upd bytes.Buffer
	upd.Write(base)
	fmt.Fprintf(&upd, "%d 0 obj\n<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R /Resources << /Font << %s >> >> >>\nendobj\n",
		page, page-2, newContent, fonts)
	cut := upd.Len()
	c := show(72, 700, cids(han, "改革"))
	fmt.Fprintf(&upd, "%d 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n", newContent, len(c), c)
	fmt.Fprintf(&upd, "trailer\n<< /Size %d /Root %d 0 R /Prev 0 >>\n%%%%EOF\n", newContent+1, page+1)
	whole := upd.Bytes()

	if got := extractText(t, whole); got != "改革" {
		t.Errorf("whole: %q, want the update's 改革", got)
	}
	if got := extractText(t, whole[:cut+20]); got != "发展" {
		t.Errorf("cut short: %q, want the first revision's 发展", got)
	}

	// No earlier revision: the page's content stream cut away.
	one := buildDoc(&pdfWriter{}, []testPage{{content: "BT ET"}})
	gone := bytes.Replace(one, []byte("/Contents 2 0 R"), []byte("/Contents 9 0 R"), 1)
	if _, err := Extract(gone); !errors.Is(err, ErrDamaged) || errors.Is(err, ErrNoText) {
		t.Errorf("content gone: err = %v, want a damaged PDF", err)
	}
}
