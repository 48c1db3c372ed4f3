package parse

import (
	"strings"
	"testing"

	"wenji/model"
)

// TestNoticeLines weighs single lines of the filter's development data,
// in styles of their own (a second batch after promo_dev_test.go's),
// standing alone between blank lines: each notice with the kind it is
// labelled with, and the genre's own short lines and sentences that talk
// of the same things (a speech's 你们 and 让我们, a letter's 亲爱的, a data
// source, an author's note, an office's phone, a 政务 service) kept.
func TestNoticeLines(t *testing.T) {
	const kept = model.JunkKind(255)
	for _, c := range []struct {
		text string
		kind model.JunkKind // the kind it is filtered as, or kept
	}{
		{"关注我，每天分享一篇公文干货", model.JunkPromo},
		{"原创不易，转载请联系授权", model.JunkDisclaimer},
		{"更多精彩内容，请关注公众号：笔杆子", model.JunkPromo},
		{"扫码加入知识星球，获取更多公文模板", model.JunkPromo},
		{"本站所有资源均来自网络", model.JunkDisclaimer},
		{"（全文完）", model.JunkNavigation},
		{"感谢阅读！", model.JunkNavigation},
		{"欢迎投稿：tougao@xx.com", model.JunkPromo},
		{"Download the full version at www.xxx.com", model.JunkPromo},
		{"小编辛苦码字，求个在看", model.JunkPromo},
		{"本资料由XX教育独家整理，盗版必究", model.JunkDisclaimer},
		{"课程咨询请加老师微信：kaoshi2024", model.JunkPromo},
		{"———— 广告 ————", model.JunkPromo},
		{"如果这篇文章对你有帮助，不妨收藏起来慢慢看", model.JunkPromo},
		{"【声明】文中观点仅代表作者本人", model.JunkDisclaimer},
		{"本期编辑：李四 | 校对：王五 | 终审：赵六", model.JunkNavigation},
		{"点击下方链接即可报名参加培训，名额有限，先到先得", model.JunkPromo},

		{"资料来源：国家统计局", kept},
		{"（本文作者系XX市委党校教授）", kept},
		{"你们辛苦了！", kept},
		{"亲爱的同学们：", kept},
		{"广大市民朋友们：", kept},
		{"让我们携起手来，共同营造美好家园！", kept},
		{"让我们一路同行，共创美好未来！", kept},
		{"如有疑问，请拨打咨询电话：0551-12345678。", kept},
		{"二〇二四年三月一日", kept},
		{"XX县人民政府", kept},
		{"市民可通过“爱山东”APP或微信小程序在线办理。", kept},
		{"请各位考生务必于规定时间内登录报名系统完成缴费。", kept},
		{"本网站由XX市人民政府办公室主办", kept},
		{"全国政协委员、XX大学教授 张三", kept},
		{"GB/T 9704-2012《党政机关公文格式》", kept},
		{"内部资料，仅限本单位使用，不得转载。", kept},
		{"欢迎海内外朋友来XX投资兴业！", kept},
		{"欢迎广大市民朋友们踊跃参与！", kept},
		{"每天坚持巡查一次，发现问题及时上报。", kept},
		{"请关注“XX发布”政务微信获取最新资讯。", kept},
		{"更多详情请登录市政府门户网站查询。", kept},
		{"严厉打击侵犯知识产权和制售假冒伪劣商品违法犯罪，查办商标、版权侵权案件347件。", kept},
		{"广告位招租，联系QQ：123456789", model.JunkPromo},
		{"【付费阅读】以下内容需支付2元后查看", model.JunkTruncation}, // a paywall: the text withheld
		{"关注后回复【888】获取全文", model.JunkPromo},
		{"注：本文转载自XX网，如有侵权请告知", model.JunkDisclaimer},
		{"作者 | 张三    编辑 | 李四", model.JunkNavigation},
		{"您收到这封邮件是因为您订阅了本站周刊", model.JunkPromo},
	} {
		for _, at := range []place{placeAlone, placeOutside} {
			k, ok := shortPromoKind(c.text, at)
			score, h := noticeScore(c.text)
			switch {
			case c.kind == kept && ok:
				t.Errorf("%q at %d filtered as %s (score %d, hits %v)", c.text, at, k, score, h)
			case c.kind != kept && !ok:
				t.Errorf("%q at %d kept (score %d, hits %v)", c.text, at, score, h)
			case ok && k != c.kind:
				t.Errorf("%q at %d filtered as %s, want %s", c.text, at, k, c.kind)
			}
		}
	}
}

// TestSiteSignatureUnderTitle: a site's line signing the file it passes on
// (as a PDF of a novel carries it, glued under the title) is hidden there,
// and an office's own line about its files is kept.
func TestSiteSignatureUnderTitle(t *testing.T) {
	for _, c := range []struct {
		line string
		junk bool
	}{
		{"www.91xx.com整理制作，并提供下载", true},
		{"本汇编由市委办公室整理，供内部学习参考。", false},
	} {
		doc := Parse("鬼股\n" + c.line + "\n作品相关前传：辟谷生涯\n2004年早些时候中国某个山谷中发生了一件热热闹闹的事，开始只是几个人的小事。\n")
		hidden := false
		for _, j := range doc.Junk {
			if strings.Contains(doc.Text[j.Span.Start:j.Span.End], c.line) {
				hidden = true
			}
		}
		if hidden != c.junk {
			t.Errorf("%q hidden %v, want %v", c.line, hidden, c.junk)
		}
	}
}
