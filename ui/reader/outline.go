package reader

import (
	"sort"
	"strconv"

	"wenji/model"
	"wenji/ui/cjk"
	"wenji/ui/common"
)

// Outline is the outline pane: a collapsible tree of the document's nodes,
// with the node at the top of the reading pane highlighted ("scroll spy").
type Outline struct {
	common.Common // the pane's size, the width function, the styles
	doc           *model.Document
	tx            *text

	open map[*model.Node]bool
	rows []outlineRow

	offset  int  // first row drawn
	cursor  int  // selection while focused
	spy     int  // row of the reader's current node, or -1
	focused bool // the outline has the keyboard
	// chosen: a key or a click moved the selection since the last sync,
	// which then brings the text to it (the text follows the selection).
	chosen    bool
	showChars bool // draw the 字数 column

	// drawn caches rendered rows by row and look, for the current width,
	// rows and 字数 setting: lipgloss rendering is the costly part of a
	// frame. It is reset by Update-side changes only: View works on a copy.
	drawn map[rowKey]string
	// natural caches NaturalWidth; 0 when the rows or columns changed.
	natural int

	// hitCounts are the hits per node (subtree) while a search is active;
	// they take the place of the 字数 column. hitsOnly lists only the
	// nodes with hits, every level open (search.go).
	hitCounts map[*model.Node]int
	hitsOnly  bool
}

type rowKey struct {
	row  int
	look uint8 // 0 plain, 1 spy, 2 cursor
}

type outlineRow struct {
	n     *model.Node
	depth int // 0 for a top-level node
}

// Arrows of the tree; measured with cjk.Width like everything else.
const (
	arrowOpen   = "▾ "
	arrowClosed = "▸ "
	arrowLeaf   = "  "
	spyMark     = "›"
)

func newOutline(doc *model.Document, w cjk.Width, st *common.Styles, tx *text) Outline {
	// Articles start open, so their sections show; deeper levels expand.
	// The map is made to hold them all at once: grown article by
	// article, its rehashing was a tenth of the outline's first build on
	// 100 MB (pprof of BenchmarkLoaded100MB).
	open := 0
	for _, a := range doc.Root.Children {
		if len(a.Children) > 0 {
			open++
		}
	}
	o := Outline{Common: common.Common{W: w, Styles: st}, doc: doc, tx: tx, open: make(map[*model.Node]bool, open), spy: -1}
	for _, a := range doc.Root.Children {
		if len(a.Children) > 0 {
			o.open[a] = true
		}
	}
	o.flatten()
	return o
}

// flatten lists the visible rows after an expand or collapse.
func (o *Outline) flatten() {
	var sel *model.Node
	if o.cursor < len(o.rows) {
		sel = o.rows[o.cursor].n
	}
	if o.rows == nil {
		// The first list is counted, then filled: grown by appending,
		// the 90,000 rows of a 100 MB file's first outline were 7 MB of
		// arrays for 1.5 MB kept, when the heap is at its fullest (the
		// whole document has just been parsed). Later lists reuse it.
		rows := 0
		o.visit(func(outlineRow) { rows++ })
		o.rows = make([]outlineRow, 0, rows)
	}
	o.rows = o.rows[:0]
	o.visit(func(r outlineRow) { o.rows = append(o.rows, r) })
	if sel != nil {
		if i, ok := o.rowOf(sel); ok {
			o.cursor = i
		}
	}
	o.cursor = common.Clamp(o.cursor, 0, max(0, len(o.rows)-1))
	o.drawn = map[rowKey]string{}
	o.natural = 0
}

// visit calls add with each visible row, in order.
func (o *Outline) visit(add func(outlineRow)) {
	filter := o.hitsOnly && o.hitCounts != nil
	var walk func(n *model.Node, depth int)
	walk = func(n *model.Node, depth int) {
		if filter && o.hitCounts[n] == 0 {
			return
		}
		add(outlineRow{n, depth})
		if o.open[n] || filter {
			for _, c := range n.Children {
				walk(c, depth+1)
			}
		}
	}
	for _, c := range o.doc.Root.Children {
		walk(c, 0)
	}
}

// rowOf returns the visible row of n. Rows are in reading order, which is
// the order of their titles in the text, so a binary search finds it: a
// map of every row cost more than the rest of an expand on a 100 MB
// document.
func (o *Outline) rowOf(n *model.Node) (int, bool) {
	if n == nil {
		return 0, false
	}
	at := n.TitleSpan.Start
	i := sort.Search(len(o.rows), func(i int) bool { return o.rows[i].n.TitleSpan.Start >= at })
	for ; i < len(o.rows) && o.rows[i].n.TitleSpan.Start == at; i++ {
		if o.rows[i].n == n {
			return i, true
		}
	}
	return 0, false
}

