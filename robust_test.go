package main

// Robustness of the command line (issue 8): what cannot be read is refused
// with one line naming it, and what can be read, however hostile, gives an
// outline and its text back whole.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"wenji/model/export"
)

// cliBounded runs the command line like cli, failing if it does not return
// within d: a FIFO with no writer would block for ever.
func cliBounded(t *testing.T, d time.Duration, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	type result struct {
		code     int
		out, err string
	}
	done := make(chan result, 1)
	go func() {
		var o, e bytes.Buffer
		c := run(args, strings.NewReader(""), &o, &e)
		done <- result{c, o.String(), e.String()}
	}()
	select {
	case r := <-done:
		return r.code, r.out, r.err
	case <-time.After(d):
		t.Fatalf("wenji %v still running after %v", args, d)
		return 0, "", ""
	}
}

// oneLineNaming fails unless the run refused path with exit 1, nothing on
// stdout and one line on stderr naming it with want.
func oneLineNaming(t *testing.T, what string, code int, out, errOut, path, want string) {
	t.Helper()
	if code != 1 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, path) || !strings.Contains(errOut, want) {
		t.Errorf("%s: exit %d, stdout %.80q, stderr %q; want exit 1 and one line naming %s with %q", what, code, out, errOut, path, want)
	}
}

// TestNotRegularFiles: a FIFO with no writer and a device are refused at
// once, as less refuses them; process substitution's /dev/fd/N is read.
func TestNotRegularFiles(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, en, zh string }{
		{fifo, "not a regular file", "不是普通文件"},
		{"/dev/null", "not a regular file", "不是普通文件"},
	} {
		for _, lang := range []string{"en", "zh"} {
			want := map[string]string{"en": c.en, "zh": c.zh}[lang]
			for _, mode := range [][]string{{"--outline"}, {"--print", "0"}, {"--json"}, nil} {
				args := append(append([]string{"--lang", lang}, mode...), c.path)
				code, out, errOut := cliBounded(t, 10*time.Second, args...)
				oneLineNaming(t, fmt.Sprint(args), code, out, errOut, c.path, want)
			}
		}
	}

	// wenji <(cmd): the shell passes /dev/fd/N, a pipe, on purpose.
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	go func() {
		w.WriteString("标题\n一、做法\n正文。\n")
		w.Close()
	}()
	path := fmt.Sprintf("/dev/fd/%d", r.Fd())
	if code, out, errOut := cliBounded(t, 10*time.Second, "--outline", path); code != 0 || out != "标题\n  一、做法\n" {
		t.Errorf("%s (process substitution): exit %d, stdout %q, stderr %q", path, code, out, errOut)
	}
}

