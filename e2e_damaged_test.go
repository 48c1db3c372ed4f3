package main

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// TestDamagedBasketSaidE2E: a damaged basket.json that the reader's a
// moves aside is said in the status bar and on the basket page B opens,
// with the notice wenji --basket gives; before, it was moved in silence.
func TestDamagedBasketSaidE2E(t *testing.T) {
	seed := seedOrSkip(t)
	data := t.TempDir()
	if err := os.MkdirAll(filepath.Join(data, "wenji"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(data, "wenji", "basket.json"), []byte("GARB"), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := fmt.Sprintf("LANG=en_US.UTF-8 XDG_STATE_HOME=%s XDG_DATA_HOME=%s XDG_CACHE_HOME=%s %s '%s'", t.TempDir(), data, t.TempDir(), binary(t), seed)
	tm := newTerm(t, 160, 30, cmd)
	tm.waitText("│")
	tm.keys("}", "a")
	tm.waitText("basket.json was damaged")
	tm.keys("B")
	tm.waitText("Basket · 1 excerpt")
	tm.waitText("basket.json was damaged")
	if _, err := os.Stat(filepath.Join(data, "wenji", "basket.json.bak")); err != nil {
		t.Errorf("the damaged file was not moved aside: %v", err)
	}
	tm.keys("q", "q")
}
