package common

import (
	"strings"
	"testing"

	"wenji/ui/cjk"
)

// FitMiddle keeps a file name's start and end: the part that tells two
// apart and the extension.
func TestFitMiddle(t *testing.T) {
	w := cjk.New(1)
	for _, tc := range []struct {
		s    string
		max  int
		want string
	}{
		{"short.txt", 20, "short.txt"},
		{"guangdong-gov-work-report-2025.docx", 29, "guangdong-gov-…port-2025.docx"},
		{"henan-gov-work-report-2025.docx", 20, "henan-gov-…2025.docx"},
		{"二〇二五年政府工作报告汇编.txt", 17, "二〇二五…汇编.txt"},
		{"abc", 2, "a…"},
	} {
		got := FitMiddle(w, tc.s, tc.max)
		if got != tc.want || w.String(got) > tc.max {
			t.Errorf("fitMiddle(%q, %d) = %q (%d columns), want %q", tc.s, tc.max, got, w.String(got), tc.want)
		}
	}
}

// Window draws the h rows from top, blank lines past the list's end.
func TestWindow(t *testing.T) {
	row := func(k int) string { return string(rune('a' + k)) }
	for _, tt := range []struct {
		top, n, h int
		want      string
	}{
		{0, 3, 3, "abc"}, {1, 3, 3, "bc|"}, {0, 0, 2, "||"}, {2, 5, 2, "cd"},
	} {
		got := ""
		for _, s := range Window(tt.top, tt.n, tt.h, row) {
			if s == "" {
				s = "|"
			}
			got += s
		}
		if got != tt.want {
			t.Errorf("Window(%d, %d, %d) = %q, want %q", tt.top, tt.n, tt.h, got, tt.want)
		}
	}
}

// TestFitParts: whole parts only, then " …"; the ellipsis counts in the
// ambiguous width it is drawn in.
func TestFitParts(t *testing.T) {
	parts := []string{"? 帮助", "enter 打开", "q/esc 返回"}
	for _, tc := range []struct {
		amb, max int
		want     string
	}{
		{1, 40, "? 帮助 · enter 打开 · q/esc 返回"},
		{1, 32, "? 帮助 · enter 打开 · q/esc 返回"},
		{1, 31, "? 帮助 · enter 打开 …"},
		{1, 21, "? 帮助 · enter 打开 …"},
		{1, 20, "? 帮助 …"},
		{2, 21, "? 帮助 …"},
		{1, 8, "? 帮助 …"},
		{1, 7, "? 帮助…"},
		{1, 3, "? …"},
		{1, 0, ""},
	} {
		w := cjk.New(tc.amb)
		got := FitParts(w, parts, " · ", tc.max)
		if got != tc.want || w.String(got) > tc.max {
			t.Errorf("ambiguous %d, %d columns: %q (%d), want %q", tc.amb, tc.max, got, w.String(got), tc.want)
		}
	}
}

// FitPath gives way in a file's folder before its name, and in the name's
// middle before its end: formats/comp_design.doc and formats/comp_guide.doc
// at the 18 columns of a 60-column library were formats/c…sign.doc and
// formats/c…uide.doc. A folder goes by whole ones (…/ for those cut):
// the library's column showed formats/ as fo…ts/ on one row, …/ on the
// next.
func TestFitPath(t *testing.T) {
	for _, amb := range []int{1, 2} {
		w := cjk.New(amb)
		ell := w.String("…")
		for _, tc := range []struct {
			s    string
			max  int
			want string // under ambiguous width 1; under 2, the end it keeps
		}{
			{"formats/comp_design.doc", 30, "formats/comp_design.doc"},
			{"formats/comp_design.doc", 18, "…/comp_design.doc"},
			{"formats/comp_guide.doc", 18, "…/comp_guide.doc"},
			{"2023/基层治理汇编/comp_design.doc", 24, "…/comp_design.doc"},
			{"2023/基层治理汇编/comp_design.doc", 30, "…/基层治理汇编/comp_design.doc"},
			{"a/b/c/基层治理汇编/comp_design.doc", 31, "…/基层治理汇编/comp_design.doc"},
			{"a/b/c/基层治理汇编/comp_design.doc", 32, "…/c/基层治理汇编/comp_design.doc"},
			{"formats/a-very-long-report-name-2025.doc", 18, "a-very-lo…2025.doc"},
			{"formats/chatchat_std12_design.doc", 24, "chatchat_std…_design.doc"},
			{"二〇二五年政府工作报告汇编.txt", 17, "二〇二五…汇编.txt"},
			{"formats/comp_design.doc", 3, "…oc"},
			{"formats/comp_design.doc", 4, "…doc"},
			{"formats/comp_design.doc", 5, "co…oc"},
			{"formats/comp_design.doc", 22, "…/comp_design.doc"},
			{"formats/comp_design.doc", 8, "comp…doc"},
			{"plain.doc", 3, "…oc"},
			{"a/b.doc", 0, ""},
		} {
			got := FitPath(w, tc.s, tc.max)
			if gw := w.String(got); gw > tc.max {
				t.Errorf("amb %d: FitPath(%q, %d) = %q, %d columns", amb, tc.s, tc.max, got, gw)
			}
			if amb == 1 && got != tc.want {
				t.Errorf("FitPath(%q, %d) = %q, want %q", tc.s, tc.max, got, tc.want)
			}
			// The name's end is kept whenever more than the … fits.
			if end := tc.s[len(tc.s)-2:]; tc.max > ell+1 && !strings.HasSuffix(got, end) {
				t.Errorf("amb %d: FitPath(%q, %d) = %q lost the end %q", amb, tc.s, tc.max, got, end)
			}
		}
	}
}
