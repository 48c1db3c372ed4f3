package parse

import "testing"

// TestUnforbid: an act inside a prohibition (不得…转发, 不点击, 严禁…转发)
// is no solicitation; an act asked for, or a reminder to act (不要忘了关注),
// still is.
func TestUnforbid(t *testing.T) {
	for _, c := range []struct {
		p    string
		acts uint8 // fAct after unforbid
	}{
		{"学员不得拍照上传至互联网或转发至微信群。", 0},
		{"不随意点击来历不明的链接，不在陌生网站填写个人信息", 0},
		{"严禁在工作群内发起群收款、转发商业广告", 0},
		{"未知链接不点击，陌生来电不轻信", 0},
		{"关注公众号，回复“材料”即可领取", 2},
		{"不要忘了关注我们的公众号", 1},
		{"不定期推送最新范文，点击下方链接查看", 3},
	} {
		h, _ := noticeHits(c.p)
		unforbid(c.p, &h)
		if h[fAct] != c.acts {
			t.Errorf("%s: %d acts after unforbid, want %d", c.p, h[fAct], c.acts)
		}
	}
}

// TestForbidKeeps: real lines of the genre that forbid the acts a site
// asks for, or warn of what a scam sends, stay; a sender's terms that
// forbid the reader (如您误收…不得…转发) and an account's tagline to 您 are
// still notices. Each case fails without its rule: unforbid, the wary
// words of warnsOfFraud, govAccountNamed and govAccountEnd.
func TestForbidKeeps(t *testing.T) {
	for _, c := range []struct {
		p      string
		at     place
		notice bool
	}{
		{"党校主体班次的讲义和辅导材料实行纸质发放、课后回收，电子版仅在校内局域网提供，学员不得拍照上传至互联网或转发至微信群。对擅自外传讲义的，由党校通报学员所在单位。", placeGlued, false},
		{"未知链接不点击，陌生来电不轻信，个人信息不透露，转账汇款多核实", placeAlone, false},
		{"广大网民朋友们，网络安全关系你我他。让我们从现在做起、从点滴做起：设置复杂密码并定期更换，不随意连接公共Wi-Fi，不点击来历不明的链接，不在陌生网站填写个人信息，共同守护清朗网络空间！", placeAlone, false},
		{"本邮件及其附件可能含有保密信息，仅供指定收件人使用。如您误收本邮件，请立即通知发件人并删除，不得以任何形式使用、复制或转发。", placeAlone, true},
		{"千年古县 · 水韵清溪 ——「清溪发布」，与您一起见证家乡每一天", placeOutside, true},
		{"请关注“江州人社发布”微信公众号及时获取最新信息。", placeAlone, false},
	} {
		if _, got := shortPromoKind(c.p, c.at); got != c.notice {
			t.Errorf("%s: notice %v, want %v", c.p, got, c.notice)
		}
	}
	for _, c := range []struct {
		p    string
		want bool
	}{
		{"请关注“江州人社发布”微信公众号", true},
		{"扫码进入「清溪发布」", true},
		{"加小编微信 qxtongcheng 备注“发布”，审核后次日推送", false},
	} {
		if got := govAccountEnd(c.p); got != c.want {
			t.Errorf("govAccountEnd(%s) = %v, want %v", c.p, got, c.want)
		}
	}
}
