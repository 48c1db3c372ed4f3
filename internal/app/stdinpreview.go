package app

import (
	"bytes"
	"io"

	"wenji/model"
	"wenji/ui/reader"
)

// previewStdin runs the reader on a preview of standard input's text b
// (cat FILE | wenji) when it is large plain UTF-8 text, as a large file
// opens: its first previewBytes shown at once, the whole parsed behind
// them, and G, N% and the marks showing a window of b meanwhile. It was
// parsed whole before the first frame: a 100 MB pipe left the terminal
// blank for five seconds, the keys typed echoed on it. ok is false when b
// is small or not such text; the caller then parses it whole.
func previewStdin(b []byte, release, warmed func(), lang string, o options, stdin io.Reader, stderr io.Writer) (code int, ok bool) {
	if len(b) < previewMin || len(b) > maxWindowed {
		return 0, false
	}
	head := b[:previewBytes]
	if i := bytes.LastIndexByte(head, '\n'); i > 0 {
		head = head[:i+1]
	}
	if !plainUTF8(head) {
		return 0, false
	}
	bom := 0 // the text is decoded without it: so are the preview and the windows
	if bytes.HasPrefix(head, []byte("\ufeff")) {
		bom = 3
	}
	title := docName("-", lang)
	preview := parseLater(head[bom:], title)
	whole := func() (*model.Document, error) {
		doc, err := openLoaded("-", b, release, warmed, lang, "")
		if err == nil && doc.Root.Title == "" {
			doc.Root.Title = title
		}
		return doc, err
	}
	peek := func(off int) (*model.Document, int, error) {
		w, base, err := peekFile(bytes.NewReader(b), bom, len(b), off+bom)
		if err != nil {
			return nil, 0, err
		}
		w.Root.Title, w.Root.TitleSpan = title, model.Span{} // the whole has the title
		return w, base - bom, nil
	}
	o.ambiguous = ambiguousWidth(o)
	in, closeIn, ok := openKeys(stdin, lang, stderr)
	if !ok {
		return 1, true
	}
	defer closeIn()
	o.stdin = b // kept with its excerpts, to open them again
	settle, taken := settleTaken()
	size := len(b) - bom
	opt := reader.Options{FileName: "-", Lang: lang, Ambiguous: o.ambiguous, Styles: o.styles, Stdin: o.stdin,
		Load: limitLoad(whole, size, settle), Loaded: taken, Peek: peek, Size: size, Disk: diskFor("-", lang, o)}
	key := func() string { return "" } // standard input is not remembered
	doc := func() (*model.Document, error) { return preview(), nil }
	return runUI(doc, opt, key, o, newMemory(o, lang, stderr), in, stderr), true
}
