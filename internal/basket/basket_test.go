package basket

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/yuin/goldmark"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"wenji/model"
	"wenji/model/export"
	"wenji/parse"
)

func texts(list []Excerpt) string {
	var s []string
	for _, e := range list {
		s = append(s, e.Text)
	}
	return strings.Join(s, ",")
}

func open(t testing.TB, path string) *Basket {
	t.Helper()
	b, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func save(t testing.TB, b *Basket) {
	t.Helper()
	if err := b.Save(); err != nil {
		t.Fatal(err)
	}
}

// TestOperations: add, move, remove and clear, and what a later session
// reads back.
func TestOperations(t *testing.T) {
	path := filepath.Join(t.TempDir(), "wenji", "basket.json")
	b := open(t, path)
	if b.Len() != 0 {
		t.Fatal("a missing file is not an empty basket")
	}
	var ids []string
	for _, s := range []string{"a", "b", "c"} {
		ids = append(ids, b.Add(Excerpt{Kind: KindSection, Text: s}).ID)
	}
	if !b.Move(ids[2], -1) || b.Move(ids[0], -1) || !b.Remove(ids[0]) || b.Remove("nope") {
		t.Error("Move or Remove reported wrongly")
	}
	if got := texts(b.List()); got != "c,b" {
		t.Errorf("in memory %q, want c,b", got)
	}
	save(t, b)
	if got := texts(open(t, path).List()); got != "c,b" {
		t.Errorf("read back %q, want c,b", got)
	}
	if e := open(t, path).List()[0]; e.Taken.IsZero() || e.ID == "" || e.Kind != KindSection {
		t.Errorf("excerpt lost its fields: %+v", e)
	}
	b.Clear()
	save(t, b)
	if n := open(t, path).Len(); n != 0 {
		t.Errorf("%d excerpts after Clear", n)
	}
}

// TestMergeTwoWriters: two sessions open the same basket and change it;
// whichever saves first, the result has both sessions' adds, neither's
// deletes, and the order of the one that reordered.
func TestMergeTwoWriters(t *testing.T) {
	for _, aFirst := range []bool{true, false} {
		t.Run(fmt.Sprint("aFirst=", aFirst), func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "basket.json")
			seed := open(t, path)
			x := seed.Add(Excerpt{Text: "x"})
			y := seed.Add(Excerpt{Text: "y"})
			seed.Add(Excerpt{Text: "z"})
			save(t, seed)

			a, b := open(t, path), open(t, path)
			a.Add(Excerpt{Text: "a1"})
			a.Remove(x.ID)
			b.Add(Excerpt{Text: "b1"})
			b.Move(y.ID, +1) // y after z: b reordered
			first, second := a, b
			if !aFirst {
				first, second = b, a
			}
			save(t, first)
			save(t, second)
			got := texts(open(t, path).List())
			// b's order (z before y) wins; a's delete of x and both adds
			// are kept, a's at the end either way.
			want := "z,y,b1,a1"
			if got != want {
				t.Errorf("merged %q, want %q", got, want)
			}
			// Both sessions now hold the merged list, the second at once.
			if texts(second.List()) != got {
				t.Errorf("the session that saved last holds %q", texts(second.List()))
			}
		})
	}
}

// TestMergeClear: clearing keeps what another session added meanwhile.
func TestMergeClear(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	s := open(t, path)
	s.Add(Excerpt{Text: "old"})
	save(t, s)
	a, b := open(t, path), open(t, path)
	b.Add(Excerpt{Text: "new"})
	save(t, b)
	a.Clear()
	save(t, a)
	if got := texts(open(t, path).List()); got != "new" {
		t.Errorf("after clear %q, want new", got)
	}
}

// TestConcurrentSaves: sessions saving at the same moment lose nothing.
func TestConcurrentSaves(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	var wg sync.WaitGroup
	const n = 8
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b, err := Open(path)
			if err != nil {
				t.Error(err)
				return
			}
			b.Add(Excerpt{Text: fmt.Sprint(i)})
			if err := b.Save(); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if got := open(t, path).Len(); got != n {
		t.Errorf("%d excerpts, want %d", got, n)
	}
}

