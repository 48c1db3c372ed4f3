package state

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// files lists dir's files: the state files, never a lock file.
func files(t *testing.T, dir string) []string {
	t.Helper()
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	return names
}

func TestMerge(t *testing.T) {
	m := func(kv ...any) map[string]int {
		out := map[string]int{}
		for i := 0; i < len(kv); i += 2 {
			out[kv[i].(string)] = kv[i+1].(int)
		}
		return out
	}
	for _, c := range []struct {
		name            string
		disk, base, now map[string]int
		want            map[string]int
	}{
		{"set kept beside another's", m("b", 2), m(), m("a", 1), m("a", 1, "b", 2)},
		{"own set wins", m("a", 9), m(), m("a", 1), m("a", 1)},
		{"moved wins", m("a", 9), m("a", 5), m("a", 1), m("a", 1)},
		{"untouched keeps disk's move", m("a", 9), m("a", 5), m("a", 5), m("a", 9)},
		{"own delete wins", m("a", 9, "b", 2), m("a", 5), m(), m("b", 2)},
		{"another's delete kept", m(), m("a", 5), m("a", 5), nil},
		{"nothing anywhere", nil, nil, nil, nil},
	} {
		got := MergeComparable(c.disk, c.base, c.now)
		if !maps.Equal(got, c.want) || (got == nil) != (c.want == nil || len(c.want) == 0) {
			t.Errorf("%s: %v", c.name, got)
		}
	}
}

// Two readers of one document, each loading before either saves: both
// readers' marks survive whichever quits first; the place is the last's;
// a mark one of them deleted stays deleted.
func TestTwoReaders(t *testing.T) {
	for _, order := range []string{"AB", "BA"} {
		t.Run(order, func(t *testing.T) {
			s := &Store{Dir: t.TempDir()}
			k := Key([]byte("文档"))
			if err := s.Save(k, Doc{Offset: 1, Marks: map[string]int{"x": 10, "y": 20}}); err != nil {
				t.Fatal(err)
			}
			baseA, _ := s.Load(k)
			baseB, _ := s.Load(k)
			a := Doc{Offset: 100, Marks: map[string]int{"x": 10, "y": 20, "a": 1}}
			b := Doc{Offset: 200, Marks: map[string]int{"y": 20, "b": 2}} // B deleted x
			save := map[byte]func() error{
				'A': func() error { return s.SaveMerged(k, baseA, a) },
				'B': func() error { return s.SaveMerged(k, baseB, b) },
			}
			for _, who := range []byte(order) {
				if err := save[who](); err != nil {
					t.Fatal(err)
				}
			}
			got, err := s.Load(k)
			want := map[string]int{"y": 20, "a": 1, "b": 2}
			if err != nil || !maps.Equal(got.Marks, want) {
				t.Errorf("marks %v (%v), want %v", got.Marks, err, want)
			}
			if last := map[byte]int{'A': 100, 'B': 200}[order[1]]; got.Offset != last {
				t.Errorf("offset %d, want the last reader's %d", got.Offset, last)
			}
		})
	}
}

