package app

import (
	"os"
	"path/filepath"
	"testing"
)

// A document without a title that opens on its 目录 is named by its file,
// in the reader, the library (through the cache's parse) and the
// exports, not 目录: the 目录 line was taken for its title.
func TestContentsIsNoTitle(t *testing.T) {
	body := "\n\n一、总体要求\n二、重点任务\n\n\n一、总体要求\n\n坚持稳中求进工作总基调。\n\n二、重点任务\n\n推进产业升级。\n"
	for _, head := range []string{"目录", "目　　录", "目\u2003次", " 目 录：", "Contents", "目錄"} {
		doc, err := openDoc("a.txt", []byte(head+body), "zh", "")
		if err != nil {
			t.Fatal(err)
		}
		if doc.Root.Heading() != "" {
			t.Errorf("%q: titled %q", head, doc.Root.Heading())
		}
	}
	// A title that only holds the word stays.
	for _, title := range []string{"目录管理办法", "政府信息公开目录"} {
		doc, err := openDoc("a.txt", []byte(title+"\n\n一、总则\n\n正文。\n"), "zh", "")
		if err != nil {
			t.Fatal(err)
		}
		if doc.Root.Title != title {
			t.Errorf("%q: titled %q", title, doc.Root.Title)
		}
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "报告.txt")
	if err := os.WriteFile(p, []byte("目录"+body), 0o644); err != nil {
		t.Fatal(err)
	}
	c := openCache("zh", options{noCache: true})
	st, _ := os.Stat(p)
	s, err := c.Summary(p, st)
	if err != nil || s.Title != "" {
		t.Errorf("the library's title: %q, %v; want none (the file's name is shown)", s.Title, err)
	}
}
