package reader

import (
	"strings"
	"testing"

	wtext "wenji/internal/text"
	"wenji/model"
	"wenji/parse"
)

// junkFixture is a compilation of our own writing with a disclaimer, a
// truncation notice and a navigation line among its paragraphs: the kinds
// the seed does not have.
const junkFixture = `2024年基层治理工作经验交流材料

以网格化管理提升基层治理效能

近年来，我县坚持把网格化管理作为基层治理的基础工程，织密网格、配强力量、健全机制，推动治理重心下移。
一、科学划分网格
按照地域相邻、便于管理的原则，全县共划分综合网格1260个，每个网格配备专职网格员1名。
~~~ 篇幅所限，余下内容请下载全文查看 ~~~
二、压实网格责任
建立县乡村组四级网格责任体系，明确网格员信息采集、矛盾调处等8项职责，实行清单化管理。
声明：本平台文档均由用户上传，仅供参考，如涉及版权请联系删除
三、强化考核激励
将网格工作纳入乡镇年度考核，对表现突出的网格员优先推荐评先评优。
- THE END -
`

// TestJunkKindsNamed (issue 19): p labels each filtered span with its
// kind as the model names it, and the status bar counts the kinds by name.
func TestJunkKindsNamed(t *testing.T) {
	d := parse.Parse(junkFixture)
	kinds := map[model.JunkKind]int{}
	for _, j := range d.Junk {
		kinds[j.Kind]++
	}
	for _, k := range []model.JunkKind{model.JunkDisclaimer, model.JunkTruncation, model.JunkNavigation} {
		if kinds[k] != 1 {
			t.Fatalf("the fixture's %s: %d spans, want 1 (parser changed?): %v", k, kinds[k], d.Junk)
		}
	}
	for _, lang := range []string{"zh", "en"} {
		zh := lang == "zh"
		m := sized(d, 120, 40, Options{Lang: lang})
		st := statusLine(m)
		m = press(m, "p")
		view := strings.Join(screen(m), "\n")
		shown := statusLine(m)
		for _, k := range []model.JunkKind{model.JunkDisclaimer, model.JunkTruncation, model.JunkNavigation} {
			count := k.Label(zh) + "1"
			label := "〔已过滤：" + k.Label(zh) + "〕"
			if !zh {
				count, label = wtext.Plural(1, enText.JunkCounts[k.String()], 1), "[filtered: "+k.Label(zh)+"]"
			}
			if !strings.Contains(st, count) || !strings.Contains(shown, count) {
				t.Errorf("%s: %q not counted in the status bar:\n%q\n%q", lang, count, st, shown)
			}
			if !strings.Contains(view, label) {
				t.Errorf("%s: p shows no %q:\n%s", lang, label, view)
			}
		}
	}
}

// TestJunkSummaryOrder: kinds in model.JunkKinds order, each with its
// count; past the most named, … says there are more.
func TestJunkSummaryOrder(t *testing.T) {
	junk := []model.Junk{{Kind: model.JunkPaidMarker}, {Kind: model.JunkDisclaimer}, {Kind: model.JunkPromo},
		{Kind: model.JunkPaidMarker}, {Kind: model.JunkPromo}, {Kind: model.JunkPromo}}
	if got, want := junkSummary(zhText, junk, 3), "广告3 · 付费标记2 · 声明1"; got != want {
		t.Errorf("zh: %q, want %q", got, want)
	}
	// English counts as English does (it said "ad 3 · paid marker 2").
	if got, want := junkSummary(enText, junk, 3), "3 ads · 2 paid markers · 1 disclaimer"; got != want {
		t.Errorf("en: %q, want %q", got, want)
	}
	if got, want := junkSummary(zhText, junk, 1), "广告3 …"; got != want {
		t.Errorf("zh, one kind: %q, want %q", got, want)
	}
	if got, want := junkSummary(enText, junk, 2), "3 ads · 2 paid markers …"; got != want {
		t.Errorf("en, two kinds: %q, want %q", got, want)
	}
	// Every kind has its English count, one and many.
	for _, k := range model.JunkKinds {
		if _, ok := enText.JunkCounts[k.String()]; !ok {
			t.Errorf("%s has no English count", k)
		}
		one := junkSummary(enText, []model.Junk{{Kind: k}}, 3)
		two := junkSummary(enText, []model.Junk{{Kind: k}, {Kind: k}}, 3)
		if !strings.HasPrefix(one, "1 ") || !strings.HasPrefix(two, "2 ") || one[2:] == two[2:] {
			t.Errorf("%s: %q, %q", k, one, two)
		}
	}
}

// p at the end of the document keeps the end on screen: the junk it
// shows after the last line is drawn, at 100%, and hiding it again stays
// at the end too. Elsewhere the top line's text stays at the top.
func TestJunkToggleAtEnd(t *testing.T) {
	m := sized(parse.Parse(junkFixture), 60, 8, Options{Lang: "en"})
	m = press(m, "G", "p")
	if !m.reader.AtEnd() || m.reader.Percent() != 100 || !strings.Contains(strings.Join(screen(m), "\n"), "[filtered: navigation]") {
		t.Errorf("p at the end: at end %v, %d%%:\n%s", m.reader.AtEnd(), m.reader.Percent(), strings.Join(screen(m), "\n"))
	}
	if m = press(m, "p"); !m.reader.AtEnd() {
		t.Errorf("p again at the end left it:\n%s", strings.Join(screen(m), "\n"))
	}
	m = press(m, "g", "j", "j")
	top := readerTop(m)
	if m = press(m, "p"); readerTop(m) != top {
		t.Errorf("p moved the top from %q to %q", top, readerTop(m))
	}
}
