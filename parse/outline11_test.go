package parse

import "testing"

// TestColonClosesShapeRun: in plain text a part whose leads its author
// closed with 。 but the last with ： (用地保障有力。… / 资金争取成效明显。… /
// 用工服务更加便捷：…) has all three as leads, after an opening paragraph
// too; a clause closed by ： that is not the part's last paragraph stays
// the text of the lead before it, as a list's lead-in does.
func TestColonClosesShapeRun(t *testing.T) {
	for _, c := range []struct {
		name  string
		opens []string
		want  string
	}{
		{"two and the last by ：",
			[]string{"用地保障有力。", "资金争取成效明显。", "用工服务更加便捷："},
			mixOutline("用地保障有力", "资金争取成效明显", "用工服务更加便捷")},
		{"after an opening paragraph",
			[]string{"全县上下坚持农业农村优先发展，统筹推进乡村发展、乡村建设和乡村治理，", "部分产业项目效益不佳。", "联农带农机制不够健全。", "部分资金使用不合规："},
			mixOutline("部分产业项目效益不佳", "联农带农机制不够健全", "部分资金使用不合规")},
		{"three and the last by ：",
			[]string{"大力提振消费。", "扩大有效益的投资。", "激发民间投资活力。", "用工服务更加便捷："},
			mixOutline("大力提振消费", "扩大有效益的投资", "激发民间投资活力", "用工服务更加便捷")},
		{"the ： clause not the last",
			[]string{"用地保障有力。", "资金争取成效明显。", "用工服务更加便捷：", "各乡镇要结合本地实际细化落实措施，明确责任分工和完成时限，"},
			mixOutline()},
	} {
		if got := outlineOf(mixPart(c.opens...)); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}
