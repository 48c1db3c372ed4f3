package reader

import (
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"
	"syscall"

	"wenji/internal/state"
	wtext "wenji/internal/text"
)

// ErrTextIn is ErrText in the interface's language: under "zh" the causes
// the file system gives every day (no permission, a full disk, a
// read-only file system…) are said in Chinese, as the rest of the line is;
// other causes are ErrText's, in Go's English.
func ErrTextIn(lang string, err error) string {
	s := ErrText(err)
	if lang == "zh" && errors.Is(err, state.ErrNotRegular) {
		return strings.ReplaceAll(s, state.ErrNotRegular.Error(), wtext.ZhNotRegular)
	}
	var errno syscall.Errno
	if lang != "zh" || !errors.As(err, &errno) {
		return s
	}
	if words, ok := wtext.ZhErrnos[errno]; ok {
		return strings.ReplaceAll(s, errno.Error(), words)
	}
	return s
}

// ErrText is err as a status bar says it, on one line: an error about a
// file gives its cause without the file's path (the message names the
// file already, or it is a temporary file of the save), since a path
// from the root pushes the cause out of an 80-column bar; a joined
// error's parts are separated by "; ".
func ErrText(err error) string {
	if err == nil {
		return ""
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var parts []string
		for _, e := range j.Unwrap() {
			if s := ErrText(e); s != "" && !slices.Contains(parts, s) {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, "; ")
	}
	s := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) && pe.Err != nil {
		s = strings.Replace(s, pe.Error(), pe.Err.Error(), 1)
	}
	var le *os.LinkError
	if errors.As(err, &le) && le.Err != nil {
		s = strings.Replace(s, le.Error(), le.Err.Error(), 1)
	}
	return s
}

// ErrLineIn is err as a line on stderr says it in lang, the paths kept
// (a command line's error names where it failed): Go's text in English;
// under "zh" the causes the file system gives every day are said in
// Chinese (wtext.ZhErrnos) and an operation's name is left out before
// the path it names, so that 无法读取素材篮：open /x/basket.json: not a
// directory reads 无法读取素材篮：/x/basket.json：不是目录, one language a line.
func ErrLineIn(lang string, err error) string {
	if err == nil {
		return ""
	}
	if lang != "zh" {
		return err.Error()
	}
	return errLineZh(err)
}

// errLineZh is ErrLineIn under "zh".
func errLineZh(err error) string {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var parts []string
		for _, e := range j.Unwrap() {
			if s := errLineZh(e); s != "" && !slices.Contains(parts, s) {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, "; ")
	}
	s := err.Error()
	var pe *fs.PathError
	var le *os.LinkError
	var se *os.SyscallError
	var errno syscall.Errno
	switch {
	case errors.As(err, &pe) && pe.Err != nil:
		return strings.Replace(s, pe.Error(), pe.Path+"："+errLineZh(pe.Err), 1)
	case errors.As(err, &le) && le.Err != nil:
		return strings.Replace(s, le.Error(), le.Old+" → "+le.New+"："+errLineZh(le.Err), 1)
	case errors.As(err, &se) && se.Err != nil:
		return strings.Replace(s, se.Error(), errLineZh(se.Err), 1)
	case errors.Is(err, state.ErrNotRegular):
		return strings.Replace(s, state.ErrNotRegular.Error(), wtext.ZhNotRegular, 1)
	case errors.As(err, &errno):
		if words, ok := wtext.ZhErrnos[errno]; ok {
			return strings.Replace(s, errno.Error(), words, 1)
		}
	}
	return s
}