// Many readers saving at the same moment each keep their mark: the read,
// merge and write are one step under the directory's lock.
func TestConcurrentSaves(t *testing.T) {
	s := &Store{Dir: t.TempDir()}
	k := Key([]byte("文档"))
	const n = 24
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() {
			if err := s.SaveMerged(k, Doc{}, Doc{Offset: i, Marks: map[string]int{fmt.Sprint(i): i}}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	d, err := s.Load(k)
	if err != nil || len(d.Marks) != n {
		t.Errorf("%d marks of %d survive (%v): %v", len(d.Marks), n, err, d.Marks)
	}
}

// A temporary file left by a killed writer is removed by the next save,
// in the documents' and in the libraries' directory.
func TestOrphansRemoved(t *testing.T) {
	s := &Store{Dir: t.TempDir()}
	for _, sub := range []string{"docs", "libraries"} {
		os.MkdirAll(filepath.Join(s.Dir, sub), 0o700)
		os.WriteFile(filepath.Join(s.Dir, sub, ".tmp-12345"), []byte(`{"offs`), 0o600)
	}
	if err := s.SaveMerged("k", Doc{}, Doc{Offset: 3}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveLibrary(Library{Dir: "/lib", Last: "a.txt"}); err != nil {
		t.Fatal(err)
	}
	for _, sub := range []string{"docs", "libraries"} {
		if names := files(t, filepath.Join(s.Dir, sub)); len(names) != 1 || strings.HasPrefix(names[0], ".tmp-") {
			t.Errorf("%s holds %v", sub, names)
		}
	}
}

// A state file bigger than any wenji writes is not read whole: ignored
// with a *TooLargeError at once, and replaced by the next save.
func TestTooLarge(t *testing.T) {
	s := &Store{Dir: t.TempDir()}
	k := "k"
	os.MkdirAll(filepath.Join(s.Dir, "docs"), 0o700)
	os.MkdirAll(filepath.Join(s.Dir, "libraries"), 0o700)
	many := map[string]int{}
	for i := range MaxMarks + 1 {
		many[fmt.Sprint(i)] = i
	}
	b, _ := encode(Doc{Offset: 5, Marks: many})
	huge := []byte(`{"offset": 5, "marks": {"a": 1` + strings.Repeat(`, "a": 1`, 3<<20/8) + "}}")
	for name, data := range map[string][]byte{"many marks": b, "3 MB": huge} {
		os.WriteFile(s.docPath(k), data, 0o600)
		os.WriteFile(s.libraryPath("/lib"), data, 0o600)
		d, err := s.Load(k)
		var tl *TooLargeError
		if !errors.As(err, &tl) || tl.Path != s.docPath(k) || d.Offset != 0 || d.Marks != nil {
			t.Errorf("%s: %+v, %v", name, d, err)
		}
		if name == "3 MB" {
			if _, err := s.LoadLibrary("/lib"); !errors.As(err, &tl) {
				t.Errorf("library %s: %v", name, err)
			}
		}
		if err := s.SaveMerged(k, Doc{}, Doc{Offset: 7, Marks: map[string]int{"a": 1}}); err != nil {
			t.Fatal(err)
		}
		if d, err := s.Load(k); err != nil || d.Offset != 7 || len(d.Marks) != 1 {
			t.Errorf("%s: after a save %+v, %v", name, d, err)
		}
	}
}

const saverEnv = "WENJI_STATE_SAVER"

// TestSaverProcess is the process TestKilledWhileSaving kills: it saves
// a document's state and a library's record in a loop until it is killed.
func TestSaverProcess(t *testing.T) {
	dir := os.Getenv(saverEnv)
	if dir == "" {
		t.Skip("run by TestKilledWhileSaving")
	}
	s := &Store{Dir: dir}
	for i := 1; ; i++ {
		now := Doc{Offset: i, Marks: map[string]int{"a": i, fmt.Sprint(i % 7): i}, Name: strings.Repeat("名", i%500)}
		if err := s.SaveMerged("k", Doc{}, now); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		if err := s.SaveLibrary(Library{Dir: "/lib", Last: fmt.Sprintf("%d.txt", i)}); err != nil {
			os.Exit(3)
		}
	}
}

// kill -9 at any moment of a save, 50 times: the state is always a whole
// file as some save wrote it, never corrupt or empty, and the next save
// leaves no temporary file behind.
func TestKilledWhileSaving(t *testing.T) {
	if testing.Short() {
		t.Skip("kills 50 processes")
	}
	s := &Store{Dir: t.TempDir()}
	orphans := 0
	for round := range 50 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestSaverProcess$")
		cmd.Env = append(os.Environ(), saverEnv+"="+s.Dir)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// The first round waits for a first save; then a few ms in.
		for round == 0 {
			if _, err := os.Stat(s.libraryPath("/lib")); err == nil {
				break
			}
			time.Sleep(time.Millisecond)
		}
		time.Sleep(time.Duration(1+rand.IntN(20)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if st := cmd.ProcessState; st.Exited() {
			t.Fatalf("the saver ended on its own: %v", st)
		}
		d, err := s.Load("k")
		if err != nil || d.Offset <= 0 || d.Marks["a"] != d.Offset {
			t.Fatalf("round %d: state %+v, %v", round, d, err)
		}
		l, err := s.LoadLibrary("/lib")
		if err != nil || l.Last == "" {
			t.Fatalf("round %d: library %+v, %v", round, l, err)
		}
		for _, sub := range []string{"docs", "libraries"} {
			for _, n := range files(t, filepath.Join(s.Dir, sub)) {
				if strings.HasPrefix(n, tmpPrefix) {
					orphans++
				}
			}
		}
	}
	t.Logf("%d temporary files left by the 50 kills", orphans)
	// The next run's start removes them; so does the next save.
	sess := s.Session()
	for _, sub := range []string{"docs", "libraries"} {
		if names := files(t, filepath.Join(s.Dir, sub)); len(names) != 1 {
			t.Errorf("after the next start %s holds %v", sub, names)
		}
	}
	for round := range 5 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestSaverProcess$")
		cmd.Env = append(os.Environ(), saverEnv+"="+s.Dir)
		cmd.Start()
		time.Sleep(time.Duration(5+round) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
	}
	base, _ := sess.Load("k")
	if err := s.SaveMerged("k", base, Doc{Offset: 1}); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveLibrary(Library{Dir: "/lib", Last: "x.txt"}); err != nil {
		t.Fatal(err)
	}
	for _, sub := range []string{"docs", "libraries"} {
		if names := files(t, filepath.Join(s.Dir, sub)); len(names) != 1 {
			t.Errorf("after the next save %s holds %v", sub, names)
		}
	}
}

// FuzzStateFile: any bytes in a state file are read or ignored with a
// *CorruptError or *TooLargeError, never a panic, and the next save
// replaces them with state that reads back.
func FuzzStateFile(f *testing.F) {
	for _, seed := range []string{
		`{"offset": 12, "marks": {"a": 3}, "name": "/x.txt", "seen": "2024-01-01T00:00:00Z"}`,
		`{"dir": "/lib", "last": "a.txt"}`, `{"offset": -1}`, `{"marks": {"a": -4}}`, `null`, `[]`, "{", "\x00",
		`{"offset": 1e400}`, `{"marks": {"a": 1, "a": 2}}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s := &Store{Dir: t.TempDir()}
		os.MkdirAll(filepath.Join(s.Dir, "docs"), 0o700)
		os.MkdirAll(filepath.Join(s.Dir, "libraries"), 0o700)
		os.WriteFile(s.docPath("k"), data, 0o600)
		os.WriteFile(s.libraryPath("/lib"), data, 0o600)
		var ce *CorruptError
		var tl *TooLargeError
		d, err := s.Load("k")
		switch {
		case err == nil:
			if d.Offset < 0 || len(d.Marks) > MaxMarks {
				t.Fatalf("loaded %+v", d)
			}
		case !errors.As(err, &ce) && !errors.As(err, &tl):
			t.Fatalf("error of no known kind: %v", err)
		}
		if _, err := s.LoadLibrary("/lib"); err != nil && !errors.As(err, &ce) && !errors.As(err, &tl) {
			t.Fatalf("library: error of no known kind: %v", err)
		}
		if err := s.SaveMerged("k", d, Doc{Offset: 1, Marks: map[string]int{"z": 2}}); err != nil {
			t.Fatal(err)
		}
		if d, err := s.Load("k"); err != nil || d.Offset != 1 || d.Marks["z"] != 2 {
			t.Fatalf("after a save: %+v, %v", d, err)
		}
	})
}

// Two runs through Sessions, as the reader uses them: each loads, sets
// or deletes a mark, saves; both runs' changes survive in either order,
// and a second save of one run does not undo the other's.
func TestSessions(t *testing.T) {
	for _, order := range []string{"AB", "BA"} {
		t.Run(order, func(t *testing.T) {
			st := &Store{Dir: t.TempDir()}
			k := Key([]byte("文档"))
			st.Save(k, Doc{Offset: 1, Marks: map[string]int{"x": 10}})
			runs := map[byte]*Session{'A': st.Session(), 'B': st.Session()}
			a, _ := runs['A'].Load(k)
			b, _ := runs['B'].Load(k)
			a.Marks = map[string]int{"x": 10, "a": 1}
			b.Marks = map[string]int{"b": 2} // B deleted x
			a.Offset, b.Offset = 100, 200
			docs := map[byte]Doc{'A': a, 'B': b}
			for _, who := range []byte(order + order) { // each saves twice, as on quit after a library's back
				if err := runs[who].Save(k, docs[who]); err != nil {
					t.Fatal(err)
				}
			}
			got, err := st.Load(k)
			if want := map[string]int{"a": 1, "b": 2}; err != nil || !maps.Equal(got.Marks, want) {
				t.Errorf("marks %v (%v), want %v", got.Marks, err, want)
			}
		})
	}
}

// UpdateFile and Merge keep a file of keyed records of any shape (the
// basket's excerpts) as the marks are kept: two runs' additions both
// survive, one's deletion stands.
func TestUpdateFileRecords(t *testing.T) {
	type excerpt struct {
		Text string
		Tags []string
	}
	eq := func(a, b excerpt) bool { return a.Text == b.Text && slices.Equal(a.Tags, b.Tags) }
	path := filepath.Join(t.TempDir(), "data", "basket.json")
	save := func(base, now map[string]excerpt) {
		t.Helper()
		err := UpdateFile(path, func(old []byte) ([]byte, error) {
			var disk map[string]excerpt
			if old != nil {
				json.Unmarshal(old, &disk)
			}
			return json.Marshal(Merge(disk, base, now, eq))
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	start := map[string]excerpt{"1": {Text: "甲"}}
	save(nil, start)
	save(start, map[string]excerpt{"1": {Text: "甲"}, "2": {Text: "乙", Tags: []string{"x"}}}) // run A adds 2
	save(start, map[string]excerpt{"3": {Text: "丙"}})                                        // run B deletes 1, adds 3
	b, err := ReadFile(path)
	var got map[string]excerpt
	if err != nil || json.Unmarshal(b, &got) != nil || len(got) != 2 || got["2"].Tags[0] != "x" || got["3"].Text != "丙" {
		t.Errorf("basket %s (%v)", b, err)
	}
}
