package parse

import (
	"strings"
	"unicode/utf8"

	"wenji/model"
)

// The lines next to promotion that go with it (spreadPromo): a list's
// items, a handle split off from its notice, a price under a paywall; and
// the genre's sentences, which never do.

// fragmentKind is the kind of a fragment joining promotion of kind near:
// its own when it has signals of its own, else near's.
func fragmentKind(p string, near model.JunkKind) model.JunkKind {
	if _, h := noticeScore(p); h.signalled() {
		return kindOf(&h)
	}
	return near
}

// isNoticeFragment reports whether a short line next to promotion belongs
// to it (the items of a 往期 list, a handle split off from its notice, a
// rule line under it): a line of decoration only, an item of a list, or
// needFragment.
func isNoticeFragment(p string) bool {
	if len(p) > 150 {
		return false
	}
	if shapeOnly(p) || isLinkItem(p) || isBarePrice(p) {
		return true
	}
	if !mayBeNotice(p) {
		return false
	}
	score, h := noticeScore(p)
	return h.signalled() && score >= needFragment
}

// isGenreSentence reports a sentence of the genre: it ends in 。 and holds
// a word of its prose (依法查处有偿代写…问题11起。) or runs long. It never joins the
// promotion it stands next to.
func isGenreSentence(p string) bool {
	if !strings.HasSuffix(p, "。") {
		return false
	}
	h, _ := noticeHits(p)
	return isLongSentence(p) || h[fProse] > 0
}

// isOutlineLine reports a line that opens with an outline marker (一、,
// （二）, 3.): it is structure, never a notice, whatever it says.
func isOutlineLine(p string) bool {
	_, ok := parseMarker(p)
	return ok
}

// endsClause reports a line that ends as the genre's sentences and
// clauses do: in 。！？；：，、 or their ASCII forms, or an ellipsis.
func endsClause(p string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(p, " \t\u3000"))
	return strings.ContainsRune("。！？；：，、!?;:,…", r)
}
