package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Runs glued to the prose: a notice of a few short lines pasted into an
// article with no blank line around it (a couplet and its shop's
// sign-off, an audio post's two lines, a tagline over a price under a
// paragraph) stands between the article's paragraphs as a block between
// blank lines does. The paragraphs part it from the text as the blank
// lines would: a run of short lines between two of them, or between one
// of them and a blank line or the file's edge, is weighed as joinBlocks
// weighs a block (blockWhole: a notice of its own among lines each of
// which can be a notice's, a heading over a two-line run only when it
// shows itself the notice's).

// joinRuns marks in promo the other lines of each run of short lines
// (no longer than maxShortBytes) that a paragraph of the text bounds on
// one side at least, inside a block of lines with no blank among them,
// and that holds a line marked on its own (blockWhole). A block of short
// lines only is joinBlocks's.
func joinRuns(text string, lines []line, promo, chrome []uint8, reg register) {
	gluedRuns(lines, func(i, j int) {
		// The run's last line right over a paragraph of the text, marked
		// by nothing of its own and ending no sentence, is that
		// paragraph's heading (突出示范引领，放大典型带动效应 under a
		// notice pasted at a section's end): it heads what follows, as
		// a heading over a notice heads what it stands over, and stays
		// whatever the rest of the run is.
		// Asked only of a line the run's marking took: most runs mark
		// nothing.
		was := promo[j-1]
		blockWhole(text, lines[i:j], promo[i:j], chrome[i:j], reg)
		if was == 0 && promo[j-1] != 0 && j < len(lines) && !lines[j].blank() && chrome[j-1]&chromeAlone == 0 &&
			headsParagraph(text[lines[j-1].start:lines[j-1].end]) {
			promo[j-1] = 0
		}
	})
}

// headsParagraph reports a short line that can head the paragraph under
// it: it ends no sentence (no 。！？；：… at its end, nor a closing
// bracket's or quote's) and holds Han text, as a section's heading does.
func headsParagraph(p string) bool {
	p = strings.TrimRight(p, " \u3000\t\r")
	if p == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(p)
	if strings.ContainsRune("。！？；：…!?;:）)」』】〕>》\"”'’~～", r) || !unicode.Is(unicode.Han, r) {
		return false
	}
	return true
}

// gluedRuns calls f with the bounds [i, j) of each run of two to
// maxPoolLines short lines (maxShortBytes at most each) that a paragraph
// of the text, a longer line, bounds on one side at least with no blank
// line between: a notice pasted into an article. A block of short lines
// between blank lines is poolBlocks's and joinBlocks's.
func gluedRuns(lines []line, f func(i, j int)) {
	long := func(i int) bool { return lines[i].end-lines[i].start > maxShortBytes }
	for i := 0; i < len(lines); {
		if lines[i].blank() || long(i) {
			i++
			continue
		}
		j := i
		for j < len(lines) && !lines[j].blank() && !long(j) {
			j++
		}
		above := i > 0 && !lines[i-1].blank()
		below := j < len(lines) && !lines[j].blank()
		if (above || below) && j-i >= 2 && j-i <= maxPoolLines {
			f(i, j)
		}
		i = j
	}
}