// SetShowChars shows or hides the 字数 column.
func (o *Outline) SetShowChars(on bool) {
	o.showChars = on
	o.drawn = map[rowKey]string{}
	o.natural = 0
}

// Empty reports whether the document has no outline to show.
func (o *Outline) Empty() bool { return len(o.rows) == 0 }

// NaturalWidth returns the columns the pane would like: the widest of the
// first rows, with margins. The caller caps it.
func (o *Outline) NaturalWidth() int {
	if o.natural > 0 {
		return o.natural
	}
	wid := 0
	for i, row := range o.rows {
		if i == 2000 {
			break
		}
		wid = max(wid, o.rowWidth(row))
	}
	o.natural = wid + 2
	return o.natural
}

func (o *Outline) rowWidth(row outlineRow) int {
	n := 2*row.depth + o.W.String(arrowLeaf) + o.W.String(cjk.Sanitize(row.n.Heading()))
	if o.showChars {
		n += 1 + o.W.String(o.chars(row.n))
	}
	return n
}

// chars formats a 字数 count compactly: 980, 1.2万 (zh) or 12.3k (en).
func (o *Outline) chars(n *model.Node) string {
	c := o.doc.Chars(n)
	switch {
	case c < 10000:
		return strconv.Itoa(c)
	case o.tx == zhText:
		return strconv.FormatFloat(float64(c)/10000, 'f', 1, 64) + "万"
	default:
		return strconv.FormatFloat(float64(c)/1000, 'f', 1, 64) + "k"
	}
}

// SetSize sets the pane's size.
func (o *Outline) SetSize(width, height int) {
	if width != o.Width || o.drawn == nil {
		o.drawn = map[rowKey]string{}
	}
	o.Width, o.Height = width, height
	o.keepInView(o.spy)
	if o.focused {
		o.keepInView(o.cursor)
	}
}

// keepInView scrolls the fewest rows that bring row i on screen.
func (o *Outline) keepInView(i int) {
	if i < 0 || o.Height <= 0 {
		return
	}
	if i < o.offset {
		o.offset = i
	}
	if i >= o.offset+o.Height {
		o.offset = i - o.Height + 1
	}
	o.offset = common.Clamp(o.offset, 0, max(0, len(o.rows)-o.Height))
}

// SetSpy highlights n (or its nearest visible ancestor) and scrolls it into
// view.
func (o *Outline) SetSpy(n *model.Node) {
	o.spy = o.rowFor(n)
	o.showSpy()
}

// Reveal opens the collapsed ancestors that hide n, the reader's
// current node, so that its own row is the spy's.
func (o *Outline) Reveal(n *model.Node) {
	if n == nil || o.spy < 0 || o.spy >= len(o.rows) || o.rows[o.spy].n == n {
		return
	}
	for x := n.Parent; x != nil && x != o.doc.Root; x = x.Parent {
		o.open[x] = true
	}
	o.flatten()
	o.spy = o.rowFor(n)
}

// rowFor returns the row standing for n: its own, or its nearest visible
// ancestor's (a collapsed subtree); -1 above every row.
func (o *Outline) rowFor(n *model.Node) int {
	for x := n; x != nil; x = x.Parent {
		if i, ok := o.rowOf(x); ok {
			return i
		}
	}
	return -1
}

// showSpy scrolls the › row into view.
func (o *Outline) showSpy() {
	if o.spy < 0 {
		// Above every row (the compilation's title, its 目录): the
		// outline goes back to its top with the text (g after G).
		o.offset = 0
		return
	}
	o.keepInView(o.spy)
}

// Focus gives the outline the keyboard, its cursor on the highlighted row.
func (o *Outline) Focus() {
	o.focused = true
	if o.spy >= 0 {
		o.cursor = o.spy
	}
	o.keepInView(o.cursor)
}

// Blur takes the keyboard away.
func (o *Outline) Blur() { o.focused = false }

// MoveCursor moves the selection by n rows.
func (o *Outline) MoveCursor(n int) {
	if len(o.rows) == 0 {
		return
	}
	o.cursor = common.Clamp(o.cursor+n, 0, len(o.rows)-1)
	o.chosen = true
	o.keepInView(o.cursor)
}

// Choose selects row i (a click).
func (o *Outline) Choose(i int) {
	if i >= 0 && i < len(o.rows) {
		o.cursor, o.chosen = i, true
	}
}

// Selected returns the node under the cursor, or nil.
func (o *Outline) Selected() *model.Node {
	if o.cursor < len(o.rows) {
		return o.rows[o.cursor].n
	}
	return nil
}

// Expand opens the selected node, or steps into it when already open.
func (o *Outline) Expand() {
	n := o.Selected()
	if n == nil || len(n.Children) == 0 {
		return
	}
	if !o.open[n] {
		o.open[n] = true
		o.flatten()
	} else {
		o.MoveCursor(1)
	}
	o.keepInView(o.cursor)
}

