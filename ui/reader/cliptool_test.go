package reader

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// exitError is the error of a command that exited with code.
func exitError(code int) error {
	err := exec.Command("sh", "-c", "exit "+strconv.Itoa(code)).Run()
	if err == nil {
		panic("sh exited 0")
	}
	return err
}

// fakeTool writes an executable script named name into a new directory
// and returns its path.
func fakeTool(t *testing.T, name, script string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte("#!/bin/sh\n"+script+"\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestClipToolErrors: a clipboard tool that fails is named with its cause
// in the interface's language, on one line: what it said on stderr, its
// exit status when it said nothing, that it is not installed, that it did
// not answer in time; the copy's line said "exit status 1" in English
// under zh_CN, the tool unnamed, and "none" for a terminal not there.
func TestClipToolErrors(t *testing.T) {
	if _, err := exec.LookPath("sh"); err != nil {
		t.Skip("no sh to run a fake tool")
	}
	tests := []struct {
		name, script string
		missing      bool
		timeout      time.Duration
		zh, en       string
	}{
		{name: "xclip", script: "cat >/dev/null; echo \"Error: Can't open display: (null)\" >&2; exit 1",
			zh: "复制失败：xclip：Error: Can't open display: (null)", en: "Copy failed: xclip: Error: Can't open display: (null)"},
		{name: "wl-copy", script: "cat >/dev/null; exit 3",
			zh: "复制失败：wl-copy：退出码 3", en: "Copy failed: wl-copy: exit status 3"},
		{name: "xsel", missing: true,
			zh: "复制失败：找不到 xsel", en: "Copy failed: xsel not found"},
		{name: "xclip", script: "sleep 10", timeout: 200 * time.Millisecond,
			zh: "复制失败：xclip：0.2 秒无响应", en: "Copy failed: xclip: no answer in 0.2 s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tt.name)
			if !tt.missing {
				path = fakeTool(t, tt.name, tt.script)
			}
			// The fallback file cannot be written either (a directory
			// under a file), so the report says why nothing took the text.
			f := filepath.Join(t.TempDir(), "file")
			os.WriteFile(f, nil, 0o644)
			timeout := tt.timeout
			if timeout == 0 {
				timeout = time.Minute
			}
			c := Copier{Native: clipTool{argv: []string{path}}, Dir: filepath.Join(f, "sub"), Timeout: timeout}
			msg := c.Copy(copyText, "甲", 1, "文")().(copiedMsg)
			if msg.err == nil {
				t.Fatalf("no error: %+v", msg)
			}
			m := sized(handDoc(), 120, 20, Options{})
			for _, lang := range []string{"zh", "en"} {
				m.opt.Lang = lang
				want := map[string]string{"zh": tt.zh, "en": tt.en}[lang]
				got := m.copyReport(msg)
				if !strings.HasPrefix(got, want) || strings.Contains(got, "none") || strings.Contains(got, "exit status 1") && lang == "zh" {
					t.Errorf("%s: got %q, want %q…", lang, got, want)
				}
				if strings.Contains(got, "\n") {
					t.Errorf("%s: %q is more than one line", lang, got)
				}
			}
		})
	}
}

// TestClipToolWrites: a tool that works gets the text on its stdin.
func TestClipToolWrites(t *testing.T) {
	out := filepath.Join(t.TempDir(), "got")
	tool := fakeTool(t, "xclip", "cat >"+out)
	if err := (clipTool{argv: []string{tool}}).WriteText(context.Background(), "坚持\n正文"); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(out); string(b) != "坚持\n正文" {
		t.Errorf("the tool got %q", b)
	}
}

// TestClipToolForks: a tool that leaves a child holding its stderr (xclip
// and wl-copy stay to serve the selection) has taken the text when it
// exits; waiting for the pipe to close, the copy timed out.
func TestClipToolForks(t *testing.T) {
	tool := fakeTool(t, "xclip", "cat >/dev/null; sleep 30 & exit 0")
	c := Copier{Native: clipTool{argv: []string{tool}}, Dir: t.TempDir(), Timeout: 10 * time.Second}
	if msg := c.Copy(copyText, "甲", 1, "文")().(copiedMsg); !msg.native {
		t.Errorf("the tool's copy not taken: %+v", msg)
	}
}

// TestPickTool: the tool is chosen in atotto/clipboard's order.
func TestPickTool(t *testing.T) {
	tests := []struct {
		goos    string
		wayland bool
		have    string
		want    string
	}{
		{"linux", true, "wl-copy wl-paste xclip", "wl-copy"},
		{"linux", true, "wl-copy xclip", "xclip"},
		{"linux", false, "wl-copy wl-paste xclip xsel", "xclip"},
		{"linux", false, "xsel", "xsel"},
		{"linux", false, "termux-clipboard-set termux-clipboard-get", "termux-clipboard-set"},
		{"linux", false, "clip.exe powershell.exe", "clip.exe"},
		{"linux", false, "", ""},
		{"darwin", false, "pbcopy xclip", "pbcopy"},
	}
	for _, tt := range tests {
		look := func(name string) (string, error) {
			for _, h := range strings.Fields(tt.have) {
				if h == name {
					return "/usr/bin/" + name, nil
				}
			}
			return "", exec.ErrNotFound
		}
		got := ""
		if argv := pickTool(tt.goos, tt.wayland, look); argv != nil {
			got = argv[0]
		}
		if got != tt.want {
			t.Errorf("%s wayland=%v with %q: %q, want %q", tt.goos, tt.wayland, tt.have, got, tt.want)
		}
	}
}
