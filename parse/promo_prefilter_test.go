package parse

import (
	"strconv"
	"testing"
)

// TestIsBareNumber: a number of up to maxBareDigits digits, with or
// without a full stop, and nothing else.
func TestIsBareNumber(t *testing.T) {
	for _, c := range []struct {
		p    string
		want bool
	}{
		{"493.", true}, {"1", true}, {"0.", true}, {"123456.", true}, {"007", true},
		{"", false}, {".", false}, {"1234567", false}, {"1234567.", false}, {"13800138000", false},
		{"1..", false}, {".1", false}, {"1、", false}, {"1．", false}, {"１.", false}, {"12a", false},
		{"1 ", false}, {"一.", false}, {"1.2", false}, {"-1", false},
	} {
		if got := isBareNumber(c.p); got != c.want {
			t.Errorf("isBareNumber(%q) = %v, want %v", c.p, got, c.want)
		}
	}
}

// bareNoNotice fails t when scoreNoticeFull finds a notice in bare
// number p at any place, in either register.
func bareNoNotice(t testing.TB, p string) {
	for at := placeGlued; at <= placeOutside; at++ {
		for _, reg := range []register{registerGenre, registerLatin} {
			if k, ok := scoreNoticeFull(p, at, reg); ok {
				t.Fatalf("scoreNoticeFull(%q, %d, %d) = %v, true: isBareNumber may not answer for it", p, at, reg, k)
			}
		}
	}
}

// TestBareNumberNoNotice: the full score finds no notice in any number
// of up to 4 digits (every one, with and without its full stop, leading
// zeros too) nor in samples of 5 and 6, so scoreNoticeIn's early answer
// for them changes nothing.
func TestBareNumberNoNotice(t *testing.T) {
	var ps []string
	for n := range 10000 {
		for _, w := range []int{1, 2, 3, 4} {
			if s := strconv.Itoa(n); len(s) <= w {
				ps = append(ps, zeroPad(s, w))
			}
		}
	}
	for n := 10000; n < 1000000; n += 997 {
		ps = append(ps, strconv.Itoa(n))
	}
	ps = append(ps, "99999", "999999", "000000", "12345", "123456", "110", "120", "12315")
	for _, p := range ps {
		if !isBareNumber(p) || !isBareNumber(p+".") {
			t.Fatalf("isBareNumber(%q) = false", p)
		}
		bareNoNotice(t, p)
		bareNoNotice(t, p+".")
	}
}

func zeroPad(s string, w int) string {
	for len(s) < w {
		s = "0" + s
	}
	return s
}

// FuzzBareNumberNoNotice: scoreNoticeIn answers as scoreNoticeFull does
// on any line, at any place, in either register.
func FuzzBareNumberNoNotice(f *testing.F) {
	for _, p := range []string{"493.", "1", "123456", "1234567", "13800138000", "1、", "会员", "QQ 123456"} {
		f.Add(p, uint8(0), false)
	}
	f.Fuzz(func(t *testing.T, p string, at uint8, latin bool) {
		pl, reg := place(at%uint8(placeOutside+1)), registerGenre
		if latin {
			reg = registerLatin
		}
		k1, ok1 := scoreNoticeIn(p, pl, reg)
		k2, ok2 := scoreNoticeFull(p, pl, reg)
		if k1 != k2 || ok1 != ok2 {
			t.Fatalf("scoreNoticeIn(%q, %d, %d) = %v, %v; scoreNoticeFull: %v, %v", p, pl, reg, k1, ok1, k2, ok2)
		}
	})
}
