package reader

import (
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"
)

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
