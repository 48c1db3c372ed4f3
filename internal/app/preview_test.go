package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"wenji/model/export"
)

// TestPreviewFileGone: a large file deleted, or replaced as editors save
// it, after its preview opened still loads whole as it was opened.
func TestPreviewFileGone(t *testing.T) {
	dir := t.TempDir()
	para := strings.Repeat("这是正文，用来把文件撑到预览的大小以上。", 10) + "\n"
	src := "大文件\n一、第一节\n" + strings.Repeat(para, previewMin/len(para)+10) + "二、最后一节\n最后的正文。\n"
	for _, how := range []string{"deleted", "replaced", "truncated"} {
		t.Run(how, func(t *testing.T) {
			path := filepath.Join(dir, how+".txt")
			os.WriteFile(path, []byte(src), 0o644)
			preview, whole, ok := openPreview(path, "en", options{})
			if !ok {
				t.Fatal("no preview for a large text file")
			}
			if strings.Contains(preview.Text, "最后的正文") {
				t.Fatal("the preview holds the whole file")
			}
			switch how {
			case "deleted":
				os.Remove(path)
			case "replaced":
				tmp := path + ".new"
				os.WriteFile(tmp, []byte("别的内容\n"), 0o644)
				os.Rename(tmp, path)
			case "truncated":
				// Rewritten in place: the same file now holds something
				// else. Nothing can keep what was never read; the load
				// must still end, with a document or an error.
				os.WriteFile(path, []byte("别的内容\n"), 0o644)
			}
			doc, err := whole()
			if how == "truncated" {
				if err == nil && doc == nil {
					t.Error("no document and no error")
				}
				return
			}
			if err != nil || doc.Text != src || !strings.Contains(export.Outline(doc.Root), "二、最后一节") {
				t.Errorf("whole after the file was %s: err %v, %d bytes of %d", how, err, len(doc.Text), len(src))
			}
		})
	}
}
