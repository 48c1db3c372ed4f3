package parse

import (
	"strings"
	"testing"

	"wenji/model"
)

// TestReaderCount: a line that is a count of readers over what they did
// (isReaderCount) is a page's residue wherever it stands, glued between
// articles too; a count of the genre's (参训人数 1600人, 45人次) and a
// sentence that counts people stay.
func TestReaderCount(t *testing.T) {
	const (
		para = "全年举办基层干部培训班12期，累计培训干部1600余人次，参训干部普遍反映收获很大。"
		head = "二、坚持问题导向，推动整改落实"
	)
	for _, c := range []struct {
		line string
		junk bool
	}{
		{"238人划线", true},
		{"1.6万人已读", true},
		{"参训人数 1600人", false},
		{"45人次", false},
		{"全县共有1268人报名参加培训。", false},
	} {
		text := "关于干部教育培训工作的报告\n\n一、主要做法\n" + para + "\n" + c.line + "\n" + head + "\n" + para + "\n"
		doc := Parse(text)
		i := strings.Index(doc.Text, c.line)
		if got := len(doc.JunkIn(model.Span{Start: i, End: i + len(c.line)})) > 0; got != c.junk {
			t.Errorf("%q: filtered %v, want %v", c.line, got, c.junk)
		}
	}
}
