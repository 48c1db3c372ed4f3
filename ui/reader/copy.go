package reader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	wtext "wenji/internal/text"

	"github.com/aymanbagabas/go-osc52/v2"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/mattn/go-isatty"

	"wenji/model"
	"wenji/model/export"
	"wenji/ui/cjk"
	"wenji/ui/common"
)

// Clipboard is one way of putting text where the user can paste it. Its
// WriteText returns nil once the text is there (or, for OSC 52, once the
// request reached the terminal) and should give up when ctx is done; the
// Copier stops waiting at the deadline either way.
type Clipboard interface {
	WriteText(ctx context.Context, text string) error
}

// ClipboardFunc adapts a function to Clipboard (tests use it as a seam).
type ClipboardFunc func(ctx context.Context, text string) error

// WriteText calls f.
func (f ClipboardFunc) WriteText(ctx context.Context, text string) error { return f(ctx, text) }

// Copier is how copied text leaves the reader: the system clipboard and the
// terminal's OSC 52 both, and a file when neither can be confirmed.
type Copier struct {
	// Native is the system clipboard (wl-copy, xclip, xsel, pbcopy,
	// clip.exe); nil when there is none.
	Native Clipboard
	// Terminal asks the terminal to set its clipboard (OSC 52); nil when
	// there is no terminal to ask. The terminal never answers, so success
	// means only that the request was written.
	Terminal Clipboard
	// Dir is where text goes when the system clipboard did not take it;
	// empty means os.UserCacheDir()/wenji.
	Dir string
	// Timeout bounds the wait for each clipboard; 0 means 2 s.
	Timeout time.Duration

	// createTemp is os.CreateTemp; tests make it fail as a full disk does
	// (running as root, a test cannot make a directory unwritable).
	createTemp func(dir, pattern string) (*os.File, error)
}

// copyTimeout is how long a clipboard tool may take before the reader stops
// waiting for it and says so.
const copyTimeout = 2 * time.Second

// CopyFile is the name of the file that holds the last copied text when no
// clipboard could be confirmed.
const CopyFile = "copied.txt"

// osc52Limit is the most text sent by OSC 52: tmux drops escape sequences
// longer than 1 MB, some terminals far less; base64 grows text by 4/3.
const osc52Limit = 512 << 10

// SystemCopier returns the Copier of a real session: the system clipboard
// through atotto/clipboard and OSC 52 written to out, the terminal that
// Bubble Tea draws on. OSC 52 is left out when out is not a terminal or
// TERM is dumb.
func SystemCopier(out io.Writer) Copier {
	c := Copier{Native: nativeClipboard()}
	f, ok := out.(*os.File)
	if ok && isatty.IsTerminal(f.Fd()) && os.Getenv("TERM") != "dumb" && os.Getenv("TERM") != "" {
		c.Terminal = OSC52{Out: out, Tmux: os.Getenv("TMUX") != "", Screen: strings.HasPrefix(os.Getenv("TERM"), "screen")}
	}
	return c
}

// OSC52 writes the OSC 52 "set clipboard" sequence to a terminal.
type OSC52 struct {
	Out io.Writer
	// Tmux also sends the sequence wrapped for tmux's passthrough (DCS), for
	// a tmux with set-clipboard off and allow-passthrough on; with
	// set-clipboard on (or external) tmux takes the plain sequence itself.
	Tmux bool
	// Screen wraps the sequence for GNU screen.
	Screen bool
}

// WriteText writes the sequence in one Write, so it does not interleave
// with a frame that Bubble Tea writes to the same terminal.
func (o OSC52) WriteText(ctx context.Context, text string) error {
	if len(text) > osc52Limit {
		return errTooLong
	}
	seq := osc52.New(text)
	var s string
	switch {
	case o.Screen && !o.Tmux:
		s = seq.Screen().String()
	case o.Tmux:
		s = seq.String() + seq.Tmux().String()
	default:
		s = seq.String()
	}
	_, err := io.WriteString(o.Out, s)
	return err
}

// copyKind says what a copy took: a section's text or its outline.
type copyKind int

const (
	copyText copyKind = iota
	copyOutline
)

// copiedMsg reports how a copy ended.
type copiedMsg struct {
	kind  copyKind
	title string // the node's heading
	count int    // characters (copyText) or lines (copyOutline)
	// native: the system clipboard took it; terminal: OSC 52 was sent.
	native, terminal bool
	file             string // where the text was saved, if it was
	// saveErr: the fallback file could not be written (an older copy in
	// it was removed or emptied, see forget); saveFile names it.
	saveErr  error
	saveFile string
	err      error // nothing took it
	nothing  bool  // a large node's text, built in the Cmd, was empty
}

