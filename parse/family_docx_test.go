package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"wenji/model/export"
)

// familyNumbering adds to ruleNumbering the lists of reports numbered by
// Word itself: a four-level list as a county report sets it up (一、,
// （一） in chineseCountingThousand, 1. and ⑴ restarting under each
// parent), （1） as decimal with a （%1） pattern, and 1、 as decimal %1、.
const familyNumbering = ruleNumbering +
	`<w:abstractNum w:abstractNumId="50">` +
	`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>` +
	`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/><w:lvlText w:val="（%2）"/></w:lvl>` +
	`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>` +
	`<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedParen"/><w:lvlText w:val="%4"/></w:lvl>` +
	`</w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="60"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum>` +
	`<w:abstractNum w:abstractNumId="70"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>` +
	`<w:num w:numId="5"><w:abstractNumId w:val="50"/></w:num>` +
	`<w:num w:numId="6"><w:abstractNumId w:val="60"/></w:num>` +
	`<w:num w:numId="7"><w:abstractNumId w:val="70"/></w:num>` +
	`<w:num w:numId="8"><w:abstractNumId w:val="50"/></w:num>`

// familyStyles are the paragraph styles a fixture names with {s:ID}: Word's
// Title and Heading 1–2, and the custom 一级标题/二级标题 of a government
// template, which say their level by outline level only; the headings
// number themselves from list 8 (一、 and （一）).
const familyStyles = `<?xml version="1.0"?><w:styles xmlns:w="` + nsW + `">` +
	`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="8"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="8"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="a1"><w:name w:val="一级标题"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
	`<w:style w:type="paragraph" w:styleId="a2"><w:name w:val="二级标题"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
	`</w:styles>`

// familyDocx builds a .docx from a fixture in markupParagraph's markup,
// where consecutive lines opening with {tbl} are the rows of a table, its
// cells separated by |, and a line opening with {tbl1} is a table of one
// cell (a box drawn round the line).
func familyDocx(t testing.TB, src string) []byte {
	var body strings.Builder
	inTable := false
	for _, line := range strings.Split(strings.TrimRight(src, "\n"), "\n") {
		if box, ok := strings.CutPrefix(line, "{tbl1}"); ok {
			if inTable {
				body.WriteString("</w:tbl>")
				inTable = false
			}
			body.WriteString(`<w:tbl><w:tblGrid><w:gridCol w:w="8000"/></w:tblGrid><w:tr><w:tc>` + markupParagraph(box) + "</w:tc></w:tr></w:tbl>")
			continue
		}
		row, ok := strings.CutPrefix(line, "{tbl}")
		if ok && !inTable {
			cols := strings.Count(row, "|") + 1
			body.WriteString("<w:tbl><w:tblGrid>" + strings.Repeat(`<w:gridCol w:w="4000"/>`, cols) + "</w:tblGrid>")
		} else if !ok && inTable {
			body.WriteString("</w:tbl>")
		}
		inTable = ok
		if !ok {
			body.WriteString(styledParagraph(line))
			continue
		}
		body.WriteString("<w:tr>")
		for _, cell := range strings.Split(row, "|") {
			body.WriteString("<w:tc>" + markupParagraph(cell) + "</w:tc>")
		}
		body.WriteString("</w:tr>")
	}
	if inTable {
		body.WriteString("</w:tbl>")
	}
	return zipDocx(t, body.String(), familyNumbering, [2]string{"word/styles.xml", familyStyles})
}

// styledParagraph is markupParagraph with {s:ID} first on the line giving
// the paragraph the style ID.
func styledParagraph(line string) string {
	rest, ok := strings.CutPrefix(line, "{s:")
	if !ok {
		return markupParagraph(line)
	}
	end := strings.Index(rest, "}")
	ps := `<w:pStyle w:val="` + rest[:end] + `"/>`
	x := markupParagraph(rest[end+1:])
	if strings.HasPrefix(x, "<w:p><w:pPr>") {
		return "<w:p><w:pPr>" + ps + x[len("<w:p><w:pPr>"):]
	}
	return "<w:p><w:pPr>" + ps + "</w:pPr>" + x[len("<w:p>"):]
}

