package common

import "strings"

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

// barKeyNames are the named keys as a status line's hint writes them,
// capitalised as the library's hints and the README do (Enter, Esc):
// bubbles' help names them in lower case, as the ? overlay shows them.
var barKeyNames = map[string]string{"enter": "Enter", "esc": "Esc", "del": "Del", "backspace": "Backspace", "tab": "Tab", "space": "Space"}

// BarKeys is a binding's keys ("q/esc/B") as a status line's hint writes
// them ("q/Esc/B"), so that every page's bar names a key alike.
func BarKeys(keys string) string {
	parts := strings.Split(keys, "/")
	for i, p := range parts {
		if n, ok := barKeyNames[p]; ok {
			parts[i] = n
		}
	}
	return strings.Join(parts, "/")
}
