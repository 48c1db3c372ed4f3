package parse

import (
	"strings"
	"testing"
	"unicode/utf8"
	hostilepkg "wenji/internal/tools/hostile"
	"wenji/model/export"
)

// hostile returns the robustness issue's pathological inputs.
func hostile() map[string]string { return hostilepkg.Docs() }

// TestHostileInputs: no panic, the invariants hold, and titles are text.
func TestHostileInputs(t *testing.T) {
	for name, in := range hostile() {
		t.Run(name, func(t *testing.T) {
			doc := Parse(in)
			checkInvariants(t, doc)
			valid := utf8.ValidString(in)
			for n := range doc.Root.All() {
				if valid && !utf8.ValidString(n.Title) {
					t.Fatalf("title %q not valid UTF-8", n.Title)
				}
			}
			// Clean text is derived without loss of anything but junk.
			_ = export.PlainText(doc, doc.Root, false)
		})
	}
}

// TestHostileShapes checks what the outline does with the pathological
// shapes, beyond not failing.
func TestHostileShapes(t *testing.T) {
	in := hostile()
	if d := Parse(in["only junk"]); len(d.Root.Children) != 0 || len(d.Junk) != 3 {
		t.Errorf("only junk: %d children, %d junk spans, want 0 and 3", len(d.Root.Children), len(d.Junk))
	}
	if d := Parse(in["invalid utf-8"]); !strings.Contains(export.PlainText(d, d.Root, false), "结束。") {
		t.Error("text after invalid bytes lost")
	}
	d := Parse(in["climbing"])
	// Every 二、 is back at depth 1 however deep the numbering went.
	for n := range d.Root.All() {
		if n.Marker == "二、" && n.Depth() != 1 {
			t.Fatalf("二、 at depth %d", n.Depth())
		}
		if n.Marker == "①" && n.Depth() != 5 {
			t.Fatalf("① at depth %d", n.Depth())
		}
	}
	d = Parse(in["nested numbering"])
	if got := len(d.Root.Children); got != 10000 {
		t.Errorf("nested numbering: %d top-level nodes, want 10000 siblings", got)
	}
	d = Parse(in["long title"])
	for n := range d.Root.All() {
		if n.Parent != nil {
			t.Errorf("a 10,000-character line became a heading: %.20q", n.Title)
		}
	}
}

// BenchmarkHostile keeps an eye on the pathological shapes' cost
// (quadratic behaviour would show here, not as a timed assertion).
func BenchmarkHostile(b *testing.B) {
	for name, in := range hostile() {
		b.Run(strings.ReplaceAll(name, " ", "_"), func(b *testing.B) {
			b.SetBytes(int64(len(in)))
			for range b.N {
				Parse(in)
			}
		})
	}
}

// BenchmarkHostileMarkdown: Markdown lines of many [ or < with no closer,
// and a link whose text is all [ (each [ once looked to the line's end).
func BenchmarkHostileMarkdown(b *testing.B) {
	for name, line := range map[string]string{
		"brackets": "正文" + strings.Repeat("[", 100000),
		"angles":   "正文" + strings.Repeat("<", 100000),
		"link":     strings.Repeat("[", 100000) + "a](b)",
	} {
		data := []byte("# 标题\n\n" + line + "\n")
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for range b.N {
				if _, err := Open("x.md", data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
