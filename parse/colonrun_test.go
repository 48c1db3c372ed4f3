package parse

import "testing"

// TestColonRunClosedByStop: a part whose paragraphs all open with leads
// closed by ： but the last, closed by 。 as a list's last member, holds a
// run of them all, where they name outcomes; a last one that states
// (…的关键是…), or one after measures (推行预约诊疗：…), closes the part.
func TestColonRunClosedByStop(t *testing.T) {
	for _, c := range []struct {
		name  string
		opens []string
		want  string
	}{
		{"an outcome last",
			[]string{"预约诊疗全面推行：", "便民服务提档升级：", "护理服务延伸到院外。"},
			mixOutline("预约诊疗全面推行", "便民服务提档升级", "护理服务延伸到院外")},
		{"measures before it",
			[]string{"推行预约诊疗：", "提升便民服务：", "护理服务延伸到院外。"},
			mixOutline()},
		{"a copula last",
			[]string{"预约诊疗全面推行：", "便民服务提档升级：", "服务的关键是群众满意。"},
			mixOutline()},
	} {
		if got := outlineOf(mixPart(c.opens...)); got != c.want {
			t.Errorf("%s:\n%s\nwant:\n%s", c.name, got, c.want)
		}
	}
}
