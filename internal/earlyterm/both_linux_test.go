package earlyterm

import (
	"bytes"
	"os"
	"strconv"
	"testing"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal: the emulator's side (master) and the
// program's (slave). Its descriptors are blocking, as standard output's.
func openPTY(t *testing.T) (master *os.File, slave int) {
	t.Helper()
	master, err := os.OpenFile("/dev/ptmx", os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	t.Cleanup(func() { master.Close() })
	rc, _ := master.SyscallConn()
	var n int
	rc.Control(func(fd uintptr) {
		if err = unix.IoctlSetPointerInt(int(fd), unix.TIOCSPTLCK, 0); err == nil {
			n, err = unix.IoctlGetInt(int(fd), unix.TIOCGPTN)
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	slave, err = unix.Open("/dev/pts/"+strconv.Itoa(n), unix.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { unix.Close(slave) })
	tio, err := unix.IoctlGetTermios(slave, unix.TCGETS)
	if err != nil {
		t.Fatal(err)
	}
	tio.Lflag &^= unix.ICANON | unix.ECHO // raw enough: answers byte by byte, no echo
	tio.Oflag &^= unix.OPOST
	if err := unix.IoctlSetTermios(slave, unix.TCSETS, tio); err != nil {
		t.Fatal(err)
	}
	return master, slave
}

// TestExchange plays the terminal: the program asks both questions in one
// write, reads the colour's answer and the cursor report, erases and
// leaves the keys typed after the report for the reader; with no answer
// it gives up at its timeout.
func TestExchange(t *testing.T) {
	master, slave := openPTY(t)
	got := make(chan []byte, 1)
	go func() {
		buf := make([]byte, 256)
		n, _ := master.Read(buf)
		got <- buf[:n]
		master.WriteString("\x1b]11;rgb:ffff/ffff/ffff\x1b\\\x1b[1;3RGG")
	}()
	b, col, asked := exchange(slave, time.Minute) // answered at once: the limit is for a loaded machine
	if q := <-got; string(q) != Question {
		t.Errorf("the terminal was asked %q, want %q", q, Question)
	}
	if !asked || col != 3 || Width(col) != 2 {
		t.Errorf("column %d (width %d), want 3 (2)", col, Width(col))
	}
	if dark, ok := background(b); dark || !ok {
		t.Errorf("background of %q: dark %v ok %v, want a light one", b, dark, ok)
	}
	erase := make([]byte, 64)
	n, _ := master.Read(erase)
	if !bytes.Equal(erase[:n], []byte(Erase)) {
		t.Errorf("after the answer it wrote %q, want %q", erase[:n], Erase)
	}
	keys := make([]byte, 8)
	if n, _ := unix.Read(slave, keys); string(keys[:n]) != "GG" {
		t.Errorf("keys after the report: %q left, want \"GG\"", keys[:n])
	}

	// A terminal that does not answer.
	start := time.Now()
	go func() { master.Read(make([]byte, 256)) }()
	if _, col, asked := exchange(slave, 50*time.Millisecond); col != 0 || !asked {
		t.Errorf("no answer gave column %d (asked %v)", col, asked)
	}
	if d := time.Since(start); d > 30*time.Second {
		t.Errorf("gave up after %v", d)
	}
}
