package parse

import "wenji/model"

// closeGaps flags as junk the blank lines that set off a run of filtered
// lines, so that the structure pass sees the text as it would stand had
// the run never been there: the run taken out with its separators, the
// wider of the gaps on its two sides left between the lines around it.
// Counted as they stand, the blank lines before a notice and after it
// added up: a notice between blank lines inside an article (text, blank,
// notice, blank, heading) left two blank lines before the heading, which
// then opened an article of its own though nothing of it is shown.
// Only the lines about each filtered line are read (the junk list, in
// order), never the whole file.
func closeGaps(lines []line, junk []model.Junk) {
	done := -1 // the last line of the last region handled
	for _, j := range junk {
		i := j.Line - 1
		if i <= done || i < 0 || i >= len(lines) || !lines[i].junk {
			continue
		}
		// The region: the filtered lines and the blank lines around and
		// between them, up to the next line of text on each side.
		lo, hi := i, i
		for lo > 0 && (lines[lo-1].junk || lines[lo-1].blank()) {
			lo--
		}
		for hi+1 < len(lines) && (lines[hi+1].junk || lines[hi+1].blank()) {
			hi++
		}
		done = hi
		first, last := lo, hi // the first and last filtered line
		for !lines[first].junk {
			first++
		}
		for !lines[last].junk {
			last--
		}
		before, after := first-lo, hi-last
		// Inside the run, blank lines part notices, not the text: all go.
		for k := first; k <= last; k++ {
			lines[k].junk = true
		}
		// Of the two sides, the narrower goes and the wider stays.
		from, to := lo, first
		if after < before {
			from, to = last+1, hi+1
		}
		for k := from; k < to; k++ {
			lines[k].junk = true
		}
	}
}
