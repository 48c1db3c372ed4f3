package basket

import (
	"fmt"
	"os"
	"testing"
)

// TestMain keeps the basket of any test that opens the page without a
// Path (or a reader without a BasketPath) out of the user's data directory.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "wenji-basket-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Setenv("XDG_DATA_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}
