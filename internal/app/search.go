package app

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"

	"wenji/internal/doccache"
	"wenji/internal/libgrep"
	"wenji/internal/text"
	"wenji/model"
	"wenji/model/search"
	"wenji/ui/cjk"
	"wenji/ui/reader"
)

// runSearch is wenji --search QUERY FILE|DIR…: grep for compilations. Each
// hit is one line, FILE:PATH:breadcrumb: snippet, PATH as --print takes it;
// folders are walked as the library walks them and searched on every core
// through the document cache (internal/libgrep). The exit status is grep's:
// 0 when something matched, 1 when nothing did, 2 on an error (a bad
// query, a named file that cannot be read, output that cannot be written).
// A document found in a folder that wenji cannot read (an old .doc, a
// scanned PDF) is named on stderr and skipped, as the library lists it
// with its reason: it is not the user's mistake.
func runSearch(cfg Config, stdout, stderr io.Writer) int {
	o, lang := cfg.o, cfg.lang
	// The query's syntax is the reader's: #… searches headings, as
	// --headings does.
	q, headings, err := search.CompileInput(o.search)
	if errors.Is(err, search.ErrEmptyQuery) { // @, # or \ alone: as an empty --search
		return badFlag(stderr, lang, text.CLIFor(lang).SearchEmpty)
	}
	if err != nil {
		fmt.Fprintln(stderr, "wenji: "+queryError(err, lang))
		return 2
	}
	headings = headings || o.headings
	files, named, failed := searchFiles(cfg.files, lang, stderr)
	cache, _ := doccache.Open(doccache.Options{Disabled: o.noCache, Encoding: o.encoding, Parse: byContent(o.encoding)})
	// A cache that cannot be opened comes back disabled: the search
	// parses every document, which is slower but no error.
	defer cache.Close()
	opt := libgrep.Options{Cache: cache, Junk: o.keepJunk, Headings: headings, Window: -1} // --count's
	out := newOutput(stdout)                                                               // JSON: sanitised on a terminal as --json is
	if !o.json {
		// Lines are sanitised field by field, so that the colours
		// written around them stay colours.
		out.out = nopCloser{out.checked}
	}
	// Hits are written as they are found, through a buffer: a search that
	// matches every character writes millions of lines and holds none. On
	// a terminal each line goes out at once, as grep's do.
	bw := bufio.NewWriterSize(out, 64<<10)
	lineBuffered := onTerminal(stdout)
	p := hitPrinter{w: bw, colour: colourOut(stdout), json: o.json, headings: headings}
	matched := false
	done := func(r libgrep.Result) bool {
		if r.Err != nil {
			bw.Flush() // the hits before it, then the error
			if named[r.Index] {
				failed = true
				fmt.Fprintf(stderr, "wenji: %v\n", explainSearch(r.Path, r.Err, lang))
			} else {
				fmt.Fprintf(stderr, "wenji: "+text.CLIFor(lang).Skipped+"\n", explainSearch(r.Path, r.Err, lang))
			}
			return true
		}
		matched = matched || r.Count > 0
		if o.count {
			p.count(r)
		}
		bw.Flush()            // a document's hits reach a pipe when it is done
		return out.err == nil // a reader gone or a full disk: stop
	}
	if o.count {
		err = libgrep.Search(context.Background(), files, q, opt, done)
	} else {
		err = libgrep.Each(context.Background(), files, q, opt, func(doc int, h libgrep.Hit) bool {
			matched = true // even when its write fails and the search stops
			p.hit(files[doc], h)
			if lineBuffered {
				bw.Flush()
			}
			return out.err == nil
		}, done)
	}
	bw.Flush()
	if err != nil {
		fmt.Fprintf(stderr, "wenji: %v\n", err)
		failed = true
	}
	code := 1
	switch {
	case failed:
		code = 2
	case matched:
		code = 0
	}
	if c := out.done(code, lang, stderr); c != code {
		return 2 // grep's status for an error, the output's too
	}
	return code
}

