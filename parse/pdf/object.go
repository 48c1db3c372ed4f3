// Package pdf reads the text layer of a PDF file: it finds the objects
// (repairing a broken cross-reference table by scanning), interprets the
// pages' content streams with their fonts (ToUnicode maps, predefined CJK
// CMaps, simple encodings) and rebuilds lines and paragraphs from the
// glyphs' positions.
//
// It is written by hand rather than on github.com/ledongthuc/pdf because
// that reader trusts the cross-reference table (a damaged one stops it),
// panics on malformed objects and has no bound on what a stream expands
// to; the object syntax itself is small (ISO 32000-1 §7.2–7.3).
package pdf

import (
	"bytes"
	"errors"
	"strconv"
)

// Name is a PDF name object (/Font), without the slash.
type Name string

// Ref is an indirect reference (12 0 R).
type Ref struct{ Num, Gen int }

// Dict is a PDF dictionary.
type Dict map[Name]any

// Array is a PDF array.
type Array []any

// String is a PDF string, literal or hexadecimal, as its bytes.
type String []byte

// op is a bare keyword: an operator in a content stream, or true/false/null
// and obj/stream/endobj in a file.
type op string

// Stream is a stream object: its dictionary and its raw (still encoded)
// bytes, a slice of the file.
type Stream struct {
	Dict Dict
	Raw  []byte
}

// maxDepth bounds the nesting of arrays and dictionaries, so hostile input
// cannot exhaust the stack.
const maxDepth = 64

var errSyntax = errors.New("syntax error")

