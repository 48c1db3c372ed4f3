package reader

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/atotto/clipboard"

	wtext "wenji/internal/text"
	"wenji/ui/cjk"
)

// clipTool is the system clipboard written by running a tool (wl-copy,
// xclip, xsel, termux-clipboard-set, pbcopy, clip.exe) with the text on
// its standard input. When the tool fails its error names it and says
// its cause, the first line it wrote on stderr when it wrote one:
// atotto/clipboard said only "exit status 1".
type clipTool struct {
	argv []string
}

// ToolClipboard is the clipboard set by running argv with the text on its
// standard input, as the system clipboard is (other pages' tests run a
// fake tool through it).
func ToolClipboard(argv ...string) Clipboard { return clipTool{argv: argv} }

// nativeClipboard returns the system clipboard of this platform: the
// tool atotto/clipboard would run, chosen in its order; on Windows,
// atotto's own calls (no tool runs there).
func nativeClipboard() Clipboard {
	if runtime.GOOS == "windows" {
		return atottoClipboard{}
	}
	if argv := pickTool(runtime.GOOS, os.Getenv("WAYLAND_DISPLAY") != "", exec.LookPath); argv != nil {
		return clipTool{argv: argv}
	}
	return ClipboardFunc(func(context.Context, string) error { return errNoTool })
}

// pickTool is the command line that sets the clipboard on goos, as atotto
// picks it: wl-copy under Wayland, then xclip, xsel, termux-clipboard-set
// and Windows' clip.exe (from WSL); pbcopy on macOS. Nil when none is
// installed.
func pickTool(goos string, wayland bool, look func(string) (string, error)) []string {
	has := func(names ...string) bool {
		for _, n := range names {
			if _, err := look(n); err != nil {
				return false
			}
		}
		return true
	}
	if goos == "darwin" {
		if has("pbcopy") {
			return []string{"pbcopy"}
		}
		return nil
	}
	if wayland && has("wl-copy", "wl-paste") {
		return []string{"wl-copy"}
	}
	for _, c := range []struct {
		argv  []string
		needs []string
	}{
		{[]string{"xclip", "-in", "-selection", "clipboard"}, []string{"xclip"}},
		{[]string{"xsel", "--input", "--clipboard"}, []string{"xsel"}},
		{[]string{"termux-clipboard-set"}, []string{"termux-clipboard-set", "termux-clipboard-get"}},
		{[]string{"clip.exe"}, []string{"clip.exe", "powershell.exe"}},
	} {
		if has(c.needs...) {
			return c.argv
		}
	}
	return nil
}

// Name is the tool's name, as errors say it.
func (c clipTool) Name() string { return filepath.Base(c.argv[0]) }

// WriteText runs the tool; it is killed when ctx is done.
func (c clipTool) WriteText(ctx context.Context, text string) error {
	cmd := exec.CommandContext(ctx, c.argv[0], c.argv[1:]...)
	cmd.Stdin = strings.NewReader(text)
	var stderr bytes.Buffer
	cmd.Stderr = &limited{buf: &stderr, room: 4 << 10}
	// xclip and wl-copy fork a child that serves the selection and keeps
	// stderr open: Wait stops waiting for the pipe soon after the tool
	// itself exits, which is success (ErrWaitDelay).
	cmd.WaitDelay = toolWaitDelay
	err := cmd.Run()
	if err == nil || errors.Is(err, exec.ErrWaitDelay) {
		return nil
	}
	if ctx.Err() != nil {
		return &timeoutError{tool: c.Name()}
	}
	return &toolError{tool: c.Name(), err: err, said: firstLine(stderr.String())}
}

// toolWaitDelay is how long a tool's stderr is read after it exited.
const toolWaitDelay = 100 * time.Millisecond

// limited keeps the first room bytes written to it: a tool's stderr is
// read for its first line only.
type limited struct {
	buf  *bytes.Buffer
	room int
}

