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
