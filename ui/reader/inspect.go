package reader

// What the library (and its tests) may ask of a reader it holds.

// TopRow returns the reading pane's first row as drawn.
func (m Model) TopRow() string { return m.reader.View()[0] }

// Searching reports whether a search is active (its hits shown).
func (m Model) Searching() bool { return m.search.query != nil }

// Resumed reports whether the document opened where it was left.
func (m Model) Resumed() bool { return m.resumed }
