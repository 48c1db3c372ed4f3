package parse

import (
	"math/rand"
	"strings"
	"testing"

	"wenji/model"
	"wenji/model/export"
)

// kindOutline is the outline with each node's kind: an article that turns
// into a section shows, where Outline's titles alone do not.
func kindOutline(doc *model.Document) string {
	var b strings.Builder
	for n := range doc.Root.All() {
		b.WriteString(strings.Repeat("  ", n.Depth()) + n.Kind.String() + " " + n.Marker + n.Title + "\n")
	}
	return b.String()
}

// Fixtures of the genre: an editor's note, a compilation's title with its
// count, two articles of 经验材料 three blank lines apart.
const (
	prefaceNote = "编者按：基层治理是国家治理的基石。为深入学习贯彻党的二十届三中全会精神，总结推广各地在基层治理中的好经验好做法，" +
		"我们从近期各地报送的材料中精选了5篇，汇编成册，供各级党组织和广大党员干部学习借鉴。各地在学习借鉴时，要坚持从实际出发，创造性地抓好贯彻落实。"
	prefaceLead = "今年以来，各地认真落实中央和省委关于加强基层治理的部署要求，坚持和发展新时代“枫桥经验”，在健全组织体系、" +
		"完善议事机制、提升服务水平等方面积极探索，形成了一批可复制可推广的经验。现将部分材料刊发如下。"
	prefaceTitle    = "2025年基层治理经验做法汇编（5篇）"
	prefaceArticles = "强化组织引领　激活基层治理“一池春水”\n\n" +
		"近年来，江县坚持党建引领基层治理，聚焦群众急难愁盼问题，探索形成了一套行之有效的工作机制，基层治理效能持续提升。\n" +
		"一、健全组织体系，织密治理网络\n全县划分网格1260个，配备专兼职网格员3100余名，实现党的组织和工作全覆盖。\n" +
		"二、完善议事机制，畅通民意渠道\n推行“村民说事”制度，每月固定开展议事活动，累计解决群众诉求2400余件。\n\n\n" +
		"以“小网格”撬动“大治理”\n\n" +
		"河街道坚持把网格作为基层治理的基本单元，推动资源力量向网格下沉，群众满意度明显提升。\n" +
		"一、织密网格，做到底数清\n按照“地域相邻、规模适度”原则划分网格，实现人、地、事、物、情、组织全掌握。\n" +
		"二、做实服务，做到情况明\n建立网格员走访制度，定期入户了解情况，及时回应群众诉求。\n"
	prefaceWant = "document " + prefaceTitle + "\n" +
		"  article 强化组织引领　激活基层治理“一池春水”\n    section 一、健全组织体系，织密治理网络\n    section 二、完善议事机制，畅通民意渠道\n" +
		"  article 以“小网格”撬动“大治理”\n    section 一、织密网格，做到底数清\n    section 二、做实服务，做到情况明\n"
)

// TestProseBeforeTitle: paragraphs of prose (an 编者按, a lead-in) above a
// compilation's title, glued to it or a blank line apart, are the root's
// text: the title is found as it is without them, under it its front
// matter, its 目录 and its articles, which stay articles.
func TestProseBeforeTitle(t *testing.T) {
	gap := "\n\n\n"
	for _, c := range []struct{ name, text, want string }{
		{"no prose", prefaceTitle + gap + prefaceArticles, prefaceWant},
		{"glued", prefaceNote + "\n" + prefaceTitle + gap + prefaceArticles, prefaceWant},
		{"a blank line apart", prefaceNote + "\n\n" + prefaceTitle + gap + prefaceArticles, prefaceWant},
		{"two paragraphs", prefaceNote + "\n" + prefaceLead + "\n\n" + prefaceTitle + gap + prefaceArticles, prefaceWant},
		{"a date under the title", prefaceNote + "\n" + prefaceTitle + "\n（2025年3月）" + gap + prefaceArticles, prefaceWant},
		{"a 目录 under the title", prefaceNote + "\n" + prefaceTitle + "\n\n目录\n1.\n2." + gap + prefaceArticles, prefaceWant},
		// Leads in the prose are no nodes: above the title, nothing is.
		{"parallel leads in the prose", "坚持党建引领。江县把党的领导贯穿基层治理全过程，健全县乡村三级组织体系。\n" +
			"坚持服务为民。江县推动资源力量向基层下沉，及时回应群众急难愁盼问题。\n" +
			"坚持依法治理。江县推进基层综合执法改革，提升基层依法治理水平。\n" + prefaceTitle + gap + prefaceArticles, prefaceWant},
		{"both prefaces", prefaceNote + "\n" + prefaceTitle + gap + prefaceLead + "\n\n" + prefaceArticles, prefaceWant},
		// One article with its note: the title is the heading its
		// subtitle stands under.
		{"a subtitle under the title", prefaceNote + "\n" + "以“小网格”撬动“大治理”\n——河街道推进网格化治理的实践\n" +
			"河街道坚持把网格作为基层治理的基本单元，推动资源力量向网格下沉。\n一、织密网格，做到底数清\n实现人、地、事、物全掌握。\n",
			"document 以“小网格”撬动“大治理”\n  section 一、织密网格，做到底数清\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := Parse(c.text)
			checkInvariants(t, doc)
			if got := kindOutline(doc); got != c.want {
				t.Errorf("outline:\n%s\nwant:\n%s", got, c.want)
			}
			// The prose is text, shown in reading, never a node.
			all := export.PlainText(doc, doc.Root, false)
			for _, para := range []string{prefaceNote, prefaceLead} {
				if strings.Contains(c.text, para) && !strings.Contains(all, para+"\n") {
					t.Errorf("the reading lacks %.20q…", para)
				}
			}
			for n := range doc.Root.All() {
				if strings.Contains(n.Title, "编者按") || strings.Contains(n.Title, "今年以来") {
					t.Errorf("a node is titled with the prose: %q", n.Title)
				}
			}
		})
	}
}

