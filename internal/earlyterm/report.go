package earlyterm

// Width turns the column the cursor reached after “ (1-based) into the
// ambiguous width: 2 → 1, 3 → 2, anything else 0 (not a terminal that
// draws it in one cell or two).
func Width(col int) int {
	switch col {
	case 2:
		return 1
	case 3:
		return 2
	}
	return 0
}

// Column finds a cursor position report, ESC [ row ; col R (or the 8-bit
// CSI 0x9B in place of ESC [), in what the terminal has sent so far, and
// returns its column; ok is false until a whole report has come. Whatever
// precedes the report is skipped: keys typed before it, other escape
// sequences. A report cut short by the end of b is not yet one.
func Column(b []byte) (col int, ok bool) {
	for i := 0; i < len(b); i++ {
		var j int
		switch {
		case b[i] == 0x1b && i+1 < len(b) && b[i+1] == '[':
			j = i + 2
		case b[i] == 0x9b:
			j = i + 1
		default:
			continue
		}
		row, j, okRow := number(b, j)
		if !okRow || row == 0 || j >= len(b) || b[j] != ';' {
			continue
		}
		col, j, okCol := number(b, j+1)
		if okCol && col > 0 && j < len(b) && b[j] == 'R' {
			return col, true
		}
	}
	return 0, false
}

// number reads the decimal digits of b from i: their value and where they
// end. ok is false when there are none or too many to be a position.
func number(b []byte, i int) (n, end int, ok bool) {
	start := i
	for i < len(b) && b[i] >= '0' && b[i] <= '9' {
		if i-start >= 6 {
			return 0, i, false
		}
		n = n*10 + int(b[i]-'0')
		i++
	}
	return n, i, i > start
}
