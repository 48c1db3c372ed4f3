package common

// Cursorer is a page that may show a prompt: Cursor returns the cell
// where what is typed goes in (column and row from 0), ok false when no
// prompt is on screen. The program puts the terminal's cursor there
// (internal/app's cursorOut), still hidden: an input method draws what
// is being composed and its candidate box at the cursor, which Bubble Tea
// v1 leaves at the start of the last line, far from the query.
type Cursorer interface {
	Cursor() (x, y int, ok bool)
}
