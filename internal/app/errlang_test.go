package app

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"wenji/internal/basket"
	"wenji/internal/state"
	"wenji/ui/reader"
)

// englishWords finds Go's English in a line: a word of four letters or
// more that is not a path's part nor a flag (/x/a file/…, --print).
var englishWords = regexp.MustCompile(`(^|[\s：:])(not|no|open|mkdir|read-only|directory|permission|space)\b`)

// TestFailuresInOneLanguage: under a Chinese interface, a failure to read
// or write the state, the basket or an output file is one line in
// Chinese, paths kept: they ended in Go's English (无法记录阅读位置（不影
// 响阅读）: mkdir /x/a file: not a directory). Under English, Go's text.
func TestFailuresInOneLanguage(t *testing.T) {
	file := filepath.Join(t.TempDir(), "a file")
	os.WriteFile(file, []byte("x"), 0o600) // a directory under a file cannot be made, even by root
	seed := filepath.Join(t.TempDir(), "seed.txt")
	os.WriteFile(seed, []byte("标题\n\n一、第一部分\n\n正文一段。\n"), 0o600)
	lock, unsaved := unsavableBasket(t)
	for _, tc := range []struct {
		name, lang string
		run        func(stderr *bytes.Buffer)
		want       string
	}{
		{"state save", "zh", func(stderr *bytes.Buffer) {
			t.Setenv("XDG_STATE_HOME", file)
			newMemory(options{}, "zh", stderr).save(state.Key([]byte("文档")), "x.txt", reader.Place{Offset: 1})
		}, "无法记录阅读位置（不影响阅读）：" + file + "：不是文件夹"},
		{"state save", "en", func(stderr *bytes.Buffer) {
			t.Setenv("XDG_STATE_HOME", file)
			newMemory(options{}, "en", stderr).save(state.Key([]byte("文档")), "x.txt", reader.Place{Offset: 1})
		}, "cannot remember the place (the reader works without): mkdir " + file + ": not a directory"},
		{"library save", "zh", func(stderr *bytes.Buffer) {
			t.Setenv("XDG_STATE_HOME", file)
			newMemory(options{}, "zh", stderr).saveLibraryLast(t.TempDir(), "a.txt")
		}, "无法记录文库上次打开的文档（不影响使用）：" + file + "：不是文件夹"},
		{"basket", "zh", func(stderr *bytes.Buffer) {
			t.Setenv("XDG_DATA_HOME", file)
			run([]string{"--lang", "zh", "--basket"}, nil, &bytes.Buffer{}, stderr)
		}, "无法读取素材篮：" + filepath.Join(file, "wenji", "basket.json") + "：不是文件夹"},
		{"basket unsaved", "zh", func(stderr *bytes.Buffer) {
			basketUnsaved(unsaved, "zh", stderr)
		}, "wenji: 本次对素材篮的改动没有保存：" + lock + "：是文件夹"},
		{"basket unsaved", "en", func(stderr *bytes.Buffer) {
			basketUnsaved(unsaved, "en", stderr)
		}, "wenji: this run's basket changes were not saved: open " + lock + ": is a directory"},
		{"docx output", "zh", func(stderr *bytes.Buffer) {
			run([]string{"--lang", "zh", "--print", "1", "--format", "docx", "-o", filepath.Join(file, "x.docx"), seed}, nil, &bytes.Buffer{}, stderr)
		}, "无法写入 " + filepath.Join(file, "x.docx") + "：不是文件夹"},
		{"output", "zh", func(stderr *bytes.Buffer) {
			out, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
			if err != nil {
				t.Skip("no /dev/full")
			}
			defer out.Close()
			run([]string{"--lang", "zh", "--outline", seed}, nil, out, stderr)
		}, "无法写出输出：磁盘空间不足"},
		{"search", "zh", func(stderr *bytes.Buffer) {
			run([]string{"--lang", "zh", "--search", "正文", filepath.Join(file, "x.txt")}, nil, &bytes.Buffer{}, stderr)
		}, filepath.Join(file, "x.txt") + ": 不是文件夹"},
	} {
		var stderr bytes.Buffer
		tc.run(&stderr)
		got := strings.TrimSpace(stderr.String())
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s (%s): %q, want %q in it", tc.name, tc.lang, got, tc.want)
		}
		if strings.Contains(got, "\n") {
			t.Errorf("%s (%s): more than one line: %q", tc.name, tc.lang, got)
		}
		if tc.lang == "zh" && englishWords.MatchString(strings.ReplaceAll(got, file, "")) {
			t.Errorf("%s (%s): English in the Chinese line %q", tc.name, tc.lang, got)
		}
	}
}

