// Package helpview draws the key help overlay both pages show.
package helpview

import (
	"strings"
	wtext "wenji/internal/text"

	"github.com/charmbracelet/bubbles/help"

	"wenji/ui/cjk"
	"wenji/ui/common"
)

// View draws the key help overlay from the keymap's FullHelp (the
// reader's or the library's), its groups named by titles, measured
// with cjk.Width (bubbles/help measures with uniseg, which disagrees with
// the ambiguous-width setting on ↑↓←→). It returns exactly height lines of
// width columns. When the keys do not fit, the body scrolls: scroll is the
// first row shown (clamped), and the last line says how to see the rest.
func View(w cjk.Width, st *common.Styles, tx *wtext.Shared, km help.KeyMap, titles []string, width, height, scroll int) ([]string, int) {
	type entry struct{ key, desc string }
	type group struct {
		title   string
		entries []entry
	}
	var groups []group
	keyW, descW := 0, 0
	for i, bs := range km.FullHelp() {
		g := group{}
		if i < len(titles) {
			g.title = titles[i]
		}
		for _, b := range bs {
			if !b.Enabled() {
				continue
			}
			h := b.Help()
			g.entries = append(g.entries, entry{h.Key, h.Desc})
			keyW = max(keyW, w.String(h.Key))
			descW = max(descW, w.String(h.Desc))
		}
		if len(g.entries) > 0 { // every key of it disabled: nothing to say
			groups = append(groups, g)
		}
	}
	const gap = 2
	colW := keyW + gap + descW
	ncols := common.Clamp((width-2+4)/(colW+4), 1, len(groups))
	if colW > width-2 {
		// Narrow screen: shrink the descriptions.
		descW = max(0, width-2-keyW-gap)
		colW = keyW + gap + descW
	}

	// Each column is a list of plain/styled cells of colW columns.
	cols := make([][]string, ncols)
	for i, g := range groups {
		c := i % ncols
		if len(cols[c]) > 0 {
			cols[c] = append(cols[c], common.Spaces(colW))
		}
		t := common.Fit(w, g.title, colW)
		cols[c] = append(cols[c], st.HelpGroup.Render(t)+common.Spaces(colW-w.String(t)))
		for _, e := range g.entries {
			k := common.Fit(w, e.key, keyW)
			d := common.Fit(w, e.desc, descW)
			cols[c] = append(cols[c], st.HelpKey.Render(k)+common.Spaces(keyW-w.String(k)+gap)+
				st.HelpDesc.Render(d)+common.Spaces(descW-w.String(d)))
		}
	}
	rows := 0
	for _, c := range cols {
		rows = max(rows, len(c))
	}
	used := ncols*colW + (ncols-1)*4
	left := max(1, (width-used)/2)
	var out []string
	title := common.Fit(w, tx.HelpTitle, width-2)
	tl := max(0, (width-w.String(title))/2)
	out = append(out, common.Spaces(tl)+st.HelpTitle.Render(title)+common.Spaces(width-tl-w.String(title)))
	out = append(out, common.Spaces(width))
	for r := 0; r < rows; r++ {
		var b strings.Builder
		b.WriteString(common.Spaces(left))
		for c := range cols {
			if c > 0 {
				b.WriteString(common.Spaces(4))
			}
			if r < len(cols[c]) {
				b.WriteString(cols[c][r])
			} else {
				b.WriteString(common.Spaces(colW))
			}
		}
		b.WriteString(common.Spaces(width - left - used))
		out = append(out, b.String())
	}
	if body := out[2:]; len(out) > height && height > 3 {
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
