package parse

import "testing"

// TestBrandClaim: a name joined by a tagline's separator to a claim about
// itself or its customers, in the genre's own words, is a site's slogan
// standing alone or outside the prose, and is looked at although no signal
// word is in it (maySignalBare); a report's heading, a campaign's slogan
// and an office's service line stay. Without brandClaim the slogans carry
// no signal and are never weighed.
func TestBrandClaim(t *testing.T) {
	cases := []struct {
		p     string
		promo bool
	}{
		{"某某在线——某某人自己的网上家园", true},
		{"墨林书院 · 专注机关写作", true},
		{"青禾在线｜写材料的人自己的家", true},
		{"招标信息一站查 · 某某通", true},
		{"文稿之家｜一站找齐年终材料", true},
		{"创建全国文明城市 人人参与", false},
		{"山海协作 · 共富路上", false},
		{"平安中国——守护万家灯火", false},
		{"政务服务——一站办理", false},
	}
	withModel(&learnModel{}, func() {
		for _, c := range cases {
			if got := maySignalBare(c.p) || mayBeNotice(c.p); c.promo && !got {
				t.Errorf("%q: never weighed standing alone", c.p)
			}
			for _, at := range []place{placeAlone, placeOutside} {
				if _, got := scoreNoticeIn(c.p, at, registerGenre); got != c.promo {
					t.Errorf("%q at %d: notice %v, want %v", c.p, at, got, c.promo)
				}
			}
		}
	})
}
