package basket

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bigText is a text kept outside the basket file.
func bigText(s string) string { return strings.Repeat(s, inlineMax/len(s)+1) }

// textFiles lists the texts directory of the basket at path.
func textFiles(t *testing.T, path string) []string {
	t.Helper()
	ents, _ := os.ReadDir(textsDir(path))
	var out []string
	for _, e := range ents {
		out = append(out, e.Name())
	}
	return out
}

// TestLargeTextsOutside: a large excerpt's text is kept in a file of its
// own, not in the basket file, and reads back whole; a small one stays in
// the basket file, which is then version 1 as before.
func TestLargeTextsOutside(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	b := open(t, path)
	big := bigText("经验做法。")
	b.Add(Excerpt{Text: "small"})
	b.Add(Excerpt{Text: big})
	save(t, b)
	raw, _ := os.ReadFile(path)
	if strings.Contains(string(raw), "经验做法") || !strings.Contains(string(raw), `"version": 2`) {
		t.Errorf("the basket file holds the large text or is not version 2:\n%.300s", raw)
	}
	if got := textFiles(t, path); len(got) != 1 || got[0] != textName(big) {
		t.Errorf("text files %q, want one named %s", got, textName(big))
	}
	if got := texts(open(t, path).List()); got != "small,"+big {
		t.Errorf("read back %.40q", got)
	}
	// Deleting it removes its file and writes version 1 again.
	b = open(t, path)
	b.Remove(b.List()[1].ID)
	save(t, b)
	if got := textFiles(t, path); len(got) != 0 {
		t.Errorf("text files %q left after the delete", got)
	}
	if raw, _ := os.ReadFile(path); !strings.Contains(string(raw), `"version": 1`) {
		t.Errorf("a basket of small texts is not version 1:\n%s", raw)
	}
}

// TestVersion1LargeInline: a basket file written before texts were kept
// outside, with a large text inside it, reads, and its next save moves the
// text out.
func TestVersion1LargeInline(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	big := bigText("正文。")
	os.WriteFile(path, []byte(`{"version":1,"excerpts":[{"id":"a","kind":"section","text":"`+big+`","source":{"offset":0},"taken":"2026-12-05T00:00:00Z"}]}`), 0o600)
	b := open(t, path)
	if got := texts(b.List()); got != big {
		t.Fatalf("read %.40q", got)
	}
	b.Add(Excerpt{Text: "new"})
	save(t, b)
	if raw, _ := os.ReadFile(path); strings.Contains(string(raw), "正文") {
		t.Error("the large text is still in the basket file")
	}
	if got := texts(open(t, path).List()); got != big+",new" {
		t.Errorf("read back %.40q", got)
	}
}

// TestTextsTwoSessions: a session that still holds a large excerpt another
// deleted does not bring it back nor fail to read, and an undone delete
// (the same excerpt added again) writes its text again.
func TestTextsTwoSessions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	a := open(t, path)
	x := a.Add(Excerpt{Text: bigText("甲。")})
	save(t, a)
	b := open(t, path)
	a.Remove(x.ID)
	save(t, a)
	b.Add(Excerpt{Text: bigText("乙。")})
	save(t, b)
	if got := texts(open(t, path).List()); got != bigText("乙。") {
		t.Errorf("after both saves %.40q", got)
	}
	a = open(t, path)
	a.Add(x) // u on the basket page adds the deleted excerpt again
	save(t, a)
	if got := texts(open(t, path).List()); got != bigText("乙。")+","+bigText("甲。") {
		t.Errorf("after the undo %.40q", got)
	}
}

// TestTextsDamaged: a text file missing, changed, or named outside the
// texts directory makes the basket damaged; its save sets the basket file
// aside and removes no text file the backup names.
func TestTextsDamaged(t *testing.T) {
	for name, harm := range map[string]func(path, file string){
		"missing": func(path, file string) { os.Remove(file) },
		"changed": func(path, file string) { os.WriteFile(file, []byte("其他"), 0o600) },
		"outside": func(path, file string) {
			raw, _ := os.ReadFile(path)
			os.WriteFile(path, []byte(strings.Replace(string(raw), filepath.Base(file), "../x.txt", 1)), 0o600)
		},
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "basket.json")
			b := open(t, path)
			b.Add(Excerpt{Text: bigText("甲。")})
			b.Add(Excerpt{Text: bigText("乙。")})
			save(t, b)
			harm(path, filepath.Join(textsDir(path), textName(bigText("甲。"))))
			b, err := Open(path)
			var de *DamagedError
			if !errors.As(err, &de) || b.Len() != 0 {
				t.Fatalf("Open = %v; want an empty basket and a *DamagedError", err)
			}
			b.Add(Excerpt{Text: "new"})
			save(t, b)
			if b.Backup != path+".bak" {
				t.Errorf("backup %q", b.Backup)
			}
			if _, err := os.Stat(filepath.Join(textsDir(path), textName(bigText("乙。")))); err != nil {
				t.Errorf("a text the backup names was removed: %v", err)
			}
		})
	}
}

// TestTextsOrphansSwept: a text file no basket names (a writer killed
// between writing it and the basket file) is removed by the next save.
func TestTextsOrphansSwept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	b := open(t, path)
	b.Add(Excerpt{Text: bigText("甲。")})
	save(t, b)
	orphan := textName(bigText("乙。"))
	os.WriteFile(filepath.Join(textsDir(path), orphan), []byte(bigText("乙。")), 0o600)
	os.WriteFile(filepath.Join(textsDir(path), ".tmp-123"), []byte("part"), 0o600)
	b.Add(Excerpt{Text: "new"})
	save(t, b)
	if got := textFiles(t, path); len(got) != 1 || got[0] != textName(bigText("甲。")) {
		t.Errorf("text files %q", got)
	}
}

// TestTextsBackupKept: a text a backup of the basket names stays when the
// basket deletes its excerpt: the backup is the user's to recover from.
func TestTextsBackupKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	b := open(t, path)
	x := b.Add(Excerpt{Text: bigText("甲。")})
	save(t, b)
	raw, _ := os.ReadFile(path)
	os.WriteFile(path+".bak", raw, 0o600)
	b.Remove(x.ID)
	save(t, b)
	if got := textFiles(t, path); len(got) != 1 || got[0] != textName(bigText("甲。")) {
		t.Errorf("text files %q: the backup's text was removed", got)
	}
	os.Remove(path + ".bak")
	b.Add(Excerpt{Text: "new"})
	save(t, b)
	if got := textFiles(t, path); len(got) != 0 {
		t.Errorf("text files %q: not swept once the backup is gone", got)
	}
}
