package reader

import (
	"sort"
	"strings"

	"wenji/model"
)

// sentenceHead reports whether n, a section's or a measure's heading
// whose paragraph ends on after (punctuation alone), is a sentence of the
// text rather than a heading on a line of its own: it ends on 。 and a
// sibling near it runs on into its text, as a law's 第十三条 授权决定应当
// 明确……等。 stands between 第十二条 and 第十四条, whose titles the parser
// cut inside their sentences. Drawn flush left as a heading, one article
// in three stood out of the law's text. A list's last item (（十一）…。
// after items ending on ；) keeps its siblings' form; titles (document,
// article) stay.
func sentenceHead(doc *model.Document, n *model.Node, after string) bool {
	if n.Kind == model.KindDocument || n.Kind == model.KindArticle || n.Parent == nil || !strings.ContainsRune(after, '。') {
		return false
	}
	sib := n.Parent.Children
	i := sort.Search(len(sib), func(i int) bool { return sib[i].TitleSpan.Start >= n.TitleSpan.Start })
	for k := max(0, i-nearSiblings); k <= min(len(sib)-1, i+nearSiblings); k++ {
		if k != i && runsOn(doc.Text, sib[k]) {
			return true
		}
	}
	return false
}

// nearSiblings is how many siblings on either side sentenceHead looks
// at: 第十条, first of its 节, is followed by 第十一条, whose items make it
// a heading, and then by 第十二条, which runs on.
const nearSiblings = 3

// runsOn reports whether n's paragraph goes on past its title with text
// (其余 after 第十二条 本法……事项尚未制定法律的).
func runsOn(text string, n *model.Node) bool {
	end := n.TitleSpan.End
	if end <= n.TitleSpan.Start || end > len(text) {
		return false
	}
	rest := text[end:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i]
	}
	return !onlyPunct(rest)
}
