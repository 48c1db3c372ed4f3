package basket

import (
	"fmt"
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	wtext "wenji/internal/text"
	"wenji/ui/common"
)

// KeyMap is every key binding of the basket page. It satisfies
// help.KeyMap, so the help overlay is generated from the bindings Update
// matches.
type KeyMap struct {
	Down, Up    key.Binding
	Top, Bottom key.Binding
	// PageDown, PageUp, HalfDown and HalfUp move the cursor a screen of
	// excerpts, or half of one, as the reader's and less's page keys.
	PageDown, PageUp, HalfDown, HalfUp key.Binding
	MoveUp, MoveDown                   key.Binding
	Delete, Undo                       key.Binding
	Open, CopyAll                      key.Binding
	Write                              key.Binding
	// Edit opens the excerpt's text in $VISUAL or $EDITOR (vi), as
	// less's v opens the file.
	Edit             key.Binding
	Back, Help, Quit key.Binding
	// Suspend hands the terminal back to the shell (fg returns), as in
	// the reader and the library.
	Suspend key.Binding
	// Redraw is Ctrl-l, in the help only: internal/app takes it.
	Redraw key.Binding
	// Alternate is Ctrl-^: back to the reader, whose Ctrl-^ it is (the
	// document read before), as vim's Ctrl-^ works from any buffer.
	Alternate key.Binding
	// Info is = and Ctrl-G, as in the reader: the basket's file and size.
	Info key.Binding
	// backFirst puts Back after ? in the one-line help (BackToList).
	backFirst bool
}

// DefaultKeyMap returns the page's bindings, with help text in lang.
func DefaultKeyMap(lang string) KeyMap {
	t, sh, rt := wtext.BasketFor(lang), wtext.SharedFor(lang), wtext.ReaderFor(lang)
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Down:      b("j/↓", t.HNext, "j", "down"),
		Up:        b("k/↑", t.HPrev, "k", "up"),
		Top:       b("g/home", t.HFirst, "g", "home"),
		Bottom:    b("G/end", t.HLast, "G", "end"),
		PageDown:  b("space/pgdn/ctrl+f", sh.HPageDown, " ", "pgdown", "ctrl+f"),
		PageUp:    b("b/pgup/ctrl+b", sh.HPageUp, "b", "pgup", "ctrl+b"),
		HalfDown:  b("ctrl+d", rt.HHalfDown, "ctrl+d"),
		HalfUp:    b("ctrl+u", rt.HHalfUp, "ctrl+u"),
		MoveUp:    b("K/ctrl+↑", t.HUp, "K", "ctrl+up"),
		MoveDown:  b("J/ctrl+↓", t.HDown, "J", "ctrl+down"),
		Delete:    b("d/x/del", t.HDelete, "d", "x", "delete"),
		Undo:      b("u", t.HUndo, "u"),
		Open:      b("enter", t.HEnter, "enter"),
		CopyAll:   b("y", t.HCopyAll, "y"),
		Write:     b("w", t.HWrite, "w"),
		Edit:      b("e", t.HEdit, "e"),
		Back:      b("q/esc/B", t.HBack, "q", "esc", "B"),
		Help:      b("?", rt.HHelp, "?"),
		Quit:      b("ctrl+c", sh.HQuit, "ctrl+c"),
		Suspend:   b("ctrl+z", sh.HSuspend, "ctrl+z"),
		Redraw:    b("ctrl+l", sh.HRedraw, "ctrl+l"),
		Alternate: b("ctrl+^", wtext.MarksFor(lang).HAlternate, "ctrl+^"),
		Info:      b("=/ctrl+g", t.HInfo, "=", "ctrl+g"),
	}
}

// BackToList makes k the keys of a page the library's list opened (its
// Tab), with no document under it: q, Esc and B go back to the list, and
// so does the Tab that opened it; the help says so, and the status line
// next to ?, where a narrow one still shows it.
func (k *KeyMap) BackToList(lang string) {
	k.Back = key.NewBinding(key.WithKeys("q", "esc", "B", "tab"), key.WithHelp("q/esc/tab", wtext.BasketFor(lang).HBackList))
	k.backFirst = true // the way back to the list, in sight at 100 columns
}

// ShortHelp returns the bindings of the one-line help, those most used
// first: a narrow status line ends after the ones that fit, and ? lists
// them all.
func (k KeyMap) ShortHelp() []key.Binding {
	if k.backFirst {
		return []key.Binding{k.Help, k.Back, k.Open, k.Delete, k.CopyAll, k.Write, k.MoveUp, k.MoveDown}
	}
	return []key.Binding{k.Help, k.Open, k.Delete, k.CopyAll, k.Write, k.Back, k.MoveUp, k.MoveDown}
}

// FullHelp returns the bindings of the help overlay: the moves, then the
// rest (two columns where the screen is wide enough, as the reader's).
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Down, k.Up, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom}, {k.MoveUp, k.MoveDown, k.Delete, k.Undo, k.Open, k.Edit, k.CopyAll, k.Write, k.Back, k.Alternate, k.Info, k.Help, k.Suspend, k.Redraw, k.Quit}}
}

// leave says whether a key left the page, and for what.
type leave int

const (
	stay     leave = iota
	toReader       // q, Esc, B: back to the reader under the page
	away           // Enter on an excerpt, Ctrl-c: another document, or the end
)

