package parse

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strconv"
	"strings"
)

// The learned model's training text (promo_learn.go), all of the project's
// own writing and each in one copy: the promotion sets in promodata/, one
// file a set, which the held-out harnesses run too (promoSetFile), and the
// family fixtures' genre prose in testdata/family/, which the family tests
// parse. The model is trained from them on first use (3 to 5 ms, some
// 400 KB of text in the binary) rather than kept as a generated table, so
// that adding a set is adding a file and no table can fall out of step
// with its text.

//go:embed promodata/*.txt
var promoFiles embed.FS

//go:embed testdata/family/*.txt
var familyFiles embed.FS

// trainBlock is one block of a set file: promotion or real text, its kind
// and position as the set's writer gave them, and its text.
type trainBlock struct {
	promo bool
	kind  string
	pos   string // head, in, gap or foot
	alone bool
	text  string
}

// parsePromoSet reads a set file: one block a line, tab-separated (promo
// or keep, kind, position, alone or glued, a Go string literal); lines
// starting with # are comments.
func parsePromoSet(data string) ([]trainBlock, error) {
	var out []trainBlock
	for n, l := range strings.Split(data, "\n") {
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 5 || f[0] != "promo" && f[0] != "keep" || f[3] != "alone" && f[3] != "glued" {
			return nil, fmt.Errorf("line %d: want promo|keep, kind, position, alone|glued and a quoted text, tab-separated", n+1)
		}
		switch f[2] {
		case "head", "in", "gap", "foot":
		default:
			return nil, fmt.Errorf("line %d: position %q, want head, in, gap or foot", n+1, f[2])
		}
		text, err := strconv.Unquote(f[4])
		if err != nil {
			return nil, fmt.Errorf("line %d: text: %w", n+1, err)
		}
		out = append(out, trainBlock{f[0] == "promo", f[1], f[2], f[3] == "alone", text})
	}
	return out, nil
}

// readPromoSet reads the set file promodata/name.txt.
func readPromoSet(name string) ([]trainBlock, error) {
	b, err := promoFiles.ReadFile("promodata/" + name + ".txt")
	if err != nil {
		return nil, err
	}
	blocks, err := parsePromoSet(string(b))
	if err != nil {
		return nil, fmt.Errorf("promodata/%s.txt: %w", name, err)
	}
	return blocks, nil
}

// promoSetNames lists the sets, sorted (fs.ReadDir sorts by name).
func promoSetNames() []string {
	entries, _ := fs.ReadDir(promoFiles, "promodata")
	var out []string
	for _, e := range entries {
		out = append(out, strings.TrimSuffix(e.Name(), ".txt"))
	}
	return out
}

// trainSets trains the model on every set but the one named skip (the
// leave-one-set-out measure trains without the set it scores): the
// promotion blocks against the real text and the family fixtures. The
// sets come in name order and their blocks in file order, so the same
// files make the same model. A set that does not read is left out: the
// model is then weaker, never wrong (TestPromoSetsRead keeps them
// readable).
func trainSets(skip string) *learnModel {
	lc := new(learnCounts)
	for _, name := range promoSetNames() {
		if name == skip {
			continue
		}
		blocks, err := readPromoSet(name)
		if err != nil {
			continue
		}
		for _, b := range blocks {
			lc.addText(b.text, b.promo)
		}
	}
	entries, _ := fs.ReadDir(familyFiles, "testdata/family")
	for _, e := range entries {
		if b, err := familyFiles.ReadFile(path.Join("testdata/family", e.Name())); err == nil {
			lc.addText(string(b), false)
		}
	}
	return lc.model()
}
