package library

import (
	"context"
	"fmt"
	"path/filepath"

	tea "github.com/charmbracelet/bubbletea"

	store "wenji/internal/basket"
	wtext "wenji/internal/text"
	basketui "wenji/ui/basket"
	"wenji/ui/cjk"
	"wenji/ui/common"
	"wenji/ui/reader"
)

// page is what the library's program shows, as glow's state picks the
// stash or the pager: the list (with its search), a document in the
// reader, or the basket page that B opens over the reader and Tab over the
// list.
type page int

const (
	pageList page = iota
	pageReader
	pageBasket
)

// pageMsg handles the messages that change the page shown or belong to
// the basket page; handled is false for any other.
func (l *Library) pageMsg(msg tea.Msg) (cmd tea.Cmd, handled bool) {
	switch msg := msg.(type) {
	case reader.OpenBasketMsg:
		return l.openBasket(msg), true
	case basketui.BackMsg:
		l.basket.Shown = false
		l.leftBasket()
		return nil, true
	case basketui.OpenMsg:
		return l.openExcerpt(msg.Excerpt), true
	case basketui.SeekDoneMsg:
		return l.seekDone(msg), true
	}
	cmd, handled = l.basket.Msg(msg, l.afterBasket)
	l.noteOpening()
	l.leftBasket()
	return cmd, handled
}

// noteOpening holds the keys typed after the basket page's Enter on an
// excerpt (those read with it, and those to come) for the reader of its
// document, as the list's Enter holds them ("Enter G" sent at once moved
// the page's cursor, and the document opened at the excerpt).
func (l *Library) noteOpening() {
	if l.basket.Page.Opening() {
		l.excerptWait = true
		l.openThen = append(l.openThen, l.basket.Page.AfterOpen()...)
	}
}

// afterBasket takes a key read after one that left the basket page: the
// reader's, or the list's when no document is open.
func (l *Library) afterBasket(k tea.KeyMsg) tea.Cmd {
	l.leftBasket()
	if cmd, ok := l.keyToPage(k); ok {
		return cmd
	}
	return l.listKey(k)
}

// leftBasket shows the page under the basket page once that is no longer
// shown: the reader, or the list that Tab opened it from.
func (l *Library) leftBasket() {
	if l.page != pageBasket || l.basket.Shown {
		return
	}
	l.page = pageReader
	if l.reader == nil {
		l.page = pageList
	}
}

// openBasket shows the basket page, read afresh (what this and other
// sessions added since it was last shown): over the reader for its B,
// over the list for its Tab, where q, Esc and Tab come back to the list.
func (l *Library) openBasket(msg reader.OpenBasketMsg) tea.Cmd {
	o := l.opt.Basket
	ro := l.opt.Reader
	o.Lang, o.Ambiguous, o.Styles = ro.Lang, ro.Ambiguous, ro.Styles
	if l.reader != nil {
		msg.Then = append(msg.Then, l.reader.TakeAfterB()...)
	} else {
		km := basketui.DefaultKeyMap(ro.Lang)
		if o.KeyMap != nil {
			km = *o.KeyMap
		}
		km.BackToList(ro.Lang)
		o.KeyMap = &km
	}
	if msg.Damaged == "" { // found by the add of a document read before
		msg.Damaged, msg.Backup = l.basketDamaged, l.basketBackup
	}
	l.basketDamaged, l.basketBackup = "", ""
	var size *tea.WindowSizeMsg
	if l.Width > 0 {
		size = &tea.WindowSizeMsg{Width: l.Width, Height: l.Height}
	}
	cmd := l.basket.Open(o, msg, l.basket.Flush, size)
	l.page = pageBasket
	return cmd
}

// openExcerpt opens the document an excerpt came from at the excerpt
// (Enter on the basket page), in place of the document read: as the
// list opens a document, so the place of the one left is saved and Esc
// comes back to the list. A source outside the library is opened by its
// path all the same.
func (l *Library) openExcerpt(e store.Excerpt) tea.Cmd {
	l.excerptWait = false // l.opening takes over
	if l.opening || l.opt.Open == nil {
		if !l.opening {
			l.openThen = nil
		}
		return nil
	}
	l.keptFor = &e // shown when its document cannot be (excerptGone)
	if e.Source.Path == "" && e.Source.Copy != "" && l.opt.OpenCopy != nil {
		src := e.Source
		return l.openCopy(nil, &src) // standard input's, from the copy the basket kept
	}
	if l.opt.Sample.Of(e) {
		return l.openSample(e)
	}
	if e.Source.Path == "" {
		// The embedded sample's of another wenji: the library has no
		// such document.
		l.openThen, l.keptFor = nil, nil
		return l.basket.Page.Flash(basketui.NoFileText(wtext.BasketFor(l.opt.Reader.Lang), e))
	}
	i := -1
	for k := range l.entries {
		if l.entries[k].file.Path == e.Source.Path {
			i = k
			break
		}
	}
	src := e.Source
	return l.openAt(i, e.Source.Path, nil, &src)
}

// toPages passes msg, which every page takes (a resize, a status bar's
// timer), to the pages over the list: the reader while one is open, the
// basket page while it is shown.
func (l *Library) toPages(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	if l.page == pageBasket {
		l.basket.Page, cmd = l.basket.Page.Update(msg)
	}
	if l.reader != nil {
		cmd = tea.Batch(cmd, l.toReader(msg))
	}
	return cmd
}

