package parse

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// classSheet tells, for each class a page's style sheets give rules for,
// whether a rule gives it a look of emphasis (looksEmphatic). LibreOffice's
// EPUB export wraps every run in a classed <span> (.span0 {} for the
// body's runs, .span1 { font-weight: bold; } for the bold ones): read
// without its sheet, every run would look emphatic.
type classSheet map[string]bool

// readSheet adds the class rules of a style sheet: the rules whose
// selector ends in .name or tag.name; selectors with a pseudo-class or an
// attribute are left out, and @-rules' blocks are read as rules.
func readSheet(css string, into classSheet) {
	for {
		start := strings.Index(css, "/*")
		if start < 0 {
			break
		}
		end := strings.Index(css[start+2:], "*/")
		if end < 0 {
			css = css[:start]
			break
		}
		css = css[:start] + " " + css[start+2+end+2:]
	}
	for _, rule := range strings.Split(css, "}") {
		sel, decls, ok := strings.Cut(rule, "{")
		if !ok {
			continue
		}
		if i := strings.LastIndex(sel, "{"); i >= 0 {
			sel = sel[i+1:] // @media screen { .x { … }: the inner rule's
		}
		if at := strings.LastIndex(sel, ";"); at >= 0 {
			sel = sel[at+1:] // @import …; .x { … }
		}
		emph := looksEmphatic(decls)
		for _, s := range strings.Split(sel, ",") {
			fields := strings.Fields(strings.NewReplacer(">", " ", "+", " ", "~", " ").Replace(s))
			if len(fields) == 0 {
				continue
			}
			last := fields[len(fields)-1]
			dot := strings.LastIndexByte(last, '.')
			if dot < 0 || strings.ContainsAny(last, ":[#*") || dot == len(last)-1 {
				continue
			}
			name := last[dot+1:]
			into[name] = into[name] || emph
		}
	}
}

// sheets reads the style sheets a page gives: its <style> elements, and
// the sheets it links that link (when not nil) reads by their href. Nil
// when the page gives none: its classes' looks are unknown.
func sheets(root *html.Node, link func(href string) string) classSheet {
	var cs classSheet
	add := func(css string) {
		if cs == nil {
			cs = classSheet{}
		}
		readSheet(css, cs)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Style:
				var b strings.Builder
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.TextNode {
						b.WriteString(c.Data)
					}
				}
				add(b.String())
				return
			case atom.Link:
				var rel, href string
				for _, a := range n.Attr {
					switch a.Key {
					case "rel":
						rel = strings.ToLower(a.Val)
					case "href":
						href = a.Val
					}
				}
				if link != nil && href != "" && strings.Contains(rel, "stylesheet") {
					if css := link(href); css != "" {
						add(css)
					}
				}
				return
			case atom.Body:
				if link == nil {
					return // a page's own sheets are in its head
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return cs
}

// classEmphatic tells whether the classes of an element look emphatic by
// the page's sheets: any class with an emphatic rule, or any class the
// sheets give no rule for (or no sheets at all: unknown looks count as
// emphasis, as they did before the sheets were read).
func (cs classSheet) classEmphatic(classes string) bool {
	if cs == nil {
		return true
	}
	for _, c := range strings.Fields(classes) {
		if emph, known := cs[c]; emph || !known {
			return true
		}
	}
	return false
}
