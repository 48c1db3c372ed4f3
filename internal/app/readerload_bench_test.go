package app

import (
	"io"
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"syscall"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/model"
	"wenji/ui/reader"
)

// BenchmarkReaderLoad100MB times the reader's whole load of a generated
// 100 MB file as wenji FILE does it, in a Bubble Tea program of its own
// (no terminal: its frames go to io.Discard): the preview shown, the
// loader started after the first frame, the file read and parsed under
// the load's collector settings (limitLoad, settleTaken), the whole document
// swapped in for the preview. An iteration ends with the first update
// after which the reader no longer loads. What it adds to
// BenchmarkOutline100MB's read and parse is the reader's: with
// -cpuprofile, -memprofile and -trace, where that goes (go test -run '^$'
// -bench ReaderLoad100MB -benchtime 5x ./internal/app).
//
// It also reports where an iteration's wall time went, in milliseconds
// an op (loadPhases): the program's start until its first frame
// (frame-ms), the loader's wait after it (wait-ms), the file's read and
// checks until the parse starts (read-ms), the parse (parse-ms), from
// the parse's end until the reader takes the document (handover-ms) and
// the reader's swap (swap-ms). --outline does the read and the parse
// alone (BenchmarkOutline100MB); the rest is the reader's.
func BenchmarkReaderLoad100MB(b *testing.B) {
	path := big100(b)
	tune := TuneGC
	TuneGC = true
	defer func() { TuneGC = tune }()
	b.ReportAllocs()
	var gc gcCost
	var ph loadPhases
	prev := parseWhole
	defer func() { parseWhole = prev }()
	parseWhole = func(name string, data []byte, lang, encoding string) (*model.Document, error) {
		ph.mark(markParse)
		defer ph.mark(markParsed)
		return prev(name, data, lang, encoding)
	}
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		debug.SetGCPercent(100)
		debug.SetMemoryLimit(math.MaxInt64)
		loaded.Store(false)
		runtime.GC()
		gc.start()
		ph.begin()
		b.StartTimer()
		settled := readerLoad(b, path, &ph)
		b.StopTimer()
		gc.stop()
		ph.end()
		settled() // the collections after the load, out of the next one

	}
	gc.report(b)
	ph.report(b)
	debug.SetGCPercent(100)
	debug.SetMemoryLimit(math.MaxInt64)
	loaded.Store(false)
}

// gcCost adds up the collections, the collector's CPU time (its marking
// in the background and the allocations' assists, as runtime/metrics
// counts them) and the process's CPU time (user and system) over the
// timed parts of a benchmark: on a 2-core machine shared with other work
// the wall time swings, the work done much less.
type gcCost struct {
	n, gc, cpu, n0, gc0, cpu0 float64
	s                         []metrics.Sample
}

func (g *gcCost) read() (n, gc, cpu float64) {
	if g.s == nil {
		g.s = []metrics.Sample{{Name: "/gc/cycles/total:gc-cycles"}, {Name: "/cpu/classes/gc/total:cpu-seconds"}}
	}
	metrics.Read(g.s)
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
	return float64(g.s[0].Value.Uint64()), g.s[1].Value.Float64(), cpu
}

func (g *gcCost) start() { g.n0, g.gc0, g.cpu0 = g.read() }

func (g *gcCost) stop() {
	n, gc, cpu := g.read()
	g.n, g.gc, g.cpu = g.n+n-g.n0, g.gc+gc-g.gc0, g.cpu+cpu-g.cpu0
}

// report gives the collections, the collector's CPU milliseconds and the
// process's per iteration.
func (g *gcCost) report(b *testing.B) {
	b.ReportMetric(g.n/float64(b.N), "GCs/op")
	b.ReportMetric(g.gc*1000/float64(b.N), "gc-cpu-ms/op")
	b.ReportMetric(g.cpu*1000/float64(b.N), "cpu-ms/op")
}

