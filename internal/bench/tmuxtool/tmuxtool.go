// Package tmuxtool is what wenji's measuring commands (internal/bench/firstpage,
// internal/bench/peakrss, internal/bench/libtime) share: building the binaries under
// test, driving a program in a tmux pane of its own, and giving up with one
// line on the first error.
package tmuxtool

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// Run runs a command, its output shown only when it fails.
func Run(name string, args ...string) error {
	out, err := exec.Command(name, args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s %v: %v\n%s", name, args, err, out)
	}
	return nil
}

// Check ends the program with err, naming prog, when err is not nil.
func Check(prog string, err error) {
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", prog, err)
		os.Exit(1)
	}
}

// Build builds the package pkg (".", "./internal/bench/floor") into dir as name
// and returns the binary's path.
func Build(dir, name, pkg string) (string, error) {
	bin := dir + string(os.PathSeparator) + name
	return bin, Run("go", "build", "-o", bin, pkg)
}

// Pane is a program running in a tmux server of its own.
type Pane struct {
	sock string
	runs string // where the program's end is recorded (see Wrap)
}

// Start starts argv in a new w×h pane, with LANG=C.UTF-8,
// TERM=xterm-256color and env (KEY=value words) in its environment.
func Start(w, h int, env []string, argv ...string) (*Pane, error) {
	runs, err := os.MkdirTemp("", "wenji-tool-runs")
	if err != nil {
		return nil, err
	}
	p := &Pane{sock: fmt.Sprintf("wenji-tool-%d-%d", os.Getpid(), time.Now().UnixNano()), runs: runs}
	// The program runs under a shell that records its end as a Wrap
	// script does, so that Exit and Kill can wait for it. That shell
	// outlives a hang-up, so it is not the session leader: the leader's
	// end is what hangs up on the program when the server is killed.
	const record = `trap : HUP; echo running > "$0/run-$$"; "$@"; echo $? > "$0/run-$$"`
	args := []string{"-f", "/dev/null", "new-session", "-d", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h),
		"env", "LANG=C.UTF-8", "TERM=xterm-256color"}
	args = append(append(args, env...), "sh", "-c", `sh -c '`+record+`' "$@"; exit $?`, "sh", runs)
	args = append(args, argv...)
	if err := Run("tmux", append([]string{"-L", p.sock}, args...)...); err != nil {
		os.RemoveAll(runs)
		return nil, err
	}
	return p, nil
}

// Exit waits up to timeout for the pane's program to end and returns its
// exit status.
func (p *Pane) Exit(timeout time.Duration) (int, error) {
	// The pane's shell may not have recorded the program yet on a busy
	// machine: wait for it to start before waiting for it to end.
	start := time.Now()
	for {
		st, running, err := Runs(p.runs)
		if err != nil {
			return -1, err
		}
		if len(st)+running > 0 || time.Since(start) > timeout {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	st, err := WaitRuns(p.runs, max(0, timeout-time.Since(start)))
	if err != nil {
		return -1, err
	}
	if len(st) != 1 {
		return -1, fmt.Errorf("the program did not start")
	}
	return st[0], nil
}

// Tmux runs a tmux command on the pane's server and returns its output.
func (p *Pane) Tmux(args ...string) (string, error) {
	out, err := exec.Command("tmux", append([]string{"-L", p.sock}, args...)...).Output()
	return string(out), err
}

// Screen is the pane's text as capture-pane gives it ("" on an error).
func (p *Pane) Screen() string {
	s, _ := p.Tmux("capture-pane", "-p")
	return s
}

// Keys sends tmux key names (Enter, Space, q…).
func (p *Pane) Keys(keys ...string) error {
	_, err := p.Tmux(append([]string{"send-keys"}, keys...)...)
	return err
}

// Type sends text literally.
func (p *Pane) Type(text string) error {
	_, err := p.Tmux("send-keys", "-l", text)
	return err
}

// Wait polls the screen every every until ok says yes and returns that
// screen and how long it took, or fails naming what after timeout.
func (p *Pane) Wait(what string, every, timeout time.Duration, ok func(screen string) bool) (string, time.Duration, error) {
	start := time.Now()
	for {
		s := p.Screen()
		if ok(s) {
			return s, time.Since(start), nil
		}
		if time.Since(start) > timeout {
			return s, 0, fmt.Errorf("timed out waiting for %s; screen:\n%s", what, s)
		}
		time.Sleep(every)
	}
}

// LastLine is the screen's last non-empty line, trimmed.
func LastLine(screen string) string {
	lines := strings.Split(strings.TrimRight(screen, "\n"), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

// Kill stops the pane's tmux server and its program, and waits (10 s at
// most) for the program to end: it may still be writing files its caller
// is about to remove.
func (p *Pane) Kill() {
	exec.Command("tmux", "-L", p.sock, "kill-server").Run()
	WaitRuns(p.runs, 10*time.Second)
	os.RemoveAll(p.runs)
}

// RunsEnv names the environment variable that points a wrapper written by
// Wrap at the directory it records its runs in.
const RunsEnv = "WENJI_TEST_RUNS"

// Wrap writes an executable script at path that runs bin with its
// arguments. When $WENJI_TEST_RUNS names a directory, each run is recorded
// there, in a file of its own holding "running" until the program ends and
// its exit status after, so a test can wait for the program to end (and
// for the state it writes as it quits) before its temporary directories
// go. The script waits out a hang-up (tmux kill-server) so that the status
// of a program ended that way is recorded too; the program itself gets the
// hang-up as usual (a shell resets caught signals in its children).
func Wrap(path, bin string) error {
	q := "'" + strings.ReplaceAll(bin, "'", `'\''`) + "'"
	script := `#!/bin/sh
[ -n "$` + RunsEnv + `" ] || exec ` + q + ` "$@"
f="$` + RunsEnv + `/run-$$"
trap : HUP
echo running > "$f"
` + q + ` "$@"
s=$?
echo "$s" > "$f"
exit "$s"
`
	return os.WriteFile(path, []byte(script), 0o755)
}

// Runs reads the runs recorded in dir by a Wrap script: the exit statuses
// of those that ended, in no order, and how many still run.
func Runs(dir string) (statuses []int, running int, err error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, 0, err
	}
	for _, e := range ents {
		if !strings.HasPrefix(e.Name(), "run-") {
			continue
		}
		b, err := os.ReadFile(dir + string(os.PathSeparator) + e.Name())
		if err != nil {
			return nil, 0, err
		}
		var s int
		if _, err := fmt.Sscan(string(b), &s); err != nil {
			running++ // "running", or the status half written (no mv: PATH may be empty)
			continue
		}
		statuses = append(statuses, s)
	}
	return statuses, running, nil
}

// WaitRuns polls dir until no run recorded there is running and returns
// the runs' statuses, or fails after timeout.
func WaitRuns(dir string, timeout time.Duration) ([]int, error) {
	start := time.Now()
	for {
		st, running, err := Runs(dir)
		if err != nil {
			return nil, err
		}
		if running == 0 {
			return st, nil
		}
		if time.Since(start) > timeout {
			return st, fmt.Errorf("%d run(s) still running after %v", running, timeout)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
