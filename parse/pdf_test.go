package parse

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wenji/parse/pdf"
)

func TestPDFText(t *testing.T) {
	dir := "../../shared/corpus/formats"
	for _, tc := range []struct {
		file  string
		pages int
		want  string
		err   error
	}{
		// A CID font with a ToUnicode map (Foxit).
		{file: "chatchat_test1.pdf", pages: 5, want: "我是一个中国国学爱好者"},
		// GBK-EUC-H with neither an embedded font nor a ToUnicode map (CAJ2PDF).
		{file: "chatchat_content1.pdf", pages: 6, want: "民用航空发动机状态监视"},
	} {
		data, err := os.ReadFile(filepath.Join(dir, tc.file))
		if err != nil {
			t.Skipf("corpus absent: %v", err)
		}
		text, _, pages, err := pdfText(data)
		if err != nil || pages != tc.pages || !strings.Contains(text, tc.want) {
			t.Errorf("%s: %d pages, err %v, has %q: %v", tc.file, pages, err, tc.want, strings.Contains(text, tc.want))
		}
		if doc := ParseHinted(text, nil); doc.Chars(doc.Root) < 1000 {
			t.Errorf("%s: parsed to nothing", tc.file)
		}
	}
	if _, _, _, err := pdfText([]byte("%PDF-1.4\nnothing")); !errors.Is(err, pdf.ErrDamaged) {
		t.Errorf("damaged: %v", err)
	}
}

func TestPDFTitleHint(t *testing.T) {
	doc := &pdf.Document{
		Paragraphs: []string{"关于加强管理的通知", "各区县人民政府：为进一步加强管理，现通知如下。", "一、总体要求", "坚持问题导向，加强统筹协调。"},
		Styles:     []pdf.Style{{Size: 22, Centered: true, Page: 1}, {Size: 16, Page: 1}, {Size: 16, Page: 1}, {Size: 16, Page: 1}},
	}
	if h := pdfHints(doc); len(h) != 1 || !h[0].Title || h[0].Line != 1 {
		t.Errorf("hints %+v", h)
	}
	doc.Styles[0].Size = 16
	if h := pdfHints(doc); h != nil {
		t.Errorf("body-size first line: hints %+v", h)
	}
}
