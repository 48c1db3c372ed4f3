package parse

import "testing"

// TestDisowns: a line that names its text as content and limits its
// standing is a disclaimer, glued inside prose as well as alone (without
// disowns these two weigh too little glued); the genre's own notes on its
// figures and its instruments' closing clauses stay.
func TestDisowns(t *testing.T) {
	cases := []struct {
		p               string
		disowns, hidden bool
	}{
		{"注：文中案例均已作脱敏处理，仅供写作参考。", true, true},
		{"该回答内容仅代表答主个人观点，真实性由答主负责。", true, true},
		{"讲座内容仅代表主讲嘉宾个人观点", true, true}, // 内容仅: content limited in the same breath
		// the register, outweighed by the genre's words (统计部门): one signal decides nothing
		{"注：文中数据均为初步统计数，最终以统计部门公布为准。", true, false},
		{"本文件自印发之日起施行，由市发展改革委负责解释。", false, false},
		{"本公告仅作为本次采购活动的信息发布，采购人不对供应商据此作出的任何决策承担责任。", false, false},
	}
	for _, c := range cases {
		if got := disowns(lineHits(c.p)); got != c.disowns {
			t.Errorf("disowns(%q) = %v", c.p, got)
		}
		for _, text := range []string{recordProse + "\n" + c.p + "\n" + recordProse + "\n", recordProse + "\n\n" + c.p + "\n\n" + recordProse + "\n"} {
			doc := Parse(text)
			n := 2
			if text[len(recordProse)+1] == '\n' {
				n = 3
			}
			if got := junkLines(doc)[n]; got != c.hidden {
				t.Errorf("%q hidden %v, want %v", c.p, got, c.hidden)
			}
		}
	}
}

// TestWishesReader: a wish or a dedication to the reader as one person is
// a post's sign-off, standing alone as well as glued (without the combination
// it weighs a reader's address alone, too little); a speech's wish to its
// audience (大家, 你们) and a slogan's you-and-I stay.
func TestWishesReader(t *testing.T) {
	cases := []struct {
		p      string
		hidden bool
	}{
		{"愿每一个埋头写稿的你，都能等来灵感敲门。", true},
		{"祝你们在新的一年里工作顺利、身体健康！", false},
		{"祝愿大家新春愉快、阖家幸福！", false}, // addressesAudience: hidden before, as a slogan's odd words
		{"文明城市 你我共建", false},
	}
	for _, c := range cases {
		if got := wishesReader(c.p); got != c.hidden {
			t.Errorf("wishesReader(%q) = %v", c.p, got)
		}
		doc := Parse(recordProse + "\n\n" + c.p + "\n\n" + recordProse + "\n")
		if got := junkLines(doc)[3]; got != c.hidden {
			t.Errorf("%q hidden %v, want %v", c.p, got, c.hidden)
		}
	}
}

// TestDefersRest: a teaser that names a portion of its text and defers
// the rest is truncation standing alone (without defersRest it weighs an
// act and a word of goods, too little); the genre's lines that name a
// series or a next step, a date or a summary, stay.
func TestDefersRest(t *testing.T) {
	cases := []struct {
		p              string
		defers, hidden bool
	}{
		{"后面还有两条心得，明天接着分享。", true, true},
		{"剩下的两个案例，咱们下回再细说。", true, true},
		{"本系列调研报告将于年底前全部完成。", true, false},
		{"以上内容为会议纪要摘要，完整报告将于近期印发。", true, false},
		{"下一步，我们将于明年启动第二批试点。", false, false},
		// a serial video's: the rest in the collection's next episode
		{"剩下的三条讲在合集下一集里，记得别划走哦", true, true},
	}
	for _, c := range cases {
		if got := defersRest(lineHits(c.p)); got != c.defers {
			t.Errorf("defersRest(%q) = %v", c.p, got)
		}
		doc := Parse(recordProse + "\n\n" + c.p + "\n\n" + recordProse + "\n")
		if got := junkLines(doc)[3]; got != c.hidden {
			t.Errorf("%q hidden %v, want %v", c.p, got, c.hidden)
		}
	}
}

// TestSiteDisowns: a site or a platform that limits what it carries and
// denies answering for it is a disclaimer wherever it stands, whatever
// office it names as its source (without siteDisowns these weigh too
// little alone: the office's word weighed against them); a station of the
// genre speaking of itself, a tender's clause and a platform named in a
// report stay.
func TestSiteDisowns(t *testing.T) {
	cases := []struct {
		p               string
		disowns, hidden bool
	}{
		{"本站资讯转载自各地人民政府网站，仅供浏览，具体以原文为准，本站不承担任何法律责任。", true, true},
		{"此功能由第三方小程序提供，微信仅作技术支持，不对服务内容负责", true, true},
		{"本店只负责排版打印，不对稿件观点负责", true, true},
		{"本站监测数据实时传至省水文平台，为防汛调度提供依据。", false, false},
		{"本公告仅作为本次采购活动的信息发布，采购人不对供应商据此作出的任何决策承担责任。", false, false},
		{"我市依法督促平台落实主体责任，不得以“仅提供技术服务”为由推卸责任。", false, false},
	}
	for _, c := range cases {
		if got := siteDisowns(c.p, lineHits(c.p)); got != c.disowns {
			t.Errorf("siteDisowns(%q) = %v", c.p, got)
		}
		doc := Parse(recordProse + "\n\n" + c.p + "\n\n" + recordProse + "\n")
		if got := junkLines(doc)[3]; got != c.hidden {
			t.Errorf("%q hidden %v, want %v", c.p, got, c.hidden)
		}
	}
}

// lineHits is noticeHits' count of p's words.
func lineHits(p string) *hits {
	h, _ := noticeHits(p)
	return &h
}
