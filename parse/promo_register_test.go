package parse

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// hiddenLines opens a file as the reader does and returns the text of each
// filtered line, and every non-blank line of the text shown, by number.
func hiddenLines(t *testing.T, name string, data []byte) (hidden map[string]bool, all []string) {
	t.Helper()
	doc, err := Open(name, data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	hidden = map[string]bool{}
	for _, j := range doc.Junk {
		hidden[strings.TrimSpace(doc.Text[j.Span.Start:j.Span.End])] = true
	}
	for _, l := range strings.Split(doc.Text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			all = append(all, l)
		}
	}
	return hidden, all
}

// TestRegisterFixtures: documents written in English, or in English and
// Chinese (testdata/register: a README with tables, a report in
// translation with Chinese terms, a bilingual notice) keep every line of
// their own, Markdown tables and headings included, and lose the English
// promotion a page adds to them (a newsletter's call, an app's, a paywall,
// a rights line, a handle).
func TestRegisterFixtures(t *testing.T) {
	cases := []struct {
		file  string
		promo []string
	}{
		{"readme-table.md", []string{
			"Subscribe to our newsletter",
			"Follow us on Twitter",
			"© 2025 Example Docs. All rights reserved.",
		}},
		{"report-terms.txt", []string{
			"Sign in to continue reading the full text",
			"Download the app for more stories",
			"Copyright © 2025 Example News. All rights reserved.",
			"Read more »",
		}},
		// a Chinese Markdown table whose rows name the channels a
		// service is used by: rows of its table, not notices
		{"service-table.md", []string{
			"关注本号，后台回复“一网通办”领取全套办事指南PDF",
		}},
		{"notice-bilingual.txt", []string{
			"Follow us on WeChat: culture_week2025 | Email: hello@cweek-promo.com",
			"All rights reserved. Unauthorized reproduction is prohibited.",
		}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", "register", c.file))
			if err != nil {
				t.Fatal(err)
			}
			hidden, all := hiddenLines(t, c.file, data)
			promo := map[string]bool{}
			for _, p := range c.promo {
				promo[p] = true
				if !hidden[p] {
					t.Errorf("promotion kept: %q", p)
				}
			}
			for _, l := range all {
				if hidden[l] && !promo[l] {
					t.Errorf("real line hidden: %q", l)
				}
			}
		})
	}
}

// TestCorpusReadmeKept: the shared corpus's README, English Markdown with
// a few Chinese words and two tables, is all its own text.
func TestCorpusReadmeKept(t *testing.T) {
	data, err := os.ReadFile("../../shared/corpus/README.md")
	if err != nil {
		t.Skip("no ../shared/corpus here")
	}
	hidden, all := hiddenLines(t, "README.md", data)
	if len(all) < 20 {
		t.Fatalf("only %d lines read", len(all))
	}
	for l := range hidden {
		t.Errorf("line hidden: %q", l)
	}
}

// TestRegisterOf: the register follows the share of Latin letters against
// Han characters in the whole text.
func TestRegisterOf(t *testing.T) {
	cases := []struct {
		text string
		want register
	}{
		{"全年地区生产总值（GDP）增长5.2%，居民消费价格指数（CPI）上涨0.3%。", registerGenre},
		{"推进IPv6规模部署，政府网站和政务新媒体全面支持IPv6访问。\nFollow us on WeChat: gw_daily", registerGenre},
		{"Documents of state organs are not covered by copyright in China (著作权法 第五条).", registerLatin},
		{"为促进中外文化交流，定于10月13日举办交流周。\nTo promote cultural exchange, the week will be held from October 13.", registerLatin},
		{"", registerGenre},
	}
	for _, c := range cases {
		if got := registerOf(scriptCount(c.text)); got != c.want {
			t.Errorf("registerOf(%q) = %d, want %d", c.text, got, c.want)
		}
		// Past registerSample the text is read in windows, which tell
		// the same.
		big := strings.Repeat(c.text+"\n", registerSample/max(len(c.text), 1)*3)
		if got := textRegister(big); c.text != "" && got != c.want {
			t.Errorf("textRegister(%d × %q) = %d, want %d", len(big), c.text, got, c.want)
		}
	}
}

