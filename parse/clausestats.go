package parse

import (
	"math/bits"
	"strings"
	"unicode"
)

// What a lead candidate's clause is made of, counted a word at a time
// (leadCandidate asks it of every paragraph's first sentence).

// allHan reports whether t is Han characters only.
func allHan(t string) bool {
	for _, r := range t {
		if !unicode.Is(unicode.Han, r) {
			return false
		}
	}
	return true
}

// clauseStats reads t once for what leadCandidate weighs: its runes less
// its quotation marks (runeLen − quoteRunes), its commas (， and ,), and
// whether it holds a colon or a semicolon (： ； :). A pass each took a
// third of the lead search on a large file.
func clauseStats(t string) (runes, commas int, colon bool) {
	// Every byte that is no continuation byte is a rune's start (a lead
	// byte's two continuation bytes are stepped over, and a stray one adds
	// nothing), and every mark looked for opens with such a byte: the
	// bytes are read eight at a time up to the next that may open one
	// (, : EF E2 E3), their continuation bytes counted.
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	cont, quotes := 0, 0
	for i := 0; i < len(t); i++ {
		if i+8 <= len(t) {
			x := load8(t, i)
			e := x&(0xFE*ones) ^ 0xE2*ones
			f := x ^ 0xEF*ones
			g := x ^ ','*ones
			h := x ^ ':'*ones
			m := ((e-ones)&^e | (f-ones)&^f | (g-ones)&^g | (h-ones)&^h) & highs
			if m == 0 {
				cont += bits.OnesCount64(x &^ (x << 1) & highs)
				i += 7
				continue
			}
			// The lowest flagged byte is one of them exactly; those
			// before it are counted, it is read below.
			n := bits.TrailingZeros64(m) / 8
			cont += bits.OnesCount64(x &^ (x << 1) & highs & (1<<(8*n) - 1))
			i += n
		}
		switch t[i] {
		case ',':
			commas++
		case ':':
			colon = true
		case 0xEF: // ，EF BC 8C  ：EF BC 9A  ；EF BC 9B
			if i+2 < len(t) && t[i+1] == 0xBC {
				switch t[i+2] {
				case 0x8C:
					commas++
				case 0x9A, 0x9B:
					colon = true
				}
			}
		case 0xE2: // “”‘’ E2 80 9C/9D/98/99
			if i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] == 0x9C || t[i+2] == 0x9D || t[i+2] == 0x98 || t[i+2] == 0x99) {
				quotes++
			}
		case 0xE3: // 《》 E3 80 8A/8B
			if i+2 < len(t) && t[i+1] == 0x80 && (t[i+2] == 0x8A || t[i+2] == 0x8B) {
				quotes++
			}
		default:
			if t[i]&0xC0 == 0x80 {
				cont++
			}
		}
	}
	return len(t) - cont - quotes, commas, colon
}

// flanked reports a weak clause lead, clauses[k] in paragraph paras[x],
// that stands between two measures of its run closed by its mark, the
// paragraphs right before and after it (依法惩治侵犯公民个人信息犯罪， /
// 从严打击毒品犯罪， / 依法惩治网络犯罪，): a measure opening with a verb
// the list does not know, which the run around it shows to be one of them.
// It holds no enumeration (、) and is no longer than the longer of the two.
// clauseLeads asks it only once the run has three members before it: two
// measures and a clause of prose after them (大力弘扬科学家精神， / 建立…制度，
// / 注重发挥…作用， / 加强…，) are a sub-part's body.
func flanked(paras []int, x int, clauses []lead, k int) bool {
	if k == 0 || k+1 >= len(clauses) || x == 0 || x+1 >= len(paras) {
		return false
	}
	prev, c, next := clauses[k-1], clauses[k], clauses[k+1]
	return c.weak && !prev.weak && !next.weak && prev.para == paras[x-1] && next.para == paras[x+1] &&
		prev.mark == c.mark && next.mark == c.mark && c.runes <= max(prev.runes, next.runes) &&
		!strings.Contains(c.words, "、")
}
