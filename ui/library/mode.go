package library

import (
	tea "github.com/charmbracelet/bubbletea"

	"wenji/ui/common"
	"wenji/ui/reader"
)

// mode is what a key press in the library means now; listKey dispatches
// on it to one handler a mode. (The reader, while a document is open, is
// not a mode of the list: every message goes to it.)
type mode int

const (
	// modeList: the documents browsed; letters start the filter, ? helps.
	modeList mode = iota
	// modeFilter: the filter being typed; every printable key is typed
	// into it, ? too.
	modeFilter
	// modeSearch: the library search's prompt being typed.
	modeSearch
	// modeResults: the search's results browsed; ? helps, letters type
	// into the query again.
	modeResults
	// modeHelp: the help overlay; keys scroll or close it.
	modeHelp
)

// typing reports whether keys are typed into a prompt in mode md (? is
// then a character).
func (md mode) typing() bool { return md == modeFilter || md == modeSearch }

// searching reports whether the search page is on screen in mode md.
func (md mode) searching() bool { return md == modeSearch || md == modeResults }

// setMode changes the mode and enables the bindings that work in it, so
// that the help lists exactly those.
func (l *Library) setMode(md mode) {
	l.mode = md
	if md == modeHelp {
		md = l.helpFrom // the help lists the keys of the page under it
	}
	l.keys.enable(md, l.filter.Value() != "")
	l.help.SetKeys(l.keys) // the help lists this copy's bindings
}

// listKey handles a key while the list, the search or the help is on
// screen. Esc and the key after it read together arrive as one Alt+key;
// keys typed faster than they are read (a slow link, keys sent at once)
// arrive as one message of several runes: both are taken as the keys
// typed, one at a time, by the rule the reader follows too
// (common.SplitKeys). /@xzsc opens the search with @xzsc.
func (l *Library) listKey(msg tea.KeyMsg) tea.Cmd {
	keys := common.TypedKeys(msg, true) // the library binds no Alt keys
	cmds := make([]tea.Cmd, 0, len(keys))
	for _, k := range keys {
		if l.opening && !common.AtOnce(k) {
			// The document being opened is what they were typed for.
			l.openThen = append(l.openThen, k)
			continue
		}
		cmds = append(cmds, l.oneKey(k))
	}
	return tea.Batch(cmds...)
}

// oneKey handles one key typed: quitting and suspending in every mode,
// else what the mode says.
func (l *Library) oneKey(msg tea.KeyMsg) tea.Cmd {
	// Quitting and suspending work in every mode.
	switch {
	case l.keys.matches(msg, l.keys.Quit):
		return tea.Quit
	case l.keys.matches(msg, l.keys.Suspend):
		return tea.Suspend
	case l.mode != modeHelp && l.keys.matches(msg, l.keys.Reopen):
		return l.reopenLast()
	case l.mode != modeHelp && l.keys.matches(msg, l.keys.Basket):
		return l.openBasket(reader.OpenBasketMsg{})
	}
	return modeKeys[l.mode](l, msg)
}

// modeKeys is each mode's key handler.
var modeKeys = [...]func(*Library, tea.KeyMsg) tea.Cmd{
	modeList:    (*Library).browseKey,
	modeFilter:  (*Library).filterKey,
	modeSearch:  (*Library).searchKey,
	modeResults: (*Library).resultsKey,
	modeHelp:    (*Library).helpKey,
}

// openHelp shows the help when msg is the help key, remembering the mode
// to return to.
func (l *Library) openHelp(msg tea.KeyMsg) bool {
	if !l.keys.matches(msg, l.keys.Help) {
		return false
	}
	l.helpFrom = l.mode
	l.setMode(modeHelp)
	return true
}

// helpKey handles a key while the help is open (helpview): j/k and the
// page keys scroll a help too long for the screen, any other key closes
// it.
func (l *Library) helpKey(msg tea.KeyMsg) tea.Cmd {
	if !l.help.Update(msg) {
		l.setMode(l.helpFrom)
	}
	return nil
}

// browseKey handles a key in the list while the filter is not typed: ?
// helps, the rest as in the filter.
func (l *Library) browseKey(msg tea.KeyMsg) tea.Cmd {
	if l.openHelp(msg) {
		return nil
	}
	return l.filterKey(msg)
}

// filterKey handles a key in the list: moves, opens, edits the filter, or
// starts the search.
func (l *Library) filterKey(msg tea.KeyMsg) tea.Cmd {
	k := l.keys
	switch {
	case k.matches(msg, k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom):
		l.setMode(modeList)
		l.cursor = l.moved(msg, l.cursor, len(l.shown))
	case k.matches(msg, k.Open):
		return l.open()
	case k.matches(msg, k.Clear):
		if l.filter.Value() == "" {
			// Not a quit, as Esc never is in less or vim: Esc to clear
			// a filter already cleared, or one Esc too many from a
			// document (search highlights, then the list), lost the
			// program.
			return l.flash(l.tx.QuitHow)
		}
		l.setFilter("")
	case k.matches(msg, k.ClearFilter):
		l.setFilter("")
	case k.matches(msg, k.Search):
		l.openSearch()
		return nil
	default:
		changed, cmd := l.filter.Update(msg)
		if changed {
			l.setFilter(l.filter.Value())
		} else if msg.Type == tea.KeyRunes || msg.Type == tea.KeySpace {
			l.setMode(modeFilter)
		}
		return cmd
	}
	l.scrollToCursor()
	return nil
}

// setFilter filters the list by f: typing it goes on while it is not
// empty.
func (l *Library) setFilter(f string) {
	if l.filter.Value() != f {
		l.filter.SetValue(f)
	}
	if f == "" {
		l.setMode(modeList)
	} else {
		l.setMode(modeFilter)
	}
	l.fuzzy = compileFuzzy(f)
	l.refilter()
}
