package reader

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"wenji/model/export"
	"wenji/parse"
	"wenji/ui/internal/uitest"
)

// fuzzKeys are the keys FuzzView presses, one per byte of its keys input:
// every binding, the search prompt and what can be typed into it.
var fuzzKeys = []string{
	"j", "k", " ", "b", "ctrl+d", "ctrl+u", "g", "G", "]", "[", "}", "{",
	"p", "o", "#", "tab", "enter", "h", "l", "?", "esc", "n", "N",
	"ctrl+n", "ctrl+p", "f", "y", "Y", "/", "backspace", "up", "down",
	"一", "的", "a", "A", "\\", "(", "。", "|", "x", "pgdown", "end", "home",
}

// fuzzDrive feeds msg to m and runs the Cmds it returns at once, feeding
// their messages back, as the Bubble Tea loop would. Timers (the status
// message's expiry, the search-as-you-type debounce) are dropped: waiting
// for them would make each input take seconds.
func fuzzDrive(m Model, msg tea.Msg) Model {
	msgs := []tea.Msg{msg}
	for steps := 0; len(msgs) > 0 && steps < 1000; steps++ {
		msg, msgs = msgs[0], msgs[1:]
		nm, cmd := m.Update(msg)
		m = nm.(Model)
		msgs = append(msgs, runNow(cmd)...)
	}
	return m
}

// runNow runs cmd unless it is a timer, and the Cmds of a batch.
func runNow(cmd tea.Cmd) []tea.Msg {
	if cmd == nil || uitest.IsTimer(cmd) {
		return nil
	}
	switch msg := cmd().(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, runNow(c)...)
		}
		return out
	case tea.QuitMsg:
		return nil
	default:
		return []tea.Msg{msg}
	}
}

// checkViewClean fails if the view could make the terminal do anything
// but draw text: an ESC other than SGR (with colour on), a C0 control but
// newline, a C1 control, a bidi override or isolate, or bytes that are not
// UTF-8 (a raw 0x9b is CSI to some terminals).
func checkViewClean(t *testing.T, v string, sgr bool, what string) {
	t.Helper()
	if !utf8.ValidString(v) {
		t.Fatalf("%s: view is not valid UTF-8: %q", what, v)
	}
	for i := 0; i < len(v); {
		r, size := utf8.DecodeRuneInString(v[i:])
		if r == 0x1b && sgr {
			// Only CSI … m: parameters are digits and semicolons.
			j := i + 1
			if j < len(v) && v[j] == '[' {
				j++
				for j < len(v) && (v[j] >= '0' && v[j] <= '9' || v[j] == ';') {
					j++
				}
				if j < len(v) && v[j] == 'm' {
					i = j + 1
					continue
				}
			}
			t.Fatalf("%s: an escape sequence other than SGR at byte %d: %q", what, i, v[i:min(len(v), i+20)])
		}
		if r < 0x20 && r != '\n' || r == 0x7f || r >= 0x80 && r < 0xa0 ||
			r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
			t.Fatalf("%s: view holds %U at byte %d: %q", what, r, i, v[max(0, i-20):min(len(v), i+20)])
		}
		i += size
	}
}

