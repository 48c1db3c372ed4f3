package parse

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"wenji/model"
)

// TestPooledBlocks: a block of a few short lines between blank lines that
// no line of which weighs enough alone is hidden whole when its lines say
// together what a site says (a download page's numbered notice, a studio's
// two-line sign-off at the end), and the genre's blocks of the same shape
// (an office's numbered 温馨提示, a signature and its date, an exam's
// rules, a speech's closing call) stay, between articles and at the end;
// a sign-off of no signal word goes after the prose only (isSignOffBlock).
func TestPooledBlocks(t *testing.T) {
	const (
		para1 = "一年来，我们坚持以人民为中心的发展思想，全面推进基层治理体系和治理能力现代化，各项工作取得明显成效。"
		para2 = "二要持续深化改革创新，着力破解制约发展的体制机制障碍，推动各项政策措施落地见效。"
	)
	for _, c := range []struct {
		block string
		end   bool // at the end of the file, not between articles
		junk  bool
	}{
		{"下载须知：\n1、本站文件仅展示前几页，完整文件下载后查看。\n2、文件均由网友上传分享，如侵犯您的权益请联系站长删除。", false, true},
		{"阅前须知：\n① 本文仅供学习交流，转载请保留出处。\n② 更多同类模板可到主页自取。", false, true},
		{"竹影轩原创\n落笔皆用心", true, true},
		{"竹影轩原创\n落笔皆用心", false, false}, // between articles: the position, the third weak kind, missing

		{"温馨提示：\n1. 办理业务请携带本人身份证原件。\n2. 咨询电话：0551-12345678。", false, false},
		{"注意事项：\n1. 考生须凭准考证和身份证进入考场。\n2. 考试开始30分钟后不得入场。", false, false},
		{"报名须知：\n1. 考生须于5月10日前登录网站下载打印准考证。\n2. 请关注“XX发布”微信公众号及时获取最新信息。", false, false},
		{"XX县人民政府办公室\n2024年3月1日", true, false},
		{"同志们！\n让我们紧密团结起来，为建设美好家园而努力奋斗！", true, false},
		{"（此件公开发布）\n抄送：县委办公室", true, false},
		// A 公文's 版记 under its text: 主题词 as 印发 and 抄送, however its
		// words read (课程, 会员 are a site's words too).
		{"主题词：教育　培训　课程　通知", true, false},
		{"主题词：社团　会员　年费　通知", true, false},
		{"附件：1. 报名登记表\n2. 诚信承诺书", true, false},
		// A page's furniture weighed whole: a post's 精选留言, its
		// comments' likes (no line speaks of the site, its rights or
		// its prices).
		{"精选留言\n写留言\n某某某\u3000湖南\u300012赞\n收藏了，明年总结就照这个框架写\n作者\u30006赞", false, true},
		{"阅读 1024\n赞 8\u3000在看 3\n写留言", true, true},

		// A sign-off of no signal word at all: after the prose only.
		{"青禾茶舍\n一盏清茶　半日闲情", true, true},
		{"青禾茶舍\n一盏清茶　半日闲情", false, false},
		// One whose motto speaks of writing (craftMotto) has a signal:
		// between the articles too.
		{"青禾文案坊\n落笔生花　字字走心", true, true},
		{"青禾文案坊\n落笔生花　字字走心", false, true},
		{"谢谢大家！\n（掌声）", true, false},
		{"此致\n敬礼", true, false},
		{"XX县人民政府办公室\n二〇二四年三月一日", true, false},
	} {
		text := "关于推进基层治理的报告\n\n" + para1 + "\n\n"
		if c.end {
			text += para2 + "\n\n" + c.block + "\n"
		} else {
			text += c.block + "\n\n" + para2 + "\n"
		}
		doc := Parse(text)
		start := strings.Index(doc.Text, c.block)
		hidden, touched := true, false
		off := start
		for _, l := range strings.Split(c.block, "\n") {
			j := doc.JunkIn(model.Span{Start: off, End: off + len(l)})
			hidden = hidden && len(j) > 0 && j[0].Span.Start <= off && j[len(j)-1].Span.End >= off+len(l)
			touched = touched || len(j) > 0
			off += len(l) + 1
		}
		if c.junk && !hidden {
			t.Errorf("%q not hidden whole", c.block)
		}
		if !c.junk && touched {
			t.Errorf("%q filtered", c.block)
		}
		for _, p := range []string{para1, para2} {
			i := strings.Index(doc.Text, p)
			if len(doc.JunkIn(model.Span{Start: i, End: i + len(p)})) > 0 {
				t.Errorf("with %q: real paragraph filtered", c.block)
			}
		}
	}
}

// TestSignOffBlockNotBeforeProse: two short lines worded unlike the genre
// before the first line of prose are a title over its subtitle as likely
// as a sign-off, and stay.
func TestSignOffBlockNotBeforeProse(t *testing.T) {
	const title = "春风化雨润无声\n一枝一叶总关情"
	doc := Parse(title + "\n\n一年来，我们坚持以人民为中心的发展思想，全面推进基层治理体系和治理能力现代化，各项工作取得明显成效。\n")
	if j := doc.JunkIn(model.Span{Start: 0, End: len(title)}); len(j) > 0 {
		t.Errorf("title block filtered: %v", j)
	}
}

