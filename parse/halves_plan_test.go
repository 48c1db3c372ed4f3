package parse

import (
	"fmt"
	"testing"
)

// TestPlanHalfTitle: a report copied out of Word with its parts'
// numbers lost holds its review and its plan as unnumbered lines, the
// plan titled 2026年重点工作 as often as 2026年重点任务: both halves nest
// their sub-parts' lines (nestHalves), as its .docx's levels do.
func TestPlanHalfTitle(t *testing.T) {
	const src = "禾源县市场监督管理局2025年度工作报告\n\n2025年工作回顾\n　　2025年，在县委、县政府的坚强领导下，全局上下攻坚克难，各项工作取得新成效。\n" +
		"守牢安全底线，重点领域安全形势平稳向好\n　　全面落实食品安全“两个责任”，包保干部督导实现全覆盖，全年未发生较大以上食品安全事故。\n" +
		"优化营商环境，经营主体发展活力持续迸发\n　　坚持把服务经营主体作为市场监管的首要任务，全县经营主体总量达到五万八千户。\n" +
		"%s\n　　2026年是“十五五”开局之年，全县市场监管工作的总体要求是稳中求进、守正创新。\n" +
		"聚焦服务发展，持续优化市场准入环境\n　　深化登记注册改革，推进经营主体登记全程网办，企业开办时间压缩至半个工作日以内。\n" +
		"聚焦安全底线，全力防范化解风险隐患\n　　压紧食品安全责任链条，推动包保督导常态长效，守牢药品安全底线。\n"
	for _, c := range []struct{ name, plan, want string }{
		{"重点工作", "2026年重点工作", "禾源县市场监督管理局2025年度工作报告\n  2025年工作回顾\n    守牢安全底线，重点领域安全形势平稳向好\n    优化营商环境，经营主体发展活力持续迸发\n" +
			"  2026年重点工作\n    聚焦服务发展，持续优化市场准入环境\n    聚焦安全底线，全力防范化解风险隐患\n"},
	} {
		if got := outlineOf(fmt.Sprintf(src, c.plan)); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}
