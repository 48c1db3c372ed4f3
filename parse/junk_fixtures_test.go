package parse

import (
	"strings"
	"testing"

	"wenji/model"
	"wenji/model/export"
)

// fixtureCompilation is a compilation of our own writing: a title, three
// articles with standalone section headings, body paragraphs one a line.
// The marks @HEAD@, @IN1@, @GAP1@, @IN2@, @GAP2@, @IN3@ and @FOOT@ are where
// promotion goes: before the title, inside each article (glued between
// two paragraphs), between articles (set off by two blank lines, the
// compilation's break between articles, on each side) and after the last
// one.
const fixtureCompilation = `@HEAD@
2024年基层治理工作经验交流材料（3篇）


以网格化管理提升基层治理效能

近年来，我县坚持把网格化管理作为基层治理的基础工程，织密网格、配强力量、健全机制，推动治理重心下移。
一、科学划分网格
按照地域相邻、便于管理的原则，全县共划分综合网格1260个，每个网格配备专职网格员1名。
@IN1@
二、压实网格责任
建立县乡村组四级网格责任体系，明确网格员信息采集、矛盾调处等8项职责，实行清单化管理。
三、强化考核激励
将网格工作纳入乡镇年度考核，对表现突出的网格员优先推荐评先评优。


@GAP1@


党建引领物业服务提质增效的实践

某区聚焦群众反映强烈的物业服务问题，以党建引领为抓手，构建社区党组织、业委会、物业企业协同机制。
一、建强组织体系
推动符合条件的物业企业成立党支部，选派党建指导员48名，实现红色物业全覆盖。
@IN2@
二、健全议事机制
每月召开三方联席会议，协商解决停车难、环境差等问题320余件。
三、完善评价体系
引入居民满意度测评，测评结果与物业费调整挂钩。


@GAP2@


深化“最多跑一次”改革的做法与成效

某市以企业和群众办事便利度为导向，持续深化“最多跑一次”改革，营商环境不断优化。
一、推进流程再造
梳理高频事项156项，压减办理环节42%，平均办理时限缩短至2.3个工作日。
@IN3@
二、拓展线上服务
依托一体化政务服务平台，实现98%的事项网上可办。
三、强化数据共享
打通部门数据壁垒，共享调用数据1.2亿条次。
@FOOT@
`

// fixturePromo holds one block of each kind for each position, worded as
// the sites we built the filter from word theirs.
var fixturePromo = []struct {
	at   string
	kind model.JunkKind
	text string
}{
	{"@HEAD@", model.JunkPromo, "欢迎关注本号，后台留言“年终总结”即可领取"},
	{"@HEAD@", model.JunkDisclaimer, "文章转自网络，版权归属原作者，若有不妥请告知"},
	{"@HEAD@", model.JunkNavigation, "全文约4200字 阅读需要10分钟"},
	{"@HEAD@", model.JunkTruncation, "↓↓↓ 以下为文档预览内容，节选部分 ↓↓↓"},
	{"@IN1@", model.JunkTruncation, "此处为预览内容，剩余部分需登录后查看"},
	{"@IN1@", model.JunkPromo, "全套资料打包价19.9元，拍下自动发货，VIP会员免费下载"},
	{"@IN2@", model.JunkNavigation, "=====>>> 点击下方“阅读原文”查看更多 <<<====="},
	{"@IN2@", model.JunkPromo, "亲，加微信 wxgw1688 领取本文Word完整版"},
	{"@IN3@", model.JunkDisclaimer, "——本文内容来源于网络，仅供学习交流，侵权即删——"},
	{"@IN3@", model.JunkTruncation, "~~~ 篇幅所限，余下内容请下载全文查看 ~~~"},
	{"@GAP1@", model.JunkNavigation, "觉得不错就顺手转发一下吧，点个赞再走~"},
	{"@GAP1@", model.JunkPromo, "笔墨轩——专注机关文稿二十年，值得信赖"},
	{"@GAP2@", model.JunkPromo, "开通年费会员，全站8万篇精品范文免费下载，优惠仅限本周"},
	{"@GAP2@", model.JunkDisclaimer, "声明：本平台文档均由用户上传，仅供参考，如涉及版权请联系删除"},
	{"@FOOT@", model.JunkNavigation, "- THE END -"},
	{"@FOOT@", model.JunkNavigation, "编辑：小李  校对：小王  审核：老张"},
	{"@FOOT@", model.JunkPromo, "网盘地址：pan.example.com/s/8xYz 提取码：a7b9，失效请私信"},
	{"@FOOT@", model.JunkPromo, "您还可以在店铺购买同类材料合集，好评返现5元"},
	{"@GAP1@", model.JunkTruncation, "（以上为第一篇节选，完整内容请见合集）"},
	{"@FOOT@", model.JunkDisclaimer, "本文仅代表作者个人观点，与本站立场无关，转载请注明出处"},
	{"@FOOT@", model.JunkTruncation, "……（本预览仅含部分章节，余下内容未完待续）"},
	{"@HEAD@", model.JunkPaidMarker, "##freebegin##"},
	{"@GAP2@", model.JunkPaidMarker, "##pagebreak##"},
	{"@IN3@", model.JunkPaidMarker, "$$paid$$"},
	{"@FOOT@", model.JunkPaidMarker, "$$paidend$$"},
}

