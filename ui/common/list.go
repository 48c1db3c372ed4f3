package common

// KeepInView clamps a list's cursor to its n rows and moves its first shown
// row, top, so that the cursor is among the h rows on screen.
func KeepInView(cursor, top, n, h int) (int, int) {
	cursor = Clamp(cursor, 0, max(0, n-1))
	if cursor < top {
		top = cursor
	}
	if cursor >= top+h {
		top = cursor - h + 1
	}
	return cursor, Clamp(top, 0, max(0, n-h))
}

// Window draws the h rows of a list of n rows shown from top: row(k) for
// each of them, and an empty line for each below the last.
func Window(top, n, h int, row func(k int) string) []string {
	out := make([]string, 0, h)
	for k := top; k < top+h; k++ {
		if k < n {
			out = append(out, row(k))
		} else {
			out = append(out, "")
		}
	}
	return out
}