// keyToPage passes a key or a mouse event to the page shown over the
// list; ok is false while the list is shown.
func (l *Library) keyToPage(msg tea.Msg) (cmd tea.Cmd, ok bool) {
	switch l.page {
	case pageBasket:
		if k, ok := msg.(tea.KeyMsg); ok && l.seek.Active() {
			if stop, after := basketui.StopKeys(k); stop {
				return l.stopSeek(after), true
			}
		}
		if k, ok := msg.(tea.KeyMsg); ok && (l.opening || l.excerptWait) && !common.AtOnce(k) {
			l.openThen = append(l.openThen, k) // the excerpt's document's
			return nil, true
		}
		cmd = l.basket.Input(msg, l.afterBasket)
		l.noteOpening()
		l.leftBasket()
		return cmd, true
	case pageReader:
		k, key := msg.(tea.KeyMsg)
		switch {
		case key && l.opening && !common.AtOnce(k):
			// Ctrl-^'s document is being read: the keys are its.
			l.openThen = append(l.openThen, k)
			return nil, true
		case key && l.alt != nil && l.reader.AlternateKey(k):
			return l.toAlternate(), true
		}
		return l.toReader(msg), true
	}
	return nil, false
}

// say shows s in the status bar of the page shown: the basket page's
// while it is, the reader's while it is (Ctrl-^ reading the document
// before: said in the list's bar, behind the reader, it went unseen),
// else the list's (the reader opened next clears it).
func (l *Library) say(s string) tea.Cmd {
	switch {
	case l.page == pageBasket:
		return l.basket.Page.Flash(s)
	case l.page == pageReader && l.reader != nil:
		return l.reader.Flash(s)
	}
	return l.flash(s)
}

// excerptGone shows, when the document of the excerpt e cannot be read
// (err: moved, deleted, unreadable, standard input's copy gone), a file
// of the library with the same content at the excerpt (FindSame), else
// what the basket keeps of it (basketui.KeptDoc), saying which. The look
// is said on the basket page at once and Esc or Ctrl-C stop it
// (stopSeek); the keys typed meanwhile wait for what it shows.
func (l *Library) excerptGone(e store.Excerpt, err error) tea.Cmd {
	tx := wtext.BasketFor(l.opt.Reader.Lang)
	path, notice := e.Source.Path, tx.CopyGoneKept
	if path != "" {
		notice = basketui.GoneNotice(tx, err, path, false)
	} else {
		path = "-"
	}
	kept := libOpenedMsg{i: -1, path: path, doc: basketui.KeptDoc(e), notice: notice, kept: true}
	find, open, place := l.opt.FindSame, l.opt.Open, l.opt.Place
	if find == nil || open == nil || e.Source.Hash == "" || e.Source.Path == "" {
		return l.opened(kept)
	}
	kept.notice = basketui.GoneNotice(tx, err, path, true) // what the look comes to when it finds none
	paths := make([]string, 0, len(l.entries))
	index := make(map[string]int, len(l.entries))
	for i, en := range l.entries {
		if p := en.file.Path; p != e.Source.Path {
			paths = append(paths, p)
			index[p] = i
		}
	}
	l.opening = true
	src, dir := e.Source, l.opt.Dir
	name := cjk.Sanitize(e.Source.Name)
	l.basket.Page.Hold(fmt.Sprintf(tx.SeekingFmt, name))
	return l.seek.Start(name, func(ctx context.Context) tea.Msg {
		p := find(ctx, src.Hash, filepath.Base(src.Path), paths)
		if p == "" || ctx.Err() != nil {
			return kept
		}
		o, err := open(p)
		if err != nil || o.Key != src.Hash {
			return kept
		}
		msg := libOpenedMsg{i: index[p], path: p, doc: o.Doc, key: o.Key, src: &src}
		if place != nil {
			msg.place, _ = place(o.Key)
		}
		rel, rerr := filepath.Rel(dir, p)
		if rerr != nil {
			rel = p
		}
		msg.notice = fmt.Sprintf(tx.SameFoundFmt, cjk.SanitizeName(rel))
		return msg
	})
}

// seekDone shows what the look for an excerpt's file found, unless Esc
// stopped it since (the page moved on: its answer is dropped).
func (l *Library) seekDone(msg basketui.SeekDoneMsg) tea.Cmd {
	if found, ok := l.seek.Done(msg); ok {
		return l.opened(found.(libOpenedMsg))
	}
	return nil
}

// stopSeek stops the look under way (Esc, Ctrl-C): the basket page stays
// as it is and says so; the keys typed for the document are dropped, as
// an interrupt drops what was typed ahead, and those read with the Esc
// (after) are the page's.
func (l *Library) stopSeek(after []tea.KeyMsg) tea.Cmd {
	l.seek.Stop()
	l.opening, l.openThen = false, nil
	cmds := []tea.Cmd{l.basket.Page.Flash(fmt.Sprintf(wtext.BasketFor(l.opt.Reader.Lang).SeekStoppedFmt, l.seek.Name()))}
	for _, k := range after {
		cmds = append(cmds, l.toPageKey(k))
	}
	return tea.Batch(cmds...)
}

// openSample opens the embedded sample at e, an excerpt of it, in a Cmd:
// a document read from no file, under the name the excerpt keeps, with
// the marks it was left with.
func (l *Library) openSample(e store.Excerpt) tea.Cmd {
	l.opening = true
	s, placeFn, src := l.opt.Sample, l.opt.Place, e.Source
	return func() tea.Msg {
		msg := libOpenedMsg{i: -1, path: src.Name, doc: s.Parse(), key: s.Key, src: &src, noFile: true}
		if placeFn != nil {
			msg.place, msg.notice = placeFn(s.Key)
		}
		return msg
	}
}
