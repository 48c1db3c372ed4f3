package libgrep

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"wenji/internal/doccache"
	"wenji/internal/tools/gen"
	"wenji/model"
	"wenji/model/search"
	"wenji/parse"
)

const seedPath = "../../../shared/seeds/000_9aa560646d353a75.txt"

// library copies the samples into a folder, with the seed once more in
// GB18030, and returns their paths.
func library(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	var files []string
	for _, src := range []string{
		seedPath,
		"../../../shared/corpus/rural-revitalization-opinion-2018-utf8bom.txt",
		"../../../shared/corpus/legislation-law-2023.md",
		"../../../shared/corpus/henan-gov-work-report-2025.docx",
		"../../../shared/corpus/party-congress-19-report-2017-utf8bom-indented.txt",
	} {
		b, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, write(t, filepath.Join(dir, filepath.Base(src)), b))
	}
	b, _ := os.ReadFile(seedPath)
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes(b)
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, write(t, filepath.Join(dir, "seed-gb18030.txt"), gb))
	return files
}

func write(t *testing.T, p string, b []byte) string {
	t.Helper()
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	old := time.Now().Add(-time.Hour)
	os.Chtimes(p, old, old)
	return p
}

func parsed(t *testing.T, p string) *model.Document {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	d, err := parse.Open(p, b, parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func all(t *testing.T, files []string, q *search.Query, opt Options) []Result {
	t.Helper()
	var rs []Result
	if err := Search(context.Background(), files, q, opt, func(r Result) bool { rs = append(rs, r); return true }); err != nil {
		t.Fatal(err)
	}
	return rs
}

// TestSameAsReader: every count and every described hit is what the
// reader finds in the parsed document, on a cold cache, a warm one and
// none, with junk and without.
func TestSameAsReader(t *testing.T) {
	files := library(t)
	var docs []*model.Document
	for _, f := range files {
		docs = append(docs, parsed(t, f))
	}
	warm, _ := doccache.Open(doccache.Options{Dir: t.TempDir()})
	none, _ := doccache.Open(doccache.Options{Disabled: true})
	for _, text := range []string{"调查研究", "发展", `\调查.{0,3}研究`, "@dcyj", "ai", "（一）", "微信"} {
		q, err := search.Compile(text)
		if err != nil {
			t.Fatal(err)
		}
		for _, junk := range []bool{false, true} {
			for round, c := range []*doccache.Cache{warm, warm, none} {
				rs := all(t, files, q, Options{Cache: c, Junk: junk, Window: 1 << 30, Shown: -1})
				if len(rs) != len(files) {
					t.Fatalf("%d results for %d files", len(rs), len(files))
				}
				for i, r := range rs {
					d := docs[i]
					if r.Index != i || r.Path != files[i] || r.Err != nil {
						t.Fatalf("result %d: %d %s %v", i, r.Index, r.Path, r.Err)
					}
					var want []model.Span
					for sp := range q.All(d, junk) {
						want = append(want, sp)
					}
					if r.Count != len(want) || len(r.Hits) != len(want) {
						t.Fatalf("%q junk=%v round %d %s: %d hits (%d described), want %d", text, junk, round, files[i], r.Count, len(r.Hits), len(want))
					}
					for k, h := range r.Hits {
						n := d.NodeAt(want[k].Start)
						if h.Span != want[k] || !slices.Equal(h.Path, n.Index()) || h.Match != d.Text[h.Span.Start:h.Span.End] ||
							h.Junk != (len(d.JunkIn(model.Span{Start: h.Span.Start, End: h.Span.Start + 1})) > 0) {
							t.Fatalf("%q %s hit %d: %+v, want %v at %v", text, files[i], k, h, want[k], n.Index())
						}
					}
				}
			}
		}
	}
}

// TestSeed is issue 18's acceptance: 调查研究 hits the seed 16 times, each
// with its outline path; as headings, the few titles that hold it.
func TestSeed(t *testing.T) {
	c, _ := doccache.Open(doccache.Options{Dir: t.TempDir()})
	q, _ := search.Compile("调查研究")
	rs := all(t, []string{seedPath}, q, Options{Cache: c})
	if rs[0].Count != 16 || len(rs[0].Hits) != 16 {
		t.Fatalf("%d hits, %d described", rs[0].Count, len(rs[0].Hits))
	}
	for _, h := range rs[0].Hits {
		if len(h.Path) == 0 || len(h.Crumb) == 0 || !strings.Contains(h.Match, "调查研究") {
			t.Errorf("hit without a place: %+v", h)
		}
	}
	rs = all(t, []string{seedPath}, q, Options{Cache: c, Headings: true})
	found := false
	d := parsed(t, seedPath)
	for _, h := range rs[0].Hits {
		n := d.Find(h.Path)
		if n == nil || !strings.Contains(n.Title, "调查研究") || h.Span != n.TitleSpan || h.Match != n.Heading() {
			t.Errorf("heading hit %+v is not a heading holding the query", h)
		}
		found = found || strings.Contains(h.Match, "坚持校准靶向，确保调查研究选题精准")
	}
	if !found || rs[0].Count >= 16 || rs[0].Count == 0 {
		t.Errorf("%d headings, the one expected found: %v", rs[0].Count, found)
	}
}

// TestHeadingsTitle: the root's title (the seed's 2023主题教育经验做法汇编
// （4篇）) is a heading a headings search finds: the root's place (no
// path, no breadcrumb) and its title span.
func TestHeadingsTitle(t *testing.T) {
	c, _ := doccache.Open(doccache.Options{Dir: t.TempDir()})
	q, _ := search.Compile("汇编")
	rs := all(t, []string{seedPath}, q, Options{Cache: c, Headings: true})
	d := parsed(t, seedPath)
	if rs[0].Count != 1 || len(rs[0].Hits) != 1 {
		t.Fatalf("%d headings hold 汇编, want 1 (the title): %+v", rs[0].Count, rs[0].Hits)
	}
	h := rs[0].Hits[0]
	if len(h.Path) != 0 || len(h.Crumb) != 0 || h.Span != d.Root.TitleSpan || h.Match != d.Root.Heading() || h.Node != 0 {
		t.Errorf("title hit %+v, want the root's (%v %q)", h, d.Root.TitleSpan, d.Root.Heading())
	}
}

// TestHitsWindow: Search describes the first Window hits; Hits finds any
// later run of them again, the same.
func TestHitsWindow(t *testing.T) {
	c, _ := doccache.Open(doccache.Options{Dir: t.TempDir()})
	q, _ := search.Compile("发展")
	full := all(t, []string{seedPath}, q, Options{Cache: c, Window: 1 << 30, Shown: -1})[0]
	some := all(t, []string{seedPath}, q, Options{Cache: c, Window: 5})[0]
	none := all(t, []string{seedPath}, q, Options{Cache: c, Window: -1})[0]
	if full.Count < 50 || some.Count != full.Count || none.Count != full.Count || len(some.Hits) != 5 || len(none.Hits) != 0 {
		t.Fatalf("counts %d %d %d, described %d %d", full.Count, some.Count, none.Count, len(some.Hits), len(none.Hits))
	}
	// Shown bounds what the whole search describes, in list order.
	three := all(t, []string{seedPath, seedPath, seedPath}, q, Options{Cache: c, Window: 7, Shown: 10})
	if len(three[0].Hits) != 7 || len(three[1].Hits) != 3 || three[2].Hits != nil || three[2].Count != full.Count {
		t.Fatalf("Shown 10 described %d, %d, %d", len(three[0].Hits), len(three[1].Hits), len(three[2].Hits))
	}
	hs, n, err := Hits(context.Background(), seedPath, q, Options{Cache: c}, 30, 10)
	if err != nil || n != full.Count || len(hs) != 10 {
		t.Fatalf("Hits: %d of %d, %v", len(hs), n, err)
	}
	for k, h := range hs {
		if h.Span != full.Hits[30+k].Span || h.Before != full.Hits[30+k].Before || h.After != full.Hits[30+k].After {
			t.Errorf("Hits %d = %+v, want %+v", 30+k, h, full.Hits[30+k])
		}
	}
}

// TestOrderAndCancel: many documents come back in list order whatever
// core searched them, and a cancelled search stops with the context's
// error.
func TestOrderAndCancel(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := range 300 {
		p := filepath.Join(dir, "d", string(rune('a'+i%26)), filepath.Base(gen.Title(int64(i)))+strings.Repeat("x", i%7)+".txt")
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := gen.WriteFile(p, int64(2000+i*37), int64(i)); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	c, _ := doccache.Open(doccache.Options{Dir: t.TempDir()})
	q, _ := search.Compile("今年以来")
	rs := all(t, files, q, Options{Cache: c, Workers: 4})
	for i, r := range rs {
		if r.Index != i || r.Path != files[i] {
			t.Fatalf("result %d is document %d", i, r.Index)
		}
		if r.Err == nil && r.Count != q.Count(parsed(t, files[i]), false) {
			t.Fatalf("%s: %d hits", files[i], r.Count)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	seen := 0
	err := Search(ctx, files, q, Options{Cache: c}, func(Result) bool {
		seen++
		if seen == 10 {
			cancel()
		}
		return true
	})
	if !errors.Is(err, context.Canceled) || seen > 10+lookahead {
		t.Errorf("after cancelling: %v, %d results", err, seen)
	}
}

// TestPanicIsError: a bug met in one document is that document's error;
// the others are searched.
func TestPanicIsError(t *testing.T) {
	c, _ := doccache.Open(doccache.Options{Disabled: true, Parse: func(name string, data []byte) (*model.Document, error) {
		if strings.HasSuffix(name, "bad.txt") {
			panic("parser bug")
		}
		return parse.Open(name, data, parse.Options{})
	}})
	dir := t.TempDir()
	bad := write(t, filepath.Join(dir, "bad.txt"), []byte("调查研究\n"))
	q, _ := search.Compile("调查研究")
	rs := all(t, []string{bad, seedPath}, q, Options{Cache: c})
	if rs[0].Err == nil || !strings.Contains(rs[0].Err.Error(), "parser bug") || rs[1].Err != nil || rs[1].Count != 16 {
		t.Fatalf("results %+v %+v", rs[0].Err, rs[1].Count)
	}
}

// TestHeadingsMatchMarkers: a headings search matches a heading as the
// outline prints it, its number with it, as the reader's /# does (it
// searches the heading's line): #第三条 finds the law's article, #一是 the
// report's measures, #（一） its parts. The library's /# and --search
// --headings matched the title without its number and found none of them.
func TestHeadingsMatchMarkers(t *testing.T) {
	files := library(t)
	c, _ := doccache.Open(doccache.Options{Dir: t.TempDir()})
	for _, text := range []string{"第三条", "（一）", "第一章", "一、", "总则", "调查研究"} {
		q, err := search.Compile(text)
		if err != nil {
			t.Fatal(err)
		}
		rs := all(t, files, q, Options{Cache: c, Headings: true, Window: 1 << 30})
		total := 0
		for i, r := range rs {
			d := parsed(t, files[i])
			want := 0
			for n := range d.Root.All() {
				found := false
				q.FindIn(d.Text, n.TitleSpan, func(model.Span) bool { found = true; return false })
				if found {
					want++
				}
			}
			if r.Count != want {
				t.Errorf("#%s in %s: %d headings, the reader finds %d", text, filepath.Base(files[i]), r.Count, want)
			}
			total += r.Count
		}
		if total == 0 {
			t.Errorf("#%s: no heading found in the library", text)
		}
	}
}

// TestCrumbAsReader: a hit's breadcrumb names its headings as the
// reader's status bar and the basket's source line do, each with its
// number (第一章 总则 › 第三条 立法应当…, not 总则 › 立法应当…): without them a
// law's crumb said 总则 where the reader said 第一章 总则, and a report's
// （三）s were told apart by their words only.
func TestCrumbAsReader(t *testing.T) {
	files := library(t)
	c, _ := doccache.Open(doccache.Options{Dir: t.TempDir()})
	q, _ := search.Compile("立法")
	rs := all(t, files, q, Options{Cache: c, Window: 1 << 30, Shown: -1})
	checked := 0
	for i, r := range rs {
		d := parsed(t, files[i])
		for _, h := range r.Hits {
			var want []string
			for _, n := range d.NodeAt(h.Span.Start).Path()[1:] {
				if n.Heading() != "" {
					want = append(want, n.Heading())
				}
			}
			if !slices.Equal(h.Crumb, want) {
				t.Fatalf("%s: hit at %d: crumb %q, the reader's %q", filepath.Base(files[i]), h.Span.Start, h.Crumb, want)
			}
			checked++
		}
	}
	if checked == 0 {
		t.Fatal("no hit checked")
	}
}

// TestInTitleAsReader: a hit says it is in its node's own title (a
// heading's line, the document's title for the root) exactly where the
// parsed document's node holding it has its title span over it, as the
// library's results need to know what the breadcrumb above a hit is.
func TestInTitleAsReader(t *testing.T) {
	files := library(t)
	c, _ := doccache.Open(doccache.Options{Dir: t.TempDir()})
	q, _ := search.Compile("\\意见|调查研究|法")
	rs := all(t, files, q, Options{Cache: c, Window: 1 << 30, Shown: -1})
	in, out, root := 0, 0, 0
	for i, r := range rs {
		d := parsed(t, files[i])
		for _, h := range r.Hits {
			n := d.NodeAt(h.Span.Start)
			ts := n.TitleSpan
			want := ts.End > ts.Start && h.Span.Start >= ts.Start && h.Span.Start < ts.End
			if h.InTitle != want {
				t.Fatalf("%s: hit %q at %d in %q: InTitle %v, want %v", filepath.Base(files[i]), h.Match, h.Span.Start, n.Heading(), h.InTitle, want)
			}
			switch {
			case want && h.Node == 0:
				root++
			case want:
				in++
			default:
				out++
			}
		}
	}
	if in == 0 || out == 0 || root == 0 {
		t.Fatalf("hits in a heading %d, in the text %d, in a title %d: each kind wanted", in, out, root)
	}
}
