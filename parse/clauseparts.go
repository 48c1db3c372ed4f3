package parse

import "strings"

// nestClauseParts nests the parts of a report whose numbers were Word's
// list, lost when it was copied out as text, by the form of their titles
// where no half names them (a 述职报告: 坚持政治引领，持续加强理论武装 /
// 聚焦主责主业，全力推动分管工作取得新成效 / 工业经济稳中有进 / 商贸流通加快发展 …
// / 严格落实“一岗双责”，坚守廉洁自律底线): the parts are titled by two clauses
// (twoClauseTitle), their subparts by one (oneClauseTitle), and a part
// whose subparts follow it holds no text before its first. Among the
// unnumbered lines before the report's first section (sections: 存在的问题和
// 不足, 2025年工作打算), all of the two forms, two or more of each, one of
// two clauses holding no text and followed right by one of one clause,
// the lines of one clause after one of two are its subparts up to the
// next of two.
func nestClauseParts(container *pnode) {
	kids := container.kids
	sec, _ := sections(kids)
	end := len(kids)
	for i, k := range kids {
		if sec[k] {
			end = i
			break
		}
	}
	twos, ones, opens := 0, 0, false
	for i, k := range kids[:end] {
		if !plainKid(k) || k.info.style != stylePlain {
			return
		}
		switch {
		case twoClauseTitle(k.Title):
			twos++
			opens = opens || len(k.info.paras) == 0 && len(k.kids) == 0 && i+1 < end && oneClauseTitle(kids[i+1].Title)
		case oneClauseTitle(k.Title):
			ones++
		default:
			return
		}
	}
	if twos < 2 || ones < 2 || !opens {
		return
	}
	out := kids[:0:0]
	var part *pnode
	for i, k := range kids {
		if i < end && twoClauseTitle(k.Title) {
			part = k
		} else if i < end && part != nil {
			k.up = part
			part.kids = append(part.kids, k)
			continue
		}
		out = append(out, k)
	}
	container.kids = out
}

// twoClauseTitle reports a part's title of two clauses of four characters
// or more each, split by one comma (聚焦主责主业，全力推动分管工作取得新成效).
func twoClauseTitle(t string) bool {
	a, b, ok := strings.Cut(t, "，")
	return ok && runeLen(t) <= 32 && oneClause(a) && oneClause(b) && runeLen(a) >= 4 && runeLen(b) >= 4
}

// oneClauseTitle reports a subpart's title of one short clause
// (工业经济稳中有进, 联系点工作有序推进).
func oneClauseTitle(t string) bool {
	return oneClause(t) && runeLen(t) >= 4 && runeLen(t) <= 16
}

// oneClause reports text with no mark that ends or splits a clause.
func oneClause(t string) bool {
	return !containsAny(t, "，,；;：:。！？")
}
