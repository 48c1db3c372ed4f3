package termprobe

import "testing"

// TestColumn: the reply is read as it comes, a piece at a time; Column
// must find it once it is whole and not before, whatever precedes it.
func TestColumn(t *testing.T) {
	for _, tt := range []struct {
		name   string
		reads  []string // what each read gave
		col    int      // the column found (0: none)
		whole  int      // the read after which it is found (with col)
		answer int      // Width(col)
	}{
		{"ambiguous 1", []string{"\x1b[24;2R"}, 2, 0, 1},
		{"ambiguous 2", []string{"\x1b[1;3R"}, 3, 0, 2},
		{"8-bit CSI", []string{"\x9b12;3R"}, 3, 0, 2},
		{"split after ESC", []string{"\x1b", "[5;2R"}, 2, 1, 1},
		{"split in the row", []string{"\x1b[1", "0;3R"}, 3, 1, 2},
		{"split before R", []string{"\x1b[10;3", "R"}, 3, 1, 2},
		{"one byte a read", []string{"\x1b", "[", "9", ";", "3", "R"}, 3, 5, 2},
		{"keys typed before", []string{"jk", "\x1b[3;2R"}, 2, 1, 1},
		{"junk bytes before", []string{"\x00\xff q", "\x1b[3;3R"}, 3, 1, 2},
		{"an arrow key before", []string{"\x1b[A\x1b[7;2R"}, 2, 0, 1},
		{"an incomplete sequence before", []string{"\x1b[7;\x1b[7;3R"}, 3, 0, 2},
		{"a lone ESC before", []string{"\x1b", "\x1b[2;2R"}, 2, 1, 1},
		{"keys after", []string{"\x1b[2;3Rqq"}, 3, 0, 2},
		{"another column", []string{"\x1b[2;5R"}, 5, 0, 0},
		{"no reply", nil, 0, -1, 0},
		{"nothing but keys", []string{"hello", "world"}, 0, -1, 0},
		{"cut short", []string{"\x1b[24;"}, 0, -1, 0},
		{"no column", []string{"\x1b[24R"}, 0, -1, 0},
		{"row 0", []string{"\x1b[0;2R"}, 0, -1, 0},
		{"column 0", []string{"\x1b[3;0R"}, 0, -1, 0},
		{"not a report", []string{"\x1b[3;2H"}, 0, -1, 0},
		{"private marker", []string{"\x1b[?3;2R"}, 0, -1, 0},
		{"a huge number", []string{"\x1b[1;12345678R"}, 0, -1, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var buf []byte
			for i, r := range tt.reads {
				buf = append(buf, r...)
				col, ok := Column(buf)
				if want := tt.whole >= 0 && i >= tt.whole; ok != want || (ok && col != tt.col) {
					t.Fatalf("after read %d (%q): Column = %d, %v; want %d, %v", i, buf, col, ok, tt.col, want)
				}
			}
			if tt.whole < 0 {
				return
			}
			if got := Width(tt.col); got != tt.answer {
				t.Errorf("Width(%d) = %d, want %d", tt.col, got, tt.answer)
			}
		})
	}
}

func TestWidth(t *testing.T) {
	for col, want := range map[int]int{0: 0, 1: 0, 2: 1, 3: 2, 4: 0, 80: 0} {
		if got := Width(col); got != want {
			t.Errorf("Width(%d) = %d, want %d", col, got, want)
		}
	}
}

func FuzzColumn(f *testing.F) {
	for _, s := range []string{"\x1b[24;2R", "j\x1b[A\x1b[1;3R", "\x9b1;3R", ""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		col, ok := Column(b)
		if !ok {
			return
		}
		// A report found stays found, at the same column, whatever
		// comes after it or before it (short of another report).
		if col2, ok2 := Column(append(b[:len(b):len(b)], "\x1b[9;9R"...)); !ok2 || col2 != col {
			t.Errorf("Column(%q) = %d; with more after, %d, %v", b, col, col2, ok2)
		}
		if col2, ok2 := Column(append([]byte("jk"), b...)); !ok2 || col2 != col {
			t.Errorf("Column(%q) = %d; with keys before, %d, %v", b, col, col2, ok2)
		}
		if col <= 0 {
			t.Errorf("Column(%q) = %d", b, col)
		}
	})
}
