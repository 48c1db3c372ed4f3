package parse

import "testing"

// TestJoinBetween: the short lines between two lines of promotion, no
// blank line among them, are that notice's middle (joinBetween): a
// request's numbered items between the request and its promise, a comment
// box's emoji bar between its prompt and its empty state, a rights notice's
// middle sentence between its two chrome-free lines. Alone each weighs too
// little. The genre's lines stay: a heading, a sentence of its prose, and
// a list under a real request, where nothing on either side is promotion.
func TestJoinBetween(t *testing.T) {
	const above = "关于加强机关文风建设的意见\n\n各单位要坚持短、实、新的文风，切实改进会风文风，减少文件数量，提高文件质量。\n"
	const below = "\n\n二、主要措施\n\n严格控制发文数量和篇幅，能合并的合并，能不发的坚决不发。\n"
	for _, c := range []struct {
		block, want string
	}{
		// glued under the article's last line, no blank line between
		{"发表你的看法…\n😀  📷  @  发送\n还没有人留言，快来抢沙发吧～", "hhh"},
		{"如需本文的可编辑Word版，请直接回复本邮件，并在正文中注明：\n1. 单位全称；\n2. 联系人及手机号。\n我们将在两个工作日内发送至您的邮箱。", "hhhh"},
		// the genre's own lines between two notices stay
		{"如需本文的可编辑Word版，请直接回复本邮件，并在正文中注明：\n全面推进乡村振兴，加强农村基础设施建设，持续改善农村人居环境。\n我们将在两个工作日内发送至您的邮箱。", "hkh"},
		{"如需本文的可编辑Word版，请直接回复本邮件，并在正文中注明：\n三、保障措施\n我们将在两个工作日内发送至您的邮箱。", "hkh"},
		// a real list under a real request
		{"请各单位于5月10日前报送以下材料：\n1. 单位全称；\n2. 联系人及手机号。\n逾期未报送的，视为放弃。", "kkkk"},
		// bare text between two notices, and between two source lines
		// the chrome pass takes (a basket's excerpts read back)
		{"如需本文的可编辑Word版，请直接回复本邮件，并在正文中注明：\n乙节\n乙节的正文。\n我们将在两个工作日内发送至您的邮箱。", "hkkh"},
		{"来源：seed.txt · 第一篇 › 甲节 · 1.1 · 2026-12-06\n乙节\n乙节的正文。\n来源：seed.txt · 第一篇 › 乙节 · 1.1 · 2026-12-06", "hkkh"},
	} {
		doc := Parse(above + c.block + below)
		wantLinesHidden(t, doc, c.block, c.want)
	}
}

// TestOpensOnContent: a disclaimer glued inside an article that opens on
// the text it disowns (本文…, 本材料…, after a label: 查重提示：本文…) speaks
// of the article from outside and weighs one more: glued, it weighed 4 of
// the 5 a glued line needs. The genre's sentences that limit a text's
// standing name it by its instrument (本办法, 本文件) or open on their
// subject, and stay.
func TestOpensOnContent(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"本材料系读者来稿，文中单位和人名已作技术处理，真实性由来稿人负责。", true},
		{"重复率说明：本文经某某系统检测，文字复制比8.1%，结果仅供参考。", true},
		{"【编辑按】文中数据已作脱敏处理，请勿原样引用。", true},
		{"本文件自印发之日起施行，由市财政局负责解释。", false},
		{"各单位报送的材料，其真实性由报送单位负责。", false},
	} {
		if got := opensOnContent(c.text); got != c.want {
			t.Errorf("opensOnContent(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	const above = "关于加强机关文风建设的意见\n\n各单位要坚持短、实、新的文风，切实改进会风文风，减少文件数量，提高文件质量。\n"
	const below = "\n严格控制发文数量和篇幅，能合并的合并，能不发的坚决不发。\n"
	for _, c := range []struct {
		block, want string
	}{
		{"本材料系读者来稿，文中单位和人名已作技术处理，真实性由来稿人负责。", "h"},
		{"重复率说明：本文经某某系统检测，文字复制比8.1%，结果仅供参考。", "h"},
		{"各单位报送的材料，其真实性由报送单位负责，市委办公室将适时抽查。", "k"},
	} {
		withModel(&learnModel{}, func() {
			doc := Parse(above + c.block + below)
			wantLinesHidden(t, doc, c.block, c.want)
		})
	}
}
