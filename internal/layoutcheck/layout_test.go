// Package layoutcheck holds the repository's structure rules as tests: no
// hand-written, non-test Go file over 600 lines, no function over 100,
// the import directions (model imports neither ui nor parse; parse does
// not import ui) and the fixed top level.
package layoutcheck

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

const (
	maxFileLines = 600
	maxFuncLines = 100
)

// goFiles returns the repository's hand-written, non-test Go files.
func goFiles(t *testing.T) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir("../..", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && p != "../.." || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(p, ".go") && !strings.HasSuffix(p, "_test.go") {
			out = append(out, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSizes: files and functions stay small enough to read.
func TestSizes(t *testing.T) {
	fset := token.NewFileSet()
	for _, p := range goFiles(t) {
		f, err := parser.ParseFile(fset, p, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		if ast.IsGenerated(f) {
			continue
		}
		rel := strings.TrimPrefix(filepath.ToSlash(p), "../../")
		check := func(what string, n int, limit int) {
			if n <= limit {
				return
			}
			t.Errorf("%s: %d lines, over %d", what, n, limit)
		}
		check(rel, fset.Position(f.End()).Line, maxFileLines)
		for _, d := range f.Decls {
			if fn, ok := d.(*ast.FuncDecl); ok {
				lines := fset.Position(fn.End()).Line - fset.Position(fn.Pos()).Line + 1
				check(rel+": "+fn.Name.Name, lines, maxFuncLines)
			}
		}
	}
}

// TestImports: dependencies point one way: ui → model ← parse.
func TestImports(t *testing.T) {
	forbidden := map[string][]string{
		"model/": {"wenji/ui", "wenji/parse"},
		"parse/": {"wenji/ui"},
	}
	fset := token.NewFileSet()
	for _, p := range goFiles(t) {
		rel := strings.TrimPrefix(filepath.ToSlash(p), "../../")
		f, err := parser.ParseFile(fset, p, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for dir, bad := range forbidden {
			if !strings.HasPrefix(rel, dir) {
				continue
			}
			for _, imp := range f.Imports {
				path, _ := strconv.Unquote(imp.Path.Value)
				for _, b := range bad {
					if path == b || strings.HasPrefix(path, b+"/") {
						t.Errorf("%s imports %s", rel, path)
					}
				}
			}
		}
	}
}

// TestTopLevel: the repository's root holds the fixed layout (main.go,
// parse/, model/, ui/, testdata/, internal/, go.mod, README.md, .ci/run)
// and, beside it, go.sum, the ignore file and package main's tests. What
// `go build` and `go test` leave there (the wenji binary, *.test, *.prof,
// *.out: all in .gitignore) is not the repository's.
func TestTopLevel(t *testing.T) {
	fixed := map[string]bool{
		"main.go": true, "parse": true, "model": true, "ui": true, "testdata": true,
		"internal": true, "go.mod": true, "go.sum": true, "README.md": true,
		".ci": true, ".git": true, ".gitignore": true, "wenji": true,
	}
	entries, err := os.ReadDir("../..")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		name := e.Name()
		switch {
		case fixed[name]:
		case !e.IsDir() && strings.HasSuffix(name, "_test.go"):
		case !e.IsDir() && (strings.HasSuffix(name, ".test") || strings.HasSuffix(name, ".prof") || strings.HasSuffix(name, ".out")):
		default:
			t.Errorf("%s at the repository's root: the top level is fixed (put it under internal/ or testdata/)", name)
		}
	}
}
