package parse

import "testing"

// TestOfficeSentenceLong: a sentence of the genre's length with an official
// sign (a government's account, a count of results) is the office's report
// wherever it stands, whatever platforms it names; the same length of a
// site's pitch, with no such sign, is weighed as before.
func TestOfficeSentenceLong(t *testing.T) {
	withModel(&learnModel{}, func() {
		for _, c := range []struct {
			text string
			want bool
		}{
			{"“江州发布”微信公众号、视频号、抖音号等账号粉丝总量突破80万，全年推送原创稿件2100余条，多篇稿件被“学习强国”学习平台、新华社客户端等转载。", false},
			{"微信公众号、视频号、抖音号同步更新原创范文，关注后回复关键词即可免费下载Word原稿，转载请注明出处，更多资料请加QQ群领取。", true},
		} {
			for _, at := range []place{placeGlued, placeAlone} {
				if _, got := shortPromoKind(c.text, at); got != c.want {
					t.Errorf("shortPromoKind(%q, %d) = %v, want %v", c.text, at, got, c.want)
				}
			}
		}
	})
}

// TestPageReference: a page number the line sends the reader to (详见…第12页,
// 参见附件2第3页至第6页) is a compilation's cross-reference, no viewer's
// page counter; a counter of the pages shown is still one.
func TestPageReference(t *testing.T) {
	withModel(&learnModel{}, func() {
		for _, c := range []struct {
			text string
			want bool
		}{
			{"（本条内容详见本册第112页《某某镇：一片茶叶富一方百姓》一文）", false},
			{"（参见附件2《重点项目清单》，第3页至第6页）", false},
			{"（预览第 1 页 / 共 9 页，剩余内容请登录后查看）", true},
		} {
			if _, got := shortPromoKind(c.text, placeAlone); got != c.want {
				t.Errorf("shortPromoKind(%q, alone) = %v, want %v", c.text, got, c.want)
			}
		}
	})
}

// TestHotlineLabel: a telephone's label (价格举报电话：, 监督电话：) is an
// office's contact field whatever its subject says (价格), no field of a
// card's commerce (价格：19.9元); a line taking advertising (广告热线) is.
func TestHotlineLabel(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"价格举报电话：12315", false},
		{"投诉热线：12345", false},
		{"广告热线：0371-6555××××", true},
		{"价格：19.9元", true},
		{"上一篇：关于某某的通知", true},
	} {
		if got := labelled(c.text); got != c.want {
			t.Errorf("labelled(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	withModel(&learnModel{}, func() {
		if _, ok := shortPromoKind("价格举报电话：12315　监督电话：0551-62345678", placeAlone); ok {
			t.Error("an office's hotlines standing alone are a notice")
		}
	})
}

// TestNewsByline: a news article's byline, naming its reporters, is the
// article's own (a compilation keeps where it came from); a page's
// production credits (责任编辑) and its end mark are the page's furniture,
// taken as before.
func TestNewsByline(t *testing.T) {
	for _, c := range []struct {
		text  string
		chrom bool
	}{
		{"（来源：江州日报　记者　张某　通讯员　李某某）", false},
		{"本报记者　王某　赵某", false},
		{"（来源：江州日报　记者　张某　责任编辑：王某）", true},
		{"（责任编辑：王某）", true},
		{"来源：江州网　编辑：刘某", true},
	} {
		if got := isChromeLine(c.text); got != c.chrom {
			t.Errorf("isChromeLine(%q) = %v, want %v", c.text, got, c.chrom)
		}
	}
	withModel(&learnModel{}, func() {
		if _, ok := shortPromoKind("（来源：江州日报　记者　张某　通讯员　李某某）", placeOutside); ok {
			t.Error("a news byline after the text is a notice")
		}
		if _, ok := shortPromoKind("（完）", placeAlone); !ok {
			t.Error("a news page's end mark is no longer navigation")
		}
	})
}

// TestOfficeLineNotFragment: an office's line (联系人：…) glued under a
// site's advertising stays the document's own; a handle line so glued
// still goes with the advertising.
func TestOfficeLineNotFragment(t *testing.T) {
	ad := "【某某素材库】各类代写代笔，原创保密，好评如潮，会员群持续接单，添加客服微信领取"
	for _, c := range []struct {
		line   string
		hidden bool
	}{
		{"联系人：张某，联系电话：0551-62345678，13912345678。", false},
		{"客服QQ：123456789", true},
	} {
		block := ad + "\n" + c.line
		doc := siteDoc(block, true)
		if hidden, _, _ := blockHidden(t, doc, ad); !hidden {
			t.Fatalf("the ad is not hidden: %q", ad)
		}
		if hidden, _, _ := blockHidden(t, doc, c.line); hidden != c.hidden {
			t.Errorf("%q under an ad: hidden %v, want %v", c.line, hidden, c.hidden)
		}
	}
}