// TestLatinLineOwnScript: in a Latin document a Latin line carries neither
// the Latin shape, the learned model's weight nor a handle of letters and
// digits; in the genre's it still does, and a Han line of a Latin
// document is weighed as in the genre's.
func TestLatinLineOwnScript(t *testing.T) {
	cases := []struct {
		line       string
		genre      []feature // signals the line carries in a document of the genre
		latinNot   []feature // of them, those it does not carry in a Latin document
		latinScore int       // the most it may score there
	}{
		{"Public documents taken unchanged from public GitHub repositories, for checking", []feature{fShape, fLearn}, []feature{fShape, fLearn}, 2},
		{"chatchat_std12_design.doc + .docx  the same, a longer draft with tables", []feature{fShape, fNumber, fLearn}, []feature{fShape, fNumber, fLearn}, 1},
		{"formats/: Word 97 .doc and PDF", []feature{fShape, fLearn}, []feature{fShape, fLearn}, 1},
		{"关注公众号领取全套材料，回复“年终”即可下载Word版", []feature{fAct, fHandle, fTrade}, nil, 99},
	}
	for _, c := range cases {
		_, g := noticeScoreIn(c.line, registerGenre)
		for _, f := range c.genre {
			if g[f] == 0 {
				t.Errorf("%q in the genre: no %s (hits %v)", c.line, featNamesReg[f], g)
			}
		}
		score, l := noticeScoreIn(c.line, registerLatin)
		for _, f := range c.latinNot {
			if l[f] != 0 {
				t.Errorf("%q in a Latin document: %s %d", c.line, featNamesReg[f], l[f])
			}
		}
		if score > c.latinScore {
			t.Errorf("%q in a Latin document scores %d, want at most %d", c.line, score, c.latinScore)
		}
		if c.latinNot == nil && l != g {
			t.Errorf("%q, a Han line: hits %v in a Latin document, %v in the genre's", c.line, l, g)
		}
	}
}

// featNamesReg names the features the register test reports.
var featNamesReg = map[feature]string{fShape: "shape", fLearn: "learned", fNumber: "number", fAct: "act", fHandle: "handle", fTrade: "trade"}

// TestLatinWords: the English words of the signals are whole words, and a
// call's verb opens its sentence; a Latin document's long sentences are
// weighed by their cadence.
func TestLatinWords(t *testing.T) {
	cases := []struct {
		line   string
		at     place
		notice bool
	}{
		// promotion
		{"Subscribe to our newsletter", placeAlone, true},
		{"Download the app for more stories", placeAlone, true},
		{"Download our app to read more", placeAlone, true},
		{"Follow us on Twitter and Facebook", placeAlone, true},
		{"Sign in to read the full article", placeAlone, true},
		{"This article is for subscribers only. Subscribe now to continue reading.", placeAlone, true},
		{"Get the full report as a PDF for just $9.99", placeAlone, true},
		{"Terms of Use | Privacy Policy | Contact Us", placeOutside, true},
		// a Latin document's own sentences about the same things
		{"Residents can download the application forms in PDF from the city government website.", placeOutside, false},
		{"See the full text of the law in the appendix.", placeOutside, false},
		{"Over 2 million people subscribe to the city's public service newsletter.", placeOutside, false},
		{"To install, download the latest release from the GitHub releases page.", placeOutside, false},
		{"Click here to open the settings page, then choose Export as Word.", placeAlone, false},
		{"Sign in to the government service platform with your ID card to apply online.", placeAlone, false},
		{"Documents of state organs are not covered by copyright in China.", placeGlued, false},
		{"Getting started", placeOutside, false},
	}
	for _, c := range cases {
		if _, got := scoreNoticeIn(c.line, c.at, registerLatin); got != c.notice {
			score, h := noticeScoreIn(c.line, registerLatin)
			t.Errorf("%q at %d: notice %v, want %v (score %d, hits %v)", c.line, c.at, got, c.notice, score, h)
		}
	}
	if !wholeWord("the app", 4, 3) || wholeWord("the appendix", 4, 3) || wholeWord("xapp", 1, 3) {
		t.Error("wholeWord")
	}
}

