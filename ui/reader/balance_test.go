package reader

import (
	"testing"

	"wenji/model"
	"wenji/ui/internal/uitest"
)

// TestCentredTitleBalanced (issue 15 item 14): a centred title that wraps
// has lines of about one length; none is a character or two left alone
// (the sample's first article at 100 columns left 索 on its own line).
func TestCentredTitleBalanced(t *testing.T) {
	d, err := uitest.SampleDoc()
	if err != nil {
		t.Fatal(err)
	}
	titles := append([]*model.Node{d.Root}, d.Root.Children...)
	for _, amb := range []int{1, 2} {
		for width := 24; width <= 102; width++ {
			m := sized(d, width, 30, Options{HideOutline: true, Ambiguous: amb})
			r := &m.reader
			for _, n := range titles {
				p := d.ParaAt(n.TitleSpan.Start)
				b := r.block(p)
				if len(b.cuts) < 2 {
					continue
				}
				short, long := r.textW, 0
				for k, c := range b.cuts {
					lw := b.widths[k] - c.pre
					short, long = min(short, lw), max(long, lw)
				}
				if short*2 < long {
					t.Errorf("amb %d, %d columns: %q wraps into lines of %d to %d columns", amb, width, n.Title, short, long)
				}
			}
		}
	}
}
