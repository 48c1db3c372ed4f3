package text

import (
	"fmt"
	"strings"
)

// Plural is fmt.Sprintf for a text that counts n things: in format, each
// {one|many} becomes one when n is 1 and many otherwise, so the English
// words agree with their number ("%d {line|lines}": 1 line, 2 lines).
// Chinese has no plural and writes none; a format without braces is
// fmt.Sprintf's. Written here because the formats are ours: a general
// message catalogue (x/text/message's plural rules) would be a dependency
// for two forms of a handful of words.
func Plural(n int, format string, args ...any) string {
	if strings.IndexByte(format, '{') >= 0 {
		var b strings.Builder
		for {
			i := strings.IndexByte(format, '{')
			j := strings.IndexByte(format[max(i, 0):], '}')
			if i < 0 || j < 0 {
				break
			}
			one, many, ok := strings.Cut(format[i+1:i+j], "|")
			if !ok {
				b.WriteString(format[:i+j+1])
				format = format[i+j+1:]
				continue
			}
			b.WriteString(format[:i])
			if n == 1 {
				b.WriteString(one)
			} else {
				b.WriteString(many)
			}
			format = format[i+j+1:]
		}
		b.WriteString(format)
		format = b.String()
	}
	return fmt.Sprintf(format, args...)
}
