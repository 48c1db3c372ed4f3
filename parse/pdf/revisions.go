package pdf

// A file cut short after an incremental update: the update's page is
// there, the content stream it names is not, and the page as the revision
// before had it still is (file.older keeps the earlier definitions).

// contents is a page's content streams, those that are in the file.
func (f *file) contents(d Dict) []*Stream {
	var out []*Stream
	switch c := f.resolve(d["Contents"]).(type) {
	case *Stream:
		out = append(out, c)
	case Array:
		for _, x := range c {
			if s, ok := f.resolve(x).(*Stream); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

// olderPage is page n as an earlier revision defined it, when its last
// definition names content streams the file does not hold (a download
// cut short after an incremental update wrote the page again but before
// its new content): the latest earlier definition whose content is
// there, with its own resources and media box, else pg.
func (f *file) olderPage(n int, pg page) page {
	old := f.older[n]
	for i := len(old) - 1; i >= 0; i-- {
		d, ok := f.objectAt(n, old[i]).(Dict)
		if !ok || d["Type"] != Name("Page") {
			continue
		}
		c := f.contents(d)
		if len(c) == 0 {
			continue
		}
		pg.contents = c
		if r := f.dict(d["Resources"]); r != nil {
			pg.resources = r
		}
		if mb := f.array(d["MediaBox"]); len(mb) == 4 {
			for j := range pg.box {
				pg.box[j], _ = num(f.resolve(mb[j]))
			}
		}
		return pg
	}
	return pg
}
