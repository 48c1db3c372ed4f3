package parse

// Parallel labels: a run of paragraphs that each open with a short label
// of the same length, all Han characters (稳面积：… / 提单产：… / 强设施；… /
// 守红线。…), the author closing them with ：, ； and 。 as they came. The
// mixed marks keep such a run from any one mark's run (clauseLeads,
// shapeLeads); the labels' equal length is what makes them parallel.

// maxLabelRunes bounds a parallel label: a slogan of three or four
// characters (稳面积, 强基础), where clauses of six mixing their marks
// (做强主导产业；/ 培育未来产业：/ …) are prose's as often.
const maxLabelRunes = 4

// parallelLabels returns the leads of paras that stand in runs of
// minShapeRun or more consecutive paragraphs opening with parallel labels
// closed by at least two different marks. clauses and cands are the
// paragraphs' clause leads and sentence leads, in text order.
func parallelLabels(paras []int, clauses, cands []lead) []lead {
	var out, run []lead
	ci, si := 0, 0
	at := func(i int) (lead, bool) {
		for ci < len(clauses) && clauses[ci].para < i {
			ci++
		}
		if ci < len(clauses) && clauses[ci].para == i {
			return clauses[ci], true
		}
		for si < len(cands) && cands[si].para < i {
			si++
		}
		if si < len(cands) && cands[si].para == i {
			return cands[si], true
		}
		return lead{}, false
	}
	flush := func() {
		if len(run) >= minShapeRun && mixedMarks(run) {
			out = append(out, run...)
		}
		run = run[:0]
	}
	for _, i := range paras {
		l, ok := at(i)
		ok = ok && isLabel(l)
		if ok && len(run) > 0 && l.runes == run[0].runes {
			run = append(run, l)
			continue
		}
		flush()
		if ok {
			run = append(run, l)
		}
	}
	flush()
	return out
}

// isLabel reports a lead that can be a parallel label: three to
// maxLabelRunes Han characters closed by 。, ； or ：.
func isLabel(l lead) bool {
	return l.marker == "" && l.runes >= 3 && l.runes <= maxLabelRunes && (l.mark == 0 || l.mark == '；' || l.mark == '：') && allHan(l.words)
}

// mixedMarks reports a run whose labels are not all closed alike.
func mixedMarks(run []lead) bool {
	for _, l := range run[1:] {
		if l.mark != run[0].mark {
			return true
		}
	}
	return false
}
