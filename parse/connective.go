package parse

import "strings"

// connectives open sentences of ordinary prose, never a lead sentence.
var connectives = []string{"同时", "此外", "另外", "但是", "但", "因此", "所以", "如果", "虽然", "这", "那", "其中", "比如", "例如", "对此", "为此", "总之", "当然", "截至", "目前"}

// yearsAfter reports whether connective w opening t is 这 or 那 setting
// off a span of years with a comma (这一年，我们稳住了发展基本盘。 / 这五年，…):
// a time the sentence is set in, as 今年， is, not the back reference
// 这是… or 这些措施… makes, so no bar to a lead (leadCandidate).
func yearsAfter(w, t string) bool {
	return (w == "这" || w == "那") && yearsSetOff(t[len(w):])
}

// yearsSetOff reports whether t opens with a span of years set off by a
// comma: 一年， 五年， 些年， 几年来， 一年里，.
func yearsSetOff(t string) bool {
	n := 0
	for _, r := range t {
		if !strings.ContainsRune("一二两三四五六七八九十几些", r) {
			break
		}
		n++
	}
	if n == 0 || n > 2 {
		return false
	}
	t = t[3*n:]
	if !strings.HasPrefix(t, "年") {
		return false
	}
	t = t[len("年"):]
	for _, w := range []string{"来", "里", "间", "中"} {
		if strings.HasPrefix(t, w) {
			t = t[len(w):]
			break
		}
	}
	return strings.HasPrefix(t, "，")
}
