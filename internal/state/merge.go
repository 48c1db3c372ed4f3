package state

// Merge is the three-way merge of keyed records that every state file
// shares (a document's marks, and the basket's excerpts): base is what this
// session read when it began, now what it holds at the end, disk what is
// on disk when it saves (another session may have saved since). A key
// this session set or changed (in now, not equal in base) takes now's
// value; a key it deleted (in base, not in now) is deleted; every other
// key keeps disk's, so another session's sets and deletes survive. eq
// tells two records apart (== for comparable values; see MergeComparable).
func Merge[V any](disk, base, now map[string]V, eq func(a, b V) bool) map[string]V {
	out := make(map[string]V, len(disk)+len(now))
	for k, v := range disk {
		out[k] = v
	}
	for k, v := range now {
		if b, ok := base[k]; !ok || !eq(b, v) {
			out[k] = v
		}
	}
	for k := range base {
		if _, ok := now[k]; !ok {
			delete(out, k)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// MergeComparable is Merge for values compared with ==.
func MergeComparable[V comparable](disk, base, now map[string]V) map[string]V {
	return Merge(disk, base, now, func(a, b V) bool { return a == b })
}
