package main

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestDamagedBasketSaidE2E: a damaged basket.json that the reader's a
// moves aside is said whole in the status bar at 80 and 120 columns (it
// was cut to "…was dama…" at 120), and on the basket page B opens with
// its path and the .bak's name; before, it was moved in silence.
func TestDamagedBasketSaidE2E(t *testing.T) {
	seed := seedOrSkip(t)
	for _, w := range []int{80, 120} {
		home := t.TempDir()
		data := filepath.Join(home, ".local", "share")
		if err := os.MkdirAll(filepath.Join(data, "wenji"), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(data, "wenji", "basket.json"), []byte("GARB"), 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := fmt.Sprintf("LANG=en_US.UTF-8 HOME=%s XDG_STATE_HOME=%s XDG_DATA_HOME=%s XDG_CACHE_HOME=%s %s '%s'", home, t.TempDir(), data, t.TempDir(), binary(t), seed)
		tm := newTerm(t, w, 30, cmd)
		tm.waitText("%")
		tm.keys("}", "a")
		tm.waitText("basket.json was damaged: moved to basket.json.bak · Added to basket (1)")
		tm.keys("B")
		tm.waitText("Basket · 1 excerpt")
		tm.waitText("~/.local/share/wenji/basket.json was damaged: moved to basket.json.bak")
		if _, err := os.Stat(filepath.Join(data, "wenji", "basket.json.bak")); err != nil {
			t.Errorf("the damaged file was not moved aside: %v", err)
		}
		tm.quit("q", "q")
	}
}
