package library

import (
	"fmt"
	"unicode"

	tea "github.com/charmbracelet/bubbletea"

	wtext "wenji/internal/text"
	"wenji/ui/common"
	"wenji/ui/reader"
)

// mode is what a key press in the library means now; listKey dispatches
// on it to one handler a mode. (The reader, while a document is open, is
// not a mode of the list: every message goes to it.)
type mode int

const (
	// modeList: the documents browsed: keys are commands, as in less
	// and vim (j/k, g/G, q quits, / searches every document's text, f
	// types the filter, ? helps); a Han character (any non-ASCII letter,
	// which no command is) starts the filter with it. Every letter was
	// typed into the filter, so that q and G filtered for them.
	modeList mode = iota
	// modeFilter: the filter being typed (after f, or a Han character);
	// every printable key is typed into it, q, G and ? too, until Enter
	// or Esc.
	modeFilter
	// modeSearch: the library search's prompt being typed, as the
	// filter is.
	modeSearch
	// modeResults: the search's results browsed: keys are commands
	// (j/k, g/G, q back to the list, / types the query again, ? helps).
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
		if cmd, ok := l.keyToPage(k); ok {
			// A key before it (B) showed a page over the list: the
			// keys read with it are that page's ("B?" read together
			// opened the list's help under the basket page).
			cmds = append(cmds, cmd)
			continue
		}
		cmds = append(cmds, l.oneKey(k))
	}
	return tea.Batch(cmds...)
}

// oneKey handles one key typed: quitting and suspending in every mode,
// else what the mode says.
func (l *Library) oneKey(msg tea.KeyMsg) tea.Cmd {
	// Ctrl-C and Ctrl-Z work in every mode; q where it quits (the list
	// browsed, not the help, which any key closes).
	switch {
	case msg.Type == tea.KeyCtrlC, l.mode != modeHelp && l.keys.matches(msg, l.keys.Quit):
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

// browseKey handles a key in the list while the filter is not typed:
// keys are commands, as less and vim users expect.
func (l *Library) browseKey(msg tea.KeyMsg) tea.Cmd {
	k := l.keys
	switch {
	case msg.Paste:
		// A bracketed paste is text: the filter's.
		l.setMode(modeFilter)
		return l.filterKey(msg)
	case l.openHelp(msg):
		return nil
	case k.matches(msg, k.Filter):
		l.setMode(modeFilter)
		l.filter.SetValue(l.filter.Value()) // the cursor at its end
		return nil
	case k.matches(msg, k.Search):
		l.openSearch()
		return nil
	case k.matches(msg, k.Clear):
		if l.filter.Value() == "" {
			// Not a quit, as Esc never is in less or vim: Esc to clear
			// a filter already cleared, or one Esc too many from a
			// document (search highlights, then the list), lost the
			// program.
			return l.flash(l.tx.QuitHow)
		}
		l.setFilter("")
	case msg.Type == tea.KeyBackspace && l.filter.Value() != "":
		// The filter edited again, as the status bar offers it.
		l.setMode(modeFilter)
		return l.filterKey(msg)
	case k.matches(msg, k.Down, k.Up, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom, k.Open, k.ClearFilter):
		return l.listKeys(msg)
	case startsTyping(msg):
		// 乡村 typed straight into the list filters for it, as the list
		// did before its keys were commands: Chinese titles are what
		// people type, and no command is a Han character.
		l.setMode(modeFilter)
		l.filter.SetValue(l.filter.Value()) // typed on at its end, as after f
		return l.filterKey(msg)
	case msg.Type == tea.KeyRunes || msg.Type == tea.KeySpace:
		// A letter is no command here: say how to filter and search.
		return l.flash(l.tx.TypeHow)
	case msg.Type != tea.KeyEsc && msg.Type != tea.KeyBackspace:
		return l.notAKey(msg)
	}
	l.scrollToCursor()
	return nil
}

// notAKey answers a key bound to nothing that is not a letter (Ctrl-a,
// F1, ←) as the reader and the basket page do, naming it: the list said
// nothing, as if the key had been lost.
func (l *Library) notAKey(msg tea.KeyMsg) tea.Cmd {
	return l.flash(fmt.Sprintf(wtext.ReaderFor(l.opt.Reader.Lang).NotAKeyFmt, msg.String()))
}

// startsTyping reports whether msg, typed in the list or the results
// browsed, is text: a non-ASCII letter or digit (a Han character, ｘ, ２),
// which no command is, starts the filter (the query) with itself. An
// ASCII letter may be a command, and a full-width mark (、？) is what an
// input method makes of / and ?: they say how to filter instead.
func startsTyping(msg tea.KeyMsg) bool {
	if msg.Type != tea.KeyRunes || len(msg.Runes) != 1 || msg.Alt || msg.Paste {
		return false
	}
	r := msg.Runes[0]
	return r > unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsNumber(r))
}

// filterKey handles a key while the filter is typed: every printable key
// is text, the arrows and the page keys move the selection; Enter ends
// the typing, the filter kept (the list it leaves is browsed: j/k, then
// Enter opens, as vim's / Enter leaves the pattern for n), Esc clears the
// filter and ends it.
func (l *Library) filterKey(msg tea.KeyMsg) tea.Cmd {
	k := l.keys
	switch {
	case k.matches(msg, k.Open):
		l.setMode(modeList)
	case k.matches(msg, k.Clear):
		l.setFilter("")
		l.setMode(modeList)
	case msg.Type == tea.KeyBackspace && l.filter.Value() == "":
		// As in the search's prompt, vim and less: backspace on an
		// empty prompt leaves it.
		l.setMode(modeList)
	case k.matches(msg, k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom, k.Open, k.ClearFilter):
		return l.listKeys(msg)
	default:
		changed, cmd := l.filter.Update(msg)
		if changed {
			l.setFilter(l.filter.Value())
		}
		return cmd
	}
	l.scrollToCursor()
	return nil
}

// listKeys handles the keys the list browsed and the filter typed share:
// moves, Ctrl-u; Enter (opens) only reaches it from the list browsed.
func (l *Library) listKeys(msg tea.KeyMsg) tea.Cmd {
	k := l.keys
	switch {
	case k.matches(msg, k.Open):
		return l.open()
	case k.matches(msg, k.HalfDown, k.HalfUp):
		// Ctrl-u browsed is half a screen up, as in less and vim; it
		// empties the filter while the filter is typed (HalfUp is off).
		l.cursor = l.moved(msg, l.cursor, len(l.shown))
	case k.matches(msg, k.ClearFilter):
		l.setFilter("")
	default:
		l.cursor = l.moved(msg, l.cursor, len(l.shown))
	}
	l.scrollToCursor()
	return nil
}

// setFilter filters the list by f; the mode stays (its keys enabled
// again for a filter set or cleared).
func (l *Library) setFilter(f string) {
	if l.filter.Value() != f {
		l.filter.SetValue(f)
	}
	l.setMode(l.mode)
	l.fuzzy = compileFuzzy(f)
	l.refilter()
}
