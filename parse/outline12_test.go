package parse

import (
	"strings"
	"testing"
)

// TestHeadingBrokenAfterComma: a numbered heading whose line ends with a
// comma goes on on the next line, whatever follows it (leads, prose or
// numbered items), and reads with its comma (三、坚持公正与效率相统一，全力推动…);
// from text and from a .docx whose two bold lines are two paragraphs. A
// short line under a heading that ends without a comma stays a
// sub-heading.
func TestHeadingBrokenAfterComma(t *testing.T) {
	const title = "2025年某县人民法院工作报告\n\n"
	const joined = "（一）紧扣全县中心工作，在服务发展大局上彰显担当"
	for _, c := range []struct{ name, after string }{
		{"leads", "　　围绕产业发展强化监督。重点跟踪农产品加工园二期、茶旅融合示范带等项目建设，推动项目早建成。\n" +
			"　　围绕乡村振兴深化调研。就农村集体经济发展、农村人居环境整治开展专题调研，提出意见建议。\n" +
			"　　围绕营商环境开展评议。组织代表对便民服务中心、市场监管所等站所开展工作评议，推动提升。\n"},
		{"prose", "　　过去一年，我们坚持围绕中心、服务大局，依法履职尽责，各项工作取得新的成效。\n"},
		{"items", "　　1.组织代表视察全县春耕生产和农村饮水安全工作。\n　　2.听取和审议县政府关于民生实事项目实施情况的报告。\n"},
	} {
		text := title + "（一）紧扣全县中心工作，\n在服务发展大局上彰显担当\n" + c.after + "（二）加强自身建设\n　　健全学习制度，提高履职能力。\n"
		got := outlineOf(text)
		if want := "  " + joined + "\n"; !containsLine(got, want) {
			t.Errorf("%s: the heading not joined:\n%s", c.name, got)
		}
	}
	docx := "{c}**2025年某县人民法院工作报告**\n**三、坚持公正与效率相统一，**\n**全力推动审判执行工作提质增效**\n" +
		"　　过去一年，我们坚持围绕中心、服务大局，依法履职尽责，各项工作取得新的成效。\n" +
		"**（一）更加有力服务高质量发展**\n　　依法平等保护各类市场主体合法权益，服务保障县域经济发展。\n"
	want := "2025年某县人民法院工作报告\n  三、坚持公正与效率相统一，全力推动审判执行工作提质增效\n    （一）更加有力服务高质量发展\n"
	if got := docxOutline(t, docx); got != want {
		t.Errorf(".docx:\n%s\nwant:\n%s", got, want)
	}
	sub := title + "（一）加强法治政府建设\n依法行政\n全面推进严格规范公正文明执法，行政复议纠错率稳步下降。\n（二）加强廉洁政府建设\n持续纠治“四风”，坚持过紧日子。\n"
	if got := outlineOf(sub); !containsLine(got, "    依法行政\n") {
		t.Errorf("a sub-heading joined:\n%s", got)
	}
}

// containsLine reports whether outline holds line, a whole line with its
// indent and newline.
func containsLine(outline, line string) bool {
	return strings.Contains("\n"+outline, "\n"+line)
}
