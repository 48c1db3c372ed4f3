package basket

import (
	"strings"
	"testing"

	store "wenji/internal/basket"
	"wenji/model"
	"wenji/model/export"
)

// TestKeptDoc: an excerpt shown without its document is a document of its
// own: its heading the title (not repeated when its text opens with it),
// each line a paragraph, the lines its Heads mark headings at their
// depths, every span inside the text and every node inside its parent.
func TestKeptDoc(t *testing.T) {
	e := store.Excerpt{
		Heading: "二、主要任务",
		Text:    "二、主要任务\n　　总的要求写在这里。\n（一）推进改革\n　　改革的正文。\n1.深化放管服。具体做法。\n（二）扩大开放\n　　开放的正文。\n",
		Heads: []export.Head{
			{Line: 2, Depth: 1, Text: "（一）推进改革"},
			{Line: 4, Depth: 2, Text: "1.深化放管服。"},
			{Line: 5, Depth: 1, Text: "（二）扩大开放"},
		},
		Source: store.Source{Name: "a.txt", Path: "/gone/a.txt"},
	}
	d := KeptDoc(e)
	if d.Root.Title != "二、主要任务" || strings.Count(d.Text, "二、主要任务") != 1 {
		t.Errorf("title %q, text %q", d.Root.Title, d.Text)
	}
	var got []string
	for n := range d.Root.All() {
		if n == d.Root {
			continue
		}
		got = append(got, strings.Repeat(" ", n.Depth()-1)+n.Title)
		if d.Text[n.TitleSpan.Start:n.TitleSpan.End] != n.Title {
			t.Errorf("%q's title span holds %q", n.Title, d.Text[n.TitleSpan.Start:n.TitleSpan.End])
		}
		if p := n.Parent; n.Span.Start < p.Span.Start || n.Span.End > p.Span.End {
			t.Errorf("%q %v outside its parent %v", n.Title, n.Span, p.Span)
		}
	}
	want := []string{"（一）推进改革", " 1.深化放管服。", "（二）扩大开放"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("outline %q, want %q", got, want)
	}
	// Sections, not articles (a reader centres an article's heading as
	// a document part's).
	if k := d.Root.Children[0].Kind; k != model.KindSection {
		t.Errorf("a sub-heading is a %v, want a section", k)
	}
	for i, p := range d.Paras {
		if p.Start >= p.End || p.End > len(d.Text) || i > 0 && p.Start < d.Paras[i-1].End {
			t.Errorf("paragraph %d %v", i, p)
		}
		if s := d.Text[p.Start:p.End]; strings.HasPrefix(s, "　") {
			t.Errorf("paragraph %d keeps its indent: %q", i, s)
		}
	}
	if n := len(d.Paras); n != 7 {
		t.Errorf("%d paragraphs, want 7", n)
	}
	// No heading, no text: still a document with a title.
	if d := KeptDoc(store.Excerpt{Source: store.Source{Title: "某文"}}); d.Root.Title != "某文" || d.Root.Kind != model.KindDocument {
		t.Errorf("empty excerpt: %+v", d.Root)
	}
}
