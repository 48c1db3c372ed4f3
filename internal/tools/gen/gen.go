// Package gen writes synthetic compilations of official-style Chinese
// documents (经验材料汇编) for stress tests and benchmarks: a title line, a
// 目录, then many articles in the forms wenji's parser recognises (standalone
// headings, 一、（一）1. numbering, 一是 inline measures, paragraph and
// in-paragraph lead sentences), with 素材-site ads and paid-content markers
// mixed in as such files have them.
//
// Output is deterministic for a given size and seed.
package gen

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"

	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"
)

// fullTOCLimit is the largest size whose 目录 lists full titles; larger
// compilations get the empty entries (1. 2. …) many 素材 files have.
const fullTOCLimit = 1 << 20

// adEvery is how many articles stand between two ad blocks.
const adEvery = 50

// Write writes a compilation of about size bytes (within one article, a few
// KB, of it; at least one article) generated from seed.
func Write(w io.Writer, size int64, seed int64) error {
	g := &generator{seed: seed}
	fullTOC := size <= fullTOCLimit

	// Pass 1: find how many articles fill size, measuring each exactly.
	footer := g.footer()
	fixed := int64(len(g.header(0, fullTOC, nil)) + len(footer) + 2)
	total := fixed
	n := 0
	var titles []string
	for {
		art, title, sep := g.article(n)
		add := int64(len(art) + len(sep) + len(tocEntry(nil, n, title, fullTOC)))
		if n > 0 && total+add-size > size-total {
			break // the article would overshoot more than leaving it out falls short
		}
		total += add
		titles = append(titles, title)
		n++
		if total >= size {
			break
		}
	}

	// Pass 2: write.
	bw := bufio.NewWriterSize(w, 256<<10)
	toc := make([]byte, 0, 64*n)
	for i, title := range titles {
		toc = tocEntry(toc, i, title, fullTOC)
	}
	if _, err := bw.Write(g.header(n, fullTOC, toc)); err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		art, _, sep := g.article(i)
		bw.Write(art)
		if i < n-1 {
			bw.Write(sep)
		}
	}
	bw.WriteString(footer)
	return bw.Flush()
}

type generator struct {
	seed int64
	buf  []byte // the article being built, reused
	r    *rand.Rand
	pcg  *rand.PCG
}

func (g *generator) rng(stream uint64) *rand.Rand {
	if g.pcg == nil {
		g.pcg = rand.NewPCG(0, 0)
		g.r = rand.New(g.pcg)
	}
	g.pcg.Seed(uint64(g.seed), stream)
	return g.r
}

// header returns the title line and the 目录 block (toc holds its entries).
func (g *generator) header(n int, fullTOC bool, toc []byte) []byte {
	r := g.rng(1 << 62)
	year := 2019 + r.IntN(7)
	b := make([]byte, 0, 128+len(toc))
	b = strconv.AppendInt(b, int64(year), 10)
	b = append(b, "年"...)
	b = append(b, pick(r, themes)...)
	b = append(b, "汇编（"...)
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(b, "篇）\n\n目录\n\n"...)
	b = append(b, toc...)
	b = append(b, "\n\n"...)
	return b
}

func tocEntry(b []byte, i int, title string, full bool) []byte {
	b = strconv.AppendInt(b, int64(i+1), 10)
	b = append(b, '.')
	if full {
		b = append(b, title...)
	}
	return append(b, '\n')
}

func (g *generator) footer() string {
	return "\n\n" + ads[0] + "\n" + ads[1] + "\n" + ads[2] + "\n\n\n##paidend##\n"
}

func pick(r *rand.Rand, s []string) string { return s[r.IntN(len(s))] }

