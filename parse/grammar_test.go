package parse

import (
	"math/rand"
	"strings"
	"testing"
	"wenji/model/export"
)

// TestGrammarRandom strings together the pieces the parser reacts to —
// every marker style, lead words, clause ends, blank lines, junk — in
// random order and checks the tree's invariants and the Markdown export
// on each. The fuzzer mutates bytes; this walks the space of structures
// it rarely reaches, such as two inline runs interleaved in one line
// (第一，…二要…第二，一要…), which once left a title reaching into the
// next node.
func TestGrammarRandom(t *testing.T) {
	pieces := []string{"一、", "（一）", "1.", "1、", "（1）", "①", "第一章", "第一条", "第一，", "其一，", "首先，",
		"一是", "二是", "三是", "一要", "二要", "第二，", "强化组织领导", "加强", "。", "；", "：", "，", "\n", "\n\n",
		"\n\n\n", "　　", "附件1", "目录", "标题", "甲乙丙丁", "##paidbegin##", "素材库客服", "调查研究", "（二）", "二、",
		"2.", "# ", "## ", "——", "？", "”", "“"}
	runs := 30000
	if testing.Short() {
		runs = 3000
	}
	r := rand.New(rand.NewSource(1))
	for range runs {
		var b strings.Builder
		for range 3 + r.Intn(25) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		s := b.String()
		func() {
			defer func() {
				if e := recover(); e != nil {
					t.Fatalf("Parse(%q): panic %v", s, e)
				}
				if t.Failed() {
					t.Logf("input: %q", s)
				}
			}()
			d := Parse(s)
			checkInvariants(t, d)
			export.Markdown(d, d.Root, true)
			export.Markdown(d, d.Root, false)
		}()
	}
}
