package parse

import "testing"

// hiddenGluedAndAlone reports whether line p is hidden glued between two
// lines of prose and standing alone between them.
func hiddenGluedAndAlone(p string) (glued, alone bool) {
	glued = junkLines(Parse(recordProse + "\n" + p + "\n" + recordProse + "\n"))[2]
	alone = junkLines(Parse(recordProse + "\n\n" + p + "\n\n" + recordProse + "\n"))[3]
	return glued, alone
}

// TestReportsHandling: a line that opens on the text named as content with
// 已 next reports what the site did to the text it carries (without
// reportsHandling the first three weigh too little where they stand); the
// genre's notes on an article's origin and its instruments stay.
func TestReportsHandling(t *testing.T) {
	cases := []struct {
		p              string
		reports, alone bool
		glued          bool
	}{
		{"（本文已被“某某”学习平台采用）", true, true, true},
		{"文章已于2025年03月02日 10:05修改", true, true, true},
		{"【说明】本篇已同步至某某专栏和某某号", true, true, true},
		{"（本文系某某省社科基金项目阶段性成果）", false, false, false},
		{"（本文有删节）", false, false, false},
		{"本文件已经市政府常务会议审议通过，现予印发。", false, false, false},
		{"本办法已经局务会议研究通过。", false, false, false},
		{"文章要写得短些，已成为大家的共识。", false, false, false},
	}
	for _, c := range cases {
		if got := reportsHandling(c.p); got != c.reports {
			t.Errorf("reportsHandling(%q) = %v", c.p, got)
		}
		glued, alone := hiddenGluedAndAlone(c.p)
		if glued != c.glued || alone != c.alone {
			t.Errorf("%q hidden glued %v alone %v, want %v %v", c.p, glued, alone, c.glued, c.alone)
		}
	}
}

// TestJumpLine: a line that is nothing but a printed paper's jump to
// another page is a teaser in print, hidden glued in the prose too
// (without isJumpLine it weighs 2 or 3 there); 下转 in a sentence and a
// page's name alone stay.
func TestJumpLine(t *testing.T) {
	cases := []struct {
		p           string
		jump, glued bool
	}{
		{"（下转第三版）", true, true},
		{"……（上接第12版）", true, true},
		{"上转患者四千余人次，下转患者一千二百余人次。", false, false},
		{"第三版", false, false},
		{"下转第三版", true, true},
	}
	for _, c := range cases {
		if got := isJumpLine(c.p); got != c.jump {
			t.Errorf("isJumpLine(%q) = %v", c.p, got)
		}
		if glued, _ := hiddenGluedAndAlone(c.p); glued != c.glued {
			t.Errorf("%q hidden glued %v, want %v", c.p, glued, c.glued)
		}
	}
}
