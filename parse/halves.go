package parse

import (
	"strings"
	"unicode/utf8"
)

// halfEnds are the words a report's half is titled by: what a period's
// work was (2024年工作回顾, 过去一年的主要工作) and what it is to be
// (2025年工作安排, 2026年主要目标任务, 今年的主要任务).
var halfEnds = []string{"工作回顾", "主要工作", "工作总结", "工作安排", "目标任务", "主要任务",
	"工作打算", "工作计划", "工作思路", "重点任务", "奋斗目标"}

// halfTitle reports a title naming one half of a report, the review or
// the plan: a short line, one clause, ending with a word of halfEnds and
// setting its period (2024年, 今年, 下一步, 今后).
func halfTitle(t string) bool {
	if runeLen(t) > 24 || strings.ContainsAny(t, "，,；：") {
		return false
	}
	for _, w := range halfEnds {
		if strings.HasSuffix(t, w) {
			return strings.Contains(t, "年") || strings.Contains(t, "下一步") || strings.Contains(t, "今后")
		}
	}
	return false
}

// typedParts reports a node with typed parts or subparts under it (一、,
// （一）): the report's levels are in its numbers.
func typedParts(k *pnode) bool {
	for _, c := range k.kids {
		if c.info.style == styleHan || c.info.style == styleHanParen {
			return true
		}
	}
	return false
}

// problemsTitle reports the title of what a report owns it has not done
// (存在的问题, 存在的问题和不足, 存在的困难和问题): a part of its own between
// the review and the plan, never the review's last subpart.
func problemsTitle(t string) bool {
	return runeLen(t) <= 12 && !strings.ContainsAny(t, "，,；：") && strings.Contains(t, "问题") &&
		(strings.Contains(t, "存在") || strings.Contains(t, "不足") || strings.Contains(t, "困难"))
}

// plainKid reports a node placed by an unnumbered heading line, or by
// the unnumbered sentence a paragraph opens with (项目建设成效显著。全年…).
func plainKid(k *pnode) bool {
	return (k.info.style == stylePlain || k.info.style == styleSentence) && k.Marker == ""
}

// nestHalves nests the parts of a report whose numbers were Word's list,
// lost when it was copied out as text: its halves' titles (2024年工作回顾
// / 2025年工作安排) and their subparts' (实体经济稳中提质 …) are all
// unnumbered lines, placed side by side under container. With two halves
// or more among them and a subpart, the lines between a half and the next
// are that half's subparts (a half right before the next has none: 今后
// 五年的奋斗目标). After the last half, a count the half announces (重点抓
// 好以下六个方面工作。) or its subparts' shared opening (sharedForm) says
// how many of the lines are its subparts: the next one is a part of its
// own (全面加强政府自身建设); with neither, every line after it is its
// subpart. A line naming the problems the review owns (存在的问题和不足)
// is a part of its own, and so is a line after it. A numbered line (一、)
// or a line over typed subparts (（一）) means the parts are typed, and
// nothing moves; an 附件 after them ends them.
func (p *parser) nestHalves(container *pnode) {
	kids := container.kids
	first, halves, subparts := -1, 0, false
	for i, k := range kids {
		if first >= 0 && plainKid(k) && typedParts(k) {
			return
		}
		if !plainKid(k) {
			if first >= 0 && k.info.style != styleAppendix {
				return
			}
			continue
		}
		if k.info.style == stylePlain && halfTitle(k.Title) {
			if first < 0 {
				first = i
			}
			halves++
		} else if first >= 0 && !problemsTitle(k.Title) {
			subparts = true
		}
	}
	if halves < 2 || !subparts {
		return
	}
	out := kids[:first]
	var half *pnode
	left := -1 // subparts the current half still takes; -1: all
	for _, k := range kids[first:] {
		switch {
		case !plainKid(k):
			half = nil
		case k.info.style == stylePlain && problemsTitle(k.Title):
			half = nil
		case k.info.style == stylePlain && halfTitle(k.Title):
			half, left = k, p.announcedParts(k)
			if left < 0 {
				left = sharedForm(kids[first:], k)
			}
		case half != nil && left != 0:
			k.up = half
			half.kids = append(half.kids, k)
			left--
			continue
		}
		out = append(out, k)
	}
	container.kids = out
}

// sharedForm returns how many of the lines after half, when it is the
// last half, are its subparts by their form: three or more that all open
// with the same word (坚持制造强市，… / 坚持项目为王，…), followed by one or
// two lines, the last before the end or an 附件, that do not (加强政府自身
// 建设). Else -1: all of them are.
func sharedForm(kids []*pnode, half *pnode) int {
	at := -1
	for i, k := range kids {
		if k == half {
			at = i
		} else if at >= 0 && plainKid(k) && k.info.style == stylePlain && halfTitle(k.Title) {
			return -1 // not the last half
		}
	}
	var lines []string
	for _, k := range kids[at+1:] {
		if !plainKid(k) {
			break
		}
		lines = append(lines, k.Title)
	}
	opening := func(t string) rune {
		r, _ := utf8.DecodeRuneInString(t)
		return r
	}
	k := 0
	for k < len(lines) && opening(lines[k]) == opening(lines[0]) {
		k++
	}
	if k < 3 || len(lines)-k < 1 || len(lines)-k > 2 {
		return -1
	}
	for _, t := range lines[k:] {
		if opening(t) == opening(lines[0]) {
			return -1
		}
	}
	return k
}

// announcedParts returns how many parts the paragraphs under half
// announce (重点抓好以下六个方面工作。, 重点做好以下五项工作：), or -1.
func (p *parser) announcedParts(half *pnode) int {
	for _, i := range half.info.paras {
		s := p.str(&p.eff[i])
		for _, w := range []string{"以下", "抓好", "做好"} {
			j := strings.LastIndex(s, w)
			if j < 0 {
				continue
			}
			rest := s[j+len(w):]
			n, size := hanNumber(rest)
			if n < 2 {
				continue
			}
			rest = rest[size:]
			if strings.HasPrefix(rest, "个方面") || strings.HasPrefix(rest, "项") {
				return n
			}
		}
	}
	return -1
}
