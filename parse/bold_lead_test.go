package parse

import (
	"strings"
	"testing"

	"wenji/model/export"
)

// TestAloneBoldLead: in a .docx, a sentence bold from end to end on its
// own line after a part's last bold lead that introduces its text is a
// lead too, over what follows it (aloneLead); bold so before another lead,
// bold in a part whose leads are all alone, or bold over two sentences is
// emphasis, the node's text.
func TestAloneBoldLead(t *testing.T) {
	head := "{c}**2026年某区人大常委会工作报告**\n**一、主要工作**\n" +
		"　　**聚焦经济运行加强监督。**听取审议计划执行情况报告，推动出台稳经济措施十二条。\n" +
		"　　**聚焦生态环境加强监督。**听取审议环境状况报告，开展大气污染防治执法检查。\n"
	tail := "**二、今后工作**\n　　常委会将坚持党的领导，依法履职，为全区发展作出新的贡献。\n"
	for _, c := range []struct {
		name, body, want string
	}{
		{"last lead alone",
			"　　**聚焦民生福祉加强监督。**\n　　听取审议义务教育工作情况报告，开展养老服务专题询问，推动解决问题八十六个。\n",
			"      聚焦民生福祉加强监督\n"},
		{"alone before a lead",
			"　　**聚焦民生福祉加强监督。**\n　　听取审议义务教育工作情况报告，开展养老服务专题询问，推动解决问题八十六个。\n" +
				"　　**聚焦法治建设加强监督。**听取审议法治政府建设情况报告，开展规范性文件备案审查。\n",
			"      聚焦法治建设加强监督\n"},
		{"two sentences",
			"　　**民生是最大的政治。人民至上。**\n　　听取审议义务教育工作情况报告，开展养老服务专题询问，推动解决问题八十六个。\n",
			""},
	} {
		t.Run(c.name, func(t *testing.T) {
			text, hints, err := docxText(markupDocx(t, head+c.body+tail))
			if err != nil {
				t.Fatal(err)
			}
			got := export.Outline(ParseHinted(text, hints).Root)
			want := "2026年某区人大常委会工作报告\n  一、主要工作\n    聚焦经济运行加强监督\n    聚焦生态环境加强监督\n" +
				strings.ReplaceAll(c.want, "      ", "    ") + "  二、今后工作\n"
			if got != want {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
	// Alone in a part whose leads are all alone: emphasis.
	text, hints, err := docxText(markupDocx(t, "{c}**2026年某区人大常委会工作报告**\n**一、主要工作**\n"+
		"　　**聚焦民生福祉加强监督。**\n　　听取审议义务教育工作情况报告，开展养老服务专题询问，推动解决问题八十六个。\n"+tail))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := export.Outline(ParseHinted(text, hints).Root), "2026年某区人大常委会工作报告\n  一、主要工作\n  二、今后工作\n"; got != want {
		t.Errorf("all alone: got\n%s\nwant\n%s", got, want)
	}
}

// TestBoldOrdinalOnly: in a .docx, a paragraph whose bold marks only its
// ordinals (**第一，**…**第二，**…**第三，**…) gives its measures as the
// same paragraph in plain text does, titled by their clauses; the bold
// ordinal alone was a lead titled 第一, and the rest of the run was lost.
func TestBoldOrdinalOnly(t *testing.T) {
	src := "{c}**关于某市科技创新工作情况的报告**\n**一、主要工作情况**\n" +
		"　　全年全社会研发投入强度达到百分之二点八，高新技术企业突破一千家。\n" +
		"**二、存在的主要问题**\n" +
		"　　**第一，**企业创新主体地位还不够突出，研发投入集中在少数龙头企业。**第二，**高层次人才总量不足，领军人才和创新团队偏少。**第三，**科技成果转化率不高，中试熟化能力较弱。\n"
	want := "关于某市科技创新工作情况的报告\n  一、主要工作情况\n  二、存在的主要问题\n" +
		"    第一，企业创新主体地位还不够突出，研发投入集中在少数龙头企业\n" +
		"    第二，高层次人才总量不足，领军人才和创新团队偏少\n" +
		"    第三，科技成果转化率不高，中试熟化能力较弱\n"
	text, hints, err := docxText(markupDocx(t, src))
	if err != nil {
		t.Fatal(err)
	}
	if got := export.Outline(ParseHinted(text, hints).Root); got != want {
		t.Errorf("docx: got\n%s\nwant\n%s", got, want)
	}
	if got := export.Outline(Parse(plainDump(src)).Root); got != want {
		t.Errorf("text: got\n%s\nwant\n%s", got, want)
	}
}

// TestAddressEndsBoldLead: in a .docx, a paragraph turning to the
// audience (各位代表，…) or summing up the achievements listed (这些成绩的
// 取得，…) after a part's bold leads is the part's, not the last lead's,
// and so is what follows it (the 一是…二是… of the problems still
// wanting), as beforeAddress has it for the leads of plain text (endsLead).
func TestAddressEndsBoldLead(t *testing.T) {
	for _, turn := range []string{
		"各位代表，这些成绩的取得，根本在于党中央的坚强领导，是全市人民团结奋斗的结果。",
		"这些成绩的取得，根本在于党中央的坚强领导，是全市人民团结奋斗的结果。",
	} {
		src := "{c}**2026年某市人民政府工作报告**\n**一、2025年工作回顾**\n" +
			"　　**就业大局保持稳定。**城镇新增就业十二万人，零就业家庭动态清零，城镇调查失业率控制在百分之五以内。\n" +
			"　　**社会大局和谐稳定。**深化安全生产治本攻坚三年行动，生产安全事故起数和死亡人数分别下降百分之十八。\n" +
			"　　" + turn + "\n" +
			"　　同时，我们也清醒看到，全市发展仍面临不少困难和挑战。一是经济回升基础还不牢固，部分企业生产经营困难；二是产业链条长而不强，关键领域仍有短板；三是城市空间和要素资源约束趋紧。\n" +
			"**二、2026年工作安排**\n　　今年全市经济社会发展的主要预期目标是：地区生产总值增长百分之六左右。\n"
		want := "2026年某市人民政府工作报告\n  一、2025年工作回顾\n    就业大局保持稳定\n    社会大局和谐稳定\n" +
			"    一是经济回升基础还不牢固，部分企业生产经营困难\n    二是产业链条长而不强，关键领域仍有短板\n    三是城市空间和要素资源约束趋紧\n" +
			"  二、2026年工作安排\n"
		text, hints, err := docxText(markupDocx(t, src))
		if err != nil {
			t.Fatal(err)
		}
		if got := export.Outline(ParseHinted(text, hints).Root); got != want {
			t.Errorf("%s\ngot\n%s\nwant\n%s", turn, got, want)
		}
	}
}

// TestBoldAddress: a bold run that only addresses the audience before the
// paragraph's text is no lead (**同志们，**成绩来之不易…); one that goes on
// to a verb, or a name that is no vocative, is.
func TestBoldAddress(t *testing.T) {
	for _, c := range []struct {
		s    string
		bold string
		want bool
	}{
		{"同志们，成绩来之不易。", "同志们，", true},
		{"同志们，成绩来之不易。", "同志们", true},
		{"各位代表、各位委员，过去一年极不平凡。", "各位代表、各位委员，", true},
		{"同志们，朋友们！新征程已经开启。", "同志们，朋友们！", true},
		{"各位代表要带头履职，深入基层听取意见。", "各位代表要带头履职，", false},
		{"同志们，全县干部，务必真抓实干。", "同志们，全县干部，", false},
		{"产业发展提质增效，全年新增规上工业企业三十二家。", "产业发展提质增效，", false},
		{"各位代表：现在我代表县人民政府报告工作。", "各位代表", false},
	} {
		if got := isBoldAddress(c.s, len(c.bold)); got != c.want {
			t.Errorf("isBoldAddress(%q, %q) = %v, want %v", c.s, c.bold, got, c.want)
		}
	}
}
