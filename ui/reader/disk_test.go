package reader

import (
	"errors"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
	"wenji/ui/internal/uitest"
)

// fakeFile is a file on disk as the reader's Disk sees it: its stamp and
// the document Reopen reads, both changed by the test.
type fakeFile struct {
	mu      sync.Mutex
	stamp   Stamp
	err     error
	doc     *model.Document
	key     string
	reopens int
}

func (f *fakeFile) disk() *Disk {
	return &Disk{
		Stat: func(string) (Stamp, error) {
			f.mu.Lock()
			defer f.mu.Unlock()
			return f.stamp, f.err
		},
		Reopen: func(string) (*model.Document, string, error) {
			f.mu.Lock()
			defer f.mu.Unlock()
			f.reopens++
			if f.err != nil {
				return nil, "", f.err
			}
			return f.doc, f.key, nil
		},
	}
}

// set changes the file: a new document under a new key, a new stamp.
func (f *fakeFile) set(doc *model.Document, key string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.doc, f.key = doc, key
	f.stamp = Stamp{Size: int64(len(doc.Text)), Mod: f.stamp.Mod.Add(time.Second)}
}

// run sends msgs to m and everything their Cmds give back, to the end.
func runAll(m Model, msgs ...tea.Msg) Model {
	for len(msgs) > 0 {
		msg := msgs[0]
		msgs = msgs[1:]
		nm, cmd := m.Update(msg)
		m = nm.(Model)
		msgs = append(msgs, uitest.RunCmd(cmd)...)
	}
	return m
}

// diskDocs are a document and the same file edited: paragraphs added in
// the first article, above the place read, and a section added before
// the one read.
func diskDocs() (before, after *model.Document) {
	filler := func(tag string, n int) []string {
		var ps []string
		for i := range n {
			ps = append(ps, strings.Repeat(tag, 20)+"第"+string(rune('一'+i))+"段。")
		}
		return ps
	}
	one := append([]string{"# 第一篇 总体要求"}, filler("甲", 10)...)
	two := []string{"# 第二篇 重点任务", "## 一、推进产业升级", "产业升级的要求写在这里，共有若干条具体的措施。", "## 二、加强人才队伍建设", "人才工作的第一段，讲引进。", "人才工作的第二段，讲培养和使用，这一段是读到的地方。", "人才工作的第三段。"}
	two = append(two, filler("丙", 30)...) // the place read is not the end
	before = buildDoc("某市工作汇编", append(append([]string{}, one...), two...)...)
	edited := append(append([]string{}, one...), filler("乙", 6)...)
	edited = append(edited, two[:1]...)
	edited = append(edited, "## 〇、新增的一节", "新增一节的正文。")
	edited = append(edited, two[1:]...)
	after = buildDoc("某市工作汇编", edited...)
	return before, after
}

// TestDiskChangedSaysSo: a look at the file that finds its size or time
// changed puts the lasting note in the status bar; a file gone says so
// and keeps the text on screen; a look that finds it as read says
// nothing.
func TestDiskChangedSaysSo(t *testing.T) {
	before, _ := diskDocs()
	for _, lang := range []string{"zh", "en"} {
		f := &fakeFile{stamp: Stamp{Size: 100, Mod: time.Unix(1e9, 0)}}
		m := sized(before, 100, 30, Options{Lang: lang, FileName: "/tmp/a.txt", Key: "k1", Disk: f.disk()})
		id := m.persist1.id
		dt := m.dtx()
		m = runAll(m, diskStatMsg{id: id, stamp: f.stamp})
		if bar := screen(m)[29]; strings.Contains(bar, dt.Changed) {
			t.Fatalf("%s: changed said before any change: %q", lang, bar)
		}
		m = runAll(m, diskStatMsg{id: id, stamp: Stamp{Size: 100, Mod: time.Unix(1e9+5, 0)}})
		if bar := screen(m)[29]; !strings.Contains(bar, dt.Changed) {
			t.Errorf("%s: a new time: bar %q lacks %q", lang, bar, dt.Changed)
		}
		m = press(m, "j") // a message answers a key; the note lasts
		if bar := screen(m)[29]; !strings.Contains(bar, dt.Changed) {
			t.Errorf("%s: after j: bar %q lacks %q", lang, bar, dt.Changed)
		}
		m = runAll(m, diskStatMsg{id: id, err: syscall.ENOENT})
		s := screen(m)
		if !strings.Contains(s[29], strings.SplitN(dt.Gone, "（", 2)[0][:6]) {
			t.Errorf("%s: gone: bar %q", lang, s[29])
		}
		if !strings.Contains(strings.Join(s, "\n"), "某市工作汇编") {
			t.Errorf("%s: gone: the text left the screen:\n%s", lang, strings.Join(s, "\n"))
		}
		// Another reader's look (one that took this one's place) is
		// not this one's.
		m2 := runAll(sized(before, 100, 30, Options{Lang: lang, FileName: "/tmp/a.txt", Key: "k1", Disk: f.disk()}), diskStatMsg{id: id, err: syscall.ENOENT})
		if bar := screen(m2)[29]; m2.disk.gone != nil {
			t.Errorf("%s: a stale look counted: %q", lang, bar)
		}
	}
}

