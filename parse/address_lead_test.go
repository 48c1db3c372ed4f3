package parse

import "testing"

// TestAddressNoLead: a paragraph opening on an address to people (…们：)
// or under a notice's label naming no measure (…温馨提示：, 我们倡议：) has no
// lead clause; a measure's lead closed by ： that names a 提示 it gives,
// and one of the genre's, stay leads.
func TestAddressNoLead(t *testing.T) {
	body := "请大家从自身做起，从点滴做起，共同营造安全有序、文明和谐的良好环境，让每一个家庭都安心放心。"
	for _, c := range []struct {
		head string
		lead bool
	}{
		{"社区居民朋友们：", false},
		{"同志们：", false},
		{"地铁出行温馨提示：", false},
		{"我们郑重倡议：", false},
		{"强化风险提示：", true},
		{"压实属地责任：", true},
	} {
		if _, ok := clauseLead(c.head+body, true); ok != c.lead {
			t.Errorf("clauseLead(%q…) = %v, want %v", c.head, ok, c.lead)
		}
	}
}
