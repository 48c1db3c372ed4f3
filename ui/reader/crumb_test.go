package reader

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"wenji/model"
	"wenji/parse"
)

// midLineLeads is a report whose lead sentences start partway through a
// line: after the paragraph's full-width indent (（二）坚持…。以…), and as
// numbering inside a paragraph (一是… 二是…).
func midLineLeads() string {
	body := strings.Repeat("以科技创新推动产业创新，加快发展新质生产力，持续增强发展动能。", 6)
	return "关于工作的报告\n\n一、总体要求\n\n　　今年工作任务很重。\n\n" +
		"　　（一）坚持稳中求进。" + body + "\n\n" +
		"　　（二）坚持科技创新引领。" + body + "\n\n" +
		"　　我们要做好三件事。一是加强组织领导，确保各项任务落实到位。" + body +
		"二是完善制度机制，健全长效机制。" + body + "三是强化督查考核，狠抓落实。" + body + "\n\n" +
		"二、重点任务\n\n" + strings.Repeat("　　"+body+"\n\n", 12)
}

// nodeNamed finds the node whose heading starts with prefix.
func nodeNamed(t *testing.T, n *model.Node, prefix string) *model.Node {
	t.Helper()
	for _, c := range n.Children {
		if strings.HasPrefix(c.Heading(), prefix) {
			return c
		}
		if f := findNode(c, prefix); f != nil {
			return f
		}
	}
	t.Fatalf("no heading %q in the parse", prefix)
	return nil
}

func findNode(n *model.Node, prefix string) *model.Node {
	for _, c := range n.Children {
		if strings.HasPrefix(c.Heading(), prefix) {
			return c
		}
		if f := findNode(c, prefix); f != nil {
			return f
		}
	}
	return nil
}

// TestStartAtMidLineHeading: a reader opened at a heading that starts
// partway through its line (the library's heading hit, the basket's
// excerpt) names that heading in the breadcrumb, not the section the
// line's start belongs to; the next ] goes on from it.
func TestStartAtMidLineHeading(t *testing.T) {
	for _, tc := range []struct{ head, next string }{
		{"（二）坚持科技创新引领", "一是加强组织领导"},
		{"二是完善制度机制", "三是强化督查考核"},
		{"三是强化督查考核", "二、重点任务"},
	} {
		for _, w := range []int{80, 120} {
			doc := parse.Parse(midLineLeads())
			n := nodeNamed(t, doc.Root, tc.head)
			ls := strings.LastIndexByte(doc.Text[:n.Span.Start], '\n') + 1
			if ls == n.Span.Start {
				t.Fatalf("%s starts its line: the test needs it mid-line", tc.head)
			}
			m := New(doc, Options{Lang: "zh", Ambiguous: 1})
			m.StartAt(n.Span.Start, "")
			m = update(m, tea.WindowSizeMsg{Width: w, Height: 24})
			if got := m.Current(); got != n {
				t.Errorf("%s at %d: the reader is in %q", tc.head, w, got.Heading())
			}
			tail := string([]rune(tc.head)[len([]rune(tc.head))-4:])
			if st := statusLine(m); !strings.Contains(st, tail) {
				t.Errorf("%s at %d: the breadcrumb does not name it: %q", tc.head, w, st)
			}
			var pane strings.Builder
			for _, row := range m.reader.View() {
				pane.WriteString(strings.TrimSpace(ansi.Strip(row)))
			}
			if !strings.Contains(pane.String(), tc.head) {
				t.Errorf("%s at %d: not on screen", tc.head, w)
			}
			m = press(m, "]")
			if got := m.Current().Heading(); !strings.HasPrefix(got, tc.next) {
				t.Errorf("%s at %d: ] went to %q, want %q", tc.head, w, got, tc.next)
			}
		}
	}
}

// TestMidLineHeadingKeptOnLoad: a mid-line heading jumped to in a preview
// stays the one shown when the whole document comes in; the top row's
// start lies in the node before it.
func TestMidLineHeadingKeptOnLoad(t *testing.T) {
	text := midLineLeads() + strings.Repeat("　　"+strings.Repeat("后文。", 40)+"\n\n", 40)
	whole := parse.Parse(text)
	m := sized(preview(text, strings.Index(text, "二、重点任务")), 100, 30, Options{Lang: "zh", Load: func() (*model.Document, error) { return whole, nil }})
	for range 8 {
		if strings.HasPrefix(m.Current().Heading(), "二是完善制度机制") {
			break
		}
		m = press(m, "]")
	}
	if !m.Loading() || !strings.HasPrefix(m.Current().Heading(), "二是完善制度机制") {
		t.Fatalf("] did not reach 二是 in the preview: loading %v, in %q", m.Loading(), m.Current().Heading())
	}
	m = update(m, m.Init()())
	if m.Loading() {
		t.Fatal("still loading")
	}
	if got := m.Current().Heading(); !strings.HasPrefix(got, "二是完善制度机制") {
		t.Errorf("after the load the reader is in %q", got)
	}
	if st := statusLine(m); !strings.Contains(st, "健全长效机制") {
		t.Errorf("after the load the breadcrumb is %q", st)
	}
}

// TestMidLineHeadingPlace: the place saved, and a mark set, at a heading
// that starts partway through the top row name that heading: reopened
// there, or gone back to, the breadcrumb names it again.
func TestMidLineHeadingPlace(t *testing.T) {
	doc := parse.Parse(midLineLeads())
	n := nodeNamed(t, doc.Root, "二是完善制度机制")
	m := New(doc, Options{Lang: "zh", Ambiguous: 1})
	m.StartAt(n.Span.Start, "")
	m = update(m, tea.WindowSizeMsg{Width: 100, Height: 24})
	p := m.Place()
	if p.Offset != n.Span.Start {
		t.Errorf("the place saved is %d, want the heading's start %d", p.Offset, n.Span.Start)
	}
	again := sized(parse.Parse(midLineLeads()), 100, 24, Options{Lang: "zh", Place: &p})
	if got := again.Current().Heading(); got != n.Heading() {
		t.Errorf("reopened in %q", got)
	}
	m = press(m, "m", "a", "g", "'", "a")
	if got := m.Current().Heading(); got != n.Heading() {
		t.Errorf("back at the mark in %q", got)
	}
	if st := statusLine(m); !strings.Contains(st, "健全长效机制") {
		t.Errorf("back at the mark the breadcrumb is %q", st)
	}
}
