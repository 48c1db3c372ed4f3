package reader

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"wenji/model"
	"wenji/model/export"
	"wenji/ui/common"
	"wenji/ui/internal/uitest"

	tea "github.com/charmbracelet/bubbletea"
)

// fakeClipboard records what it was given and answers with err, after
// delay or, when block is set, not before ctx is done.
type fakeClipboard struct {
	mu    sync.Mutex
	got   []string
	err   error
	block bool
}

func (f *fakeClipboard) WriteText(ctx context.Context, text string) error {
	f.mu.Lock()
	f.got = append(f.got, text)
	f.mu.Unlock()
	if f.block {
		<-ctx.Done()
		time.Sleep(50 * time.Millisecond) // a tool that is slow to die too
		return ctx.Err()
	}
	return f.err
}

func (f *fakeClipboard) last() string {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.got) == 0 {
		return ""
	}
	return f.got[len(f.got)-1]
}

// TestCopierCmd: the Cmd with fake clipboards: success, failure, timeout,
// and a fallback file that cannot be written.
func TestCopierCmd(t *testing.T) {
	failed := errors.New("xclip: Can't open display")
	tests := []struct {
		name             string
		native, terminal *fakeClipboard
		badDir           bool
		wantNative       bool
		wantTerminal     bool
		wantFile         bool
		wantErr          bool
	}{
		{name: "native ok", native: &fakeClipboard{}, terminal: &fakeClipboard{}, wantNative: true, wantTerminal: true},
		{name: "native ok, no terminal", native: &fakeClipboard{}, wantNative: true},
		{name: "native fails, OSC 52 sent", native: &fakeClipboard{err: failed}, terminal: &fakeClipboard{}, wantTerminal: true, wantFile: true},
		{name: "both fail", native: &fakeClipboard{err: failed}, terminal: &fakeClipboard{err: errTooLong}, wantFile: true},
		{name: "no clipboard at all", wantFile: true},
		{name: "native hangs", native: &fakeClipboard{block: true}, terminal: &fakeClipboard{}, wantTerminal: true, wantFile: true},
		{name: "both hang", native: &fakeClipboard{block: true}, terminal: &fakeClipboard{block: true}, wantFile: true},
		{name: "nothing works", native: &fakeClipboard{err: failed}, badDir: true, wantErr: true},
		{name: "file fails but OSC 52 sent", native: &fakeClipboard{err: failed}, terminal: &fakeClipboard{}, badDir: true, wantTerminal: true},
	}
	const text = "坚持校准靶向\n　　正文“引号”😀\n"
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The limit is waited out only by a tool that hangs; a tool
			// that answers may take long on a loaded machine: the one
			// that answers beside a hanging one had 100 ms, and under
			// load its answer came after the deadline (wenji's own
			// 2 s, which it has here).
			limit := time.Minute
			if tt.native != nil && tt.native.block || tt.terminal != nil && tt.terminal.block {
				limit = copyTimeout
			}
			c := Copier{Dir: filepath.Join(t.TempDir(), "cache"), Timeout: limit}
			if tt.native != nil {
				c.Native = tt.native
			}
			if tt.terminal != nil {
				c.Terminal = tt.terminal
			}
			if tt.badDir {
				f := filepath.Join(t.TempDir(), "file")
				os.WriteFile(f, nil, 0o644)
				c.Dir = filepath.Join(f, "sub") // under a file: cannot be made
			}
			start := time.Now()
			msg, ok := c.Copy(copyText, "标题", 12, text)().(copiedMsg)
			if !ok {
				t.Fatal("Cmd did not return a copiedMsg")
			}
			if d := time.Since(start); d > limit+30*time.Second {
				t.Errorf("took %v with a %v limit", d, limit)
			}
			if msg.native != tt.wantNative || msg.terminal != tt.wantTerminal || (msg.file != "") != tt.wantFile || (msg.err != nil) != tt.wantErr {
				t.Errorf("got %+v", msg)
			}
			if msg.title != "标题" || msg.count != 12 || msg.kind != copyText {
				t.Errorf("report lost what was copied: %+v", msg)
			}
			for _, cb := range []*fakeClipboard{tt.native, tt.terminal} {
				if cb != nil && cb.last() != text {
					t.Errorf("clipboard got %q", cb.last())
				}
			}
			if msg.file != "" {
				if b, err := os.ReadFile(msg.file); err != nil || string(b) != text {
					t.Errorf("file %s holds %q, %v", msg.file, b, err)
				}
				if st, _ := os.Stat(msg.file); st.Mode().Perm()&0o077 != 0 {
					t.Errorf("file mode %v: readable by others", st.Mode())
				}
				if left, _ := filepath.Glob(filepath.Join(filepath.Dir(msg.file), ".Copied-*")); len(left) > 0 {
					t.Errorf("temporary files left: %v", left)
				}
			}
		})
	}
}

