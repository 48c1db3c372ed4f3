//go:build !unix

package state

// lockDir does not lock where there is no flock: two readers saving in
// the same instant may then lose one's marks, as before merging.
func lockDir(string) (func(), error) { return func() {}, nil }

// LockFile does not lock where there is no flock: saves still replace the
// file atomically and merge with what they read, but two saves at the
// same instant may lose one's changes.
func LockFile(string) (func(), error) { return func() {}, nil }
