package reader

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"wenji/model"
	"wenji/ui/cjk"
	"wenji/ui/internal/uitest"
)

func init() {
	// Goldens and byte checks need plain output: no SGR from lipgloss.
	lipgloss.SetColorProfile(termenv.Ascii)
}

// sized returns the model for doc after a resize to w×h.
func sized(doc *model.Document, w, h int, opt Options) Model {
	if opt.Lang == "" {
		opt.Lang = "zh"
	}
	if opt.Ambiguous == 0 {
		opt.Ambiguous = 1
	}
	m := New(doc, opt)
	return update(m, tea.WindowSizeMsg{Width: w, Height: h})
}

func update(m Model, msg tea.Msg) Model {
	nm, _ := m.Update(msg)
	return nm.(Model)
}

// press sends the keys in order.
func press(m Model, keys ...string) Model {
	for _, k := range keys {
		m = update(m, uitest.KeyPress(k))
	}
	return m
}

// screen returns the view's lines without styling.
func screen(m Model) []string {
	return strings.Split(ansi.Strip(m.View()), "\n")
}

// checkSize fails unless the view is exactly h lines, none wider than w
// columns by the model's own width function.
func checkSize(t *testing.T, m Model, w, h int) {
	t.Helper()
	v := m.View()
	lines := strings.Split(v, "\n")
	if len(lines) != h {
		t.Errorf("%dx%d: %d lines, want %d", w, h, len(lines), h)
	}
	cw := cjk.New(m.opt.Ambiguous)
	for i, l := range lines {
		if lw := cw.String(ansi.Strip(l)); lw > w {
			t.Errorf("%dx%d: line %d is %d columns: %q", w, h, i, lw, ansi.Strip(l))
		}
	}
}

// doc builds a Document by hand from paragraphs; a paragraph starting with
// "# " is an article title, "## " a section, "### " a measure whose title
// runs to the first 。, "!junk " a junk paragraph. Markers are not parsed.
func buildDoc(title string, paras ...string) *model.Document {
	var b strings.Builder
	d := &model.Document{}
	root := &model.Node{Kind: model.KindDocument, Title: title}
	root.TitleSpan = model.Span{Start: 0, End: len(title)}
	b.WriteString(title)
	d.Paras = append(d.Paras, root.TitleSpan)
	b.WriteString("\n\n")
	var open []*model.Node
	for _, p := range paras {
		kind := model.Kind(0)
		junk := false
		switch {
		case strings.HasPrefix(p, "# "):
			kind, p = model.KindArticle, p[2:]
		case strings.HasPrefix(p, "## "):
			kind, p = model.KindSection, p[3:]
		case strings.HasPrefix(p, "### "):
			kind, p = model.KindMeasure, p[4:]
		case strings.HasPrefix(p, "!junk "):
			junk, p = true, p[6:]
		}
		start := b.Len()
		b.WriteString(p)
		sp := model.Span{Start: start, End: b.Len()}
		d.Paras = append(d.Paras, sp)
		b.WriteString("\n")
		if junk {
			d.Junk = append(d.Junk, model.Junk{Kind: model.JunkPromo, Span: sp})
			continue
		}
		if kind == 0 {
			continue
		}
		ts := sp
		title := p
		if kind == model.KindMeasure {
			if i := strings.Index(p, "。"); i >= 0 {
				ts.End = start + i
				title = p[:i]
			}
		}
		n := &model.Node{Kind: kind, Title: title, TitleSpan: ts, Span: model.Span{Start: start}}
		// close nodes at this level or deeper
		for len(open) > 0 && open[len(open)-1].Kind >= kind {
			open[len(open)-1].Span.End = start
			open = open[:len(open)-1]
		}
		par := root
		if len(open) > 0 {
			par = open[len(open)-1]
		}
		n.Parent = par
		par.Children = append(par.Children, n)
		open = append(open, n)
	}
	d.Text = b.String()
	for _, n := range open {
		n.Span.End = len(d.Text)
	}
	root.Span = model.Span{Start: 0, End: len(d.Text)}
	d.Root = root
	return d
}