func TestOSC52(t *testing.T) {
	const text = "靶向施策抓整改\n一是…"
	enc := base64.StdEncoding.EncodeToString([]byte(text))
	var b bytes.Buffer
	if err := (OSC52{Out: &b}).WriteText(context.Background(), text); err != nil {
		t.Fatal(err)
	}
	if got, want := b.String(), "\x1b]52;c;"+enc+"\x07"; got != want {
		t.Errorf("plain: %q, want %q", got, want)
	}
	// In tmux: the plain sequence (set-clipboard on) and the passthrough one.
	b.Reset()
	(OSC52{Out: &b, Tmux: true}).WriteText(context.Background(), text)
	if s := b.String(); !strings.HasPrefix(s, "\x1b]52;c;"+enc+"\x07\x1bPtmux;\x1b\x1b]52;c;"+enc) || !strings.HasSuffix(s, "\x1b\\") {
		t.Errorf("tmux: %q", s)
	}
	b.Reset()
	(OSC52{Out: &b, Screen: true}).WriteText(context.Background(), text)
	if s := b.String(); !strings.HasPrefix(s, "\x1bP\x1b]52;c;") {
		t.Errorf("screen: %q", s)
	}
	b.Reset()
	if err := (OSC52{Out: &b}).WriteText(context.Background(), strings.Repeat("字", osc52Limit)); err == nil || b.Len() != 0 {
		t.Errorf("over the limit: err %v, wrote %d bytes", err, b.Len())
	}
	// Not a terminal: no OSC 52 at all.
	f, _ := os.Create(filepath.Join(t.TempDir(), "out"))
	defer f.Close()
	if c := SystemCopier(f); c.Terminal != nil {
		t.Error("OSC 52 offered to a file")
	}
}

// runCmd runs cmd and the Cmds it batches, each in its own goroutine, and
// returns the messages that have arrived with the copy's report (status
// timers have not), waiting for it as long as a loaded machine needs.
func runCmd(cmd tea.Cmd) []tea.Msg {
	out := make(chan tea.Msg, 16)
	var run func(tea.Cmd)
	run = func(c tea.Cmd) {
		if c == nil {
			return
		}
		go func() {
			msg := c()
			if b, ok := msg.(tea.BatchMsg); ok {
				for _, c := range b {
					run(c)
				}
				return
			}
			out <- msg
		}()
	}
	run(cmd)
	var msgs []tea.Msg
	timeout := time.After(time.Minute)
	for {
		select {
		case m := <-out:
			msgs = append(msgs, m)
			if _, ok := m.(copiedMsg); ok {
				return msgs
			}
		case <-timeout:
			return msgs
		}
	}
}

// copyKey presses key (y or Y) and feeds the copy's report back.
func copyKey(t *testing.T, m Model, key string) Model {
	t.Helper()
	nm, cmd := m.Update(uitest.KeyPress(key))
	m = nm.(Model)
	if !strings.Contains(statusLine(m), copyTextFor(m.opt.Lang).Copying) {
		t.Errorf("no progress shown: %q", statusLine(m))
	}
	for _, msg := range runCmd(cmd) {
		if c, ok := msg.(copiedMsg); ok {
			return update(m, c)
		}
	}
	t.Fatalf("%s: no copiedMsg", key)
	return m
}

