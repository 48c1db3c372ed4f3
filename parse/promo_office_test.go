package parse

import (
	"strings"
	"testing"
)

// TestOfficeByDate: a request to act by a day of the calendar (请于…月…日前)
// is an office's deadline, and a registration notice that gives a mailbox,
// a site and a phone with it stays, alone or glued (without byDate it
// weighs a site's pitch: 下载, 邮箱, .com, a number); a site's request
// within hours of a download is no deadline of the calendar.
func TestOfficeByDate(t *testing.T) {
	cases := []struct {
		p              string
		byDate, hidden bool
	}{
		{"报名办法：有意报考的人员请于9月30日前登录县人社局网站下载报名表，填好后发至邮箱kszx2027@163.com，咨询电话：0731-84556120。", true, false},
		{"请于下载后24小时内删除本资料，有需要的朋友加微信 abc8866 领取完整版。", false, true},
		{"请于明日前回复确认。", false, false},
	}
	for _, c := range cases {
		if got := byDate(c.p); got != c.byDate {
			t.Errorf("byDate(%q) = %v", c.p, got)
		}
		for _, text := range []string{recordProse + "\n" + c.p + "\n" + recordProse + "\n", recordProse + "\n\n" + c.p + "\n\n" + recordProse + "\n"} {
			doc := Parse(text)
			n := 2
			if text[len(recordProse)+1] == '\n' {
				n = 3
			}
			if got := junkLines(doc)[n]; got != c.hidden {
				t.Errorf("%q at line %d hidden %v, want %v", c.p, n, got, c.hidden)
			}
		}
	}
}

// TestOfficeLineBesideAd: an office's line worded unlike the genre, with
// only its credit and its text named (本文, 供稿), stays beside a site's ad
// at a file's end, over it or under it (oddLine joined it: an official
// line with any signal of its own went with the ad); the ad goes.
func TestOfficeLineBesideAd(t *testing.T) {
	const credit = "（本文由县委网信办供稿）"
	for _, text := range []string{
		recordProse + "\n\n" + credit + "\n\n\n" + recordAd + "\n",
		recordProse + "\n\n" + recordAd + "\n\n" + credit + "\n",
	} {
		doc := Parse(text)
		lines := strings.Split(text, "\n")
		for i, l := range lines {
			junk := junkLines(doc)[i+1]
			switch l {
			case credit:
				if junk {
					t.Errorf("%q filtered beside the ad", credit)
				}
			case recordAd:
				if !junk {
					t.Errorf("the ad kept")
				}
			}
		}
	}
}

// TestPartyCommitteeOfficial: a party committee (市委, 县委) is an official
// sender as 党委 is: a release's contribution line naming one stays
// between blank lines (it weighed a page's credit: 本文, 供稿, brackets).
func TestPartyCommitteeOfficial(t *testing.T) {
	for _, p := range []string{"（本文由县委网信办供稿）", "（本文由区委组织部供稿）"} {
		if h := lineHits(p); h[fOfficial] == 0 {
			t.Errorf("%q: no official word", p)
		}
		doc := Parse(recordProse + "\n\n" + p + "\n\n" + recordProse + "\n")
		if junkLines(doc)[3] {
			t.Errorf("%q hidden", p)
		}
	}
}