// article returns article i's text (ending in a newline), its title and the
// separator that follows it (blank lines, sometimes an ad block). The slice
// is valid until the next call.
func (g *generator) article(i int) (text []byte, title string, sep []byte) {
	r := g.rng(uint64(i))
	b := g.buf[:0]
	title = pick(r, titleHeads) + "　" + pick(r, titleTails)
	b = append(b, title...)
	b = append(b, "\n\n"...)
	b = append(b, pick(r, intros)...)
	b = g.sentences(b, r, 1+r.IntN(3))
	b = append(b, '\n')

	w := &articleWriter{g: g, r: r, b: b, adAt: -1}
	w.paid = r.IntN(5) == 0 // ##paidbegin## glued to the first heading
	if r.IntN(80) == 0 {    // an ad line between two paragraphs
		w.adAt = 1 + r.IntN(3)
	}
	w.hbase, w.hstep = r.IntN(len(headings)), 1+2*r.IntN(3) // distinct headings
	secs := sectionSets[r.IntN(len(sectionSets))]
	switch r.IntN(4) {
	case 0:
		w.standaloneHeadings()
	case 1:
		w.numberedSections(secs)
	case 2:
		w.parallelLeads()
	default:
		w.inlineLeads()
	}
	b = append(w.b, pick(r, sentences[len(sentences)-3:])...)
	b = append(b, '\n')
	g.buf = b

	sep = sepPlain
	if i%adEvery == adEvery-1 {
		sep = sepAds[r.IntN(len(sepAds))]
	}
	return b, title, sep
}

// articleWriter is one article's body being written: its random source,
// the bytes so far and the state its paragraphs share (the paid marker not
// yet written, the paragraph an ad follows, the walk through the headings).
// Its calls on r come in a fixed order, so a seed gives the same bytes.
type articleWriter struct {
	g            *generator
	r            *rand.Rand
	b            []byte
	paid         bool
	adAt, para   int
	hbase, hstep int
}

// endPara ends a paragraph, with the ad line after it when it is the one,
// and now and then a page-break marker.
func (w *articleWriter) endPara() {
	w.b = append(w.b, '\n')
	w.para++
	if w.para == w.adAt {
		w.b = append(w.b, pick(w.r, ads)...)
		w.b = append(w.b, '\n')
	}
	if w.r.IntN(60) == 0 {
		w.b = append(w.b, "##pagebreak##\n"...)
	}
}

// paidMark writes ##paidbegin## before the first heading of a paid article.
func (w *articleWriter) paidMark() {
	if w.paid {
		w.b = append(w.b, "##paidbegin##"...)
		w.paid = false
	}
}

// heading writes h after the paid marker, if one is due.
func (w *articleWriter) heading(h string) {
	w.paidMark()
	w.b = append(w.b, h...)
}

// nextHeading steps through the headings so that an article's are distinct.
func (w *articleWriter) nextHeading() string {
	w.hbase = (w.hbase + w.hstep) % len(headings)
	return headings[w.hbase]
}

// standaloneHeadings: headings on their own lines, some paragraphs with
// 一是 measures.
func (w *articleWriter) standaloneHeadings() {
	r := w.r
	for range 3 + r.IntN(2) {
		w.heading(w.nextHeading())
		w.b = append(w.b, '\n')
		for k := range 1 + r.IntN(3) {
			w.b = w.g.sentences(w.b, r, 1+r.IntN(2))
			if k == 0 && r.IntN(2) == 0 {
				w.b = w.g.inline(w.b, r, "是")
			}
			w.endPara()
		}
	}
}

// numberedSections: 一、 sections, （一） first-sentence headings, 1. items.
func (w *articleWriter) numberedSections(secs []string) {
	r := w.r
	for s := range 2 + r.IntN(len(secs)-1) {
		w.heading(cnNum[s] + "、" + secs[s])
		w.b = append(w.b, '\n')
		if s > 0 && r.IntN(2) == 0 {
			w.b = w.g.sentences(w.b, r, 2)
			w.endPara()
			continue
		}
		for k := range 2 + r.IntN(3) {
			w.b = append(w.b, "（"+cnNum[k]+"）"...)
			w.b = append(w.b, w.nextHeading()...)
			w.b = append(w.b, "。"...)
			w.b = w.g.sentences(w.b, r, 1+r.IntN(2))
			if r.IntN(3) == 0 {
				w.b = w.g.inline(w.b, r, "是")
			}
			w.endPara()
			if k == 0 && r.IntN(3) == 0 {
				w.items()
			}
		}
	}
}

// items writes a run of two or three 1. items with short leads.
func (w *articleWriter) items() {
	r := w.r
	sl := r.IntN(len(shortLeads))
	for j := range 2 + r.IntN(2) {
		w.b = strconv.AppendInt(w.b, int64(j+1), 10)
		w.b = append(w.b, '.')
		w.b = append(w.b, shortLeads[(sl+j)%len(shortLeads)]...)
		w.b = append(w.b, "。"...)
		w.b = w.g.sentences(w.b, r, 1)
		w.endPara()
	}
}