// Copy returns the Cmd that copies text and reports with a copiedMsg. Both
// clipboards are tried at once, each for at most the timeout; when the
// system clipboard did not take the text it is also saved to a file, since
// OSC 52 cannot be confirmed.
func (c Copier) Copy(kind copyKind, title string, count int, text string) tea.Cmd {
	return func() tea.Msg {
		msg := copiedMsg{kind: kind, title: title, count: count}
		timeout := c.Timeout
		if timeout <= 0 {
			timeout = copyTimeout
		}
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		native, terminal := tryAsync(ctx, c.Native, text, timeout), tryAsync(ctx, c.Terminal, text, timeout)
		nerr, terr := <-native, <-terminal
		msg.native, msg.terminal = nerr == nil, terr == nil
		if msg.native {
			return msg
		}
		path, err := c.save(text)
		if err != nil {
			msg.saveErr, msg.saveFile = err, path
			if !msg.terminal {
				msg.err = errors.Join(nerr, terr, err)
			}
			return msg
		}
		msg.file = path
		return msg
	}
}

// tryAsync runs cb.WriteText and delivers its error, or the deadline's.
func tryAsync(ctx context.Context, cb Clipboard, text string, timeout time.Duration) <-chan error {
	out := make(chan error, 1)
	if cb == nil {
		out <- errNone
		return out
	}
	done := make(chan error, 1)
	go func() { done <- cb.WriteText(ctx, text) }()
	go func() {
		select {
		case err := <-done:
			out <- err
		case <-ctx.Done():
			out <- atDeadline(done, &timeoutError{tool: clipName(cb), after: timeout})
		}
	}()
	return out
}

// atDeadline is a tool's result once the deadline has passed: its answer
// when it took the text (the answer and the deadline were both there when
// the waiter ran, late on a busy machine), the timeout otherwise (an error
// then may be the deadline's own kill, which the timeout says better).
func atDeadline(done <-chan error, timeout error) error {
	select {
	case err := <-done:
		if err == nil {
			return nil
		}
	default:
	}
	return timeout
}

// save writes text to the fallback file, replacing it whole: readers of the
// file never see half of it. When it cannot, an older copy in the file is
// removed (or emptied), so that it never passes for this one; the path is
// returned either way.
func (c Copier) save(text string) (path string, err error) {
	dir := c.Dir
	if dir == "" {
		base, err := os.UserCacheDir()
		if err != nil {
			base = os.TempDir()
		}
		dir = filepath.Join(base, "wenji")
	}
	path = filepath.Join(dir, CopyFile)
	defer func() {
		if err != nil {
			forget(path)
		}
	}()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return path, err
	}
	create := c.createTemp
	if create == nil {
		create = os.CreateTemp
	}
	tmp, err := create(dir, ".Copied-*")
	if err != nil {
		return path, err
	}
	_, err = tmp.WriteString(text)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return path, err
	}
	return path, nil
}

// forget removes the copy an earlier y left at path, or, where the
// directory does not let it go, empties it.
func forget(path string) {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		os.Truncate(path, 0)
	}
}

// clipText drops the control characters of s but newline and tab, so that
// pasting the text into a terminal cannot run escape sequences from the file,
// and the bidi controls, as the screen does (cjk.IsBidiControl): pasted,
// they would reorder the text around them.
func clipText(s string) string {
	clean := true
	for _, r := range s {
		if isControl(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isControl(r) {
			return -1
		}
		return r
	}, s)
}

func isControl(r rune) bool {
	return r < 0x20 && r != '\n' && r != '\t' || r >= 0x7f && r <= 0x9f || cjk.IsBidiControl(r)
}

// copyCmd starts copying the current node: its clean text, or its outline.
func (m *Model) copyCmd(kind copyKind) tea.Cmd {
	ct := copyTextFor(m.opt.Lang)
	n := m.Current()
	if n == nil || !m.ofDoc(n) {
		return m.status.Flash(ct.Nothing)
	}
	if m.cutByLoad(n) {
		return m.status.Flash(ct.Loading)
	}
	title := n.Heading()
	if title == "" {
		title = baseName(m.opt.FileName)
	}
	doc, copier := m.doc, m.copier()
	if n.Span.End-n.Span.Start > syncCopy {
		// A large node's text is built in the Cmd: the whole of a 20 MB
		// document took the keys for half a second, "copying…" unsaid.
		return tea.Batch(m.status.Flash(ct.Copying), func() tea.Msg {
			text, count := copyOf(doc, n, kind)
			if count < 0 {
				return copiedMsg{nothing: true}
			}
			return copier.Copy(kind, title, count, text)()
		})
	}
	text, count := copyOf(doc, n, kind)
	if count < 0 {
		return m.status.Flash(ct.Nothing)
	}
	return tea.Batch(m.status.Flash(ct.Copying), copier.Copy(kind, title, count, text))
}