// Collapse closes the selected node, or steps out to its parent.
func (o *Outline) Collapse() {
	n := o.Selected()
	if n == nil {
		return
	}
	if o.open[n] {
		delete(o.open, n)
		o.flatten()
	} else if i, ok := o.rowOf(n.Parent); ok {
		o.cursor, o.chosen = i, true
	}
	o.keepInView(o.cursor)
}

// Toggle opens or closes the node on row i (a click on its arrow).
func (o *Outline) Toggle(i int) {
	if i < 0 || i >= len(o.rows) || len(o.rows[i].n.Children) == 0 {
		return
	}
	n := o.rows[i].n
	if o.open[n] {
		delete(o.open, n)
	} else {
		o.open[n] = true
	}
	o.flatten()
}

// ScrollBy moves the view (not the selection) by n rows: the mouse wheel.
func (o *Outline) ScrollBy(n int) {
	o.offset = common.Clamp(o.offset+n, 0, max(0, len(o.rows)-o.Height))
}

// RowAt returns the row drawn on screen line y, and whether x falls on its
// arrow; -1 when there is none.
func (o *Outline) RowAt(x, y int) (int, bool) {
	i := o.offset + y
	if y < 0 || i >= len(o.rows) {
		return -1, false
	}
	ax := 1 + 2*o.rows[i].depth
	return i, x >= ax && x < ax+o.W.String(arrowLeaf)
}

// View returns exactly height lines, each exactly width columns wide.
func (o *Outline) View() []string {
	out := make([]string, 0, o.Height)
	if len(o.rows) == 0 && o.Height > 0 {
		s := common.Fit(o.W, o.tx.NoOutline, o.Width-1)
		out = append(out, " "+o.Styles.OutlineChars.Render(s)+common.Spaces(o.Width-1-o.W.String(s)))
	}
	for i := o.offset; i < len(o.rows) && len(out) < o.Height; i++ {
		k := rowKey{row: i}
		if o.focused && i == o.cursor {
			k.look = 2
		} else if i == o.spy {
			k.look = 1
		}
		s, ok := o.drawn[k]
		if !ok {
			s = o.rowView(i)
			if o.drawn != nil {
				o.drawn[k] = s
			}
		}
		out = append(out, s)
	}
	for len(out) < o.Height {
		out = append(out, common.Spaces(o.Width))
	}
	return out
}

func (o *Outline) rowView(i int) string {
	row := o.rows[i]
	arrow := arrowLeaf
	switch {
	case o.hitsOnly && o.hitCounts != nil:
		// Listing only nodes with hits, a node shows those of its
		// children that have any, whether it was open or not.
		if i+1 < len(o.rows) && o.rows[i+1].depth > row.depth {
			arrow = arrowOpen
		}
	case len(row.n.Children) > 0:
		arrow = arrowClosed
		if o.open[row.n] {
			arrow = arrowOpen
		}
	}
	indent := 2 * row.depth
	var count string
	countW := 0
	if o.showChars {
		count = o.chars(row.n)
	}
	if o.hitCounts != nil {
		count = o.hitCount(row.n)
	}
	if count != "" {
		countW = o.W.String(count) + 1
	}
	// One column of margin on each side.
	room := o.Width - 2 - indent - o.W.String(arrow) - countW
	if room < 2 {
		// Too narrow for the tree: drop the indent, then the count.
		indent, count, countW = 0, "", 0
		room = o.Width - 2 - o.W.String(arrow)
	}
	title := common.Fit(o.W, cjk.Sanitize(row.n.Heading()), max(0, room))
	tw := o.W.String(title)
	lead := " " + common.Spaces(indent)
	if i == o.spy && !(o.focused && i == o.cursor) {
		// Marks the reader's place without colour too; not ambiguous-width.
		lead = spyMark + common.Spaces(indent)
	}
	arrowS := arrow
	if o.W.String(lead)+o.W.String(arrowS)+tw > o.Width {
		arrowS = ""
	}
	fill := o.Width - o.W.String(lead) - o.W.String(arrowS) - tw - countW
	if fill < 0 {
		fill = 0
	}
	sty := o.Styles.OutlineItem
	if row.depth == 0 {
		sty = o.Styles.OutlineArticle
	}
	if i == o.spy {
		sty = o.Styles.OutlineSpy
	}
	if o.focused && i == o.cursor {
		// The selection is drawn as one reversed bar, count included.
		plain := lead + arrowS + title + common.Spaces(fill)
		if count != "" {
			plain += count + " "
		}
		return o.Styles.OutlineCursor.Render(plain)
	}
	s := lead + o.Styles.OutlineArrow.Render(arrowS) + sty.Render(title) + common.Spaces(fill)
	if count != "" {
		cs := o.Styles.OutlineChars
		if o.hitCounts != nil {
			cs = o.Styles.OutlineHits
		}
		s += cs.Render(count) + " "
	}
	return s
}
