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
