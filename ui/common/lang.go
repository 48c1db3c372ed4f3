package common

import (
	"os"
	"strings"
)

// Lang returns "zh" when the locale asks for Chinese (the first of LC_ALL,
// LC_MESSAGES and LANG that is set starts with zh), "en" otherwise. main uses
// it for startup errors too, so the whole program speaks one language.
func Lang() string {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := os.Getenv(k); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "zh") {
				return "zh"
			}
			return "en"
		}
	}
	return "en"
}
