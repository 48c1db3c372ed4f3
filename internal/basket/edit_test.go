package basket

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"wenji/model/export"
)

// TestEdited: the text is the one edited; a heading its first line
// repeated follows that line; the sub-sections' headings are found again
// on their lines, in order, and one edited away is dropped.
func TestEdited(t *testing.T) {
	e := Excerpt{Heading: "一、总体要求", Text: "一、总体要求\n导语。\n（一）指导思想。正文甲。\n（二）目标任务。正文乙。\n",
		Heads: []export.Head{{Line: 2, Depth: 1, Text: "（一）指导思想。"}, {Line: 3, Depth: 1, Text: "（二）目标任务。"}}}
	got := Edited(e, "一、总的要求\n（一）指导思想。正文甲，删去导语。\n（二）目标改了。\n")
	if got.Heading != "一、总的要求" {
		t.Errorf("heading %q, want the first line's edit", got.Heading)
	}
	if want := []export.Head{{Line: 1, Depth: 1, Text: "（一）指导思想。"}}; !slices.Equal(got.Heads, want) {
		t.Errorf("heads %+v, want %+v", got.Heads, want)
	}
	sel := Excerpt{Kind: KindParagraphs, Heading: "一、总体要求", Text: "第二段。\n第三段。\n"}
	if got := Edited(sel, "第二段改。\n"); got.Heading != "一、总体要求" || got.Text != "第二段改。\n" {
		t.Errorf("a selection's edit: %+v (its heading is its section's, not a line of it)", got)
	}
}

// TestEditSaved: an edit is saved and read back; a large text edited gets
// a file of its own anew, the old one removed; another session's save,
// made with the list before the edit, does not undo it, and one that
// deleted the excerpt meanwhile does not lose it.
func TestEditSaved(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	b := open(t, path)
	small := b.Add(Excerpt{Text: "甲\n"})
	big := b.Add(Excerpt{Text: bigText("经验做法。")})
	save(t, b)
	other := open(t, path) // another reader, opened before the edit
	b = open(t, path)
	if !b.Edit(small.ID, "甲改\n") || b.Edit(small.ID, "甲改\n") {
		t.Fatal("Edit reported no change, or a change for the same text")
	}
	edited := bigText("经验做法改。")
	b.Edit(big.ID, edited)
	save(t, b)
	if got := texts(open(t, path).List()); got != "甲改\n,"+edited {
		t.Fatalf("read back %.60q", got)
	}
	if got := textFiles(t, path); !slices.Equal(got, []string{textName(edited)}) {
		t.Errorf("text files %q, want only the edited text's", got)
	}
	other.Add(Excerpt{Text: "乙\n"})
	save(t, other)
	if got := texts(open(t, path).List()); got != "甲改\n,"+edited+",乙\n" {
		t.Errorf("after another session's add: %.80q", got)
	}
	third := open(t, path)
	b = open(t, path)
	third.Remove(small.ID)
	save(t, third)
	b.Edit(small.ID, "甲再改\n")
	save(t, b)
	if got := texts(open(t, path).List()); !strings.Contains(got, "甲再改") {
		t.Errorf("an edit of an excerpt another session deleted was lost: %.80q", got)
	}
}

// TestEditKeptByReorder: a session that loaded the basket before another
// edited a large excerpt, and reorders it, keeps the edit: its stale text
// went under the edited text's file name, and the basket read as damaged.
func TestEditKeptByReorder(t *testing.T) {
	path := filepath.Join(t.TempDir(), "basket.json")
	b := open(t, path)
	a := b.Add(Excerpt{Text: "甲\n"})
	big := b.Add(Excerpt{Text: bigText("经验做法。")})
	save(t, b)
	stale := open(t, path)
	b = open(t, path)
	edited := bigText("经验做法改。")
	b.Edit(big.ID, edited)
	save(t, b)
	stale.Move(a.ID, 1)
	save(t, stale)
	bb, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := texts(bb.List()); got != edited+",甲\n" {
		t.Errorf("after the stale session's reorder: %.60q", got)
	}
}