// readerLoad opens path as previewLarge does and runs the reader on it
// until the whole document is in; what it returns waits for what goes on
// after: the collections that settle the reader's memory, and the cache's
// put (disabled: it only waits for the reader).
func readerLoad(b *testing.B, path string, ph *loadPhases) (settled func()) {
	bf, ok := openPreview(path, "en", options{noCache: true})
	if !ok {
		b.Fatal("no preview")
	}
	settle, taken := settleTaken()
	done := make(chan struct{})
	load := limitLoad(bf.whole, bf.size, func() { settle(); close(done) })
	opt := reader.Options{FileName: path, Lang: "en", Peek: bf.peek, Size: bf.size, Loaded: taken, Load: func() (*model.Document, error) {
		defer bf.later.loaded()
		ph.mark(markLoad)
		return load()
	}}
	m := untilLoaded{m: reader.New(bf.preview(), opt), ph: ph}
	p := tea.NewProgram(m, tea.WithInput(nil), tea.WithOutput(io.Discard), tea.WithoutSignalHandler())
	final, err := p.Run()
	if err != nil {
		b.Fatal(err)
	}
	if r := final.(untilLoaded).m.(reader.Model); r.Loading() {
		b.Fatal("still loading")
	}
	return func() {
		taken() // if the program ended before the reader's Cmd ran
		<-done
		bf.later.wait()
	}
}

// untilLoaded is a reader that quits once its whole document is in, sized
// 200×60 at its start as a terminal's first size would; it marks its
// first frame and the swap in ph.
type untilLoaded struct {
	m  tea.Model
	ph *loadPhases
}

func (u untilLoaded) Init() tea.Cmd {
	return tea.Batch(u.m.Init(), func() tea.Msg { return tea.WindowSizeMsg{Width: 200, Height: 60} })
}

func (u untilLoaded) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	// The update that swaps the whole document in is the one after
	// which the reader no longer loads.
	var before phaseMark
	r, ok := u.m.(reader.Model)
	loading := ok && r.Loading()
	if loading {
		before = u.ph.now()
	}
	m, cmd := u.m.Update(msg)
	u.m = m
	if r, ok := m.(reader.Model); ok && !r.Loading() {
		if loading {
			u.ph.set(markSwap, before)
			u.ph.mark(markSwapped)
		}
		return u, tea.Batch(cmd, tea.Quit)
	}
	return u, cmd
}

func (u untilLoaded) View() string {
	v := u.m.View()
	if v != "" && !u.ph.marked(markFrame) {
		u.ph.mark(markFrame)
	}
	return v
}

// loadPhases times the parts of the reader's load (BenchmarkReaderLoad100MB),
// in wall time and in the process's CPU time, adding up each iteration's.
type loadPhases struct {
	mu sync.Mutex
	// the iteration's marks: its start, the first frame, the loader's
	// start, the parse's start and end, the swap's start and end
	at [7]phaseMark
	// the phases between the marks, added up: wall and CPU
	wall, cpu [6]time.Duration
	n         int
}

type phaseMark struct{ wall, cpu time.Time }

const (
	markStart = iota
	markFrame
	markLoad
	markParse
	markParsed
	markSwap
	markSwapped
)

// now is the wall clock and the process's CPU time.
func (p *loadPhases) now() phaseMark {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return phaseMark{time.Now(), time.Unix(0, ru.Utime.Nano()+ru.Stime.Nano())}
}

func (p *loadPhases) mark(k int) { p.set(k, p.now()) }

func (p *loadPhases) set(k int, m phaseMark) {
	p.mu.Lock()
	p.at[k] = m
	p.mu.Unlock()
}

// marked reports whether mark k was set this iteration.
func (p *loadPhases) marked(k int) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return !p.at[k].wall.IsZero()
}

// begin starts an iteration.
func (p *loadPhases) begin() {
	p.mu.Lock()
	p.at = [7]phaseMark{}
	p.mu.Unlock()
	p.mark(markStart)
}

// end adds the iteration's phases up.
func (p *loadPhases) end() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for k := range p.wall {
		p.wall[k] += p.at[k+1].wall.Sub(p.at[k].wall)
		p.cpu[k] += p.at[k+1].cpu.Sub(p.at[k].cpu)
	}
	p.n++
}

func (p *loadPhases) report(b *testing.B) {
	for k, name := range []string{"frame", "wait", "read", "parse", "handover", "swap"} {
		n := float64(max(p.n, 1))
		b.ReportMetric(float64(p.wall[k].Microseconds())/1000/n, name+"-ms")
		b.ReportMetric(float64(p.cpu[k].Microseconds())/1000/n, name+"-cpu-ms")
	}
}
