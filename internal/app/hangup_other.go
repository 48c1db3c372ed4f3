//go:build !unix

package app

import "os"

// hungUp: without poll, only SIGHUP says the terminal went away.
func hungUp(*os.File) bool { return false }