// fixtureKeep are paragraphs of the genre on the same subjects as
// promotion; they go inside the articles and must stay.
var fixtureKeep = []struct{ at, text string }{
	{"@IN1@", "县融媒体中心运营的“平安XX”政务公众号开设“网格故事”专栏，推送稿件320篇，点击量超过150万次。"},
	{"@IN1@", "居民扫描小区门口二维码即可反映诉求，网格员24小时内上门回应。"},
	{"@IN2@", "区物业协会现有会员单位86家，协会组织会员单位签订服务承诺书。"},
	{"@IN2@", "依法查处有偿代写、违规收费等问题11起，公开通报典型案例。"},
	{"@IN3@", "联合网信部门开展专项整治，打击网络侵权盗版行为，关闭违规网站23个。"},
	{"@IN3@", "开通企业服务专线，为企业提供政策咨询、手续代办等服务1.6万次。"},
	{"@FOOT@", "同志们，改革只有进行时，没有完成时。让我们以更加昂扬的斗志，真抓实干、努力奋斗！"},
	{"@FOOT@", "欢迎各界人士提出宝贵意见建议，共同推动改革走深走实。"},
}

// fixtureText fills the marks: with blank lines around a block between
// articles, before the title and at the end, glued inside an article.
func fixtureText(withPromo, withKeep bool) string {
	s := fixtureCompilation
	for _, at := range []string{"@HEAD@", "@IN1@", "@GAP1@", "@IN2@", "@GAP2@", "@IN3@", "@FOOT@"} {
		var blocks []string
		if withKeep {
			for _, k := range fixtureKeep {
				if k.at == at {
					blocks = append(blocks, k.text)
				}
			}
		}
		if withPromo {
			for _, p := range fixturePromo {
				if p.at == at {
					blocks = append(blocks, p.text)
				}
			}
		}
		sep := "\n\n"
		if strings.HasPrefix(at, "@IN") {
			sep = "\n"
		}
		repl := strings.Join(blocks, sep)
		if repl == "" {
			// No block: the mark's line goes, and so does its newline
			// inside an article.
			if strings.HasPrefix(at, "@IN") {
				s = strings.Replace(s, at+"\n", "", 1)
			} else {
				s = strings.Replace(s, at, "", 1)
			}
			continue
		}
		s = strings.Replace(s, at, repl, 1)
	}
	return s
}

// TestFixturePromotion: every kind of promotion in every position is
// filtered with its kind, every real paragraph stays, and the outline is
// the one without promotion.
func TestFixturePromotion(t *testing.T) {
	clean := Parse(fixtureText(false, true))
	if len(clean.Junk) != 0 {
		for _, j := range clean.Junk {
			t.Errorf("real text filtered as %s: %q", j.Kind, clean.Text[j.Span.Start:j.Span.End])
		}
	}
	doc := Parse(fixtureText(true, true))
	checkInvariants(t, doc)
	byText := map[string]model.JunkKind{}
	for _, j := range doc.Junk {
		byText[doc.Text[j.Span.Start:j.Span.End]] = j.Kind
	}
	for _, p := range fixturePromo {
		k, ok := byText[p.text]
		switch {
		case !ok:
			t.Errorf("%s: kept %q", p.at, p.text)
		case k != p.kind:
			t.Errorf("%s: %q filtered as %s, want %s", p.at, p.text, k, p.kind)
		}
	}
	for _, k := range fixtureKeep {
		if _, ok := byText[k.text]; ok {
			t.Errorf("%s: real paragraph filtered: %q", k.at, k.text)
		}
	}
	if got, want := strings.Join(outlineShape(doc), "\n"), strings.Join(outlineShape(clean), "\n"); got != want {
		t.Errorf("outline changed by the promotion:\n got %s\nwant %s", got, want)
	}
}

