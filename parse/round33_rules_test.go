package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"wenji/model/export"
)

// TestRound33Fixtures reads the fixtures of testdata/rules33 (familyDocx
// markup, kept out of testdata/family so that they train no filter table)
// as .docx and as the plain text one copies out of Word, each against its
// golden: county-heyuan-bold-douhao's **同志们，**… opens no node, its bold
// leads closed by ， are leads.
func TestRound33Fixtures(t *testing.T) {
	names, err := filepath.Glob("testdata/rules33/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatalf("fixtures: %v %v", names, err)
	}
	for _, path := range names {
		name := strings.TrimSuffix(path, ".txt")
		t.Run(filepath.Base(name), func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			text, hints := evalDocx(t, name, familyDocx(t, string(b)))
			golden(t, name+".want", export.Outline(ParseHinted(text, hints).Root))
			doc, err := Open(filepath.Base(name)+".txt", []byte(plainDump(string(b))), Options{})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, name+".text.want", export.Outline(doc.Root))
		})
	}
}