// TestCopySeedSection: the acceptance case driven synchronously: ] ] y
// copies 坚持校准靶向… whole and nothing after it; Y its outline.
func TestCopySeedSection(t *testing.T) {
	doc := uitest.SeedDoc(t)
	native := &fakeClipboard{}
	m := sized(doc, 200, 40, Options{Copier: &Copier{Native: native, Dir: t.TempDir()}})
	m = press(m, "]", "]")
	m = copyKey(t, m, "y")
	got := native.last()
	if !strings.HasPrefix(got, "坚持校准靶向，确保调查研究选题精准\n") {
		t.Errorf("copied text starts %.80q", got)
	}
	for _, want := range []string{"强化审核把关，提高选题质量", "实行“一议双审”制度"} {
		if !strings.Contains(got, want) {
			t.Errorf("copied text lacks %q", want)
		}
	}
	for _, bad := range []string{"坚持加强统筹", "哒哒", "##paid"} {
		if strings.Contains(got, bad) {
			t.Errorf("copied text holds %q", bad)
		}
	}
	n := m.Current()
	want := "已复制「坚持校准靶向，…」" + common.Thousands(doc.Chars(n)) + " 字"
	if st := statusLine(m); !strings.Contains(st, want) {
		t.Errorf("status %q lacks %q", st, want)
	}

	m = copyKey(t, m, "Y")
	if got, want := native.last(), "坚持校准靶向，确保调查研究选题精准\n  强化对标学习，把准选题方向\n  强化问题导向，提升选题精度\n  强化审核把关，提高选题质量\n"; got != want {
		t.Errorf("Y copied %q, want %q", got, want)
	}
	if st := statusLine(m); !strings.Contains(st, "大纲 4 行") {
		t.Errorf("status after Y: %q", st)
	}
}

// TestCopyWholeCompilation: y at the top copies the whole compilation as
// --print 0 writes it, its articles apart (two blank lines before each),
// so that the pasted text still shows where each starts; its count is
// the document's characters.
func TestCopyWholeCompilation(t *testing.T) {
	doc := uitest.SeedDoc(t)
	native := &fakeClipboard{}
	m := sized(doc, 200, 40, Options{Copier: &Copier{Native: native, Dir: t.TempDir()}})
	if m.Current() != doc.Root {
		t.Fatalf("at %q, want the root", m.Current().Title)
	}
	m = copyKey(t, m, "y")
	got := native.last()
	if got != export.PrintText(doc, doc.Root, false) || !strings.Contains(got, "。\n\n\n发挥领头羊和火车头作用") {
		t.Errorf("y at the top copied %.300q", got)
	}
	if st, want := statusLine(m), common.Thousands(doc.Chars(doc.Root))+" 字"; !strings.Contains(st, want) {
		t.Errorf("status %q lacks %q", st, want)
	}
}

// TestCopyFallbackFile: with no clipboard tool and no OSC 52, the status
// bar names the file, and the file holds what would have been copied.
func TestCopyFallbackFile(t *testing.T) {
	doc := uitest.SeedDoc(t)
	dir := t.TempDir()
	for _, lang := range []string{"zh", "en"} {
		m := sized(doc, 200, 40, Options{Lang: lang, Copier: &Copier{Native: ClipboardFunc(func(context.Context, string) error { return errNoTool }), Dir: dir}})
		m = press(m, "}", "}", "}", "}", "]", "]", "]", "]", "]") // 4.2 靶向施策抓整改
		if m.Current().Title != "靶向施策抓整改" {
			t.Fatalf("at %q", m.Current().Title)
		}
		m = copyKey(t, m, "y")
		path := filepath.Join(dir, CopyFile)
		st := statusLine(m)
		if !strings.Contains(st, path) {
			t.Errorf("%s: status %q does not name %s", lang, st, path)
		}
		b, err := os.ReadFile(path)
		if err != nil || string(b) != export.PlainText(doc, m.Current(), false) {
			t.Errorf("%s: file holds %q (%v)", lang, b, err)
		}
		want := map[string]string{"zh": common.Thousands(doc.Chars(m.Current())) + " 字已存到 ", "en": common.Thousands(doc.Chars(m.Current())) + " chars saved to "}[lang]
		if !strings.Contains(st, want) {
			t.Errorf("%s: status %q lacks %q", lang, st, want)
		}
	}
}

