//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package earlyterm

import "os"

// Waiting reports whether input is waiting on the terminal f: never known
// here.
func Waiting(f *os.File) bool { return false }

// Readable reports whether a read of fd would return at once: never known
// here.
func Readable(fd int) bool { return false }
