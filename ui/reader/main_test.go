package reader

import (
	"testing"

	"wenji/ui/internal/uitest"
)

// TestMain keeps the basket of any test that presses a without a
// BasketPath out of the user's data directory.
func TestMain(m *testing.M) { uitest.Main(m) }
