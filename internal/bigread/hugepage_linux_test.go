//go:build linux

package bigread

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// A large read asks for huge pages: where the kernel offers transparent
// huge pages on request (madvise or always), the mapping holding the text
// is backed at least partly by them, so the first touch of 100 MB costs a
// few hundred page faults instead of tens of thousands.
func TestReadAdvisesHugePages(t *testing.T) {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !(bytes.Contains(mode, []byte("[madvise]")) || bytes.Contains(mode, []byte("[always]"))) {
		t.Skipf("transparent huge pages not offered here (%q)", mode)
	}
	size := 8 * Threshold
	f, err := os.Open(write(t, bytes.Repeat([]byte("c"), size)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	b, release, err := Read(f)
	if err != nil || len(b) != size {
		t.Fatal(err)
	}
	defer release()
	huge, flagged := smapsFor(t, uintptr(unsafe.Pointer(&b[0])))
	if !flagged {
		t.Errorf("the mapping at %p is not marked for huge pages (no hg in VmFlags)", &b[0])
	}
	t.Logf("AnonHugePages %d kB", huge)
}

// smapsFor returns the AnonHugePages (kB) of the mapping holding addr and
// whether its VmFlags carry hg (MADV_HUGEPAGE).
func smapsFor(t *testing.T, addr uintptr) (hugeKB int, flagged bool) {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		var lo, hi uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x", &lo, &hi); n == 2 && strings.Contains(line, " ") {
			if in {
				return hugeKB, flagged
			}
			in = addr >= lo && addr < hi
			continue
		}
		if !in {
			continue
		}
		if v, ok := strings.CutPrefix(line, "AnonHugePages:"); ok {
			hugeKB, _ = strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
		}
		if v, ok := strings.CutPrefix(line, "VmFlags:"); ok {
			flagged = strings.Contains(" "+v+" ", " hg ")
		}
	}
	if !in {
		t.Fatalf("no mapping holds %#x", addr)
	}
	return hugeKB, flagged
}

// AdviseHuge marks the 2 MB pages inside a large heap array for huge
// pages and leaves the memory around it as it was: the first 2 MB
// boundary inside the array is flagged, its first byte (below that
// boundary, in the heap's own mapping) is not.
func TestAdviseHugeInside(t *testing.T) {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !(bytes.Contains(mode, []byte("[madvise]")) || bytes.Contains(mode, []byte("[always]"))) {
		t.Skipf("transparent huge pages not offered here (%q)", mode)
	}
	b := make([]byte, 9<<20)
	start := uintptr(unsafe.Pointer(&b[0]))
	inside := (start + 2<<20 - 1) &^ (2<<20 - 1)
	// The heap below the array may have been marked already, by a test
	// before this one (HugeHeap, a run of -count): only a mark this
	// call made is wrong.
	_, markedBefore := smapsFor(t, start)
	AdviseHuge(b)
	AdviseHuge(b[:100]) // smaller than a huge page: nothing to advise
	if _, flagged := smapsFor(t, inside); !flagged {
		t.Errorf("the array's 2 MB page at %#x is not marked for huge pages", inside)
	}
	if start != inside && !markedBefore {
		if _, flagged := smapsFor(t, start); flagged {
			t.Errorf("the heap below the array's first 2 MB boundary (%#x) was marked too", start)
		}
	}
	for i := range b {
		b[i] = byte(i) // the memory works as before
	}
	if i := 5<<20 + 7; b[i] != byte(i) {
		t.Error("the array lost a write")
	}
}

// HugeHeap(n) leaves n bytes of the heap (less the 2 MB pages cut at the
// ends of the runs its pieces make) marked for huge pages, free for the
// allocations after it, and the heap works on. (Whether a given array
// lands there is the runtime's choice, so the test asks only what
// HugeHeap itself does.)
func TestHugeHeap(t *testing.T) {
	mode, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil || !(bytes.Contains(mode, []byte("[madvise]")) || bytes.Contains(mode, []byte("[always]"))) {
		t.Skipf("transparent huge pages not offered here (%q)", mode)
	}
	const n = 64 << 20
	runs := hugeHeap(n)
	covered := 0
	for _, r := range runs {
		covered += int(r[1] - r[0])
		lo, hi := (r[0]+hugePage-1)&^(hugePage-1), r[1]&^(hugePage-1)
		for a := lo; a < hi; a += hugePage {
			if _, flagged := smapsFor(t, a); !flagged {
				t.Errorf("the 2 MB page at %#x of a run HugeHeap took is not marked for huge pages", a)
			}
		}
	}
	if covered < n || len(runs) > 4 {
		t.Errorf("HugeHeap(%d MB) took %d MB in %d runs, want %d MB in a few", n>>20, covered>>20, len(runs), n>>20)
	}
	b := make([]byte, 16<<20)
	for i := range b {
		b[i] = byte(i) // the memory works as before
	}
	if i := 5<<20 + 7; b[i] != byte(i) {
		t.Error("the array lost a write")
	}
}

// HugeHeap faults in none of the new memory it takes, where the heap has
// free memory it used before: an array begun there was zeroed whole by the
// runtime, all n bytes faulted in, before the parse it was to help.
func TestHugeHeapTouchesNoNewMemory(t *testing.T) {
	used := make([][]byte, 0, 16)
	for range 16 {
		used = append(used, make([]byte, 512<<10))
	}
	for _, b := range used {
		b[0], b[len(b)-1] = 1, 1 // used memory, freed below
	}
	used = nil
	runtime.GC()
	before := minorFaults(t)
	HugeHeap(64 << 20)
	// The pieces in the 8 MB used before are zeroed (2,048 pages, some
	// given back to the system by the collection): room for twice that.
	if faults, most := minorFaults(t)-before, int64(2*8<<20/4096); faults > most {
		t.Errorf("HugeHeap(64 MB) faulted in %d pages, more than %d: the new memory it took was touched", faults, most)
	}
}

// minorFaults returns this process's minor page faults so far.
func minorFaults(t *testing.T) int64 {
	t.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Skip(err)
	}
	return ru.Minflt
}

// hugeFlagged sums the sizes of this process's mappings flagged hg
// (marked for huge pages) in /proc/self/smaps.
func hugeFlagged(t *testing.T) int {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	total, size := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		var lo, hi uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x", &lo, &hi); n == 2 && strings.Contains(line, " ") {
			size = int(hi - lo)
			continue
		}
		if v, ok := strings.CutPrefix(line, "VmFlags:"); ok && strings.Contains(" "+v+" ", " hg ") {
			total += size
		}
	}
	return total
}
