package parse

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path"
	"strings"
)

// errNotEPUB is an EPUB zip whose package document cannot be found.
var errNotEPUB = errors.New("no readable package document (OPF)")

// epub is what the reader keeps of an EPUB's package document.
type epub struct {
	files    map[string]*zip.File
	budget   int64             // bytes all parts may still unpack to
	manifest map[string]string // id → path in the zip
	media    map[string]string // id → media type
	navID    string            // the manifest item that is the EPUB 3 nav document
	ncxID    string            // the spine's toc: the EPUB 2 NCX
	spine    []string          // ids in reading order
	title    string            // the book's dc:title
	sheets   map[string]string // style sheets read, by path
}

// navEntry is one title of the table of contents.
type navEntry struct {
	title string
	level int // 1 for the top level
}

// epubText converts an EPUB to the text the reader shows: the XHTML files
// of the spine in order, each through the HTML reader, with the titles of
// the navigation document (nav.xhtml, else toc.ncx) as headings of their
// depth: the line of the chapter that carries the title, or the title
// written before the chapter where no line does.
func epubText(data []byte) (string, []Hint, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", nil, &zipError{err}
	}
	e := &epub{files: map[string]*zip.File{}, manifest: map[string]string{}, media: map[string]string{}}
	var packed uint64
	for _, f := range zr.File {
		e.files[strings.TrimPrefix(f.Name, "/")] = f
		packed += f.CompressedSize64
	}
	e.budget = partLimit(packed)
	opf, err := e.rootfile()
	if err != nil {
		return "", nil, err
	}
	if err := e.readOPF(opf); err != nil {
		return "", nil, err
	}
	toc := e.readNav()
	var out strings.Builder
	var hints []Hint
	lines := 0
	if e.title != "" {
		// The book's title heads it, as a title page would, so that the
		// first chapter is a chapter and not the document's title.
		out.WriteString(e.title + "\n")
		hints = append(hints, Hint{Line: 1, Title: true})
		lines = 1
	}
	for _, id := range e.spine {
		p, ok := e.manifest[id]
		if !ok || !strings.Contains(e.media[id], "html") && !strings.HasSuffix(strings.ToLower(p), "html") && !strings.HasSuffix(strings.ToLower(p), ".htm") {
			continue
		}
		b, err := e.read(p)
		if err != nil {
			return "", nil, err
		}
		text, _, err := Decode(b, "")
		if err != nil {
			continue // a chapter in no encoding we know is left out, not the book
		}
		t, h := htmlTextSheets(selfClosedRaw(text), e.sheetFor(p))
		t, h = withTitles(t, h, toc[p])
		if t == "" {
			continue
		}
		if lines > 0 {
			out.WriteByte('\n')
			lines++
		}
		for _, x := range h {
			x.Line += lines
			hints = append(hints, x)
		}
		out.WriteString(t)
		lines += strings.Count(t, "\n")
	}
	return out.String(), hints, nil
}

// selfClosedRaw opens and closes the raw-text elements that XHTML writes
// self-closed (<title/>): an HTML parser would read the rest of the file
// as the title.
func selfClosedRaw(s string) string {
	for _, tag := range []string{"title", "script", "style", "textarea"} {
		for _, form := range []string{"<" + tag + "/>", "<" + tag + " />"} {
			if strings.Contains(s, form) {
				s = strings.ReplaceAll(s, form, "<"+tag+"></"+tag+">")
			}
		}
	}
	return s
}

// withTitles makes the chapter lines that carry a title of the table of
// contents headings of its level (a title split over lines by a <br> is
// joined back into one); the first title, when no line carries it, is
// written before the chapter.
func withTitles(text string, hints []Hint, titles []navEntry) (string, []Hint) {
	if len(titles) == 0 {
		return text, hints
	}
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	from := 0
	for k, nav := range titles {
		want := squeeze(nav.title)
		if want == "" || genericNavTitle(nav.title) {
			continue
		}
		found, last := -1, -1
		for i := from; i < len(lines) && i < from+40 && found < 0; i++ {
			got := squeeze(lines[i])
			j := i
			for len(got) < len(want) && got != "" && strings.HasPrefix(want, got) && j+1 < len(lines) && j < i+4 {
				j++
				got += squeeze(lines[j])
			}
			if got != "" && (strings.HasPrefix(got, want) || strings.HasPrefix(want, got) && len(got)*2 >= len(want)) {
				found, last = i, j
			}
		}
		if found < 0 {
			if k == 0 {
				lines = append([]string{strings.TrimSpace(nav.title)}, lines...)
				hints = shiftHints(hints, 0, 1)
				hints = append(hints, Hint{Line: 1, Heading: min(nav.level, 6)})
				from = 1
			}
			continue
		}
		if last > found {
			// The lines of a split title become one: later lines move up.
			parts := make([]string, 0, last-found+1)
			for _, l := range lines[found : last+1] {
				parts = append(parts, strings.TrimSpace(l))
			}
			lines = append(append(lines[:found:found], strings.Join(parts, " ")), lines[last+1:]...)
			kept := hints[:0]
			for _, h := range hints {
				if h.Line <= found+1 || h.Line > last+1 {
					kept = append(kept, h)
				}
			}
			hints = shiftHints(kept, last+1, found-last)
		}
		hints = setHeading(hints, found+1, min(nav.level, 6))
		from = found + 1
	}
	return strings.Join(lines, "\n") + "\n", hints
}

