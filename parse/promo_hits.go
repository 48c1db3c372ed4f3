package parse

// What a line's hits weigh and say (moved out of promo.go, which had grown
// past 600 lines).

// hitsWeight is what the signals of h weigh (not the prose, the official
// words nor the wording, which noticeScore weighs after): each feature's
// weight, one more for a pile-up of three words of one feature, and the
// combinations'.
func hitsWeight(h *hits) int {
	score := 0
	for f := fReader; f < fProse; f++ {
		if f == fOdd || f == fLearn {
			continue // the wording, weighed on genreWeight's and learnWeight's own scales
		}
		switch {
		case h[f] == 1:
			score += noticeWeights[f].one
		case h[f] > 1:
			score += noticeWeights[f].more
		}
		if h[f] >= 3 && f != fShape {
			score++
		}
	}
	if h[fGoods] > 0 && (h[fTrade] > 0 || h[fCut] > 0) {
		score += comboGoodsTrade
	}
	if h[fAct] > 0 && (h[fHandle] > 0 || h[fNumber] > 0) {
		score += comboActHandle
	}
	if h[fReader] > 0 && h[fAct] > 0 {
		score += comboReaderAct
	}
	if h[fCut] > 0 && h[fScroll] > 0 {
		score += comboCutScroll
	}
	return score
}

// signalled reports whether the hits hold a signal of what the line says
// or gives (a word, a number, a price, a handle): decoration, chat and
// shape alone make a separator or an aside, not a notice.
func (h *hits) signalled() bool {
	for f := fReader; f < fChatty; f++ {
		if h[f] > 0 {
			return true
		}
	}
	return false
}

// signalWords counts the signal words and marks of the hits (signalled's
// features, each word once).
func (h *hits) signalWords() int {
	n := 0
	for f := fReader; f < fChatty; f++ {
		n += int(h[f])
	}
	return n
}

// signalledBeyondGoods is signalled less the text as goods (材料, 文章,
// 文档): the genre's titles are about its materials too.
func (h *hits) signalledBeyondGoods() bool {
	for f := fReader; f < fChatty; f++ {
		if h[f] > 0 && f != fGoods {
			return true
		}
	}
	return false
}