// parallelLeads: paragraphs opening with parallel lead sentences.
func (w *articleWriter) parallelLeads() {
	r := w.r
	w.b = w.g.sentences(w.b, r, 2)
	w.endPara()
	prefix := pick(r, leadPrefixes)
	short := r.IntN(3) == 0
	o := r.IntN(len(leadObjects))
	for k := range 3 + r.IntN(2) {
		w.paidMark()
		if short {
			w.b = append(w.b, shortLeads[(o+k)%len(shortLeads)]...)
		} else {
			w.b = w.g.lead(w.b, r, prefix, o+k)
		}
		w.b = append(w.b, "。"...)
		w.b = w.g.sentences(w.b, r, 1+r.IntN(3))
		w.endPara()
	}
}

// inlineLeads: standalone headings, parallel leads inside one paragraph.
func (w *articleWriter) inlineLeads() {
	r := w.r
	for range 2 + r.IntN(2) {
		w.heading(w.nextHeading())
		w.b = append(w.b, '\n')
		w.b = w.g.sentences(w.b, r, 1)
		prefix := pick(r, leadPrefixes)
		o := r.IntN(len(leadObjects))
		for k := range 3 {
			w.b = w.g.lead(w.b, r, prefix, o+k)
			w.b = append(w.b, "。"...)
			w.b = w.g.sentences(w.b, r, 1+r.IntN(2))
		}
		w.endPara()
	}
}

var sepPlain = []byte("\n\n\n")

var sepAds = [][]byte{
	[]byte("\n\n" + ads[0] + "\n" + ads[1] + "\n\n\n"),
	[]byte("\n\n" + ads[4] + "\n" + ads[3] + "\n\n\n"),
}

// sentences appends about 2n sentences of prose: real material runs to
// several sentences per paragraph (the seed's articles are 5–10 KB), and a
// generator that wrote one or two would make every paragraph structure.
func (g *generator) sentences(b []byte, r *rand.Rand, n int) []byte {
	for range 2*n + r.IntN(2) {
		b = append(b, pick(r, sentences)...)
	}
	return b
}

// inline appends 一<verb>…。二<verb>…。 measures, each followed by a sentence.
func (g *generator) inline(b []byte, r *rand.Rand, verb string) []byte {
	m := r.IntN(len(measures))
	for k := range 2 + r.IntN(3) {
		b = append(b, cnNum[k]...)
		b = append(b, verb...)
		b = append(b, measures[(m+3*k)%len(measures)]...)
		b = append(b, "。"...)
		if r.IntN(2) == 0 {
			b = append(b, pick(r, sentences)...)
		}
	}
	return b
}

// lead appends <prefix><object #obj>，<aim> without the final 。.
func (g *generator) lead(b []byte, r *rand.Rand, prefix string, obj int) []byte {
	b = append(b, prefix...)
	b = append(b, leadObjects[obj%len(leadObjects)]...)
	b = append(b, "，"...)
	return append(b, pick(r, leadAims)...)
}

// Title returns the compilation's theme for seed, without year or count,
// e.g. 基层治理经验材料汇编; it suits a file name.
func Title(seed int64) string {
	g := &generator{seed: seed}
	r := g.rng(1 << 62)
	_ = r.IntN(7) // the year, drawn first in header
	return pick(r, themes) + "汇编"
}

// WriteFiles writes files compilations of size bytes in all into dir, each
// named after its title (0001_….txt), for library tests and timings.
func WriteFiles(dir string, files int, size, seed int64) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	per := size / int64(files)
	for i := range files {
		name := filepath.Join(dir, fmt.Sprintf("%04d_%s.txt", i+1, Title(seed+int64(i))))
		if err := WriteFile(name, per, seed+int64(i)); err != nil {
			return err
		}
	}
	return nil
}

// WriteFile writes one compilation of size bytes to name.
func WriteFile(name string, size, seed int64) error {
	return WriteFileIn(name, size, seed, nil)
}

// WriteFileIn writes one compilation of size bytes (before encoding) to
// name in enc, as many downloaded 素材 files are in GB18030; nil is UTF-8.
func WriteFileIn(name string, size, seed int64, enc encoding.Encoding) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	var w io.Writer = f
	flush := func() error { return nil }
	if enc != nil {
		t := transform.NewWriter(f, enc.NewEncoder())
		w, flush = t, t.Close // Close flushes what the encoder holds
	}
	if err := Write(w, size, seed); err != nil {
		f.Close()
		return err
	}
	if err := flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
