package parse

import (
	"bytes"
	"encoding/xml"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readNav reads the table of contents, by the file each title is in: the
// EPUB 3 navigation document, else the EPUB 2 NCX. A book without either,
// or with one that does not read, has no titles but its own headings.
func (e *epub) readNav() map[string][]navEntry {
	toc := map[string][]navEntry{}
	if p, ok := e.manifest[e.navID]; ok && e.navID != "" {
		if b, err := e.read(p); err == nil {
			navDocument(string(b), p, toc)
		}
	}
	if len(toc) > 0 {
		return toc
	}
	p, ok := e.manifest[e.ncxID]
	if !ok {
		for id, m := range e.media {
			if m == "application/x-dtbncx+xml" {
				p, ok = e.manifest[id], true
			}
		}
	}
	if ok {
		if b, err := e.read(p); err == nil {
			ncx(b, p, toc)
		}
	}
	return toc
}

// navDocument reads the <nav epub:type="toc"> of an EPUB 3 navigation
// document (the first <nav> when none says toc): each link a title, its
// depth in the nested lists its level.
func navDocument(src, base string, toc map[string][]navEntry) {
	root, err := html.Parse(strings.NewReader(selfClosedRaw(src)))
	if err != nil {
		return
	}
	var navs []*html.Node
	var find func(n *html.Node)
	find = func(n *html.Node) {
		if n.Type == html.ElementNode && n.DataAtom == atom.Nav {
			navs = append(navs, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(root)
	if len(navs) == 0 {
		return
	}
	nav := navs[0]
	for _, n := range navs {
		for _, a := range n.Attr {
			if strings.HasSuffix(a.Key, "type") && strings.Contains(a.Val, "toc") {
				nav = n
			}
		}
	}
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Ol, atom.Ul:
				depth++
			case atom.A:
				for _, a := range n.Attr {
					if a.Key == "href" {
						p := resolve(base, a.Val)
						toc[p] = append(toc[p], navEntry{title: nodeText(n), level: max(depth, 1)})
					}
				}
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth)
		}
	}
	walk(nav, 0)
}

// nodeText is the text inside n, white space collapsed.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// ncx reads an EPUB 2 NCX: each navPoint's label a title, its nesting
// its level.
func ncx(b []byte, base string, toc map[string][]navEntry) {
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = false
	depth := 0
	var label strings.Builder
	inText := false
	for {
		tok, err := dec.Token()
		if err != nil {
			return
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "navPoint":
				depth++
				label.Reset()
			case "text":
				inText = true
			case "content":
				if src, ok := xmlAttr(t, "src"); ok && depth > 0 {
					p := resolve(base, src)
					title := strings.Join(strings.Fields(label.String()), " ")
					toc[p] = append(toc[p], navEntry{title: title, level: depth})
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "navPoint":
				depth--
			case "text":
				inText = false
			}
		case xml.CharData:
			if inText {
				label.Write(t)
			}
		}
	}
}

// genericNavTitle tells a table of contents' label a converter makes up
// for a file of the book that has no heading of its own (LibreOffice's
// libepubgen: Section 1; a file's name, section0001.xhtml): the text does
// not carry it, and as a heading it would hang the whole document a level
// down. (By hand, not a regexp: a package-level regexp is compiled at every
// start of wenji.)
func genericNavTitle(t string) bool {
	t = strings.ToLower(strings.TrimSpace(t))
	for _, ext := range []string{".xhtml", ".html", ".htm"} {
		t = strings.TrimSuffix(t, ext)
	}
	for _, w := range []string{"section", "sect", "part", "file", "text", "page"} {
		if rest, ok := strings.CutPrefix(t, w); ok {
			rest = strings.TrimLeft(rest, " _-")
			return rest != "" && strings.Trim(rest, "0123456789") == ""
		}
	}
	return false
}
