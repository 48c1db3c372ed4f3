package parse

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"wenji/internal/tools/gen"
	"wenji/model"
	"wenji/model/export"
)

func TestParseMarker(t *testing.T) {
	cases := []struct {
		in, text string
		st       style
		num      int
		title    string // what follows the marker
	}{
		{"一、总体要求", "一、", styleHan, 1, "总体要求"},
		{"十二、坚持和完善党的领导", "十二、", styleHan, 12, "坚持和完善党的领导"},
		{"（一）指导思想。全面贯彻", "（一）", styleHanParen, 1, "指导思想。全面贯彻"},
		{"(三)基本原则", "(三)", styleHanParen, 3, "基本原则"},
		{"（十一）必须由", "（十一）", styleHanParen, 11, "必须由"},
		{"1.加强学习", "1.", styleNum, 1, "加强学习"},
		{"2、强化督导", "2、", styleNum, 2, "强化督导"},
		{"3．压实责任", "3．", styleNum, 3, "压实责任"},
		{"（1）优化申请", "（1）", styleNumParen, 1, "优化申请"},
		{"①电子证照", "①", styleCircled, 1, "电子证照"},
		{"第一章 总则", "第一章", styleZhang, 1, "总则"},
		{"第二节　立法权限", "第二节", styleJie, 2, "立法权限"},
		{"第一百零一条 自治条例", "第一百零一条", styleTiao, 101, "自治条例"},
		{"第三编 附则", "第三编", styleBian, 3, "附则"},
		{"第一部分 总体思路", "第一部分", stylePart, 1, "总体思路"},
		{"第一，持续深化改革。", "第一，", styleOrdinal, 1, "持续深化改革。"},
		{"其二，注重实效。", "其二，", styleQiYi, 2, "注重实效。"},
		{"首先，必须坚持。", "首先，", styleFirstly, 1, "必须坚持。"},
		{"其次，必须坚持。", "其次，", styleFirstly, 2, "必须坚持。"},
		{"附件1", "附件1", styleAppendix, 1, ""},
		{"附件2 名词解释", "附件2", styleAppendix, 2, "名词解释"},
	}
	for _, c := range cases {
		m, ok := parseMarker(c.in)
		if !ok {
			t.Errorf("parseMarker(%q): no marker", c.in)
			continue
		}
		if m.text != c.text || m.style != c.st || m.num != c.num || c.in[m.skip:] != c.title {
			t.Errorf("parseMarker(%q) = %q %q %d rest %q, want %q %q %d rest %q",
				c.in, m.text, m.style, m.num, c.in[m.skip:], c.text, c.st, c.num, c.title)
		}
	}
	for _, in := range []string{
		"1.5万人次参加培训。", "2023年以来，全市", "12345热线", "一是加强学习", "第一节课后，同学们",
		"附件材料已报送。", "（2018年1月2日）", "其中，全市", "一定要坚持", "首先要明确", "",
	} {
		if m, ok := parseMarker(in); ok {
			t.Errorf("parseMarker(%q) = %q (%s), want none", in, m.text, m.style)
		}
	}
}

func TestSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"甲。乙！丙？", []string{"甲。", "乙！", "丙？"}},
		{"他说：“改，就要真改。”习近平强调。", []string{"他说：“改，就要真改。”", "习近平强调。"}},
		{"“改，就要真刀真枪。”习近平曾这样强调。", []string{"“改，就要真刀真枪。”", "习近平曾这样强调。"}},
		{"没有句号的尾巴", []string{"没有句号的尾巴"}},
		{"一是甲；二是乙。", []string{"一是甲；二是乙。"}},
	}
	for _, c := range cases {
		var got []string
		for _, s := range sentences(c.in, false) {
			got = append(got, c.in[s.start:s.end])
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("sentences(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if n := len(sentences("一是甲；二是乙。", true)); n != 2 {
		t.Errorf("with semicolons: %d sentences, want 2", n)
	}
}

func TestTitleLike(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"坚持校准靶向，确保调查研究选题精准", true},
		{"开门整治“晒”成果", true},
		{"2024年基层治理经验材料汇编（3篇）", true},
		{"把习近平新时代中国特色社会主义思想转化为坚定理想、锤炼党性和指导实践、推动工作的强大力量", true},
		{"同志们：", false},
		{"谢谢大家！", false},
		{"全面梳理体系化学习。组织引导党员干部", false},
		{"（2018年1月2日）", false},
		{"2023年6月1日", false},
		{"——在全市工作会议上的讲话", false},
		{"1.", false},
		{"GDP", false},
		{strings.Repeat("长", maxHeadingRunes+1), false},
	} {
		if got := titleLike(c.in); got != c.want {
			t.Errorf("titleLike(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestPromo(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"【某某素材库】——每天更新材料1000多篇，会员群+网盘群同步更新，有意加入请联系：1 4367", true},
		{"欢迎加入“某某素材库svip会员”，添加客服：abc，认准某某，谨防假冒！", true},
		{"【某某代笔】——原创高质量保障，各类代笔，好评如潮！", true},
		{"通过政务公众号发布整改清单，接受群众监督。", false},
		{"推出“XX发布”微信公众号，群众扫码即可下载办事指南，联系服务更加便捷。", false},
		{"12345热线客服人员接到群众来电后，第一时间联系相关部门。", false},
		{"举报电话：12388。", false},
		// Real prose with a contact-like number and three weak words.
		{"推行“居民点单、网格派单、党员接单”服务模式，借助“一键呼应”平台联系群众，今年以来共办理诉求12388件。", false},
		{"聚焦数据集成，实现“一键呼应”。群众可通过热线客服或扫码下载应用反映诉求，让数据多跑路。", false},
	} {
		if got := isPromo(c.in); got != c.want {
			s, w := promoScore(c.in)
			t.Errorf("isPromo(%q) = %v (strong %d weak %d), want %v", c.in, got, s, w, c.want)
		}
	}
}

// TestJunk covers the filter's placement rules on a small document.
func TestJunk(t *testing.T) {
	text := "某某汇编\n\n" +
		"第一篇标题\n\n导语段落，介绍背景情况。\n##paidbegin##一、第一个标题\n正文内容，通过政务公众号发布整改清单，接受群众监督。\n" +
		"【某某素材库】——会员群每天更新，添加客服：abc，谨防假冒！\n联系：1 4367\n" +
		"二、第二个标题\n正文内容继续写下去。$$pagebreak$$后面的正文。\n\n\n" +
		"第二篇标题\n\n导语。\n一、标题\n正文。\n\n" +
		"【某某代笔】——原创高质量，各类代笔，好评如潮！\n##paidend##\n"
	doc := Parse(text)
	checkInvariants(t, doc)
	all := export.PlainText(doc, doc.Root, false)
	for _, bad := range []string{"##paid", "$$pagebreak$$", "素材库", "代笔", "4367"} {
		if strings.Contains(all, bad) {
			t.Errorf("clean text contains %q:\n%s", bad, all)
		}
	}
	for _, keep := range []string{"通过政务公众号发布整改清单", "\n一、第一个标题\n", "正文内容继续写下去。后面的正文。"} {
		if !strings.Contains(all, keep) {
			t.Errorf("clean text lacks %q:\n%s", keep, all)
		}
	}
	if got := export.Outline(doc.Root); got != "某某汇编\n  第一篇标题\n    一、第一个标题\n    二、第二个标题\n  第二篇标题\n    一、标题\n" {
		t.Errorf("outline:\n%s", got)
	}
}

// TestLineEndings: CRLF, a BOM, U+3000 indents and U+00A0 change nothing.
func TestLineEndings(t *testing.T) {
	plain := "某某报告\n一、总体要求\n（一）指导思想。全面贯彻。\n（二）基本原则。坚持。\n二、主要任务\n正文。\n"
	want := export.Outline(Parse(plain).Root)
	variants := map[string]string{
		"crlf":   strings.ReplaceAll(plain, "\n", "\r\n"),
		"bom":    "\ufeff" + plain,
		"indent": strings.ReplaceAll(plain, "\n", "\n\u3000\u3000"),
		"nbsp":   strings.ReplaceAll(plain, "\n", "\u00a0\n\u00a0"),
		"cr+bom": "\ufeff" + strings.ReplaceAll(plain, "\n", "\r\n\u3000\u3000"),
	}
	for name, v := range variants {
		doc := Parse(v)
		checkInvariants(t, doc)
		if got := export.Outline(doc.Root); got != want {
			t.Errorf("%s: outline\n%s\nwant\n%s", name, got, want)
		}
	}
}

// TestInline covers numbered measures inside paragraphs and restarts, and
// lists inside one sentence that stay text.
func TestInline(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"标题\n一、做法\n主要做法：一是加强学习。正文。二是强化督导；三是压实责任。\n",
			"标题\n  一、做法\n    一是加强学习\n    二是强化督导\n    三是压实责任\n"},
		{"标题\n一、做法\n一是甲事。二是乙事。\n二、体会\n一是丙事。二是丁事。\n",
			"标题\n  一、做法\n    一是甲事\n    二是乙事\n  二、体会\n    一是丙事\n    二是丁事\n"},
		// A list inside one sentence, opened by a colon, its items parted
		// by ； or ，, is the sentence's text.
		{"标题\n一、做法\n发展中还存在一些问题：一是有效需求不足，社会预期偏弱；二是科技创新能力还不够强；三是民生领域还有短板。\n",
			"标题\n  一、做法\n"},
		{"标题\n一、做法\n做好今年工作，必须做到：一要坚持高质量发展这个首要任务，二要坚持扩大内需这个战略基点。\n",
			"标题\n  一、做法\n"},
		{"标题\n一、做法\n持续优化营商环境，一是推行“高效办成一件事”三十项；二是深化“放管服”改革。\n",
			"标题\n  一、做法\n"},
		{"标题\n一、做法\n存在的问题。一是有效需求不足，社会预期偏弱；二是科技创新能力还不够强；三是民生领域还有短板。\n",
			"标题\n  一、做法\n    一是有效需求不足，社会预期偏弱\n    二是科技创新能力还不够强\n    三是民生领域还有短板\n"},
		// A run opening a sentence inside the paragraph, its items clauses
		// parted by ， alone, is one sentence: its text; parted by ；, measures.
		{"标题\n一、做法\n坚持引育并举。一是面向全球引进学科领军人才，二是实施青年教师托举工程，三是完善博士后制度，力争新增国家级人才五十人次。\n",
			"标题\n  一、做法\n"},
		{"标题\n一、做法\n坚持引育并举。一是面向全球引进学科领军人才；二是实施青年教师托举工程；三是完善博士后制度。\n",
			"标题\n  一、做法\n    一是面向全球引进学科领军人才\n    二是实施青年教师托举工程\n    三是完善博士后制度\n"},
		// A lone 一是, or 统一是 inside a word, is prose.
		{"标题\n一、做法\n思想统一是前提。一是关键。正文。\n", "标题\n  一、做法\n"},
		{"标题\n一、做法\n第一，要坚持。第二，要落实。\n", "标题\n  一、做法\n    第一，要坚持\n    第二，要落实\n"},
		// A run across paragraphs, one measure a paragraph.
		{"标题\n一、做法\n一是加强学习。正文。\n二是强化督导。正文。\n三是压实责任。正文。\n总之，效果明显。\n二、体会\n正文。\n",
			"标题\n  一、做法\n    一是加强学习\n    二是强化督导\n    三是压实责任\n  二、体会\n"},
		// A lone 一是 opening a paragraph, or a 三是 after no 二是, is prose.
		{"标题\n一、做法\n一是要明确方向。正文。\n后面是散文。\n三是另一回事。\n", "标题\n  一、做法\n"},
	} {
		doc := Parse(c.in)
		checkInvariants(t, doc)
		if got := export.Outline(doc.Root); got != c.want {
			t.Errorf("Parse(%q):\n%s\nwant\n%s", c.in, got, c.want)
		}
	}
}

