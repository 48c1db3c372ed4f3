package basket

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
	wtext "wenji/internal/text"
	"wenji/model"
	"wenji/ui/cjk"
	"wenji/ui/common"
	"wenji/ui/reader"
)

// exportedMsg reports how w's write of the basket as a .docx ended: the
// file written, or why none was.
type exportedMsg struct {
	path  string
	count int
	err   error
}

// maxNames bounds the names w tries (素材篮-2026-12-05-2.docx, -3…) before
// it gives up.
const maxNames = 100

// export is w: the basket written as a .docx in the official layout (as
// wenji --basket --format docx writes it) into Options.ExportDir, a new
// file named after the basket and the day; an existing file is never
// replaced. The write is a Cmd: the page says where it went.
func (m *Model) export() tea.Cmd {
	list := append([]store.Excerpt(nil), m.list...)
	dir, lang := m.opt.ExportDir, m.opt.Lang
	return func() tea.Msg {
		path, err := writeDocx(dir, lang, list, time.Now())
		return exportedMsg{path: path, count: len(list), err: err}
	}
}

// writeDocx writes list as a .docx under dir ("" the working directory),
// named after the basket and the day, and returns its path.
func writeDocx(dir, lang string, list []store.Excerpt, now time.Time) (string, error) {
	// Named from the root, the folder that refuses the file is one the
	// user can find: "" refused said "没有写出 .docx：.：没有权限".
	if abs, err := filepath.Abs(dir); err == nil {
		dir = abs
	}
	title := wtext.CLIFor(lang).BasketTitle
	base := title + "-" + now.Format(time.DateOnly)
	for i := 1; i <= maxNames; i++ {
		name := base + ".docx"
		if i > 1 {
			name = fmt.Sprintf("%s-%d.docx", base, i)
		}
		path := filepath.Join(dir, name)
		// O_EXCL: a file of that name, whoever wrote it, is left alone.
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		err = store.WriteDocx(f, list)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(path) // no half-written file passes for the basket
			return "", err
		}
		return path, nil
	}
	return "", fmt.Errorf("%s: %d files of that name", filepath.Join(dir, base+".docx"), maxNames)
}

// exportReport is what the status bar says of a write.
func (m *Model) exportReport(msg exportedMsg) string {
	if msg.err != nil {
		why := reader.ErrTextIn(m.opt.Lang, msg.err)
		var pe *fs.PathError
		if errors.As(msg.err, &pe) && pe.Err != nil {
			// w writes where wenji was started, which the page shows
			// nowhere: the directory that refused it is named.
			dir := cjk.SanitizeLine(reader.TildePath(filepath.Dir(pe.Path)))
			why = reader.ErrLineIn(m.opt.Lang, &fs.PathError{Op: "in", Path: dir, Err: pe.Err})
		}
		return fmt.Sprintf(m.tx.ExportFailed, why)
	}
	path := cjk.SanitizeLine(reader.TildePath(msg.path))
	// The new file's name is what the report is for (素材篮-…-2.docx):
	// where the bar is too narrow for the whole path, its start gives way.
	room := m.Width - 1 - m.W.String(wtext.Plural(msg.count, m.tx.ExportedFmt, msg.count, ""))
	if m.Width > 0 && m.W.String(path) > room {
		path = common.FitLeft(m.W, path, max(room, 1))
	}
	return wtext.Plural(msg.count, m.tx.ExportedFmt, msg.count, path)
}

// info is = and Ctrl-G on the page, as the reader's: the basket's file
// (where w's .docx is not, and wenji --basket reads), its excerpts and
// their 字数.
func (m *Model) info() string {
	path := m.opt.Path
	if path == "" {
		path, _ = store.DefaultPath()
	}
	chars := 0
	for _, e := range m.list {
		chars += model.CountChars(e.Text)
	}
	return strings.Join([]string{cjk.SanitizeLine(reader.TildePath(path)), wtext.Plural(len(m.list), m.tx.CountFmt, len(m.list)),
		wtext.Plural(chars, m.tx.CharsFmt, chars, common.Thousands(chars))}, " · ")
}
