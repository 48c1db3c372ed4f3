//go:build linux

package bigread

import (
	"cmp"
	"runtime"
	"slices"
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
// the hypervisor). It takes n bytes of heap in pieces (heapPiece each),
// marks the runs they make for huge pages and frees them, with a
// collection of the heap as it is: the allocations after it take that
// memory first, as the heap takes the lowest free addresses.
//
// In pieces, not one array: the runtime zeroes an array whose memory the
// heap used before (it knows only new memory to be zero), and one array of
// n bytes that began in the free space of a used heap was zeroed whole,
// faulting in all n bytes on one core before the parse (the reader's load
// of 100 MB, behind its preview: 0.3 s at times). The pieces that land in
// used memory are zeroed, each on its own; the rest, new memory, is never
// touched, and no page of it is faulted in. (It used to touch a byte a
// page as well, faulting the memory in before the parse: `--outline` on
// 100 MB, 4 rounds alternating at load 10, system time 0.07–0.11 s
// against 0.10–0.30 s, the page faults the same, 4,000–4,400.)
func HugeHeap(n int) { hugeHeap(n) }

// hugeHeap is HugeHeap, returning the runs of memory it marked.
func hugeHeap(n int) [][2]uintptr {
	if n < hugePage {
		return nil
	}
	pieces := make([][]byte, 0, (n+heapPiece-1)/heapPiece)
	for got := 0; got < n; got += heapPiece {
		pieces = append(pieces, make([]byte, heapPiece))
	}
	runs := runsOf(pieces)
	for _, r := range runs {
		adviseRange(r[0], r[1])
	}
	runtime.KeepAlive(pieces)
	pieces = nil
	runtime.GC() // frees the pieces' memory to the heap
	return runs
}

// heapPiece is the size of HugeHeap's pieces: large objects, each a span
// of its own, laid end to end in new memory.
const heapPiece = 1 << 20

// runsOf returns the address ranges [lo, hi) that pieces cover, pieces
// lying end to end joined into one.
func runsOf(pieces [][]byte) [][2]uintptr {
	runs := make([][2]uintptr, 0, len(pieces))
	for _, p := range pieces {
		lo := uintptr(unsafe.Pointer(unsafe.SliceData(p)))
		runs = append(runs, [2]uintptr{lo, lo + uintptr(len(p))})
	}
	slices.SortFunc(runs, func(a, b [2]uintptr) int { return cmp.Compare(a[0], b[0]) })
	out := runs[:0]
	for _, r := range runs {
		if k := len(out) - 1; k >= 0 && out[k][1] == r[0] {
			out[k][1] = r[1]
			continue
		}
		out = append(out, r)
	}
	return out
}

// adviseRange marks the 2 MB pages inside [lo, hi), memory of the heap
// kept alive by the caller, for huge pages (as AdviseHuge does an array).
func adviseRange(lo, hi uintptr) {
	lo, hi = (lo+hugePage-1)&^(hugePage-1), hi&^(hugePage-1)
	if hi > lo {
		_, _, _ = unix.Syscall(unix.SYS_MADVISE, lo, hi-lo, unix.MADV_HUGEPAGE)
	}
}

// hugePage is the size of a transparent huge page on amd64 and arm64.
const hugePage = 2 << 20
