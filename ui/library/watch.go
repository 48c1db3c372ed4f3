package library

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/ui/common"
)

// The list notices a file deleted since it was made, as the reader
// notices its file changed: by asking after the files (their size, never
// their bytes) in a Cmd, every watchEvery while the list is on screen —
// the rows on screen and a batch of the rest in turn, so that a large
// library costs a few stats a tick — and all of them when the list comes
// back into view from a document. A file gone leaves the list and the
// status bar names it, as Enter on it did; a file whose size changed has
// its row (title, 字数) read again. Files added to the folder are found by
// walking it again (Options.Rescan), every rescanEvery ticks and when the
// list comes back into view.

// watchEvery is how often the list asks after its files.
const watchEvery = 2 * time.Second

// lookBatch is how many rows beside those on screen a tick asks after.
const lookBatch = 512

type (
	// libWatchMsg is the list's timer: time to look at the files.
	libWatchMsg struct{}
	// libLookMsg is what a look found of the entries it asked after.
	libLookMsg struct {
		gone  []int         // entries whose file is no longer there
		sized map[int]int64 // entries whose file's size changed: the new size
	}
)

// watch is the next tick of the list's timer.
func watch() tea.Cmd {
	return common.Tick(watchEvery, func(time.Time) tea.Msg { return libWatchMsg{} })
}

// rescanEvery is how many ticks pass between walks of the folder for
// files added, while the list is shown.
const rescanEvery = 5

// walkShare bounds the time spent walking the folder again: the next walk
// waits walkShare times as long as the last one took, so that a large
// library (tens of thousands of files, a network share) is walked at most
// a fiftieth of the time.
const walkShare = 50

// clock is the time the walks are timed and bounded by; the tests set it,
// so that how long a walk took does not depend on the machine's load.
var clock = time.Now

// libRescanMsg is the folder walked again (Options.Rescan).
type libRescanMsg struct {
	files      []File
	unreadable int
	err        error
	took       time.Duration // how long the walk took
}

// watched handles the timer: a look at the rows on screen and the next
// batch while the list is shown, the folder walked again every
// rescanEvery ticks, and the next tick.
func (l *Library) watched() tea.Cmd {
	if l.page != pageList {
		return watch()
	}
	l.ticks++
	cmds := []tea.Cmd{l.look(false), watch()}
	if l.ticks%rescanEvery == 0 {
		cmds = append(cmds, l.rescan())
	}
	return tea.Batch(cmds...)
}

// rescan walks the folder again in a Cmd, for the files added since the
// list was made. One walk at a time, and none before the last one's
// share of time has passed (walkShare).
func (l *Library) rescan() tea.Cmd {
	if l.walking || l.opt.Rescan == nil || clock().Before(l.rescanAfter) {
		return nil
	}
	l.walking = true
	walk, now := l.opt.Rescan, clock
	return func() tea.Msg {
		start := now()
		files, unreadable, err := walk()
		return libRescanMsg{files: files, unreadable: unreadable, err: err, took: now().Sub(start)}
	}
}

// rescanned takes in the files the walk found that the list lacks (and
// those found gone that are back), in their place by path, their rows
// learnt in a Cmd; the status bar names them. A walk that failed changes
// nothing: the look says what went.
func (l *Library) rescanned(msg libRescanMsg) tea.Cmd {
	l.walking = false
	l.rescanAfter = clock().Add(msg.took * walkShare)
	if msg.err != nil {
		return nil
	}
	l.opt.Unreadable = msg.unreadable
	at := make(map[string]int, len(l.entries))
	for i, e := range l.entries {
		at[e.file.Rel] = i
	}
	var fresh []int
	for _, f := range msg.files {
		i, ok := at[f.Rel]
		switch {
		case !ok:
			i = len(l.entries)
			l.entries = append(l.entries, libEntry{file: f, name: oneLine(f.Rel)})
			l.added = true
		case l.entries[i].gone:
			l.entries[i] = libEntry{file: f, name: l.entries[i].name}
			l.goneN--
		default:
			continue
		}
		fresh = append(fresh, i)
	}
	if len(fresh) == 0 {
		return nil
	}
	l.refilter()
	files, cache := make([]File, len(fresh)), l.opt.Cache
	for k, i := range fresh {
		files[k] = l.entries[i].file
	}
	learn := func() tea.Msg {
		infos := make([]libInfo, len(files))
		for k, f := range files {
			infos[k] = describe(fresh[k], f, cache)
		}
		return libAddedMsg{infos}
	}
	say := fmt.Sprintf(l.tx.AddedFmt, l.entries[fresh[0]].name)
	if len(fresh) > 1 {
		say = fmt.Sprintf(l.tx.AddedManyFmt, common.Thousands(len(fresh)))
	}
	if l.page == pageList {
		return tea.Batch(learn, l.flash(say))
	}
	return learn
}

// libAddedMsg is the rows of the files a walk added, learnt.
type libAddedMsg struct{ infos []libInfo }

// look asks after the files of the entries in a Cmd: all of them, or the
// rows on screen and the next lookBatch in turn. One look at a time.
func (l *Library) look(all bool) tea.Cmd {
	if l.looking || len(l.entries) == 0 {
		return nil
	}
	var idx []int
	seen := map[int]bool{}
	add := func(i int) {
		if !seen[i] && !l.entries[i].gone && i != l.readIdx {
			seen[i] = true
			idx = append(idx, i)
		}
	}
	if all {
		for i := range l.entries {
			add(i)
		}
	} else {
		top := min(l.top, len(l.shown))
		for _, i := range l.shown[top:min(len(l.shown), top+l.listHeight())] {
			add(i)
		}
		for range min(lookBatch, len(l.entries)) {
			add(l.lookNext % len(l.entries))
			l.lookNext = (l.lookNext + 1) % len(l.entries)
		}
	}
	if len(idx) == 0 {
		return nil
	}
	files := make([]File, len(idx))
	for k, i := range idx {
		files[k] = l.entries[i].file
	}
	l.looking = true
	return func() tea.Msg {
		var msg libLookMsg
		for k, f := range files {
			st, err := os.Stat(f.Path)
			switch {
			case errors.Is(err, fs.ErrNotExist):
				msg.gone = append(msg.gone, idx[k])
			case err == nil && st.Mode().IsRegular() && st.Size() != f.Size:
				if msg.sized == nil {
					msg.sized = map[int]int64{}
				}
				msg.sized[idx[k]] = st.Size()
			}
		}
		return msg
	}
}

// looked takes what a look found: the gone files' rows off the list,
// named in the status bar; the changed files' rows read again.
func (l *Library) looked(msg libLookMsg) tea.Cmd {
	l.looking = false
	var cmds []tea.Cmd
	for i, size := range msg.sized {
		if i != l.readIdx && !l.entries[i].gone {
			l.entries[i].file.Size = size
			cmds = append(cmds, l.redescribe(i))
		}
	}
	var names []string
	var gone []int
	for _, i := range msg.gone {
		if i != l.readIdx && !l.entries[i].gone {
			gone = append(gone, i)
			names = append(names, l.entries[i].name)
		}
	}
	if len(gone) == 0 {
		return tea.Batch(cmds...)
	}
	l.dropGone(gone...)
	say := fmt.Sprintf(l.tx.GoneFmt, names[0])
	if len(names) > 1 {
		say = fmt.Sprintf(l.tx.GoneManyFmt, common.Thousands(len(names)))
	}
	if l.page == pageList {
		cmds = append(cmds, l.flash(say))
	}
	return tea.Batch(cmds...)
}
