//go:build unix

package basket

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// childEnv makes the test binary, run again by TestKill9, a writer that
// adds and saves in a loop until it is killed.
const childEnv = "WENJI_BASKET_CHILD"

func TestMain(m *testing.M) {
	if path := os.Getenv(childEnv); path != "" {
		writer(path)
		return
	}
	os.Exit(m.Run())
}

// writer adds an excerpt of some size and saves, forever; every few
// rounds it also removes or moves one, so deletes and reorders are
// written too.
func writer(path string) {
	text := strings.Repeat("经验做法汇编正文。", 2000)
	for i := 0; ; i++ {
		b, err := Open(path)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		b.Add(Excerpt{Kind: KindParagraphs, Text: text[:len(text)-i%50*3]})
		if l := b.List(); len(l) > 20 {
			b.Remove(l[0].ID)
			b.Move(l[len(l)-1].ID, -3)
		}
		if err := b.Save(); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		if i == 0 {
			fmt.Println("saved") // the parent kills from now on
		}
	}
}

// TestKill9: a writer killed with SIGKILL at random moments, up to 50 times,
// never leaves a damaged or empty basket: each kill finds the file whole,
// with at least what was saved before the writer started.
func TestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "basket.json")
	first := open(t, path)
	first.Add(Excerpt{Text: "first"})
	save(t, first)
	changed, kills := 0, 0
	before, _ := os.ReadFile(path)
	// 50 kills, or as many as a minute allows past the tenth: under the
	// race detector on a loaded machine each writer takes seconds to start
	// and 50 ran past the package's time limit.
	budget := time.Now().Add(time.Minute)
	for i := range 50 {
		if i >= 10 && time.Now().After(budget) {
			break
		}
		kills++
		cmd := exec.Command(exe, "-test.run=^$")
		cmd.Env = append(os.Environ(), childEnv+"="+path)
		var stderr strings.Builder
		cmd.Stderr = &stderr
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Wait for the first save, then kill at a random moment of the
		// saves that follow (most of a writer's time is spent saving).
		bufio.NewReader(out).ReadString('\n')
		time.Sleep(time.Duration(rand.IntN(40)) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		if stderr.Len() > 0 {
			t.Fatalf("kill %d: the writer failed: %s", i, stderr.String())
		}
		b, err := Open(path)
		if err != nil {
			t.Fatalf("kill %d: %v", i, err)
		}
		if b.Len() == 0 {
			t.Fatalf("kill %d: the basket is empty", i)
		}
		if now, _ := os.ReadFile(path); string(now) != string(before) {
			changed++
			before = now
		}
	}
	if changed < kills {
		t.Errorf("only %d of %d kills came after a save", changed, kills)
	}
	// A temporary file left behind is a kill in the middle of a write
	// (later saves sweep them once they are a minute old).
	temps, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".basket.json.tmp-*"))
	t.Logf("%d of %d kills after a save, %d in the middle of writing a file (its temporary file left); %d excerpts at the end",
		changed, kills, len(temps), open(t, path).Len())
}