// TestRunAcrossParagraphs: the paragraph after a 一是 run is the heading's,
// not the last measure's.
func TestRunAcrossParagraphs(t *testing.T) {
	doc := Parse("标题\n一、做法\n一是甲事。正文。\n二是乙事。正文。\n总之，效果明显。\n")
	last := doc.Find([]int{1, 2})
	if last == nil || last.Heading() != "二是乙事" {
		t.Fatalf("1.2 = %v", last)
	}
	if strings.Contains(export.PlainText(doc, last, false), "总之") {
		t.Error("the closing paragraph went to the last measure")
	}
	if !strings.Contains(export.PlainText(doc, doc.Find([]int{1}), false), "总之") {
		t.Error("the closing paragraph is not the heading's")
	}
}

// TestNoStructure: text without structure gives a root and nothing else.
func TestNoStructure(t *testing.T) {
	for _, in := range []string{"", "\n\n\n", "   \u3000", "只有一句话。", "##paidbegin##\n##paidend##\n",
		strings.Repeat("这是一段没有结构的正文，只是很长。", 200)} {
		doc := Parse(in)
		checkInvariants(t, doc)
		if len(doc.Root.Children) != 0 {
			t.Errorf("Parse(%.30q): %d children, want none", in, len(doc.Root.Children))
		}
	}
}

