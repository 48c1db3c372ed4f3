//go:build linux

package bigread

import "golang.org/x/sys/unix"

// adviseHuge asks for transparent huge pages on a large mapping. Filling
// 100 MB of 4 KB pages cost the kernel some 25,000 page faults, close to
// half of `--outline`'s CPU time on a 100 MB file; with 2 MB pages it is a
// few hundred. Where the kernel has THP off, or refuses, nothing changes but
// the page size, so the error is of no interest.
func adviseHuge(mem []byte) { _ = unix.Madvise(mem, unix.MADV_HUGEPAGE) }
