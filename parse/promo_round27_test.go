package parse

import (
	"testing"

	"wenji/model"
)

// The rules filter round 27 added for classes of what the sets held out
// of the model missed (TestPromoLOSO), each in a general form and tested
// on wordings of its own.

// TestFinePrint: a line that denies being advice, a promise or an offer
// and limits its standing or names its sources is an advertisement's or a
// platform's fine print, a disclaimer wherever it stands, however long;
// the genre's own limits (以…为准 in a tender, 不代表 a batch's quality,
// 不作为…依据) and a report quoting fine print are real text.
func TestFinePrint(t *testing.T) {
	fine := []string{
		"＊图片仅供参考，房源信息以售楼处实际公示为准，本宣传资料不构成任何购房要约或承诺。",
		"以上基金过往业绩数据来源于公开披露信息，不代表未来表现，不构成任何投资建议，投资需谨慎。",
		"文中观点仅代表嘉宾个人看法，具体疗效以医生面诊为准，不构成诊疗意见。",
	}
	real := []string{
		"本项目采购文件的解释权归采购人所有，最终以采购人发布的更正公告为准。",
		"本次公示的抽检结果仅对所检样品负责，不代表同一品牌其他批次产品质量状况。",
		"普查数据仅用于统计目的，依法严格保密，不作为对普查对象实施处罚的依据，具体以统计法为准。",
		"记者注意到，该平台页面底部注明“不构成任何投资建议”，但具体收益以合同约定为准的说法并未显著提示。",
		"经审查，当事人的行为不构成犯罪，依法以行政处罚决定书为准予以处理。",
		"对不作为、不落实服务承诺的，群众可拨打12345热线反映，依据有关规定严肃追究责任。",
		"整治不作为问题，兑现服务承诺，依据考核结果奖优罚劣。",
	}
	for _, p := range fine {
		for _, at := range []place{placeGlued, placeAlone} {
			if k, ok := shortPromoKind(p, at); !ok || k != model.JunkDisclaimer {
				t.Errorf("%q at %d: %v %v, want a disclaimer", p, at, k, ok)
			}
		}
	}
	for _, p := range real {
		for _, at := range []place{placeGlued, placeAlone} {
			if _, ok := shortPromoKind(p, at); ok {
				t.Errorf("%q at %d: a notice", p, at)
			}
		}
	}
}

// TestExcerptOnly: a line telling the reader that the text here is only a
// part (只摘了, 仅展示前, 只节译) and naming the rest or the whole (其余,
// 剩余, 完整版), or reserving the rest to the site's users (仅对会员开放),
// is a truncation notice wherever it stands, however long; the genre's
// parts of things (仅占三成, 只检查了三家) and its services open to
// residents are real text.
func TestExcerptOnly(t *testing.T) {
	cut := []string{
		"【周末书摘】全书共二十章，这里只摘录了第三章的前半部分，其余章节请购买纸质书阅读。",
		"（本帖仅贴出目录和第一节，剩下的五节放在资源区）",
		"演讲实录较长，本页仅整理了问答环节，完整视频见直播回放。",
		"以下正文仅对年度会员开放",
		"（本文第二部分起的内容仅对订阅用户可见）",
	}
	real := []string{
		"培训结束后半年内仍在从业的仅占三成，其余均已转行。",
		"本次督查只检查了三家企业，其余企业由属地部门完成全部排查。",
		"图书馆新馆仅对本市户籍居民开放，其余读者可凭身份证预约参观。",
		"古籍阅览室仅对持证读者开放，其余区域全部免费开放。",
		"本办法所称会员，是指经协会审核同意入会的单位，其余单位不得以会员名义开展活动。",
		"省级财政仅补贴设备购置费的50%，其余部分由企业自筹。",
		"本次招考只录取笔试成绩前10名，其余考生的成绩可在网上查询。",
		"当年仅摘帽3个县，其余贫困县全部于次年退出。",
		"展厅仅展示了馆藏文物的一小部分，其余文物全部在库房保存。",
	}
	// an association's 会员单位 are no site's users (weighed whole, the
	// line's 原文 and 会员 are goods and trade: the weighing's matter)
	if reservesRest("年鉴原文数据库仅对会员单位开放") {
		t.Error("a database open to an association's member units reserves the text")
	}
	for _, p := range cut {
		for _, at := range []place{placeGlued, placeAlone} {
			if k, ok := shortPromoKind(p, at); !ok || k != model.JunkTruncation {
				t.Errorf("%q at %d: %v %v, want a truncation notice", p, at, k, ok)
			}
		}
	}
	for _, p := range real {
		for _, at := range []place{placeGlued, placeAlone} {
			if _, ok := shortPromoKind(p, at); ok {
				t.Errorf("%q at %d: a notice", p, at)
			}
		}
	}
}

// TestDisclaimerOnContent: a disclaimer that opens on the text it limits
// (本讲义…, 本文…) beyond naming what prevails is a disclaimer however
// long its sentence and whatever office it names as its source; a
// report's note that another text prevails over its figures, and an
// instrument's own limits (本文件…为准), are real text.
func TestDisclaimerOnContent(t *testing.T) {
	disclaim := []string{
		"本讲义仅供参加培训的学员课后复习使用，请勿翻印或上传至任何网络平台，讲义中的政策表述以各级人民政府正式发布的文件为准。",
		"本文系网友投稿，转载目的在于分享更多写作思路，不代表本站赞同其观点，文中涉及的市委、市政府有关部署请以官方发布为准。",
	}
	real := []string{
		"文中所列项目以发展改革部门批复为准。",
		"本文中涉及的数据以国家统计局最终公布的数据为准。",
		"本文件自印发之日起施行，以前规定与本文件不一致的，以本文件为准。",
	}
	withModel(&learnModel{}, func() {
		for _, p := range disclaim {
			for _, at := range []place{placeGlued, placeAlone} {
				if k, ok := shortPromoKind(p, at); !ok || k != model.JunkDisclaimer {
					t.Errorf("%q at %d: %v %v, want a disclaimer", p, at, k, ok)
				}
			}
		}
		for _, p := range real {
			for _, at := range []place{placeGlued, placeAlone} {
				if _, ok := shortPromoKind(p, at); ok {
					t.Errorf("%q at %d: a notice", p, at)
				}
			}
		}
	})
}