// FuzzView: whatever the file, the screen is made of text only. Arbitrary
// bytes are opened as a user would (parse.Open, else the plain parser on
// the raw bytes), the reader sized, keys pressed, and every view checked:
// without colour it holds no ESC, no C0 but newline, no C1, no bidi
// override; with colour the only escapes are SGR; and it is the size asked.
func FuzzView(f *testing.F) {
	f.Add([]byte("恶意文件\n\n一、标题\x1b]0;title\x07里有控制符\n剪贴板\x1b]52;c;AAAA\x07清屏\x1b[2J原始\x9b字节\u009b和\u202e反向\u202c\b退格\x00空字符\t制表。\n##paidbegin##\x1b[31m红色\n"), uint16(80), uint8(20), []byte{12, 7, 28, 32, 33, 16, 21})
	f.Add([]byte("标题\n\n正文\xff\xfe开始。\x9b中间\xe4\xb8。结束。\n一、标题\xc3\n正文。\n"), uint16(20), uint8(5), []byte{0, 1, 12, 7, 26, 27})
	f.Add([]byte("👨‍👩‍👧‍👦家庭👍🏽点赞\n一、🇨🇳国旗\n正文👩🏻‍💻。\n标题\u200f\u202e反向\u202c\n\u200b\u200d二、零宽\u2066隔离\u2069\n"), uint16(41), uint8(15), []byte{15, 16, 18, 28, 32, 16, 21})
	f.Add([]byte("2024年汇编\n\n第一篇　标题\n一、做法\n（一）措施\n1.要点\n一是强化。正文“引号”……——·①②。\n【素材库】添加客服\n##paidend##\n"), uint16(1), uint8(1), []byte{7, 12, 14, 15, 4})
	f.Add([]byte("# Markdown 标题\n\n## 一、节\n\n正文 *强调* `代码`\x1b[31m\n"), uint16(300), uint8(100), []byte{28, 36, 35, 16, 21, 22})
	f.Add([]byte("<html><title>网页\x1b]0;x\x07</title><body><h1>一、标题</h1><p>正文\u202e。</p></body></html>"), uint16(60), uint8(12), []byte{12, 26, 27})
	// Nothing to read: an empty file, blank lines, junk only.
	f.Add([]byte(""), uint16(80), uint8(20), []byte{0, 7, 28, 38, 16, 1, 2, 4, 5})
	f.Add([]byte(" \n\t\n\u3000\u3000\n\r\n"), uint16(60), uint8(10), []byte{0, 1, 2, 3, 7, 6})
	f.Add([]byte("##paidbegin##\n【某某素材库】会员群每天更新，添加客服：abc，谨防假冒！\n##paidend##\n"), uint16(60), uint8(10), []byte{0, 12, 0, 7, 2, 28, 38})
	f.Fuzz(func(t *testing.T, data []byte, width uint16, height uint8, keys []byte) {
		w, h := 1+int(width)%300, 1+int(height)%100
		// A hang is a finding too: the fuzzer alone would wait for ever.
		wd := time.AfterFunc(20*time.Second, func() { panic(fmt.Sprintf("FuzzView: one input took over 20 s: %q %dx%d keys %v", data, w, h, keys)) })
		defer wd.Stop()
		doc, err := parse.Open("fuzz.txt", data, parse.Options{})
		if err != nil {
			doc = parse.Parse(string(data))
		}
		copier := Copier{Native: ClipboardFunc(func(context.Context, string) error { return nil })}
		m := New(doc, Options{FileName: "fuzz\x1b[2J\u202e.txt", Lang: "zh", Ambiguous: 1 + len(data)%2, ShowChars: true, Copier: &copier})
		m = fuzzDrive(m, tea.WindowSizeMsg{Width: w, Height: h})
		check := func(what string) {
			t.Helper()
			checkViewClean(t, m.View(), false, what)
			lipgloss.SetColorProfile(termenv.TrueColor)
			defer lipgloss.SetColorProfile(termenv.Ascii)
			checkViewClean(t, m.View(), true, what+" (colour)")
		}
		check("first frame")
		checkSize(t, m, w, h)
		for i, k := range keys[:min(len(keys), 16)] {
			name := fuzzKeys[int(k)%len(fuzzKeys)]
			m = fuzzDrive(m, uitest.KeyPress(name))
			check("after key " + strings.Repeat(".", i) + name)
		}
		checkSize(t, m, w, h)
	})
}

// TestFuzzViewDoc: FuzzView's document shapes beyond the parser's: a hand
// built document whose titles hold controls.
func TestFuzzViewDoc(t *testing.T) {
	d := buildDoc("恶意\x1b]0;t\x07\u202e", "# 文章\x1b[2J\u0085", "## 节\u2066", "### 措施\x9b。正文", "正文\x1b]52;c;AAAA\x07", "!junk 广告\x1b[2J")
	m := sized(d, 80, 20, Options{ShowChars: true})
	for _, k := range fuzzKeys {
		m = fuzzDrive(m, uitest.KeyPress(k))
		checkViewClean(t, m.View(), false, "key "+k)
	}
	_ = export.Outline(d.Root)
}
