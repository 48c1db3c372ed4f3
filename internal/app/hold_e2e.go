//go:build e2ehold

package app

import (
	"os"
	"time"

	"wenji/model"
)

// With WENJI_E2E_HOLD set to a path, a large document's whole load waits
// until that path exists (see holdLoad). Only the tests' binary has this.
func init() {
	holdLoad = func(load func() (*model.Document, error)) func() (*model.Document, error) {
		path := os.Getenv("WENJI_E2E_HOLD")
		if path == "" {
			return load
		}
		return func() (*model.Document, error) {
			for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
				if _, err := os.Stat(path); err == nil {
					break
				}
			}
			return load()
		}
	}
}