// shiftHints moves the hints for lines after line by n lines.
func shiftHints(hints []Hint, line, n int) []Hint {
	for i := range hints {
		if hints[i].Line > line {
			hints[i].Line += n
		}
	}
	return hints
}

// setHeading gives line its heading level, replacing the hint it had.
func setHeading(hints []Hint, line, level int) []Hint {
	for i := range hints {
		if hints[i].Line == line {
			hints[i].Heading, hints[i].Lead, hints[i].Body = level, 0, false
			return hints
		}
	}
	return append(hints, Hint{Line: line, Heading: level})
}

// squeeze drops white space (U+3000 too) for comparing titles.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\u3000' || r == '\u00a0' || r == '\r' || r == '\n' {
			return -1
		}
		return r
	}, s)
}

// sheetFor reads the style sheets a chapter at base links, each once a
// book: one that does not read or decode gives no rules.
func (e *epub) sheetFor(base string) func(href string) string {
	return func(href string) string {
		name := resolve(base, href)
		if css, ok := e.sheets[name]; ok {
			return css
		}
		if e.sheets == nil {
			e.sheets = map[string]string{}
		}
		b, err := e.read(name)
		if err != nil {
			e.sheets[name] = ""
			return ""
		}
		css, _, err := Decode(b, "")
		if err != nil {
			css = ""
		}
		e.sheets[name] = css
		return css
	}
}

// read unpacks one part, within the book's budget: an EPUB whose parts
// unpack to hundreds of times their packed size is a zip bomb.
func (e *epub) read(name string) ([]byte, error) {
	f := e.files[name]
	if f == nil {
		return nil, fmt.Errorf("%w: %s is missing", errNotEPUB, name)
	}
	if f.UncompressedSize64 > uint64(e.budget) {
		return nil, fmt.Errorf("%s: %w", name, ErrZipBomb)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, e.budget+1))
	if int64(len(b)) > e.budget {
		return nil, fmt.Errorf("%s: %w", name, ErrZipBomb)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	e.budget -= int64(len(b))
	return b, nil
}

// rootfile finds the package document: container.xml's first rootfile,
// else the only .opf in the zip.
func (e *epub) rootfile() (string, error) {
	if b, err := e.read("META-INF/container.xml"); err == nil {
		dec := xml.NewDecoder(bytes.NewReader(b))
		dec.Strict = false
		for {
			tok, err := dec.Token()
			if err != nil {
				break
			}
			if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "rootfile" {
				if p, ok := xmlAttr(se, "full-path"); ok && e.files[p] != nil {
					return p, nil
				}
			}
		}
	}
	for name := range e.files {
		if strings.HasSuffix(strings.ToLower(name), ".opf") {
			return name, nil
		}
	}
	return "", errNotEPUB
}

// xmlAttr returns the attribute of se with the local name, any namespace.
func xmlAttr(se xml.StartElement, local string) (string, bool) {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// resolve turns an href relative to the part base into a path in the zip.
func resolve(base, href string) string {
	if i := strings.IndexByte(href, '#'); i >= 0 {
		href = href[:i]
	}
	if u, err := url.PathUnescape(href); err == nil {
		href = u
	}
	return strings.TrimPrefix(path.Join(path.Dir(base), href), "/")
}

// readOPF reads the manifest and the spine.
func (e *epub) readOPF(opf string) error {
	b, err := e.read(opf)
	if err != nil {
		return err
	}
	dec := xml.NewDecoder(bytes.NewReader(b))
	dec.Strict = false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("%s: %w", opf, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "title":
			if e.title == "" {
				var t string
				if dec.DecodeElement(&t, &se) == nil {
					e.title = strings.Join(strings.Fields(t), " ")
				}
			}
		case "item":
			id, _ := xmlAttr(se, "id")
			href, _ := xmlAttr(se, "href")
			e.manifest[id] = resolve(opf, href)
			e.media[id], _ = xmlAttr(se, "media-type")
			if props, _ := xmlAttr(se, "properties"); strings.Contains(" "+props+" ", " nav ") {
				e.navID = id
			}
		case "spine":
			e.ncxID, _ = xmlAttr(se, "toc")
		case "itemref":
			if lin, _ := xmlAttr(se, "linear"); lin != "no" {
				id, _ := xmlAttr(se, "idref")
				e.spine = append(e.spine, id)
			}
		}
	}
	if len(e.spine) == 0 {
		return fmt.Errorf("%w: its spine lists no chapters", errNotEPUB)
	}
	if placeholderTitle(e.title) {
		e.title = "" // the first heading of the text is the title then
	}
	return nil
}

// placeholderTitle tells the title a converter writes when the document
// has none (LibreOffice's libepubgen: Unknown Title): it names nothing.
func placeholderTitle(t string) bool {
	switch strings.ToLower(strings.Join(strings.Fields(t), " ")) {
	case "unknown title", "unknown", "untitled", "untitled document", "no title",
		"无标题", "无标题文档", "未命名", "未命名文档", "未知", "未知标题":
		return true
	}
	return false
}
