//go:build unix

package doccache

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"wenji/internal/tools/gen"
)

// killChild is set in the re-executed test binary that writes the cache in
// a loop until it is killed.
const killChild = "WENJI_DOCCACHE_KILL_CHILD"

// TestKillWriter: a writer killed with SIGKILL at 50 random moments, in
// the middle of entries, temporary files, renames and index saves, never
// leaves a cache that gives a result other than the parse of the file as
// it now is.
func TestKillWriter(t *testing.T) {
	if dirs := os.Getenv(killChild); dirs != "" {
		killLoop(dirs)
		return
	}
	if testing.Short() {
		t.Skip("kills a writer 50 times")
	}
	root, docs := t.TempDir(), t.TempDir()
	for k := range 50 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKillWriter$")
		cmd.Env = append(os.Environ(), killChild+"="+root+string(os.PathListSeparator)+docs+string(os.PathListSeparator)+fmt.Sprint(k))
		var out bytes.Buffer
		cmd.Stderr = &out
		ready, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// The writer says when its first entry is written: on a loaded
		// machine starting it takes longer than any fixed pause.
		bufio.NewReader(ready).ReadString('\n')
		time.Sleep(time.Duration(rand.IntN(150)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		io.Copy(io.Discard, ready)
		err = cmd.Wait()
		if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
			t.Fatalf("the writer ended by itself (%v): %s", err, out.String())
		}
	}
	c := openCache(t, Options{Dir: root})
	files, _ := filepath.Glob(filepath.Join(docs, "*.txt"))
	if len(files) < 5 {
		t.Fatalf("the writers wrote %d files", len(files))
	}
	checked := 0
	for _, p := range files {
		e, err := c.Get(p)
		if err != nil {
			t.Fatal(err)
		}
		if e.File() == nil {
			checked++ // the entry came from the cache: the case under test
		}
		same(t, e, p)
		e.Release()
	}
	if checked == 0 {
		t.Error("no entry written by the killed writers was used")
	}
	// Every entry left on disk either reads as the parse of what its name
	// says or is refused.
	entries, _ := filepath.Glob(filepath.Join(c.dir, "e", "*", "*"))
	for _, p := range entries {
		b, _ := os.ReadFile(p)
		if filepath.Base(p)[0] == '.' {
			continue // a killed writer's temporary file, never read
		}
		if _, err := Read(b, ParserVersion); err != nil {
			t.Errorf("%s: a damaged entry under an entry's name: %v", p, err)
		}
	}
	t.Logf("%d files, %d from entries the killed writers left, %d entries", len(files), checked, len(entries))
}

// killLoop writes documents and their entries until killed: 20 files
// rewritten in turn with new content, each given an mtime of its own in
// the past so the stat index records it, the index saved every few.
func killLoop(arg string) {
	parts := filepath.SplitList(arg)
	root, docs := parts[0], parts[1]
	var k int
	fmt.Sscan(parts[2], &k)
	c, err := Open(Options{Dir: root})
	if err != nil {
		panic(err)
	}
	for i := 0; ; i++ {
		seed := int64(k*100000 + i)
		// Each writer starts on a file of its own: on a loaded machine one
		// is killed before its second file, and all wrote d00 alone.
		p := filepath.Join(docs, fmt.Sprintf("d%02d.txt", (k+i)%20))
		var b bytes.Buffer
		gen.Write(&b, int64(20000+rand.IntN(60000)), seed)
		os.WriteFile(p, b.Bytes(), 0o644)
		at := time.Unix(1_000_000_000+seed, 0)
		os.Chtimes(p, at, at)
		if e, err := c.Get(p); err == nil {
			e.Release()
		}
		if i == 0 {
			fmt.Println("ready")
		}
		if i%3 == 0 {
			c.Close()
		}
	}
}
