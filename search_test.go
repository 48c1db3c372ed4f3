package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// isolate points the cache and the data directory (the basket) at
// temporary folders: tests never touch the user's.
func isolate(t *testing.T) (cache, data string) {
	t.Helper()
	cache, data = t.TempDir(), t.TempDir()
	t.Setenv("XDG_CACHE_HOME", cache)
	t.Setenv("XDG_DATA_HOME", data)
	return cache, data
}

// hitLine is one --search line: FILE:PATH:breadcrumb: snippet.
var hitLine = regexp.MustCompile(`^(.+?):(0|[1-9][0-9]*(?:\.[1-9][0-9]*)*):(.*?): (.*)$`)

// TestSearchSeed: the acceptance — 16 hits of 调查研究 in the seed,
// one line each with an outline path that --print takes and whose text
// holds the query; no hit exits 1; --count and --json agree.
func TestSearchSeed(t *testing.T) {
	seed := seedOrSkip(t)
	isolate(t)
	code, out, errOut := cli(t, "", "--search", "调查研究", seed)
	ls := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != 0 || errOut != "" || len(ls) != 16 {
		t.Fatalf("exit %d, stderr %q, %d lines:\n%s", code, errOut, len(ls), out)
	}
	for _, l := range ls {
		m := hitLine.FindStringSubmatch(l)
		if m == nil || m[1] != seed || !strings.Contains(m[4], "调查研究") {
			t.Errorf("line %q", l)
			continue
		}
		if c, text, _ := cli(t, "", "--print", m[2], seed); c != 0 || !strings.Contains(text, "调查研究") {
			t.Errorf("--print %s (from %q): exit %d, holds no hit", m[2], l, c)
		}
		if m[3] != "" {
			if _, text, _ := cli(t, "", "--print", m[2], seed); !strings.HasPrefix(text, lastCrumb(m[3])) {
				t.Errorf("breadcrumb %q does not end with the node's title", m[3])
			}
		}
	}
	if code, out, _ := cli(t, "", "--search", "没有这个词语", seed); code != 1 || out != "" {
		t.Errorf("no hit: exit %d, %q", code, out)
	}
	if code, out, _ := cli(t, "", "--search", "调查研究", "--count", seed); code != 0 || out != seed+":16\n" {
		t.Errorf("--count: exit %d, %q", code, out)
	}
	code, out, _ = cli(t, "", "--search", "调查研究", "--json", seed)
	n := 0
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var h struct {
			File, Path, Match string
			Crumb             []string
		}
		if err := json.Unmarshal([]byte(l), &h); err != nil || h.File != seed || h.Match != "调查研究" || h.Path == "" {
			t.Errorf("--json line %q: %v", l, err)
		}
		n++
	}
	if code != 0 || n != 16 {
		t.Errorf("--json: exit %d, %d hits", code, n)
	}
	// The rules of / : pinyin initials, and --no-cache gives the same.
	if code, out, _ := cli(t, "", "--search", "@dcyj", "--count", seed); code != 0 || !strings.HasPrefix(out, seed+":") || out == seed+":0\n" {
		t.Errorf("@dcyj: exit %d, %q", code, out)
	}
	_, cached, _ := cli(t, "", "--search", "调查研究", seed)
	if _, fresh, _ := cli(t, "", "--search", "调查研究", "--no-cache", seed); fresh != cached {
		t.Errorf("--no-cache differs:\n%s\n---\n%s", fresh, cached)
	}
}

func lastCrumb(c string) string {
	parts := strings.Split(c, " › ")
	return parts[len(parts)-1]
}

// TestSearchHeadings: on a folder (walked as the library walks it) and a
// file, --headings lists only the headings that name the query.
func TestSearchHeadings(t *testing.T) {
	seed := seedOrSkip(t)
	if _, err := os.Stat("../shared/corpus"); err != nil {
		t.Skip("no corpus")
	}
	isolate(t)
	code, out, _ := cli(t, "", "--search", "调查研究", "--headings", "../shared/corpus", seed)
	ls := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != 0 || len(ls) == 0 || len(ls) >= 16 || !strings.Contains(out, "坚持校准靶向，确保调查研究选题精准") {
		t.Fatalf("exit %d, %d lines:\n%s", code, len(ls), out)
	}
	for _, l := range ls {
		m := hitLine.FindStringSubmatch(l)
		if m == nil || !strings.Contains(m[4], "调查研究") {
			t.Errorf("line %q", l)
		}
	}
}

// TestSearchHeadingsPrefix: --search takes the reader's query syntax: a
// leading # searches headings, as --headings does, and \# finds a literal
// #.
func TestSearchHeadingsPrefix(t *testing.T) {
	isolate(t)
	f := filepath.Join(t.TempDir(), "tags.txt")
	os.WriteFile(f, []byte("一、调查研究的方法\n正文提到调查研究，话题#调查#很热。\n"), 0o644)
	_, flag, _ := cli(t, "", "--search", "调查", "--headings", f)
	code, hash, _ := cli(t, "", "--search", "#调查", f)
	if code != 0 || hash != flag || strings.Count(hash, "\n") != 1 || !strings.Contains(hash, "一、调查研究的方法") {
		t.Errorf("#调查: exit %d\n%s\nwant as --headings:\n%s", code, hash, flag)
	}
	code, lit, _ := cli(t, "", "--search", `\#调查`, f)
	if code != 0 || strings.Count(lit, "\n") != 1 || !strings.Contains(lit, "#调查#很热") {
		t.Errorf(`\#调查: exit %d, %q`, code, lit)
	}
}

