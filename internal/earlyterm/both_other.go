//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package earlyterm

import "os"

// ask asks nothing here: termenv and the reader ask as they do.
func ask(f *os.File) {}