// FuzzParse: no panic, and the tree's invariants hold for any input.
func FuzzParse(f *testing.F) {
	f.Add("2023汇编\n\n目录\n\n1.\n2.\n\n\n标题一\n\n导语。\n##paidbegin##一、做法\n一是甲。二是乙。\n")
	f.Add("标题\n（一）指导思想。正文。\n1.事项\n（1）细则\n①条目\n二、任务\n")
	f.Add("# 法\n## 第一章 总则\n第一条 为了规范，制定本法。\n（一）甲；\n")
	f.Add("\ufeff\r\n\u3000\u3000一、\r\n")
	f.Add("强化对标学习，把准方向。正文很长很长很长。强化问题导向，提升精度。正文很长很长很长。强化审核把关，提高质量。正文很长很长。")
	f.Add("【某素材库】会员客服谨防假冒\n附件1\n一、甲\n")
	f.Add("\x1b]52;c;AAAA\x07\x9b\xff\xfe")
	// A compilation: each article is finished apart (finishArticle).
	f.Add("汇编\n\n\n第一篇\n导语。\n一是甲。二是乙。\n（一）做法\n正文。\n\n\n第二篇\n正文。\n1.事项\n正文。\n\n\n第三篇\n强化学习。正文很长很长。强化导向。正文很长很长。\n")
	f.Add("加强：加强？首先，，？调查研究素材库客服（1）；“一是（一）？第一，，1.二要其一，第二，一要？二要二、（1）\n\n")
	// Lead clauses closed by ； and by ， after a measure verb (clause.go).
	f.Add("标题\n（一）甲\n做强主导产业；推动技术改造，新建智能工厂五家，产值增长。\n培育未来产业；布局低空经济等新赛道，抢占发展先机。\n加快“稳链，强链”，推动企业技改，增强发展后劲后劲后劲。\n")
	// Leads of session 9: two closed by ； beside a ，-clause, parts that
	// open with a lead over measures and items, leads closed by ：, a
	// list inside one sentence.
	f.Add("报告\n二、安排\n（一）甲\n煤炭产业高端化发展，建成智能化采煤工作面四十二个；\n非煤产业加速壮大；新材料、装备制造三大产业产值突破九百亿元。\n文旅康养成为新增长点；旅游收入增长百分之二十六。\n" +
		"（二）乙\n实施沉陷区综合治理三年攻坚行动。今年完成治理面积二十平方公里。一是推进修复；二是深化治理。\n（1）稳定就业；\n（三）丙\n推动城市由“矿区”向“城区”转变。实施城市更新行动，打通断头路十五条。\n" +
		"稳增长：出台支持制造业二十条。强链条：引进重大项目三十二个，总投资八百五十亿元。\n问题：一是需求不足，预期偏弱；二是动能不足。\n")
	// Session 12: a notice and the title it issues, a heading broken after
	// a comma, a list of items that all open with a digit, a closing address.
	f.Add("某市人民政府关于印发\n2026年工作要点的通知\n某政发〔2026〕3号\n各部门：\n现将《某市2026年工作要点》印发给你们。\n附件：某市2026年工作要点\n《某市2026年工作要点》\n一、甲，\n乙丙丁戊\n1.3月份，视察。\n2.4月份，审议。\n3.5月份，检查。\n指标\n增长6.8%\n加强建设。正文很长很长很长很长很长很长。\n各位代表！新的一年，继续努力！\n《》《\n")
	// Session 24: a joint byline, a lone 首先，, a party group over its
	// title, a bare sub-part over margin leads, labels of three or four
	// characters, an appendix listed then printed, a menu between bars, a
	// tab row over a notice, a page's number in brackets; cut mid-rune.
	f.Add("某县工作汇报\n中共某县委　某县人民政府\n首先，表示欢迎！\n某局党组\n关于整改情况的报告\n主要工作措施\n压紧压实责任。正文很长很长很长很长很长。\n" +
		"稳面积：正文很长很长。\n提单产；正文很长很长。\n守红线。正文很长很长。\n　　附件：1．某表\n　　　　2．某表二\n某局\n2026年12月4日\n附件1\n某表\n附件2\n某表二\n" +
		"👉 路线图 ｜ 👉 模拟 ｜ 👉 明细\n点菜　　评价 4.8　　商家\n扫码关注\n【第2页】\n5G+智慧商圈建设。正文\xe4\xb8")
	f.Fuzz(func(t *testing.T, s string) {
		doc := Parse(s)
		checkInvariants(t, doc)
		for n := range doc.Root.All() {
			if !utf8.ValidString(n.Title) && utf8.ValidString(s) {
				t.Fatalf("title %q is not valid UTF-8", n.Title)
			}
		}
	})
}

