package cjk

import "testing"

// TestWrapPhrases: a message breaks between its phrases, keeps a number
// with its unit, and breaks inside a phrase only when it is wider than a
// line; Wrap, for running text, fills the line.
func TestWrapPhrases(t *testing.T) {
	for _, c := range []struct {
		s     string
		width int
		want  []string
	}{
		// Wrap gives "/docs/汇编.txt · 共 7,004" / "字 · 5 篇 ·…".
		{"/docs/汇编.txt · 共 7,004 字 · 5 篇 · 大纲路径 2.1（--print 2.1）", 24,
			[]string{"/docs/汇编.txt · 共", "7,004 字 · 5 篇 ·", "大纲路径 2.1（--print", "2.1）"}},
		// Wrap gives "…共 28,913 字 · 5 篇 · 大纲路" / "径 2.1…".
		{"a.txt · 共 28,913 字 · 5 篇 · 大纲路径 2.1（--print 2.1）", 32,
			[]string{"a.txt · 共 28,913 字 · 5 篇 ·", "大纲路径 2.1（--print 2.1）"}},
		// No space between number and unit: Wrap gives "这部分共8,123,456" / "字：…".
		{"这部分共8,123,456字：再按a全部加入素材篮", 17,
			[]string{"这部分共", "8,123,456字：再按", "a全部加入素材篮"}},
		// A path as wide as the line: the next line starts with its " · ".
		{"/docs/2024年某某市人民政府工作报告全文（定稿）.txt · 共 121 字", 50,
			[]string{"/docs/2024年某某市人民政府工作报告全文（定稿）.txt", "· 共 121 字"}},
		// A phrase wider than the line is broken inside, by Wrap's rules.
		{"一二三四五六七八九十一二三 x", 10, []string{"一二三四五", "六七八九十", "一二三 x"}},
	} {
		lines := w1.WrapPhrases(c.s, c.width)
		toks := w1.tokens(c.s)
		markPhrases(c.s, toks)
		if err := checkWrapTokens(w1, c.s, c.width, 0, lines, toks); err != nil {
			t.Errorf("WrapPhrases(%q, %d): %v", c.s, c.width, err)
		}
		if got := texts(c.s, lines); !eq(got, c.want) {
			t.Errorf("WrapPhrases(%q, %d) = %q, want %q (Wrap: %q)", c.s, c.width, got, c.want, texts(c.s, w1.Wrap(c.s, c.width, 0)))
		}
	}
}

func FuzzWrapPhrases(f *testing.F) {
	for _, s := range corpus {
		f.Add(s, 10, false)
	}
	f.Add("共 7,004 字 · 5 篇", 6, true)
	f.Fuzz(func(t *testing.T, s string, width int, amb2 bool) {
		width %= 100
		w := w1
		if amb2 {
			w = w2
		}
		lines := w.WrapPhrases(s, width)
		toks := w.tokens(s)
		markPhrases(s, toks)
		if err := checkWrapTokens(w, s, width, 0, lines, toks); err != nil {
			t.Fatalf("WrapPhrases(%q, %d): %v\nlines: %q", s, width, err, texts(s, lines))
		}
	})
}