// TestDamaged: a damaged file is reported with a typed error, read as
// empty, and kept as .bak when the basket is next saved.
func TestDamaged(t *testing.T) {
	for name, content := range map[string]string{
		"not json":     "{\"version\":1,\"excerpts\":[{\"id\":\"a\"",
		"wrong format": `{"version":7,"excerpts":[]}`,
		"repeated id":  `{"version":1,"excerpts":[{"id":"a","text":"1"},{"id":"a","text":"2"}]}`,
		"binary":       "\x00\xff\xfe\x1b[31m",
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, "basket.json")
			os.WriteFile(path, []byte(content), 0o600)
			os.WriteFile(path+".bak", []byte("an older backup"), 0o600)
			b, err := Open(path)
			var de *DamagedError
			if !errors.As(err, &de) || b == nil || b.Len() != 0 {
				t.Fatalf("Open = %v, %v; want an empty basket and a *DamagedError", b, err)
			}
			if got, _ := os.ReadFile(path); string(got) != content {
				t.Error("Open changed the damaged file")
			}
			b.Add(Excerpt{Text: "new"})
			save(t, b)
			if b.Backup != path+".bak2" {
				t.Errorf("backup at %q, want %s", b.Backup, path+".bak2")
			}
			if got, _ := os.ReadFile(path + ".bak2"); string(got) != content {
				t.Error("the backup does not hold the damaged file")
			}
			if got, _ := os.ReadFile(path + ".bak"); string(got) != "an older backup" {
				t.Error("an older backup was overwritten")
			}
			if got := texts(open(t, path).List()); got != "new" {
				t.Errorf("after save %q", got)
			}
		})
	}
}

// TestEmptyFileIsEmptyBasket: a basket file of no bytes (or blanks) is an
// empty basket, not a damaged one: no error, nothing set aside on save.
func TestEmptyFileIsEmptyBasket(t *testing.T) {
	for _, content := range []string{"", " \n"} {
		path := filepath.Join(t.TempDir(), "basket.json")
		os.WriteFile(path, []byte(content), 0o600)
		b, err := Open(path)
		if err != nil || b.Len() != 0 {
			t.Fatalf("%q: Open = %v, %v; want an empty basket, no error", content, b, err)
		}
		b.Add(Excerpt{Text: "new"})
		save(t, b)
		if b.Backup != "" {
			t.Errorf("%q: set aside as %s", content, b.Backup)
		}
		if got := texts(open(t, path).List()); got != "new" {
			t.Errorf("%q: after save %q", content, got)
		}
	}
}

// TestOversize: a file over MaxSize is damaged, and never read whole.
func TestOversize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	f, _ := os.Create(path)
	f.Truncate(MaxSize + 1)
	f.Close()
	_, err := Open(path)
	var de *DamagedError
	if !errors.As(err, &de) {
		t.Fatalf("Open = %v, want *DamagedError", err)
	}
}

// TestDefaultPath: XDG_DATA_HOME when absolute, ~/.local/share otherwise.
func TestDefaultPath(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/data")
	if p, _ := DefaultPath(); p != "/data/wenji/basket.json" {
		t.Errorf("DefaultPath = %s", p)
	}
	t.Setenv("XDG_DATA_HOME", "relative")
	t.Setenv("HOME", "/home/u")
	if p, _ := DefaultPath(); p != "/home/u/.local/share/wenji/basket.json" {
		t.Errorf("DefaultPath = %s", p)
	}
}