// bigDoc generates a compilation of about size bytes with the repo's
// generator.
func bigDoc(tb testing.TB, size int64) string {
	tb.Helper()
	var b bytes.Buffer
	b.Grow(int(size) + 1<<20)
	if err := gen.Write(&b, size, 1); err != nil {
		tb.Fatal(err)
	}
	return b.String()
}

// TestGenerated: a generated compilation parses into its articles.
func TestGenerated(t *testing.T) {
	text := bigDoc(t, 1<<20)
	doc := Parse(text)
	checkInvariants(t, doc)
	if len(doc.Root.Children) < 20 {
		t.Fatalf("%d articles from 1 MB", len(doc.Root.Children))
	}
	for _, a := range doc.Root.Children {
		if a.Kind != model.KindArticle || len(a.Children) == 0 {
			t.Errorf("article %q: kind %s, %d children", a.Title, a.Kind, len(a.Children))
		}
	}
	if strings.Contains(export.PlainText(doc, doc.Root, false), "##paid") {
		t.Error("paid markers left in the clean text")
	}
}

// BenchmarkParse100MB parses a generated 100 MB compilation; MB/s is the
// number to watch (go test -bench Parse -benchtime 3x ./parse).
func BenchmarkParse100MB(b *testing.B) {
	text := bigDoc(b, 100<<20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		Parse(text)
	}
}

// BenchmarkParseSeed parses a document of the seed's size (30 KB).
func BenchmarkParseSeed(b *testing.B) {
	text := bigDoc(b, 30<<10)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for range b.N {
		Parse(text)
	}
}

// BenchmarkParseTOCHead parses the first 32 KB of a large generated
// compilation, what the reader previews while the whole loads: it is
// nearly all 目录, thousands of empty entries (1. 2. …).
func BenchmarkParseTOCHead(b *testing.B) {
	text := bigDoc(b, 30<<20)
	head := text[:32<<10]
	head = head[:strings.LastIndexByte(head, '\n')+1]
	if n := strings.Count(head, "\n"); n < 3000 {
		b.Fatalf("the head has %d lines, not a long 目录", n)
	}
	b.SetBytes(int64(len(head)))
	for b.Loop() {
		Parse(head)
	}
}

// BenchmarkParseAlikeParagraphs: 16,384 paragraphs that all open with a
// short lead sentence, one section: lead candidates are compared with
// their neighbours only (every pair took 46 s).
func BenchmarkParseAlikeParagraphs(b *testing.B) {
	text := "标题\n\n" + strings.Repeat("调查研究的重要讲话。大操场一角。\n", 16384)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Parse(text)
	}
}

