package app

import (
	"math"
	"os"
	"runtime/debug"

	"wenji/internal/bigread"
)

// hugeHeap has the heap a parse of size bytes grows into come in huge
// pages (bigread.HugeHeap) when the text is large: its tree and notes
// peak at 40-45 % of a compilation's size, and each 4 KB page the heap
// grew into was a page fault (`--outline` on 100 MB: 10,500, then 5,500;
// 2,000 at 0.6, for 10 MB more peak RSS). Its collection costs a
// millisecond or two at the start of a load: the heap is small then. (The
// reader's load behind a preview did without it while it faulted the
// memory in: there that, at the load's start, fell where G at the first
// page reads the file's end, its median 46-85 ms against 36-48 ms
// without.)
//
// Under a load's memory limit (limitLoad) the pieces HugeHeap takes
// count towards the limit: 40 of the 43 MB the heap may reach while 100
// MB loads, so that taking them, with the preview's heap beside them,
// crossed the limit and started a collection of its own before the one
// HugeHeap ends with (gctrace of the reader on big100.txt: 43->43->41
// MB, 30-60 ms of CPU while the file is read, every time). The pieces are
// never touched, no page of them resident (see bigread.HugeHeap), so the
// limit is raised by their size while they are taken (roomFor).
func hugeHeap(size int) {
	if size >= bigread.Threshold {
		n := int(float64(size) * warmShare)
		defer roomFor(int64(n))()
		bigread.HugeHeap(n)
	}
}

// roomFor raises the memory limit, when one is set, by n bytes, and
// returns what lowers it again: unless the limit changed meanwhile (a
// load's settling set the reader's), back to what it was.
func roomFor(n int64) (restore func()) {
	was := debug.SetMemoryLimit(-1)
	if was == math.MaxInt64 || was > math.MaxInt64-n {
		return func() {}
	}
	debug.SetMemoryLimit(was + n)
	return func() {
		if debug.SetMemoryLimit(-1) == was+n {
			debug.SetMemoryLimit(was)
		}
	}
}

// warmFor starts hugeHeap for the file at path, by its size, on a
// goroutine of its own while the file is read, and returns what waits for
// it; nil for a file too small for it (see hugeHeap) and what has no size
// before it is read (standard input, a stream). The read is the kernel's
// copying on both cores, goroutines waiting in system calls, and the
// collection hugeHeap ends with runs beside it: between the read and the
// parse of 100 MB in the reader it took 7-30 ms (87 ms at load 7), which
// the parse waited for.
func warmFor(path string) func() {
	if path == "-" || isStreamPath(path) {
		return nil
	}
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() || st.Size() < bigread.Threshold {
		return nil
	}
	return warmHeap(int(st.Size()))
}

// warmHeap starts hugeHeap(size) on a goroutine of its own and returns
// what waits for it.
func warmHeap(size int) func() {
	done := make(chan struct{})
	go func() {
		defer close(done)
		hugeHeap(size)
	}()
	return func() { <-done }
}
