package parse

import (
	"reflect"
	"slices"
	"testing"
)

// runScratchParas hold numbered runs of two families, a run cut by a new
// 一是, markers that form no run, and no marker at all.
var runScratchParas = []string{
	"一是加强学习，提高认识。二是完善制度，规范管理。一要压实责任。二要强化督导。三要注重实效。",
	"一是抓好统筹，二是抓好落实。一是再开一个，二是接着来，三是到此为止。",
	"首先，明确目标。其次，细化任务。三是没有一是在前。",
	"这一段没有编号，只有正文。",
	"",
}

// TestRunScratch: the scratch's runs and leads are inlineSequences' and
// inlineLeads' on each paragraph in turn; a run is capped, so an append to
// it leaves the next run be; and once its lists have grown, reading a
// paragraph's runs allocates nothing (each run was a copy of its own).
func TestRunScratch(t *testing.T) {
	var r runScratch
	for round := range 2 {
		for _, s := range runScratchParas {
			ms := inlineMarkers(s)
			want := inlineSequences(slices.Clone(ms))
			got := r.sequences(ms)
			if len(got) != len(want) || len(want) > 0 && !reflect.DeepEqual(got, want) {
				t.Fatalf("round %d, %q: runs %v, want %v", round, s, got, want)
			}
			if len(got) >= 2 {
				next := slices.Clone(got[1])
				_ = append(got[0], inlineMarker{pos: -1})
				if !reflect.DeepEqual(got[1], next) {
					t.Fatalf("%q: an append to the first run changed the second: %v, want %v", s, got[1], next)
				}
			}
			ss := sentences(s, false)
			wantLeads := inlineLeads(nil, s, 0, ss)
			if gotLeads := r.leads(s, 0, ss); !reflect.DeepEqual(gotLeads, wantLeads) {
				t.Fatalf("%q: leads %v, want %v", s, gotLeads, wantLeads)
			}
		}
	}
	ms := inlineMarkers(runScratchParas[0])
	if n := testing.AllocsPerRun(100, func() { r.sequences(ms) }); n != 0 {
		t.Errorf("runScratch.sequences: %v allocations a paragraph, want 0", n)
	}
	if len(r.sequences(ms)) < 2 {
		t.Fatalf("%q: fewer than two runs; the test needs two", runScratchParas[0])
	}
}
