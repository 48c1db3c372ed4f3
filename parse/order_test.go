package parse

import "testing"

// TestHintedTreeOrder: hint combinations that once put a node outside its
// parent's span (a panic in spans, found by FuzzRTF), read a line past a
// joined heading as its marker (a nil dereference), or opened a measure
// above the document's title. Each now parses with the tree's invariants.
func TestHintedTreeOrder(t *testing.T) {
	for _, tc := range []struct {
		name  string
		text  string
		hints []Hint
	}{
		{
			// A bold lead below item 1. that has a sub-item of its own
			// (第一部分) went back to the item's parent, leaving the
			// sub-item past the item's end.
			"lead above an item's sub-item",
			"各位代表：】目录\n1.。【\n加强附件 加强【第二节首先，第一章（一）加强\u3000\u3000（二）。】稳中求进各位代表：第一部分 第二节\n第一部分\n稳中求进第二， 加强\n",
			[]Hint{{Line: 3, Lead: 12}, {Line: 1, Heading: 1}, {Line: 2, Lead: 30}, {Line: 4}},
		},
		{
			// A 一是 heading joined with the line below it was then
			// read as a measure on that line, which has no marker.
			"joined 一是 heading",
			"一是\n。工作（一）8.6个（二）\u3000\u3000稳中求进\n一要附件\n二是工作（二）第一条\u3000\u3000目录（一）首先， 第二，加强第二，\n【第一部分\n三是",
			[]Hint{{Line: 4, Lead: 15, Title: true}},
		},
		{
			// A paragraph given back from below item 1. joined the lead
			// above the item, so that lead ran over the item.
			"paragraph given back past an item",
			"附件二、二是加强工作第一部分工作（一）【】坚持二、二是稳中求进二是第一章一是8.6个首先，\u3000\u3000第一条首先，】坚持第一部分目录第一章一要二是目录第一章\u3000\u3000附件1.稳中求进【三是（二）稳中求进附件\n1.\u3000\u3000第二节第一部分\u3000\u3000加强1.第二节\n一是。：稳中求进坚持各位代表：二是\u3000\u3000【",
			[]Hint{{Line: 1, Lead: 12, Body: true}, {Line: 3, Lead: 18}},
		},
		{
			// A line above a hinted title opened a measure above it.
			"measure above the title",
			"稳中求进二是（二）坚持，目录（二）【第一章\n稳中求进第一章。二是\n（二）一要第一部分首先，第二节（一）",
			[]Hint{{Line: 2, Lead: 18, Title: true}, {Line: 1, Lead: 18, Body: true}, {Line: 2}, {Line: 2, Lead: 9}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkInvariants(t, ParseHinted(tc.text, tc.hints))
		})
	}
}

// hintedWords are the pieces FuzzHinted builds its texts from: the
// markers, labels and punctuation the outline rules turn on, so that
// random bytes reach tree shapes (joined headings, items with sub-items,
// leads given back, prose above a title) that random text rarely does.
var hintedWords = []string{
	"一是", "二是", "三是", "一要", "（一）", "（二）", "一、", "二、", "1.", "2.", "8.6个",
	"第一章", "第二节", "第一条", "第一部分", "附件", "目录", "各位代表：", "首先，", "第二，",
	"。", "，", "：", "【", "】", "\n", "\n", " ", "\u3000\u3000", "坚持", "稳中求进", "工作", "加强",
}

// FuzzHinted: texts built from the outline's markers, with hints on their
// lines, parse with the tree's invariants.
func FuzzHinted(f *testing.F) {
	f.Add([]byte{0, 5, 12, 3, 25, 20, 4, 25, 255, 1, 3, 7, 255, 2, 2, 0})
	f.Add([]byte{17, 25, 9, 20, 25, 16, 25, 0, 25, 255, 3, 9, 1, 255, 1, 0, 2})
	f.Fuzz(func(t *testing.T, data []byte) {
		var text []byte
		var hints []Hint
		lines := 1
		for i := 0; i < len(data); i++ {
			b := data[i]
			if b != 255 || i+2 >= len(data) {
				w := hintedWords[int(b)%len(hintedWords)]
				text = append(text, w...)
				if w == "\n" {
					lines++
				}
				continue
			}
			// 255 line flags: a hint for a line so far.
			line, flags := int(data[i+1]), data[i+2]
			i += 2
			hints = append(hints, Hint{
				Line:    1 + line%lines,
				Heading: int(flags & 3),
				Lead:    3 * int(flags>>2&7),
				Title:   flags&0x20 != 0,
				Body:    flags&0x40 != 0,
			})
		}
		checkInvariants(t, ParseHinted(string(text), hints))
	})
}