// TestPooledGluedList: in a file with no blank lines, a head label and its
// numbered items glued between paragraphs are weighed as one block, the
// need of a glued line and two more: a download page's notice goes whole,
// an exam's 报名须知 and an office's 温馨提示 stay.
func TestPooledGluedList(t *testing.T) {
	const (
		para1 = "一年来，我们坚持以人民为中心的发展思想，全面推进基层治理体系和治理能力现代化，各项工作取得明显成效。"
		para2 = "二要持续深化改革创新，着力破解制约发展的体制机制障碍，推动各项政策措施落地见效。"
	)
	for _, c := range []struct {
		block string
		junk  bool
	}{
		{"下载须知：\n1、本站文件仅展示前几页，完整文件下载后查看。\n2、文件均由网友上传分享，如侵犯您的权益请联系站长删除。", true},
		{"报名须知：\n1. 考生须于5月10日前登录网站下载打印准考证。\n2. 请关注“XX发布”微信公众号及时获取最新信息。", false},
		{"温馨提示：\n1. 办理业务请携带本人身份证原件。\n2. 咨询电话：0551-12345678。", false},
	} {
		text := "关于推进基层治理的报告\n" + para1 + "\n" + c.block + "\n" + para2 + "\n"
		doc := Parse(text)
		start := strings.Index(doc.Text, c.block)
		j := doc.JunkIn(model.Span{Start: start, End: start + len(c.block)})
		hidden := len(j) > 0 && j[0].Span.Start <= start && j[len(j)-1].Span.End >= start+len(c.block)
		if c.junk && !hidden {
			t.Errorf("%q not hidden whole: %v", c.block, j)
		}
		if !c.junk && len(j) > 0 {
			t.Errorf("%q filtered: %v", c.block, j)
		}
		for _, p := range []string{para1, para2} {
			i := strings.Index(doc.Text, p)
			if len(doc.JunkIn(model.Span{Start: i, End: i + len(p)})) > 0 {
				t.Errorf("with %q: real paragraph filtered", c.block)
			}
		}
	}
}

// TestWidgetBar: a page's floating bar copied out a button a line goes
// whole; a table's cells, a list of the genre's accounts or of names, as
// short and between blank lines, stay.
func TestWidgetBar(t *testing.T) {
	for _, c := range []struct {
		block string
		want  bool
	}{
		{"在线客服\n微信咨询\n意见反馈\n回到顶部", true},
		{"返回首页\n扫码关注\n分享本页", true},
		{"微信公众号\n视频号\n抖音号\n微博", false},
		{"指标名称\n目标值\n完成值\n完成率", false},
		{"张三\n李四\n王五", false},
		{"回到顶部\n意见反馈", false},
	} {
		text := "正文第一段，全面推进各项工作落实。\n\n" + c.block + "\n\n正文第二段，持续深化改革创新。"
		lines := make([]line, 0, 8)
		off := 0
		for _, l := range strings.Split(text, "\n") {
			lines = append(lines, line{start: off, end: off + len(l)})
			off += len(l) + 1
		}
		n := strings.Count(c.block, "\n") + 1
		if got := isWidgetBar(text, lines[2:2+n]); got != c.want {
			t.Errorf("isWidgetBar(%q) = %v, want %v", c.block, got, c.want)
		}
	}
}

// poolBlocksRef is poolBlocks read serially, line by line: what the
// chunked pass must mark.
func poolBlocksRef(text string, lines []line, promo []uint8, first, last int, reg register) bool {
	return poolBlocksIn(text, lines, promo, 0, len(lines), first, last, reg)
}

// TestPoolBlocksChunked: poolBlocks on all cores marks what it marks
// serially, whatever the chunks cut through (blocks across a chunk's
// bounds, chunks inside a block), on the corpus and the fixtures above.
func TestPoolBlocksChunked(t *testing.T) {
	texts := []string{readOrSkip(t, seedPath)}
	names, _ := filepath.Glob("testdata/*.txt")
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	const pre = "一年来，我们坚持以人民为中心的发展思想，全面推进基层治理体系和治理能力现代化，各项工作取得明显成效。\n\n"
	texts = append(texts, pre+"下载须知：\n1、本站文件仅展示前几页，完整文件下载后查看。\n2、文件均由网友上传分享，如侵犯您的权益请联系站长删除。\n\n"+pre+
		"竹影轩原创\n落笔皆用心\n\n温馨提示：\n1. 办理业务请携带本人身份证原件。\n2. 咨询电话：0551-12345678。\n",
		// Seven lines, too many to weigh whole, whose last two would be
		// a notice read as a block of their own: a chunk that starts
		// inside the block must not.
		pre+"一是加强组织领导。\n二是压实工作责任。\n三是强化督促检查。\n四是营造良好氛围。\n五是健全长效机制。\n"+
			"下载须知：\n1、本站文件仅展示前几页，完整文件下载后查看。\n\n"+pre)
	marked := 0
	defer func(c int) { lineChunk = c }(lineChunk)
	for k, text := range texts {
		lines := splitLines(text)
		reg := textRegister(text)
		start := make([]uint8, len(lines))
		for i := range start {
			if i%11 == 5 {
				start[i] = 1 + uint8(model.JunkPaidMarker) // some lines marked before: kept as they are
			}
		}
		first, last, _ := proseBounds(text, lines, start)
		want := slices.Clone(start)
		wantAny := poolBlocksRef(text, lines, want, first, last, reg)
		for i := range want {
			if want[i] != start[i] {
				marked++
			}
		}
		for _, chunk := range []int{1, 2, 3, 7, 64, 1 << 14} {
			lineChunk = chunk
			got := slices.Clone(start)
			if gotAny := poolBlocks(text, lines, got, first, last, reg); gotAny != wantAny || !slices.Equal(got, want) {
				t.Fatalf("text %d chunk %d: poolBlocks marked %v (%v), serially %v (%v)", k, chunk, got, gotAny, want, wantAny)
			}
		}
	}
	if marked == 0 {
		t.Fatal("no block marked: the test compares nothing")
	}
}