// BenchmarkScanSentences splits every paragraph of an 8 MB generated
// compilation into sentences: the loop that reads every byte of a file.
func BenchmarkScanSentences(b *testing.B) {
	text := bigDoc(b, 8<<20)
	paras := strings.Split(text, "\n")
	b.SetBytes(int64(len(text)))
	var buf []sentence
	for b.Loop() {
		for _, p := range paras {
			buf, _ = scanSentences(buf, p, false, -1)
		}
	}
}

// BenchmarkPromo scores every paragraph of an 8 MB generated compilation
// for advertising.
func BenchmarkPromo(b *testing.B) {
	text := bigDoc(b, 8<<20)
	paras := strings.Split(text, "\n")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		for _, p := range paras {
			isPromo(p)
		}
	}
}

// BenchmarkMarkJunk runs the junk filter (paid markers, advertising, web
// chrome) over an 8 MB generated compilation.
func BenchmarkMarkJunk(b *testing.B) {
	text := bigDoc(b, 8<<20)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		markJunk(text, splitLines(text))
	}
}

// TestPromoShortcut: isPromo and isPromoFragment, which look for a contact
// number only where it would change the verdict, agree with the verdicts
// on the full scores (promoScore, contactScore) on every line of the
// fixtures, a generated compilation and lines made to sit on the edges.
func TestPromoShortcut(t *testing.T) {
	lines := testLines(t, 2<<20)
	words := append(append([]string{}, strongPromo...), weakPromo...)
	for i := range 20000 {
		var b strings.Builder
		for k := range i % 6 {
			b.WriteString(words[(i*7+k*13)%len(words)])
			b.WriteString("，")
		}
		if i%3 == 0 {
			b.WriteString("电话：1 4367 8")
		}
		if i%5 == 0 {
			b.WriteString("2023年")
		}
		lines = append(lines, b.String())
	}
	n := 0
	for _, l := range lines {
		s, w := promoScore(l)
		if want := len(l) <= maxPromoBytes && (s >= 2 || s == 1 && w >= 3); isPromo(l) != want {
			t.Errorf("isPromo(%q) = %v, scores %d %d", l, !want, s, w)
		}
		s, w = contactScore(l)
		if want := len(l) <= 150 && (s >= 1 || w >= 2); isPromoFragment(l) != want {
			t.Errorf("isPromoFragment(%q) = %v, scores %d %d", l, !want, s, w)
		}
		if isPromo(l) {
			n++
		}
	}
	if n < 100 {
		t.Errorf("only %d of %d lines are advertising: the test does not reach the verdicts", n, len(lines))
	}
}

// TestSplitLinesSpans: lines cut on all cores, in spans as small as a few
// bytes, are the lines of a plain loop over the text.
func TestSplitLinesSpans(t *testing.T) {
	ref := func(text string) []line {
		var out []line
		at := 0
		for i, s := range strings.Split(text, "\n") {
			st, e := trimSpace(text, at, at+len(s))
			out = append(out, line{num: int32(i + 1), start: st, end: e})
			at += len(s) + 1
		}
		if n := len(out); n > 1 && out[n-1].blank() && strings.HasSuffix(text, "\n") {
			out = out[:n-1]
		}
		return out
	}
	defer func(c int) { splitChunk = c }(splitChunk)
	texts := []string{"", "\n", "a", "a\n", "\n\n", "一\n　二　\r\n三", "abcdefgh\nb", "a\nbbbbbbbbbbbbbbbbbbbb", "\ufeff　　正文。\n\n\n末行"}
	for i := range 200 {
		texts = append(texts, strings.Repeat("第一行\n\n  二 \r\n", i%7)+strings.Repeat("长", i%13)+strings.Repeat("\n", i%3))
	}
	for _, chunk := range []int{1, 2, 3, 5, 8, 1 << 20} {
		splitChunk = chunk
		for _, text := range texts {
			if got, want := splitLines(text), ref(text); !reflect.DeepEqual(got, want) {
				t.Fatalf("chunk %d, splitLines(%q) = %v, want %v", chunk, text, got, want)
			}
		}
	}
}

