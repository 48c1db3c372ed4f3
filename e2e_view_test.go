package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestViewTogglesKeptE2E: the outline's toggles, o (the pane) and # (its
// 字数 column), are kept from run to run, in the reader and in the
// library, as a pager keeps its options; a key of the state file this
// version does not know (a newer wenji's) is kept as it was. They held
// within a run only.
func TestViewTogglesKeptE2E(t *testing.T) {
	state := t.TempDir()
	view := filepath.Join(state, "wenji", "view.json")
	os.MkdirAll(filepath.Dir(view), 0o700)
	os.WriteFile(view, []byte(`{"panes": {"outline": 30}}`), 0o600)
	lib := t.TempDir()
	sample, err := os.ReadFile("testdata/sample.txt")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(lib, "a.txt"), sample, 0o644)
	env := "XDG_STATE_HOME=" + state
	chars := regexp.MustCompile(`[0-9]+ +│`) // an outline row with its 字数
	outline := func(s string) bool { return strings.Count(s, "│") > 10 }
	text := func(s string) bool { return strings.Contains(s, "“最末梢”") }
	run := func(args string, steps func(tm *term)) {
		t.Helper()
		tm, status := session(t, 100, 30, env, args)
		steps(tm)
		if code := exitStatus(t, status); code != "0" {
			t.Fatalf("%s: exit %s", args, code)
		}
	}

	run("", func(tm *term) {
		tm.waitFor("the outline without 字数", func(s string) bool { return outline(s) && text(s) && !chars.MatchString(s) })
		tm.keys("#")
		tm.waitFor("字数", chars.MatchString)
		tm.keys("o")
		tm.waitFor("no outline", func(s string) bool { return !outline(s) })
		tm.quit("q")
	})
	run("", func(tm *term) {
		s := tm.waitFor("the text", text)
		if outline(s) {
			t.Errorf("o is not kept: the outline is back:\n%s", s)
		}
		tm.keys("o")
		tm.waitFor("the outline with 字数", chars.MatchString)
		tm.quit("q")
	})
	run("'"+lib+"'", func(tm *term) {
		tm.waitText("a.txt")
		tm.keys("Enter")
		s := tm.waitFor("the document", text)
		if !chars.MatchString(s) {
			t.Errorf("the library's reader lost o and #:\n%s", s)
		}
		tm.keys("o")
		tm.waitFor("no outline", func(s string) bool { return !outline(s) })
		tm.keys("Escape")
		tm.waitText("a.txt")
		tm.quit("C-c") // Esc on the list says so; it does not quit
	})
	run("", func(tm *term) {
		s := tm.waitFor("the text", text)
		if outline(s) {
			t.Errorf("o in the library is not kept:\n%s", s)
		}
		tm.quit("q")
	})
	b, err := os.ReadFile(view)
	var got map[string]any
	if err != nil || json.Unmarshal(b, &got) != nil {
		t.Fatalf("view.json: %q, %v", b, err)
	}
	if p, ok := got["panes"].(map[string]any); !ok || p["outline"] != 30.0 || got["outline"] != false || got["chars"] != true {
		t.Errorf("view.json: %s", b)
	}
}

// TestSampleExcerptNoPathE2E: an excerpt of the embedded sample names it
// but no file: it was recorded as sample.txt in the folder wenji ran in,
// which Enter on the basket page then read (another document of that
// name, or "no such file").
func TestSampleExcerptNoPathE2E(t *testing.T) {
	data := t.TempDir()
	tm, status := session(t, 100, 30, "XDG_DATA_HOME="+data, "")
	tm.waitText("“最末梢”")
	tm.keys("}", "a")
	tm.waitText("Added to basket (1)")
	tm.quit("q")
	if code := exitStatus(t, status); code != "0" {
		t.Fatalf("exit %s", code)
	}
	b, err := os.ReadFile(filepath.Join(data, "wenji", "basket.json"))
	var f struct {
		Excerpts []struct {
			Source struct {
				Name, Path string
			} `json:"source"`
		} `json:"excerpts"`
	}
	if err != nil || json.Unmarshal(b, &f) != nil || len(f.Excerpts) != 1 {
		t.Fatalf("basket.json: %.200s (%v)", b, err)
	}
	if s := f.Excerpts[0].Source; s.Name != "sample.txt" || s.Path != "" {
		t.Errorf("the sample's excerpt names %+v", s)
	}
}
