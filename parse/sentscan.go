package parse

import (
	"strings"
	"unicode/utf8"
)

// sentScan keeps the sentences of a node's paragraphs as paragraphLeads
// scanned them (scanSentences, no ；, no limit), for inline to read back
// rather than scan the same paragraphs again: the two scans were a third
// of a 100 MB file's measures. It holds one node's paragraphs at a time,
// the node measures is at (measures calls paragraphLeads, then inline on
// the node and its leads, before it goes down to the node's children),
// and is each parser's (each fork's) own, like parser.marks.
type sentScan struct {
	paras   []int  // the paragraphs scanned, as indexes into eff, ascending
	ends    []int  // the end of each paragraph's sentences in buf
	opener  []bool // each paragraph's opener (scanSentences)
	buf     []sentence
	scratch []sentence // a paragraph's sentences not kept
}

// sentKept bounds the sentences kept for a node (32 KB): a node that
// owns more paragraphs (a 100 MB file's root had 40,000, 45,000
// sentences) has the rest scanned again by inline, rather than keep
// megabytes for the rest of the parse (at 4,096 sentences sentScan still
// allocated 0.75 MB a parse of 100 MB, its buffers grown to the bound).
const sentKept = 1 << 10

// reset empties the scan for a node's paragraphs.
func (c *sentScan) reset() {
	c.paras, c.ends, c.opener, c.buf = c.paras[:0], c.ends[:0], c.opener[:0], c.buf[:0]
}

// scan returns the sentences of paragraph i, whose text is s, and keeps
// them, up to sentKept. Paragraphs are kept in ascending order only: one
// out of order (hints may give leadsAfterItems's paragraphs back out of
// order) is scanned and not kept. What is not kept is valid until the
// next scan.
func (c *sentScan) scan(i int, s string) []sentence {
	if n := len(c.paras); n > 0 && c.paras[n-1] >= i || len(c.buf) >= sentKept {
		c.scratch, _ = scanSentences(c.scratch, s, false, -1)
		return c.scratch
	}
	from := len(c.buf)
	ss, opener := scanSentences(c.buf[from:], s, false, -1)
	c.buf = append(c.buf[:from], ss...) // in place unless the buffer grew
	c.paras = append(c.paras, i)
	c.ends = append(c.ends, len(c.buf))
	c.opener = append(c.opener, opener)
	return c.buf[from:]
}

// get returns what scan kept of paragraph i, if it was scanned.
func (c *sentScan) get(i int) (ss []sentence, opener, ok bool) {
	lo, hi := 0, len(c.paras)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if c.paras[m] < i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(c.paras) || c.paras[lo] != i {
		return nil, false, false
	}
	from := 0
	if lo > 0 {
		from = c.ends[lo-1]
	}
	return c.buf[from:c.ends[lo]], c.opener[lo], true
}

// leadHead bounds the bytes a paragraph's lead sentence can take (50
// runes and its marks).
const leadHead = 220

// firstInHead reports whether the first sentence of s read within its
// first leadHead bytes ends in 。 — what scanSentences on s[:leadHead] with
// a limit of one sentence gives, where a 。 is in the head at all — from ss,
// the sentences of all of s. The head's scan reads as the whole's but at
// its cut: closing quotes after the 。 that run past it, or, in broken
// bytes, the last bytes the head reads one at a time (tailValid), where
// the whole is read eight at a time. There s[:leadHead] is scanned, into
// buf.
func firstInHead(s string, ss []sentence, buf []sentence) (bool, []sentence) {
	head := min(len(s), leadHead)
	if !tailValid(s) {
		buf, _ = scanSentences(buf, s[:head], false, 1)
		return len(buf) > 0 && buf[0].mark == '。' && strings.Contains(s[:head], "。"), buf
	}
	if len(ss) == 0 || ss[0].mark != '。' || ss[0].bodyEnd+len("。") > head {
		// No sentence ends before it within the head either: a mark
		// the whole paragraph passes over inside quotes, the head
		// passes over too, and the 。 past the head is not read.
		return false, buf
	}
	if b := ss[0].bodyEnd; s[b:b+len("。")] != "。" && !strings.Contains(s[:head], "。") {
		// Broken bytes read as a 。 (the scan decodes E3 80 xx without
		// looking at xx), and no 。 in the head: the head's scan was
		// not asked.
		return false, buf
	}
	if ss[0].end <= head {
		return true, buf // read alike, closing quotes and all
	}
	buf, _ = scanSentences(buf, s[:head], false, 1)
	return len(buf) > 0 && buf[0].mark == '。', buf
}

// tailValid reports whether s is no longer than leadHead, or its bytes
// from where scanSentences on s[:leadHead] stops reading eight bytes at a
// time (leadHead-7) to the rune leadHead cuts are whole runes: where they
// are, the head's scan reads them as the whole's does.
func tailValid(s string) bool {
	if len(s) <= leadHead {
		return true // the head is s
	}
	lo := leadHead - 7
	for k := 0; k < utf8.UTFMax-1 && s[lo]&0xC0 == 0x80; k++ {
		lo--
	}
	hi := leadHead
	for hi > lo && s[hi]&0xC0 == 0x80 {
		hi--
	}
	return utf8.ValidString(s[lo:hi])
}
