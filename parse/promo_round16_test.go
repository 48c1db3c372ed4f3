package parse

import "testing"

// TestReportChannel: an office's line for the public's reports and
// complaints (举报邮箱, 举报电话, 监督邮箱) is the document's, alone and beside
// a site's advertising: keep20 lost 举报邮箱：…　举报电话：0731-… as a footer
// over the seed's ads, carried into them across the blank lines as a
// fragment. A shop's lines (订购热线, 客服邮箱) and a page's 举报 button are
// no such line.
func TestReportChannel(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"举报邮箱：jubao@example.gov.cn　举报电话：0731-88821907", true},
		{"监督邮箱：jyjjdk@example.gov.cn", true},
		{"投诉电话：12315", true},
		{"订购热线：010-63528817（李老师）", false},
		{"客服邮箱：service@example.com", false},
		{"举报/反馈", false},
		{"举报电话：0731-88821907，加微信领取资料", false},
	} {
		h, _ := noticeHits(c.text)
		if got := reportChannel(c.text, &h); got != c.want {
			t.Errorf("reportChannel(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	ad := "【某某素材库】——每天更新材料1000多篇，会员群+网盘群同步更新，有意加入请联系客服微信：abc123，扫码领取资料！"
	line := "举报邮箱：xsdd@example.edu.cn　举报电话：0731-88821907"
	doc := Parse("关于加强学术诚信建设的通报\n\n各学院要严格执行学位论文检测制度，对查实的学术不端行为依法依规严肃处理。\n\n" + line + "\n\n\n" + ad + "\n")
	wantLinesHidden(t, doc, line, "k")
	wantLinesHidden(t, doc, ad, "h")
}

// TestRelatedList: a page's row of related titles between blank lines,
// under a head that says they are other pages (相关推荐, 往期回顾, 相关搜索),
// is navigation, the titles bare (no bullet) and the row closed by its
// button or not; the genre's own lists under its own heads stay, and so
// do items that are sentences under a 相关 head (相关用语说明).
func TestRelatedList(t *testing.T) {
	const above = "关于加强机关文风建设的意见\n\n各单位要坚持短、实、新的文风，切实改进会风文风，减少文件数量，提高文件质量。\n\n"
	const below = "\n\n二、主要措施\n\n严格控制发文数量和篇幅，能合并的合并，能不发的坚决不发。\n"
	for _, c := range []struct {
		block, want string
	}{
		{"相关推荐\n谈谈怎样写好调研报告　某某网　1.5万评论　2小时前\n基层减负的五个关键点　某某新闻　620评论　昨天\n换一换 ↻", "hhhh"},
		{"往期回顾\n关于进一步加强基层党组织建设的调研报告\n2024年上半年工作总结及下半年工作打算\n在全县年轻干部座谈会上的发言", "hhhh"},
		{"相关搜索\n年终总结开头精彩句子　　述职报告范文\n党建工作总结亮点提炼　　工作报告结尾金句", "hhh"},
		{"相关用语说明\n1.诉源治理：指通过加强矛盾纠纷源头预防和前端化解，减少诉讼增量的社会治理活动。\n2.法官工作站：指人民法院在乡镇设立的工作站点。", "kkk"},
		{"附件：\n1.全市机关文风建设工作安排表\n2.各单位联系人名单", "kkk"},
		{"相关工作要求\n一、提高思想认识\n二、加强组织领导", "kkk"},
	} {
		doc := Parse(above + c.block + below)
		wantLinesHidden(t, doc, c.block, c.want)
	}
}

// TestLatinResidue: a line of Latin script glued to promotion in a Chinese
// document is that notice's other line (its translation, a program's
// counter or date), however long; set off by a blank line, or glued to
// the genre's own prose, it is weighed alone and kept.
func TestLatinResidue(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Notice: The content above is uploaded and posted by a user of a social media platform, which only provides information storage services.", true},
		{"45 captures", true},
		{"12 Jun 2019 - 03 Mar 2026", true},
		{"2026-03-12", false},
		{"Notice：以上内容", false},
	} {
		if got := latinResidue(c.text, registerGenre); got != c.want {
			t.Errorf("latinResidue(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if latinResidue("45 captures", registerLatin) {
		t.Error("a Latin document's line is its own")
	}
	// Glued under the prose, as a page's footer is: no blank line sets
	// the notice off as a block weighed whole (poolBlocks).
	const above = "关于加强机关文风建设的意见\n\n各单位要坚持短、实、新的文风，切实改进会风文风，减少文件数量，提高文件质量。\n"
	const below = "\n\n严格控制发文数量和篇幅，能合并的合并，能不发的坚决不发。\n"
	for _, c := range []struct {
		block, want string
	}{
		{"特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。\nNotice: The content above is uploaded and posted by a user of the platform, which only provides information storage services.", "hh"},
		{"The Wayback Machine - https://web.archive.org/web/20190612081327/http://www.example.cn/html/8831.html\n45 captures\n12 Jun 2019 - 03 Mar 2026", "hhh"},
		{"Building a Better Future Together\n各单位要加强统筹协调，确保各项任务落到实处。", "kk"},
	} {
		doc := Parse(above + c.block + below)
		wantLinesHidden(t, doc, c.block, c.want)
	}
}

// TestBlockName: a notice between blank lines may open on its own name, a
// short line with no signal word (🔒 某某担保交易, 客户须知), the lines under it
// weighed together as before; the genre's notice named so (报名须知) over
// what an office requires stays.
func TestBlockName(t *testing.T) {
	const above = "关于加强机关文风建设的意见\n\n各单位要坚持短、实、新的文风，切实改进会风文风，减少文件数量，提高文件质量。\n\n"
	const below = "\n\n严格控制发文数量和篇幅，能合并的合并，能不发的坚决不发。\n"
	for _, c := range []struct {
		block, want string
	}{
		{"🔒 某某担保交易\n下单后稿费由平台托管，验收满意再放款给写手；\n加急单（24小时内交稿）加收30%，会员下单享9折。", "hhh"},
		{"客户须知\n1. 本店仅提供打印、复印、装订服务，不对客户所印文件的内容负责\n2. 涉密文件请勿在本店自助设备打印\n3. 文件打印完成后即从设备中清除，请勿将U盘遗留在机器上", "hhhh"},
		{"报名须知\n1. 考生须于5月10日前登录网站下载打印准考证\n2. 考试当天须携带本人身份证和准考证", "kkk"},
	} {
		doc := Parse(above + c.block + below)
		wantLinesHidden(t, doc, c.block, c.want)
	}
	h, _ := noticeHits("加强组织领导")
	if isBlockName("加强组织领导", &h) {
		t.Error("a heading in the genre's words is no notice's name")
	}
}

// TestFramesWords: words framed by dashes at both ends are a page's
// furniture, a signal of the line's form: standing alone after the prose
// (— 我是有底线的 —) or glued inside it (— 秒扫：纸上的字，一拍就成 —) such a
// line is weighed as one with a signal word is. The genre's page number
// (— 3 —), its rule (————), a subtitle and a campaign's slogan in stars stay.
func TestFramesWords(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"— 我是有底线的 —", true},
		{"—— 预览结束 ——", true},
		{"~ 每天一篇好材料 ~", true},
		{"— 3 —", false},
		{"————————", false},
		{"——在全市机关作风建设大会上的讲话", false},
		{"★ 千村示范 万村整治 ★", false},
	} {
		if got := framesWords(c.text); got != c.want {
			t.Errorf("framesWords(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	const body = "关于加强机关文风建设的意见\n\n各单位要坚持短、实、新的文风，切实改进会风文风，减少文件数量，提高文件质量。\n"
	for _, c := range []struct {
		doc, line, want string
	}{
		{body + "严格控制发文数量和篇幅，能合并的合并，能不发的坚决不发。\n\n— 我是有底线的 —\n", "— 我是有底线的 —", "h"},
		{body + "— 秒扫：纸上的字，一拍就成 —\n严格控制发文数量和篇幅，能合并的合并，能不发的坚决不发。\n", "— 秒扫：纸上的字，一拍就成 —", "h"},
		{body + "严格控制发文数量和篇幅，能合并的合并，能不发的坚决不发。\n\n— 3 —\n", "— 3 —", "k"},
	} {
		wantLinesHidden(t, Parse(c.doc), c.line, c.want)
	}
}