// unsavableBasket returns why a basket could not be saved (its lock
// file cannot be made: a folder stands in its place, lock), the error
// the basket page's save returns.
func unsavableBasket(t *testing.T) (lock string, err error) {
	path := filepath.Join(t.TempDir(), "basket.json")
	b, err := basket.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(path+".lock", 0o700); err != nil {
		t.Fatal(err)
	}
	b.Add(basket.Excerpt{Kind: basket.KindSection, Heading: "甲", Text: "甲\n"})
	if err = b.Save(); err == nil {
		t.Fatal("a basket whose lock cannot be made was saved")
	}
	return path + ".lock", err
}

// TestEmptyFileIsEmptyDocument: a 0-byte file is an empty document
// whatever its name, as a 0-byte .doc, .pdf or .epub already was; a
// 0-byte .docx was refused as a damaged Word file (Word .docx 文件已损坏),
// in the reader and on its library row.
func TestEmptyFileIsEmptyDocument(t *testing.T) {
	for _, name := range []string{"a.docx", "a.doc", "a.pdf", "a.epub", "a.txt", "a.md"} {
		doc, err := openDoc(name, []byte{}, "zh", "")
		if err != nil {
			t.Errorf("%s, 0 bytes: %v, want an empty document", name, err)
			continue
		}
		if len(doc.Text) != 0 {
			t.Errorf("%s, 0 bytes: text %q, want none", name, doc.Text)
		}
	}
}

// TestDocxNameOverText: text or a web page saved under a .docx name is read
// as what it is, as a PDF named .txt is read as a PDF; it was refused as a
// damaged Word file, which it is not. Bytes that are neither text nor a zip
// are still a damaged .docx, and a broken zip too.
func TestDocxNameOverText(t *testing.T) {
	for _, c := range []struct{ name, data, outline string }{
		{"a.docx", "第一章 总则\n\n第一条 这是正文。\n\n第二章 附则\n\n第二条 这是正文。\n", "总则|这是正文|附则"},
		{"b.DOCX", "<html><body><h1>通知</h1><h2>一、总体要求</h2><p>正文。</p><h2>二、主要任务</h2><p>正文。</p></body></html>", "通知|总体要求|主要任务"},
	} {
		doc, err := openDoc(c.name, []byte(c.data), "zh", "")
		if err != nil {
			t.Errorf("%s: %v, want it read", c.name, err)
			continue
		}
		var titles []string
		for n := range doc.Root.All() {
			if n.Title != "" {
				titles = append(titles, n.Title)
			}
		}
		if got := strings.Join(titles, "|"); !strings.Contains(got, c.outline) {
			t.Errorf("%s: outline %q, want %q in it", c.name, got, c.outline)
		}
	}
	// --search reads it as the reader does, through the cache or not.
	t.Setenv("XDG_CACHE_HOME", t.TempDir())
	file := filepath.Join(t.TempDir(), "a.docx")
	os.WriteFile(file, []byte("第一章 总则\n\n第一条 这是正文。\n"), 0o600)
	for _, args := range [][]string{{"--search", "正文", file}, {"--no-cache", "--search", "正文", file}} {
		var out, errOut bytes.Buffer
		if code := run(args, nil, &out, &errOut); code != 0 || !strings.Contains(out.String(), "第一条 这是正文。") {
			t.Errorf("%q: %d, %q, %q; want the hit", args, code, out.String(), errOut.String())
		}
	}
	for _, data := range []string{"\x00\x01\x02\x03\xff\xfe\x00\x00binary\x00", "PK\x03\x04 not really"} {
		_, err := openDoc("c.docx", []byte(data), "zh", "")
		if err == nil || !strings.Contains(err.Error(), "Word .docx 文件已损坏") {
			t.Errorf("c.docx holding %q: %v, want a damaged Word .docx", data, err)
		}
	}
}
