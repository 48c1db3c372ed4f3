package parse

// Groups of alike leads: the candidates that read as siblings, found
// among a node's paragraphs or inside one.

import "sync"

// alike reports whether two paragraph leads read as siblings: they share
// an opening or closing phrase (强化…/…走在前列、当好示范), the sentences after
// them open alike (通过主题教育，…), or both are very short (全面梳理体系化学习,
// 丰富形式深入学). It returns the strength of the link: 0 none, 1 weak, 2
// strong.
func alike(a, b lead) int {
	if a.marker != "" && a.marker == b.marker {
		return 2
	}
	// No more than 4 shared runes count: each candidate is compared with
	// the next 32, and 100,000 leads that share long openings and endings
	// were compared to their ends (3 s for 17 MB).
	cp := commonPrefix(a.words, b.words, 4)
	cs := commonSuffix(a.words, b.words, 4)
	long := max(a.runes, b.runes)
	switch {
	case cp >= 4 || cs >= 4:
		return 2
	case cp >= 3 || cs >= 3:
		return 1
	case (cp >= 2 || cs >= 2) && long <= 25:
		return 1
	case a.marker != b.marker:
		// One opens with a dash (——经济实力跃上新台阶。) and the other not:
		// the dashes mark their run, and only shared wording links a
		// plain sentence to it, never text that happens to open alike
		// (全省民生支出…完成。城镇新增就业… before ——人民生活得到新改善。城镇新增…).
		return 0
	case commonPrefix(a.next, b.next, 4) >= 4:
		return 1
	case a.runes <= 12 && b.runes <= 12 && a.commas == 0 && b.commas == 0:
		return 1
	}
	return 0
}

// linkWindow is how many following candidates groups compares each with.
const linkWindow = 32

// groups joins candidates linked by link into groups and returns the members
// of the groups that pass accept, in order: appended to dst[:0], or nil when
// no group passes. With a dst of nil the result is a list of its own.
func groups(dst, c []lead, link func(a, b lead) int, accept func(members []lead, strong bool) bool) []lead {
	// The working slices come from a pool: groups runs for every node and
	// every paragraph with candidates, and only its result is kept.
	g := groupPool.Get().(*groupScratch)
	defer groupPool.Put(g)
	n := len(c)
	parent, root, fill, byGroup := g.ints(&g.parent, n), g.ints(&g.root, n), g.ints(&g.fill, n), g.ints(&g.byGroup, n)
	at := g.ints(&g.at, n+1)
	strong, decided := g.bytes(&g.strong, n), g.bytes(&g.decided, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i := range c {
		// Siblings stand near each other: each candidate is compared with
		// the next linkWindow only (chains still join a longer group).
		// Every pair was quadratic: 16,384 alike paragraphs took 46 s.
		for j := i + 1; j < len(c) && j <= i+linkWindow; j++ {
			ri, rj := find(i), find(j)
			if ri == rj && strong[ri] != 0 {
				continue // a link would change nothing: alike runs skip most
			}
			if w := link(c[i], c[j]); w > 0 {
				parent[ri] = rj
				if w >= 2 || strong[ri] != 0 {
					strong[rj] = 1
				}
			}
		}
	}
	// Decide each group once, at its first member, and keep the members
	// of accepted groups in their order (the candidates come in text
	// order). The members are laid out group by group first (a counting
	// sort on the root): gathering each group by a scan of the candidates
	// after its first member was quadratic where few link, 80,000
	// paragraphs of unlinked candidates took 3 s. No map: this runs for
	// every node of a large document.
	// at[r] is where root r's members start in byGroup.
	for i := range c {
		root[i] = find(i)
		at[root[i]+1]++
	}
	for r := range c {
		at[r+1] += at[r]
	}
	copy(fill, at[:n])
	for i := range c {
		byGroup[fill[root[i]]] = i
		fill[root[i]]++
	}
	const undecided, yes, no = 0, 1, 2
	m := g.members[:0] // one group at a time
	defer func() { g.members = m[:0] }()
	kept := 0
	for i := range c {
		r := root[i]
		if decided[r] != undecided {
			continue
		}
		m = m[:0]
		for _, j := range byGroup[at[r]:at[r+1]] {
			m = append(m, c[j])
		}
		decided[r] = no
		if accept(m, strong[r] != 0) {
			decided[r] = yes
			kept += len(m)
		}
	}
	if kept == 0 {
		return nil
	}
	out := dst[:0]
	if cap(out) < kept {
		out = make([]lead, 0, kept)
	}
	for i := range c {
		if decided[root[i]] == yes {
			out = append(out, c[i])
		}
	}
	return out
}

// groupScratch holds groups' working slices between calls.
type groupScratch struct {
	parent, root, fill, byGroup, at []int
	strong, decided                 []uint8
	members                         []lead
}

var groupPool = sync.Pool{New: func() any { return new(groupScratch) }}

// leadPool keeps the candidate lists that groups sifts (what it keeps, it
// copies out).
var leadPool = sync.Pool{New: func() any { return new([]lead) }}

// ints returns *s resized to n zeros, reusing its array when it is big
// enough.
func (g *groupScratch) ints(s *[]int, n int) []int {
	if cap(*s) < n {
		*s = make([]int, n)
	}
	*s = (*s)[:n]
	clear(*s)
	return *s
}

// bytes is ints for []uint8.
func (g *groupScratch) bytes(s *[]uint8, n int) []uint8 {
	if cap(*s) < n {
		*s = make([]uint8, n)
	}
	*s = (*s)[:n]
	clear(*s)
	return *s
}
