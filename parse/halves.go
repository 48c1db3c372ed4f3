package parse

import (
	"strings"
	"unicode/utf8"
)

// halfEnds are the words a report's half is titled by: what a period's
// work was (2024年工作回顾, 过去一年的主要工作) and what it is to be
// (2025年工作安排, 2026年主要目标任务, 今年的主要任务).
var halfEnds = []string{"工作回顾", "主要工作", "工作总结", "工作安排", "目标任务", "主要任务",
	"工作打算", "工作计划", "工作思路", "重点任务", "重点工作", "奋斗目标"}

// halfTitle reports a title naming one half of a report, the review or
// the plan: a short line, one clause, ending with a word of halfEnds, or
// naming the plan's guiding thought or overall requirements with its
// targets (今后五年全县残疾人事业发展的指导思想和主要目标, 2026年工作的总体要求和
// 主要目标), and setting its period (2024年, 今年, 下一步, 今后).
func halfTitle(t string) bool {
	if runeLen(t) > 24 || containsAny(t, "，,；：") {
		return false
	}
	for _, w := range halfEnds {
		if strings.HasSuffix(t, w) {
			return setsPeriod(t)
		}
	}
	if strings.HasSuffix(t, "目标") && (strings.Contains(t, "指导思想") || strings.Contains(t, "总体要求")) {
		return setsPeriod(t)
	}
	return reviewTitle(t)
}

// setsPeriod reports a half's title setting its period: 2024年, 下一步,
// 今后.
func setsPeriod(t string) bool {
	return strings.Contains(t, "年") || strings.Contains(t, "下一步") || strings.Contains(t, "今后")
}

// reviewTitle reports the title of a report's review named by what was
// done rather than by its period (主要做法和成效, 取得的主要成绩,
// 工作进展及成效): a short one-clause line ending with 做法, 成效, 成绩 or
// 进展, that calls them the main ones, the ones achieved, or the work's.
func reviewTitle(t string) bool {
	if runeLen(t) > 12 || containsAny(t, "，,；：。") {
		return false
	}
	if _, ok := hasSuffixAny(t, "做法", "成效", "成绩", "进展"); !ok {
		return false
	}
	return strings.Contains(t, "主要") || strings.Contains(t, "取得") || strings.HasPrefix(t, "工作")
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
	return runeLen(t) <= 12 && !containsAny(t, "，,；：") && strings.Contains(t, "问题") &&
		(strings.Contains(t, "存在") || strings.Contains(t, "不足") || strings.Contains(t, "困难"))
}

// requestsTitle reports the title of what a report asks of those it
// reports to (几点建议, 意见和建议, 有关请求, 需要协调解决的事项, 请求帮助解决的
// 问题): a part of its own after the plan, never the plan's last subpart.
func requestsTitle(t string) bool {
	if runeLen(t) > 14 || containsAny(t, "，,；：。") {
		return false
	}
	if runeLen(t) <= 10 && (strings.HasSuffix(t, "建议") || strings.HasSuffix(t, "请求")) {
		return true
	}
	_, ok := hasSuffixAny(t, "事项", "问题", "困难")
	return ok && (strings.HasPrefix(t, "需") || strings.HasPrefix(t, "请求") || strings.HasPrefix(t, "恳请")) && strings.Contains(t, "解决")
}

// plainKid reports a node placed by an unnumbered heading line, or by
// the unnumbered sentence a paragraph opens with (项目建设成效显著。全年…).
func plainKid(k *pnode) bool {
	return (k.info.style == stylePlain || k.info.style == styleSentence) && k.Marker == ""
}

