// Package initials derives the pinyin-initials tables from go-pinyin's
// dictionary; the generator writes them out and model's tests compare.
package initials

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
	"golang.org/x/text/unicode/norm"
)

// Base and End bound the dense table: CJK symbols, Extension A and the
// unified ideographs. Rarer characters (Extension B and beyond,
// compatibility ideographs) are listed apart.
const (
	Base = 0x3000
	End  = 0xA000
)

// Polyphones are the characters read more than one way in today's
// Chinese, each with the readings in common use (from the usual lists of
// 常用多音字: 行 xíng/háng, 重 zhòng/chóng…). Every other character keeps
// only go-pinyin's default reading, the one it gives without heteronyms.
//
// Why not every reading go-pinyin has: its dictionary merges every source
// of Unihan, archaic and dialect readings included (接 jiē, xié, shà, chā;
// 事 shì, zì), so @xczx found 衔接事项. Neither go-pinyin nor x/text marks
// which readings are current, so the list is kept here, short and by hand;
// Build refuses a reading go-pinyin does not have, so it cannot drift.
var Polyphones = map[rune]string{
	'行': "xíng,háng", '长': "zhǎng,cháng", '重': "zhòng,chóng", '还': "hái,huán", '乐': "lè,yuè",
	'调': "diào,tiáo", '数': "shù,shǔ,shuò", '会': "huì,kuài", '藏': "cáng,zàng", '着': "zhe,zhāo,zháo,zhuó",
	'为': "wèi,wéi", '发': "fā,fà", '传': "chuán,zhuàn", '干': "gàn,gān", '好': "hǎo,hào",
	'几': "jǐ,jī", '将': "jiāng,jiàng", '角': "jiǎo,jué", '觉': "jué,jiào", '看': "kàn,kān",
	'落': "luò,là,lào", '没': "méi,mò", '便': "biàn,pián", '处': "chù,chǔ", '当': "dāng,dàng",
	'得': "dé,de,děi", '地': "dì,de", '都': "dōu,dū", '分': "fēn,fèn", '给': "gěi,jǐ",
	'教': "jiào,jiāo", '空': "kōng,kòng", '难': "nán,nàn", '弄': "nòng,lòng", '朴': "pǔ,piáo,pō",
	'强': "qiáng,qiǎng,jiàng", '曲': "qū,qǔ", '塞': "sāi,sài,sè", '少': "shǎo,shào", '省': "shěng,xǐng",
	'似': "sì,shì", '宿': "sù,xiǔ,xiù", '属': "shǔ,zhǔ", '相': "xiāng,xiàng", '兴': "xīng,xìng",
	'应': "yīng,yìng", '与': "yǔ,yù", '折': "zhé,shé,zhē", '只': "zhǐ,zhī", '中': "zhōng,zhòng",
	'种': "zhǒng,zhòng,chóng", '转': "zhuǎn,zhuàn", '作': "zuò,zuō", '查': "chá,zhā", '了': "le,liǎo",
	'和': "hé,hè,huó,huò,hú", '大': "dà,dài", '差': "chà,chā,chāi,cī", '参': "cān,shēn,cēn", '朝': "cháo,zhāo",
	'更': "gèng,gēng", '率': "lǜ,shuài", '解': "jiě,xiè,jiè", '量': "liàng,liáng", '车': "chē,jū",
	'系': "xì,jì", '降': "jiàng,xiáng", '区': "qū,ōu", '单': "dān,shàn,chán", '说': "shuō,shuì",
	'石': "shí,dàn", '血': "xuè,xiě", '薄': "báo,bó,bò", '露': "lù,lòu", '卡': "kǎ,qiǎ",
}

// Build returns the initials of each character (bit i: a reading starts
// with 'a'+i), dense for Base..End and a map for the rest: the initial of
// go-pinyin's default reading, and of each common reading of a polyphone
// (调 diào/tiáo: d and t). Readings are written with tone marks (ǎi, ń);
// decomposing the first letter drops the mark. A Polyphones reading
// go-pinyin does not list panics: the list is wrong, not the input.
func Build() (dense []uint32, rare map[rune]uint32) {
	dense = make([]uint32, End-Base)
	rare = map[rune]uint32{}
	for k, readings := range pinyin.PinyinDict {
		all := strings.Split(readings, ",")
		use := all[:1] // the default reading
		if common, ok := Polyphones[rune(k)]; ok {
			use = strings.Split(common, ",")
			for _, r := range use {
				if !slices.Contains(all, r) {
					panic(fmt.Sprintf("initials: %c has no reading %q in go-pinyin (%s)", rune(k), r, readings))
				}
			}
		}
		var mask uint32
		for _, reading := range use {
			mask |= initial(reading)
		}
		if mask == 0 {
			continue
		}
		if r := rune(k); Base <= r && r < End {
			dense[r-Base] = mask
		} else {
			rare[r] = mask
		}
	}
	return dense, rare
}

// initial is the bit of reading's first letter, its tone mark dropped; 0
// for a reading that starts with no Latin letter.
func initial(reading string) uint32 {
	r, _ := utf8.DecodeRuneInString(reading)
	if r >= utf8.RuneSelf {
		r, _ = utf8.DecodeRuneInString(norm.NFD.String(string(r)))
	}
	if 'A' <= r && r <= 'Z' {
		r += 'a' - 'A'
	}
	if 'a' <= r && r <= 'z' {
		return 1 << (r - 'a')
	}
	return 0
}
