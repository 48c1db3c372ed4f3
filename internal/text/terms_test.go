package text

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// oldOutlineNames are the names the Chinese interface once gave the outline
// tree besides 大纲 (the ? help said 目录, --help 提纲) and 目录's other
// sense, a folder (文件夹 in the library's own messages). The interface says
// 大纲 and 文件夹; 目录 is only ever a document's own table of contents,
// which no message names. (internal/app's TestFlagHelpOutlineName checks
// --help's table, kept there, alike.)
var oldOutlineNames = regexp.MustCompile(`提纲|目录|目錄|纲要`)

// TestOneNameForTheOutline reads every string literal of the catalogue (the
// package's files, as a grep would) and fails on an old name of the
// outline: a new message is checked without being listed anywhere.
func TestOneNameForTheOutline(t *testing.T) {
	fset := token.NewFileSet()
	pkgs, err := parser.ParseDir(fset, ".", func(fi fs.FileInfo) bool {
		return !strings.HasSuffix(fi.Name(), "_test.go")
	}, 0)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, pkg := range pkgs {
		for _, f := range pkg.Files {
			ast.Inspect(f, func(nd ast.Node) bool {
				lit, ok := nd.(*ast.BasicLit)
				if !ok || lit.Kind != token.STRING {
					return true
				}
				s, err := strconv.Unquote(lit.Value)
				if err != nil {
					t.Fatalf("%s: %v", fset.Position(lit.Pos()), err)
				}
				n++
				if m := oldOutlineNames.FindString(s); m != "" {
					t.Errorf("%s: %q says %s: the outline is 大纲, a folder 文件夹", fset.Position(lit.Pos()), s, m)
				}
				return true
			})
		}
	}
	if n < 300 {
		t.Fatalf("only %d string literals read: the catalogue was missed", n)
	}
}
