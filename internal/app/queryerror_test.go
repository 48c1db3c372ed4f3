package app

import (
	"strings"
	"testing"

	"wenji/model/search"
)

// A bad regular expression is said once, in the words the reader's prompt
// uses: not "bad regular expression: error parsing regexp: missing…".
func TestQueryErrorWording(t *testing.T) {
	_, err := search.Compile(`\(`)
	if err == nil {
		t.Fatal(`\( parsed`)
	}
	for lang, want := range map[string]string{
		"en": "--search: bad regular expression: missing closing ): `(`",
		"zh": "--search：正则有误：缺少右括号 )：`(`",
	} {
		got := queryError(err, lang)
		if got != want || strings.Contains(got, "error parsing") {
			t.Errorf("%s: %q, want %q", lang, got, want)
		}
	}
}
