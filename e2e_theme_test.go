package main

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// colourSGR finds a foreground or background colour in an SGR sequence as
// tmux's capture-pane -e writes them.
var colourSGR = regexp.MustCompile(`\x1b\[[0-9;]*(?:3[0-7]|4[0-7]|9[0-7]|10[0-7]|[34]8;[0-9;]+)m`)

// TestThemeE2E: --theme dark and light draw different colours; NO_COLOR
// draws none, and still marks the title and the status bar (bold, reverse).
func TestThemeE2E(t *testing.T) {
	seed := seedOrSkip(t)
	bin := binary(t)
	capture := func(env, flags string) string {
		tm := newTerm(t, 100, 30, fmt.Sprintf("%s %s %s %s", env, bin, flags, seed))
		tm.waitText("2023主题教育")
		tm.settle()
		return tm.tmux("capture-pane", "-p", "-e")
	}
	dark := capture("COLORTERM=truecolor", "--theme dark")
	light := capture("COLORTERM=truecolor", "--theme light")
	if !colourSGR.MatchString(dark) || !colourSGR.MatchString(light) {
		t.Fatalf("no colours drawn:\n%q", dark)
	}
	if strings.Join(colourSGR.FindAllString(dark, -1), "") == strings.Join(colourSGR.FindAllString(light, -1), "") {
		t.Error("--theme dark and --theme light draw the same colours")
	}
	plain := capture("COLORTERM=truecolor NO_COLOR=1", "")
	if m := colourSGR.FindString(plain); m != "" {
		t.Errorf("NO_COLOR: a colour is drawn: %q", m)
	}
	if !strings.Contains(plain, "\x1b[1m") && !strings.Contains(plain, ";1m") {
		t.Errorf("NO_COLOR: nothing is bold:\n%q", plain)
	}
}

func TestThemeFlag(t *testing.T) {
	code, _, errOut := cli(t, "", "--lang", "en", "--theme", "blue", "x.txt")
	if code != 2 || !strings.Contains(errOut, `--theme "blue": must be auto, dark or light`) {
		t.Errorf("exit %d, %q", code, errOut)
	}
	for _, th := range []string{"auto", "dark", "light"} {
		if code, _, errOut := cli(t, "", "--theme", th, "--outline", "testdata/sample.txt"); code != 0 {
			t.Errorf("--theme %s: exit %d, %q", th, code, errOut)
		}
	}
}
