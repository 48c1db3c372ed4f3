package parse

import "strings"

// titleKinds end a document's title: what kind of document it is.
var titleKinds = []string{"报告", "总结", "公报", "要点", "计划", "方案", "规划", "意见", "通知", "讲话", "汇报", "安排", "打算", "思路", "设想"}

// endsTitleKind reports a line ending on the kind of document it names
// (…工作总结, …统计公报, …工作要点).
func endsTitleKind(s string) bool {
	_, ok := hasSuffixAny(strings.TrimRight(s, " \u3000"), titleKinds...)
	return ok
}

// completesTitle reports whether s, the short line under a title's first
// line, ends the title that line began: s names the kind of document
// (…推进情况的汇报, …的实施意见) and the first line does not, nor is s a
// section's title (下一步工作打算), front matter or the first line's words.
func (p *parser) completesTitle(title, s string) bool {
	s = trimBlankRight(s)
	if endsTitleKind(title) || !endsTitleKind(s) || runeLen(s) > 30 || containsAny(s, "，,；：:。") {
		return false
	}
	if halfTitle(s) || problemsTitle(s) || statusTitle(s) || requestsTitle(s) {
		return false
	}
	if _, n := hanNumber(s); n > 0 && strings.HasPrefix(s[n:], "、") {
		return false
	}
	return p.secondTitleLine(title, s)
}
