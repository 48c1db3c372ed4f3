package model_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wenji/model"
	"wenji/model/export"
	"wenji/parse"
)

// TestSelectionText: a selection's text, line by line, with its
// indentation as written, junk left out, and the node it starts in.
func TestSelectionText(t *testing.T) {
	text := "标题\n\n一、总体要求\n　　第一段正文。\n　　第二段##paidbegin##正文。  \n\n　　第三段。\n二、主要任务\n　　第四段。\n"
	d := parse.Parse(text)
	paraOf := func(s string) int {
		off := strings.Index(d.Text, s)
		return d.ParaAt(off)
	}
	for _, c := range []struct {
		name        string
		first, last string
		keepJunk    bool
		want, path  string
	}{
		{"one", "第一段", "第一段", false, "　　第一段正文。\n", "1"},
		{"junk out, blank line skipped", "第二段", "第三段", false, "　　第二段正文。\n　　第三段。\n", "1"},
		{"junk kept", "第二段", "第二段", true, "　　第二段##paidbegin##正文。\n", "1"},
		{"across sections", "第三段", "第四段", false, "　　第三段。\n二、主要任务\n　　第四段。\n", "1"},
		{"a heading line", "二、", "二、", false, "二、主要任务\n", "2"},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, n := d.SelectionText(model.ParaSelection{First: paraOf(c.first), Last: paraOf(c.last)}, c.keepJunk)
			if got != c.want {
				t.Errorf("text %q, want %q", got, c.want)
			}
			if n == nil || pathOf(n) != c.path {
				t.Errorf("starts in %v, want path %s", n, c.path)
			}
		})
	}
	if got, n := d.SelectionText(model.ParaSelection{First: 5, Last: 2}, false); got != "" || n != nil {
		t.Error("a reversed selection gave text")
	}
	if got, n := d.SelectionText(model.ParaSelection{First: 0, Last: len(d.Paras)}, false); got != "" || n != nil {
		t.Error("a selection past the end gave text")
	}
}

func pathOf(n *model.Node) string {
	var s []string
	for _, i := range n.Index() {
		s = append(s, string(rune('0'+i)))
	}
	return strings.Join(s, ".")
}

// TestSelectParas: offsets to paragraphs, either order, and between
// paragraphs.
func TestSelectParas(t *testing.T) {
	d := parse.Parse("甲\n\n乙\n丙\n")
	at := func(s string) int { return strings.Index(d.Text, s) }
	for _, c := range []struct {
		from, to    int
		first, last int
		ok          bool
	}{
		{at("乙"), at("丙"), 1, 2, true},
		{at("丙"), at("乙"), 1, 2, true},
		{at("甲") + len("甲"), at("乙") - 1, 0, 0, false}, // only blank text between
		{0, len(d.Text), 0, 2, true},
	} {
		sel, ok := d.SelectParas(c.from, c.to)
		if ok != c.ok || ok && (sel.First != c.first || sel.Last != c.last) {
			t.Errorf("SelectParas(%d, %d) = %+v, %v; want %d–%d, %v", c.from, c.to, sel, ok, c.first, c.last, c.ok)
		}
	}
}

// TestSelectionMatchesCopy: selecting exactly a section's paragraphs
// copies what y copies for the section (PlainText), on every such node of
// the seed and the fixtures.
func TestSelectionMatchesCopy(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*.txt")
	files = append(files, "testdata/fixture.txt", seedPath)
	checked := 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		d := parse.Parse(string(b))
		for n := range d.Root.All() {
			first := d.ParaAt(n.Span.Start)
			if first >= len(d.Paras) || d.Paras[first].Start < n.Span.Start {
				continue // starts inside a paragraph (an inline item)
			}
			last := d.ParaAt(n.Span.End) - 1
			if last < first || d.Paras[last].End > n.Span.End {
				continue // ends inside a paragraph
			}
			checked++
			got, start := d.SelectionText(model.ParaSelection{First: first, Last: last}, false)
			if want := export.PlainText(d, n, false); got != want {
				t.Errorf("%s %v: selection\n%q\ncopy\n%q", filepath.Base(f), n.Index(), got, want)
			}
			if start != n && start.Span.Start != n.Span.Start {
				t.Errorf("%s %v: starts in %v", filepath.Base(f), n.Index(), start.Index())
			}
		}
	}
	t.Logf("%d nodes checked", checked)
	if checked < 100 {
		t.Errorf("only %d nodes checked", checked)
	}
}