// TestFamilyDocx reads reports of the 政府工作报告 family in styles the
// corpus does not show, each from its .docx and from the plain text one
// copies out of Word (one paragraph a line, the bold gone, Word's own
// numbers gone with it): a city report typed by hand with a heading
// broken over two lines, a table and a glossary; a county report numbered
// by Word's lists; a province report whose parts open with a sentence and
// hold leads inside the paragraph; a bureau's 工作总结 that ends with its
// signature; a prefecture's with a table in its 附件; a district's whose
// bold leads end with ；, ： or ， instead of 。; a county secretary's
// 讲话稿 with 一是 leads inside a paragraph and 第一，要… leads; a bureau's
// 工作要点 of 1. items over （1） items, signed at the end; and twelve more
// written blind by helper sessions that never read the parser's rules
// (city-anping-autonum … speech-city-yingshang, city-heling-northeast …
// region-ningchuan-zizhiqu), measured once each with outline-eval before
// they joined (session 7: their goldens are that day's outlines, known
// misses included: a lead of three characters in text, a part with a
// single lead in text); and county-linshui-mixed, written in session 8
// for its rules (three-character leads and clauses, a ；lead among 。 ones,
// a lone lead, parallel ，-clauses, a table whose rows open with a number),
// whose text reads as its .docx does; and six more written blind for
// session 9 (blind13d: city-wuling-ziyuan … township-qingshi-xiang),
// their goldens that day's outlines, misses included; and in fresh/, six
// more written blind for session 10 (blind13e: city-qingjiang-yusuan …
// street-fenglin-jiedao), their goldens that day's outlines when they
// joined, and three written in session 10, scored on main before any rule
// was tuned on them; and six more written blind in session 10 (blind13f:
// audit-yuechuan-shengji-yusuan … town-putang-bannian-zongjie), measured
// then and added in session 11, whose text goldens changed with the rules
// they showed wanting; and six more written blind for session 11
// (blind13g: city-qiwu-gongzuoyaodian … town-tankou-zhuxituan), added in
// session 12 with that day's outlines as goldens, which changed with the
// rules they showed wanting; and six more written blind for session 14
// (blind13k: city-chengzhou-dijishi … region-cangyuan-zizhiqu-2026),
// added in session 14 with the outlines of the day after the rules they
// showed wanting (a styled heading running into its text, an office over
// its year's report, a ；-list closed by 。, a glossary with no 附件); and
// six more written blind for session 15 (blind13l: banner-erdun-qi …
// speech-mayor-qinghuai-jingjihuiyi), added in session 15 with that day's
// outlines, read through before they joined (the text of a report whose
// parts Word numbered has them flat, its numbers lost); and six more
// written blind for session 15 (blind13m: city-jinyuan-xibei-liebiao …
// province-dainan-liangxing-biaoti), added in session 16 with that day's
// outlines (a two-line title, a ；-lead report, a table of indicators, a
// 换届 report's five-year review); and six more written blind for session
// 16 (blind13n: city-puchuan-jihua-zhixing … town-tongwan-zhen-yishi),
// added in session 17 with that day's outlines (a report numbered by Word's
// list throughout, a 计划 report of two title lines, a glossary and an 附件
// after the closing, 产业链 items under a run-in subpart); and six more
// written blind for session 17 (blind13o: banner-talinguole-qi-zhengfu …
// street-liuwan-jiedao-niandu), added in session 18 with that day's
// outlines (a 人大常委会 and a 政协常委会 report, a district report
// numbered by Word's list, a 预算 report with tables, a 街道 report whose
// subparts run bold clauses closed by ，, a 旗 report in template styles);
// and six more written blind for session 18 (blind13p:
// city-yuanqiu-jihua-zhixing-biaoge … npc-linzhu-xianjishi-changweihui),
// added in session 19 with that day's outlines (a 盟 and a 地区 行署
// report, the latter numbered by Word's list, a 国家级新区 管委会 report,
// a 县级市 人大常委会 report with a part's title over two bold lines, an
// 应急管理厅 summary with plain parts, a 计划执行 report with captioned
// tables); and six more written blind for session 19 (blind13q:
// cppcc-xunxi-xian-tian-gongzuo … union-chengling-zonggonghui-daibiaodahui),
// added in session 20 with that day's outlines (a 县政协常委会 提案 report
// and a 自贸片区 report with tables, a 垦区 report with a two-line title,
// a 县委全会 report, a 税务局 summary numbered by Word's heading styles, a
// 总工会 代表大会 report); and six more written blind for session 21
// (blind13r: coop-jiachuan-gongxiaoshe-sheyuandaibiao …
// plan-boling-shiwuwu-gangyao), added in session 22 with that day's
// outlines (a 供销社 代表大会 report with a glossary after the closing, a
// 区长 述职述廉 report, a 环境 report to a standing committee with an 附件,
// a 工商联 report numbered by Word's list, a 党代会 report, a 规划纲要 of
// 第X章/第X节 with 专栏 boxes); and six more written blind for session 24
// (blind13u: commerce-yanling-shangwuju-gongzuoyaodian-autonum …
// xuncha-xuting-zhujianju-zhenggai), added in session 24 with the
// outlines of the day after the rules they showed wanting (a joint byline
// of 县委 and 县政府, a lone 首先， courtesy, a 党组 over its report's
// title, a Word list's items under a sub-part standing alone, 存在的主要问题
// after a table, a 5G+ lead, labels closed by ：；。 in one run, an 附件
// listed before the 落款); and six more written blind in session 22
// (blind13t: culture-ziling-wenlvju-zongjie-dasuan …
// transport-linxu-shiwuwu-guihua: a 医保局 and a 人社局 report, the latter
// numbered by Word's list throughout, a 文旅局 总结与打算, a 十五五 交通规划 of
// 第X章/第X节, a 区人大常委会 report, a 应急管理局 speech whose parts are
// numbered by heading styles), added on branch outline27 with that day's
// outlines, which changed with the rules they showed wanting; and six more
// written blind in session 23 (blind13v:
// civil-yanbei-minzhengju-yanglao-zhuanti-huibao …
// street-liutang-danggongwei-jicengzhili-jingyan: a 民政局 专题汇报 with a
// part's title over two plain lines, a 住建局 summary numbered by Word's
// list, a 市场监管局 report in heading styles, a 科技局 三年行动方案 of
// 第X章/第X节 mixed with 一、, a 县委书记's speech with 一是 lines standing
// alone over bold leads, a 街道党工委 经验交流 with 【案例】 boxes), added on
// branch outline28 with that day's outlines; and six more written blind
// in session 24 (blind13w: cppcc-heyang-xian-changweihui-quanhui …
// water-qiaoling-shuiliju-gongzuoyaodian: a 乡人大主席团 report, a 县国资委
// 总结和打算 and a 卫健委 医改汇报 numbered by Word's list, a 县政协常委会
// report with a part's title over two bold lines, a 水利局 工作要点 in
// heading styles, a 区委书记's speech with no bold leads), added on branch
// outline30 with that day's outlines, which changed with the rules they
// showed wanting; and six more written blind in session 25 (blind13x:
// cast-weitang-xian-kexie-diwuci-daibiaodahui …
// veterans-qingya-shi-tuiyijunren-gongzuoyaodian: a 县科协 and a 县残联
// 代表大会 report, the latter numbered by Word's list with a half's title
// over two lines, a 自然资源局 总结和打算, a 宣传部长's speech with no bold,
// a 社区党委书记's 述职报告, a 退役军人事务局 工作要点 in heading styles),
// added on branch outline31 with the outlines a reader expects, read
// against their markup; and six more written blind in session 26
// (blind13y: city-yuanbu-dijishi-wangzhan-mingci …
// procuratorate-tingpu-shi-jianchayuan-diyi: a city's 政府工作报告 with a
// glossary, a county's with 一是 lines over bold leads and an 附件 list, a
// 自治州's in heading styles under a news dateline, a 检察院's with leads
// closed by ，, a 政协常委会's with tables and a 专栏 box, a district's with
// no bold at all), added on branch outline32 with the outlines a reader
// expects but for two misses left (in text, 前移监督关口， opening its run
// of ，-leads; in both, the lone opener 安全是发展的前提。 over two 要
// leads). The outline of
// the .docx is the golden, the text's is TestFamilyText's. With
// WENJI_DOCX_DIR set it also writes each .docx there, for
// ../shared/tools/outline-eval.
func TestFamilyDocx(t *testing.T) {
	eachFamily(t, func(t *testing.T, name, src string) {
		text, hints := evalDocx(t, name, familyDocx(t, src))
		doc := ParseHinted(text, hints)
		golden(t, "testdata/family/"+name+".want", export.Outline(doc.Root))
	})
}

