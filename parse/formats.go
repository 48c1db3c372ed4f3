package parse

import (
	"path/filepath"
	"strings"
)

// FileType is one kind of file by its name: the extension and the format
// Open reads it as. Refused types are listed by the library (their rows say
// how to convert them) but Open turns them away with Err.
type FileType struct {
	Ext    string // lower case, with the dot
	Format Format
	Err    error // non-nil: recognised but not read
}

// FileTypes is the one table of the files wenji knows by name: what Open
// reads by extension and what the library lists. A new format is a row
// here (and its reader in Open).
var FileTypes = []FileType{
	{Ext: ".txt", Format: FormatText},
	{Ext: ".text", Format: FormatText},
	{Ext: ".md", Format: FormatMarkdown},
	{Ext: ".markdown", Format: FormatMarkdown},
	{Ext: ".mdown", Format: FormatMarkdown},
	{Ext: ".mkd", Format: FormatMarkdown},
	{Ext: ".htm", Format: FormatHTML},
	{Ext: ".html", Format: FormatHTML},
	{Ext: ".xhtml", Format: FormatHTML},
	{Ext: ".shtml", Format: FormatHTML},
	{Ext: ".docx", Format: FormatDocx},
	{Ext: ".doc", Format: FormatDoc},
	{Ext: ".wps", Format: FormatDoc},
	{Ext: ".pdf", Format: FormatPDF},
	{Ext: ".epub", Format: FormatEPUB},
	{Ext: ".odt", Format: FormatODT},
	{Ext: ".mht", Format: FormatMHT},
	{Ext: ".mhtml", Format: FormatMHT},
	{Ext: ".rtf", Format: FormatRTF},
}

// TypeOf returns the row of FileTypes for name's extension (any case).
func TypeOf(name string) (FileType, bool) {
	ext := strings.ToLower(filepath.Ext(name))
	for _, t := range FileTypes {
		if t.Ext == ext {
			return t, true
		}
	}
	return FileType{}, false
}
