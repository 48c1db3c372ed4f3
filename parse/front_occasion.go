package parse

import "strings"

// occasionGoesOn reports an occasion line under a title (a ——line or a
// date line) broken before its end: it names where the words were said
// (在…) and has no 上 after that, or opens a bracket it does not close
// (（2026年1月10日在…人民代表大会). The next line may end it (closesOccasion).
func occasionGoesOn(s string) bool {
	s = trimBlankRight(s)
	if strings.Count(s, "（")+strings.Count(s, "(") > strings.Count(s, "）")+strings.Count(s, ")") {
		return true
	}
	i := strings.LastIndex(s, "在")
	return i >= 0 && !strings.Contains(s[i:], "上")
}

// closesOccasion reports the second line of an occasion line broken in
// two (第五次会议上, 第五次会议上的讲话, 第五次会议上）): short, no sentence,
// ending where the occasion ends.
func closesOccasion(s string) bool {
	s = trimBlankRight(s)
	if runeLen(s) > 24 || containsAny(s, "。；：") {
		return false
	}
	s = strings.TrimRight(s, "）)")
	_, ok := hasSuffixAny(s, "上", "上的讲话", "上的报告", "上的工作报告")
	return ok
}
