//go:build linux

package bigread

import (
	"unsafe"

	"golang.org/x/sys/unix"
)

// adviseHuge asks for transparent huge pages on a large mapping. Filling
// 100 MB of 4 KB pages cost the kernel some 25,000 page faults, close to
// half of `--outline`'s CPU time on a 100 MB file; with 2 MB pages it is a
// few hundred. Where the kernel has THP off, or refuses, nothing changes but
// the page size, so the error is of no interest.
func adviseHuge(mem []byte) { _ = unix.Madvise(mem, unix.MADV_HUGEPAGE) }

// AdviseHuge is adviseHuge for a large array on the Go heap that is about
// to be filled whole (a cached document's 200,000 nodes: 23 MB, 5,600
// page faults of 4 KB, most of the time its rebuilding took on a virtual
// machine). Only the 2 MB pages inside it change size; the runtime's
// management of the memory (the scavenger returning it) works on either.
func AdviseHuge(mem []byte) {
	const page = 2 << 20
	start := uintptr(unsafe.Pointer(unsafe.SliceData(mem)))
	lo, hi := (start+page-1)&^(page-1), (start+uintptr(len(mem)))&^(page-1)
	if hi > lo {
		adviseHuge(mem[lo-start : hi-start])
	}
}
