package doccache

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"wenji/parse"
)

var updateFingerprint = flag.Bool("update-fingerprint", false,
	"record the parser's output fingerprint under the current ParserVersion")

// fingerprintFile records, for ParserVersion, a SHA-256 of the entries the
// cache would store for the repository's own texts.
const fingerprintFile = "testdata/parser-fingerprint.txt"

// TestParserVersionCurrent fails when parse's output changes while
// ParserVersion stays: a cache written by the older parser would then be
// read as current, and the reader would show the old outline or hide the
// old junk. The texts are the repository's own (the embedded sample, the
// parser's fixtures and family reports, and every promotion set's blocks
// laid out as one document each, so a change of the junk filter shows).
func TestParserVersionCurrent(t *testing.T) {
	sum, n := parserFingerprint(t)
	if n < 50 {
		t.Fatalf("only %d texts fingerprinted: the fixtures moved?", n)
	}
	got := fmt.Sprintf("ParserVersion %d\nsha256 %x\n", ParserVersion, sum)
	old, err := os.ReadFile(fingerprintFile)
	if err != nil && !*updateFingerprint {
		t.Fatalf("%v: run go test ./internal/doccache -run TestParserVersionCurrent -update-fingerprint", err)
	}
	var oldVersion int
	var oldSum string
	fmt.Sscanf(string(old), "ParserVersion %d\nsha256 %s\n", &oldVersion, &oldSum)
	same := oldSum == fmt.Sprintf("%x", sum)
	switch {
	case *updateFingerprint && !same && oldVersion == ParserVersion:
		t.Fatalf("parse's output changed: bump ParserVersion (now %d) in doccache.go before recording it", ParserVersion)
	case *updateFingerprint:
		if err := os.WriteFile(fingerprintFile, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	case !same && oldVersion == ParserVersion:
		t.Fatalf("parse's output changed over %d texts while ParserVersion stayed %d: bump it in doccache.go, then run go test ./internal/doccache -run TestParserVersionCurrent -update-fingerprint", n, ParserVersion)
	case oldVersion != ParserVersion:
		t.Fatalf("ParserVersion is %d, the fingerprint was recorded under %d: run go test ./internal/doccache -run TestParserVersionCurrent -update-fingerprint", ParserVersion, oldVersion)
	}
}

// parserFingerprint hashes the cache entries of the repository's texts
// (under parser version 0, so only parse's output counts) and says how
// many texts it read.
func parserFingerprint(t *testing.T) ([32]byte, int) {
	t.Helper()
	var files []string
	for _, pat := range []string{
		"../../testdata/*.txt",
		"../../parse/testdata/*.txt",
		"../../parse/testdata/family/*.txt",
		"../../parse/testdata/family/*/*.txt",
	} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	sort.Strings(files)
	h := sha256.New()
	n := 0
	add := func(name string, data []byte) {
		doc, err := parse.Open(name, data, parse.Options{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		e, err := Encode(doc, data, 0)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		fmt.Fprintf(h, "%s %d\n", filepath.Base(name), len(e))
		h.Write(e)
		n++
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		add(f, b)
	}
	sets, err := filepath.Glob("../../parse/promodata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(sets)
	for _, f := range sets {
		add(f, promoSetText(t, f))
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum, n
}

// promoSetText lays a promotion set's blocks (one a line: kind fields and a
// Go string literal; see parse/heldout2_test.go) out as one document, a
// blank line between blocks.
func promoSetText(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		s, err := strconv.Unquote(f[len(f)-1])
		if err != nil {
			t.Fatalf("%s: %q: %v", path, line, err)
		}
		out.WriteString(s)
		out.WriteString("\n\n")
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}
