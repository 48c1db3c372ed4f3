package parse

import (
	"strings"
	"testing"
)

// TestBoldDocPlainClauses: in a .docx whose author bolded leads, a
// part's plain paragraphs opening with a measure's clause closed by ，
// (完善…，… / 深化…，… / 健全…，…) are its text, as the bold elsewhere
// shows; in the plain text copied out of it, where the bold is gone, they
// are still read as leads, and in a .docx with no bold leads at all too.
func TestBoldDocPlainClauses(t *testing.T) {
	const part = "**（二）着力营造无障碍友好环境**\n" +
		"　　全面落实《无障碍环境建设法》，推动将无障碍改造纳入城市更新，城区新建公共场所无障碍设施全部达标。\n" +
		"　　完善农村无障碍设施建设长效机制，结合美丽乡村建设同步推进村级服务中心无障碍改造。\n" +
		"　　深化无障碍环境法治宣传，健全督导机制，聘请残疾人担任无障碍环境监督员。\n"
	bold := "**（一）着力健全社会保障体系**\n" +
		"　　**完善补贴制度。**推动建立两项补贴标准动态调整机制，补贴资金按月足额发放。\n" +
		"　　**强化兜底救助。**将符合条件的困难家庭及时纳入最低生活保障范围。\n" +
		"　　**发展托养照护。**推进县托养中心提档升级，每年新增托养服务一百人。\n"
	plain := strings.ReplaceAll(bold, "**完善补贴制度。**", "完善补贴制度。")
	plain = strings.ReplaceAll(plain, "**强化兜底救助。**", "强化兜底救助。")
	plain = strings.ReplaceAll(plain, "**发展托养照护。**", "发展托养照护。")
	head := "{c}**澄河县残疾人联合会工作报告**\n**一、今后五年的主要任务**\n"
	clause := "      完善农村无障碍设施建设长效机制\n"
	if got := docxOutline(t, head+bold+part); strings.Contains(got, clause) {
		t.Errorf(".docx with bold leads: a plain clause became a lead:\n%s", got)
	}
	if got := outlineOf(plainDump(head + bold + part)); !strings.Contains(got, clause) {
		t.Errorf("text: the clauses are no longer leads:\n%s", got)
	}
	if got := docxOutline(t, head+plain+part); !strings.Contains(got, clause) {
		t.Errorf(".docx without bold leads: the clauses are no longer leads:\n%s", got)
	}
}
