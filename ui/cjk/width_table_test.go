package cjk

import (
	"testing"

	"github.com/mattn/go-runewidth"
)

// TestWidthTableIsRunewidth checks the generated tables against
// go-runewidth for every rune, both settings, and a few beyond Unicode:
// a go-runewidth upgrade that changes a width fails here until
// `go generate ./ui/cjk` is run.
func TestWidthTableIsRunewidth(t *testing.T) {
	for _, amb := range []int{1, 2} {
		w := New(amb)
		c := runewidth.NewCondition()
		c.StrictEmojiNeutral, c.EastAsianWidth = true, amb == 2
		bad := 0
		for r := rune(-2); r < 0x110002; r++ {
			if got, want := w.runeWidth(r), c.RuneWidth(r); got != want {
				if bad++; bad <= 10 {
					t.Errorf("ambiguous %d: U+%04X: %d columns, go-runewidth says %d", amb, r, got, want)
				}
			}
		}
		if bad > 10 {
			t.Errorf("ambiguous %d: %d runes in all differ", amb, bad)
		}
	}
	if got, want := (Width{}).runeWidth('“'), 1; got != want {
		t.Errorf("the zero Width measures “ as %d, want %d (ambiguous = 1)", got, want)
	}
}