// TestSourceAndMarkdown: an excerpt of a section of a fixture names its
// file, title, breadcrumb, path and date, in Markdown and in a .docx with
// its text: the heading once (the text's first line repeats it), markup
// escaped, control characters dropped.
func TestSourceAndMarkdown(t *testing.T) {
	b, err := os.ReadFile("../../testdata/leads.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := parse.Parse(string(b))
	n := d.Find([]int{1, 1, 2})
	src := NewSource("../../testdata/leads.txt", "k", d, n, n.Span.Start)
	if !filepath.IsAbs(src.Path) || src.Name != "leads.txt" || src.NodePath != "1.1.2" ||
		!slices.Equal(src.Breadcrumb, []string{"以“三学”机制推动理论学习走深走实", "构建立体化学习格局", "专题辅导解难题"}) {
		t.Errorf("source %+v", src)
	}
	e := Excerpt{Heading: n.Heading(), Text: "专题辅导解难题\n　　*强调*正文\x1b[31m。\n1. 第二段", Source: src,
		Taken: time.Date(2026, 12, 5, 12, 0, 0, 0, time.Local)}
	want := "## 专题辅导解难题\n\n\\*强调\\*正文\\[31m。\n\n1\\. 第二段\n\n" +
		"*来源：leads.txt · XX市机关党建工作经验交流材料（2篇） · 以“三学”机制推动理论学习走深走实 › 构建立体化学习格局 › 专题辅导解难题 · 1.1.2 · 2026-12-05*\n"
	if got := Markdown([]Excerpt{e}); got != want {
		t.Errorf("Markdown\n got %q\nwant %q", got, want)
	}
	// A lead's section is headed as any section, its paragraph the
	// sentence after the lead (QA: it had no heading in the .docx).
	lead := Excerpt{Heading: "（一）强化组织领导", Text: "　　（一）强化组织领导。各级党委要负责。\n"}
	if got, want := Markdown([]Excerpt{lead}), "## （一）强化组织领导\n\n各级党委要负责。\n\n"; got != want {
		t.Errorf("a lead sentence's excerpt\n got %q\nwant %q", got, want)
	}
	for _, c := range []struct {
		name string
		list []Excerpt
		want string
	}{
		{"a section", []Excerpt{e}, "专题辅导解难题\n*强调*正文[31m。\n1. 第二段\n" +
			"来源：leads.txt · XX市机关党建工作经验交流材料（2篇） · 以“三学”机制推动理论学习走深走实 › 构建立体化学习格局 › 专题辅导解难题 · 1.1.2 · 2026-12-05\n"},
		{"a lead sentence", []Excerpt{lead}, "（一）强化组织领导。各级党委要负责。\n"},
		{"a heading not in the text", []Excerpt{{Heading: "标\x1b题", Text: "正文\n\n"}, lead}, "标题\n正文\n\n（一）强化组织领导。各级党委要负责。\n"},
	} {
		if got := PlainText(c.list); got != c.want {
			t.Errorf("PlainText, %s\n got %q\nwant %q", c.name, got, c.want)
		}
	}
	var buf bytes.Buffer
	if err := WriteDocx(&buf, []Excerpt{e}); err != nil {
		t.Fatal(err)
	}
	back, err := parse.Open("b.docx", buf.Bytes(), parse.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if txt := back.Text; !strings.Contains(txt, "素材篮") || !strings.Contains(txt, "*强调*正文[31m。") ||
		!strings.Contains(txt, "来源：leads.txt") || strings.Count(txt, "专题辅导解难题") != 2 { // heading, breadcrumb
		t.Errorf("the .docx reads back as %q", txt)
	}
}

// FuzzDecode: any bytes give a basket or an error, never a panic, and a
// basket that decodes writes back to the same excerpts.
func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"version":1,"excerpts":[{"id":"a","kind":"section","text":"正文","source":{"name":"x.txt","breadcrumb":["一"]},"taken":"2026-12-05T00:00:00Z"}]}`))
	f.Add([]byte(`{"version":1,"excerpts":null}`))
	f.Add([]byte(`[]`))
	f.Add([]byte("\xff"))
	f.Fuzz(func(t *testing.T, b []byte) {
		list, names, err := decode(b)
		if err != nil || len(names) > 0 {
			return // the text files it names are not there
		}
		path := filepath.Join(t.TempDir(), "basket.json")
		if err := write(path, list, names); err != nil {
			return // too large to write is an error, not a crash
		}
		again, _, err := load(path, nil)
		if err != nil {
			t.Fatalf("a decoded basket did not read back: %v", err)
		}
		if len(again) != len(list) {
			t.Fatalf("%d excerpts, read back %d", len(list), len(again))
		}
		for i := range list {
			if again[i].ID != list[i].ID {
				t.Fatalf("excerpt %d: id %q read back as %q", i, list[i].ID, again[i].ID)
			}
		}
	})
}

// TestFromNodeAndParas: the two ways of taking an excerpt from a document.
func TestFromNodeAndParas(t *testing.T) {
	b, err := os.ReadFile("../../testdata/leads.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := parse.Parse(string(b))
	n := d.Find([]int{1, 1})
	e := FromNode(KindOutline, "../../testdata/leads.txt", "k", d, n)
	if e.Kind != KindOutline || e.Heading != "构建立体化学习格局" || e.Text != export.PlainText(d, n, false) || e.Source.NodePath != "1.1" {
		t.Errorf("FromNode = %+v", e)
	}
	first := d.ParaAt(d.Find([]int{1, 1, 2}).Span.Start)
	e, ok := FromParas("-", "k", d, model.ParaSelection{First: first, Last: first + 1})
	if !ok || e.Kind != KindParagraphs || e.Source.NodePath != "1.1.2" || e.Source.Name != "-" || e.Source.Path != "" ||
		strings.Count(e.Text, "\n") != 2 || !strings.HasPrefix(e.Text, "专题辅导解难题。") || e.Heading != "专题辅导解难题" ||
		!slices.Equal(e.Heads, []export.Head{{Line: 1, Depth: 0, Text: "实践练学促转化。"}}) {
		t.Errorf("FromParas = %+v, %v", e, ok)
	}
	if _, ok := FromParas("x", "k", d, model.ParaSelection{First: 3, Last: 1}); ok {
		t.Error("an empty selection made an excerpt")
	}
}

// A full-width space inside a title is kept, as the reader shows and
// copies it (strings.Fields took it for a plain space); at the ends it
// goes, and other runs of spaces are one.
func TestOneLineKeepsFullWidthSpace(t *testing.T) {
	for in, want := range map[string]string{
		"发挥领头羊作用　奋力开创新局面": "发挥领头羊作用　奋力开创新局面",
		"　　标题　甲 \t乙\n丙　":  "标题　甲 乙 丙",
		"a\x1b[31m b":     "a[31m b",
		"　":               "",
	} {
		if got := OneLine(in); got != want {
			t.Errorf("OneLine(%q) = %q, want %q", in, got, want)
		}
	}
	e := Excerpt{Heading: "甲作用　乙局面", Text: "甲作用　乙局面\n正文。\n", Source: Source{Name: "a.txt", Title: "文集　二〇二三"}}
	if got, want := Markdown([]Excerpt{e}), "## 甲作用　乙局面\n\n正文。\n\n*来源：a.txt · 文集　二〇二三*\n"; got != want {
		t.Errorf("Markdown\n got %q\nwant %q", got, want)
	}
}

// TestLeadBoldRenders: a CommonMark renderer reads each lead sentence
// inside an excerpt of the basket's Markdown as bold, whatever punctuation
// ends or opens it and whatever follows it; none of its asterisks is left
// as text.
func TestLeadBoldRenders(t *testing.T) {
	for _, c := range []struct{ lead, text, bold string }{
		{"强化对标学习，把准选题方向。", "　　强化对标学习，把准选题方向。组织全市各级党组织开展专题学习。", "强化对标学习，把准选题方向"},
		{"（一）强化组织领导。", "（一）强化组织领导。各级党委要负责。", "（一）强化组织领导"},
		{"坚定拥护“两个确立”。", "坚定拥护“两个确立”。组织全体党员学习。", "坚定拥护“两个确立”"},
		{"建设“无废城市”", "建设“无废城市”，统筹推进固体废物减量。", "建设“无废城市”"},
		{"“三年初见成效”目标。", "“三年初见成效”目标。统筹推进各项工作。", "“三年初见成效”目标"},
	} {
		e := Excerpt{Heading: "一、总体要求", Text: "一、总体要求\n" + c.text, Heads: []export.Head{{Line: 1, Depth: 1, Text: c.lead}}}
		md := Markdown([]Excerpt{e})
		var html bytes.Buffer
		if err := goldmark.Convert([]byte(md), &html); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(html.String(), "<strong>"+c.bold+"</strong>") || strings.Contains(html.String(), "*") {
			t.Errorf("%q: Markdown %q renders as %q", c.lead, md, html.String())
		}
	}
}

// TestSourceLineStdin: an excerpt of a document read from standard input
// says so in its source line, 来源：标准输入 · title, as the reader's status
// bar calls it (it said 来源：- · …); one from a file named - (./-) keeps
// its name.
func TestSourceLineStdin(t *testing.T) {
	d := parse.Parse("标题\n\n一、第一部分\n\n正文。\n")
	e := FromNode(KindSection, "-", "k", d, d.Find([]int{1}))
	if got := e.SourceLine(); !strings.HasPrefix(got, "来源：标准输入 · 标题") {
		t.Errorf("stdin: %q", got)
	}
	if md := Markdown([]Excerpt{e}); !strings.Contains(md, "来源：标准输入") {
		t.Errorf("stdin's Markdown:\n%s", md)
	}
	dir := t.TempDir()
	t.Chdir(dir)
	f := FromNode(KindSection, "./-", "k", d, d.Find([]int{1}))
	if got := f.SourceLine(); !strings.HasPrefix(got, "来源：- · 标题") {
		t.Errorf("a file named -: %q", got)
	}
}
