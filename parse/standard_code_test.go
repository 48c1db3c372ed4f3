package parse

import "testing"

func TestIsStandardCode(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"NB/T XXXX－20YY", true},
		{"GB/T 1234.1—2020", true},
		{"DL 5077-1997", true},
		{"Q/GDW 11234-2024", true},
		{"GB/T 20513.1-2018", true},
		{"GB/T 1234.1—2020 代替 GB/T 1234.1—2008", false},
		{"ABC", false},
		{"PSR 2023", false},
		{"A 310-300", false},
		{"核电厂定期安全评价", false},
	} {
		if got := isStandardCode(c.s); got != c.want {
			t.Errorf("isStandardCode(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestStandardCodeAboveTitle: a standard's 编制说明 prints the standard's
// number above its title lines (DL/T XXXX－20YY / …第2部分：数据整编 / 编制说明 /
// （送审稿）): the number is the root's text, not a title of its own that
// would leave the root named after nothing and the title lines as parts.
func TestStandardCodeAboveTitle(t *testing.T) {
	const body = "水电站大坝安全监测 第2部分：数据整编\n编制说明\n（送审稿）\n（2024年5月）\n" +
		"1、任务来源\n本标准来源于国家能源局2023年下达的电力行业标准制修订计划，项目编号为“能源20230112”。\n" +
		"二、编制过程\n1、征求意见稿\n2023年6月，标准起草组召开第一次工作会议，确定了编制大纲和分工。\n" +
		"2、送审稿\n2024年3月，起草组根据征求意见对标准进行了修改，形成送审稿。\n" +
		"三、主要技术内容的说明\n本次修订主要调整了数据整编的范围和方法。\n"
	const want = "水电站大坝安全监测 第2部分：数据整编\n编制说明\n  1、任务来源\n  二、编制过程\n    1、征求意见稿\n    2、送审稿\n  三、主要技术内容的说明\n"
	for _, code := range []string{"DL/T XXXX－20YY", "GB/T 31234.2—2024"} {
		if got := Parse(code + "\n" + body).Root.Title; got != "水电站大坝安全监测 第2部分：数据整编　编制说明" {
			t.Errorf("%s: title %q", code, got)
		}
		if got := outlineOf(code + "\n" + body); got != want {
			t.Errorf("%s:\n%s\nwant:\n%s", code, got, want)
		}
	}
}
