package text

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// helpEntries gathers the help descriptions of v, a struct of strings: the
// fields named H and a capital (HPercent, HNextHitNode…), embedded
// structs' too, by field name.
func helpEntries(v reflect.Value, into map[string]string) {
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		switch {
		case f.Anonymous && f.Type.Kind() == reflect.Struct:
			helpEntries(v.Field(i), into)
		case f.Type.Kind() == reflect.String && len(f.Name) > 1 && f.Name[0] == 'H' &&
			f.Name[1] >= 'A' && f.Name[1] <= 'Z':
			into[t.Name()+"."+f.Name] = v.Field(i).String()
		}
	}
}

// TestHelpWording keeps the help's descriptions in the words a less or vim
// user reads: no internal jargon (the outline's entries are headings to the
// reader, not nodes: 节点), no clipped words (w/, prev, char) and no
// sentence left hanging on a preposition ("go N% in").
func TestHelpWording(t *testing.T) {
	en := regexp.MustCompile(`\bnodes?\b|\bw/|\bprev\b|\bchars?\b|\b(in|to|of|at)$`)
	zh := regexp.MustCompile(`节点`)
	for _, c := range []struct {
		bad  *regexp.Regexp
		vals []any
	}{
		{en, []any{EnReader, EnSearch, EnShared, EnBasket, EnLibrary, EnMarks, EnCopy, EnDisk}},
		{zh, []any{ZhReader, ZhSearch, ZhShared, ZhBasket, ZhLibrary, ZhMarks, ZhCopy, ZhDisk}},
	} {
		n := 0
		for _, v := range c.vals {
			got := map[string]string{}
			helpEntries(reflect.ValueOf(v), got)
			n += len(got)
			for name, s := range got {
				if m := c.bad.FindString(strings.TrimSpace(s)); m != "" {
					t.Errorf("%s = %q: %q reads rough in the help", name, s, m)
				}
			}
		}
		if n < 40 {
			t.Fatalf("only %d help entries found: the walk missed the structs", n)
		}
	}
}
