package parse

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// learnFeaturesRef is learnFeatures as it was: the runes as range decodes
// them, each slot handed to add.
func learnFeaturesRef(p string, add func(uint32)) {
	prev := rune(-1)
	runes, latin := 0, 0
	for _, r := range p {
		f := learnFold(r)
		runes++
		if f == 'a' {
			latin++
		}
		if f == prev && (f == '0' || f == 'a' || f == ' ') {
			continue
		}
		add(learnHash(learnUni, f, 0))
		add(learnHash(learnBi, prev, f))
		prev = f
	}
	add(learnHash(learnBi, prev, -1))
	add(learnHash(learnLen, rune(min(bitLen(runes), 8)), 0))
	add(learnHash(learnLatin, rune(latin*4/max(runes, 1)), 0))
}

// TestLearnFeatures: the slots learnFeatures appends are the reference's,
// in order, on lines of Han text, digits and letters of both widths,
// spaces, runes of two and four bytes and broken bytes, a line of more
// features than logOdds's buffer among them; logOdds is their weights'
// sum over their count's root.
func TestLearnFeatures(t *testing.T) {
	pieces := []string{"微信", "a", "Z", "123", "１２", "ｂ", "　", " ", "\t", "é", "😀", "\xe8\xb0", "\xff", "\xed\xa0\x80", "，", "。"}
	rng := rand.New(rand.NewPCG(13, 14))
	m := learnedModel()
	for k := range 5000 {
		var b strings.Builder
		n := rng.IntN(40)
		if k == 0 {
			n = 1200
		}
		for range n {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		p := b.String()
		var want []uint32
		learnFeaturesRef(p, func(h uint32) { want = append(want, h) })
		if got := learnFeatures(p, nil); !slices.Equal(got, want) {
			t.Fatalf("learnFeatures(%q) = %v, want %v", p, got, want)
		}
		sum := 0
		for _, h := range want {
			sum += int(m.w[h])
		}
		if got, want := m.logOdds(p), int(float64(sum)/math.Sqrt(float64(len(want)))); got != want {
			t.Fatalf("logOdds(%q) = %d, want %d", p, got, want)
		}
	}
}
