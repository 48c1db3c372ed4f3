package earlyterm

import "testing"

// TestAskBoth: the combined question is asked where the reader or the
// library starts and termenv would ask, and not for the modes that print
// and exit, nor where the width is given or termenv does not ask.
func TestAskBoth(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	xterm := env("TERM", "xterm-256color")
	for _, tt := range []struct {
		args []string
		env  func(string) string
		want bool
	}{
		{nil, xterm, true},
		{[]string{"big.txt"}, xterm, true},
		{[]string{"--no-resume", "big.txt"}, xterm, true},
		{[]string{"--theme", "dark", "--lang=en", "dir"}, xterm, true},
		{[]string{"-"}, xterm, true},
		{[]string{"--", "--outline"}, xterm, true}, // a file so named
		{[]string{"--outline", "big.txt"}, xterm, false},
		{[]string{"big.txt", "--json"}, xterm, false},
		{[]string{"--print=2.1", "big.txt"}, xterm, false},
		{[]string{"--search", "今年", "dir"}, xterm, false},
		{[]string{"--basket"}, xterm, false},
		{[]string{"-o", "out.md", "big.txt"}, xterm, false},
		{[]string{"-h"}, xterm, false},
		{[]string{"--version"}, xterm, false},
		{[]string{"--ambiguous-width=2", "big.txt"}, xterm, false},
		{[]string{"big.txt"}, env("TERM", "tmux-256color"), false},
		{[]string{"big.txt"}, env("TERM", "screen"), false},
		{[]string{"big.txt"}, env("TERM", "dumb"), false},
		{[]string{"big.txt"}, env("TERM", "xterm", "RUNEWIDTH_EASTASIAN", "1"), false},
	} {
		if got := askBoth(tt.args, tt.env); got != tt.want {
			t.Errorf("askBoth(%q, TERM=%q) = %v, want %v", tt.args, tt.env("TERM"), got, tt.want)
		}
	}
}

// TestBackground reads the colour's answer as termenv does: BEL or ST
// ended, 4 or 2 hex digits a channel, dark under half lightness; no
// answer, or a broken one, leaves the colour to termenv.
func TestBackground(t *testing.T) {
	for _, tt := range []struct {
		name     string
		reply    string
		dark, ok bool
	}{
		{"black, ST", "\x1b]11;rgb:0000/0000/0000\x1b\\\x1b[1;2R", true, true},
		{"white, BEL", "\x1b]11;rgb:ffff/ffff/ffff\a\x1b[1;3R", false, true},
		{"solarized light", "\x1b]11;rgb:fdfd/f6f6/e3e3\x1b\\\x1b[1;2R", false, true},
		{"dark grey, 2 digits", "\x1b]11;rgb:28/2c/34\x1b\\\x1b[1;2R", true, true},
		{"keys before", "jk\x1b]11;rgb:ffff/ffff/ffff\x1b\\\x1b[1;2R", false, true},
		{"no OSC support", "\x1b[1;2R", false, false},
		{"not rgb", "\x1b]11;rgba:ffff/ffff/ffff/ffff\x1b\\\x1b[1;2R", false, false},
		{"two channels", "\x1b]11;rgb:ffff/ffff\x1b\\\x1b[1;2R", false, false},
		{"not hex", "\x1b]11;rgb:zzzz/ffff/ffff\x1b\\\x1b[1;2R", false, false},
		{"cut short", "\x1b]11;rgb:ffff/ff", false, false},
	} {
		dark, ok := background([]byte(tt.reply))
		if dark != tt.dark || ok != tt.ok {
			t.Errorf("%s: background(%q) = %v, %v; want %v, %v", tt.name, tt.reply, dark, ok, tt.dark, tt.ok)
		}
	}
}

// TestFallbackDark is termenv's verdict without an answer: COLORFGBG's
// background, else black.
func TestFallbackDark(t *testing.T) {
	for _, tt := range []struct {
		colorFGBG string
		dark      bool
	}{{"", true}, {"15;0", true}, {"0;15", false}, {"0;default;15", false}, {"0;7", false}, {"15;8", false}, {"15;4", true}, {"garbage", true}, {"0;x", true}} {
		if got := fallbackDark(tt.colorFGBG); got != tt.dark {
			t.Errorf("fallbackDark(%q) = %v, want %v", tt.colorFGBG, got, tt.dark)
		}
	}
}
