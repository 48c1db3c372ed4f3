package parse

import "testing"

// flatModel is a model that weighs every feature v: a line's odds grow
// with the square root of its number of features, whatever it says. The
// tests below use it to set a line's odds without training.
func flatModel(v int8) *learnModel {
	m := &learnModel{}
	for i := range m.w {
		m.w[i] = v
	}
	return m
}

// TestLearnBareWeight: a line of no signal word is weighed by the model
// at odds of 45 (3) when it writes no Latin letter, and at odds of 30 (2)
// when it writes no Latin letter and no digit; a line the model weighs 2
// counts only standing alone (a slogan in the words of the genre's
// register, between articles or outside them), never glued inside the
// prose, where the genre's sentences stand.
// The slogan says 读得: with 写得 it would be a motto about writing
// (craftMotto), a signal of its own.
func TestLearnBareWeight(t *testing.T) {
	const slogan = "墨耕书院 · 每一页都读得踏踏实实"
	withModel(flatModel(6), func() {
		if w := learnWeight(slogan); w != 2 {
			t.Fatalf("fixture: the flat model weighs %q %d, want 2", slogan, w)
		}
		for _, c := range []struct {
			p    string
			want int
		}{
			{slogan, 2},
			{"墨耕书院 · 每一页都读得踏实2024", 0},       // a digit: the genre's numbers
			{"Moge Academy · 每一页都读得踏踏实实", 0}, // Latin letters
			{"正文\u061c。שלום עולם مرحبا", 0},  // another alphabet's letters
		} {
			if got := learnBareWeight(c.p); got != c.want {
				t.Errorf("learnBareWeight(%q) = %d, want %d", c.p, got, c.want)
			}
		}
		if _, ok := scoreNoticeIn(slogan, placeOutside, registerGenre); !ok {
			t.Errorf("%q outside the prose: not a notice", slogan)
		}
		if _, ok := scoreNoticeIn(slogan, placeAlone, registerGenre); !ok {
			t.Errorf("%q between blank lines: not a notice", slogan)
		}
		if _, ok := scoreNoticeIn(slogan, placeGlued, registerGenre); ok {
			t.Errorf("%q glued inside the prose: a notice", slogan)
		}
	})
	withModel(&learnModel{}, func() {
		if _, ok := scoreNoticeIn(slogan, placeOutside, registerGenre); ok {
			t.Errorf("%q: a notice with no model's weight", slogan)
		}
	})
	withModel(flatModel(9), func() {
		if w := learnBareWeight("墨耕书院 · 每一页都读得踏实2024"); w != 3 {
			t.Errorf("a line with a digit at odds 45: bare weight %d, want 3", w)
		}
	})
}

// TestLearnLowStep: the model's odds of 15 to 29 weigh 1 (learnSteps),
// and that vote counts only beside two signal words, one of the site's
// business beyond goods: a campaign's slogan of the genre standing alone,
// whose only signal is its books as goods (多读书　读好书　好读书,
// keepblind16), stays a line of the text at those odds, and so does a
// line of a single word (a sentence naming its 关键词, which a stray
// control sequence lifts to odds 28: TestSearchJunkAndSafety), while a
// line with goods and a word of trading takes the vote.
func TestLearnLowStep(t *testing.T) {
	const slogan = "多读书\u3000读好书\u3000好读书"
	withModel(flatModel(4), func() {
		if w := learnWeight(slogan); w != 1 {
			t.Fatalf("fixture: the flat model weighs %q %d, want 1", slogan, w)
		}
		var goods hits
		goods[fGoods] = 1
		if got := learnedScore(slogan, &goods); got != 0 || goods[fLearn] != 0 {
			t.Errorf("goods alone: learned score %d (fLearn %d), want 0", got, goods[fLearn])
		}
		trade := goods
		trade[fTrade] = 1
		if got := learnedScore(slogan, &trade); got != 1 || trade[fLearn] != 1 {
			t.Errorf("goods and trade: learned score %d (fLearn %d), want 1", got, trade[fLearn])
		}
		var one hits
		one[fHandle] = 1
		if got := learnedScore(slogan, &one); got != 0 || one[fLearn] != 0 {
			t.Errorf("a single handle's word: learned score %d (fLearn %d), want 0", got, one[fLearn])
		}
		for _, at := range []place{placeAlone, placeOutside} {
			if _, ok := scoreNoticeIn(slogan, at, registerGenre); ok {
				t.Errorf("%q at place %d: a notice at odds of 15 to 29", slogan, at)
			}
		}
	})
	withModel(flatModel(2), func() {
		if w := learnWeight(slogan); w != 0 {
			t.Errorf("odds under 15: weight %d, want 0", w)
		}
	})
}