// TestUnreadable: a file its reader may not read gets one line, in either
// language. Root reads any file, so as root the check runs the built
// binary as the unprivileged user nobody.
func TestUnreadable(t *testing.T) {
	dir, err := os.MkdirTemp("", "wenji-perm")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	os.Chmod(dir, 0o755) // nobody may enter, not read the file
	secret := filepath.Join(dir, "secret.txt")
	if err := os.WriteFile(secret, []byte("标题\n正文。\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() != 0 {
		os.Chmod(secret, 0o000)
	}
	for _, lang := range []string{"en", "zh"} {
		want := map[string]string{"en": "permission denied", "zh": "没有读取权限"}[lang]
		for _, mode := range [][]string{{"--outline"}, {"--print", "0"}, nil} {
			args := append(append([]string{"--lang", lang}, mode...), secret)
			var code int
			var out, errOut string
			if os.Geteuid() == 0 {
				cmd := exec.Command(buildWenji(t), args...)
				cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
				var o, e bytes.Buffer
				cmd.Stdout, cmd.Stderr = &o, &e
				err := cmd.Run()
				code = cmd.ProcessState.ExitCode()
				if code < 0 {
					t.Fatalf("running as nobody: %v", err)
				}
				out, errOut = o.String(), e.String()
			} else {
				code, out, errOut = cli(t, "", args...)
			}
			oneLineNaming(t, fmt.Sprint(args), code, out, errOut, secret, want)
		}
	}
}

// hostileFiles are the bad inputs that can be read: each must give
// an outline, exit 0. big scales the two large ones (50 MB and 200,000
// lines at 1).
func hostileFiles(big int) map[string][]byte {
	var nested, climb, oneChar, long bytes.Buffer
	for range 10000 {
		nested.WriteString("（一）（一）（一）标题\n")
	}
	for i := range 2000 {
		climb.WriteString([]string{"一、甲\n", "（一）乙\n", "1.丙\n", "（1）丁\n", "①戊\n", "（二）己\n", "二、庚\n"}[i%7])
		climb.WriteString("正文内容。\n")
	}
	for i := range 200000 / big {
		oneChar.WriteString(string(rune('一' + i%100)))
		oneChar.WriteByte('\n')
	}
	long.WriteString("标题\n一、" + strings.Repeat("很长的标题", 2000) + "\n正文。\n")
	return map[string][]byte{
		"empty.txt":      nil,
		"whitespace.txt": []byte(" \n\t\n\u3000\u3000\n\r\n"),
		"junk.txt":       []byte("##paidbegin##\n【某某素材库】会员群每天更新，添加客服：abc，谨防假冒！\n##paidend##\n"),
		// A few broken bytes in a page of good text: a cut, a stray byte.
		"invalid.txt": []byte("标题\n\n一、做法\n正文\xff开始，说明背景和做法，内容较长。中间\xe4\xb8。\n" +
			strings.Repeat("这是一段正常的正文，用来说明情况。", 20) + "\n二、成效\n结束\xc3。\n"),
		"nonewline.txt": bytes.Repeat([]byte("这是没有换行也没有标点的正文"), 50<<20/42/big),
		"onechar.txt":   oneChar.Bytes(),
		"nested.txt":    nested.Bytes(),
		"climbing.txt":  climb.Bytes(),
		"longtitle.txt": long.Bytes(),
		"rtl.txt":       []byte("标题\u200f\u202e反向\u202c\n\u200b\u200d一、零宽\u2066隔离\u2069\n正文\u061c。שלום עולם مرحبا\n"),
		"emoji.txt":     []byte("👨‍👩‍👧‍👦家庭👍🏽点赞\n一、🇨🇳国旗\n正文👩🏻‍💻。\n"),
	}
}

// TestHostileFilesCLI: every readable bad input gives exit 0, an outline
// whose shape is right, and its whole text (junk aside) through --print.
func TestHostileFilesCLI(t *testing.T) {
	big := 1
	if raceOn || testing.Short() {
		big = 10
	}
	dir := t.TempDir()
	for name, b := range hostileFiles(big) {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, b, 0o644); err != nil {
				t.Fatal(err)
			}
			code, outline, errOut := cli(t, "", "--outline", path)
			if code != 0 || errOut != "" || !strings.HasSuffix(outline, "\n") {
				t.Fatalf("--outline: exit %d, stderr %q", code, errOut)
			}
			code, text, errOut := cli(t, "", "--print", "0", path)
			if code != 0 || errOut != "" {
				t.Fatalf("--print 0: exit %d, stderr %q", code, errOut)
			}
			heads := lines(strings.TrimSuffix(outline, "\n"))
			switch name {
			case "empty.txt", "whitespace.txt", "junk.txt":
				// Nothing to read: the file's name is the title, no text.
				if outline != name+"\n" || strings.TrimSpace(text) != "" {
					t.Errorf("outline %q, text %q", outline, text)
				}
				if name == "junk.txt" {
					_, kept, _ := cli(t, "", "--print", "0", "--keep-junk", path)
					if !strings.Contains(kept, "素材库") || !strings.Contains(kept, "##paidend##") {
						t.Errorf("--keep-junk lost the junk: %q", kept)
					}
				}
			case "invalid.txt":
				// Broken bytes stand as U+FFFD; the rest is intact UTF-8.
				var doc export.JSONDocument
				_, js, _ := cli(t, "", "--json", path)
				json.Unmarshal([]byte(js), &doc)
				if doc.Encoding != "UTF-8" || outline != "标题\n  一、做法\n  二、成效\n" {
					t.Errorf("encoding %q, outline %q", doc.Encoding, outline)
				}
				for _, want := range []string{"正文\uFFFD开始", "中间\uFFFD", "结束\uFFFD。", "用来说明情况"} {
					if !strings.Contains(text, want) {
						t.Errorf("text lacks %q:\n%s", want, text)
					}
				}
			case "nonewline.txt", "longtitle.txt":
				// One enormous paragraph is text, not a heading, kept whole.
				if len(heads) > 2 || strings.Count(text, "没有换行")+strings.Count(text, "很长的标题") != strings.Count(string(b), "没有换行")+strings.Count(string(b), "很长的标题") {
					t.Errorf("%d outline lines; text of %d bytes for %d", len(heads), len(text), len(b))
				}
			case "onechar.txt":
				if got, want := strings.Count(text, "\n"), 200000/big; got < want {
					t.Errorf("%d lines of text, want %d", got, want)
				}
			case "nested.txt":
				if len(heads) != 10001 {
					t.Errorf("%d outline lines, want the title and 10,000 headings", len(heads))
				}
			case "climbing.txt":
				for _, h := range heads {
					if strings.HasPrefix(strings.TrimLeft(h, " "), "二、") && !strings.HasPrefix(h, "  二、") {
						t.Fatalf("二、 not back at the first level: %q", h)
					}
				}
			case "rtl.txt", "emoji.txt":
				// Text is data here: every character comes back as written.
				for _, want := range []string{"反向", "隔离", "שלום", "👨‍👩‍👧‍👦家庭👍🏽点赞", "🇨🇳国旗", "👩🏻‍💻"} {
					if strings.Contains(string(b), want) && !strings.Contains(outline+text, want) {
						t.Errorf("%q lost:\noutline %q\ntext %q", want, outline, text)
					}
				}
			}
		})
	}
}

