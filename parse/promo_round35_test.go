package parse

import "testing"

// The rules filter round 35 added on what heldout29 and keep29 missed,
// each on lines of this file's own wording, in new words: a landline
// dialled from abroad (afterAreaCode); a coined name's tagline in English
// or pictographs (foreignTagline), a brand's sign-off after a dash
// (dashSignOff) and a poster's aside in brackets as I (asideAsI,
// promo_brand.go); the text's use in trade barred (商用 ending a clause,
// standingLimits).

func TestAfterAreaCodeAbroad(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"电话：0551-", true},
		{"热线+86-10-", true},
		{"总机 +86 571-", true},
		{"热线+86-21-", true},
		// a mobile's prefix, no dash
		{"手机+86-138-", false},
		{"热线+86-10", false},
		// two digits with no country's code before them: a date, a count
		{"2026-10-", false},
	}
	for _, c := range cases {
		if got := afterAreaCode(c.in); got != c.want {
			t.Errorf("afterAreaCode(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestRound35Lines(t *testing.T) {
	cases := []struct {
		name, line string
		hidden     bool
	}{
		// an office's advice to citizens abroad, its landlines dialled from abroad
		{"kept: an embassy's numbers", "在外留学人员遇到证件遗失、人身安全等紧急情况，请及时联系驻在国使领馆，或拨打领事保护热线+86-10-12308、+86-10-59913991求助，也可关注驻外使馆微信公众号了解当地安全提醒。", false},
		{"kept: a bureau's switchboard", "境外游客咨询入境政策，可拨打市文化和旅游局服务热线+86-571-87051234，或下载“游杭州”App查询。", false},
		// a brand signing off after a dash in one short clause
		{"sign-off: a florist", "——花间集鲜花，让每一束花都说出心意。", true},
		{"sign-off: a tutor's studio", "——青梧书塾，陪孩子把字写端正！", true},
		{"kept: a speech's subtitle", "——在全市安全生产工作会议上的讲话", false},
		{"kept: a source after a quotation", "——习近平，在中央农村工作会议上", false},
		{"kept: a subtitle of two clauses", "——乡村振兴，产业先行。", false},
		{"kept: a writer and the work", "——鲁迅，《且介亭杂文》序言", false},
		// the poster's aside in brackets, as I, worded unlike the genre
		{"aside: a haggle left out", "（中间砍价那段我就不放了，怕被老板认出来，哈哈）", true},
		{"aside: a quote sheet for later", "（我把装修队的报价单也拍了，不过字太小，回头单独发一条）", true},
		{"aside: a guide half written", "（攻略后半段我还没写完，周末有空再接着码字）", true},
		{"kept: a cadre's memory", "（那年我刚到村里任职，对此深有体会）", false},
		{"kept: figures compiled", "（以上数字由我根据县统计局年报整理）", false},
		{"kept: a city's note", "（我市已于今年三月完成全部整改任务）", false},
		// the text's use in trade barred: a rights holder's notice
		{"rights: sample shots", "文中所附样片仅作展示，谢绝商用、转载。", true},
		{"rights: a shop's photos", "（本文配图为门店实拍，严禁搬运商用，一经发现必究）", true},
		{"kept: commercial vehicles", "上述内容涉及商用车辆超限超载治理，请各单位认真落实。", false},
		{"kept: commercial cryptography", "以上内容所列商用密码产品，须经检测认证合格后方可销售。", false},
	}
	for _, c := range cases {
		g, a, f := hiddenAsPlaced(c.line)
		if g != c.hidden || a != c.hidden || f != c.hidden {
			t.Errorf("%s: %q hidden glued %v, alone %v, at the foot %v; want %v", c.name, c.line, g, a, f, c.hidden)
		}
	}
}

// TestForeignTaglines: a coined name's tagline in English or pictographs
// standing alone, between blank lines or at the foot, is the brand's; the
// notice pass looks for it only among the lines it weighs bare
// (maySignalBare), so glued inside prose it is left to the other rules.
func TestForeignTaglines(t *testing.T) {
	cases := []struct {
		name, line string
		hidden     bool
	}{
		// a coined name and its tagline in English or pictographs
		{"tagline: a bakery in English", "麦穗烘焙坊 · BAKED WITH LOVE", true},
		{"tagline: a pet shop with a paw", "萌爪宠舍｜毛孩子的第二个家 🐾", true},
		{"tagline: a bookshop, English after Han", "拾页书房 · 一页一世界 Read More Live More", true},
		{"kept: a province's bilingual banner", "数字浙江 · Digital Zhejiang", false},
		{"kept: a campaign's name and its year", "乡村振兴 · 2026", false},
		{"kept: a village's bilingual sign", "美丽乡村 · Beautiful Village", false},
	}
	for _, c := range cases {
		_, a, f := hiddenAsPlaced(c.line)
		if a != c.hidden || f != c.hidden {
			t.Errorf("%s: %q hidden alone %v, at the foot %v; want %v", c.name, c.line, a, f, c.hidden)
		}
	}
}

func TestNameThenSep(t *testing.T) {
	cases := []struct {
		in   string
		want bool
	}{
		{"某某口腔 · SMILE", true},
		{"某某｜一页一世界", true},
		{"某某书房——读好书", true},
		{"某某书房　 · 读好书", true},
		{"某", false},
		{"中华人民共和国国务院 · 公报", false},
		{"一、总体要求", false},
		{"2026 · 年报", false},
	}
	for _, c := range cases {
		if got := nameThenSep(c.in); got != c.want {
			t.Errorf("nameThenSep(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestMastheadLines: a masthead's row of credits between slashes
// (creditRow) and a page's estimate of its reading time (readingTime),
// standing alone or at the foot.
func TestMastheadLines(t *testing.T) {
	cases := []struct {
		name, line string
		hidden     bool
	}{
		{"credits: three roles", "文/林深　摄影/阿澈　排版/豆豆", true},
		{"credits: spaced slashes", "撰文 / 周周  视频 / 小北", true},
		{"reading time: an estimate", "▌阅读约 6 min", true},
		{"reading time: minutes", "⏱ 阅读时长约 4 分钟", true},
		{"kept: a form's choices", "男/女　是/否", false},
	}
	for _, c := range cases {
		_, a, f := hiddenAsPlaced(c.line)
		if a != c.hidden || f != c.hidden {
			t.Errorf("%s: %q hidden alone %v, at the foot %v; want %v", c.name, c.line, a, f, c.hidden)
		}
	}
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"阅读约 6 min", true},
		{"预计阅读：8分钟", true},
		{"每日阅读30分钟", false},
		{"阅读量2386次", false},
	} {
		if got := readingTime(c.in); got != c.want {
			t.Errorf("readingTime(%q) = %v, want %v", c.in, got, c.want)
		}
	}
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"文 / 阿七　图 / 老K", true},
		{"文/阿七", false},
		{"党委/支部　男/女", false},
		{"文/阿七　责任编辑：张三", false},
	} {
		if got := creditRow(c.in); got != c.want {
			t.Errorf("creditRow(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}
