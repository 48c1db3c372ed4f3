package parse

import "testing"

// TestStrayFirstPart: a first part numbered 1、 where 一、 belongs (1、任务来源
// 及计划要求 … 二、编制过程) is a part beside 二、, and the 1、 items of the
// parts after it nest under them; a 1、 item under an 一、 (the only one)
// stays the item it is.
func TestStrayFirstPart(t *testing.T) {
	const body = "　　本标准来源于国家能源局下达的行业标准制修订计划，由标准化技术委员会归口管理。\n"
	const rest = "二、编制过程\n" +
		"1、征求意见稿\n" + body +
		"2、送审稿\n" + body +
		"三、主要技术内容的说明\n" + body
	const restOutline = "  二、编制过程\n    1、征求意见稿\n    2、送审稿\n  三、主要技术内容的说明\n"
	for _, c := range []struct{ name, text, want string }{
		{"1、 for 一、",
			"某标准编制说明\n1、任务来源及计划要求\n" + body + body + rest,
			"某标准编制说明\n  1、任务来源及计划要求\n" + restOutline},
		{"a lone item under 一、",
			"某标准编制说明\n一、概况\n1、任务来源及计划要求\n" + body + rest,
			"某标准编制说明\n  一、概况\n    1、任务来源及计划要求\n" + restOutline},
		{"a first part that opens with a sentence",
			"某标准编制说明\n1、任务来源。本标准来源于国家能源局下达的计划。\n" + body + rest,
			"某标准编制说明\n  1、任务来源\n" + restOutline},
	} {
		if got := outlineOf(c.text); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}