// TestCopyOutlineSelection: with the outline focused, y copies the entry
// under the cursor (here a measure), not the reader's section.
func TestCopyOutlineSelection(t *testing.T) {
	native := &fakeClipboard{}
	m := sized(handDoc(), 100, 20, Options{Copier: &Copier{Native: native, Dir: t.TempDir()}})
	m = press(m, "tab")
	for i := 0; i < 5 && m.Current().Title != "一、第一节"; i++ {
		m = press(m, "j")
	}
	m = press(m, "l", "l") // open the section, step onto its first measure
	if m.Current().Title != "一是甲措施" {
		t.Fatalf("selected %q", m.Current().Title)
	}
	m = copyKey(t, m, "y")
	if got := native.last(); got != "一是甲措施。甲措施的正文。\n" {
		t.Errorf("copied %q", got)
	}
	// The junk paragraph in 二、第二节 never reaches the clipboard.
	m = press(m, "j", "j")
	if m.Current().Title != "二、第二节" {
		t.Fatalf("selected %q", m.Current().Title)
	}
	m = copyKey(t, m, "y")
	if got := native.last(); strings.Contains(got, "哒哒") || !strings.HasPrefix(got, "二、第二节\n") {
		t.Errorf("copied %q", got)
	}
}

// TestCopyClean: control characters from the file never reach the
// clipboard; an empty document has nothing to copy.
func TestCopyClean(t *testing.T) {
	native := &fakeClipboard{}
	// The bidi controls go too, as on screen (a U+202E pasted reverses
	// what follows it).
	doc := buildDoc("标题", "正文\x1b]52;c;SElKQUNLRUQ=\x07剪贴板。\x1b[2J清屏\u009b31m红色。\u202e反转\u202c\u2066隔离\u2069\u200f")
	m := sized(doc, 100, 20, Options{Copier: &Copier{Native: native, Dir: t.TempDir()}})
	copyKey(t, m, "y")
	if got := native.last(); got != "标题\n正文]52;c;SElKQUNLRUQ=剪贴板。[2J清屏31m红色。反转隔离\n" {
		t.Errorf("copied %q", got)
	}
	empty := sized(buildDoc(""), 100, 20, Options{Copier: &Copier{Native: native, Dir: t.TempDir()}})
	nm, _ := empty.Update(uitest.KeyPress("y"))
	if st := statusLine(nm.(Model)); !strings.Contains(st, zhCopy.Nothing) {
		t.Errorf("empty document: status %q", st)
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 1234: "1,234", 1234567: "1,234,567", -1234: "-1,234"} {
		if got := common.Thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestCopyReport(t *testing.T) {
	m := sized(handDoc(), 90, 20, Options{})
	home, _ := os.UserHomeDir()
	file := filepath.Join(home, ".cache", "wenji", CopyFile)
	tests := []struct {
		lang string
		msg  copiedMsg
		want string
	}{
		{"zh", copiedMsg{title: "靶向施策抓整改", count: 1234, native: true}, "已复制「靶向施策抓整改」1,234 字"},
		{"en", copiedMsg{title: "靶向施策抓整改", count: 1234, native: true}, "Copied “靶向施策抓整改” (1,234 chars)"},
		{"zh", copiedMsg{kind: copyOutline, title: "广泛深入查问题", count: 4, native: true}, "已复制「广泛深入查问题」大纲 4 行"},
		{"zh", copiedMsg{title: "甲", count: 5, terminal: true, file: file}, "已复制「甲」5 字（OSC 52；另存 ~/.cache/wenji/copied.txt）"},
		{"en", copiedMsg{title: "甲", count: 5, file: file}, "No clipboard: 5 chars saved to ~/.cache/wenji/copied.txt"},
		{"zh", copiedMsg{kind: copyOutline, title: "甲", count: 3, file: file}, "剪贴板不可用：大纲 3 行已存到 ~/.cache/wenji/copied.txt"},
		{"zh", copiedMsg{title: "甲", count: 5, err: errNoTool}, "复制失败：没有 xclip、xsel 或 wl-copy"},
		{"zh", copiedMsg{title: "坚持深学细悟习近平新时代中国特色社会主义思想", count: 5, native: true}, "已复制「坚持深学细悟习…」5 字"},
		// Where the title would leave the breadcrumb's end no room
		// beside the saved file, the title goes and the path stays.
		{"en", copiedMsg{title: "坚持校准靶向，确保调查研究选题精准", count: 557, terminal: true, file: file}, "Copied 557 chars via OSC 52; saved to ~/.cache/wenji/copied.txt"},
		{"zh", copiedMsg{title: "开门整治“晒”成果", count: 392, terminal: true, file: file}, "已复制正文 392 字（OSC 52；另存 ~/.cache/wenji/copied.txt）"},
	}
	for _, tt := range tests {
		m.opt.Lang = tt.lang
		if got := m.copyReport(tt.msg); got != tt.want {
			t.Errorf("%s %+v:\n got %q\nwant %q", tt.lang, tt.msg, got, tt.want)
		}
		// What the bar shows keeps the path.
		if tt.msg.file != "" {
			mm := m
			mm.status.Flash(m.copyReport(tt.msg))
			if st := statusLine(mm); !strings.Contains(st, "copied.txt") {
				t.Errorf("%s %+v: the bar %q cuts the file", tt.lang, tt.msg, st)
			}
		}
	}
}

// TestCopyUnwritableCache (issue 15 item 4): with the cache directory
// unwritable and no clipboard tool, y says the file could not be written
// (never "Copied … via OSC 52" alone), and an older copied.txt does not
// stay looking current.
func TestCopyUnwritableCache(t *testing.T) {
	doc := uitest.SeedDoc(t)
	noTool := ClipboardFunc(func(context.Context, string) error { return errNoTool })
	for _, lang := range []string{"zh", "en"} {
		// XDG_CACHE_HOME under a file: no user, root included, can write
		// there. (A chmod 0500 directory stops everyone but root.)
		f := filepath.Join(t.TempDir(), "file")
		if err := os.WriteFile(f, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Setenv("XDG_CACHE_HOME", f)
		t.Setenv("HOME", t.TempDir()) // for the platforms that ignore XDG
		for _, terminal := range []bool{true, false} {
			c := &Copier{Native: noTool}
			if terminal {
				c.Terminal = &fakeClipboard{}
			}
			m := sized(doc, 200, 40, Options{Lang: lang, Copier: c})
			m = copyKey(t, press(m, "]"), "y")
			st := statusLine(m)
			cannot := map[string]string{"zh": "未保存", "en": "not saved"}[lang]
			if terminal && (!strings.Contains(st, cannot) || strings.Contains(st, "已复制") || strings.Contains(st, "Copied")) {
				t.Errorf("%s, OSC 52 sent: %q does not say the file was not written", lang, st)
			}
			failed := map[string]string{"zh": "复制失败", "en": "Copy failed"}[lang]
			if !terminal && !strings.Contains(st, failed) {
				t.Errorf("%s, nothing took it: %q", lang, st)
			}
		}
	}
}

// TestCopyStaleFileForgotten: when copied.txt cannot be rewritten (a full
// disk), the copy an earlier y left there goes.
func TestCopyStaleFileForgotten(t *testing.T) {
	dir := t.TempDir()
	old := filepath.Join(dir, CopyFile)
	if err := os.WriteFile(old, []byte("上一次复制的内容"), 0o600); err != nil {
		t.Fatal(err)
	}
	full := errors.New("no space left on device")
	c := Copier{Native: &fakeClipboard{err: errNoTool}, Terminal: &fakeClipboard{}, Dir: dir, Timeout: time.Minute,
		createTemp: func(string, string) (*os.File, error) { return nil, full }}
	msg := c.Copy(copyText, "标题", 3, "新内容")().(copiedMsg)
	if !errors.Is(msg.saveErr, full) || msg.saveFile != old || msg.file != "" {
		t.Errorf("got %+v", msg)
	}
	if b, err := os.ReadFile(old); err == nil && len(b) > 0 {
		t.Errorf("the older copy is still there: %q", b)
	}
	m := sized(handDoc(), 200, 20, Options{})
	if got := m.copyReport(msg); !strings.Contains(got, "未保存") || !strings.Contains(got, CopyFile) || !strings.Contains(got, full.Error()) {
		t.Errorf("report %q", got)
	}
}

// TestCopyLargeNode: y and Y on a node over syncCopy build its text in
// the Cmd (the key answered at once, "copying…" said; BenchmarkCopyKey
// times the key) and copy the same text as a small node's copy does; a
// large node with no text but filtered junk says there is nothing.
func TestCopyLargeNode(t *testing.T) {
	lines, junk := largeNodeLines()
	for _, tt := range []struct {
		doc     *model.Document
		key     string
		nothing bool
	}{
		{buildDoc("大汇编", lines...), "y", false},
		{buildDoc("大汇编", lines...), "Y", false},
		{buildDoc("", junk...), "y", true},
	} {
		native := &fakeClipboard{}
		m := sized(tt.doc, 100, 20, Options{Lang: "en", Copier: &Copier{Native: native, Dir: t.TempDir()}})
		n := m.Current()
		if n.Span.End-n.Span.Start <= syncCopy {
			t.Fatalf("the node is %d bytes: not large", n.Span.End-n.Span.Start)
		}
		m = copyKey(t, m, tt.key)
		if tt.nothing {
			if st := statusLine(m); !strings.Contains(st, copyTextFor("en").Nothing) || native.last() != "" {
				t.Errorf("%s on junk: status %q, copied %d bytes", tt.key, st, len(native.last()))
			}
			continue
		}
		want, count := copyOf(m.doc, n, map[string]copyKind{"y": copyText, "Y": copyOutline}[tt.key])
		if got := native.last(); got != want || count <= 0 {
			t.Errorf("%s: copied %d bytes, want %d (%d)", tt.key, len(got), len(want), count)
		}
		if st := statusLine(m); !strings.Contains(st, common.Thousands(count)) {
			t.Errorf("%s: status %q lacks the count %d", tt.key, st, count)
		}
	}
}

// largeNodeLines are the fixture lines of TestCopyLargeNode and
// TestAddSaysAdding: a heading over more than syncCopy bytes of prose, and
// more than syncCopy bytes of filtered promotion lines (for a node whose
// only text is junk).
func largeNodeLines() (lines, junk []string) {
	para := strings.Repeat("推进基层治理现代化，提升为民服务水平。", 40)
	lines = []string{"# 第一篇", "## 一、小节"}
	for range (syncCopy / len(para)) + 8 {
		lines = append(lines, para)
	}
	for range (syncCopy / 60) + 8 {
		junk = append(junk, "!junk 【哒哒素材库】加入会员请联系客服，海量精品范文等你下载")
	}
	return lines, junk
}

// TestAtDeadline: at the deadline a tool that has taken the text is not
// reported as timed out; one that failed, or has not answered, is.
func TestAtDeadline(t *testing.T) {
	timeout := &timeoutError{tool: "xclip", after: copyTimeout}
	answered := func(err error) <-chan error {
		ch := make(chan error, 1)
		ch <- err
		return ch
	}
	for _, tt := range []struct {
		name string
		done <-chan error
		want error
	}{
		{"took the text", answered(nil), nil},
		{"killed at the deadline", answered(errors.New("signal: killed")), timeout},
		{"no answer", make(chan error), timeout},
	} {
		if got := atDeadline(tt.done, timeout); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}
