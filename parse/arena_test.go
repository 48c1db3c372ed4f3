package parse

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// TestParsesDoNotChain: documents parsed one after another are freed once
// dropped. The parser's node arrays once outlived their parse, an array
// holding nodes of two documents, so every document parsed in a run kept
// the one before it alive: listing a library for the first time held all
// its texts (1 GB for 10,000 files). Leaking, all 60 texts stay (over
// 30 MB); freed, what is left is the last parse's and the pools' (under 8).
func TestParsesDoNotChain(t *testing.T) {
	var b strings.Builder
	b.WriteString("汇编\n\n")
	for i := range 40 {
		fmt.Fprintf(&b, "%s、第%d部分\n\n%s\n\n", hanNumeral(i%10+1), i, strings.Repeat("推进各项工作取得实效。", 400))
	}
	const docs = 60
	size := b.Len()
	Parse(b.String()) // once first: what a first parse sets up for good is not the leak
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := range docs {
		Parse(b.String() + strings.Repeat(" ", i)) // a text of its own each time
	}
	runtime.GC() // one: a sync.Pool keeps what it held until the next
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if grew := int64(after.HeapAlloc) - int64(before.HeapAlloc); grew > int64(docs*size/2) {
		t.Errorf("after %d parses of %d KB, %d MB more is live", docs, size>>10, grew>>20)
	}
}
