package app

import (
	"regexp"
	"testing"

	"wenji/internal/text"
	"wenji/parse"
)

// TestNoDocsNamesEveryFormat keeps the empty library's message in step with
// parse.FileTypes: a folder whose .pdf or .doc files could not be read must
// not be told that only .txt .md .html .docx are read, and the message must
// not name a format the library refuses.
func TestNoDocsNamesEveryFormat(t *testing.T) {
	extRE := regexp.MustCompile(`\.[a-z]+`)
	for _, lib := range []text.Library{text.ZhLibrary, text.EnLibrary} {
		named := map[parse.Format]bool{}
		for _, ext := range extRE.FindAllString(lib.NoDocs, -1) {
			ft, ok := parse.TypeOf("x" + ext)
			if !ok || ft.Err != nil {
				t.Errorf("NoDocs %q names %s, which the library does not read", lib.NoDocs, ext)
				continue
			}
			named[ft.Format] = true
		}
		for _, ft := range parse.FileTypes {
			if ft.Err == nil && !named[ft.Format] {
				named[ft.Format] = true // one error a format
				t.Errorf("NoDocs %q names no extension of format %v (%s)", lib.NoDocs, ft.Format, ft.Ext)
			}
		}
	}
}