// TestProseBeforeFirstArticle: a paragraph of prose a blank line above a
// compilation's first article is the root's preface; the first article
// stays an article, and so the compilation stays one.
func TestProseBeforeFirstArticle(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"an 编者按", prefaceTitle + "\n\n\n" + prefaceNote + "\n\n" + prefaceArticles},
		{"two paragraphs", prefaceTitle + "\n\n\n" + prefaceNote + "\n" + prefaceLead + "\n\n" + prefaceArticles},
		{"under the title", prefaceTitle + "\n" + prefaceLead + "\n\n" + prefaceArticles},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := Parse(c.text)
			checkInvariants(t, doc)
			if got := kindOutline(doc); got != prefaceWant {
				t.Errorf("outline:\n%s\nwant:\n%s", got, prefaceWant)
			}
			if all := export.PlainText(doc, doc.Root, false); !strings.Contains(all, prefaceTitle+"\n"+prefaceNote[:30]) && !strings.Contains(all, prefaceTitle+"\n"+prefaceLead[:30]) {
				t.Errorf("the preface is not the root's text under its title:\n%.200s", all)
			}
		})
	}
}

// TestProseWithoutTitle: what has no title keeps none, and a title on the
// first line is read as before. A heading over its own paragraphs under
// prose is a section, not the title; a compilation without a title, its
// preface over articles (one with a subtitle), keeps its articles; prose
// further down than a preface is text.
func TestProseWithoutTitle(t *testing.T) {
	body := "近年来，江县坚持党建引领基层治理，聚焦群众急难愁盼问题，探索形成了一套行之有效的工作机制，基层治理效能持续提升。\n"
	for _, c := range []struct{ name, text, want string }{
		{"prose then a heading", prefaceNote + "\n坚持党建引领，健全基层治理体系\n" + body + body + "完善议事机制，畅通民意渠道\n" + body,
			"document \n  section 坚持党建引领，健全基层治理体系\n  section 完善议事机制，畅通民意渠道\n"},
		{"prose then a heading a blank line apart", prefaceNote + "\n\n坚持党建引领，健全基层治理体系\n" + body + "\n完善议事机制，畅通民意渠道\n" + body,
			"document \n  section 坚持党建引领，健全基层治理体系\n  section 完善议事机制，畅通民意渠道\n"},
		{"an untitled compilation", prefaceNote + "\n\n\n" + prefaceArticles,
			strings.Replace(prefaceWant, prefaceTitle, "", 1)},
		{"an untitled compilation, a subtitle", prefaceNote + "\n\n\n" + strings.Replace(prefaceArticles, "\n\n近年来", "\n——江县推进党建引领基层治理的实践\n近年来", 1),
			strings.Replace(prefaceWant, prefaceTitle, "", 1)},
		{"prose further down", strings.Repeat(prefaceNote+"\n", 4) + prefaceTitle + "\n\n\n" + prefaceArticles,
			"document \n  section " + prefaceTitle + "\n  section 强化组织引领　激活基层治理“一池春水”\n    section 一、健全组织体系，织密治理网络\n" +
				"    section 二、完善议事机制，畅通民意渠道\n  section 以“小网格”撬动“大治理”\n    section 一、织密网格，做到底数清\n    section 二、做实服务，做到情况明\n"},
		{"prose then a heading that ends the text", prefaceNote + "\n" + prefaceTitle + "\n", "document \n"},
		{"prose then a title and its date that end the text", prefaceNote + "\n" + prefaceTitle + "\n（2025年3月）\n", "document \n"},
		// A blank line between every two paragraphs parts no preface
		// from the first heading, though a wider gap stands before another.
		{"a report, paragraphs a blank line apart", "江县基层治理工作情况报告\n\n" + prefaceLead + "\n\n坚持党建引领，健全基层治理体系\n\n" + body + "\n" + body +
			"\n\n完善议事机制，畅通民意渠道\n\n" + body + "\n" + body,
			"document 江县基层治理工作情况报告\n  section 坚持党建引领，健全基层治理体系\n  section 完善议事机制，畅通民意渠道\n"},
		{"a report", "2025年江县人民政府工作报告\n" + body + "一、健全组织体系\n" + body + "二、完善议事机制\n" + body,
			"document 2025年江县人民政府工作报告\n  section 一、健全组织体系\n  section 二、完善议事机制\n"},
		{"a speech", "在全县基层治理工作会议上的讲话\n同志们：\n" + body + "一、健全组织体系\n" + body + "二、完善议事机制\n" + body,
			"document 在全县基层治理工作会议上的讲话\n  section 一、健全组织体系\n  section 二、完善议事机制\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			doc := Parse(c.text)
			checkInvariants(t, doc)
			if got := kindOutline(doc); got != c.want {
				t.Errorf("outline:\n%s\nwant:\n%s", got, c.want)
			}
		})
	}
}

