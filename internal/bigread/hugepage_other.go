//go:build !linux

package bigread

// adviseHuge does nothing where there is no madvise(MADV_HUGEPAGE).
func adviseHuge([]byte) {}

// AdviseHuge does nothing where there is no madvise(MADV_HUGEPAGE).
func AdviseHuge([]byte) {}

// HugeHeap does nothing where there is no madvise(MADV_HUGEPAGE): the
// faults it would save are the same number either way.
func HugeHeap(int) {}
