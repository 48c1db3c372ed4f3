package parse

import (
	"strings"

	"wenji/model"
)

// A notice that issues a document (栖梧市人民政府关于印发2026年工作要点的通知)
// prints the document under its own lines: the document number, the
// offices it is sent to, a sentence or two, the signature and date, then
// the issued document's title (栖梧市人民政府2026年工作要点) over its parts.
// The notice's lines and that title are front matter: the issued
// document's 一、 sit right under the notice's title, as a report's sit
// under its title past a byline and a date line.

// issueVerbs name what a notice does with the document it carries.
var issueVerbs = []string{"印发", "转发", "发布", "下发", "颁布"}

// maxNoticeLines bounds the notice's own lines before the issued title:
// a document number, the addressees, a few paragraphs, a signature, a
// date and a note (（此件公开发布）) are fewer.
const maxNoticeLines = 14

// issuedNames returns the names a notice's title gives the document it
// issues: the name in 《》, or the words between the verb and 的通知, with
// the issuer before 关于 and without. None when title is not such a notice.
func issuedNames(title string) []string {
	if !strings.HasSuffix(trimBlankRight(title), "通知") {
		return nil // most titles: asked of every article of a compilation
	}
	t := stripSpaces(title)
	body, ok := strings.CutSuffix(t, "的通知")
	if !ok {
		return nil
	}
	var names []string
	if i := strings.Index(body, "《"); i >= 0 {
		if j := strings.Index(body[i:], "》"); j > 0 {
			names = append(names, body[i+len("《"):i+j])
		}
	}
	for _, v := range issueVerbs {
		i := strings.Index(body, v)
		if i < 0 {
			continue
		}
		obj := strings.Trim(body[i+len(v):], "《》")
		if runeLen(obj) < 4 {
			break
		}
		names = append(names, obj)
		if k := strings.Index(body[:i], "关于"); k > 0 {
			names = append(names, body[:k]+obj)
		}
		break
	}
	return names
}

// stripSpaces drops the spaces of s, half- and full-width, and tabs.
func stripSpaces(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\u3000' || r == '\t' {
			return -1
		}
		return r
	}, s)
}

// issuedTitle returns the line of the document a notice titled title
// issues, within the notice's lines from i (before to), or -1: a short
// line that is one of the names the title gives it, or the name a
// paragraph of the notice quotes in 《》 (现将《…》印发给你们) or its 附件
// line lists (附件：…). A numbered line before it means the notice has no
// such title: its parts are the notice's own.
func (p *parser) issuedTitle(title string, i, to int) int {
	names := issuedNames(title)
	if names == nil {
		return -1
	}
	for j := i; j < min(to, i+maxNoticeLines); j++ {
		e := &p.eff[j]
		s := p.str(e)
		switch {
		case e.kind == lineMarker && e.mark.style == styleAppendix:
			// 附件：2025年工作要点, the notice's list of what it carries.
			names = append(names, stripSpaces(trimTitleEnd(strings.TrimLeft(s[e.mark.skip:], "：: \u3000"))))
		case e.kind == lineMarker || e.kind == lineHeading && e.md > 1:
			return -1
		case e.kind == lineBody:
			names = appendQuoted(names, s)
		case e.kind == lineTitle || e.htitle() || e.kind == lineHeading:
			if _, skip := mdHeading(s); skip > 0 {
				s = s[skip:]
			}
			for _, n := range names {
				if t := stripSpaces(s); t == n || strings.Trim(t, "《》") == n {
					return j
				}
			}
		}
	}
	return -1
}

// appendQuoted adds to names the names in 《》 that a notice's paragraph
// gives the document it issues (现将《栖梧市人民政府2026年工作要点》印发给你们).
func appendQuoted(names []string, s string) []string {
	eachBracketed(s, "《", "》", func(name, after string) bool {
		if _, ok := hasPrefixAny(after, issueVerbs...); ok && runeLen(name) >= 4 {
			names = append(names, stripSpaces(name))
		}
		return true
	})
	return names
}

// eachBracketed calls f with the text inside each open…close pair of s and
// the text after its close, left to right, until f returns false or no
// closed pair is left (“市图书馆”微信公众号, 《…工作要点》印发).
func eachBracketed(s, open, close string, f func(inner, after string) bool) {
	for {
		i := strings.Index(s, open)
		if i < 0 {
			return
		}
		s = s[i+len(open):]
		j := strings.Index(s, close)
		if j < 0 {
			return
		}
		if !f(s[:j], s[j+len(close):]) {
			return
		}
		s = s[j+len(close):]
	}
}

// issuedNode makes the node of the issued document's title on line e, a
// child of n.
func (p *parser) issuedNode(n *pnode, e *eline) *pnode {
	s := p.str(e)
	if _, skip := mdHeading(s); skip > 0 {
		s = s[skip:]
	}
	t := p.newNode(n, model.Node{Line: int(e.num), Title: s, TitleSpan: model.Span{Start: e.start, End: e.end}})
	t.info.titleEnd = e.end
	n.addKid(t)
	return t
}

// signature reports an office's or a person's name over a date (安平市发展和改革委员会 /
// 2025年2月12日): the signature of a notice that issues the document
// below it, or of a letter inside a compilation, never a heading over
// what follows the date.
func (p *parser) signature(i, to int) bool {
	if i+1 >= to {
		return false
	}
	s, next := p.str(&p.eff[i]), p.str(&p.eff[i+1])
	if !isDateLine(next) || runeLen(next) > 20 || runeLen(s) > 30 {
		return false
	}
	if _, ok := hasSuffixAny(s, officeNames...); ok {
		return true
	}
	// A person's name (某　某, 张三) signs a personal report (述职报告):
	// two to four Han characters, spaced out or not.
	name := strings.NewReplacer("\u3000", "", " ", "").Replace(s)
	n := runeLen(name)
	return n >= 2 && n <= 4 && allHan(name)
}

// officeNames end the name of an office that signs a document.
var officeNames = []string{"委员会", "政府", "办公室", "办公厅", "管委会", "办事处", "局", "厅", "委", "部", "中心", "协会", "学会", "公司"}