// TestShortPromoKind weighs single lines: each signal alone decides
// nothing; two kinds of signal beyond the prose words do; a glued line
// needs one more.
func TestShortPromoKind(t *testing.T) {
	for _, c := range []struct {
		text  string
		alone bool
		want  bool
	}{
		{"公众号", true, false},                                   // one signal
		{"关注公众号", true, true},                                  // a call to follow, standing alone
		{"关注公众号", false, false},                                // the same glued between paragraphs
		{"扫码", true, false},                                    // one signal
		{"会员单位", true, false},                                  // one signal
		{"代写", true, false},                                    // one signal
		{"点击查看", true, false},                                  // one kind of signal
		{"点击下载本文档", true, true},                                // navigation, getting, goods
		{"点击下载本文档", false, true},                               // the same glued: three kinds
		{"欢迎下载", false, false},                                 // glued, one kind
		{"会员专享：精品范文免费下载", true, true},                          // selling, goods, getting
		{"组织党员扫码关注学习平台，推动学习常态化", true, false},                  // the genre's prose outweighs
		{"严肃查处代写代考等违规行为，维护考试公平", true, false},                  // an offence, not an offer
		{"~~~~~~~~", true, false},                              // decoration without a word
		{"—— END ——", true, true},                              // a sign-off
		{"本文档仅供参考，版权归原作者所有", true, true},                       // a disclaimer
		{"以上为节选内容，全文请登录查看", false, true},                       // a truncation notice, glued
		{strings.Repeat("推进改革，", 80) + "点击下载本文档", true, false}, // too long for a notice
	} {
		at := placeGlued
		if c.alone {
			at = placeAlone
		}
		_, got := shortPromoKind(c.text, at)
		if got != c.want {
			score, h := noticeScore(c.text)
			t.Errorf("shortPromoKind(%q, alone %v) = %v, want %v (score %d, hits %v)", c.text, c.alone, got, c.want, score, h)
		}
	}
}

// TestJunkKindLabel: every kind has a Chinese and an English label and a
// JSON name, and the summary order lists each once.
func TestJunkKindLabel(t *testing.T) {
	seen := map[model.JunkKind]bool{}
	for _, k := range model.JunkKinds {
		if seen[k] {
			t.Errorf("%s listed twice", k)
		}
		seen[k] = true
		if k.String() == "unknown" || k.Label(true) == k.Label(false) {
			t.Errorf("kind %d: name %q, labels %q %q", k, k, k.Label(true), k.Label(false))
		}
	}
	if model.JunkTruncation.Label(true) != "节选提示" || model.JunkPromo.Label(true) != "广告" {
		t.Error("labels", model.JunkTruncation.Label(true), model.JunkPromo.Label(true))
	}
}

// TestJunkKindJSON: --json names the kind of each filtered span, the new
// kinds included.
func TestJunkKindJSON(t *testing.T) {
	doc := Parse(fixtureText(true, false))
	got := map[string]bool{}
	for _, j := range export.JSON(doc).Junk {
		got[j.Kind] = true
	}
	for _, k := range []string{"promo", "disclaimer", "truncation", "navigation"} {
		if !got[k] {
			t.Errorf("--json lists no %q span: %v", k, got)
		}
	}
}

// TestNoticeNeverStructure: emoji are words, not decoration, and a line
// that opens with an outline marker is never a notice nor joins one.
func TestNoticeNeverStructure(t *testing.T) {
	doc := Parse("👨‍👩‍👧‍👦家庭👍🏽点赞\n一、🇨🇳国旗\n正文👩🏻‍💻。\n\n欢迎关注本号，后台回复“材料”免费领取Word版\n二、点击下载\n正文。\n")
	var got []string
	for _, j := range doc.Junk {
		got = append(got, doc.Text[j.Span.Start:j.Span.End])
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "欢迎关注本号") {
		t.Errorf("junk = %q, want the one notice", got)
	}
}

// TestTitlesStay: titles and headings of the genre that use the sites'
// words (精品, 推荐, 下载, 会员, 分享) stay, standing alone.
func TestTitlesStay(t *testing.T) {
	for _, title := range []string{
		"关于推荐2024年度精品在线开放课程的通知",
		"2024年精品课程推荐名单公示",
		"关于开通企业服务专线的公告",
		"会员代表大会工作报告",
		"在全市优秀范文评选表彰会上的讲话",
		"推动数据资源共享开放",
		"强化宣传引导，营造浓厚氛围",
		"关注群众急难愁盼问题",
		"我县开通“便民通”小程序",  // a county speaking of itself: the genre's voice (我县, 我市)
		"创建卫生城市，你我同参与！", // a civic slogan's you-and-I, not a site addressing its reader
	} {
		for _, at := range []place{placeAlone, placeOutside} {
			if _, ok := shortPromoKind(title, at); ok {
				score, h := noticeScore(title)
				t.Errorf("title %q filtered at %d (score %d, hits %v)", title, at, score, h)
			}
		}
	}
}