// TestRightsLineLatin: in a Latin document the word copyright is its own
// vocabulary; a rights line (©, a year after the word, rights reserved) is
// still the page's chrome, and in the genre's documents the word is, as
// before.
func TestRightsLineLatin(t *testing.T) {
	cases := []struct {
		line         string
		genre, latin bool
	}{
		{"state organs are not covered by copyright in China (著作权法 第五条), so they", true, false},
		{"Copyright protection for software was strengthened", true, false},
		{"© 2025 Example Docs. All rights reserved.", true, true},
		{"Copyright 2025 Example Inc.", true, true},
		{"copyright 2003-2024 某某网 版权所有", true, true},
		{"Content copyright Example Media, all rights reserved", true, true},
	}
	for _, c := range cases {
		if got := isChromeLineIn(c.line, registerGenre); got != c.genre {
			t.Errorf("%q in the genre: chrome %v, want %v", c.line, got, c.genre)
		}
		if got := isChromeLineIn(c.line, registerLatin); got != c.latin {
			t.Errorf("%q in a Latin document: chrome %v, want %v", c.line, got, c.latin)
		}
	}
}

// TestTableCells: a table's row is parted into cells by runs of spaces; a
// list's item opening with a bullet is none.
func TestTableCells(t *testing.T) {
	cases := []struct {
		line string
		want int
	}{
		{"微信公众号  关注“某市发布”公众号  可查看办理进度", 3},
		{"file  what it is", 2},
		{"a b c", 1},
		{"渠道\t使用方式", 2},
		{"· 2024年机关作风整顿心得体会  1.2万人已读", 0},
		{"时间丨地点丨主办单位", 3},
		{"| 项目 | 单位 | 完成值 |", 3},
		{"热线  12345|12315  全天", 3}, // spaces part it: a bar in a cell
	}
	for _, c := range cases {
		if got := tableCells(c.line); got != c.want {
			t.Errorf("tableCells(%q) = %d, want %d", c.line, got, c.want)
		}
	}
}

// scriptCountRef is scriptCount byte by byte, as it was written first.
func scriptCountRef(s string) (latin, han int) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c|0x20)-'a' < 26 {
			latin++
		} else if c-0xE4 < 6 {
			han++
		}
	}
	return latin, han
}

// TestScriptCountBytes: scriptCount, eight bytes at a time, counts as the
// byte loop does every byte value at every place of a word (the edges of
// both ranges and the bytes next to them: @ [ ` { E3 E4 E9 EA, all the
// high ones), and texts of every length around the step.
func TestScriptCountBytes(t *testing.T) {
	for c := range 256 {
		for at := range 9 {
			b := []byte(strings.Repeat("\xe4", 9))
			if at < len(b) {
				b[at] = byte(c)
			}
			for n := range len(b) + 1 {
				s := string(b[:n])
				gl, gh := scriptCount(s)
				wl, wh := scriptCountRef(s)
				if gl != wl || gh != wh {
					t.Fatalf("scriptCount(%q) = %d, %d; want %d, %d", s, gl, gh, wl, wh)
				}
			}
		}
	}
	for _, s := range []string{"", "a", "Zz@[`{", "全年GDP增长5.2%，CPI上涨0.3%。Follow us on WeChat: gw_daily 🇨🇳 é"} {
		gl, gh := scriptCount(s)
		wl, wh := scriptCountRef(s)
		if gl != wl || gh != wh {
			t.Errorf("scriptCount(%q) = %d, %d; want %d, %d", s, gl, gh, wl, wh)
		}
	}
}

func FuzzScriptCount(f *testing.F) {
	f.Add("全年GDP增长5.2%，Follow us")
	f.Add("\xe4\xe9\xea\xe3@[`{azAZ")
	f.Fuzz(func(t *testing.T, s string) {
		gl, gh := scriptCount(s)
		wl, wh := scriptCountRef(s)
		if gl != wl || gh != wh {
			t.Errorf("scriptCount(%q) = %d, %d; want %d, %d", s, gl, gh, wl, wh)
		}
	})
}
