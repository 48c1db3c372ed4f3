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

	paid := r.IntN(5) == 0 // ##paidbegin## glued to the first heading
	adAt := -1             // an ad line between two paragraphs
	if r.IntN(80) == 0 {
		adAt = 1 + r.IntN(3)
	}
	para := 0
	endPara := func(b []byte) []byte {
		b = append(b, '\n')
		para++
		if para == adAt {
			b = append(b, pick(r, ads)...)
			b = append(b, '\n')
		}
		if r.IntN(60) == 0 {
			b = append(b, "##pagebreak##\n"...)
		}
		return b
	}
	heading := func(b []byte, h string) []byte {
		if paid {
			b = append(b, "##paidbegin##"...)
			paid = false
		}
		return append(b, h...)
	}

	hbase, hstep := r.IntN(len(headings)), 1+2*r.IntN(3) // distinct headings
	nextHeading := func() string {
		hbase = (hbase + hstep) % len(headings)
		return headings[hbase]
	}
	secs := sectionSets[r.IntN(len(sectionSets))]

	switch r.IntN(4) {
	case 0: // standalone headings, some paragraphs with 一是 measures
		for range 3 + r.IntN(2) {
			b = heading(b, nextHeading())
			b = append(b, '\n')
			for k := range 1 + r.IntN(3) {
				b = g.sentences(b, r, 1+r.IntN(2))
				if k == 0 && r.IntN(2) == 0 {
					b = g.inline(b, r, "是")
				}
				b = endPara(b)
			}
		}
	case 1: // 一、 sections, （一） first-sentence headings, 1. items
		for s := range 2 + r.IntN(len(secs)-1) {
			b = heading(b, cnNum[s]+"、"+secs[s])
			b = append(b, '\n')
			if s > 0 && r.IntN(2) == 0 {
				b = g.sentences(b, r, 2)
				b = endPara(b)
				continue
			}
			for k := range 2 + r.IntN(3) {
				b = append(b, "（"+cnNum[k]+"）"...)
				b = append(b, nextHeading()...)
				b = append(b, "。"...)
				b = g.sentences(b, r, 1+r.IntN(2))
				if r.IntN(3) == 0 {
					b = g.inline(b, r, "是")
				}
				b = endPara(b)
				if k == 0 && r.IntN(3) == 0 {
					sl := r.IntN(len(shortLeads))
					for j := range 2 + r.IntN(2) {
						b = strconv.AppendInt(b, int64(j+1), 10)
						b = append(b, '.')
						b = append(b, shortLeads[(sl+j)%len(shortLeads)]...)
						b = append(b, "。"...)
						b = g.sentences(b, r, 1)
						b = endPara(b)
					}
				}
			}
		}
	case 2: // paragraphs opening with parallel lead sentences
		b = g.sentences(b, r, 2)
		b = endPara(b)
		prefix := pick(r, leadPrefixes)
		short := r.IntN(3) == 0
		o := r.IntN(len(leadObjects))
		for k := range 3 + r.IntN(2) {
			if paid {
				b = append(b, "##paidbegin##"...)
				paid = false
			}
			if short {
				b = append(b, shortLeads[(o+k)%len(shortLeads)]...)
			} else {
				b = g.lead(b, r, prefix, o+k)
			}
			b = append(b, "。"...)
			b = g.sentences(b, r, 1+r.IntN(3))
			b = endPara(b)
		}
	default: // standalone headings, parallel leads inside one paragraph
		for range 2 + r.IntN(2) {
			b = heading(b, nextHeading())
			b = append(b, '\n')
			b = g.sentences(b, r, 1)
			prefix := pick(r, leadPrefixes)
			o := r.IntN(len(leadObjects))
			for k := range 3 {
				b = g.lead(b, r, prefix, o+k)
				b = append(b, "。"...)
				b = g.sentences(b, r, 1+r.IntN(2))
			}
			b = endPara(b)
		}
	}
	b = append(b, pick(r, sentences[len(sentences)-3:])...)
	b = append(b, '\n')
	g.buf = b

	sep = sepPlain
	if i%adEvery == adEvery-1 {
		sep = sepAds[r.IntN(len(sepAds))]
	}
	return b, title, sep
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
