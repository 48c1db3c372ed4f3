package tmuxtool

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestLastLine(t *testing.T) {
	for in, want := range map[string]string{"a\nb  \n\n": "b", "one": "one", "": ""} {
		if got := LastLine(in); got != want {
			t.Errorf("LastLine(%q) = %q, want %q", in, got, want)
		}
	}
}

// A program in a pane: its screen is read, keys reach it, Wait times out
// with the screen in its error.
func TestPane(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed (.ci/run installs it)")
	}
	p, err := Start(40, 5, []string{"GREETING=hello"}, "sh", "-c", `echo "$GREETING $LANG"; read x; echo "got $x"; sleep 5`)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Kill()
	if _, _, err := p.Wait("the greeting", 5*time.Millisecond, 5*time.Second, func(s string) bool { return strings.Contains(s, "hello C.UTF-8") }); err != nil {
		t.Fatal(err)
	}
	if err := p.Type("调查"); err != nil {
		t.Fatal(err)
	}
	if err := p.Keys("Enter"); err != nil {
		t.Fatal(err)
	}
	if _, _, err := p.Wait("the answer", 5*time.Millisecond, 5*time.Second, func(s string) bool { return strings.Contains(s, "got 调查") }); err != nil {
		t.Fatal(err)
	}
	if _, _, err := p.Wait("nothing", time.Millisecond, 20*time.Millisecond, func(string) bool { return false }); err == nil || !strings.Contains(err.Error(), "got 调查") {
		t.Errorf("a timeout's error does not show the screen: %v", err)
	}
	if _, err := p.Exit(20 * time.Millisecond); err == nil {
		t.Error("Exit did not wait for the running program")
	}

	q, err := Start(40, 5, nil, "sh", "-c", "read x; exit 7")
	if err != nil {
		t.Fatal(err)
	}
	defer q.Kill()
	time.Sleep(50 * time.Millisecond)
	q.Keys("Enter")
	if st, err := q.Exit(5 * time.Second); err != nil || st != 7 {
		t.Errorf("exit status %d, %v; want 7", st, err)
	}
}

// A wrapped program's runs are recorded with their statuses, also one
// ended by a hang-up to its whole process group (the wrapper outlives it
// and records it); without the variable the wrapper only runs the program.
func TestWrap(t *testing.T) {
	dir := t.TempDir()
	w := filepath.Join(dir, "it's wrapped")
	if err := Wrap(w, "/bin/sh"); err != nil {
		t.Fatal(err)
	}
	runs := filepath.Join(dir, "runs")
	os.Mkdir(runs, 0o755)
	cmd := exec.Command(w, "-c", "exit 3")
	cmd.Env = append(os.Environ(), RunsEnv+"="+runs)
	if err := cmd.Run(); cmd.ProcessState.ExitCode() != 3 {
		t.Fatalf("exit: %v", err)
	}
	if st, err := WaitRuns(runs, time.Second); err != nil || len(st) != 1 || st[0] != 3 {
		t.Fatalf("runs %v, %v", st, err)
	}

	// The shell says when it runs, so that the hang-up reaches it and not
	// only the wrapper, which ignores it (on a busy machine the wrapper
	// is recorded as running well before its child has started).
	up := filepath.Join(dir, "up")
	hup := exec.Command(w, "-c", `echo up > "$0"; sleep 20`, up)
	hup.Env = cmd.Env
	hup.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := hup.Start(); err != nil {
		t.Fatal(err)
	}
	defer hup.Process.Kill()
	for {
		if _, running, _ := Runs(runs); running == 1 {
			if _, err := os.Stat(up); err == nil {
				break
			}
		}
		time.Sleep(5 * time.Millisecond)
	}
	if _, err := WaitRuns(runs, 50*time.Millisecond); err == nil {
		t.Error("a running program counted as ended")
	}
	syscall.Kill(-hup.Process.Pid, syscall.SIGHUP)
	st, err := WaitRuns(runs, 5*time.Second)
	if err != nil || len(st) != 2 || st[0]+st[1] != 3+128+int(syscall.SIGHUP) {
		t.Errorf("after a hang-up: runs %v, %v", st, err)
	}
	hup.Wait()

	plain := exec.Command(w, "-c", "exit 4")
	plain.Env = append(os.Environ(), RunsEnv+"=")
	if plain.Run(); plain.ProcessState.ExitCode() != 4 {
		t.Error("without the variable the status is lost")
	}
}

// TestWatcher: the control-mode client reads the pane's screen as
// capture-pane does, command after command, whatever the pane prints.
func TestWatcher(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("no tmux")
	}
	p, err := Start(40, 10, nil, "sh", "-c", "printf '%%begin 1 2 1\\nfirst\\n'; sleep 0.3; echo second; sleep 30")
	if err != nil {
		t.Fatal(err)
	}
	defer p.Kill()
	w, err := p.Watch()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	s, _, err := w.Wait("first", 5*time.Millisecond, 10*time.Second, func(s string) bool { return strings.Contains(s, "first") })
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(s, "second") || !strings.Contains(s, "%begin 1 2 1") {
		t.Errorf("first screen %q", s)
	}
	if _, _, err := w.Wait("second", 5*time.Millisecond, 10*time.Second, func(s string) bool { return strings.Contains(s, "second") }); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Count(s, "\n"), 10; got != want {
		t.Errorf("%d rows, want %d", got, want)
	}
}
