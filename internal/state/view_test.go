package state

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"testing"
)

func ptr(b bool) *bool { return &b }

// TestView: the outline's toggles are kept from run to run; a field a
// save does not set keeps what the file holds (another run's choice), and
// so do keys this version does not know (a newer wenji's), whatever they
// hold; an old file without the keys reads as unset; a damaged file reads
// as nothing, said, and is moved aside whole before a new one is written.
func TestView(t *testing.T) {
	for _, tt := range []struct {
		name    string
		old     []byte // the file before; nil: none
		load    View   // what LoadView reads from old
		corrupt bool
		save    View
		want    map[string]any // the file after, as JSON
		bak     []byte         // what view.json.bak holds after
	}{
		{name: "none", save: View{Outline: ptr(false)}, want: map[string]any{"outline": false}},
		{name: "empty file", old: []byte(" \n"), save: View{Chars: ptr(true)}, want: map[string]any{"chars": true}},
		{name: "old file, other keys", old: []byte(`{"theme":"light"}`), save: View{Chars: ptr(true)},
			want: map[string]any{"theme": "light", "chars": true}},
		{name: "one set, the other kept", old: []byte(`{"outline":false,"chars":true}`),
			load: View{Outline: ptr(false), Chars: ptr(true)}, save: View{Outline: ptr(true)},
			want: map[string]any{"outline": true, "chars": true}},
		{name: "newer version's keys and values", old: []byte(`{"outline":"auto","chars":false,"v":2,"panes":{"w":30}}`),
			load: View{Chars: ptr(false)}, save: View{Chars: ptr(true)},
			want: map[string]any{"outline": "auto", "chars": true, "v": 2.0, "panes": map[string]any{"w": 30.0}}},
		{name: "damaged", old: []byte(`{"outline": fal`), corrupt: true, save: View{Outline: ptr(false)},
			want: map[string]any{"outline": false}, bak: []byte(`{"outline": fal`)},
		{name: "not an object", old: []byte(`[true]`), corrupt: true, save: View{Chars: ptr(false)},
			want: map[string]any{"chars": false}, bak: []byte(`[true]`)},
		{name: "narrow saved, the others kept", old: []byte(`{"outline":false,"chars":true}`),
			load: View{Outline: ptr(false), Chars: ptr(true)}, save: View{Narrow: ptr(true)},
			want: map[string]any{"outline": false, "chars": true, "narrow": true}},
		{name: "narrow read", old: []byte(`{"narrow":true}`), load: View{Narrow: ptr(true)},
			save: View{Narrow: ptr(false)}, want: map[string]any{"narrow": false}},
		{name: "nothing changed writes nothing", old: []byte(`{"outline": fal`), corrupt: true,
			want: nil},
	} {
		t.Setenv("XDG_STATE_HOME", t.TempDir())
		s, err := Open()
		if err != nil {
			t.Fatal(err)
		}
		p := s.viewPath()
		if tt.old != nil {
			if err := os.MkdirAll(s.Dir, 0o700); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, tt.old, 0o600); err != nil {
				t.Fatal(err)
			}
		}
		v, err := s.LoadView()
		var ce *CorruptError
		if errors.As(err, &ce) != tt.corrupt || !tt.corrupt && err != nil {
			t.Errorf("%s: load error %v, corrupt %v", tt.name, err, tt.corrupt)
		}
		if !sameView(v, tt.load) {
			t.Errorf("%s: loaded %s, want %s", tt.name, showView(v), showView(tt.load))
		}
		if err := s.SaveView(tt.save); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		b, err := os.ReadFile(p)
		if tt.want == nil {
			if !bytes.Equal(b, tt.old) {
				t.Errorf("%s: the file became %q", tt.name, b)
			}
			continue
		}
		var got map[string]any
		if err != nil || json.Unmarshal(b, &got) != nil {
			t.Fatalf("%s: %q, %v", tt.name, b, err)
		}
		if g, w := mustJSON(got), mustJSON(tt.want); g != w {
			t.Errorf("%s: file %s, want %s", tt.name, g, w)
		}
		if bak, _ := os.ReadFile(p + ".bak"); !bytes.Equal(bak, tt.bak) {
			t.Errorf("%s: .bak holds %q, want %q", tt.name, bak, tt.bak)
		}
		if again, err := s.LoadView(); err != nil || tt.save.Outline != nil && *again.Outline != *tt.save.Outline ||
			tt.save.Chars != nil && *again.Chars != *tt.save.Chars ||
			tt.save.Narrow != nil && (again.Narrow == nil || *again.Narrow != *tt.save.Narrow) {
			t.Errorf("%s: read back %s, %v", tt.name, showView(again), err)
		}
	}
}

func sameView(a, b View) bool { return showView(a) == showView(b) }

func showView(v View) string {
	f := func(b *bool) string {
		if b == nil {
			return "unset"
		}
		if *b {
			return "on"
		}
		return "off"
	}
	return "outline " + f(v.Outline) + ", chars " + f(v.Chars) + ", narrow " + f(v.Narrow)
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}
