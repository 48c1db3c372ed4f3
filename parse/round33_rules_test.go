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

// TestTrailingClauseLead: in plain text a ，-clause whose verb the list
// does not know (守护碧水清流) closes a run of three measures or more as its
// last lead; one after two measures only, longer than the run's clauses or
// with a 、 in it, and an address to the audience (各位代表，…) stay prose.
func TestTrailingClauseLead(t *testing.T) {
	para := func(clause string) string {
		return "　　" + clause + "，全年完成治理面积一千二百公顷，相关工作经验在全省推广交流，群众满意度明显提升。\n"
	}
	tail := "　　今年以来，全局上下凝心聚力，各项工作有序推进，为全市高质量发展提供了坚实保障。\n"
	head := "某市生态环境局2025年工作总结\n一、主要工作\n（一）生态环境质量持续改善\n"
	for _, c := range []struct {
		run  []string
		last string
		want bool
	}{
		{[]string{"加快治理大气污染", "推进水环境综合整治", "强化土壤污染防控"}, "守护碧水清流", true},
		{[]string{"加快治理大气污染", "推进水环境综合整治", "强化土壤污染防控"}, "守护全市群众的碧水蓝天净土", false},
		{[]string{"加快治理大气污染", "推进水环境综合整治", "强化土壤污染防控"}, "守护碧水、蓝天", false},
		{[]string{"加快治理大气污染", "推进水环境综合整治"}, "守护碧水清流", false},
		{[]string{"壮大实体经济", "扩大有效投资", "推进乡村振兴"}, "各位代表", false},
	} {
		var b strings.Builder
		b.WriteString(head)
		for _, r := range c.run {
			b.WriteString(para(r))
		}
		b.WriteString(para(c.last) + tail)
		got := outlineOf(b.String())
		if has := strings.Contains(got, "      "+c.last+"\n"); has != c.want {
			t.Errorf("%q after %q: lead %v, want %v:\n%s", c.last, c.run, has, c.want, got)
		}
	}
}