// TestDiskGrowsSaysChanged: a file that only grows (a log appended to,
// its time the same to the second) is a change too.
func TestDiskGrowsSaysChanged(t *testing.T) {
	before, _ := diskDocs()
	f := &fakeFile{stamp: Stamp{Size: 100, Mod: time.Unix(1e9, 0)}}
	m := sized(before, 100, 30, Options{Lang: "en", FileName: "/tmp/a.txt", Disk: f.disk()})
	m = runAll(m, diskStatMsg{id: m.persist1.id, stamp: f.stamp}, diskStatMsg{id: m.persist1.id, stamp: Stamp{Size: 101, Mod: f.stamp.Mod}})
	if !m.disk.changed {
		t.Error("a file grown by a byte is not said changed")
	}
}

// TestDiskReloadKeepsPlace: R reads the file again and keeps the place
// (the words at the top), the marks (each in its section), the search,
// and clears the note; the reader's key is the new content's.
func TestDiskReloadKeepsPlace(t *testing.T) {
	before, after := diskDocs()
	f := &fakeFile{stamp: Stamp{Size: 100, Mod: time.Unix(1e9, 0)}}
	m := sized(before, 100, 30, Options{Lang: "zh", FileName: "/tmp/a.txt", Key: "k1", Disk: f.disk()})
	id := m.persist1.id
	m = runAll(m, diskStatMsg{id: id, stamp: f.stamp})
	read := "人才工作的第二段"
	at := strings.Index(before.Text, read)
	m.goPlace(at)
	mark := strings.Index(before.Text, "产业升级的要求")
	m.marks.set["a"] = mark
	f.set(after, "k2")
	m = runAll(m, diskStatMsg{id: id, stamp: f.stamp})
	m = runAll(m, uitest.KeyPress("R"))
	if f.reopens != 1 {
		t.Fatalf("R read the file %d times", f.reopens)
	}
	if m.doc != after {
		t.Fatal("R did not show the file read again")
	}
	if top := m.here(); top != strings.Index(after.Text, read) {
		t.Errorf("top at %d (%q…), want the words read at %d", top, after.Text[top:min(len(after.Text), top+30)], strings.Index(after.Text, read))
	}
	if got, want := m.marks.set["a"], strings.Index(after.Text, "产业升级的要求"); got != want {
		t.Errorf("mark a at %d, want %d", got, want)
	}
	if m.disk.changed {
		t.Error("the note stays after R")
	}
	if k, ok := m.ReloadedKey(); !ok || k != "k2" {
		t.Errorf("ReloadedKey = %q, %v; want k2, true", k, ok)
	}
	if p := m.Place(); p.Marks["a"] != m.marks.set["a"] {
		t.Errorf("Place's marks %v", p.Marks)
	}
	if bar := screen(m)[29]; !strings.Contains(bar, m.dtx().Reloaded) {
		t.Errorf("bar after R: %q", bar)
	}
}

// TestDiskReloadUnchanged: R on a file whose content is the same (only
// touched) changes nothing and says so.
func TestDiskReloadUnchanged(t *testing.T) {
	before, _ := diskDocs()
	f := &fakeFile{stamp: Stamp{Size: 100, Mod: time.Unix(1e9, 0)}}
	m := sized(before, 100, 30, Options{Lang: "en", FileName: "/tmp/a.txt", Key: "k1", Disk: f.disk()})
	same, _ := diskDocs() // the same text read again
	f.set(same, "k1")
	m = runAll(m, uitest.KeyPress("R"))
	if m.doc != before {
		t.Error("an unchanged file was swapped in")
	}
	if _, ok := m.ReloadedKey(); ok {
		t.Error("an unchanged file changed the key")
	}
	if bar := screen(m)[29]; !strings.Contains(bar, m.dtx().Unchanged) {
		t.Errorf("bar: %q", bar)
	}
}

// TestDiskReloadFails: R on a file that went keeps the text shown and
// says why.
func TestDiskReloadFails(t *testing.T) {
	before, _ := diskDocs()
	f := &fakeFile{err: syscall.ENOENT}
	m := sized(before, 100, 30, Options{Lang: "zh", FileName: "/tmp/a.txt", Key: "k1", Disk: f.disk()})
	m = runAll(m, uitest.KeyPress("R"))
	if m.doc != before {
		t.Error("the loaded text went")
	}
	want := strings.SplitN(m.dtx().ReloadFailed, "%", 2)[0]
	if bar := screen(m)[29]; !strings.Contains(bar, want) || !strings.Contains(bar, "不存在") {
		t.Errorf("bar: %q", bar)
	}
}

