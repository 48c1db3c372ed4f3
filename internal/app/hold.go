package app

import "wenji/model"

// holdLoad wraps a large document's whole load. It is load itself, except
// in the binary the real-terminal tests build (-tags e2ehold, hold_e2e.go),
// where the load waits for a file the test creates: what the reader shows
// while a large file is still read (G at its end, a mark set then) is then
// tested however fast the machine parses, not only while a slow one does.
var holdLoad = func(load func() (*model.Document, error)) func() (*model.Document, error) {
	return load
}
