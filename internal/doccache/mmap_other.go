//go:build !unix

package doccache

import (
	"os"
	"time"
)

// mapFile reads the file at p where there is no mmap.
func mapFile(p string) ([]byte, func(), time.Time, error) {
	st, err := os.Stat(p)
	if err != nil {
		return nil, nil, time.Time{}, err
	}
	if !st.Mode().IsRegular() {
		return nil, nil, time.Time{}, errNotRegular
	}
	b, err := os.ReadFile(p)
	return b, func() {}, st.ModTime(), err
}
