package parse

import (
	"encoding/binary"

	"wenji/internal/par"
	"wenji/model"
)

// nextMarked returns the first index from i on, going by step up to end
// (excluded), where promo or carriers (nil: none) is set, or end.
func nextMarked(promo, carriers []uint8, i, end, step int) int {
	for ; i != end; i += step {
		if promo[i] != 0 || carriers != nil && carriers[i] != 0 {
			return i
		}
	}
	return end
}

// spreadPromo marks in promo the short fragments next to promotion that
// belong to it (isPromoFragment, isNoticeFragment, oddLine), with its kind;
// carriers (nil or 1 + a kind per line) are notices the chrome pass takes,
// which carry as promotion does.
//
// A fragment joins the promotion it touches, and so in turn do the
// fragments touching it: a run of fragments joins when either end of it
// touches promotion. One sweep down the lines carries promotion on to the
// runs below it, one sweep up to the runs above (repeating a sweep until
// nothing changed took one sweep a line for a run that leads up to an
// advertisement). Where nothing is carried a sweep skips to the next line
// of promotion or carrier (nextMarked).
func spreadPromo(text string, lines []line, promo, carriers []uint8, reg register) {
	frags := nearFragments(text, lines, promo, carriers, reg)
	for _, down := range [2]bool{true, false} {
		i, end, step := 0, len(lines), 1
		if !down {
			i, end, step = len(lines)-1, -1, -1
		}
		sw := spreadSweep{frags: frags}
		for ; i != end; i += step {
			if sw.carried == 0 {
				// Nothing carried (and so no run): only a line of
				// promotion or a carrier starts anything.
				if i = nextMarked(promo, carriers, i, end, step); i == end {
					break
				}
			}
			sw.take(text, lines, promo, carriers, i, down, reg)
		}
	}
}

// spreadSweep is what one sweep of spreadPromo carries from line to line.
type spreadSweep struct {
	carried uint8   // 1 + the kind of promotion the last non-blank line swept is (0: none)
	chrome  bool    // carried from a carrier: a line of chrome beside it is left to the chrome pass
	run     int     // lines of promotion in a row just swept, no blank line among them (promo_tail.go)
	frags   []uint8 // what nearFragments found of the lines (fragUnknown: not asked)
}

// What nearFragments found of a line: not asked, or whether it is a
// fragment (spreadFragment) where no promotion is marked on it.
const (
	fragUnknown = iota
	fragNo
	fragYes
)

// nearFragments asks spreadFragment, on all cores in chunks of lines, of
// each line the sweeps of spreadPromo will ask it of first: a line of
// text whose nearest line of text above or below (blank lines between)
// is promotion or a carrier, in the same chunk as that line. The sweeps,
// on one core, ask it of the lines a run reaches beyond those (and of
// such a line across a chunk's edge), and read the answers for these:
// the fragment tests weigh a line's words (noticeHits, some 50,000
// instructions for each line they ask), most of spreadPromo's work. Its
// answer does not depend on promo but for the line's own mark, which the
// sweep checks before it asks.
func nearFragments(text string, lines []line, promo, carriers []uint8, reg register) []uint8 {
	frags := make([]uint8, len(lines))
	marked := func(i int) bool { return promo[i] != 0 || carriers != nil && carriers[i] != 0 }
	ask := func(j int) {
		if frags[j] == fragUnknown && !marked(j) {
			frags[j] = fragNo
			if spreadFragment(text, lines, promo, j, reg) {
				frags[j] = fragYes
			}
		}
	}
	chunk := passChunk
	par.Each((len(lines)+chunk-1)/chunk, func(c int) {
		lo, hi := c*chunk, min(len(lines), (c+1)*chunk)
		for i := lo; i < hi; i++ {
			// Eight lines at a time up to a marked one: a few hundred
			// lines of a 100 MB file's millions are.
			for i+8 <= hi && word8(promo, i) == 0 && (carriers == nil || word8(carriers, i) == 0) {
				i += 8
			}
			if i >= hi || !marked(i) {
				continue
			}
			for _, step := range [2]int{-1, 1} {
				j := i + step
				for j >= lo && j < hi && lines[j].blank() {
					j += step
				}
				if j >= lo && j < hi {
					ask(j)
				}
			}
		}
	})
	return frags
}

// word8 returns the eight bytes of b from i as one word.
func word8(b []uint8, i int) uint64 { return binary.LittleEndian.Uint64(b[i : i+8]) }

// fragment is spreadFragment of line i, as nearFragments found it when
// it asked (frags nil: nothing asked before).
func (sw *spreadSweep) fragment(text string, lines []line, promo []uint8, i int, reg register) bool {
	if sw.frags == nil {
		return spreadFragment(text, lines, promo, i, reg)
	}
	switch sw.frags[i] {
	case fragNo:
		return false
	case fragYes:
		return promo[i] == 0
	}
	return spreadFragment(text, lines, promo, i, reg)
}

// take sweeps line i: it carries promotion on, marks a fragment it
// reaches, or drops what it carried.
func (sw *spreadSweep) take(text string, lines []line, promo, carriers []uint8, i int, down bool, reg register) {
	p := text[lines[i].start:lines[i].end]
	switch {
	case lines[i].blank():
		sw.run = 0
	case promo[i] != 0:
		sw.carried, sw.chrome = promo[i], false
		sw.run++
	case sw.carried != 0 && sw.fragment(text, lines, promo, i, reg) && !(sw.chrome && isChromeLineIn(p, reg)):
		promo[i] = 1 + uint8(fragmentKind(p, model.JunkKind(sw.carried-1), reg))
		sw.run++
	case sw.run > 0 && !sw.chrome && latinResidue(p, reg) && !hasPaidMarker(text, &lines[i]):
		promo[i] = sw.carried
		sw.run++
	case sw.run >= minTailRun && !sw.chrome && isNoticeTail(text, &lines[i]) && (down || isNoticeHead(p)):
		promo[i] = sw.carried
		sw.run++
	case carriers != nil && carriers[i] != 0:
		sw.carried, sw.chrome, sw.run = carriers[i], true, 0
	default:
		sw.carried, sw.run = 0, 0
	}
}

// spreadFragment reports line i a fragment that joins the promotion it
// touches (spreadPromo).
func spreadFragment(text string, lines []line, promo []uint8, i int, reg register) bool {
	if promo[i] != 0 || lines[i].blank() || lines[i].junk || hasPaidMarker(text, &lines[i]) {
		return false
	}
	p := text[lines[i].start:lines[i].end]
	if officeCredit(p) {
		return false // an office's credit line is the article's (promo_credit.go)
	}
	h, _ := noticeHits(p)
	if !masksContact(p) && (reportChannel(p, &h) || officeContactField(text, lines, i)) {
		return false // an office's 举报 line or contact block is the document's (reportChannel, promo_contact.go)
	}
	if h[fSelf] == 0 && !hasContact(p) && govAccountNamed(p, &h) {
		// An office sending its public to its own media account
		// (欢迎广大市民扫码关注“某某发布”微信公众号) speaks as the
		// document does; a site's pitch next to it names its own account,
		// or gives a handle beside it (review35).
		return false
	}
	return (isPromoFragment(p) && (!namesOffice(p) || masksContact(p)) || isNoticeFragmentIn(p, reg) && !isOutlineLine(p) || oddLine(text, &lines[i])) && (!isGenreSentence(p) || isSiteInstruction(p, reg))
}
