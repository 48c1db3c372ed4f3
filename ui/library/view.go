package library

import (
	"fmt"
	"path/filepath"
	"strings"
	wtext "wenji/internal/text"
	"wenji/ui/cjk"
	"wenji/ui/common"
	"wenji/ui/reader"
)

// View draws the list, or the reader while one is open: exactly height
// lines, none wider than width.
func (l Library) View() string {
	switch l.page {
	case pageBasket:
		return l.basket.Page.View()
	case pageReader:
		return l.reader.View()
	}
	if l.Width <= 0 || l.Height <= 0 {
		return ""
	}
	lines := make([]string, 0, l.Height)
	if l.Width < reader.MinWidth || l.Height < reader.MinHeight {
		lines = append(lines, common.Fit(l.W, wtext.SharedFor(l.opt.Reader.Lang).TooSmall, l.Width))
		for len(lines) < l.Height {
			lines = append(lines, "")
		}
		return common.Join(lines)
	}
	W := l.Width
	if l.mode == modeHelp {
		return l.withBar(l.help.View(), W, "")
	}
	lines = append(lines, l.headerLine(W))

	if l.mode.searching() {
		lines = append(lines, l.searchView(W)...)
		// Ctrl-p is offered when the history (read as the search
		// opened) holds a search; ↑↓ and Enter when there are rows.
		hint, noHits := l.tx.SearchHint, l.tx.SearchNoHitsHint
		switch {
		case l.mode == modeResults:
			hint = l.tx.ResultsHint // keys are commands: j/k, q
		case len(l.history().List()) > 0:
			hint, noHits = l.tx.SearchHistoryHint, l.tx.SearchNoHitsHistoryHint
		}
		if len(l.search.rows) == 0 {
			hint = noHits
		}
		return l.withBar(lines, W, hint)
	}

	filter, _ := l.filterLine(W)
	lines = append(lines, filter)

	lines = append(lines, l.listLines(W)...)
	hint := l.tx.KeysHint
	switch {
	case l.mode == modeFilter:
		hint = l.tx.FilterTypingKeys // every letter is text
	case l.filter.Value() == "":
		hint = l.tx.KeysNoFilterHint // Esc has nothing to clear
	}
	if len(l.shown) == 0 && l.listed() > 0 {
		lines[3] = l.Styles.Empty.Render(common.Fit(l.W, " "+l.tx.NoMatch, W))
		hint = l.tx.KeysNoMatchHint // nothing to select or open
	} else if l.listed() == 0 {
		// The formats read are the message's end: wrapped over the
		// empty rows, never cut (… .pdf .epu… at 80 columns).
		for i, ln := range wrapWords(l.W, l.tx.NoDocs, W-1) {
			if 3+i >= len(lines) {
				break
			}
			lines[3+i] = l.Styles.Empty.Render(common.Fit(l.W, " "+ln, W))
		}
		hint = l.tx.KeysEmptyHint
	}

	return l.withBar(lines, W, hint)
}

