package parse

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"wenji/model"
)

// scoreNoticeFullRef is scoreNoticeFull weighing every line (the former
// form): its early refusal (refusedUnweighed) must change no verdict.
func scoreNoticeFullRef(p string, at place, reg register) (model.JunkKind, bool) {
	score, h := noticeScoreIn(p, reg)
	return noticeVerdict(p, at, score, &h)
}

// goLiteral matches a Go string literal, quoted or raw.
var goLiteral = regexp.MustCompile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|`[^`]*`")

// TestNoticeRefusedEarly: scoreNoticeFull, which refuses a line of no
// signal before weighing it, gives every short line, at every place and
// in both registers, the verdict of the full weighing: the lines of a
// generated compilation and of the fixtures, and the strings of the
// filter's tests (their notices and their lines of the genre).
func TestNoticeRefusedEarly(t *testing.T) {
	lines := testLines(t, 1<<20)
	tests, _ := filepath.Glob("promo*_test.go")
	for _, f := range tests {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, lit := range goLiteral.FindAllString(string(b), -1) {
			if s, err := strconv.Unquote(lit); err == nil {
				lines = append(lines, strings.Split(s, "\n")...)
			}
		}
	}
	notices, refused := 0, 0
	for _, p := range lines {
		p = strings.TrimSpace(p)
		if p == "" || len(p) > maxShortBytes {
			continue
		}
		for _, reg := range []register{registerGenre, registerLatin} {
			for at := placeGlued; at <= placeOutside; at++ {
				k, ok := scoreNoticeFull(p, at, reg)
				wk, wok := scoreNoticeFullRef(p, at, reg)
				if k != wk || ok != wok {
					t.Errorf("scoreNoticeFull(%q, %d, %d) = %v %v, the full weighing %v %v", p, at, reg, k, ok, wk, wok)
				}
				if wok {
					notices++
				} else {
					refused++
				}
			}
		}
	}
	if notices < 1000 || refused < 1000 {
		t.Fatalf("%d notices and %d refusals: the lines do not reach both verdicts", notices, refused)
	}
}

// FuzzNoticeRefusedEarly: on any line, at every place and in both
// registers, scoreNoticeFull's early refusal changes no verdict of the
// full weighing.
func FuzzNoticeRefusedEarly(f *testing.F) {
	for _, p := range fixturePromo {
		f.Add(p.text)
	}
	for _, k := range fixtureKeep {
		f.Add(k.text)
	}
	f.Add("全年培训基层干部1.2万人次，干部队伍的专业素养明显提升。")
	f.Add("阅见读书 · 每一次划线，都是一次相遇")
	f.Fuzz(func(t *testing.T, p string) {
		for _, reg := range []register{registerGenre, registerLatin} {
			for at := placeGlued; at <= placeOutside; at++ {
				k, ok := scoreNoticeFull(p, at, reg)
				if wk, wok := scoreNoticeFullRef(p, at, reg); k != wk || ok != wok {
					t.Fatalf("scoreNoticeFull(%q, %d, %d) = %v %v, the full weighing %v %v", p, at, reg, k, ok, wk, wok)
				}
			}
		}
	})
}
