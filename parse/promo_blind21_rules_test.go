package parse

import "testing"

// The rules filter round 18 added for what blind21 missed, in a general
// form: an app's stamp of where it kept the text, the site's persona
// speaking to 大家, a serial's part put up first with the rest on a
// schedule. Each case fails without its rule.

// TestAppStamp: an app's stamp of where it kept or sent the text (保存自,
// 分享自, 同步自) is a producer's stamp as 发自 is, hidden glued inside an
// article; the genre's sentence that keeps records from a date stays.
func TestAppStamp(t *testing.T) {
	for _, c := range []struct{ block, want string }{
		{"—— 保存自「稍后读」· 好内容，值得慢慢读", "h"},
		{"— 分享自「阅读笔记」App · 随时随地读好文", "h"},
		{"档案保存自形成之日起不少于三十年，由市档案馆负责接收和管理。", "k"},
	} {
		wantLinesHidden(t, Parse(gluedAbove+c.block+gluedBelow), c.block, c.want)
	}
}

// gluedAbove and gluedBelow are an article's prose with the line under
// test glued between two of its paragraphs.
const (
	gluedAbove = "关于加强机关文风建设的意见\n\n各单位要坚持短、实、新的文风，切实改进会风文风，减少文件数量，提高文件质量。\n"
	gluedBelow = "\n严格控制发文数量和篇幅，能合并的合并，能不发的坚决不发。\n"
)

// TestSelfToAll: the site's persona speaking to 大家 addresses its
// readers; a speech's 大家, with no persona beside it, does not.
func TestSelfToAll(t *testing.T) {
	for _, c := range []struct {
		line   string
		reader bool
	}{
		{"下面是小编为大家精心整理的2026年度党支部工作总结（精选6篇），欢迎大家借鉴与参考，希望对大家有所帮助。", true},
		{"本站为大家收集了近三年的述职报告范文，欢迎下载。", true},
		{"希望大家再接再厉，在新的一年里取得更大成绩！", false},
	} {
		h, _, _ := noticeSignals(c.line, registerGenre)
		if got := h[fReader] > 0; got != c.reader {
			t.Errorf("%q: addresses the reader %v, want %v", c.line, got, c.reader)
		}
	}
	for _, c := range []struct{ block, want string }{
		{"下面是小编为大家精心整理的2026年度党支部工作总结（精选6篇），欢迎大家借鉴与参考，希望对大家有所帮助。", "h"},
		{"同志们，希望大家再接再厉，在新的一年里取得更大成绩！", "k"},
	} {
		wantLinesHidden(t, Parse(c.block+"\n\n"+keepAbove[len("关于加强机关文风建设的意见\n\n"):]+keepBelow), c.block, c.want)
	}
}

// TestSerialDefers: a part put up first (先放) with the rest on a serial's
// schedule (一天更, 隔天更) is a teaser; either alone is not.
func TestSerialDefers(t *testing.T) {
	for _, c := range []struct {
		line string
		want bool
	}{
		{"沙发我自己坐了😂 正文从二楼开始贴，一天更一篇，先放三篇，后面的看大家反响", true},
		{"先放前两章上来，剩下的隔天更", true},
		{"先放水试压，确认管网无渗漏后再恢复供水。", false},
	} {
		h, _, _ := noticeSignals(c.line, registerGenre)
		if got := h[fPortion] > 0 && h[fDefer] > 0; got != c.want {
			t.Errorf("%q: defers the rest %v, want %v", c.line, got, c.want)
		}
	}
	block := "沙发我自己坐了😂 正文从二楼开始贴，一天更一篇，先放三篇，后面的看大家反响"
	wantLinesHidden(t, Parse(block+"\n\n"+keepAbove+keepBelow), block, "h")
}

// TestTipWidget: a tip (赞赏, as 打赏) and a page's widget with nothing in
// it yet (还没有人赞赏, 暂无评论) make a footer's lines a notice's: the
// three lines of a 简书 footer glued under the seed's last paragraph,
// over its site's advertising, go together; the genre's sentence that says
// no one has yet done a thing stays there.
func TestTipWidget(t *testing.T) {
	base := blindLoad(t, blindCompilations[0]) // the seed: line 68 follows its last paragraph
	for _, c := range []struct {
		text   string
		hidden bool
	}{
		{"小礼物走一走，来简书关注我\n赞赏支持\n还没有人赞赏，支持一下", true},
		{"过去村里还没有人敢带头搞电商，如今家家户户都有了网店。", false},
	} {
		r := blindRun(base, []heldOut{{68, false, c.text}})
		if r.hidden[0] != c.hidden || !c.hidden && r.touched[0] || len(r.changed) > 0 {
			t.Errorf("%q: hidden %v (touched %v, compilation changed %v), want hidden %v", c.text, r.hidden[0], r.touched[0], r.changed, c.hidden)
		}
	}
}
