package parse

import "strings"

// An association's members (会员单位, 会员代表, 会员企业, 理事单位) are the
// genre's: an association reports on them, its platform and its yearbook
// serve them (协会信息平台仅对会员单位开放). A site's paid membership (会员,
// 开通会员, 会员专享) is a user's, never a unit's or a delegate's.
var associationMembers = []string{"会员单位", "会员代表", "会员企业", "理事单位"}

// membersOnly reports a line whose every 会员 is an association's member
// (associationMembers): its 会员 is no trade.
func membersOnly(p string) bool {
	found := false
	for rest := p; ; {
		i := indexWord(rest, "会员")
		if i < 0 {
			return found
		}
		if _, ok := hasPrefixAny(rest[i:], associationMembers...); !ok {
			return false
		}
		found = true
		rest = rest[i+len("会员"):]
	}
}

// serveWords say whom a thing serves or is open to (仅对会员单位开放, 面向
// 会员企业, 供理事单位使用).
var serveWords = []string{"仅对", "只对", "面向", "供"}

// maxServeRunes is how much of the clause after its serveWords holds the
// association's members (仅对全体会员单位).
const maxServeRunes = 8

// servesMembers reports a line saying that something (a body's platform,
// its publication) serves an association's members: serveWords, then
// associationMembers within maxServeRunes of the clause. It is the
// body's own line, and what it says of its content (相关内容由秘书处负责
// 更新) is the body's own, no disclaimer.
func servesMembers(p string) bool {
	return wordThenInClause(p, serveWords, maxServeRunes, associationMembers)
}

// officialBodies name an office whose figures or decision a text defers
// to (国家统计局, 统计部门, 主管部门, 人民政府, 委员会); decisionVerbs what
// it does with them (公布, 核定, 批复).
var (
	officialBodies = []string{"统计局", "部门", "政府", "委员会", "机关", "管理局", "财政局", "税务局", "主管单位", "国务院", "省厅", "办公厅"}
	decisionVerbs  = []string{"公布", "核定", "批复", "审定", "认定", "核准", "发布", "确认", "批准", "审核"}
	// the office's text or site deferred to (以政府网站公布的正式文本为准):
	// a page's copy of it disowns itself, where the document's caveat
	// defers to figures and decisions
	officialText = []string{"文本", "原文", "全文", "文件", "稿", "版本", "网站", "官网", "网页"}
)

// maxPrevailRunes is how long the span of 以…为准 may be.
const maxPrevailRunes = 30

// officialPrevails reports a line whose limit points to an official body's
// figures or decision (以国家统计局最终公布的数据为准, 以主管部门核定为准):
// the document's own caveat on its figures, no page's disclaimer, which
// defers to its source or to the office's text it copies (以原发布媒体为准,
// 以政府网站公布的正式文本为准).
func officialPrevails(p string) bool {
	for rest := p; ; {
		i := indexWord(rest, "为准")
		if i < 0 {
			return false
		}
		span := rest[:i]
		rest = rest[i+len("为准"):]
		if j := strings.LastIndex(span, "以"); j >= 0 {
			span = span[j+len("以"):]
		} else {
			continue
		}
		if runeLen(span) <= maxPrevailRunes && containsWord(span, officialBodies) && containsWord(span, decisionVerbs) &&
			!containsWord(span, officialText) {
			return true
		}
	}
}

// ownCaveat reports a line that limits its content as the body writing it
// does (servesMembers, officialPrevails): the document's own, no page's
// disclaimer.
func ownCaveat(p string) bool {
	return servesMembers(p) || officialPrevails(p)
}
