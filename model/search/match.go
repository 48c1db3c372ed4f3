package search

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"regexp"
	"regexp/syntax"
	"strings"
	"unicode"
	"unicode/utf8"
	"wenji/model"

	"golang.org/x/text/width"
)

// Query is a compiled search: what the reader's / prompt typed, ready to
// find hits in a Document's text.
//
// A plain query matches literally, with two foldings a reader of Chinese
// expects: full-width and half-width forms match each other (ＡＢＣ１２３，
// and ABC123,), and Latin letters match either case unless the query holds
// an upper-case letter (smart case, as in vim and less -i). A query that
// starts with \ is an RE2 regular expression, given the same smart case and
// width folding of its literal characters. A query that starts with @
// matches Han characters by the initials of their pinyin (see pinyin.go).
type Query struct {
	// Text is the query as typed, \ included.
	Text string
	// Regexp is true for a \ query.
	Regexp bool
	// Pinyin is true for an @ query: letters match Han characters by the
	// initials of their pinyin.
	Pinyin bool
	// CaseSensitive is true when the query holds an upper-case letter.
	CaseSensitive bool

	folded []rune         // the literal query, folded
	anchor string         // the longest run of folded that folding leaves alone
	pre    int            // runes of folded before anchor
	first  [256]bool      // lead bytes a hit may start with (no anchor)
	re     *regexp.Regexp // for a \ query
	pinyin []pyElem       // for an @ query
}

// ErrEmptyQuery is returned by Compile for a query with nothing to find.
var ErrEmptyQuery = errors.New("empty query")

// QueryError is a bad regular expression: the pattern and what is wrong.
type QueryError struct {
	Pattern string
	Err     error
}

// Error says what is wrong in the words of regexp/syntax ("missing closing
// ): `(一是`").
func (e *QueryError) Error() string {
	var se *syntax.Error
	if errors.As(e.Err, &se) {
		return fmt.Sprintf("%s: `%s`", se.Code, se.Expr)
	}
	return e.Err.Error()
}

func (e *QueryError) Unwrap() error { return e.Err }

// HeadingsPrefix starts a query that matches headings (node titles) only,
// in the reader's / prompt, the library's search and wenji --search.
const HeadingsPrefix = "#"

// CompileInput compiles a query as a search box takes it: a leading # (see
// HeadingsPrefix) searches headings only, and headings says so; the rest is
// compiled by Compile. A # anywhere else is a #; a literal # at the start
// is written \# (a regular expression that matches a #), since a plain
// query cannot start with one. Every place a user types a query compiles
// it here, so that one query means one thing everywhere.
func CompileInput(text string) (q *Query, headings bool, err error) {
	body, headings := strings.CutPrefix(text, HeadingsPrefix)
	q, err = Compile(body)
	return q, headings, err
}

