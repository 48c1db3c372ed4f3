package reader

import (
	"regexp"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
	"wenji/parse"
	"wenji/ui/internal/uitest"
)

// TestInfoKey: = and Ctrl-G say, as less's = and vim's Ctrl-G, the file
// as it was named (the bar shows its last element), the document's 字数
// and articles, and the outline path of the section y would copy, as
// --print takes it; on a large document the count is made in a Cmd. The
// keys did nothing.
func TestInfoKey(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		m := sized(handDoc(), 100, 20, Options{Lang: lang, FileName: "/docs/文集/a.txt"})
		m.status.Drop()
		m = press(m, "]", "]")
		n := m.Current()
		path := model.PathString(n.Index())
		for _, k := range []tea.KeyMsg{uitest.KeyPress("="), {Type: tea.KeyCtrlG}} {
			got := update(m, k).status.Message()
			for _, want := range []string{"/docs/文集/a.txt", " · ", "--print " + path, path} {
				if !strings.Contains(got, want) {
					t.Errorf("%s %s: %q lacks %q", lang, k, got, want)
				}
			}
			if chars := m.doc.Chars(m.doc.Root); !strings.Contains(got, strings.TrimSpace(itoa(chars))) {
				t.Errorf("%s %s: %q lacks the 字数 %d", lang, k, got, chars)
			}
		}
		if path == "0" || !strings.Contains(press(press(m, "g"), "=").status.Message(), "--print 0") {
			t.Errorf("%s: the top is path 0; in a section %q", lang, path)
		}
	}
	// A large document: counted in a Cmd, then said.
	m := sized(parse.Parse(bigText()), 100, 20, Options{Lang: "en", FileName: "big.txt"})
	m.status.Drop()
	m = press(m, "}", "}")
	nm, cmd := m.Update(uitest.KeyPress("="))
	m = nm.(Model)
	if cmd == nil {
		t.Fatal("no Cmd for a large document")
	}
	for _, msg := range uitest.RunCmd(cmd) {
		m = update(m, msg)
	}
	if got := m.status.Message(); !strings.Contains(got, "big.txt · ") || !strings.Contains(got, itoa(articles(m.doc))+" articles") || !strings.Contains(got, "--print 2") {
		t.Errorf("a large document: %q", got)
	}
}

// TestInfoWrapsByPhrase: = said on lines above a narrow bar breaks
// between its phrases as the reading view keeps words whole, never
// inside one that fits a line (大纲路 / 径) nor between a number and its
// unit (7,004 / 字), at any width.
func TestInfoWrapsByPhrase(t *testing.T) {
	unit := regexp.MustCompile(`[0-9][0-9,]* \p{Han}`)
	for w := 24; w <= 80; w++ {
		m := sized(handDoc(), w, 20, Options{Lang: "zh", FileName: "/docs/2024年某某市人民政府工作报告全文（定稿）.txt"})
		m.status.Drop()
		m = press(m, "]", "]", "=")
		msg := m.status.Message()
		text := strings.Join(screen(m), "\n")
		want := append(strings.Fields(msg), unit.FindAllString(msg, -1)...)
		for _, p := range want {
			if m.w.String(p) <= w-2 && !strings.Contains(text, p) {
				t.Errorf("at %d columns %q is split:\n%s", w, p, text)
			}
		}
	}
}
