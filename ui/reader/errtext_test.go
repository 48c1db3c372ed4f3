package reader

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
	"testing"
)

// TestErrText: an error about a file loses the file's path and keeps its
// cause and what wraps it; a joined error is one line.
func TestErrText(t *testing.T) {
	denied := &fs.PathError{Op: "open", Path: "/home/someone/.local/share/wenji/.basket-1.json", Err: syscall.EACCES}
	for _, tc := range []struct {
		err  error
		want string
	}{
		{nil, ""},
		{errors.New("disk gone"), "disk gone"},
		{denied, "permission denied"},
		{fmt.Errorf("saving the basket: %w", denied), "saving the basket: permission denied"},
		{&os.LinkError{Op: "rename", Old: "/a/basket.json", New: "/a/basket.json.bak", Err: syscall.EXDEV}, "invalid cross-device link"},
		{errors.Join(errors.New("exit status 1"), denied, &fs.PathError{Op: "write", Path: "/x", Err: syscall.EACCES}), "exit status 1; permission denied"},
	} {
		if got := ErrText(tc.err); got != tc.want {
			t.Errorf("ErrText(%v) = %q, want %q", tc.err, got, tc.want)
		}
	}
}
