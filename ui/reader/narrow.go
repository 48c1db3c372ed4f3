package reader

// Below narrowOutlineTerm columns the outline pane is folded away and the
// reading pane keeps the whole width: beside the text the pane takes 16
// columns at least (2/5 of the width at most), which left 40 columns 23
// for the text, some eleven characters a line. o shows it there as
// anywhere, and hides it again; Tab says how to show it.
const narrowOutlineTerm = 60

// outlineShown reports whether the outline pane is drawn at the present
// width: the document has one, the user has not hidden it (o), the
// terminal holds it, and, below narrowOutlineTerm, o asked for it there.
func (m *Model) outlineShown() bool {
	if !m.outlineOn || m.width < minOutlineTerm || m.outline.Empty() {
		return false
	}
	return m.width >= narrowOutlineTerm || m.narrowOpen
}

// toggleOutline is o: the pane shown or hidden. Below narrowOutlineTerm
// it shows and hides the pane for narrow widths only (narrowOpen), so
// that a wider terminal keeps the choice made for it (outlineOn, which
// the next run remembers); where that choice was to hide it, showing it
// here turns it on for every width, as o would there.
func (m *Model) toggleOutline() {
	if m.width < narrowOutlineTerm {
		shown := m.outlineShown()
		m.narrowOpen = !shown
		if !shown && !m.outlineOn {
			m.outlineOn, m.outlineKeyed = true, true
		}
	} else {
		m.outlineOn = !m.outlineOn
		m.outlineKeyed = true
	}
	m.layout()
}
