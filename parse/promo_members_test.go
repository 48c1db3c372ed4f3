package parse

import "testing"

// TestAssociationOwnLines: an association's members are no site's paid
// membership, a line saying a body's platform or publication serves its
// members is the body's, and a caveat deferring to an official body's
// figures or decision is the document's own (issue 19's 会员单位 in an
// association): each stays, alone and glued in prose, where a site's
// membership, its reserved text and its disclaimer deferring to its source
// are still hidden.
func TestAssociationOwnLines(t *testing.T) {
	cases := []struct {
		p      string
		hidden bool
	}{
		{"协会信息平台仅对会员单位开放，相关内容由秘书处负责更新。", false},
		{"年鉴原文数据库仅对会员单位开放。", false},
		{"本文中涉及的数据以国家统计局最终公布的数据为准。", false},
		{"商会内部刊物面向会员企业免费赠阅，刊物内容由编辑部负责审核。", false},
		{"文中所列补助标准以市财政局最终核定为准。", false},
		{"以下内容仅对会员开放，开通会员即可查看全文。", true},
		{"本文数据以原发布媒体为准，本站不承担任何责任。", true},
		{"本文内容由网友上传，真实性由上传者负责。", true},
	}
	for _, c := range cases {
		for _, text := range []string{recordProse + "\n" + c.p + "\n" + recordProse + "\n", recordProse + "\n\n" + c.p + "\n\n" + recordProse + "\n"} {
			n := 2
			if text[len(recordProse)+1] == '\n' {
				n = 3
			}
			if got := junkLines(Parse(text))[n]; got != c.hidden {
				t.Errorf("%q hidden %v, want %v", c.p, got, c.hidden)
			}
		}
	}
}

// TestMembersOnly: 会员 is an association's member only in its compounds.
func TestMembersOnly(t *testing.T) {
	cases := []struct {
		p    string
		want bool
	}{
		{"年鉴原文数据库仅对会员单位开放。", true},
		{"组织会员代表和理事单位开展调研。", true},
		{"开通会员即可下载全文。", false},
		{"会员单位可免费领取，非会员需付费。", false},
		{"协会秘书处负责日常工作。", false},
	}
	for _, c := range cases {
		if got := membersOnly(c.p); got != c.want {
			t.Errorf("membersOnly(%q) = %v", c.p, got)
		}
	}
}

// TestOwnCaveat: serving an association's members, or deferring to an
// official body's figures or decision, is the body's own caveat; deferring
// to a source or the original is not.
func TestOwnCaveat(t *testing.T) {
	cases := []struct {
		p    string
		want bool
	}{
		{"协会信息平台仅对会员单位开放，相关内容由秘书处负责更新。", true},
		{"年鉴面向理事单位发行。", true},
		{"本文中涉及的数据以国家统计局最终公布的数据为准。", true},
		{"具体标准以主管部门核定为准。", true},
		{"本文数据以原发布媒体为准，本站不承担任何责任。", false},
		{"内容以原文为准，仅供参考。", false},
		{"本文为网友整理的学习参考版本，请以政府网站公布的正式文本为准", false},
		{"以下内容仅对会员开放。", false},
	}
	for _, c := range cases {
		if got := ownCaveat(c.p); got != c.want {
			t.Errorf("ownCaveat(%q) = %v", c.p, got)
		}
	}
}
