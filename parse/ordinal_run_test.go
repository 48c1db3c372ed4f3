package parse

import (
	"strings"
	"testing"
)

// TestOrdinalRunEnd: after a run of 第一，… measures of one paragraph
// each, the paragraphs that follow the last are the part's, and so are
// the measures inside them (一是…二是…三是… under 一、, beside 第三, not
// under it); a run whose measures hold more than their own paragraph
// keeps the last's paragraphs the last's.
func TestOrdinalRunEnd(t *testing.T) {
	const (
		head  = "某市经济工作会议讲话\n一、客观看待今年经济运行\n　　今年以来，全市经济运行总体平稳、稳中有进。主要有以下几个特点：\n"
		first = "　　第一，工业作用更加凸显。全市规上工业企业突破3600家，新增280家，三大支柱产业产值稳步增长。\n"
		two   = "　　第二，项目投资保持较强韧性。全年实施市级重点项目480个，完成投资1120亿元。\n"
		three = "　　第三，消费市场回暖态势明显。消费品以旧换新带动销售额46亿元，接待游客增长12.6%。\n"
		more  = "　　这一年里，全市上下克服困难，各项工作扎实推进，群众获得感进一步增强，发展基础更加牢固。\n"
		after = "　　在看到成绩的同时，我们也要清醒看到面临的困难。一是需求不足的问题依然突出；二是部分企业生产经营困难；三是新旧动能转换还不够快。\n"
		tail  = "二、做好明年经济工作\n　　明年经济工作要坚持稳中求进，以进促稳，推动高质量发展。\n"
	)
	cases := []struct {
		name, text string
		depth      int // the depth of 一是 in the outline
	}{
		{"one paragraph each", head + first + two + three + after + tail, 2},
		{"paragraphs of their own", head + first + more + two + more + three + after + tail, 3},
	}
	for _, c := range cases {
		got := outlineOf(c.text)
		depth := -1
		for _, line := range strings.Split(got, "\n") {
			if s := strings.TrimLeft(line, " "); strings.HasPrefix(s, "一是") {
				depth = (len(line) - len(s)) / 2
			}
		}
		if depth != c.depth {
			t.Errorf("%s: outline\n%s\nwant 一是 at depth %d", c.name, got, c.depth)
		}
	}
}
