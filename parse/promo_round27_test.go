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
	}
	for _, p := range fine {
		for _, at := range []place{placeGlued, placeAlone} {
			if k, ok := scoreNoticeIn(p, at, registerGenre); !ok || k != model.JunkDisclaimer {
				t.Errorf("%q at %d: %v %v, want a disclaimer", p, at, k, ok)
			}
		}
	}
	for _, p := range real {
		for _, at := range []place{placeGlued, placeAlone} {
			if _, ok := scoreNoticeIn(p, at, registerGenre); ok {
				t.Errorf("%q at %d: a notice", p, at)
			}
		}
	}
}