// Keys takes the keys msg stands for one at a time: keys read together
// (sent at once, a slow link) are the keys typed, and Esc read with the
// key after it (an Alt+key: the page binds none) is the two, as the reader
// and the library take them (common.TypedKeys). A key that goes back to
// the reader (q, Esc, B; Ctrl-^, itself then the reader's) ends the page's part: rest is the keys after it,
// for the reader (non-nil, if empty, when a key went back: no BackMsg is
// sent then, the caller shows the reader), so that
// "Gkq}" read at once moves in the basket and then in the document. Keys
// after Enter on an excerpt are its document's (Opening, AfterOpen); those
// after Ctrl-c are dropped.
func (m Model) Keys(msg tea.KeyMsg) (_ Model, cmd tea.Cmd, rest []tea.KeyMsg) {
	keys := common.TypedKeys(msg, true)
	cmds := make([]tea.Cmd, 0, len(keys))
	for i, k := range keys {
		m.left, m.afterOpen = stay, nil
		if !m.help && key.Matches(k, m.keys.Alternate) {
			// The reader's key: the page is left, and the reader
			// takes it (and the keys after it).
			m.left = toReader
			return m, tea.Batch(cmds...), keys[i:len(keys):len(keys)]
		}
		cmds = append(cmds, m.key(k))
		m.enableKeys()
		switch m.left {
		case toReader:
			// rest says the page was left, and the program shows the
			// reader at once: a BackMsg too would come after what the
			// keys after it sent, in whatever order Bubble Tea runs
			// Cmds, and "qB" read together showed the page B opened
			// and then the reader, as q's BackMsg came last.
			cmds[len(cmds)-1] = nil
			return m, tea.Batch(cmds...), keys[i+1 : len(keys) : len(keys)]
		case away:
			m.afterOpen = keys[i+1 : len(keys) : len(keys)]
			return m, tea.Batch(cmds...), nil
		}
	}
	return m, tea.Batch(cmds...), nil
}

// mouse moves the cursor: the wheel an excerpt at a time (an excerpt
// is about a wheel step's three rows), a click to the excerpt under the
// pointer, as the reader's outline takes a click.
func (m *Model) mouse(msg tea.MouseMsg) {
	if m.help {
		m.helpv.Mouse(msg)
		return
	}
	if len(m.list) == 0 {
		return
	}
	switch {
	case msg.Button == tea.MouseButtonWheelDown:
		m.cursor++
	case msg.Button == tea.MouseButtonWheelUp:
		m.cursor--
	case msg.Button == tea.MouseButtonLeft && msg.Action == tea.MouseActionPress:
		// The title (and a blank line), then itemRows rows an excerpt,
		// the last of them blank.
		row := msg.Y - m.headRows()
		i := m.top + row/itemRows
		if row < 0 || row%itemRows == itemRows-1 || i >= len(m.list) || msg.Y >= m.Height-1 {
			return
		}
		m.cursor = i
	default:
		return
	}
	m.bar.Clear()
	m.keepInView()
}

// Opening reports whether the last key the page took was Enter on an
// excerpt: its OpenMsg is on its way, and the program gives the keys
// typed until the document is shown to its reader ("Enter G" sent at
// once moved the page's cursor, and the document opened at the excerpt).
func (m Model) Opening() bool { return m.left == away && m.opening }

// AfterOpen returns the keys read with that Enter after it, once.
func (m *Model) AfterOpen() []tea.KeyMsg {
	keys := m.afterOpen
	m.afterOpen, m.opening = nil, false
	return keys
}

// cursorKey moves the cursor for a key of the Down…HalfUp bindings and
// reports whether msg was one: an excerpt, a screen of them or half of
// one (the page keys did nothing on a long basket), the first or the
// last. The caller keeps the cursor in view.
func (m *Model) cursorKey(msg tea.KeyMsg) bool {
	k, last, per := m.keys, max(0, len(m.list)-1), m.perScreen()
	switch {
	case key.Matches(msg, k.Down):
		m.cursor++
	case key.Matches(msg, k.Up):
		m.cursor--
	case key.Matches(msg, k.PageDown):
		m.cursor, m.top = m.cursor+per, m.top+per
	case key.Matches(msg, k.PageUp):
		m.cursor, m.top = m.cursor-per, m.top-per
	case key.Matches(msg, k.HalfDown):
		m.cursor, m.top = m.cursor+max(1, per/2), m.top+max(1, per/2)
	case key.Matches(msg, k.HalfUp):
		m.cursor, m.top = m.cursor-max(1, per/2), m.top-max(1, per/2)
	case key.Matches(msg, k.Top):
		m.cursor = 0
	case key.Matches(msg, k.Bottom):
		m.cursor = last
	default:
		return false
	}
	m.cursor = common.Clamp(m.cursor, 0, last)
	m.top = common.Clamp(m.top, 0, max(0, len(m.list)-per))
	return true
}

// perScreen is how many excerpts the body draws: each itemRows rows, the
// last one's blank row not needed (body's loop).
func (m Model) perScreen() int { return max(1, (m.Height-1-m.headRows()+1)/itemRows) }

// unboundKey says that a key bound to nothing on the page is no command,
// as the reader and the list say it ("/ 不是命令（按 ? 查看按键）"): a or /,
// the reader's keys, did nothing and said nothing on the page. A key the
// page binds but has disabled (d with no excerpt) says nothing, nor do
// Esc and a paste.
func (m *Model) unboundKey(msg tea.KeyMsg) tea.Cmd {
	if msg.Type == tea.KeyEsc || msg.Paste {
		return nil
	}
	k := msg.String()
	for _, row := range m.keys.FullHelp() {
		for _, b := range row {
			if slices.Contains(b.Keys(), k) {
				return nil
			}
		}
	}
	return m.flash(fmt.Sprintf(wtext.ReaderFor(m.opt.Lang).NotAKeyFmt, k))
}
