package parse

import "strings"

// An office's notice ends on whom to contact: 联系人：某某, then the
// channels under it (联系电话：…, 电子邮箱：…, 传真：…). A site gives a 客服,
// a handle or its own mailbox, never a person named as the contact under
// that label. Under such a line, a field of a channel is the office's,
// whatever its address looks like (a mailbox of a free provider, a mobile).

// contactPersonLabels open the line naming an office's contact person.
var contactPersonLabels = []string{"联系人：", "联系人:", "联 系 人："}

// contactFieldLabels are the channels such a block lists.
var contactFieldLabels = []string{"电话", "手机", "邮箱", "信箱", "传真", "地址", "邮编", "QQ"}

// maxContactBlock bounds how far from its 联系人 line a field is looked for.
const maxContactBlock = 4

// officeContactField reports line i, a field of a channel (电子邮箱：…) with
// nothing of a shop's (no reader addressed, no site of its own, no trade,
// price nor goods), in a block between blank lines that holds, within
// maxContactBlock lines, a line naming the contact person
// (contactPersonLabels). The notice pass asks it of a line it found a
// notice, a few lines a file.
func officeContactField(text string, lines []line, i int) bool {
	p := text[lines[i].start:lines[i].end]
	k := fieldLabel(p)
	if k <= 0 || !containsWord(p[:k], contactFieldLabels) {
		return false
	}
	if h, _ := noticeHits(p); h[fReader]+h[fSelf]+h[fTrade]+h[fMoney]+h[fGoods] != 0 {
		return false
	}
	for _, step := range []int{-1, 1} {
		for j, n := i+step, 0; j >= 0 && j < len(lines) && n < maxContactBlock && !lines[j].blank(); j, n = j+step, n+1 {
			q := text[lines[j].start:lines[j].end]
			for _, l := range contactPersonLabels {
				if strings.HasPrefix(q, l) {
					return true
				}
			}
		}
	}
	return false
}