// eachFamily runs test on each fixture of testdata/family, by its name,
// and on those of testdata/family/fresh, named fresh/…: the reports of
// session 10, kept out of the genre table's sources (promoGenreSources),
// whose Bloom filter the bigrams of more reports tip (five of the
// promotion tests failed with three of them in, two with the six of
// blind13e: their 有求必应 and 文案 made two sites' slogans read as prose).
func eachFamily(t *testing.T, test func(t *testing.T, name, src string)) {
	names, err := filepath.Glob("testdata/family/*.txt")
	fresh, _ := filepath.Glob("testdata/family/fresh/*.txt")
	if err != nil || len(names) < 4 || len(fresh) < 3 {
		t.Fatalf("fixtures: %v %v %v", names, fresh, err)
	}
	for _, path := range append(names, fresh...) {
		name := strings.TrimSuffix(strings.TrimPrefix(path, "testdata/family/"), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			test(t, name, string(b))
		})
	}
}

// evalDocx returns the text and hints of a fixture's .docx, and writes it
// to $WENJI_DOCX_DIR when that is set, for ../shared/tools/outline-eval.
func evalDocx(t *testing.T, name string, data []byte) (string, []Hint) {
	t.Helper()
	if dir := os.Getenv("WENJI_DOCX_DIR"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(name)+".docx"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	text, hints, err := docxText(data)
	if err != nil {
		t.Fatal(err)
	}
	return text, hints
}

// plainDump is what one gets copying a fixture's document out of Word as
// outline-eval does: each paragraph's text on a line (a table's cells one
// a line), without the bold and without the numbers Word's lists add.
func plainDump(src string) string {
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimRight(src, "\n"), "\n") {
		for strings.HasPrefix(line, "{") {
			line = line[strings.Index(line, "}")+1:]
		}
		for _, cell := range strings.Split(line, "|") {
			if cell = strings.ReplaceAll(cell, "**", ""); strings.TrimSpace(cell) != "" {
				b.WriteString(cell + "\n")
			}
		}
	}
	return b.String()
}

// TestFamilyText reads the fixtures of TestFamilyDocx as plain text, in
// UTF-8 and in GB18030: the bold is gone, so leads are found by their
// wording and the shape of the paragraphs, and the two encodings give
// the same outline.
func TestFamilyText(t *testing.T) {
	eachFamily(t, func(t *testing.T, name, src string) {
		dump := plainDump(src)
		doc, err := Open(name+".txt", []byte(dump), Options{})
		if err != nil {
			t.Fatal(err)
		}
		got := export.Outline(doc.Root)
		golden(t, "testdata/family/"+name+".text.want", got)
		gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(dump))
		if err != nil {
			t.Fatal(err)
		}
		gdoc, err := Open(name+".gbk.txt", gb, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if g := export.Outline(gdoc.Root); g != got {
			t.Errorf("GB18030 (%s) outline differs from UTF-8:\n%s", gdoc.Encoding, diff(got, g))
		}
	})
}
