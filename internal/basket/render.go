package basket

import (
	"io"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"wenji/model/export"
	"wenji/model/export/docx"
	"wenji/ui/cjk"
)

// stdinName names standard input in a source line, which is Chinese
// whatever the interface's language (来源：…).
const stdinName = "标准输入"

// SourceWords is how a source line words what is not the excerpt's:
// the label before it and the name of standard input.
type SourceWords struct{ Label, Stdin string }

// ExportWords are the exports' source line's words, Chinese whatever
// the interface's language: the line is part of the text written.
var ExportWords = SourceWords{Label: "来源：", Stdin: stdinName}

// SourceLine returns the line that says where e came from, as the exports
// write it: 来源：文件名 · 标题 · breadcrumb › … · 路径 · 日期, parts that are
// unknown left out; "" when nothing is known.
func (e Excerpt) SourceLine() string {
	return e.sourceLine(ExportWords, true, len(e.Source.Breadcrumb))
}

// SourceLineFit returns the fullest source line worded with words that
// fits says fits, for a screen narrower than the line: the document's
// title goes first (the file names the document), then the breadcrumb's
// start, entry by entry (… › the headings nearest the excerpt), as the
// reader's status bar cuts its breadcrumb. With none that fits, the
// shortest.
func (e Excerpt) SourceLineFit(words SourceWords, fits func(string) bool) string {
	s := e.sourceLine(words, true, len(e.Source.Breadcrumb))
	if fits(s) {
		return s
	}
	for keep := len(e.Source.Breadcrumb); keep >= 1; keep-- {
		if s = e.sourceLine(words, false, keep); fits(s) {
			return s
		}
	}
	return s
}

// sourceLine is the source line worded with words, with or without the
// document's title and with the last keep entries of the breadcrumb, …
// before them for the others.
func (e Excerpt) sourceLine(words SourceWords, title bool, keep int) string {
	var parts []string
	add := func(s string) {
		if s = OneLine(s); s != "" {
			parts = append(parts, s)
		}
	}
	if name := e.Source.Name; name == "-" && e.Source.Path == "" {
		add(words.Stdin) // as the reader's status bar calls it; it said 来源：-
	} else {
		add(name)
	}
	if title {
		add(e.Source.Title)
	}
	crumb := e.Source.Breadcrumb
	if keep < len(crumb) {
		crumb = append([]string{"…"}, crumb[len(crumb)-keep:]...)
	}
	add(strings.Join(crumb, " › "))
	if p := e.Source.NodePath; p != "" && p != "0" {
		add(p)
	}
	if !e.Taken.IsZero() {
		add(e.Taken.Local().Format(time.DateOnly))
	}
	if len(parts) == 0 {
		return ""
	}
	return words.Label + strings.Join(parts, " · ")
}

// Markdown renders the excerpts for wenji --basket: each as a level-2
// heading, the sub-headings inside it one level further down each (###,
// ####…), a lead sentence inside it bold at the start of its paragraph,
// its paragraphs, and its source line in emphasis under them (see
// Blocks). Text from documents is escaped so that nothing in it reads as
// markup.
func Markdown(list []Excerpt) string {
	var b strings.Builder
	for i, e := range list {
		if i > 0 {
			b.WriteString("\n")
		}
		for _, x := range e.Blocks() {
			switch {
			case x.Level > 0:
				b.WriteString(strings.Repeat("#", min(x.Level+1, 6)) + " " + mdEscape(x.Text) + "\n\n")
			case x.Lead > 0:
				b.WriteString(boldLead(x.Text, x.Lead) + "\n\n")
			default:
				b.WriteString(mdEscape(x.Text) + "\n\n")
			}
		}
		if src := e.SourceLine(); src != "" {
			b.WriteString("*" + mdEscape(src) + "*\n")
		}
	}
	return b.String()
}

// boldLead writes paragraph p with its first end bytes, a lead sentence,
// in bold. CommonMark closes ** after a letter, or after punctuation only
// where white space or punctuation follows, so **…方向。**组织 is read as
// asterisks: the bold leaves out the stop that ends the lead
// (**…方向**。组织), and keeps a closing quote or bracket only where
// punctuation follows it (**建设“无废城市”**，统筹…).
func boldLead(p string, end int) string {
	lastPunct := func() (rune, int) {
		r, size := utf8.DecodeLastRuneInString(p[:end])
		if end == 0 || !unicode.IsPunct(r) && !unicode.IsSymbol(r) {
			return 0, 0
		}
		return r, size
	}
	for r, size := lastPunct(); size > 0 && strings.ContainsRune("。，、；：！？.,;:!?．", r); r, size = lastPunct() {
		end -= size
	}
	next, _ := utf8.DecodeRuneInString(p[end:])
	if end < len(p) && !unicode.IsPunct(next) && !unicode.IsSpace(next) {
		for _, size := lastPunct(); size > 0; _, size = lastPunct() {
			end -= size
		}
	}
	if end == 0 {
		return mdEscape(p)
	}
	return "**" + mdEscape(p[:end]) + "**" + mdEscape(p[end:])
}

