// Package helpview draws the key help overlay both pages show.
package helpview

import (
	"strings"
	wtext "wenji/internal/text"

	"github.com/charmbracelet/bubbles/help"

	"wenji/ui/cjk"
	"wenji/ui/common"
)

// entry is one key of the help and what it does.
type entry struct{ key, desc string }

// group is a titled group of entries, laid out as one block of a column.
type group struct {
	title   string
	entries []entry
}

// gap is the space between a key and its description; colGap between
// columns.
const gap, colGap = 2, 4

// column is the groups one column of the help holds and its widths.
type column struct {
	groups      []group
	keyW, descW int
	width       int // keyW + gap + descW, or the widest title
}

// View draws the key help overlay from the keymap's FullHelp (the
// reader's or the library's), its groups named by titles, measured
// with cjk.Width (bubbles/help measures with uniseg, which disagrees with
// the ambiguous-width setting on ↑↓←→). It returns exactly height lines of
// width columns. When the keys do not fit, the body scrolls: scroll is the
// first row shown (clamped), and the last line says how to see the rest.
func View(w cjk.Width, st *common.Styles, tx *wtext.Shared, km help.KeyMap, titles []string, width, height, scroll int) ([]string, int) {
	cols := layout(w, helpGroups(km, titles), width-2)
	rows, used := 0, 0
	var body [][]string
	for i, c := range cols {
		lines := c.render(w, st)
		body = append(body, lines)
		rows = max(rows, len(lines))
		if i > 0 {
			used += colGap
		}
		used += c.width
	}
	left := max(1, (width-used)/2)
	var out []string
	title := tx.HelpTitle
	if fits(rows, height) {
		title = tx.HelpTitleFits // no j/k to offer
	}
	title = common.Fit(w, title, width-2)
	tl := max(0, (width-w.String(title))/2)
	out = append(out, common.Spaces(tl)+st.HelpTitle.Render(title)+common.Spaces(width-tl-w.String(title)))
	out = append(out, common.Spaces(width))
	for r := 0; r < rows; r++ {
		var b strings.Builder
		b.WriteString(common.Spaces(left))
		for i, c := range cols {
			if i > 0 {
				b.WriteString(common.Spaces(colGap))
			}
			if r < len(body[i]) {
				b.WriteString(body[i][r])
			} else {
				b.WriteString(common.Spaces(c.width))
			}
		}
		b.WriteString(common.Spaces(max(0, width-left-used)))
		out = append(out, b.String())
	}
	return scrolled(w, st, tx, out, width, height, scroll)
}

// helpGroups returns the keymap's groups with their enabled keys, named
// by titles; a group whose every key is disabled has nothing to say.
func helpGroups(km help.KeyMap, titles []string) []group {
	var groups []group
	for i, bs := range km.FullHelp() {
		g := group{}
		if i < len(titles) {
			g.title = titles[i]
		}
		for _, b := range bs {
			if b.Enabled() {
				h := b.Help()
				g.entries = append(g.entries, entry{h.Key, h.Desc})
			}
		}
		if len(g.entries) > 0 {
			groups = append(groups, g)
		}
	}
	return groups
}

// layout deals the groups into as many columns as fit in width, group i
// to column i mod n, each column as wide as its own widest key and
// description: one long description widens its column only (the English
// search line made every column 60 wide, so the help at 120×40 was one
// column that had to scroll). One column too wide for the screen has its
// descriptions shrunk.
func layout(w cjk.Width, groups []group, width int) []column {
	for n := len(groups); n >= 1; n-- {
		cols := make([]column, n)
		total := colGap * (n - 1)
		for i, g := range groups {
			c := &cols[i%n]
			c.groups = append(c.groups, g)
			for _, e := range g.entries {
				c.keyW = max(c.keyW, w.String(e.key))
				c.descW = max(c.descW, w.String(e.desc))
			}
		}
		for i := range cols {
			c := &cols[i]
			c.width = c.keyW + gap + c.descW
			for _, g := range c.groups {
				c.width = max(c.width, w.String(g.title))
			}
			total += c.width
		}
		if total <= width || n == 1 {
			if c := &cols[0]; n == 1 && c.width > width {
				c.descW = max(0, width-c.keyW-gap)
				c.width = c.keyW + gap + c.descW
			}
			return cols
		}
	}
	return nil
}

// render returns the column's lines: each group's title, then its keys,
// a blank line between groups; every line c.width columns wide.
func (c column) render(w cjk.Width, st *common.Styles) []string {
	var out []string
	for _, g := range c.groups {
		if len(out) > 0 {
			out = append(out, common.Spaces(c.width))
		}
		t := common.Fit(w, g.title, c.width)
		out = append(out, st.HelpGroup.Render(t)+common.Spaces(c.width-w.String(t)))
		for _, e := range g.entries {
			k := common.Fit(w, e.key, c.keyW)
			d := common.Fit(w, e.desc, c.descW)
			pad := c.width - c.keyW - gap - w.String(d)
			out = append(out, st.HelpKey.Render(k)+common.Spaces(c.keyW-w.String(k)+gap)+
				st.HelpDesc.Render(d)+common.Spaces(max(0, pad)))
		}
	}
	return out
}

// fits reports whether a help of rows rows (its body) is shown whole in
// height lines, under its title and a blank line.
func fits(rows, height int) bool { return 2+rows <= height || height <= 3 }

// scrolled fits the help's lines out (title, blank, body) to height: when
// they do not fit, the body from row scroll (clamped) and a last line
// saying how to see the rest.
func scrolled(w cjk.Width, st *common.Styles, tx *wtext.Shared, out []string, width, height, scroll int) ([]string, int) {
	if body := out[2:]; !fits(len(body), height) {
		// Title, blank, as many rows as fit less one, the scroll hint.
		rows := height - 3
		scroll = common.Clamp(scroll, 0, len(body)-rows)
		hint := tx.HelpMore
		if scroll == len(body)-rows {
			hint = tx.HelpEnd
		}
		hint = common.Fit(w, hint, width-2)
		out = append(out[:2:2], body[scroll:scroll+rows]...)
		out = append(out, " "+st.HelpGroup.Render(hint)+common.Spaces(width-1-w.String(hint)))
	} else {
		scroll = 0
	}
	if len(out) > height {
		out = out[:height]
	}
	for len(out) < height {
		out = append(out, common.Spaces(width))
	}
	return out, scroll
}
