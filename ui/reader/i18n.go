package reader

import (
	"fmt"
	"strings"
	wtext "wenji/internal/text"

	"wenji/model"
)

// summaryKinds is the most kinds a summary in the status bar names, and
// resumedKinds the most beside the note that the place was resumed: so
// many fit an 80-column bar with the longest names (TestStatusMessagesFit);
// p shows the rest, each labelled.
const summaryKinds, resumedKinds = 3, 1

// junkSummary counts the filtered spans by kind, each named as the model
// names it, in model.JunkKinds order: "广告3 · 声明1 · 付费标记2"; past the
// first most kinds, "…" says there are more.
func junkSummary(t *text, junk []model.Junk, most int) string {
	n := map[model.JunkKind]int{}
	for _, j := range junk {
		n[j.Kind]++
	}
	count := func(k model.JunkKind, c int) string {
		if f, ok := t.JunkCounts[k.String()]; ok {
			return wtext.Plural(c, f, c)
		}
		return fmt.Sprintf(t.JunkCountFmt, k.Label(t.Zh), c)
	}
	var parts []string
	for _, k := range model.JunkKinds {
		if n[k] > 0 {
			parts = append(parts, count(k, n[k]))
			delete(n, k)
		}
	}
	for k, c := range n { // a kind newer than JunkKinds still counts
		parts = append(parts, count(k, c))
	}
	if len(parts) > most {
		return strings.Join(parts[:most], t.ListSep) + " …"
	}
	return strings.Join(parts, t.ListSep)
}

// junkLabel is what p shows before a filtered span: its kind.
func junkLabel(t *text, k model.JunkKind) string {
	return fmt.Sprintf(t.JunkLabelFmt, k.Label(t.Zh))
}

// text is the interface text of this page (internal/text).
type text = wtext.Reader

var zhText, enText = &wtext.ZhReader, &wtext.EnReader

// textFor returns the text in lang.
func textFor(lang string) *text { return wtext.ReaderFor(lang) }
