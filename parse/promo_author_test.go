package parse

import (
	"strings"
	"testing"

	"wenji/model"
)

// TestAuthorLine: a byline naming the document's author alone is its own,
// as its title is (isAuthorLine), and never heads the site's notice glued
// under it; a page's credit line of a site, a date or a column still does.
func TestAuthorLine(t *testing.T) {
	cases := []struct {
		line   string
		author bool
	}{
		{"作者：徐公子胜治", true},
		{"作者:王小石", true},
		{"作者：笔杆子小陈 · 专栏 · 2024-06-12", false},
		{"作者：admin", false},
		{"作者：本站整理", false},
		{"作者：小编", false},
		{"作者：某某公众号", false},
		{"编辑：张三", false},
		{"作者：张", false},
	}
	for _, c := range cases {
		if got := isAuthorLine(c.line); got != c.author {
			t.Errorf("isAuthorLine(%q) = %v, want %v", c.line, got, c.author)
		}
	}
	// Over a site's stamp and its odd other line, glued before the text:
	// the stamp is promotion, the byline is not (the chrome pass still
	// takes a 作者： line as a page's furniture: its kind says so).
	doc := []string{"鬼股", "作者：徐公子胜治", "www.91now.com整理制作，并提供下载", "作品相关 前传：“辟谷”生涯", recordProse, recordProse}
	d := Parse(strings.Join(doc, "\n") + "\n")
	kinds := map[int]model.JunkKind{}
	for _, j := range d.Junk {
		kinds[j.Line] = j.Kind
	}
	if k, ok := kinds[3]; !ok || k == model.JunkWebChrome {
		t.Errorf("the site's stamp: kind %v, hidden %v; want promotion", k, ok)
	}
	if k, ok := kinds[2]; ok && k != model.JunkWebChrome {
		t.Errorf("the byline hidden as %v, want the document's own (at most a page's chrome)", k)
	}
}
