package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestPlainHeadingBrokenAtComma: a text copy of a Word report whose
// numbers were lost keeps a sub-part's heading broken after its comma as
// two lines (深化改革扩大开放， / 持续优化一流营商环境): the first, a clause closed
// by a comma on its own line, is the heading's first line, not prose, and
// the outline prints the heading over both, as its .docx does. A line that
// runs on from a paragraph broken above it, or that text follows rather
// than a heading line, stays text.
func TestPlainHeadingBrokenAtComma(t *testing.T) {
	const doc = "苇塘经济开发区2026年工作报告\n" +
		"一、2025年工作回顾\n　　一年来，开发区坚持稳中求进，各项工作取得新成效。\n" +
		"二、2026年重点工作\n" +
		"全力以赴抓招商扩投资，夯实高质量发展基础\n" +
		"　　坚持精准招商。聚焦主导产业链开展精准招商，全年引进亿元以上项目二十个。\n" +
		"　　强化项目服务。完善项目全生命周期服务机制，推动项目早开工早投产。\n" +
		"　　拓展投资空间。加快盘活低效工业用地，新增标准厂房二十万平方米。\n" +
		"%s\n" +
		"　　深化体制机制改革。全面推行全员聘任制和绩效薪酬制度改革。\n" +
		"　　推进高水平开放。用足用好综合保税区政策，发展跨境电商新业态。\n" +
		"　　打造最优服务环境。推行涉企事项“一件事一次办”，企业开办一日办结。\n" +
		"完善城市配套功能，建设宜居宜业创新园区\n" +
		"　　推进园区道路提档升级，新建改造道路十二公里，建成人才公寓八百套。\n"
	for _, c := range []struct{ lines, want string }{
		{"深化改革扩大开放，\n持续优化一流营商环境",
			"    深化改革扩大开放，\n    持续优化一流营商环境\n      深化体制机制改革\n"},
		// The comma line runs on from the line above it: prose broken by hand.
		{"　　我们将坚持以改革促发展，以开放促创新，\n深化改革扩大开放，\n持续优化一流营商环境",
			"    持续优化一流营商环境\n      深化体制机制改革\n"},
	} {
		got := outlineOf(fmt.Sprintf(doc, c.lines))
		if !strings.Contains(got, c.want) {
			t.Errorf("%q:\n%s\nwant within:\n%s", c.lines, got, c.want)
		}
	}
	if got := outlineOf(fmt.Sprintf(doc, "深化改革扩大开放，\n　　全面推行全员聘任制，激发干部干事创业活力。")); strings.Contains(got, "深化改革扩大开放") {
		t.Errorf("a comma line over prose became a heading:\n%s", got)
	}
}
