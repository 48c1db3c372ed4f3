package reader

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"syscall"
	"testing"

	"wenji/internal/state"
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

// TestErrTextIn: under a Chinese interface, the causes the file system
// gives every day are said in Chinese, as the rest of the line is
// (素材篮保存失败：permission denied, 没有写出 .docx：no space left on
// device); other causes, and English, are ErrText's.
func TestErrTextIn(t *testing.T) {
	denied := &fs.PathError{Op: "open", Path: "/home/someone/.local/share/wenji/.basket-1.json", Err: syscall.EACCES}
	for _, tc := range []struct {
		lang string
		err  error
		want string
	}{
		{"zh", denied, "没有权限"},
		{"zh", &fs.PathError{Op: "write", Path: "/x", Err: syscall.ENOSPC}, "磁盘空间不足"},
		{"zh", &fs.PathError{Op: "open", Path: "/x", Err: syscall.EROFS}, "文件系统只读"},
		{"zh", &fs.PathError{Op: "mkdir", Path: "/x", Err: syscall.EPERM}, "没有权限"},
		{"zh", fmt.Errorf("saving the basket: %w", denied), "saving the basket: 没有权限"},
		{"zh", errors.New("disk gone"), "disk gone"},
		{"zh", &fs.PathError{Op: "open", Path: "/s/k.json", Err: state.ErrNotRegular}, "不是普通文件"},
		{"zh", &os.LinkError{Op: "rename", Old: "/a", New: "/b", Err: syscall.EXDEV}, "invalid cross-device link"},
		{"en", denied, "permission denied"},
		{"zh", nil, ""},
	} {
		if got := ErrTextIn(tc.lang, tc.err); got != tc.want {
			t.Errorf("ErrTextIn(%s, %v) = %q, want %q", tc.lang, tc.err, got, tc.want)
		}
	}
}

// TestErrLineIn: a line on stderr keeps the paths it names; under a
// Chinese interface the causes are Chinese and the operation's name
// (open, mkdir) goes, so the line is one language (it said 无法读取素材篮：
// open /x/basket.json: not a directory); English is Go's text.
func TestErrLineIn(t *testing.T) {
	notDir := &fs.PathError{Op: "open", Path: "/x/wenji/basket.json", Err: syscall.ENOTDIR}
	for _, tc := range []struct {
		lang string
		err  error
		want string
	}{
		{"zh", notDir, "/x/wenji/basket.json：不是文件夹"},
		{"zh", &fs.PathError{Op: "mkdir", Path: "/ro/wenji", Err: syscall.EROFS}, "/ro/wenji：文件系统只读"},
		{"zh", syscall.ENOSPC, "磁盘空间不足"},
		{"zh", fmt.Errorf("lock: %w", &fs.PathError{Op: "open", Path: "/s/.lock", Err: syscall.EACCES}), "lock: /s/.lock：没有权限"},
		{"zh", &os.LinkError{Op: "rename", Old: "/a", New: "/b", Err: syscall.EACCES}, "/a → /b：没有权限"},
		{"zh", &os.SyscallError{Syscall: "fsync", Err: syscall.EIO}, "读写出错"},
		{"zh", errors.Join(notDir, syscall.ENOSPC), "/x/wenji/basket.json：不是文件夹; 磁盘空间不足"},
		{"zh", &fs.PathError{Op: "open", Path: "/x", Err: syscall.EXDEV}, "/x：invalid cross-device link"},
		{"zh", errors.New("disk gone"), "disk gone"},
		{"zh", &fs.PathError{Op: "open", Path: "/s/k.json", Err: state.ErrNotRegular}, "/s/k.json：不是普通文件"},
		{"en", &fs.PathError{Op: "open", Path: "/s/k.json", Err: state.ErrNotRegular}, "open /s/k.json: not a regular file"},
		{"en", notDir, "open /x/wenji/basket.json: not a directory"},
		{"zh", nil, ""},
	} {
		if got := ErrLineIn(tc.lang, tc.err); got != tc.want {
			t.Errorf("ErrLineIn(%s, %v) = %q, want %q", tc.lang, tc.err, got, tc.want)
		}
	}
}