// TestPageCorner: the page's corners (右上角, 左下角), where its buttons are,
// are a place the reader is sent to act, as 评论区 and 文末 are: a line
// sending the reader there is a notice; the genre's sentence about a
// government app's screen (the same words in 。, an office named) stays.
func TestPageCorner(t *testing.T) {
	withModel(&learnModel{}, func() {
		for _, c := range []struct {
			text string
			want bool
		}{
			{"想第一时间看到新稿的，点一下右上角设个星标", true},
			{"市民可在“江州办”App首页右上角点击“扫一扫”，扫描办事指南上的二维码查看办理流程。", false},
		} {
			if _, got := shortPromoKind(c.text, placeAlone); got != c.want {
				t.Errorf("shortPromoKind(%q, alone) = %v, want %v", c.text, got, c.want)
			}
		}
	})
}

// TestEnglishSiteWords: a site's navigation, paywall and credits in
// English (Read more, sign in, Source: …) are its signals as their Chinese
// are, so that a promotion line written in English alone is weighed; a
// standard's English title (…safety reviews…, not views) carries none.
func TestEnglishSiteWords(t *testing.T) {
	withModel(&learnModel{}, func() {
		for _, c := range []struct {
			text string
			want bool
		}{
			{"Continue reading: sign in with your account", true},
			{"Source: Jiangzhou Evening News ｜ Editor: Wang Lei", true},
			{"Periodic safety reviews of nuclear power plants", false},
		} {
			if _, got := shortPromoKind(c.text, placeAlone); got != c.want {
				t.Errorf("shortPromoKind(%q, alone) = %v, want %v", c.text, got, c.want)
			}
		}
	})
}

// TestSeesYouNext: a clause closing on a meeting again at a time or place
// (下周五见, 老地方见) is a post's sign-off promising the next; the genre's
// closing 见 (意见, 可见) and a 见 that goes on (见成效) are not.
func TestSeesYouNext(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"今天就聊到这儿，咱们下周五见！", true},
		{"剩下的案例放在合集里，老地方见", true},
		{"下面，我再讲三点意见。", false},
		{"由此可见，", false},
		{"各项措施逐步见成效。", false},
	} {
		if got := seesYouNext(c.text); got != c.want {
			t.Errorf("seesYouNext(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	withModel(&learnModel{}, func() {
		if _, ok := shortPromoKind("剩下的案例放在合集里，老地方见", placeAlone); !ok {
			t.Error("a post's sign-off standing alone is no notice")
		}
		if _, ok := shortPromoKind("这一讲先到这里，我们下期见", placeGlued); !ok {
			t.Error("a post's sign-off glued to the text is no notice")
		}
	})
}

// TestLikenessDisclaimer: a sample's disclaimer of likeness (如有雷同，纯属
// 巧合) is a disclaimer; the genre's criticism of 内容雷同 is not.
func TestLikenessDisclaimer(t *testing.T) {
	withModel(&learnModel{}, func() {
		for _, c := range []struct {
			text string
			want bool
		}{
			{"文中单位和人物均为编写，如有雷同，纯属巧合。", true},
			{"有的述职报告内容雷同、千篇一律，照抄照搬上级文件。", false},
		} {
			if _, got := shortPromoKind(c.text, placeAlone); got != c.want {
				t.Errorf("shortPromoKind(%q, alone) = %v, want %v", c.text, got, c.want)
			}
		}
	})
}

// TestSiteInstructionJoins: a sentence of the genre's length under a
// notice that is the notice's instruction (no prose or official word, a
// notice's signals: here 搜“…”, 暗号, I and the model's odds of 30 to 44,
// 4) goes with it; a sentence of the genre there stays. The model is a
// flat one that gives the instruction those odds (the shipped model's
// were 30 until blind23 was trained on, 29 since): the test is of the
// join, not of what the training text makes of these words.
func TestSiteInstructionJoins(t *testing.T) {
	withModel(flatModel(4), func() { siteInstructionJoins(t) })
}

func siteInstructionJoins(t *testing.T) {
	head := "【内测邀请】“笔友”App 3.0 开放内测，前200名报名的读者送一年会员。"
	if w := learnWeight("报名：应用商店搜“笔友”，注册后进入“我的—内测”页面，填入暗号“春风十里”即可。"); w != 2 {
		t.Fatalf("fixture: the flat model weighs the instruction %d, want 2", w)
	}
	for _, c := range []struct {
		line   string
		hidden bool
	}{
		{"报名：应用商店搜“笔友”，注册后进入“我的—内测”页面，填入暗号“春风十里”即可。", true},
		{"全市累计推广安装政务服务App 126万人次，群众办事平均跑动次数下降到0.3次以内。", false},
	} {
		block := head + "\n" + c.line
		doc := siteDoc(block, true)
		if hidden, _, _ := blockHidden(t, doc, head); !hidden {
			t.Fatalf("the notice is not hidden: %q", head)
		}
		if hidden, touched, _ := blockHidden(t, doc, c.line); hidden != c.hidden || touched != c.hidden {
			t.Errorf("%q under a notice: hidden %v touched %v, want %v", c.line, hidden, touched, c.hidden)
		}
	}
}