// HistoryText returns text as a search history keeps it: what it
// searches for, written as CompileInput reads it, so that a query typed
// with a stray space at an end (an input method's slip, which Compile
// drops) is one entry with the same query typed without, in the reader's
// / prompt, the library's search and the file of earlier sessions'
// searches alike. Line breaks are dropped, as Compile drops them; a
// regular expression keeps its spaces, which match; a query with nothing
// to find gives "". The spaces before a query stay where dropping them
// would make what follows a prefix (" #甲" searches a #, "#甲" headings).
func HistoryText(text string) string {
	text = strings.NewReplacer("\r", "", "\n", "").Replace(text)
	head, body := "", text
	if b, ok := strings.CutPrefix(body, HeadingsPrefix); ok {
		head, body = HeadingsPrefix, b
	}
	if strings.HasPrefix(body, `\`) {
		if body == `\` {
			return ""
		}
		return text
	}
	mark := ""
	if b, ok := strings.CutPrefix(body, "@"); ok {
		mark, body = "@", b
	}
	const spaces = " \t\u3000"
	if strings.Trim(body, spaces) == "" {
		return ""
	}
	body = strings.TrimRight(body, spaces)
	if t := strings.TrimLeft(body, spaces); mark != "" || !prefixed(t, head) {
		body = t
	}
	return head + mark + body
}

// prefixed says whether body, after head (a HeadingsPrefix or nothing),
// starts with what CompileInput would read as a prefix.
func prefixed(body, head string) bool {
	return strings.HasPrefix(body, `\`) || strings.HasPrefix(body, "@") || head == "" && strings.HasPrefix(body, HeadingsPrefix)
}

// Compile prepares a query. A leading \ makes the rest an RE2 regular
// expression; a bad one returns a *QueryError. A leading @ makes letters
// match Han characters by their pinyin initials. Line breaks in a pasted
// query are dropped: hits never span paragraphs; spaces at either end of a
// query that is not a regexp are dropped too.
func Compile(text string) (*Query, error) {
	q := &Query{Text: text}
	body := strings.NewReplacer("\r", "", "\n", "").Replace(text)
	switch {
	case strings.HasPrefix(body, `\`):
		q.Regexp = true
		body = body[1:]
	case strings.HasPrefix(body, "@"):
		q.Pinyin = true
		body = body[1:]
	}
	if !q.Regexp {
		// Chinese text has no spaces for one at either end of a query
		// to mean anything: it is an input method's slip.
		body = strings.Trim(body, " \t\u3000")
	}
	if body == "" {
		return nil, ErrEmptyQuery
	}
	if q.Pinyin {
		q.compilePinyin(body)
		return q, nil
	}
	for _, r := range body {
		if unicode.IsUpper(foldWidth(r)) {
			q.CaseSensitive = true
			break
		}
	}
	if q.Regexp {
		re, err := compileRegexp(body, !q.CaseSensitive)
		if err != nil {
			return nil, &QueryError{Pattern: body, Err: err}
		}
		q.re = re
		return q, nil
	}
	for _, r := range body {
		q.folded = append(q.folded, q.fold(r))
	}
	// The anchor is found with strings.Index, the fastest search Go has; it
	// must be text that no other text folds to, which Han characters are.
	bestAt, bestLen := 0, 0
	for i := 0; i < len(q.folded); {
		j := i
		for j < len(q.folded) && unicode.Is(unicode.Han, q.folded[j]) {
			j++
		}
		if j-i > bestLen {
			bestAt, bestLen = i, j-i
		}
		i = j + 1
	}
	if bestLen > 0 {
		q.pre = bestAt
		q.anchor = string(q.folded[bestAt : bestAt+bestLen])
	} else {
		for _, v := range variants(q.folded[0], !q.CaseSensitive) {
			var b [utf8.UTFMax]byte
			utf8.EncodeRune(b[:], v)
			q.first[b[0]] = true
		}
	}
	return q, nil
}

// foldWidth maps a full-width or half-width form to its canonical form:
// Ａ to A, ， to ,, ｶ to カ.
func foldWidth(r rune) rune {
	if r < utf8.RuneSelf {
		return r
	}
	if f := width.LookupRune(r).Folded(); f != 0 {
		return f
	}
	return r
}

// fold is what both the query and the text are compared as. Curly
// quotation marks fold to straight ones: a query typed with "" on a
// Latin keyboard finds the “” the text has.
func (q *Query) fold(r rune) rune {
	r = foldWidth(r)
	switch r {
	case '“', '”':
		return '"'
	case '‘', '’':
		return '\''
	}
	if !q.CaseSensitive {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else {
			r = unicode.ToLower(r)
		}
	}
	return r
}

// variants returns the runes that fold like r: its width forms and, when
// caseless, their case forms.
func variants(r rune, caseless bool) []rune {
	seen := map[rune]bool{}
	var out []rune
	var add func(rune)
	add = func(v rune) {
		if v == 0 || seen[v] {
			return
		}
		seen[v] = true
		out = append(out, v)
		switch v {
		case '"':
			add('“')
			add('”')
		case '\'':
			add('‘')
			add('’')
		}
		p := width.LookupRune(v)
		add(p.Narrow())
		add(p.Wide())
		add(p.Folded())
		if caseless {
			for f := unicode.SimpleFold(v); f != v; f = unicode.SimpleFold(f) {
				add(f)
			}
		}
	}
	add(r)
	return out
}

// compileRegexp compiles an RE2 pattern whose literal characters also
// match their other width forms.
func compileRegexp(pat string, caseless bool) (*regexp.Regexp, error) {
	// Without OneLine, ^ and $ match at line ends: each line is a paragraph.
	flags := syntax.Perl &^ syntax.OneLine
	if caseless {
		flags |= syntax.FoldCase
	}
	re, err := syntax.Parse(pat, flags)
	if err != nil {
		return nil, err
	}
	widen(re)
	return regexp.Compile(re.String())
}

// fullOffset is the distance from an ASCII character to its full-width form.
const fullOffset = 0xFF01 - 0x21

// widen rewrites re in place so that literals and classes match the other
// width forms of their characters too.
func widen(re *syntax.Regexp) {
	switch re.Op {
	case syntax.OpLiteral:
		caseless := re.Flags&syntax.FoldCase != 0
		var subs []*syntax.Regexp
		changed := false
		for _, r := range re.Rune {
			vs := variants(r, caseless)
			if len(vs) == 1 {
				subs = append(subs, &syntax.Regexp{Op: syntax.OpLiteral, Rune: []rune{r}, Flags: re.Flags})
				continue
			}
			changed = true
			cc := &syntax.Regexp{Op: syntax.OpCharClass}
			for _, v := range vs {
				cc.Rune = append(cc.Rune, v, v)
			}
			subs = append(subs, cc)
		}
		if changed {
			*re = syntax.Regexp{Op: syntax.OpConcat, Sub: subs, Flags: re.Flags}
		}
	case syntax.OpCharClass:
		var add []rune
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if l, h := max(lo, 0x21), min(hi, 0x7E); l <= h {
				add = append(add, l+fullOffset, h+fullOffset)
			}
			if l, h := max(lo, 0xFF01), min(hi, 0xFF5E); l <= h {
				add = append(add, l-fullOffset, h-fullOffset)
			}
		}
		re.Rune = append(re.Rune, add...)
	}
	for _, s := range re.Sub {
		widen(s)
	}
}

// FindIn calls yield for each hit in text[s.Start:s.End], in order, hits
// not overlapping; it stops and returns false when yield does.
func (q *Query) FindIn(text string, s model.Span, yield func(model.Span) bool) bool {
	if q.re != nil {
		return q.findRegexp(text, s, yield)
	}
	if q.pinyin != nil {
		return q.findPinyin(text, s, yield)
	}
	if q.anchor != "" {
		return q.findAnchored(text, s, yield)
	}
	return q.findScan(text, s, yield)
}

// regexpPiece is how much text findRegexp hands the regexp at a time:
// FindAllStringIndex gives all of a text's matches at once, 40 bytes
// each, and \. matches every character.
const regexpPiece = 64 << 10

func (q *Query) findRegexp(text string, s model.Span, yield func(model.Span) bool) bool {
	for at := s.Start; at < s.End; {
		end := s.End
		if end-at > regexpPiece {
			// Cut after a line break, as Scan cuts its chunks: no hit
			// spans a paragraph, and ^ still matches at a line's start.
			end = at + regexpPiece
			if nl := strings.IndexByte(text[end:s.End], '\n'); nl >= 0 {
				end += nl + 1
			} else {
				end = s.End
			}
		}
		for _, m := range q.re.FindAllStringIndex(text[at:end], -1) {
			if m[0] == m[1] {
				continue // an empty match is nothing to show
			}
			if !yield(model.Span{Start: at + m[0], End: at + m[1]}) {
				return false
			}
		}
		at = end
	}
	return true
}

func (q *Query) findAnchored(text string, s model.Span, yield func(model.Span) bool) bool {
	post := q.pre + utf8.RuneCountInString(q.anchor)
	at := s.Start
	for at < s.End {
		i := strings.Index(text[at:s.End], q.anchor)
		if i < 0 {
			return true
		}
		a := at + i
		start, ok1 := q.matchBack(text, s.Start, a, q.folded[:q.pre])
		end, ok2 := q.matchForward(text, a+len(q.anchor), s.End, q.folded[post:])
		if ok1 && ok2 {
			if !yield(model.Span{Start: start, End: end}) {
				return false
			}
			at = end
			continue
		}
		// Step one character: the anchor may overlap itself (哈哈).
		_, size := utf8.DecodeRuneInString(q.anchor)
		at = a + size
	}
	return true
}

func (q *Query) findScan(text string, s model.Span, yield func(model.Span) bool) bool {
	for i := s.Start; i < s.End; i++ {
		if !q.first[text[i]] {
			continue
		}
		if end, ok := q.matchForward(text, i, s.End, q.folded); ok {
			if !yield(model.Span{Start: i, End: end}) {
				return false
			}
			i = end - 1
		}
	}
	return true
}

// matchForward matches want from text[i:] without passing limit.
func (q *Query) matchForward(text string, i, limit int, want []rune) (int, bool) {
	for _, w := range want {
		if i >= limit {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(text[i:limit])
		if q.fold(r) != w {
			return 0, false
		}
		i += size
	}
	return i, true
}

// matchBack matches want as the text just before j, not before limit.
func (q *Query) matchBack(text string, limit, j int, want []rune) (int, bool) {
	for k := len(want) - 1; k >= 0; k-- {
		if j <= limit {
			return 0, false
		}
		r, size := utf8.DecodeLastRuneInString(text[limit:j])
		if q.fold(r) != want[k] {
			return 0, false
		}
		j -= size
	}
	return j, true
}

// ScanOptions say where Scan looks.
type ScanOptions struct {
	// Junk searches the filtered spans too (when the reader shows them).
	Junk bool
	// From is where the scan starts; it runs to the end of the text and
	// then wraps to the start, as a reader searching forward does. It is
	// moved back to the start of its line so no hit is cut in two.
	From int
	// Chunk is how many bytes are searched between checks of the context;
	// 0 means 1 MB.
	Chunk int
}

// Scan calls yield with each hit in d, in the order ScanOptions.From
// describes, skipping filtered spans unless asked. It stops early when
// yield returns false (returning nil) or when ctx is done (returning its
// error), checking ctx at least once a chunk, so a search of a 100 MB
// document can be dropped for the next keystroke.
func (q *Query) Scan(ctx context.Context, d *model.Document, opt ScanOptions, yield func(model.Span) bool) error {
	from := max(0, min(opt.From, len(d.Text)))
	from = strings.LastIndexByte(d.Text[:from], '\n') + 1
	chunk := opt.Chunk
	if chunk <= 0 {
		chunk = 1 << 20
	}
	for _, part := range []model.Span{{Start: from, End: len(d.Text)}, {Start: 0, End: from}} {
		segs := []model.Span{part}
		if !opt.Junk {
			segs = d.Clean(part)
		}
		for _, seg := range segs {
			for at := seg.Start; at < seg.End; {
				if err := ctx.Err(); err != nil {
					return err
				}
				end := seg.End
				if end-at > chunk {
					// Cut after a line break so no hit is split; a line
					// longer than a chunk is searched whole.
					end = at + chunk
					if nl := strings.IndexByte(d.Text[end:seg.End], '\n'); nl >= 0 {
						end += nl + 1
					} else {
						end = seg.End
					}
				}
				if !q.FindIn(d.Text, model.Span{Start: at, End: end}, yield) {
					return nil
				}
				at = end
			}
		}
	}
	return nil
}

// All yields every hit in d in text order, skipping filtered spans unless
// junk is true.
func (q *Query) All(d *model.Document, junk bool) iter.Seq[model.Span] {
	return func(yield func(model.Span) bool) {
		q.Scan(context.Background(), d, ScanOptions{Junk: junk}, yield)
	}
}

// Count returns the number of hits in d.
func (q *Query) Count(d *model.Document, junk bool) int {
	n := 0
	for range q.All(d, junk) {
		n++
	}
	return n
}