func (l *limited) Write(p []byte) (int, error) {
	if n := min(len(p), l.room-l.buf.Len()); n > 0 {
		l.buf.Write(p[:n])
	}
	return len(p), nil
}

// firstLine is the first line of s holding more than spaces, trimmed.
func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

// atottoClipboard is atotto/clipboard, for Windows, where it calls the
// system rather than a tool.
type atottoClipboard struct{}

func (atottoClipboard) WriteText(ctx context.Context, text string) error {
	if clipboard.Unsupported {
		return errNoTool
	}
	// atotto takes no context: at the deadline the Copier stops waiting and
	// this goroutine ends when the call does.
	return clipboard.WriteAll(text)
}

// toolError is a clipboard tool that ran and failed: its name, how it
// ended (err: its exit status, or that it could not start) and the first
// line of its stderr (said), when it wrote one.
type toolError struct {
	tool string
	err  error
	said string
}

func (e *toolError) Error() string { return copyErrText("en", e) }
func (e *toolError) Unwrap() error { return e.err }

// timeoutError is a clipboard that did not answer within the Copier's
// timeout.
type timeoutError struct {
	tool  string
	after time.Duration
}

func (e *timeoutError) Error() string { return copyErrText("en", e) }
func (e *timeoutError) Unwrap() error { return context.DeadlineExceeded }

// errNoTool: no clipboard tool is installed. errTooLong: the text is
// longer than OSC 52 carries. errNone: no such clipboard (no terminal to
// send OSC 52 to), which a report leaves unsaid.
var (
	errNoTool  = errors.New("no clipboard tool")
	errTooLong = errors.New("too long for OSC 52")
	errNone    = errors.New("none")
)

// clipName is the name a clipboard goes by in errors: a tool's, or
// OSC 52.
func clipName(cb Clipboard) string {
	switch c := cb.(type) {
	case interface{ Name() string }:
		return c.Name()
	case OSC52:
		return "OSC 52"
	}
	return ""
}

// copyErrText is the cause of a failed copy in lang, on one line: each
// clipboard's failure names the tool and says why (xclip：Error:
// Can't open display), the fallback file's cause as ErrTextIn says it;
// parts are separated by "; ", a clipboard that was not there unsaid.
func copyErrText(lang string, err error) string {
	ct := wtext.CopyFor(lang)
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var parts []string
		for _, e := range j.Unwrap() {
			if s := copyErrText(lang, e); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, "; ")
	}
	var te *toolError
	var to *timeoutError
	var ee *exec.ExitError
	switch {
	case err == nil || errors.Is(err, errNone):
		return ""
	case errors.Is(err, errNoTool):
		return ct.NoTool
	case errors.Is(err, errTooLong):
		return ct.TooLong
	case errors.As(err, &to):
		tool := to.tool
		if tool == "" {
			tool = ct.Clipboard
		}
		secs := strconv.FormatFloat(to.after.Seconds(), 'f', -1, 64)
		return fmt.Sprintf(ct.ToolTimeout, tool, secs)
	case errors.As(err, &te) && te.said != "":
		return fmt.Sprintf(ct.ToolFailed, te.tool, cjk.SanitizeLine(te.said))
	case errors.As(err, &te) && (errors.Is(te.err, exec.ErrNotFound) || errors.Is(te.err, fs.ErrNotExist)):
		return fmt.Sprintf(ct.ToolMissing, te.tool)
	case errors.As(err, &te) && errors.As(te.err, &ee) && ee.ExitCode() >= 0:
		return fmt.Sprintf(ct.ToolExit, te.tool, ee.ExitCode())
	case errors.As(err, &te):
		return fmt.Sprintf(ct.ToolFailed, te.tool, ErrTextIn(lang, te.err))
	}
	return ErrTextIn(lang, err)
}

// CopyErrText is the cause of a failed copy (CopiedMsg.Err) in lang, as
// the reader's y says it.
func CopyErrText(lang string, err error) string { return copyErrText(lang, err) }
