package parse

import (
	"fmt"
	"strings"
	"testing"
)

// TestHalfTitleBrokenInPhrase: a text copy of a report whose part numbers
// were Word's list has a half's title set over two lines, broken inside its
// phrase (…发展的 / 总体要求和主要目标, …指导思想和 / 主要目标): the two lines
// are one heading, and a half naming the plan's guiding thought or overall
// requirements with its targets is a part beside the review, holding the
// lines up to the next half, never the review's last subpart.
func TestHalfTitleBrokenInPhrase(t *testing.T) {
	const doc = "澄河市妇女联合会第十二次代表大会工作报告\n" +
		"　　现在，我代表澄河市妇联第十一届执行委员会向大会报告工作，请予审议。\n" +
		"过去五年的工作回顾\n" +
		"　　五年来，市妇联团结带领全市妇女砥砺奋进，各项工作取得新成效。\n" +
		"坚持思想引领，妇女群众凝聚力不断增强\n" +
		"　　深入开展“巾帼心向党”主题宣讲，覆盖妇女群众十二万人次。\n" +
		"围绕中心大局，巾帼建功舞台更加宽广\n" +
		"　　实施“巾帼创业”行动，扶持妇女创办企业三百余家。\n" +
		"%s\n" +
		"总体要求\n" +
		"　　今后五年全市妇联工作的总体要求是：坚持党的全面领导，团结引领妇女建功新时代。\n" +
		"主要目标\n" +
		"　　到2030年，妇女发展环境更加优化，妇女参与经济社会发展的能力明显提升。\n" +
		"今后五年的主要任务\n" +
		"强化思想政治引领\n" +
		"　　深化“巾帼心向党”品牌建设，每年开展宣讲活动五百场以上。\n" +
		"推动妇女全面发展\n" +
		"　　实施妇女素质提升工程，每年培训城乡妇女一万人次。\n"
	for _, c := range []struct{ lines, want string }{
		{"今后五年全市妇女事业发展的\n总体要求和主要目标",
			"  今后五年全市妇女事业发展的\n  总体要求和主要目标\n    总体要求\n    主要目标\n  今后五年的主要任务\n"},
		{"今后五年全市妇联工作的指导思想和\n主要目标",
			"  今后五年全市妇联工作的指导思想和\n  主要目标\n    总体要求\n    主要目标\n  今后五年的主要任务\n"},
		{"今后五年全市妇联工作的总体要求和主要目标",
			"  今后五年全市妇联工作的总体要求和主要目标\n    总体要求\n    主要目标\n  今后五年的主要任务\n"},
	} {
		got := outlineOf(fmt.Sprintf(doc, c.lines))
		if !strings.Contains(got, c.want) {
			t.Errorf("%q:\n%s\nwant within:\n%s", c.lines, got, c.want)
		}
	}
}
