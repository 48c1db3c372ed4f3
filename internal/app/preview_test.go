package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"wenji/internal/bench/docxwrap"
	"wenji/model"
	"wenji/model/export"
)

// bigSource is a text file just over previewMin whose end is far from its
// preview.
func bigSource() string {
	para := strings.Repeat("这是正文，用来把文件撑到预览的大小以上。", 10) + "\n"
	return "大文件\n一、第一节\n" + strings.Repeat(para, previewMin/len(para)+10) + "二、最后一节\n最后的正文。\n"
}

// TestPreviewFileGone: a large file deleted, or replaced as editors save
// it, after its preview opened still loads whole as it was opened, with
// nothing to say; one changed in place says so with what was read.
func TestPreviewFileGone(t *testing.T) {
	dir := t.TempDir()
	src := bigSource()
	for _, how := range []string{"deleted", "replaced", "truncated", "emptied", "rewritten", "appended", "unchanged"} {
		t.Run(how, func(t *testing.T) {
			path := filepath.Join(dir, how+".txt")
			os.WriteFile(path, []byte(src), 0o644)
			bf, ok := openPreview(path, "en", options{})
			if !ok {
				t.Fatal("no preview for a large text file")
			}
			if strings.Contains(bf.preview().Text, "最后的正文") || bf.size != len(src) {
				t.Fatalf("the preview holds the whole file, or size %d", bf.size)
			}
			switch how {
			case "deleted":
				os.Remove(path)
			case "replaced":
				tmp := path + ".new"
				os.WriteFile(tmp, []byte("别的内容\n"), 0o644)
				os.Rename(tmp, path)
			case "truncated":
				// Cut in place, as a log rotation does.
				os.Truncate(path, int64(len(src)/2))
			case "emptied":
				os.WriteFile(path, nil, 0o644)
			case "rewritten":
				// The same size, other bytes, a later time.
				os.WriteFile(path, bytes.Repeat([]byte("x"), len(src)), 0o644)
				later := time.Now().Add(time.Minute)
				os.Chtimes(path, later, later)
			case "appended":
				a, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
				a.WriteString("追加的一行。\n")
				a.Close()
			}
			doc, err := bf.whole()
			switch how {
			case "truncated", "emptied":
				if err == nil || !strings.Contains(err.Error(), "shrank") {
					t.Errorf("a file cut while it loads: err %v", err)
				}
				if how == "truncated" && (doc == nil || len(doc.Text) != len(src)/2) {
					t.Errorf("what was read of a cut file is not shown")
				}
				return
			case "rewritten", "appended":
				if err == nil || !strings.Contains(err.Error(), "changed while it was read") || doc == nil {
					t.Errorf("a file %s while it loads: err %v, doc %v", how, err, doc != nil)
				}
				return
			}
			if err != nil || doc.Text != src || !strings.Contains(export.Outline(doc.Root), "二、最后一节") {
				t.Errorf("whole after the file was %s: err %v", how, err)
			}
		})
	}
}

// TestPeekFile: a window of a large file is whole lines of its text at
// the place asked, its base the place of its text in the whole; the end
// holds the last line.
func TestPeekFile(t *testing.T) {
	dir := t.TempDir()
	src := bigSource()
	for _, bom := range []string{"", "\ufeff"} {
		path := filepath.Join(dir, "f.txt")
		os.WriteFile(path, []byte(bom+src), 0o644)
		bf, ok := openPreview(path, "en", options{})
		if !ok {
			t.Fatal("no preview")
		}
		if bf.size != len(src) || !strings.HasPrefix(src, bf.preview().Text) {
			t.Errorf("bom %q: size %d of %d, preview not a prefix of the text", bom, bf.size, len(src))
		}
		for _, off := range []int{len(src), len(src) / 2, previewMin, 100} {
			w, base, err := bf.peek(off)
			if err != nil {
				t.Fatalf("bom %q: peek %d: %v", bom, off, err)
			}
			if w.Root.TitleSpan != (model.Span{}) {
				t.Errorf("bom %q: peek %d: the window's first line is taken for the document's title", bom, off)
			}
			if base > off || off > base+len(w.Text) || src[base:base+len(w.Text)] != w.Text {
				t.Errorf("bom %q: peek %d: window [%d, %d) is not the text there", bom, off, base, base+len(w.Text))
			}
			if base > 0 && src[base-1] != '\n' || !strings.HasSuffix(w.Text, "\n") {
				t.Errorf("bom %q: peek %d: not whole lines", bom, off)
			}
		}
		if w, _, _ := bf.peek(len(src)); !strings.HasSuffix(w.Text, "最后的正文。\n") {
			t.Errorf("bom %q: the end's window does not end the file", bom)
		}
		bf.whole() // closes the file
	}
}