// TestIsProsePara: what reads as a paragraph of prose, and what does not.
func TestIsProsePara(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{prefaceNote, true},
		{"按语：现将材料印发给你们，请结合实际认真学习借鉴。各地要抓好落实。", true},
		{"为总结推广各地经验，现将有关材料汇编如下，供各级党组织和广大党员干部学习参考借鉴。", true},
		{"现将有关材料印发给你们。", false},
		{"同志们：", false},
		{"新华社北京10月27日电", false},
		{"2025年基层治理经验做法汇编（5篇）", false},
		{"一、健全组织体系，织密治理网络。全县划分网格1260个，配备专兼职网格员3100余名，实现全覆盖。", false},
		{"各地要结合实际，认真抓好贯彻落实，确保各项任务落地见效，并及时报送进展情况：", false},
	} {
		p := &parser{text: c.s}
		p.eff = effective(splitLines(c.s))
		p.classify(false)
		if got := p.isProsePara(&p.eff[0]); got != c.want {
			t.Errorf("isProsePara(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

// TestProseBeforeStyledTitle: in a Word file, the paragraph its Title style
// marks is the title under an 编者按 too; a heading in a heading style
// under the note stays a heading.
func TestProseBeforeStyledTitle(t *testing.T) {
	parts := "{s:Heading1}健全组织体系\n全县划分网格1260个，配备专兼职网格员3100余名。\n{s:Heading1}完善议事机制\n推行“村民说事”制度。\n"
	if got, want := docxOutline(t, prefaceNote+"\n{s:Title}江县基层治理工作情况报告\n"+parts), "江县基层治理工作情况报告\n  一、健全组织体系\n  二、完善议事机制\n"; got != want {
		t.Errorf("outline:\n%s\nwant:\n%s", got, want)
	}
	if got, want := docxOutline(t, prefaceNote+"\n"+parts), "\n  一、健全组织体系\n  二、完善议事机制\n"; got != want {
		t.Errorf("untitled:\n%s\nwant:\n%s", got, want)
	}
}

// TestPrefaceRandom strings together, in random order, the lines the
// preface rules look at (notes, titles, dates, a 目录, articles' titles and
// text, gaps of every width) and checks that each parses to a well-formed
// tree: the rules look ahead and behind the prose, to the text's ends.
func TestPrefaceRandom(t *testing.T) {
	pieces := []string{prefaceNote, prefaceLead, prefaceTitle, "（2025年3月）", "——江县推进基层治理的实践", "目录", "1.",
		"同志们：", "强化组织引领　激活基层治理“一池春水”", "一、健全组织体系，织密治理网络", "推行“村民说事”制度。",
		"近年来，江县坚持党建引领基层治理，探索形成了一套行之有效的工作机制。基层治理效能持续提升。"}
	gaps := []string{"\n", "\n\n", "\n\n\n"}
	runs := 20000
	if testing.Short() {
		runs = 2000
	}
	r := rand.New(rand.NewSource(1))
	for range runs {
		var b strings.Builder
		for range 1 + r.Intn(12) {
			b.WriteString(pieces[r.Intn(len(pieces))] + gaps[r.Intn(len(gaps))])
		}
		s := b.String()
		func() {
			defer func() {
				if e := recover(); e != nil {
					t.Fatalf("Parse(%q): panic %v", s, e)
				}
				if t.Failed() {
					t.Fatalf("input: %q", s)
				}
			}()
			checkInvariants(t, Parse(s))
		}()
	}
}
