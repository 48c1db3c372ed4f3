package parse

import (
	"strings"
	"testing"

	"wenji/model"
)

// TestChromeCarries: a webmail's toolbar, which the chrome pass takes,
// carries the quick replies glued under it as promotion carries its
// fragments, in a document with no other promotion; a real sentence
// under it stays.
func TestChromeCarries(t *testing.T) {
	const prose = "　　经济建设取得重大成就。坚定不移贯彻新发展理念，坚决端正发展观念、转变发展方式，发展质量和效益不断提升。"
	for _, c := range []struct {
		under string
		want  bool
	}{
		{"快捷回复：收到，谢谢！\u3000已阅。\u3000好的，马上处理。", true},
		{prose, false},
	} {
		text := "关于经济建设的报告\n\n" + prose + "\n\n回复\u3000|\u3000回复全部\u3000|\u3000转发\u3000|\u3000删除\u3000|\u3000更多\n" + c.under + "\n" + prose + "\n"
		junk := junkLines(Parse(text))
		n := strings.Count(text[:strings.Index(text, "回复\u3000|")], "\n") + 1
		if !junk[n] {
			t.Fatalf("the toolbar (line %d) is not filtered", n)
		}
		if junk[n+1] != c.want {
			t.Errorf("%s under the toolbar: filtered %v, want %v", c.under, junk[n+1], c.want)
		}
		if junk[n+2] || junk[3] {
			t.Errorf("%s: the prose around it filtered", c.under)
		}
	}
}

// TestAppendixCount: 附件 with a number that runs on into a sentence (附件30天后
// 过期；…) opens no appendix, and so no outline line that no filter may take;
// 附件1：, 附件2 and a title stay appendices.
func TestAppendixCount(t *testing.T) {
	for _, c := range []struct {
		p    string
		want bool
	}{
		{"附件30天后过期；邮件正文只贴了前两篇，其余请下载附件查看", false},
		{"附件1：清溪县政务邮箱使用管理规定（试行）", true},
		{"附件2　关于开展专项整治的实施方案", true},
		{"附件一", true},
	} {
		if _, got := parseAppendixMarker(c.p); got != c.want {
			t.Errorf("%s: appendix %v, want %v", c.p, got, c.want)
		}
	}
}

// TestSiteCadence: a long sentence in which the site speaks of itself (加小编
// 微信) is weighed without the genre's cadence, and is a notice standing
// alone; a sentence of the genre as long, listing with 、 and naming no
// site, is not.
func TestSiteCadence(t *testing.T) {
	for _, c := range []struct {
		p    string
		want bool
	}{
		{"清溪同城便民信息免费发布：招聘、求职、房屋出租、二手转让，加小编微信 qxtongcheng 备注“发布”，审核后次日推送。", true},
		{"今年以来，城管、公安、通信管理等部门联合开展“牛皮癣”小广告专项整治，清理楼道、电线杆等处张贴的小广告4.6万余处，同时在各社区设置便民信息发布栏，免费为群众发布求职、租房等信息。", false},
	} {
		if _, got := shortPromoKind(c.p, placeAlone); got != c.want {
			t.Errorf("%s: notice %v, want %v", c.p, got, c.want)
		}
	}
}

// TestButtonRow: a line of two or more short bracketed labels is a page's
// buttons; a citation's numbers, a document number's year, one tag before
// text and a sentence in brackets are not. Standing alone, a row of
// buttons is a notice (navigation) with no signal word in it.
func TestButtonRow(t *testing.T) {
	for _, c := range []struct {
		p    string
		want bool
	}{
		{"[ 暂不 ]\u3000[ 去开启 ]", true},
		{"［取消］　［确定］", true},
		{"[本篇全文] [回复本文] [同主题阅读] [返回顶部]", true},
		{"[1] [2]", false},
		{"[ 暂不 ]", false},
		{"清办发〔2026〕31号", false},
		{"[编者按] 近年来，各地积极探索县级融媒体中心建设路径。", false},
		{"[经查，当事人虚构原价。] [责令改正。]", false},
	} {
		if got := isButtonRow(c.p); got != c.want {
			t.Errorf("isButtonRow(%s) = %v, want %v", c.p, got, c.want)
		}
	}
	if k, ok := shortPromoKind("[ 暂不 ]\u3000[ 去开启 ]", placeAlone); !ok || k != model.JunkNavigation {
		t.Errorf("a row of buttons alone: notice %v of kind %v, want navigation", ok, k)
	}
}
