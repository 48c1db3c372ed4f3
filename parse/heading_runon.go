package parse

import "strings"

// headingRunsOn reports a heading line (a Word heading style or outline
// level, <h3>, ###) that runs into its text: past its marker, a sentence
// closed by 。！？ and more after it (（一）坚持项目带动，经济运行稳中向好。全年实施…
// in 二级标题), or an opening bold run that ends before the line does. Its
// title ends at that sentence as a typed heading's does, and the rest is
// its text, where leads can still be found; a heading that is one sentence
// (…持续改善。) stays whole.
func (p *parser) headingRunsOn(e *eline, skip int) bool {
	s := p.str(e)
	if m, ok := parseMarker(s[skip:]); ok {
		skip += m.skip
	}
	rest := s[skip:]
	if b := p.boldLead(e); b > skip && b < len(s) {
		return true
	}
	if titleLike(rest) {
		return false
	}
	first, ok := firstSentence(rest, false)
	return ok && first.mark != 0 && strings.TrimSpace(strings.Trim(rest[first.end:], "　")) != ""
}