// FuzzShortPromoKind: no panic on any line; a line that is a notice glued
// between paragraphs is one standing alone too (alone needs less), and a
// line longer than maxShortBytes never is; Parse's invariants hold with
// notices among the lines.
func FuzzShortPromoKind(f *testing.F) {
	for _, p := range fixturePromo {
		f.Add(p.text)
	}
	for _, k := range fixtureKeep {
		f.Add(k.text)
	}
	f.Add("—— END ——\xff\xfe")
	f.Fuzz(func(t *testing.T, s string) {
		_, glued := shortPromoKind(s, placeGlued)
		_, aside := shortPromoKind(s, placeAside)
		_, alone := shortPromoKind(s, placeAlone)
		_, outside := shortPromoKind(s, placeOutside)
		if glued && !aside || aside && !alone || alone && !outside {
			t.Fatalf("%q: a notice glued %v, alone %v, outside the prose %v (each place needs no more than the one before)", s, glued, alone, outside)
		}
		if alone && len(s) > maxShortBytes {
			t.Fatalf("%q: a notice of %d bytes", s, len(s))
		}
		checkInvariants(t, Parse("标题\n\n"+s+"\n正文。\n"+s+"\n\n"+s))
	})
}

// TestNoticeClosingSection: a notice with no blank line around it, after a
// paragraph's last sentence and before the next part's heading, stands at
// the section's end as a notice of its own, and is hidden; the same words
// inside a wrapped paragraph (the line before not ended) stay.
func TestNoticeClosingSection(t *testing.T) {
	const notice = "此处为预览内容，剩余部分需登录后查看"
	hidden := "关于加强基层治理的经验材料\n\n一、基本情况\n\n我们坚持以人民为中心，推动基层治理体系和治理能力现代化，取得明显成效。\n" +
		notice + "\n二、主要做法\n\n强化党建引领，完善网格化管理。\n"
	doc := Parse(hidden)
	if out := export.Outline(doc.Root); strings.Contains(out, notice) || !strings.Contains(out, "  二、主要做法") {
		t.Errorf("the notice closing a section is a node:\n%s", out)
	}
	if strings.Contains(export.PlainText(doc, doc.Root, false), notice) {
		t.Error("the notice closing a section is kept as text")
	}
	wrapped := "关于加强基层治理的经验材料\n\n一、基本情况\n\n我们坚持以人民为中心，推动基层治理体系和治理能力现代化，\n" +
		"此处为预览内容，剩余部分需登录后查看\n二、主要做法\n\n强化党建引领，完善网格化管理。\n"
	doc = Parse(wrapped)
	if !strings.Contains(export.PlainText(doc, doc.Root, false), notice) {
		t.Error("a line continuing a wrapped paragraph was hidden")
	}
}

// TestSingleWordDecidesNothing: every word of the feature table that
// carries one signal (下载券 carries two, 下载 and 券; 阅读原文 three), alone
// on a line or after a neutral label, is no notice wherever it stands: the
// weights and thresholds (noticeWeights, noticeNeed) are set so that it
// takes two signals at least.
func TestSingleWordDecidesNothing(t *testing.T) {
	one := func(h hits) bool {
		n := 0
		for f := fReader; f < fProse; f++ {
			if h[f] > 0 {
				n++
			}
		}
		return n == 1
	}
	checked := 0
	for _, fw := range allNoticeFeatures() {
		for _, w := range fw.words {
			if _, h := noticeScore(w); !one(h) {
				continue
			}
			checked++
			for _, line := range []string{w, "说明：" + w, w + "。"} {
				for _, at := range []place{placeGlued, placeAlone, placeOutside} {
					if _, ok := shortPromoKind(line, at); ok {
						score, h := noticeScore(line)
						t.Errorf("%q alone is a notice at %d (score %d, hits %v)", line, at, score, h)
					}
				}
			}
		}
	}
	if checked < 300 {
		t.Errorf("only %d single-signal words checked", checked)
	}
	if nNoticeWords > maxNoticeWords {
		t.Errorf("%d words in the table, more than the %d its bit set holds", nNoticeWords, maxNoticeWords)
	}
}
