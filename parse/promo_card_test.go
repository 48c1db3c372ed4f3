package parse

import "testing"

// TestCardOfficeField: in a card (a few short lines between blank lines)
// with a notice in it, the other lines go with the notice when they are
// all fields (文件大小：…, 格式：…), but not an office's field: a contact
// line naming 联系人 under a site's line is the office's, glued there or
// not (joinCard).
func TestCardOfficeField(t *testing.T) {
	const (
		para1  = "一年来，我们坚持以人民为中心的发展思想，全面推进基层治理体系和治理能力现代化，各项工作取得明显成效。"
		para2  = "二要持续深化改革创新，着力破解制约发展的体制机制障碍，推动各项政策措施落地见效。"
		notice = "扫码关注公众号，回复“资料”领取全套范文，还有更多模板等你拿"
	)
	for _, c := range []struct {
		block string
		want  string // per line: h hidden, k kept
	}{
		{notice + "\n文件大小：2.3MB\n格式：docx", "hhh"},
		{notice + "\n联系人：王某某\u3000联系电话：××××-×××××××", "hk"},
		{notice + "\n联系人：县委网信办 何某某", "hk"},
	} {
		text := "关于推进基层治理的报告\n\n" + para1 + "\n\n" + c.block + "\n\n" + para2 + "\n"
		doc := Parse(text)
		wantLinesHidden(t, doc, c.block, c.want)
	}
}