// statusTitle reports the title of what a report on one matter says
// stands, before its plan (全市国有资产总体情况, 全市生态环境状况,
// 环境保护目标完成情况及主要工作): a short one-clause line ending with 情况 or
// 状况, or naming a state of affairs and then the work done (…情况及主要工作).
func statusTitle(t string) bool {
	if runeLen(t) > 24 || containsAny(t, "，,；：。") {
		return false
	}
	if strings.HasSuffix(t, "情况") || strings.HasSuffix(t, "状况") {
		return true
	}
	i := strings.Index(t, "情况")
	if i < 0 {
		return false
	}
	rest := t[i+len("情况"):]
	if !strings.HasPrefix(rest, "及") && !strings.HasPrefix(rest, "和") {
		return false
	}
	for _, w := range halfEnds {
		if strings.HasSuffix(rest, w) {
			return true
		}
	}
	return false
}

// sections returns which of kids, unnumbered lines of a container, title
// a section of a report whose numbers were lost: a half (2025年工作安排,
// 下一步工作打算), the problems it owns (存在的主要问题), what it asks
// (几点建议), and before the first
// half, what stands (全市国有资产总体情况) where a subpart's line follows it
// or stands under it already: one right before the next section, holding
// none, is a subpart of the section before (生态状况 after 大气环境 / 水环境,
// before 环境保护目标完成情况及主要工作); and how many halves there are.
func sections(kids []*pnode) (map[*pnode]bool, int) {
	var sec map[*pnode]bool
	halves := 0
	plain := func(k *pnode) bool { return plainKid(k) && k.info.style == stylePlain }
	named := func(k *pnode) bool {
		return plain(k) && (halfTitle(k.Title) || problemsTitle(k.Title) || statusTitle(k.Title) || requestsTitle(k.Title))
	}
	for i, k := range kids {
		if !plain(k) {
			continue
		}
		half := halfTitle(k.Title)
		status := halves == 0 && statusTitle(k.Title) &&
			(i+1 < len(kids) && plain(kids[i+1]) && !named(kids[i+1]) || len(k.kids) > 0 && plainKid(k.kids[0]))
		if half || problemsTitle(k.Title) || requestsTitle(k.Title) || status {
			if sec == nil {
				sec = map[*pnode]bool{}
			}
			sec[k] = true
		}
		if half {
			halves++
		}
	}
	return sec, halves
}

// nestHalves nests the parts of a report whose numbers were Word's list,
// lost when it was copied out as text: its sections' titles (2024年工作回顾
// / 2025年工作安排, or 全市国有资产总体情况 / 存在的主要问题 / 下一步工作打算:
// sections) and their subparts' (实体经济稳中提质 …) are all unnumbered
// lines, placed side by side under container. With a half and another
// section among them and a subpart, the lines between a section and the
// next are that section's subparts (a half right before the next has none:
// 今后五年的奋斗目标; the problems the review owns, 存在的问题和不足, hold
// the lines after them too: 企业国有资产方面 …). After the last half, a count
// the half announces (重点抓好以下六个方面工作。) or its subparts' shared
// opening (sharedForm) says how many of the lines are its subparts: the
// next one is a part of its own (全面加强政府自身建设); with neither, every
// line after it is its subpart. A numbered line (一、) or a line over typed
// subparts (（一）) means the parts are typed, and nothing moves; an 附件
// after them ends them.
func (p *parser) nestHalves(container *pnode) {
	kids := container.kids
	sec, halves := sections(kids)
	if halves == 0 || len(sec) < 2 {
		return
	}
	first, subparts := -1, false
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
		if sec[k] {
			if first < 0 {
				first = i
			}
		} else if first >= 0 {
			subparts = true
		}
	}
	if !subparts {
		return
	}
	out := kids[:first]
	var half *pnode
	left := -1 // subparts the current section still takes; -1: all
	for _, k := range kids[first:] {
		switch {
		case !plainKid(k):
			half = nil
		case sec[k]:
			half, left = k, p.announcedParts(k)
			if left < 0 {
				left = sharedForm(kids[first:], k, sec)
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
func sharedForm(kids []*pnode, half *pnode, sec map[*pnode]bool) int {
	at := -1
	for i, k := range kids {
		if k == half {
			at = i
		} else if at >= 0 && sec[k] {
			return -1 // not the last section
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
