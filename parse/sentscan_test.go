package parse

import (
	"slices"
	"strings"
	"testing"
)

// headRef is how paragraphLeads read a paragraph's first sentence before
// sentScan: the first 220 bytes scanned up to one sentence.
func headRef(s string) bool {
	head := s[:min(len(s), leadHead)]
	if !strings.Contains(head, "。") {
		return false
	}
	ss, _ := scanSentences(nil, head, false, 1)
	return len(ss) > 0 && ss[0].mark == '。'
}

// firstInHeadCases hold a 。 and its closing quotes at and around the
// 220th byte, where the head cuts them, and the generated text's lines.
func firstInHeadCases(tb testing.TB) []string {
	var cases []string
	for pad := 200; pad <= 224; pad++ {
		for _, tail := range []string{"。", "。”", "。”）", "”。”", "。”文", "！”", "。」』", "。\u201d\u201d后文。"} {
			for _, open := range []string{"", "“", "（“", "“《"} {
				s := open + strings.Repeat("a", pad-len(open)) + tail + "下一句很长的文字。"
				cases = append(cases, s, s[:len(s)-len("下一句很长的文字。")])
			}
		}
	}
	cases = append(cases, "", "。", "短句。后文较长的一句话。", "“引语。”后文。", "\xe3\x80",
		// Broken bytes: E3 80 42 is read as a 。, and a stray lead
		// byte near the head's end is stepped over by one reading and
		// decoded by the other.
		strings.Repeat("0", 215)+"\xe3\x80B000", strings.Repeat("0", 210)+"\xef0000\xff0。0")
	text := bigDoc(tb, 1<<20)
	cases = append(cases, strings.Split(text, "\n")...)
	return cases
}

// TestFirstInHead: firstInHead, from the whole paragraph's sentences, says
// what the scan of the head said, the closing quotes cut or not.
func TestFirstInHead(t *testing.T) {
	for _, s := range firstInHeadCases(t) {
		ss, _ := scanSentences(nil, s, false, -1)
		if got, _ := firstInHead(s, ss, nil); got != headRef(s) {
			t.Errorf("firstInHead(%q) = %v, want %v", s, got, !got)
		}
	}
}

// FuzzFirstInHead: firstInHead is the head's scan on any bytes.
func FuzzFirstInHead(f *testing.F) {
	f.Add(strings.Repeat("字", 72) + "。”后文。")
	f.Add("“" + strings.Repeat("a", 215) + "。”）后")
	f.Fuzz(func(t *testing.T, s string) {
		ss, _ := scanSentences(nil, s, false, -1)
		if got, _ := firstInHead(s, ss, nil); got != headRef(s) {
			t.Errorf("firstInHead(%q) = %v, want %v", s, got, !got)
		}
	})
}

// TestSentScan: what sentScan gives back for a paragraph is its scan, the
// opener included, for paragraphs kept in order, and nothing for one
// never scanned; a paragraph out of order is scanned, not kept.
func TestSentScan(t *testing.T) {
	paras := []string{"一是抓学习。二是抓落实。", "强化对标学习，把准选题方向。后文。", "", "“引语。”后文！", "无标点"}
	var c sentScan
	c.reset()
	for i, s := range paras {
		want, _ := scanSentences(nil, s, false, -1)
		if got := c.scan(2*i, s); !slices.Equal(got, want) {
			t.Errorf("scan(%q) = %v, want %v", s, got, want)
		}
	}
	if got := c.scan(1, paras[0]); len(got) != 2 {
		t.Errorf("scan out of order = %v, want the paragraph's 2 sentences", got)
	}
	for i, s := range paras {
		want, wantOpener := scanSentences(nil, s, false, -1)
		got, opener, ok := c.get(2 * i)
		if !ok || !slices.Equal(got, want) || opener != wantOpener {
			t.Errorf("get(%d) = %v, %v, %v; want %v, %v, true", 2*i, got, opener, ok, want, wantOpener)
		}
		if _, _, ok := c.get(2*i + 1); ok {
			t.Errorf("get(%d): kept, never scanned in order", 2*i+1)
		}
	}
	c.reset()
	if _, _, ok := c.get(0); ok {
		t.Error("get after reset: kept")
	}
	// Past sentKept sentences, paragraphs are scanned, not kept.
	long := strings.Repeat("短句。", sentKept)
	want, _ := scanSentences(nil, paras[0], false, -1)
	c.scan(0, long)
	if got := c.scan(1, paras[0]); !slices.Equal(got, want) {
		t.Errorf("scan past sentKept = %v, want %v", got, want)
	}
	if _, _, ok := c.get(0); !ok {
		t.Error("get(0): not kept, within sentKept")
	}
	if _, _, ok := c.get(1); ok {
		t.Error("get(1): kept past sentKept")
	}
}
