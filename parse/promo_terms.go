package parse

import "strings"

// Forms of a site's or a shop's notice that carry no word of rights, of
// liability nor of trade: a host saying what it is (hostsOnly), a shop's
// conditions of sale (sellerTerms), a listing's contact masked
// (masksContact).

// formSignals adds to h the signals of those forms (noticeSignals): a
// contact masked is a number withheld, a listing's and no office's own;
// a shop's terms are the shop speaking of itself.
func formSignals(p string, h *hits) {
	if masksContact(p) {
		h[fCut], h[fNumber], h[fOfficial] = h[fCut]+1, max(h[fNumber], 1), 0
	}
	if sellerTerms(p) {
		h[fSelf]++
	}
}

// hostRoleWords open a host's statement of its role: it provides only
// (仅提供, 只提供) the room or the means for what others post.
var hostRoleWords = []string{"仅提供", "只提供", "仅为", "仅作为"}

// hostRoles are what a host provides or is, as it says so of the users'
// posts it carries: storage, space, technical means, a place to publish.
var hostRoles = []string{"存储", "空间", "技术支持", "信息发布", "发布平台", "分享平台", "网络服务"}

// hostsOnly reports a site or a platform (fSelf: 本平台, 本站; fHandle:
// 小程序, 搜狐号) saying it only provides a host's room or means
// (本平台仅提供信息存储空间服务, 搜狐号系信息发布平台，仅提供信息存储空间
// 服务): the host's note that what it carries is its users', a disclaimer
// though it names no text and denies nothing. The genre's platforms
// provide services to the public (本平台提供社保查询、预约办理服务), no
// storage for others' posts.
func hostsOnly(p string, h *hits) bool {
	return h[fSelf]+h[fHandle] > 0 && wordThenInClause(p, hostRoleWords, maxDeniedRunes, hostRoles)
}

// saleEvents are the steps of a sale by mail (售出, 拍下, 发货, 签收): a
// shop's terms are set on them.
var saleEvents = []string{"售出", "拍下", "拍前", "下单", "发货", "签收", "收货", "包邮"}

// saleRefusals are what a shop's terms refuse or except (不退不换, 概不退换,
// 慎拍, 勿拍, 偏远地区除外).
var saleRefusals = []string{"不退", "不换", "概不", "慎拍", "勿拍", "除外"}

// sellerTerms reports a shop's conditions of sale: a step of the sale
// and what the shop refuses or excepts at it, in the same line, outside
// quotation marks (旧书售出后…不退不换…介意者慎拍, 顺丰包邮（偏远地区除外）).
// The genre reports such terms only as what a shop wrote (以“售出概不退换”
// 为由拒绝退货), in quotation marks, or forbids them in words of its prose.
func sellerTerms(p string) bool {
	if !containsWord(p, saleRefusals) {
		return false
	}
	p = unquoted(p)
	return containsWord(p, saleEvents) && containsWord(p, saleRefusals)
}

// masksContact reports a contact or a figure masked by the page that
// shows it: a run of three or more digits or Latin letters, or a field's
// label (：), and then three or more asterisks (139****6621, yun***,
// 采购预算：***万元). A listing hides its contacts and figures from those
// who have not paid or logged in; an office gives its own in full. The
// mask weighs as a number withheld (fNumber, fCut: a strong signal's
// weight, not a notice's alone) and lets an office's label (联系人：) join
// the line to the notice beside it (spreadFragment). A list of winners
// masks its phones too, in a line of the genre's words (中奖名单).
func masksContact(p string) bool {
	if !strings.Contains(p, "***") {
		return false // the mask it looks for, found at once (a pass of the library's vector search)
	}
	for i, run := 0, 0; i < len(p); i++ {
		c := p[i]
		switch {
		case isDigit(c) || c|0x20 >= 'a' && c|0x20 <= 'z':
			run++
		case c == '*' && strings.HasPrefix(p[i:], "***") && (run >= 3 || strings.HasSuffix(p[:i], "：")):
			return true
		default:
			run = 0
		}
	}
	return false
}
