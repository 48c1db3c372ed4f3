package reader

import (
	"fmt"
	"testing"

	"wenji/internal/tools/hostile"
	"wenji/parse"
	"wenji/ui/internal/uitest"
)

// hostileDocs are the pathological shapes, as the reader gets them
// from the parser.
func hostileDocs() map[string]string { return hostile.Docs() }

// TestHostileDocsInReader: each shape opens in the reader at small and
// large sizes, every navigation key and a search keep the view the size
// asked and free of controls, and G reaches 100%. (fuzzDrive: the status
// message's timers would make each key wait.)
func TestHostileDocsInReader(t *testing.T) {
	for name, text := range hostileDocs() {
		doc := parse.Parse(text)
		for _, sz := range [][2]int{{20, 5}, {41, 12}, {120, 40}} {
			t.Run(fmt.Sprintf("%s/%dx%d", name, sz[0], sz[1]), func(t *testing.T) {
				m := sized(doc, sz[0], sz[1], Options{ShowChars: true})
				checkSize(t, m, sz[0], sz[1])
				for _, k := range []string{"j", " ", "]", "}", "G", "[", "{", "g", "tab", "G", "l", "enter", "h", "tab", "p", "o", "o"} {
					m = fuzzDrive(m, uitest.KeyPress(k))
					checkSize(t, m, sz[0], sz[1])
					checkViewClean(t, m.View(), false, name+" after "+k)
				}
				m = fuzzDrive(m, uitest.KeyPress("G"))
				if m.reader.Percent() != 100 {
					t.Errorf("G: %d%%", m.reader.Percent())
				}
				for _, k := range []string{"/", "标", "enter", "n", "N", "ctrl+n", "esc"} {
					m = fuzzDrive(m, uitest.KeyPress(k))
					checkSize(t, m, sz[0], sz[1])
				}
			})
		}
	}
}