// BenchmarkParseUnlinkedLeads: 32,768 paragraphs that open with a lead-long
// sentence, each unlike the others, in one section: every candidate is a
// group of its own, and the groups are gathered in one pass (a scan after
// each group's first member took 3 s for 80,000).
func BenchmarkParseUnlinkedLeads(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("标题\n\n")
	han := []rune("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经")
	for i := range 32768 {
		for k := range 100 {
			if k == 36 {
				sb.WriteString("。")
			}
			sb.WriteRune(han[(i*7+k*k*13+i/len(han)+k*i)%len(han)])
		}
		sb.WriteString("。\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Parse(text)
	}
}

// An inline measure's title is its clause, read for at most titleScan
// bytes: a clause past that with no comma to cut at gives a title of the
// bytes read, ending where a rune ends; a shorter clause is whole.
func TestInlineTitleScan(t *testing.T) {
	long := strings.Repeat("加强领导", 200) // 2,400 bytes, no comma
	short := strings.Repeat("完善制度", 20)
	doc := Parse("标题\n\n一是" + long + "。二是" + short + "。\n")
	checkInvariants(t, doc)
	var titles []string
	for n := range doc.Root.All() {
		if n.Marker == "一是" || n.Marker == "二是" {
			titles = append(titles, n.Title)
		}
	}
	if len(titles) != 2 {
		t.Fatalf("measures %q, want 一是 and 二是", titles)
	}
	if got := titles[0]; len(got) > titleScan || len(got) < titleScan-3 || !utf8.ValidString(got) || !strings.HasPrefix(long, got) {
		t.Errorf("一是's title: %d bytes, valid %v", len(got), utf8.ValidString(got))
	}
	if titles[1] != short {
		t.Errorf("二是's title %q, want the whole clause", titles[1])
	}
}

// testLines returns the lines of a generated compilation of size bytes
// and of every fixture: the paragraphs the tests that hold new code to the
// former run both on.
func testLines(t *testing.T, size int64) []string {
	t.Helper()
	lines := strings.Split(bigDoc(t, size), "\n")
	files, _ := filepath.Glob("../testdata/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, strings.Split(string(b), "\n")...)
	}
	return lines
}

// promoScore counts the distinct strong and weak advertising signals in p:
// its words, and a contact number as one more strong signal where there is
// a word. isPromo's verdict is this score's (TestPromoShortcut).
func promoScore(p string) (strong, weak int) {
	strong, weak = keywordScore(p)
	if strong+weak > 0 && hasContact(p) {
		strong++
	}
	return strong, weak
}

// contactScore is promoScore counting a contact number even alone, for
// the short lines next to an advertisement (isPromoFragment's verdict).
func contactScore(p string) (strong, weak int) {
	strong, weak = keywordScore(p)
	if hasContact(p) {
		strong++
	}
	return strong, weak
}

// TestMergeJunk: the filtered spans of the three passes, each in order,
// are joined in order of position, ties going to the earlier pass, as a
// stable sort of their concatenation would order them.
func TestMergeJunk(t *testing.T) {
	j := func(start int) model.Junk { return model.Junk{Span: model.Span{Start: start, End: start + 1}} }
	for _, tc := range []struct {
		name  string
		lists [][]model.Junk
		want  []int
	}{
		{"none", [][]model.Junk{nil, nil, nil}, nil},
		{"one list", [][]model.Junk{nil, {j(1), j(5)}, nil}, []int{1, 5}},
		{"interleaved", [][]model.Junk{{j(2), j(9)}, {j(1), j(4)}, {j(3), j(10)}}, []int{1, 2, 3, 4, 9, 10}},
		{"runs", [][]model.Junk{{j(1), j(2), j(3)}, {j(7), j(8)}, {j(4)}}, []int{1, 2, 3, 4, 7, 8}},
	} {
		got := mergeJunk(tc.lists...)
		var starts []int
		for _, g := range got {
			starts = append(starts, g.Span.Start)
		}
		if !slices.Equal(starts, tc.want) {
			t.Errorf("%s: got %v, want %v", tc.name, starts, tc.want)
		}
	}
	rng := rand.New(rand.NewPCG(7, 7))
	for range 2000 {
		var lists [3][]model.Junk
		var all []model.Junk
		for k := range lists {
			at := 0
			for range rng.IntN(8) {
				at += rng.IntN(4) // ties within and across the lists
				lists[k] = append(lists[k], model.Junk{Kind: model.JunkKind(k), Span: model.Span{Start: at, End: at + 1}})
			}
			all = append(all, lists[k]...)
		}
		sort.SliceStable(all, func(a, b int) bool { return all[a].Span.Start < all[b].Span.Start })
		if len(all) == 0 {
			all = nil
		}
		if got := mergeJunk(lists[0], lists[1], lists[2]); !slices.Equal(got, all) {
			t.Fatalf("mergeJunk(%v) = %v, want %v", lists, got, all)
		}
	}
}

// TestMenuRuns: a run of five or more menu words outside the prose is
// chrome however long it is, one span a line; fewer than five, or inside
// the prose, stay text.
func TestMenuRuns(t *testing.T) {
	menu := "首页\n政务公开\n办事服务\n互动交流\n走进某市\n"
	prose := "关于做好工作的通知\n为切实做好今冬明春供暖工作，现就有关事项通知如下。\n"
	for _, tc := range []struct {
		name, text string
		chrome     int
	}{
		{"before the prose", menu + prose, 5},
		{"after the prose", prose + menu, 5},
		{"four are not a menu", "首页\n政务公开\n办事服务\n互动交流\n" + prose, 0},
		{"inside the prose", prose + menu + prose, 0},
		{"no prose at all", strings.Repeat(menu, 2000), 10000},
		{"blank lines between", strings.ReplaceAll(menu, "\n", "\n\n") + prose, 5},
	} {
		doc := Parse(tc.text)
		n := 0
		for _, j := range doc.Junk {
			if j.Kind == model.JunkWebChrome {
				n++
			}
		}
		if n != tc.chrome {
			t.Errorf("%s: %d lines of chrome, want %d", tc.name, n, tc.chrome)
		}
	}
}

// TestRecordLinesAreNoMenu: a 公文's addressee and subject-word lines,
// names parted by spaces, are the document's, not a site's menu; a menu
// stays one.
func TestRecordLinesAreNoMenu(t *testing.T) {
	for s, want := range map[string]bool{
		"抄送：县委办公室　县人大办公室　县政协办公室　县法院": false,
		"主送：各乡镇人民政府　县直各单位　各有关企业　各学校": false,
		"主题词：社团　会员　年费　通知":            false,
		"　　主题词 ：教育　培训　课程　通知":         false,
		"首页　政务公开　办事服务　互动交流　走进某市":     true,
		"抄送本站　首页　政务公开　办事服务":          true, // no label: 抄送 is a word of it
	} {
		if got := isChromeLine(s); got != want {
			t.Errorf("isChromeLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// BenchmarkParseAllChrome: a file where every line is web chrome or a
// menu word has a filtered span a line: 4.4× its size allocated, 14×
// before the spans were listed at their exact size and merged, not sorted.
func BenchmarkParseAllChrome(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 8<<20 {
		sb.WriteString("首页\n政务公开\n办事服务\n互动交流\n走进某市\n责任编辑：张三\n分享到：微信 微博\n首页 > 政务公开 > 通知公告\n")
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Parse(text)
	}
}

// BenchmarkOpenBoldHTML: 4 MB of HTML where every paragraph opens with a
// bold lead sentence sharing its opening and ending with the others, so
// every lead is compared with the next 32 (17 MB took 2.4 s, 1.6 s once
// no more than 4 shared runes were counted).
func BenchmarkOpenBoldHTML(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("<html><head><title>汇编</title></head><body><h1>经验材料汇编</h1>\n")
	for i := 0; sb.Len() < 4<<20; i++ {
		fmt.Fprintf(&sb, "<p><strong>强化组织领导%d，把准工作方向。</strong>成立工作专班，统筹推进各项任务落实，确保取得实效。</p>\n", i)
	}
	sb.WriteString("</body></html>\n")
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Open("bold.html", data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