// TestDiskReloadFailsNamesFileOnce: the opener's error begins with the
// file's path; the bar says the cause without it.
func TestDiskReloadFailsNamesFileOnce(t *testing.T) {
	before, _ := diskDocs()
	const path = "/home/someone/文档/2024年某某市人民政府工作报告全文（定稿）.txt"
	d := &Disk{
		Stat: func(string) (Stamp, error) { return Stamp{}, nil },
		Reopen: func(p string) (*model.Document, string, error) {
			return nil, "", errors.New(p + ": not a text document")
		},
	}
	m := runAll(sized(before, 100, 30, Options{Lang: "en", FileName: path, Disk: d}), uitest.KeyPress("R"))
	if bar := screen(m)[29]; !strings.Contains(bar, "could not reload: not a text document (the loaded text stays)") {
		t.Errorf("bar: %q", bar)
	}
}

// TestDiskNoFile: R in a document with no file to read again (standard
// input, the sample, no Disk) says so and reads nothing.
func TestDiskNoFile(t *testing.T) {
	before, _ := diskDocs()
	f := &fakeFile{}
	for name, opt := range map[string]Options{
		"stdin":   {FileName: "-", Disk: f.disk()},
		"dev":     {FileName: "/dev/stdin", Disk: f.disk()},
		"copy":    {FileName: "a.txt", Stdin: []byte("x"), Disk: f.disk()},
		"sample":  {FileName: "sample.txt", NoFile: true, Disk: f.disk()},
		"no disk": {FileName: "a.txt"},
		"kept":    {FileName: "/gone/a.txt", NoFile: true, Kept: true, Disk: f.disk()},
	} {
		opt.Lang = "en"
		m := runAll(sized(before, 100, 30, opt), uitest.KeyPress("R"))
		if f.reopens != 0 {
			t.Errorf("%s: R read a file", name)
		}
		// The basket's copy of a gone file shows the file's name: R says
		// what it is, not that it was read from no file.
		want := m.dtx().NoFile
		if opt.Kept {
			want = m.dtx().KeptNoReload
		}
		if bar := screen(m)[29]; !strings.Contains(bar, want) {
			t.Errorf("%s: bar %q", name, bar)
		}
		if m.keys.Reload.Enabled() {
			t.Errorf("%s: R in the help", name)
		}
	}
}

// TestCarryOffset: a place is carried to its section in the text read
// again, at its words when they are near, else at its distance into the
// section, else at the nearest enclosing section, else where it was.
func TestCarryOffset(t *testing.T) {
	before, after := diskDocs()
	cut := buildDoc("某市工作汇编", "# 第二篇 重点任务", "## 二、加强人才队伍建设", "全部改写过的正文，没有一句相同的话。")
	cases := []struct {
		name       string
		nw         *model.Document
		words      string // the place: where these words start in before
		want       func() int
		wantsWords bool
	}{
		{"words found", after, "人才工作的第三段", func() int { return strings.Index(after.Text, "人才工作的第三段") }, true},
		{"heading", after, "二、加强人才队伍建设", func() int { return strings.Index(after.Text, "二、加强人才队伍建设") }, true},
		{"section rewritten", cut, "人才工作的第一段", func() int {
			s := strings.Index(cut.Text, "二、加强人才队伍建设")
			return s + (strings.Index(before.Text, "人才工作的第一段") - strings.Index(before.Text, "二、加强人才队伍建设"))
		}, false},
		{"section gone: its article", cut, "产业升级的要求", func() int {
			s := strings.Index(cut.Text, "第二篇")
			return min(s+(strings.Index(before.Text, "产业升级的要求")-strings.Index(before.Text, "第二篇")), cut.Root.Children[0].Span.End)
		}, false},
	}
	for _, c := range cases {
		off := strings.Index(before.Text, c.words)
		if got, want := carryOffset(before, c.nw, off), c.want(); got != want {
			t.Errorf("%s: %d (%q), want %d (%q)", c.name, got, c.nw.Text[got:min(len(c.nw.Text), got+24)], want, c.nw.Text[want:min(len(c.nw.Text), want+24)])
		}
	}
	short := buildDoc("短")
	if got := carryOffset(before, short, len(before.Text)-3); got > len(short.Text) {
		t.Errorf("past the end of a shorter text: %d > %d", got, len(short.Text))
	}
}

