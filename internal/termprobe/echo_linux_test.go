package termprobe

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// wenjiOnPTY builds wenji and starts it with a pseudo-terminal as its
// controlling terminal, standard input, output and error, as a shell in
// a terminal window runs it. It returns the terminal's side.
func wenjiOnPTY(t *testing.T, args ...string) (master, slave *os.File, cmd *exec.Cmd) {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: builds wenji")
	}
	bin := filepath.Join(t.TempDir(), "wenji")
	if out, err := exec.Command("go", "build", "-o", bin, "wenji").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	master, slave = openPTY(t)
	control(slave, func(fd int) error {
		return unix.IoctlSetWinsize(fd, unix.TIOCSWINSZ, &unix.Winsize{Row: 24, Col: 80})
	})
	cmd = exec.Command(bin, args...)
	cmd.Env = []string{"TERM=xterm-256color", "LANG=C.UTF-8", "HOME=" + t.TempDir(), "XDG_STATE_HOME=" + t.TempDir(),
		"XDG_CACHE_HOME=" + t.TempDir(), "PATH=" + os.Getenv("PATH")}
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Bubble Tea's init asks for the background colour (OSC 11) with a
	// cursor report as its sentinel, before main: answer as a terminal
	// without OSC 11 does, with the report alone, at once. (termenv waits
	// up to 5 s for it and reads it, so this one never leaks.)
	if got, err := readUntil(master, "\x1b]11;?\x1b\\\x1b[6n"); err != nil {
		t.Fatalf("no background query: %q, %v", got, err)
	}
	master.WriteString("\x1b[1;1R")
	return master, slave, cmd
}

// drain reads the terminal's side until wenji has ended and returns all
// it wrote.
func drain(t *testing.T, master *os.File, cmd *exec.Cmd) string {
	t.Helper()
	ended := make(chan error, 1)
	go func() { ended <- cmd.Wait() }()
	var got []byte
	buf := make([]byte, 4096)
	for {
		master.SetReadDeadline(time.Now().Add(100 * time.Millisecond))
		n, _ := master.Read(buf)
		got = append(got, buf[:n]...)
		select {
		case <-ended:
			master.SetReadDeadline(time.Now().Add(100 * time.Millisecond))
			n, _ := master.Read(buf)
			return string(append(got, buf[:n]...))
		default:
		}
		if len(got) > 1<<20 {
			t.Fatal("wenji keeps writing")
		}
	}
}

// pending is how many bytes wait in the terminal's input for whoever
// reads it next: after wenji, the shell.
func pending(t *testing.T, slave *os.File) int {
	var n int
	control(slave, func(fd int) (err error) { n, err = unix.IoctlGetInt(fd, unix.TIOCINQ); return })
	return n
}

// TestNoProbeBeforeAnErrorPTY: wenji on a file it cannot open ends with
// its error without asking the terminal anything: the answer to a
// question asked before the error (late, under load) came after wenji had
// ended and was echoed into the shell as ^[[1;2R.
func TestNoProbeBeforeAnErrorPTY(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "missing.txt")
	for _, args := range [][]string{{missing}, {missing + "/"}, {"--lang", "en", "--print", "abc", missing}} {
		master, slave, cmd := wenjiOnPTY(t, args...)
		out := drain(t, master, cmd)
		if strings.Contains(out, Request) {
			t.Errorf("wenji %v asked the terminal before failing: %q", args, out)
		}
		if cmd.ProcessState.ExitCode() == 0 || !strings.Contains(out, "missing.txt") && !strings.Contains(out, "abc") {
			t.Errorf("wenji %v: exit %d, %q", args, cmd.ProcessState.ExitCode(), out)
		}
		if n := pending(t, slave); n != 0 {
			t.Errorf("wenji %v left %d bytes for the shell", args, n)
		}
	}
}

// TestLateAnswerPTY: the answer comes after the probe's timeout; wenji
// asked only with the document open, right before the reader takes the
// terminal, so the reader reads the late answer, and after q nothing is
// left for the shell and nothing was echoed.
func TestLateAnswerPTY(t *testing.T) {
	doc := filepath.Join(t.TempDir(), "doc.txt")
	os.WriteFile(doc, []byte("标题\n\n一、做法\n正文。\n"), 0o644)
	master, slave, cmd := wenjiOnPTY(t, doc)
	asked, err := readUntil(master, Request)
	if err != nil {
		t.Fatalf("no question: %q, %v", asked, err)
	}
	time.Sleep(Timeout + 300*time.Millisecond) // a loaded machine's terminal
	master.WriteString("\x1b[1;2R")
	time.Sleep(300 * time.Millisecond)
	master.WriteString("q")
	out := drain(t, master, cmd)
	if code := cmd.ProcessState.ExitCode(); code != 0 {
		t.Errorf("exit %d: %q", code, out)
	}
	if strings.Contains(out, "^[[1;2R") || bytes.Contains([]byte(out), []byte("1;2R")) {
		t.Errorf("the late answer was echoed: %q", out)
	}
	if n := pending(t, slave); n != 0 {
		t.Errorf("%d bytes left for the shell", n)
	}
}