// queryError says what is wrong with a query, in lang (regexp/syntax
// speaks English).
func queryError(err error, lang string) string {
	t := text.CLIFor(lang)
	if errors.Is(err, search.ErrEmptyQuery) {
		return t.SearchEmpty
	}
	var se *syntax.Error
	if lang == "zh" && errors.As(err, &se) {
		if zh, ok := text.ZhSyntaxErrors[se.Code]; ok {
			return fmt.Sprintf(t.BadQuery, zh+"：`"+se.Expr+"`")
		}
	}
	// search.QueryError says a syntax error without regexp's "error
	// parsing regexp:" prefix, as the reader's prompt does.
	return fmt.Sprintf(t.BadQuery, err)
}

// searchFiles lists the documents the arguments name: a file as it is,
// a folder's documents as the library finds them. named marks those the
// user named; failed says an argument could not be read (said on stderr).
func searchFiles(args []string, lang string, stderr io.Writer) (files []string, named []bool, failed bool) {
	t := text.CLIFor(lang)
	for _, a := range args {
		if a == "-" {
			fmt.Fprintf(stderr, "wenji: %s\n", t.SearchStdin)
			failed = true
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			fmt.Fprintf(stderr, "wenji: %v\n", statError(a, err, lang))
			failed = true
			continue
		}
		if !st.IsDir() {
			files, named = append(files, a), append(named, true)
			continue
		}
		docs, _, err := findDocuments(a)
		if err != nil {
			fmt.Fprintf(stderr, "wenji: %v\n", statError(a, err, lang))
			failed = true
		}
		for _, d := range docs {
			files, named = append(files, d.Path), append(named, false)
		}
	}
	return files, named, failed
}

// statError is why path cannot be opened, in lang.
func statError(path string, err error, lang string) error {
	t := text.CLIFor(lang)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: %s", oneField(path), t.NotExist)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%s: %s", oneField(path), t.Permission)
	}
	return fmt.Errorf("%s: %s", oneField(path), reader.ErrLineIn(lang, unwrapPath(err)))
}

// explainSearch is why a document could not be searched, in lang.
func explainSearch(path string, err error, lang string) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return statError(path, err, lang)
	}
	return explain(oneField(path), err, lang)
}

// colourOut reports whether --search may colour what it writes to w: a
// terminal, and NO_COLOR unset (https://no-color.org).
func colourOut(w io.Writer) bool {
	return onTerminal(w) && os.Getenv("NO_COLOR") == ""
}

// onTerminal reports whether w is a terminal: --search writes it a line
// at a time, and anything else through a buffer.
func onTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && isTerminal(f)
}

// SGR colours of a hit line, grep's: file magenta, path green, separators
// cyan, the match bold red. Written by hand: four fixed sequences do not
// call for lipgloss, whose renderer would query the terminal.
const (
	sgrFile  = "\x1b[35m"
	sgrPath  = "\x1b[32m"
	sgrSep   = "\x1b[36m"
	sgrMatch = "\x1b[1;31m"
	sgrOff   = "\x1b[m"
)

// hitPrinter writes --search's results: lines, or JSON lines for scripts.
// A line's head (file, path and breadcrumb) is made once for the hits of
// one node, which come one after another.
type hitPrinter struct {
	w        io.Writer
	colour   bool
	json     bool
	headings bool

	enc        *json.Encoder
	file, head string // the last hit's file and its line's head
	lastPath   []int
	lastCrumb  []string
	pathText   string // lastPath as --print takes it
}

// jsonHit is one hit as --search --json writes it, one object a line.
type jsonHit struct {
	File   string   `json:"file"`
	Path   string   `json:"path"`
	Crumb  []string `json:"crumb"`
	Start  int      `json:"start"`
	End    int      `json:"end"`
	Before string   `json:"before"`
	Match  string   `json:"match"`
	After  string   `json:"after"`
	Junk   bool     `json:"junk,omitempty"`
}

// jsonCount is a document's count as --search --count --json writes it.
type jsonCount struct {
	File  string `json:"file"`
	Count int    `json:"count"`
}

// paint wraps s in the colour sgr when colouring (a concatenation, which
// the colourless output, a pipe's, never pays for).
func (p *hitPrinter) paint(sgr, s string) string {
	if !p.colour || s == "" {
		return s
	}
	return sgr + s + sgrOff
}

