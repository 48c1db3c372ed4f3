package parse

import (
	"strings"
	"testing"
)

// TestCommaJoinsMixedRun: in plain text, a part whose paragraphs all open
// with a short lead, some closed by ， and some by 。, has them all as
// leads (commaMixedRun); an enumeration or an amount in the ，-clause, a
// 。 sentence of two clauses, a single ，-clause before the 。 ones, a lone
// ，-clause of no measure verb after them, a scene-setting clause, or a
// paragraph of neither shape among them leaves the part's text as it was.
func TestCommaJoinsMixedRun(t *testing.T) {
	const head = "2025年某县政府工作报告\n一、2024年工作回顾\n（一）城乡供水保障有力\n"
	const tail = "（二）社会事业全面进步\n全年新增城镇就业二千人，新建改扩建学校四所，县人民医院新院区投入使用。\n"
	p := func(open, text string) string {
		return "　　" + open + text + "\n"
	}
	body := "完成农村供水管网改造八十公里，新建水厂两座，农村自来水普及率提高到百分之九十二，水质达标率稳步提升。"
	cases := []struct {
		name  string
		paras []string
		want  []string // the leads of （一）, none when it stays text
	}{
		{"two commas then a full stop", []string{p("城乡供水一体推进，", body), p("水源地保护持续加强，", body), p("农村饮水安全巩固提升。", body)},
			[]string{"城乡供水一体推进", "水源地保护持续加强", "农村饮水安全巩固提升"}},
		{"full stops then a measure closed by a comma", []string{p("农村饮水安全巩固提升。", body), p("水源地保护持续加强。", body), p("深化供水管理体制改革，", body)},
			[]string{"农村饮水安全巩固提升", "水源地保护持续加强", "深化供水管理体制改革"}},
		{"a lone comma clause of no measure verb after them", []string{p("农村饮水安全巩固提升。", body), p("水源地保护持续加强。", body), p("水价改革有序实施，", body)}, nil},
		{"one comma clause opening the part", []string{p("城乡供水一体推进，", body), p("水源地保护持续加强。", body), p("农村饮水安全巩固提升。", body), p("供水服务更加便捷。", body)},
			[]string{"水源地保护持续加强", "农村饮水安全巩固提升", "供水服务更加便捷"}},
		{"an enumeration", []string{p("城乡供水、排水一体推进，", body), p("水源地保护持续加强，", body), p("农村饮水安全巩固提升。", body)}, nil},
		{"an amount", []string{p("新建水厂两个，", body), p("水源地保护持续加强，", body), p("农村饮水安全巩固提升。", body)}, nil},
		{"a scene set", []string{p("在城乡融合发展中，", body), p("水源地保护持续加强，", body), p("农村饮水安全巩固提升。", body)}, nil},
		{"a full stop after a comma", []string{p("城乡供水一体推进，", body), p("水源地保护持续加强，", body), p("农村饮水安全巩固提升，水质稳定达标。", body)}, nil},
		{"a plain paragraph among them", []string{p("城乡供水一体推进，", body), p("水源地保护持续加强，", body), p("", body), p("农村饮水安全巩固提升。", body)}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := outlineOf(head + strings.Join(c.paras, "") + tail)
			want := "2025年某县政府工作报告\n  一、2024年工作回顾\n    （一）城乡供水保障有力\n"
			for _, l := range c.want {
				want += "      " + l + "\n"
			}
			want += "    （二）社会事业全面进步\n"
			if got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