// TestInvalidUTF8Dense: the parser's own hostile input for broken UTF-8
// (parse/robust_test.go) read through the command line, as a user opens
// it. Its valid Chinese must not turn into another encoding's mojibake.
func TestInvalidUTF8Dense(t *testing.T) {
	path := filepath.Join(t.TempDir(), "dense.txt")
	os.WriteFile(path, []byte("标题\n\n正文\xff\xfe开始。\x9b中间\xe4\xb8。结束。\n一、标题\xc3\n正文。\n"), 0o644)
	_, text, _ := cli(t, "", "--print", "0", path)
	_, js, _ := cli(t, "", "--json", path)
	var doc export.JSONDocument
	json.Unmarshal([]byte(js), &doc)
	if doc.Encoding != "UTF-8" || !strings.Contains(text, "结束。") || !strings.Contains(text, "\uFFFD") {
		t.Errorf("read as %s:\n%s", doc.Encoding, text)
	}
}

// TestBinaryNUL: a NUL-heavy binary file is refused in both languages.
func TestBinaryNUL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "core.bin")
	b := make([]byte, 1<<16)
	for i := range b {
		if i%3 == 0 {
			b[i] = byte(i)
		}
	}
	os.WriteFile(path, b, 0o644)
	for lang, want := range map[string]string{"en": "not a text document", "zh": "不是文本文档"} {
		for _, mode := range [][]string{{"--outline"}, {"--print", "0"}, nil} {
			args := append(append([]string{"--lang", lang}, mode...), path)
			code, out, errOut := cli(t, "", args...)
			oneLineNaming(t, fmt.Sprint(args), code, out, errOut, path, want)
		}
	}
}