// count writes a document's count: FILE:N, as grep -c.
func (p *hitPrinter) count(r libgrep.Result) {
	if p.json {
		writeJSONLine(p.w, jsonCount{File: r.Path, Count: r.Count})
		return
	}
	fmt.Fprintf(p.w, "%s%s%d\n", p.paint(sgrFile, oneField(r.Path)), p.paint(sgrSep, ":"), r.Count)
}

// hits writes a document's hits, one line each.
func (p *hitPrinter) hits(r libgrep.Result) {
	for _, h := range r.Hits {
		p.hit(r.Path, h)
	}
}

// hit writes one hit of the document file. It keeps nothing of h past the
// call but what a later hit of the same node reuses, copied.
func (p *hitPrinter) hit(file string, h libgrep.Hit) {
	if file != p.file || !slices.Equal(h.Path, p.lastPath) || !slices.Equal(h.Crumb, p.lastCrumb) {
		p.file, p.lastPath, p.lastCrumb = file, slices.Clone(h.Path), slices.Clone(h.Crumb)
		p.pathText = model.PathString(h.Path)
		crumb := h.Crumb
		if p.headings && len(crumb) > 0 {
			crumb = crumb[:len(crumb)-1] // the heading is the snippet
		}
		sep := p.paint(sgrSep, ":")
		p.head = p.paint(sgrFile, oneField(file)) + sep + p.paint(sgrPath, p.pathText) + sep +
			oneField(strings.Join(crumb, " › ")) + sep + " "
	}
	if p.json {
		if p.enc == nil {
			p.enc = json.NewEncoder(p.w)
			p.enc.SetEscapeHTML(false)
		}
		p.enc.Encode(jsonHit{File: file, Path: p.pathText, Crumb: nonNil(p.lastCrumb), Start: h.Span.Start, End: h.Span.End,
			Before: h.Before, Match: h.Match, After: h.After, Junk: h.Junk})
		return
	}
	// Written piece by piece, not built: a line costs no allocation.
	io.WriteString(p.w, p.head)
	if utf8.RuneCountInString(h.Before) >= beforeRunes {
		io.WriteString(p.w, "…") // the line starts further back
	}
	io.WriteString(p.w, oneLine(h.Before))
	io.WriteString(p.w, p.paint(sgrMatch, oneLine(h.Match)))
	after, cut := cutRunes(h.After, afterRunes)
	io.WriteString(p.w, oneLine(after))
	if cut {
		io.WriteString(p.w, "…")
	}
	io.WriteString(p.w, "\n")
}

// cutRunes is s cut to n characters, and whether it was longer.
func cutRunes(s string, n int) (string, bool) {
	k := 0
	for i := range s {
		if k == n {
			return s[:i], true
		}
		k++
	}
	return s, false
}

// oneLine is s sanitised for a hit line: no control character, no escape
// sequence from the file reaches the terminal or breaks the line (a tab
// in the text is spaces, as the reader shows it).
func oneLine(s string) string {
	return cjk.SanitizeLine(strings.TrimRight(s, "\r\n"))
}

// oneField is a name (a file's, a heading's) as one field of a line that
// scripts split: every control shows as a visible placeholder, ESC as ␛,
// a line feed as ␊, CR as ␍, a tab as ␉ (cjk.SanitizeName), so that a file
// named "evil\nname" is one line, and one that differs from "evil name"
// by a tab is told apart. --json keeps names exact.
func oneField(s string) string { return cjk.SanitizeName(s) }

// A hit line shows at most beforeRunes characters before the match (as
// libgrep gives them) and afterRunes after it, an ellipsis where the line
// goes on: a grep line that fills three screen rows is not read.
const (
	beforeRunes = 24
	afterRunes  = 40
)

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// writeJSONLine writes v as one line of JSON.
func writeJSONLine(w io.Writer, v any) {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.Encode(v)
}

// unwrapPath is the cause of an error about a path (open x: is a
// directory gives is a directory), for a line that names the path itself.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
