//go:build linux

package bigread

import (
	"runtime"
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

// HugeHeap has the next n bytes the Go heap grows into come in 2 MB pages,
// where the kernel gives them: a large parse's tree and notes (some 40 %
// of a text's size) then fault in a page per 2 MB, where each 4 KB page of
// a growing heap cost a page fault (10,500 of them for `--outline` on 100
// MB, a tenth of its CPU on a virtual machine whose every fault traps to
// the hypervisor). It takes n bytes of heap, never touched (the runtime
// knows new memory is zero: no page of it is faulted in), marks them for
// huge pages and frees them, with a collection of the heap as it is:
// the allocations after it take that memory first, as the heap takes the
// lowest free addresses. (It used to touch a byte a page as well, faulting
// the memory in before the parse: `--outline` on 100 MB, 4 rounds
// alternating at load 10, system time 0.07–0.11 s against 0.10–0.30 s,
// the page faults the same, 4,000–4,400.)
func HugeHeap(n int) {
	if n < hugePage {
		return
	}
	b := make([]byte, n)
	AdviseHuge(b)
	runtime.KeepAlive(b)
	b = nil
	runtime.GC() // frees b's memory to the heap
}

// hugePage is the size of a transparent huge page on amd64 and arm64.
const hugePage = 2 << 20