// lexer reads PDF tokens from a byte slice.
type lexer struct {
	b []byte
	p int
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

// skip passes whitespace and comments.
func (l *lexer) skip() {
	for l.p < len(l.b) {
		c := l.b[l.p]
		if isSpace(c) {
			l.p++
			continue
		}
		if c == '%' {
			for l.p < len(l.b) && l.b[l.p] != '\n' && l.b[l.p] != '\r' {
				l.p++
			}
			continue
		}
		return
	}
}

// object reads the next object; an operator comes back as op. At the end
// of input it returns nil, io-less: ok is false.
func (l *lexer) object(depth int) (v any, ok bool) {
	if depth > maxDepth {
		return nil, false
	}
	l.skip()
	if l.p >= len(l.b) {
		return nil, false
	}
	c := l.b[l.p]
	switch {
	case c == '/':
		return l.name(), true
	case c == '(':
		return l.literal(), true
	case c == '<':
		if l.p+1 < len(l.b) && l.b[l.p+1] == '<' {
			l.p += 2
			return l.dict(depth), true
		}
		return l.hex(), true
	case c == '[':
		l.p++
		var a Array
		for {
			l.skip()
			if l.p >= len(l.b) {
				return a, true
			}
			if l.b[l.p] == ']' {
				l.p++
				return a, true
			}
			v, ok := l.object(depth + 1)
			if !ok {
				return a, true
			}
			if o, isOp := v.(op); isOp && o == "R" && len(a) >= 2 {
				if r, good := makeRef(a[len(a)-2], a[len(a)-1]); good {
					a = append(a[:len(a)-2], r)
					continue
				}
			}
			a = append(a, v)
		}
	case c == ']' || c == '>' || c == ')' || c == '{' || c == '}':
		l.p++
		return op(string(c)), true
	case c == '+' || c == '-' || c == '.' || (c >= '0' && c <= '9'):
		return l.number(), true
	}
	start := l.p
	for l.p < len(l.b) && !isSpace(l.b[l.p]) && !isDelim(l.b[l.p]) {
		l.p++
	}
	if l.p == start {
		l.p++
	}
	switch w := string(l.b[start:l.p]); w {
	case "true":
		return true, true
	case "false":
		return false, true
	case "null":
		return nil, true
	default:
		return op(w), true
	}
}

func makeRef(a, b any) (Ref, bool) {
	n, ok1 := a.(int)
	g, ok2 := b.(int)
	if !ok1 || !ok2 || n < 0 || g < 0 {
		return Ref{}, false
	}
	return Ref{n, g}, true
}

func (l *lexer) dict(depth int) Dict {
	d := Dict{}
	var stack []any
	for {
		l.skip()
		if l.p >= len(l.b) {
			break
		}
		if l.b[l.p] == '>' {
			l.p++
			if l.p < len(l.b) && l.b[l.p] == '>' {
				l.p++
			}
			break
		}
		v, ok := l.object(depth + 1)
		if !ok {
			break
		}
		if o, isOp := v.(op); isOp && o == "R" && len(stack) >= 2 {
			if r, good := makeRef(stack[len(stack)-2], stack[len(stack)-1]); good {
				stack = append(stack[:len(stack)-2], r)
				continue
			}
		}
		stack = append(stack, v)
	}
	for i := 0; i+1 < len(stack); i += 2 {
		if k, ok := stack[i].(Name); ok {
			d[k] = stack[i+1]
		} else {
			i-- // resynchronise on the next name
		}
	}
	return d
}

func (l *lexer) name() Name {
	l.p++
	var buf []byte
	for l.p < len(l.b) && !isSpace(l.b[l.p]) && !isDelim(l.b[l.p]) {
		c := l.b[l.p]
		if c == '#' && l.p+2 < len(l.b) {
			if v, err := strconv.ParseUint(string(l.b[l.p+1:l.p+3]), 16, 8); err == nil {
				buf = append(buf, byte(v))
				l.p += 3
				continue
			}
		}
		buf = append(buf, c)
		l.p++
	}
	return Name(buf)
}

func (l *lexer) number() any {
	start := l.p
	l.p++
	for l.p < len(l.b) {
		c := l.b[l.p]
		if (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' {
			l.p++
			continue
		}
		break
	}
	s := string(l.b[start:l.p])
	if i, err := strconv.Atoi(s); err == nil {
		return i
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		// 1.-5 or a lone sign: real readers take what parses.
		return 0.0
	}
	return f
}

func (l *lexer) literal() String {
	l.p++
	var buf []byte
	depth := 1
	for l.p < len(l.b) {
		c := l.b[l.p]
		l.p++
		switch c {
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return buf
			}
		case '\\':
			if l.p >= len(l.b) {
				return buf
			}
			e := l.b[l.p]
			l.p++
			switch e {
			case 'n':
				c = '\n'
			case 'r':
				c = '\r'
			case 't':
				c = '\t'
			case 'b':
				c = '\b'
			case 'f':
				c = '\f'
			case '\r':
				if l.p < len(l.b) && l.b[l.p] == '\n' {
					l.p++
				}
				continue
			case '\n':
				continue
			default:
				if e >= '0' && e <= '7' {
					v := int(e - '0')
					for k := 0; k < 2 && l.p < len(l.b) && l.b[l.p] >= '0' && l.b[l.p] <= '7'; k++ {
						v = v*8 + int(l.b[l.p]-'0')
						l.p++
					}
					c = byte(v)
				} else {
					c = e
				}
			}
		}
		buf = append(buf, c)
	}
	return buf
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func (l *lexer) hex() String {
	l.p++
	var buf []byte
	var hi byte
	half := false
	for l.p < len(l.b) {
		c := l.b[l.p]
		l.p++
		if c == '>' {
			break
		}
		v, ok := unhex(c)
		if !ok {
			continue
		}
		if half {
			buf = append(buf, hi<<4|v)
		} else {
			hi = v
		}
		half = !half
	}
	if half {
		buf = append(buf, hi<<4)
	}
	return buf
}

// streamStart returns where a stream's data starts when the lexer stands
// just after the keyword "stream", which is followed by CRLF or LF.
func streamStart(b []byte, p int) int {
	if p < len(b) && b[p] == '\r' {
		p++
	}
	if p < len(b) && b[p] == '\n' {
		p++
	}
	return p
}

var endstream = []byte("endstream")

// number values as float64, whichever kind they were written as.
func num(v any) (float64, bool) {
	switch x := v.(type) {
	case int:
		return float64(x), true
	case float64:
		return x, true
	}
	return 0, false
}

// findEndstream finds the end of a stream's data when its /Length is
// missing, indirect or wrong: the last byte before "endstream", less the
// end-of-line that precedes the keyword.
func findEndstream(b []byte, start int) int {
	i := bytes.Index(b[start:], endstream)
	if i < 0 {
		return len(b)
	}
	end := start + i
	if end > start && b[end-1] == '\n' {
		end--
	}
	if end > start && b[end-1] == '\r' {
		end--
	}
	return end
}