// cutByLoad reports whether n, while a large file is read whole, may run
// past the part of it shown (the preview, or the window G or N% read): its
// span reaches an end of that part that is not the file's. Its copy was
// the part's, said copied whole (the preview's first article, cut where
// the preview ends; the top of a window's section, cut where the window
// starts).
func (m *Model) cutByLoad(n *model.Node) bool {
	if !m.loading {
		return false
	}
	return m.win.base > 0 && n.Span.Start == 0 || n.Span.End >= len(m.doc.Text) && m.win.base+len(m.doc.Text) < m.fileSize()
}

// ofDoc reports whether n is a node of the document shown, its span
// within the text: a node kept from a document since replaced (R, the
// whole for its preview) is never cut from the new text.
func (m *Model) ofDoc(n *model.Node) bool {
	x := n
	for x.Parent != nil {
		x = x.Parent
	}
	return x == m.doc.Root && 0 <= n.Span.Start && n.Span.Start <= n.Span.End && n.Span.End <= len(m.doc.Text)
}

// syncCopy is the largest node, in bytes of the document's text, whose
// copy is made before y's Cmd: a section's, at once, and "nothing to
// copy" said at the key.
const syncCopy = 256 << 10

// copyOf is what y (copyText) or Y (copyOutline) copies of node n of doc,
// and its count (characters or lines); a count of -1 when it holds no
// character.
func copyOf(doc *model.Document, n *model.Node, kind copyKind) (text string, count int) {
	if kind == copyOutline {
		text = clipText(export.Outline(n))
		count = strings.Count(text, "\n")
	} else {
		// As --print writes it: the whole compilation keeps its articles
		// apart, a section is as PlainText gives it.
		text = clipText(export.PrintText(doc, n, false))
		count = model.CountChars(text)
	}
	if model.CountChars(text) == 0 {
		return "", -1
	}
	return text, count
}

// copyReport is the status line for a finished copy.
func (m *Model) copyReport(msg copiedMsg) string {
	ct := copyTextFor(m.opt.Lang)
	if msg.nothing {
		return ct.Nothing
	}
	// The title is kept short, and dropped when even so the message
	// would not fit the bar beside a breadcrumb's end.
	title := m.w.Truncate(msg.title, 16)
	what := wtext.Plural(msg.count, ct.What[msg.kind], title, common.Thousands(msg.count))
	bare := wtext.Plural(msg.count, ct.Count[msg.kind], common.Thousands(msg.count))
	budget := max(16, msgRoom(m.width)-minCrumb)
	pick := func(format string, args ...any) string {
		s := fmt.Sprintf(format, append([]any{what}, args...)...)
		if m.w.String(s) > budget {
			s = fmt.Sprintf(format, append([]any{bare}, args...)...)
		}
		return s
	}
	switch {
	case msg.native:
		return pick(ct.Copied)
	case msg.terminal && msg.saveErr != nil:
		// OSC 52 cannot be confirmed: say that the file, the copy that
		// can be, was not written, and why; by its name, as its path and
		// what was copied would not leave the cause room in the bar.
		return fmt.Sprintf(ct.ViaTerminalNoFile, filepath.Base(msg.saveFile), ErrTextIn(m.opt.Lang, msg.saveErr))
	case msg.terminal && msg.file != "":
		return pick(ct.ViaTerminalSaved, tildePath(msg.file))
	case msg.terminal:
		return pick(ct.ViaTerminal)
	case msg.file != "":
		// The path matters most here: no title, so it fits the bar.
		return fmt.Sprintf(ct.Saved, bare, tildePath(msg.file))
	default:
		return fmt.Sprintf(ct.Failed, copyErrText(m.opt.Lang, msg.err))
	}
}

// tildePath shortens a path under the home directory to ~/…, as the user
// would type it.
func tildePath(p string) string {
	home, err := os.UserHomeDir()
	if err != nil || home == "" || home == "/" {
		return p
	}
	if rel, err := filepath.Rel(home, p); err == nil && !strings.HasPrefix(rel, "..") {
		return "~" + string(filepath.Separator) + rel
	}
	return p
}

// copier is the Copier that y and Y use.
func (m *Model) copier() Copier {
	if m.opt.Copier != nil {
		return *m.opt.Copier
	}
	return SystemCopier(os.Stdout)
}

// copyStrings is the interface text of this page (internal/text).
type copyStrings = wtext.Copy

var zhCopy, enCopy = &wtext.ZhCopy, &wtext.EnCopy

// copyTextFor returns the text in lang.
func copyTextFor(lang string) *copyStrings { return wtext.CopyFor(lang) }
