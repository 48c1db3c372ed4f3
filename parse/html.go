package parse

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlText converts an HTML page or fragment to the text the reader shows,
// one block a line, with hints: <h1>–<h6> are headings of their level, and
// a <strong>, <b> or classed/styled <span> that opens a paragraph without
// filling it is a lead sentence. Scripts, styles, the head and hidden
// elements are dropped; the page's chrome (menus, 责任编辑, 版权所有) is
// left in the text for the junk filter to set aside.
func htmlText(src string) (string, []Hint) { return htmlTextSheets(src, nil) }

// htmlTextSheets is htmlText with the style sheets the page links, read
// by link (an EPUB's); a <span> whose classes the sheets give no emphasis
// is no lead.
func htmlTextSheets(src string, link func(href string) string) (string, []Hint) {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		// html.Parse accepts anything a browser would but elements
		// nested over 512 deep (a string reader gives no other error):
		// such a page is read from its tokens, never shown as markup.
		return htmlFlat(src)
	}
	h := &htmlConv{classes: sheets(root, link)}
	h.walk(root)
	h.flush()
	return h.out.String(), h.out.hints
}

type htmlConv struct {
	out      textBuilder
	para     strings.Builder
	heading  int
	lead     int  // bytes of the paragraph's opening emphasis, when closed
	leadOpen bool // inside the element that opened the paragraph
	leadDone bool // the opening is settled: text came outside emphasis
	pre      int  // depth inside <pre>
	classes  classSheet
}

// blocks end a paragraph where they open and where they close.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Header: true,
	atom.Footer: true, atom.Nav: true, atom.Aside: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true,
	atom.Blockquote: true, atom.Pre: true, atom.Br: true, atom.Hr: true, atom.Figure: true,
	atom.Figcaption: true, atom.Center: true, atom.Form: true, atom.Body: true, atom.Address: true,
	atom.Caption: true, atom.Tbody: true, atom.Thead: true, atom.Tfoot: true,
}

// skipped elements show nothing a reader wants.
var skipped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Iframe: true, atom.Svg: true, atom.Math: true, atom.Select: true, atom.Button: true,
	atom.Input: true, atom.Textarea: true, atom.Object: true, atom.Embed: true, atom.Canvas: true,
}

func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "hidden" || a.Key == "style" && strings.Contains(strings.ReplaceAll(a.Val, " ", ""), "display:none") {
			return true
		}
	}
	return false
}

// emphasis reports an element that can mark a lead sentence: <b>,
// <strong>, and a <span> or <font> with a class (its style sheet unread)
// or a colour, or a style that sets one of the looks a lead is given
// (looksEmphatic). A page saved from Word by LibreOffice or a government
// site wraps every run in <font style="font-size: 14pt"> or <span
// style="font-family: 仿宋_GB2312">: the text's own face and size, no lead.
func emphasis(n *html.Node) bool { return classSheet(nil).emphasis(n) }

// emphasis is emphasis by the page's sheets: a classed <span> or <font>
// only where its classes look emphatic or are unknown (classEmphatic).
func (cs classSheet) emphasis(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Strong, atom.B:
		return true
	case atom.Span, atom.Font:
		for _, a := range n.Attr {
			switch a.Key {
			case "color":
				return true
			case "class":
				if cs.classEmphatic(a.Val) {
					return true
				}
			case "style":
				if looksEmphatic(a.Val) {
					return true
				}
			}
		}
	}
	return false
}

// looksEmphatic tells a style that sets a look of emphasis: a weight, a
// colour, a background, a decoration or an italic; not only the face, the
// size, the spacing or the language the rest of the text has too.
func looksEmphatic(style string) bool {
	for _, decl := range strings.Split(style, ";") {
		prop, val, ok := strings.Cut(decl, ":")
		if !ok {
			continue
		}
		val = strings.ToLower(strings.TrimSpace(val))
		switch strings.ToLower(strings.TrimSpace(prop)) {
		case "font-weight":
			if val == "bold" || val == "bolder" || val >= "600" && val <= "999" {
				return true
			}
		case "font":
			if strings.Contains(val, "bold") {
				return true
			}
		case "color", "background", "background-color", "text-decoration", "text-decoration-line", "text-emphasis", "text-emphasis-style":
			if val != "" && val != "none" && val != "inherit" && val != "initial" && val != "transparent" {
				return true
			}
		case "font-style":
			if val == "italic" || val == "oblique" {
				return true
			}
		}
	}
	return false
}