// TestDiskFirstLookAfterStartAt: a reader started at a place (an excerpt,
// a hit: StartAt) still takes its first look at the file, without which
// it never looked again (the look was the Cmd StartAt replaced).
func TestDiskFirstLookAfterStartAt(t *testing.T) {
	before, _ := diskDocs()
	f := &fakeFile{stamp: Stamp{Size: 1}}
	looked := false
	d := f.disk()
	stat := d.Stat
	d.Stat = func(p string) (Stamp, error) { looked = true; return stat(p) }
	m := New(before, Options{Lang: "en", Ambiguous: 1, FileName: "/tmp/a.txt", Disk: d})
	m.StartAt(10, "")
	m = runAll(m, uitest.RunCmd(m.Init())...)
	if !looked || !m.disk.known || m.disk.statting {
		t.Errorf("no first look: looked %v, known %v, statting %v", looked, m.disk.known, m.disk.statting)
	}
}

// TestDiskReloadWhileLoading: R while a large file's whole is still read
// behind its preview says to wait, and reads nothing.
func TestDiskReloadWhileLoading(t *testing.T) {
	before, _ := diskDocs()
	f := &fakeFile{}
	m := sized(before, 100, 30, Options{Lang: "en", FileName: "/tmp/a.txt", Disk: f.disk(),
		Load: func() (*model.Document, error) { return before, nil }, Size: 1 << 20})
	m = press(m, "R")
	if f.reopens != 0 || !strings.Contains(screen(m)[29], m.dtx().Busy) {
		t.Errorf("R while loading: %d reads, bar %q", f.reopens, screen(m)[29])
	}
}

// TestDiskLookAtKeyAfterIdle: a key after an idle longer than the ticks'
// interval (a Ctrl-z suspend stops them) looks at the file; a key soon
// after a look does not look again.
func TestDiskLookAtKeyAfterIdle(t *testing.T) {
	before, _ := diskDocs()
	looks := 0
	d := (&fakeFile{}).disk()
	d.Stat = func(string) (Stamp, error) { looks++; return Stamp{Size: int64(looks)}, nil }
	m := sized(before, 100, 30, Options{Lang: "en", FileName: "/tmp/a.txt", Disk: d})
	m = runAll(m, uitest.RunCmd(m.Init())...) // the first look
	m = runAll(m, uitest.KeyPress("j"))
	if looks != 1 {
		t.Fatalf("a key just after a look looked again: %d looks", looks)
	}
	m.disk.last = time.Now().Add(-time.Minute)
	m = runAll(m, uitest.KeyPress("j"))
	if looks != 2 || !m.disk.changed {
		t.Errorf("a key after an idle: %d looks, changed %v", looks, m.disk.changed)
	}
}

// TestDiskReloadEmptyKeeps: R on a file that has no text now (read
// between an editor's truncating and its writing) keeps the text, the
// place and the marks, under the old key, and says so, the note that the
// file changed staying; R reads the file once written. It showed an empty document,
// the marks taken to its start, and said they were kept.
func TestDiskReloadEmptyKeeps(t *testing.T) {
	before, after := diskDocs()
	f := &fakeFile{stamp: Stamp{Size: 100, Mod: time.Unix(1e9, 0)}}
	m := sized(before, 100, 30, Options{Lang: "zh", FileName: "/tmp/a.txt", Key: "k1", Disk: f.disk()})
	id := m.persist1.id
	m = runAll(m, diskStatMsg{id: id, stamp: f.stamp})
	at := strings.Index(before.Text, "人才工作的第二段")
	m.goPlace(at)
	top := m.here()
	mark := strings.Index(before.Text, "产业升级的要求")
	m.marks.set["a"] = mark
	f.set(&model.Document{Text: "\n  \n"}, "k-empty")
	m = runAll(m, diskStatMsg{id: id, stamp: f.stamp}, uitest.KeyPress("R"))
	if m.doc != before || m.here() != top || m.marks.set["a"] != mark {
		t.Errorf("after R on an empty file: document kept %v, top %d (want %d), mark %d (want %d)", m.doc == before, m.here(), top, m.marks.set["a"], mark)
	}
	if _, ok := m.ReloadedKey(); ok {
		t.Error("the empty file's key was taken")
	}
	if bar := screen(m)[29]; !strings.Contains(bar, m.dtx().EmptyKept) {
		t.Errorf("bar: %q", bar)
	}
	m.status.Drop() // the message gone, the note stays: the file differs from the text shown
	if bar := screen(m)[29]; !strings.Contains(bar, m.dtx().Changed) {
		t.Errorf("bar once the message went: %q", bar)
	}
	f.set(after, "k2") // written
	m = runAll(m, diskStatMsg{id: id, stamp: f.stamp})
	if m = runAll(m, uitest.KeyPress("R")); m.doc != after || m.marks.set["a"] != strings.Index(after.Text, "产业升级的要求") {
		t.Errorf("R once written: document read %v, mark %d", m.doc == after, m.marks.set["a"])
	}
}