// TestSearchHeadingsTitle: the document's title is a heading: a # query
// finds it, path 0 and an empty breadcrumb, as a text hit in the title
// line is placed.
func TestSearchHeadingsTitle(t *testing.T) {
	isolate(t)
	f := filepath.Join(t.TempDir(), "title.txt")
	os.WriteFile(f, []byte("2023年经验做法汇编\n\n一、调查研究的方法\n正文提到调查研究。\n二、成效\n正文汇编了材料。\n"), 0o644)
	for _, args := range [][]string{{"--search", "#汇编", f}, {"--search", "汇编", "--headings", f}} {
		code, out, _ := cli(t, "", args...)
		if want := f + ":0:: 2023年经验做法汇编\n"; code != 0 || out != want {
			t.Errorf("%q: exit %d, %q, want %q", args, code, out, want)
		}
	}
	if _, out, _ := cli(t, "", "--search", "#汇编", "--json", f); !strings.Contains(out, `"path":"0","crumb":[],"start":0,"end":25,`) {
		t.Errorf("--json: %s", out)
	}
}

// TestSearchJunkAndSafety: junk is not searched unless --keep-junk; text
// from a file never brings an escape sequence or a line break into a hit
// line; a regexp follows \ .
func TestSearchJunkAndSafety(t *testing.T) {
	seed := seedOrSkip(t)
	isolate(t)
	if code, _, _ := cli(t, "", "--search", "哒哒", seed); code != 1 {
		t.Errorf("a word only in the ads: exit %d without --keep-junk", code)
	}
	if code, _, _ := cli(t, "", "--search", "哒哒", "--keep-junk", seed); code != 0 {
		t.Errorf("--keep-junk: exit %d", code)
	}
	f := filepath.Join(t.TempDir(), "evil.txt")
	os.WriteFile(f, []byte("标题\x1b]0;pwned\x07\n\n一、做法\x1b[2J\n正文里有关键词\x1b[31m红色\x9b1m。\n"), 0o644)
	code, out, _ := cli(t, "", "--search", "关键词", f)
	if code != 0 || strings.ContainsAny(out, "\x1b\x07\u009b") || strings.Count(out, "\n") != 1 {
		t.Errorf("exit %d, %q", code, out)
	}
	if code, out, _ := cli(t, "", "--search", `\关键.`, f); code != 0 || !strings.Contains(out, "关键词") {
		t.Errorf("regexp: exit %d, %q", code, out)
	}
}

// TestSearchErrors: exit 2 on an error, as grep: a bad regexp (one line,
// in the interface language), a missing file (the others are still
// searched), no file, standard input.
func TestSearchErrors(t *testing.T) {
	seed := seedOrSkip(t)
	isolate(t)
	for _, c := range []struct {
		args   []string
		en, zh string
	}{
		{[]string{"--search", `\(一是`, seed}, "bad regular expression", "正则有误"},
		{[]string{"--search", "x"}, "needs a file or a folder", "需要给出文件或文件夹"},
		{[]string{"--search", "", seed}, "needs something to search for", "缺少要找的内容"},
		{[]string{"--search", "x", "-"}, "not standard input", "不读标准输入"},
		{[]string{"--headings", seed}, "--headings goes with --search", "--headings 需与 --search 同用"},
		{[]string{"--search", "x", "--print", "1", seed}, "does not go with", "不能与"},
	} {
		for _, lang := range []string{"en", "zh"} {
			want := map[string]string{"en": c.en, "zh": c.zh}[lang]
			code, out, errOut := cli(t, "", append([]string{"--lang", lang}, c.args...)...)
			if code != 2 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, want) {
				t.Errorf("%s %v: exit %d, stdout %q, stderr %q; want 2 and one line with %q", lang, c.args, code, out, errOut, want)
			}
		}
	}
	// A query of @, # or \ alone has nothing to find either: the same
	// line as an empty --search, pointing to --help (it did not).
	for _, lang := range []string{"en", "zh"} {
		_, _, empty := cli(t, "", "--lang", lang, "--search", "", seed)
		for _, q := range []string{"@", "#", `\`} {
			if code, _, errOut := cli(t, "", "--lang", lang, "--search", q, seed); code != 2 || errOut != empty {
				t.Errorf("%s --search %q: exit %d, stderr %q; want 2 and %q", lang, q, code, errOut, empty)
			}
		}
	}
	// cat FILE | wenji --search x: the pipe is said not to be searched,
	// not only that a file is missing.
	pr, pw, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	pw.Close()
	defer pr.Close()
	for lang, want := range map[string]string{"en": "not standard input", "zh": "不读标准输入"} {
		var o, e bytes.Buffer
		if code := run([]string{"--lang", lang, "--search", "x"}, pr, &o, &e); code != 2 || !strings.Contains(e.String(), want) {
			t.Errorf("%s: a pipe and no file: exit %d, stderr %q; want 2 and %q", lang, code, e.String(), want)
		}
	}
	// /dev/null brings nothing: the file is what is missing.
	if null, err := os.Open(os.DevNull); err == nil {
		var o, e bytes.Buffer
		if code := run([]string{"--lang", "en", "--search", "x"}, null, &o, &e); code != 2 || !strings.Contains(e.String(), "needs a file or a folder") {
			t.Errorf("/dev/null and no file: exit %d, stderr %q", code, e.String())
		}
		null.Close()
	}
	code, out, errOut := cli(t, "", "--search", "调查研究", "/no/such/file", seed)
	if code != 2 || strings.Count(out, "\n") != 16 || !strings.Contains(errOut, "/no/such/file") {
		t.Errorf("a missing file among others: exit %d, %d lines, %q", code, strings.Count(out, "\n"), errOut)
	}
}