// render writes each excerpt through one, given its paragraphs, with a
// blank line between excerpts.
func render(list []Excerpt, one func(b *strings.Builder, e Excerpt, lines []string)) string {
	var b strings.Builder
	for i, e := range list {
		if i > 0 {
			b.WriteString("\n")
		}
		one(&b, e, paragraphs(e.Text))
	}
	return b.String()
}

// paragraphs are text's non-empty lines, trimmed, control characters
// dropped.
func paragraphs(text string) []string {
	var lines []string
	for _, ln := range strings.Split(noControls(text), "\n") {
		if ln = strings.Trim(ln, " \t\r\u3000\ufeff"); ln != "" {
			lines = append(lines, ln)
		}
	}
	return lines
}

// PlainText renders the excerpts for wenji --basket --format txt: each as
// its heading on a line of its own (unless its text starts with it: a
// lead sentence, or a section whose first line is its heading), its
// paragraphs one a line, and its source line; a blank line between
// excerpts. No markup: what a reader pastes into a document as it is.
func PlainText(list []Excerpt) string {
	return render(list, func(b *strings.Builder, e Excerpt, lines []string) {
		h := OneLine(e.Heading)
		// The text's lines are written as they are: one opening with
		// the heading (on one line or more) is not given it again.
		if h != "" && (len(lines) == 0 || !strings.HasPrefix(OneLine(lines[0]), h) && e.headingRun(lines) == 0) {
			b.WriteString(h + "\n")
		}
		for _, ln := range lines {
			b.WriteString(ln + "\n")
		}
		if src := e.SourceLine(); src != "" {
			b.WriteString(src + "\n")
		}
	})
}

// OneLine joins the fields of s with single spaces, control characters
// dropped: a heading or a source line is one line, and text from a file
// must not reach the terminal as escape sequences. A full-width space
// (U+3000) inside is kept as written: titles use it between two clauses
// (发挥领头羊作用　奋力开创新局面), as the reader shows and copies them;
// at either end it is trimmed.
func OneLine(s string) string {
	f := strings.FieldsFunc(noControls(s), func(r rune) bool { return r != '\u3000' && unicode.IsSpace(r) })
	return strings.Trim(strings.Join(f, " "), " \u3000")
}

// ForJSON returns the excerpts as --basket --format json writes them: the
// text, heading, heads, title and breadcrumb with their control
// characters dropped as the other exports drop them (noControls); the
// file's path and name are kept as they are, to find the file by (JSON
// escapes their controls).
func ForJSON(list []Excerpt) []Excerpt {
	out := slices.Clone(list)
	for i := range out {
		e := &out[i]
		e.Text, e.Heading, e.Source.Title = noControls(e.Text), noControls(e.Heading), noControls(e.Source.Title)
		e.Heads = slices.Clone(e.Heads)
		for j := range e.Heads {
			e.Heads[j].Text = noControls(e.Heads[j].Text)
		}
		e.Source.Breadcrumb = slices.Clone(e.Source.Breadcrumb)
		for j, b := range e.Source.Breadcrumb {
			e.Source.Breadcrumb[j] = noControls(b)
		}
	}
	return out
}

// noControls drops C0 and C1 control characters but tab and newline, and
// the bidi controls: the exports carry the document's characters but
// those, as the reader's y copies them (ui/cjk.IsBidiControl's set), and
// the basket page draws them as the reader does (␛).
func noControls(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\t' && r != '\n' || r >= 0x7f && r <= 0x9f || cjk.IsBidiControl(r) {
			return -1
		}
		return r
	}, s)
}

// mdEscape escapes one line of text, Markdown's block markers included.
func mdEscape(s string) string { return export.MarkdownEscape(s, true) }

// ExportTitle is the title of the basket's .docx, Chinese whatever the
// interface's language, as its source lines are (ExportWords): it is the
// first line of a Chinese document in the official layout, which read
// "Basket" over 来源：… lines under an English interface (C.UTF-8).
const ExportTitle = "素材篮"

// WriteDocx writes the excerpts as a .docx in the official layout (see
// model/export/docx): its title (ExportTitle), then each excerpt laid out
// as Markdown lays it out (Blocks), headings in the heading styles, and
// its source line in a smaller 楷体 line.
func WriteDocx(w io.Writer, list []Excerpt) error {
	out := make([]docx.Excerpt, len(list))
	for i, e := range list {
		out[i] = docx.Excerpt{Blocks: e.Blocks(), Source: e.SourceLine()}
	}
	return docx.WriteExcerpts(w, out, docx.Options{Title: ExportTitle})
}
