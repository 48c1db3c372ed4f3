package parse

import "testing"

// TestHTMLLibreOffice: the corpus reports saved as HTML by LibreOffice
// (every run in its <font style="font-size: 14pt">, digits in a run of
// their own, a bold lead in several <b>) give the .docx's outline.
func TestHTMLLibreOffice(t *testing.T) { sameAsDocx(t, "html", sameOutline) }

// TestHTMLWordRuns: a run's own face and size mark no lead; a bold or a
// coloured opening does, however many runs Word split it into, and an
// indent's run of 　 before it settles nothing.
func TestHTMLWordRuns(t *testing.T) {
	const size = `<font size="4" style="font-size: 14pt">`
	for _, c := range []struct {
		name, page, lead string
	}{
		{"face and size runs", `<p>` + size + `　　——面对外部压力加大，预计总值迈上</font><font face="仿宋, serif">` + size + `14</font></font>` + size + `万亿元新台阶。</font></p>`, ""},
		{"government site span", `<p><span style="font-family: 仿宋_GB2312; font-size: 16pt; line-height: 150%">全年完成投资</span><span style="font-family: Times New Roman">320</span><span style="font-family: 仿宋_GB2312">亿元。</span></p>`, ""},
		{"bold split into runs", `<p>` + size + `　</font>` + size + `<b>　</b></font><font face="仿宋, serif">` + size + `<b>1.“</b></font></font>` + size + `<b>岳山造林”：</b></font>` + size + `上世纪70年代开展的造林运动。</font></p>`, "1.“岳山造林”："},
		{"bold style", `<p><span style="font-weight: bold">（一）稳住经济大盘。</span>全年增长5%。</p>`, "（一）稳住经济大盘。"},
		{"weight 700", `<p><span style="FONT-WEIGHT:700">一是抓项目。</span>新开工120个。</p>`, "一是抓项目。"},
		{"colour", `<p><span style="color:#c00000">坚持稳中求进。</span>统筹发展和安全。</p>`, "坚持稳中求进。"},
		{"class", `<p><span class="bjh-strong">强化科技支撑。</span>研发投入增长12%。</p>`, "强化科技支撑。"},
		{"plain text between runs", `<p><b>加强领导。</b>成立专班，<b>压实责任。</b>层层签订责任书。</p>`, "加强领导。"},
	} {
		for _, read := range []struct {
			name string
			f    func(string) (string, []Hint)
		}{{"tree", htmlText}, {"tokens", htmlFlat}} {
			text, hints := read.f(c.page)
			got := ""
			for _, h := range hints {
				if h.Lead > 0 {
					got = text[:h.Lead]
				}
			}
			if got != c.lead {
				t.Errorf("%s (%s): lead %q, want %q in %q", c.name, read.name, got, c.lead, text)
			}
		}
	}
}

func TestLooksEmphatic(t *testing.T) {
	for style, want := range map[string]bool{
		"font-size: 14pt": false,
		"font-family: 仿宋_GB2312; font-size: 16pt": false,
		"line-height: 150%; letter-spacing: 1pt":  false,
		"font-weight: normal":                     false,
		"font-weight: 400":                        false,
		"text-decoration: none":                   false,
		"color: inherit":                          false,
		"font-weight: bold":                       true,
		"FONT-WEIGHT: 700":                        true,
		"font: bold 16pt 黑体":                      true,
		"color: red":                              true,
		"background-color: yellow":                true,
		"text-decoration: underline":              true,
		"font-style: italic":                      true,
	} {
		if got := looksEmphatic(style); got != want {
			t.Errorf("looksEmphatic(%q) = %v, want %v", style, got, want)
		}
	}
}
