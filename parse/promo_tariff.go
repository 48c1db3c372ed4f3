package parse

import "strings"

// A public tariff is priced per measure (物业服务费 1.20元/平方米·月, 水价
// 3.45元/立方米, 车位 60元/个·月): an office's 收费公示 lists its rates so.
// A shop prices its goods by the piece, the copy or the month (￥350/篇,
// 9.9元/月, 200元/月起), never per square metre nor per unit and month.

// tariffUnits are the measures a tariff is priced by.
var tariffUnits = []string{"平方米", "平米", "㎡", "立方米", "吨", "千瓦时", "度", "公里", "千米", "亩", "公斤", "千克"}

// tariffAt reports a rate per measure right after a price's 元 at the
// start of s (元/平方米·月): a unit of tariffUnits, or a compound unit of a
// thing and a time (个·月, 户·年, 人·次), after the slash.
func tariffAt(s string) bool {
	rest, ok := strings.CutPrefix(s, "元/")
	if !ok || rest == "" {
		return false // a line may end on the slash (每份5元/)
	}
	for _, u := range tariffUnits {
		if strings.HasPrefix(rest, u) {
			return true
		}
	}
	_, size := decodeRune(rest, 0)
	return size > 1 && size < len(rest) && strings.HasPrefix(rest[size:], "·")
}
