package app

import (
	"strings"
	"unicode"

	"wenji/model"
)

// untitleContents takes a 目录 heading off a document's title: a
// document without a title line that opens on its table of contents
// (目录, 目 录, 目次, Contents) was read as titled 目录, the name the
// library listed it by, the status bar and the basket's source lines
// gave it, and the .docx export's title. Untitled, it is named by its
// file, as every untitled document is. The line stays in the text.
func untitleContents(d *model.Document) {
	if d != nil && d.Root != nil && isContentsHeading(d.Root.Heading()) {
		d.Root.Title, d.Root.Marker = "", ""
	}
}

// isContentsHeading reports whether s is the heading of a table of
// contents, however spaced out (目　　录, 目\u2003次) and with a colon.
func isContentsHeading(s string) bool {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '\u3000' || r == ':' || r == '：' {
			return -1
		}
		return unicode.ToLower(r)
	}, s)
	switch s {
	case "目录", "目次", "目錄", "contents", "tableofcontents":
		return true
	}
	return false
}