func (h *htmlConv) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		h.text(n.Data)
		return
	case html.CommentNode, html.DoctypeNode:
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || hidden(n) {
			return
		}
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		h.flush()
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			h.heading = int(n.Data[1] - '0')
		case atom.Hr:
			h.out.blank(1)
		case atom.Pre:
			h.pre++
			defer func() { h.pre-- }()
		}
	}
	opens := n.Type == html.ElementNode && h.classes.emphasis(n) && h.mayOpenLead()
	if opens {
		h.leadOpen = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		h.walk(c)
	}
	if opens {
		h.closeLead()
	}
	if block {
		h.flush()
	}
}

// mayOpenLead tells whether an element of emphasis starting here opens
// the paragraph's lead or goes on with it: nothing but white space since
// the paragraph's start or the end of the emphasis before. Word's runs,
// saved as HTML, split one bold lead into several (<b>1.“</b><b>岳山造林”：</b>).
func (h *htmlConv) mayOpenLead() bool {
	return !h.leadOpen && !h.leadDone && strings.TrimSpace(h.para.String()[h.lead:]) == ""
}

// closeLead ends an element of emphasis that opened or went on with the
// paragraph's lead: the lead runs to here, unless all so far is white
// space (a run of the indent's 　　), which settles nothing. Text outside
// emphasis settles it (text).
func (h *htmlConv) closeLead() {
	h.leadOpen = false
	if strings.TrimSpace(h.para.String()) == "" {
		return
	}
	h.lead = h.para.Len()
}

// text adds a text node: white space collapsed as a browser does, except
// inside <pre>, where each line is a paragraph.
func (h *htmlConv) text(s string) {
	if h.pre > 0 {
		lines := strings.Split(s, "\n")
		for k, l := range lines {
			if k > 0 {
				h.flush()
			}
			h.add(l)
		}
		return
	}
	isSpace := func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\f' }
	words := strings.FieldsFunc(s, isSpace)
	if len(words) == 0 {
		if h.para.Len() > 0 {
			h.para.WriteByte(' ')
		}
		return
	}
	lead, _ := utf8.DecodeRuneInString(s)
	trail, _ := utf8.DecodeLastRuneInString(s)
	out := strings.Join(words, " ")
	if isSpace(lead) && h.para.Len() > 0 {
		out = " " + out
	}
	if isSpace(trail) {
		out += " "
	}
	h.add(out)
}

func (h *htmlConv) add(s string) {
	if !h.leadOpen && strings.TrimSpace(s) != "" {
		h.leadDone = true
	}
	h.para.WriteString(s)
}

// flush ends the paragraph being collected.
func (h *htmlConv) flush() {
	text := h.para.String()
	if dumpWrapping(text) {
		text = "" // the [" … ", " … "] a dump wraps its pages in
	}
	hint := Hint{Heading: h.heading}
	// A lead in a paragraph that dumpWrapping emptied is gone with it
	// (<B>"</B> under a heading's open tag: the fuzzer's find).
	if h.lead > 0 && h.lead <= len(text) && strings.TrimSpace(text[h.lead:]) != "" {
		hint.Lead = h.lead
	}
	h.out.para(text, hint)
	h.para.Reset()
	h.heading, h.lead, h.leadOpen, h.leadDone = 0, 0, false, false
}

// dumpWrapping reports a paragraph of nothing but the brackets, quotes and
// commas of a dump that wraps markup in a list ([" … ", " … "]): it holds
// no text, only the dump's wrapping.
func dumpWrapping(s string) bool {
	return strings.Trim(s, " \t\r\n[]\"',") == "" && strings.ContainsAny(s, "[]\"")
}