// wrapWords breaks s at its spaces into lines of at most width columns, a
// word wider than a line alone on its line (cut when drawn): a list of
// extensions (.pdf .epub) never splits inside one, as a break before any
// Han character (cjk's Wrap) would split .epub after its dot.
func wrapWords(w cjk.Width, s string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		if line != "" && w.String(line)+1+w.String(word) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += word
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// filterLine is the filter's prompt line, and the column of its cursor.
func (l *Library) filterLine(W int) (string, int) {
	count := fmt.Sprintf("%s/%s", common.Thousands(len(l.shown)), common.Thousands(l.listed()))
	note := ""
	if l.filter.Value() == "" && l.listed() > 0 { // an empty folder has nothing to filter
		note = l.tx.FilterHint
		if l.mode == modeFilter {
			note = l.tx.TypingFilterHint
		}
	}
	return l.promptLine(W, l.tx.Filter, &l.filter, note, l.Styles.PromptCount, count)
}

// Cursor returns the cell where what is typed goes in (common.Cursorer):
// the filter's or the search's, on the prompt's line, while one is typed;
// the reader's prompt's in a document; none while the list or the
// results are browsed (keys are commands there), in the help, on the
// basket page or on a screen too small.
func (l Library) Cursor() (x, y int, ok bool) {
	switch l.page {
	case pageBasket:
		return 0, 0, false
	case pageReader:
		return l.reader.Cursor()
	}
	if l.Width <= 0 || l.Height <= 0 || l.Width < reader.MinWidth || l.Height < reader.MinHeight || !l.mode.typing() {
		return 0, 0, false
	}
	if l.mode.searching() {
		_, x, _ = l.searchPrompt(l.Width)
	} else {
		_, x = l.filterLine(l.Width)
	}
	return x, 1, true
}

// headerLine is the list's first line: the directory, and the progress of
// the parse or the number of documents.
func (l Library) headerLine(W int) string {
	right := docsText(l.tx, l.listed())
	if !l.done {
		right = fmt.Sprintf(l.tx.ParsingFmt, common.Thousands(l.parsed), common.Thousands(len(l.entries)))
	}
	if n := l.opt.Unreadable; n > 0 {
		right = fmt.Sprintf(l.tx.UnreadableDirsFmt, common.Thousands(n)) + " · " + right
	}
	// The count is whole while the folder keeps its first minDir columns
	// (it was cut at 80 beside the unreadable folders' note); the folder
	// takes what it leaves.
	const minDir = 12
	right = common.Fit(l.W, right, max(W/2, W-minDir-3))
	left := common.Fit(l.W, " "+cjk.Sanitize(l.opt.Dir), W-l.W.String(right)-2)
	return l.Styles.DocTitle.Render(left) + common.Spaces(W-l.W.String(left)-l.W.String(right)-1) + l.Styles.PromptCount.Render(right) + " "
}

// listLines is the column heads and the visible rows of the list.
func (l Library) listLines(W int) []string {
	// Columns: title, file, size, 字数, 篇. The numbers go first on a
	// narrow screen (字数 and 篇 below 70 columns, the size below 50), so
	// that the title and the file name stay readable.
	sizeW, charsW, artW := 7, 10, 5
	if W < 70 {
		charsW, artW = 0, 0
	}
	if W < 50 {
		sizeW = 0
	}
	num := func(s string, w int) string {
		if w == 0 {
			return ""
		}
		return padLeft(l.W, s, w)
	}
	nameW := common.Clamp(W*3/10, 8, 40)
	titleW := W - 1 - nameW - sizeW - charsW - artW - 2
	if titleW < 8 {
		nameW = max(0, nameW-(8-titleW))
		titleW = W - 1 - nameW - sizeW - charsW - artW - 2
	}
	head := " " + l.W.Pad(common.Fit(l.W, l.tx.ColTitle, titleW), titleW) + " " + l.W.Pad(common.Fit(l.W, l.tx.ColFile, nameW), nameW) + " " +
		num(l.tx.ColSize, sizeW) + num(l.tx.ColChars, charsW) + num(l.tx.ColArticles, artW)
	head = common.Fit(l.W, head, W)
	lines := []string{l.Styles.HelpGroup.Render(head) + common.Spaces(W-l.W.String(head))}
	return append(lines, common.Window(l.top, len(l.shown), l.listHeight(), func(k int) string {
		e := &l.entries[l.shown[k]]
		title, titleStyle := e.title, l.Styles.OutlineArticle
		switch {
		case e.err != "":
			title, titleStyle = e.err, l.Styles.Junk
		case !e.parsed:
			title, titleStyle = strings.TrimSuffix(filepath.Base(e.name), filepath.Ext(e.name)), l.Styles.Junk
		}
		t := l.W.Pad(common.Fit(l.W, title, titleW), titleW)
		n := l.W.Pad(common.FitPath(l.W, e.name, nameW), nameW)
		nums := num(humanSize(e.file.Size), sizeW)
		if e.parsed && e.err == "" {
			nums += num(common.Thousands(e.chars), charsW) + num(fmt.Sprint(e.articles), artW)
		} else {
			nums += common.Spaces(charsW + artW)
		}
		plain := " " + t + " " + n + " " + nums
		if k == l.cursor {
			return l.cursorRow(plain, W)
		}
		if l.W.String(plain) > W {
			return common.Fit(l.W, plain, W)
		}
		return " " + titleStyle.Render(t) + " " + n + " " + l.Styles.OutlineChars.Render(nums)
	})...)
}

// hint is the status bar's reminder of the keys, led by ? help when ?
// opens it (not while a query is typed); none under the help, whose title
// says how to close it (it said "? help ·", ? opening nothing there).
func (l *Library) hint(keys string, typing bool) string {
	if typing || keys == "" {
		return keys
	}
	return l.tx.HelpHint + " · " + keys
}

// padLeft right-aligns s in n columns (cut when wider).
func padLeft(w cjk.Width, s string, n int) string {
	s = common.Fit(w, s, n)
	return common.Spaces(n-w.String(s)) + s
}

// humanSize writes a byte count as 850B, 12K, 3.4M, 1.2G.
func humanSize(n int64) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%dB", n)
	case n < 1<<20:
		return fmt.Sprintf("%dK", (n+1<<9)>>10)
	case n < 10<<20:
		return fmt.Sprintf("%.1fM", float64(n)/(1<<20))
	case n < 1<<30:
		return fmt.Sprintf("%dM", (n+1<<19)>>20)
	default:
		return fmt.Sprintf("%.1fG", float64(n)/(1<<30))
	}
}
