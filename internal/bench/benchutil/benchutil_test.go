package benchutil

import (
	"os"
	"path/filepath"
	"testing"
)

// TestMaxRSS reads the peak from a report as /usr/bin/time -v writes it;
// a report without the line (time still writing it) gives 0, a missing
// one an error.
func TestMaxRSS(t *testing.T) {
	dir := t.TempDir()
	report := filepath.Join(dir, "time.txt")
	os.WriteFile(report, []byte("\tCommand being timed: \"wenji x.txt\"\n"+
		"\tMaximum resident set size (kbytes): 158204\n\tExit status: 0\n"), 0o600)
	if kb, err := MaxRSS(report); kb != 158204 || err != nil {
		t.Errorf("MaxRSS = %d, %v; want 158204", kb, err)
	}
	os.WriteFile(report, []byte("\tCommand being timed: \"wenji x.txt\"\n"), 0o600)
	if kb, err := MaxRSS(report); kb != 0 || err != nil {
		t.Errorf("without the line: %d, %v; want 0", kb, err)
	}
	if _, err := MaxRSS(filepath.Join(dir, "none")); err == nil {
		t.Error("a missing report gave no error")
	}
}
