package app

import "testing"

// A document without a title read from standard input is called so in
// the language of the run, whether named - or /dev/stdin (it was stdin).
func TestDocNameStdin(t *testing.T) {
	for _, tc := range []struct{ name, lang, want string }{
		{"-", "zh", "标准输入"}, {"/dev/stdin", "zh", "标准输入"}, {"/proc/self/fd/0", "zh", "标准输入"},
		{"/dev/stdin", "en", "stdin"}, {"dir/报告.txt", "zh", "报告.txt"},
	} {
		if got := docName(tc.name, tc.lang); got != tc.want {
			t.Errorf("docName(%q, %s) = %q, want %q", tc.name, tc.lang, got, tc.want)
		}
	}
}
