package search_test

import (
	"slices"
	"testing"

	"wenji/model"
	"wenji/model/search"
)

func TestFuzzy(t *testing.T) {
	tests := []struct {
		pattern, s string
		ok         bool
	}{
		{"", "任何", true},
		{"调研", "调查研究报告", true},
		{"研调", "调查研究报告", false},
		{"dcyj", "调查研究报告", false},
		{"@dcyj", "调查研究报告", true},
		{"@dcbg", "调查研究报告.txt", true},
		{"report", "2023 Report.TXT", true},
		{"ｒｅｐ", "report", true},
		{"2023 汇编", "2023主题教育经验做法汇编.txt", true},
		{"@zt jy", "主题教育", true},
		{"xyz", "主题教育", false},
	}
	for _, tt := range tests {
		_, ok := search.CompileFuzzy(tt.pattern).Match(tt.s)
		if ok != tt.ok {
			t.Errorf("%q in %q: %v, want %v", tt.pattern, tt.s, ok, tt.ok)
		}
	}
	f := search.CompileFuzzy("调查研究")
	whole, _ := f.Match("关于调查研究的报告")
	scattered, _ := f.Match("调整检查研判究竟")
	if whole <= scattered {
		t.Errorf("whole %d <= scattered %d", whole, scattered)
	}
	// The pattern whole beats a scattered match that starts early and
	// runs together for most of it; and earlier whole beats later whole.
	f = search.CompileFuzzy("2023")
	inName, _ := f.Match("legislation-law-2023.md")
	spread, _ := f.Match("2024年基层治理经验材料汇编（3篇）")
	early, _ := f.Match("2023年工作要点")
	if inName <= spread || early <= inName {
		t.Errorf("2023: whole in a name %d, scattered %d, whole at the start %d", inName, spread, early)
	}
	if s, ok := search.CompileFuzzy("@dcyj").Match("大兴调查研究"); !ok || s < 1000 {
		t.Errorf("@dcyj whole in 大兴调查研究: %d %v", s, ok)
	}
}

// Forms counts distinct hit texts, most frequent first, ties by first
// appearance.
func TestForms(t *testing.T) {
	text := "乙甲乙丙甲乙"
	var spans []model.Span
	for i := 0; i < len(text); i += 3 {
		spans = append(spans, model.Span{Start: i, End: i + 3})
	}
	got := search.Forms(text, len(spans), func(i int) model.Span { return spans[i] })
	want := []search.Form{{Text: "乙", Count: 3}, {Text: "甲", Count: 2}, {Text: "丙", Count: 1}}
	if !slices.Equal(got, want) {
		t.Errorf("Forms = %v, want %v", got, want)
	}
	if got := search.Forms(text, 0, nil); len(got) != 0 {
		t.Errorf("no hits: %v", got)
	}
}
