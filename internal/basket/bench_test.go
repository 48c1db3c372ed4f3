package basket

import (
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkAddToLargeBasket is an add as the reader makes it (a: open the
// basket afresh, add, save) to a basket that holds a 24 MB excerpt, a
// whole compilation added with a at its top.
func BenchmarkAddToLargeBasket(b *testing.B) {
	path := filepath.Join(b.TempDir(), "basket.json")
	big := open(b, path)
	big.Add(Excerpt{Kind: KindSection, Heading: "汇编", Text: strings.Repeat("经验做法汇编正文，第一段。\n", 24<<20/40)})
	save(b, big)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		bk, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		bk.Add(Excerpt{Kind: KindParagraphs, Text: "一段摘录。"})
		if err := bk.Save(); err != nil {
			b.Fatal(err)
		}
	}
}
