package parse

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// promoSet is one set of promotion blocks and the real text written with
// it.
type promoSet struct {
	name        string
	promo, keep []blindBlock
}

// losoFolds are the sets held out in turn by TestPromoLOSO: the blind
// sets, each written by a helper who never saw the filter, and the
// training sets written for it.
func losoFolds() []promoSet {
	return []promoSet{
		{"heldout2", blindPromo, blindKeep},
		{"heldout3", blind3Promo, blind3Keep},
		{"heldout4", blind4Promo, blind4Keep},
		{"heldout5", blind5Promo, blind5Keep},
		{"heldout6", blind6Promo, blind6Keep},
		{"heldout7", blind7Promo, blind7Keep},
		{"heldout8", blind8Promo, blind8Keep},
		{"train-a", promoTrainA, promoTrainAKeep},
		{"train-b", promoTrainB, promoTrainBKeepBlocks},
	}
}

// losoAlways are the sets every fold trains on: the filter's own
// development batches and fixtures, never held out (they were written
// with it in view).
func losoAlways() []promoSet {
	var heldPromo, heldKeep, fixPromo, fixKeep []blindBlock
	for _, h := range heldOutPromo {
		heldPromo = append(heldPromo, blindBlock{text: h.text})
	}
	for _, h := range heldOutKeep {
		heldKeep = append(heldKeep, blindBlock{kind: "prose", text: h.text})
	}
	for _, f := range fixturePromo {
		fixPromo = append(fixPromo, blindBlock{text: f.text})
	}
	for _, f := range fixtureKeep {
		fixKeep = append(fixKeep, blindBlock{kind: "prose", text: f.text})
	}
	return []promoSet{
		{"fresh1-4", concat(freshPromo, fresh2Promo, fresh3Promo, fresh4Promo), concat(freshKeep, fresh2Keep, fresh3Keep, fresh4Keep)},
		{"fresh5", fresh5Promo, fresh5Keep},
		{"fresh6", fresh6Promo, fresh6Keep},
		{"fresh7", fresh7Promo, fresh7Keep},
		{"fresh9-10", concat(fresh9Promo, fresh10Promo), hardKeep9},
		{"dev", devPromo, devKeep},
		{"heldout1", heldPromo, heldKeep},
		{"fixtures", fixPromo, fixKeep},
	}
}

func concat(sets ...[]blindBlock) []blindBlock {
	var out []blindBlock
	for _, s := range sets {
		out = append(out, s...)
	}
	return out
}

// blockLines splits blocks into their non-blank lines, trimmed.
func blockLines(blocks []blindBlock) []string {
	var out []string
	for _, b := range blocks {
		for _, l := range strings.Split(b.text, "\n") {
			if l = strings.TrimSpace(l); l != "" {
				out = append(out, l)
			}
		}
	}
	return out
}

// familyLines are the non-blank lines of the family fixtures, the genre's
// prose of the project's own writing, in the files' sorted order.
func familyLines(t testing.TB) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "family", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("family fixtures: %v (%d files)", err, len(files))
	}
	sort.Strings(files)
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, blockLines([]blindBlock{{text: string(b)}})...)
	}
	return out
}

// losoTrain trains the model on every set but the one named skip.
func losoTrain(t testing.TB, skip string) *learnModel {
	promo, genre := []string(nil), familyLines(t)
	for _, s := range append(losoFolds(), losoAlways()...) {
		if s.name == skip {
			continue
		}
		promo = append(promo, blockLines(s.promo)...)
		genre = append(genre, blockLines(s.keep)...)
	}
	return trainLearn(promo, genre)
}

// losoScore is one set's measure in one compilation, one block at a time.
type losoScore struct {
	hidden, kept int
	missed       []int // 1-based numbers of the blocks not hidden
	dropped      []int // 1-based numbers of the real blocks touched or moving the outline
}

// blindMeasure is blindOneAtATime's count without its assertions: blocks
// hidden, and real blocks kept whole with the compilation's lines and (for
// prose) outline as they were.
func blindMeasure(base blindBase, c blindCompilation, promo, keep []blindBlock) losoScore {
	var s losoScore
	for i, h := range blindPlace(c, promo) {
		r := blindRun(base, []heldOut{h})
		if r.hidden[0] && len(r.changed) == 0 && r.outline {
			s.hidden++
		} else {
			s.missed = append(s.missed, i+1)
		}
	}
	for i, h := range blindPlace(c, keep) {
		r := blindRun(base, []heldOut{h})
		if !r.touched[0] && len(r.changed) == 0 && (r.outline || keep[i].kind != "prose") {
			s.kept++
		} else {
			s.dropped = append(s.dropped, i+1)
		}
	}
	return s
}

// withModel runs f with m as the filter's model, then puts the model back.
func withModel(m *learnModel, f func()) {
	old := learned.Swap(m)
	defer learned.Store(old)
	f()
}

// losoRow measures set s in each compilation with model m.
func losoRow(t *testing.T, m *learnModel, s promoSet) []losoScore {
	var out []losoScore
	withModel(m, func() {
		for _, c := range blindCompilations {
			out = append(out, blindMeasure(blindLoad(t, c), c, s.promo, s.keep))
		}
	})
	return out
}

func formatRow(row []losoScore, s promoSet) string {
	var h, k []string
	for _, r := range row {
		h = append(h, fmt.Sprint(r.hidden))
		k = append(k, fmt.Sprint(r.kept))
	}
	return fmt.Sprintf("%s/%d kept %s/%d", strings.Join(h, "/"), len(s.promo), strings.Join(k, "/"), len(s.keep))
}

// TestPromoLOSO is the leave-one-set-out measure of the filter: for each
// set of losoFolds, the learned model is trained on every other set
// (losoTrain) and the set is run one block at a time through the blind
// harness's compilations. The rules row is the filter with an empty model
// (no learned weight): the hand rules have seen every set, so that row
// flatters them. Logged as a table (go test -run TestPromoLOSO -v
// ./parse/).
func TestPromoLOSO(t *testing.T) {
	empty := &learnModel{}
	for _, s := range losoFolds() {
		rules := losoRow(t, empty, s)
		loso := losoRow(t, losoTrain(t, s.name), s)
		t.Logf("%-9s rules %s | loso %s", s.name, formatRow(rules, s), formatRow(loso, s))
		for i, r := range loso {
			if len(r.missed) > 0 {
				t.Logf("  %s %s loso missed %v dropped %v (rules missed %v)", s.name, blindCompilations[i].name, r.missed, r.dropped, rules[i].missed)
			}
		}
	}
}
