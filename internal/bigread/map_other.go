//go:build !unix

package bigread

import "os"

// Map maps nothing where there is no mmap: Read reads the file instead.
func Map(f *os.File, size int64) (b []byte, release func(), ok bool) { return nil, nil, false }