// TestCutLines: a window inside one long line is cut at characters, never
// inside one.
func TestCutLines(t *testing.T) {
	for _, c := range []struct {
		buf        string
		head, tail bool
		want       string
	}{
		{"ab\ncd\nef", true, true, "cd\n"},
		{"ab\ncd\nef", false, false, "ab\ncd\nef"},
		{"\x96\xe5\x93\x88\xe5\x93", true, true, "哈"},
		{"x\xe5\x93\x88\xe5", false, true, "x哈"},
	} {
		from, to := cutLines([]byte(c.buf), c.head, c.tail)
		if got := c.buf[from:to]; got != c.want {
			t.Errorf("cutLines(%q, %v, %v) = %q, want %q", c.buf, c.head, c.tail, got, c.want)
		}
	}
}

// TestDocxPreview: a .docx with megabytes of XML opens with a preview of
// its first paragraphs, read from the start of the stream, labelled DOCX;
// the whole comes from the Word reader. A small one has no preview.
func TestDocxPreview(t *testing.T) {
	dir := t.TempDir()
	src := bigSource()
	big := filepath.Join(dir, "big.docx")
	if err := docxwrap.WriteFile(big, src); err != nil {
		t.Fatal(err)
	}
	bf, ok := openDocxPreview(big, "en", options{})
	if !ok {
		t.Fatalf("no preview for a .docx of %d KB of text", len(src)>>10)
	}
	if bf.preview().Format != "DOCX" || !strings.HasPrefix(bf.preview().Text, "大文件\n一、第一节\n") ||
		len(bf.preview().Text) > 2*previewBytes || strings.Contains(bf.preview().Text, "最后的正文") {
		t.Errorf("preview: format %q, %d bytes, starts %q", bf.preview().Format, len(bf.preview().Text), firstN(bf.preview().Text, 40))
	}
	doc, err := bf.whole()
	if err != nil || !strings.Contains(export.Outline(doc.Root), "二、最后一节") {
		t.Errorf("whole: err %v", err)
	}
	// The preview is the whole's beginning, so a place kept on it holds.
	if err == nil && !strings.HasPrefix(doc.Text, bf.preview().Text) {
		t.Errorf("the preview (%d bytes) is not a prefix of the whole text", len(bf.preview().Text))
	}
	small := filepath.Join(dir, "small.docx")
	docxwrap.WriteFile(small, "标题\n正文。\n")
	if _, ok := openDocxPreview(small, "en", options{}); ok {
		t.Error("a preview for a small .docx")
	}
	txt := filepath.Join(dir, "big.txt")
	os.WriteFile(txt, []byte(src), 0o644)
	if _, ok := openDocxPreview(txt, "en", options{}); ok {
		t.Error("a .docx preview for a .txt")
	}
}

func firstN(s string, n int) string { return s[:min(n, len(s))] }

// TestNoPreviewOfContainers: a large file whose bytes are not the text
// shown (an RTF, a web archive, whatever its name) opens whole, never on
// a preview of its markup.
func TestNoPreviewOfContainers(t *testing.T) {
	dir := t.TempDir()
	body := strings.Repeat("这是正文，用来把文件撑到预览的大小以上。\n", previewMin/40+100)
	for name, data := range map[string]string{
		"rtf.txt":     `{\rtf1\ansi ` + body + "}",
		"archive.txt": "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n" + body,
		"plain.txt":   body,
	} {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(data), 0o644)
		if _, ok := openPreview(path, "en", options{}); ok != (name == "plain.txt") {
			t.Errorf("%s: preview %v", name, ok)
		}
	}
}
