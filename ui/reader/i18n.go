package reader

import (
	"fmt"
	"strings"
	wtext "wenji/internal/text"

	"wenji/model"
)

// junkSummary counts the filtered spans by kind: "3 处广告、1 处付费标记".
func junkSummary(t *text, junk []model.Junk) string {
	var n [3]int
	for _, j := range junk {
		if int(j.Kind) < len(n) {
			n[j.Kind]++
		}
	}
	var parts []string
	for _, k := range []model.JunkKind{model.JunkPromo, model.JunkPaidMarker, model.JunkWebChrome} {
		if n[k] > 0 {
			parts = append(parts, fmt.Sprintf(t.JunkUnit[k], n[k]))
		}
	}
	return strings.Join(parts, t.ListSep)
}

// text is the interface text of this page (internal/text).
type text = wtext.Reader

var zhText, enText = &wtext.ZhReader, &wtext.EnReader

// textFor returns the text in lang.
func textFor(lang string) *text { return wtext.ReaderFor(lang) }
