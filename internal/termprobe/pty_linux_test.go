package termprobe

import (
	"bytes"
	"errors"
	"os"
	"reflect"
	"strconv"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal: the terminal's side (master), where the
// test plays the terminal emulator, and the program's (slave), which Query
// asks, opened as /dev/tty is, with os.OpenFile.
func openPTY(t *testing.T) (master, slave *os.File) {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	t.Cleanup(func() { master.Close() })
	var n int
	err = control(master, func(fd int) error {
		if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
			return err
		}
		n, err = unix.IoctlGetInt(fd, unix.TIOCGPTN)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	slave, err = os.OpenFile("/dev/pts/"+strconv.Itoa(n), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { slave.Close() })
	return master, slave
}

// control runs f on f's descriptor without f.Fd(), which would make the
// file blocking.
func control(f *os.File, fn func(fd int) error) error {
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var ferr error
	if err := rc.Control(func(fd uintptr) { ferr = fn(int(fd)) }); err != nil {
		return err
	}
	return ferr
}

func termios(t *testing.T, f *os.File) unix.Termios {
	t.Helper()
	var tio *unix.Termios
	if err := control(f, func(fd int) (err error) { tio, err = unix.IoctlGetTermios(fd, unix.TCGETS); return }); err != nil {
		t.Fatal(err)
	}
	return *tio
}

// readUntil reads the terminal side until it has seen want, and returns
// all it read.
func readUntil(master *os.File, want string) (string, error) {
	var got []byte
	buf := make([]byte, 256)
	master.SetReadDeadline(time.Now().Add(5 * time.Second))
	for !bytes.Contains(got, []byte(want)) {
		n, err := master.Read(buf)
		got = append(got, buf[:n]...)
		if err != nil {
			return string(got), err
		}
	}
	return string(got), nil
}

// TestQueryPTY plays the terminal on a pseudo-terminal: Query writes the
// question, and gets the width from the answer however it comes, or 0
// after the timeout without one; the erase follows, the terminal's mode is
// as it was, and what was typed after the answer is still there to read.
func TestQueryPTY(t *testing.T) {
	// The timeout is waited out only where no answer comes; where one
	// does, a generous one: 300 ms ran out on a loaded machine before the
	// answer, sent in parts, was read.
	const waitNone, waitAnswer = 300 * time.Millisecond, time.Minute
	for _, tt := range []struct {
		name     string
		answer   []string // written in turn, a little apart
		want     int
		leftover string // still to be read from the terminal afterwards
	}{
		{"one column", []string{"\x1b[1;2R"}, 1, ""},
		{"two columns", []string{"\x1b[24;3R"}, 2, ""},
		{"split", []string{"\x1b[2", "4;", "3R"}, 2, ""},
		{"typed before", []string{"jj\x1b[A", "\x1b[5;2R"}, 1, ""},
		{"typed after", []string{"\x1b[5;3Rq"}, 2, "q"},
		{"an odd column", []string{"\x1b[5;7R"}, 0, ""},
		{"no answer", nil, 0, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			timeout := waitAnswer
			if tt.answer == nil {
				timeout = waitNone
			}
			master, slave := openPTY(t)
			before := termios(t, slave)
			done := make(chan error, 1)
			wrote := make(chan string, 1)
			go func() {
				got, err := readUntil(master, "\x1b[6n")
				wrote <- got
				if err != nil {
					done <- err
					return
				}
				for _, a := range tt.answer {
					if _, err := master.WriteString(a); err != nil {
						done <- err
						return
					}
					time.Sleep(10 * time.Millisecond)
				}
				done <- nil
			}()
			start := time.Now()
			answered := make(chan int, 1)
			go func() { answered <- Query(slave, timeout) }()
			var got int
			select {
			case got = <-answered:
			case <-time.After(timeout + 5*time.Second):
				t.Fatalf("Query still waiting %v after its timeout (%v): the read deadline does not work", 5*time.Second, timeout)
			}
			took := time.Since(start)
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			if q := <-wrote; q != Request {
				t.Errorf("the question: %q, want %q", q, Request)
			}
			if got != tt.want {
				t.Errorf("Query = %d, want %d", got, tt.want)
			}
			if tt.answer == nil && took < timeout {
				t.Errorf("no answer: Query took %v, timeout %v", took, timeout)
			}
			if tt.answer != nil && tt.want != 0 && took > timeout {
				t.Errorf("Query took %v, beyond its timeout %v, for an answer it got", took, timeout)
			}
			if erase, err := readUntil(master, Erase); err != nil || erase != Erase {
				t.Errorf("after the question: %q, %v; want %q", erase, err, Erase)
			}
			if after := termios(t, slave); !reflect.DeepEqual(after, before) {
				t.Errorf("terminal mode not restored:\n%+v\nwant\n%+v", after, before)
			}
			// What was typed after the answer is the next reader's. The
			// terminal is back in canonical mode: a newline delivers it.
			master.WriteString("\n")
			slave.SetReadDeadline(time.Now().Add(time.Second))
			var rest []byte
			buf := make([]byte, 64)
			for !bytes.HasSuffix(rest, []byte("\n")) {
				n, err := slave.Read(buf)
				rest = append(rest, buf[:n]...)
				if err != nil {
					if !errors.Is(err, os.ErrDeadlineExceeded) {
						t.Fatal(err)
					}
					break
				}
			}
			if string(rest) != tt.leftover+"\n" {
				t.Errorf("left in the terminal: %q, want %q", rest, tt.leftover+"\n")
			}
		})
	}
}

// TestQueryNotTerminal: a file that is no terminal gets no question.
func TestQueryNotTerminal(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "x")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := Query(f, time.Second); got != 0 {
		t.Errorf("Query on a regular file = %d", got)
	}
	if st, _ := f.Stat(); st.Size() != 0 {
		t.Errorf("Query wrote %d bytes to a regular file", st.Size())
	}
}

// TestQueryKeysWaiting: keys typed before the question (a user typing
// ahead while the document loads) would come before the answer and be
// read with it. Query asks nothing then, and the keys stay, in order, for
// the reader.
func TestQueryKeysWaiting(t *testing.T) {
	master, slave := openPTY(t)
	// Typed without Enter: in the canonical mode's unfinished line.
	if _, err := master.WriteString("G5j"); err != nil {
		t.Fatal(err)
	}
	// Into the line discipline, which takes them on the side (a kernel
	// worker): its echo says they are there, where a sleep guessed.
	if got, err := readUntil(master, "G5j"); err != nil {
		t.Fatalf("no echo of the keys: %q, %v", got, err)
	}
	if got := Query(slave, 300*time.Millisecond); got != 0 {
		t.Errorf("Query with keys waiting = %d, want 0", got)
	}
	master.SetReadDeadline(time.Now().Add(100 * time.Millisecond))
	buf := make([]byte, 64)
	n, _ := master.Read(buf)
	if q := string(buf[:n]); bytes.Contains(buf[:n], []byte("\x1b[6n")) {
		t.Errorf("Query asked with keys waiting: %q", q)
	}
	master.WriteString("\n")
	slave.SetReadDeadline(time.Now().Add(time.Second))
	var rest []byte
	for !bytes.HasSuffix(rest, []byte("\n")) {
		n, err := slave.Read(buf)
		rest = append(rest, buf[:n]...)
		if err != nil {
			break
		}
	}
	if string(rest) != "G5j\n" {
		t.Errorf("left in the terminal: %q, want %q", rest, "G5j\n")
	}
}
