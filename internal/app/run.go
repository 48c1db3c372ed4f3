// Package app is wenji's modes: the command line checked into a Config,
// documents found and loaded, printed (--outline, --json, --print), read
// in the reader or listed in the library, and what is remembered between
// runs. The command in the repository's root only calls Parse and Run.
package app

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unsafe"

	"wenji/internal/bigread"
	"wenji/internal/text"
	"wenji/model"
	"wenji/parse"
	"wenji/parse/pdf"
	"wenji/ui/common"
	"wenji/ui/reader"
)

// sampleName is what the status bar calls the embedded sample.
const sampleName = "sample.txt"

// options are the command line's flags.
type options struct {
	outline, json, keepJunk, help, version bool
	noResume                               bool
	search                                 string // --search's query
	headings, count, noCache               bool   // --search's switches; --no-cache
	basket, clear                          bool
	output                                 string // -o
	force                                  bool
	printPath                              []int  // --print, checked; nil is the root
	sample                                 string // the embedded sample's text, when it is read
	embedded                               string // the embedded sample's text, whatever is read
	stdin                                  []byte // standard input's bytes, when the reader reads them
	theme                                  string
	styles                                 *common.Styles // nil: the default
	print                                  string
	format                                 string
	encoding                               string
	lang                                   string
	ambiguous                              int
}

// Config is what the command line asks for: the flags, checked, and the
// document named (empty: the sample; "-": standard input).
type Config struct {
	o    options
	lang string
	path string
	// Sample is the embedded sample document, read when no file is named.
	Sample string
	// files are the files and folders --search looks in.
	files []string
}

// Parse reads the command line into a Config. done says the command has
// already ended (--help, --version, a bad flag) with the exit status code.
func Parse(args []string, version string, stdin io.Reader, stdout, stderr io.Writer) (cfg Config, code int, done bool) {
	code = parseFlags(&cfg, args, version, stdin, stdout, stderr)
	return cfg, code, code >= 0
}

// parseFlags is Parse: it returns -1 when the command goes on.
func parseFlags(cfg *Config, args []string, version string, stdin io.Reader, stdout, stderr io.Writer) int {
	o := &cfg.o
	fl := newFlags(o)
	lang := common.Lang()
	if err := fl.Parse(args); err != nil {
		if o.lang == "zh" || o.lang == "en" { // --lang came before the mistake
			lang = o.lang
		}
		fmt.Fprintln(stderr, flagError(lang, err))
		return 2
	}
	if o.lang != "" {
		if o.lang != "zh" && o.lang != "en" {
			return badFlag(stderr, lang, fmt.Sprintf("--lang %q: %s", o.lang, text.CLIFor(lang).BadLang))
		}
		lang = o.lang
	}
	switch {
	case o.help:
		fmt.Fprint(stdout, usage(lang, fl))
		return 0
	case o.version:
		fmt.Fprintf(stdout, "wenji %s\n", version)
		return 0
	}
	if msg := valueIsFlag(fl, args, lang); msg != "" {
		return badFlag(stderr, lang, msg)
	}
	if code := checkFlags(fl, o, lang, stderr); code >= 0 {
		return code
	}
	if TuneGC {
		tuneGC(o.outline || o.json || o.print != "" || o.search != "" || o.basket, time.AfterFunc)
	}
	if o.search != "" {
		if fl.NArg() == 0 {
			if f, ok := stdin.(*os.File); ok && fedInput(f) {
				// cat FILE | wenji --search: say that standard input is
				// not searched, not only that a file is missing.
				return badFlag(stderr, lang, text.CLIFor(lang).SearchStdin)
			}
			return badFlag(stderr, lang, text.CLIFor(lang).SearchNoFile)
		}
		cfg.lang, cfg.files = lang, fl.Args()
		return -1
	}
	if o.basket && fl.NArg() > 0 {
		return badFlag(stderr, lang, text.CLIFor(lang).BasketNoFile)
	}
	if fl.NArg() > 1 {
		return badFlag(stderr, lang, text.CLIFor(lang).OneFile)
	}

	cfg.lang = lang
	cfg.path = fl.Arg(0)
	if f, ok := stdin.(*os.File); ok && cfg.path == "" && !isTerminal(f) {
		cfg.path = "-" // cat FILE | wenji reads the document from the pipe
	}
	return -1
}

// Run runs the mode cfg asks for and returns the exit status.
func Run(cfg Config, stdin io.Reader, stdout, stderr io.Writer) int {
	o, lang, path := cfg.o, cfg.lang, cfg.path
	o.embedded = cfg.Sample
	switch {
	case o.search != "":
		return runSearch(cfg, stdout, stderr)
	case o.basket:
		return runBasket(o, lang, stdout, stderr)
	}
	oneShot := o.json || o.outline || o.printPath != nil || o.print != ""
	if f, ok := stdin.(*os.File); ok && path == "-" && !oneShot && isTerminal(f) {
		// The reader would wait, silent, for a document typed in, and
		// then take its keys from the same terminal. (--outline - and
		// the like still read what is typed or pasted, up to Ctrl-D.)
		fmt.Fprintf(stderr, "wenji: -: %s\n", text.CLIFor(lang).StdinTerminal)
		return 1
	}
	if path != "" && path != "-" && !oneShot {
		if st, err := os.Stat(path); err == nil && st.IsDir() {
			return startLibrary(path, lang, o, stdin, stdout, stderr)
		}
	}
	key := fileKey // the document's key for its place and marks
	if path != "" && path != "-" && !oneShot && isTerminal(os.Stdout) {
		key = keyLater(path)
	}
	if path != "" && path != "-" && o.encoding == "" && !oneShot && isTerminal(os.Stdout) {
		if code, ok := previewLarge(path, key, lang, o, stderr); ok {
			return code
		}
	}
	if o.encoding != "" {
		if _, _, err := parse.Decode(nil, o.encoding); err != nil {
			return badFlag(stderr, lang, fmt.Sprintf("--encoding %q: %s", o.encoding, text.CLIFor(lang).BadEncoding))
		}
	}
	name := sampleName
	var doc *model.Document
	if path == "" {
		doc = parse.Parse(cfg.Sample)
		o.sample = cfg.Sample
	} else {
		name = path
		if path != "-" && (oneShot || !isTerminal(os.Stdout)) {
			return printFile(name, lang, o, stdout, stderr)
		}
		warmed := warmFor(name)
		b, release, err := loadWith(name, stdin, lang, readOffHeap)
		if err == nil && path == "-" && !oneShot && isTerminal(os.Stdout) && o.encoding == "" {
			if code, ok := previewStdin(b, release, warmed, lang, o, stdin, stderr); ok {
				return code
			}
		}
		if err == nil && path != "-" && !oneShot && isTerminal(os.Stdout) && parsesLate(name, b, o.encoding) {
			return readLate(name, b, release, warmed, key, lang, o, stdin, stderr)
		}
		if err == nil {
			doc, err = openLoaded(name, b, release, warmed, lang, o.encoding)
		}
		if path == "-" {
			o.stdin = b // kept with its excerpts, to open them again (io.ReadAll's: nothing to release)
		}
		if err != nil {
			fmt.Fprintf(stderr, "wenji: %v\n", err)
			return 1
		}
	}
	if doc.Root.Title == "" {
		doc.Root.Title = docName(name, lang)
	}
	if oneShot || !isTerminal(os.Stdout) {
		return printDoc(doc, o, lang, stdout, stderr)
	}
	// The reader starts on the terminal: ask it now that the document is
	// open, so that no error ends wenji between the question and the
	// answer (which would then be echoed into the shell).
	o.ambiguous = ambiguousWidth(o)
	return interactive(func() (*model.Document, error) { return doc, nil }, name, key, lang, o, stdin, stderr)
}

// parsesLate reports a file read for the reader (b) that parse.Open reads
// as plain UTF-8 text, which it cannot refuse: its parse need not come
// before the reader starts (readLate).
func parsesLate(name string, b []byte, encoding string) bool {
	byName, _ := parse.TypeOf(name)
	return encoding == "" && byName.Format != parse.FormatDocx && plainUTF8(b)
}

// readLate runs the reader on the file name read into b (see parsesLate),
// parsed while the terminal is asked its width and Bubble Tea starts, as a
// large file's preview is (see lateModel).
func readLate(name string, b []byte, release, warmed func(), key func(string) string, lang string, o options, stdin io.Reader, stderr io.Writer) int {
	type opened struct {
		doc *model.Document
		err error
	}
	c := make(chan opened, 1)
	go func() {
		doc, err := openLoaded(name, b, release, warmed, lang, o.encoding)
		if err == nil && doc.Root.Title == "" {
			doc.Root.Title = docName(name, lang)
		}
		c <- opened{doc, err}
	}()
	o.ambiguous = ambiguousWidth(o)
	doc := sync.OnceValues(func() (*model.Document, error) {
		r := <-c
		return r.doc, r.err
	})
	return interactive(doc, name, key, lang, o, stdin, stderr)
}

// docName is what a document without a title is called: its file's name
// (one line, whatever controls it holds: it heads --outline), or standard
// input by the name the reader's status bar gives it.
func docName(name, lang string) string {
	if reader.IsStdin(name) {
		return text.ReaderFor(lang).Stdin
	}
	return oneField(filepath.Base(name))
}

// loadDoc reads and parses the document: a file, or standard input for
// "-", in whatever format and encoding it is (see parse.Open; encoding
// forces one). It refuses what it cannot read with one line naming the
// file.
func loadDoc(name string, stdin io.Reader, lang, encoding string) (*model.Document, error) {
	warmed := warmFor(name)
	b, release, err := loadWith(name, stdin, lang, readOffHeap)
	if err != nil {
		return nil, err
	}
	return openLoaded(name, b, release, warmed, lang, encoding)
}

// openLoaded is loadDoc once name's bytes b are read (loadWith): release
// gives them back unless the document's text is b itself. A large file's
// parse first has warmShare of its size of heap come in huge pages
// (hugeHeap): warmed waits for that, started as the file was read
// (warmFor); nil, it is done now.
func openLoaded(name string, b []byte, release, warmed func(), lang, encoding string) (*model.Document, error) {
	if warmed == nil {
		hugeHeap(len(b))
	} else {
		warmed()
	}
	doc, err := openDoc(name, b, lang, encoding)
	if err != nil || !aliases(doc.Text, b) {
		release() // the text was decoded or converted into a copy
	}
	return doc, err
}

// aliases reports whether s lies in b: a document whose text is b's bytes
// (UTF-8 as read), whose tree points into them too.
func aliases(s string, b []byte) bool {
	if len(s) == 0 || cap(b) == 0 {
		return false
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	start := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	return p >= start && p < start+uintptr(cap(b))
}

// openDoc parses the bytes read from name (see loadDoc), naming the file
// in what it refuses.
func openDoc(name string, b []byte, lang, encoding string) (*model.Document, error) {
	shown := oneField(name)
	if name == "-" {
		shown = text.CLIFor(lang).StdinName
	}
	doc, err := openByContent(shown, b, encoding)
	if err == nil {
		untitleContents(doc)
		return doc, nil
	}
	return nil, explain(shown, err, lang)
}

// openByContent is parse.Open, the content telling the format where the
// name says .docx and the bytes are no zip at all: parse takes such a file
// for a damaged .docx, but an empty one (touch a.docx, a copy that never
// started) is an empty document, as an empty .doc, .pdf or .epub is and as
// less and vim show it, and text or a web page saved under a .docx name
// (renamed by hand, 另存为 with the wrong type) is read as what it is, as
// a PDF named .txt is read as a PDF. Bytes that are no text either keep
// parse's refusal (a damaged Word .docx file).
func openByContent(shown string, b []byte, encoding string) (*model.Document, error) {
	opt := parse.Options{Encoding: encoding}
	if len(b) == 0 {
		return parse.Open("", b, opt)
	}
	doc, err := parse.Open(shown, b, opt)
	if err == nil {
		return doc, nil
	}
	if t, _ := parse.TypeOf(shown); t.Format != parse.FormatDocx {
		return nil, err
	}
	if f := parse.Sniff(b); f != parse.FormatText && f != parse.FormatHTML {
		return nil, err
	}
	// Without its extension the name no longer says .docx; the rest of it
	// labels nothing.
	if asText, err2 := parse.Open(strings.TrimSuffix(shown, filepath.Ext(shown)), b, opt); err2 == nil {
		return asText, nil
	}
	return nil, err
}

// byContent is openByContent as the cache of parsed documents calls it.
func byContent(encoding string) func(string, []byte) (*model.Document, error) {
	return func(name string, data []byte) (*model.Document, error) { return openByContent(name, data, encoding) }
}

// explain turns why parse refused the file shown into one line in lang,
// naming the file once: parse's *FileError names it too, by the name parse
// was given, so its cause is what follows shown.
func explain(shown string, err error, lang string) error {
	t := text.CLIFor(lang)
	var fe *parse.FileError
	if !errors.As(err, &fe) {
		return err
	}
	if errors.Is(err, parse.ErrNotDocx) && strings.EqualFold(filepath.Ext(shown), ".zip") {
		// A zip named so is a folder packed, not a Word document
		// mistaken: what to do with it is to unpack it.
		return fmt.Errorf("%s: %s", shown, t.ZipArchive)
	}
	for _, e := range []struct {
		err error
		msg string
	}{
		{parse.ErrBinary, t.Binary}, {parse.ErrLegacyWord, t.LegacyDoc}, {parse.ErrEncrypted, t.EncryptedDoc},
		{pdf.ErrNoText, t.PDFScan}, {pdf.ErrNoUnicode, t.PDFNoUnicode}, {pdf.ErrEncrypted, t.PDFEncrypted},
		{parse.ErrUndecodable, t.Undecodable}, {parse.ErrNotDocx, t.NotDocx}, {parse.ErrNotEPUB, t.NotEPUB}, {parse.ErrNotODT, t.NotODT}, {parse.ErrNoPage, t.NoPage}, {parse.ErrZipBomb, t.ZipBomb},
	} {
		if errors.Is(err, e.err) {
			return fmt.Errorf("%s: %s", shown, e.msg)
		}
	}
	// The reason a damaged PDF or .doc gives (no objects, cut short…) is
	// in English: the Chinese line says what the file is, the English one
	// what is wrong with it too.
	for _, e := range []struct {
		err error
		msg string
	}{{pdf.ErrDamaged, t.PDFDamaged}, {parse.ErrDocDamaged, t.DocDamaged}} {
		if errors.Is(err, e.err) {
			if lang == "zh" {
				return fmt.Errorf("%s: %s", shown, e.msg)
			}
			return fmt.Errorf("%s: %v", shown, fe.Err)
		}
	}
	// What the zip or XML reader says is in English: the Chinese line
	// names the format and stays Chinese; the English one says the cause
	// too, once.
	var de *parse.DamagedError
	switch {
	case errors.As(err, &de) && lang == "zh":
		return fmt.Errorf("%s: "+t.DamagedFmt, shown, de.Kind)
	case lang == "zh":
		return fmt.Errorf("%s: %s", shown, t.Unreadable)
	}
	return fmt.Errorf("%s: %v", shown, fe.Err)
}

// load reads the document's bytes: a file, or standard input for "-". It
// refuses what is not a file with one line naming it.
func load(name string, stdin io.Reader, lang string) ([]byte, error) {
	b, _, err := loadWith(name, stdin, lang, nil)
	return b, err
}

// loadWith is load, the file read by read (nil: os.ReadFile): readOffHeap
// reads a large file outside the Go heap (see internal/bigread), and
// release gives that memory back once nothing refers into the bytes.
func loadWith(name string, stdin io.Reader, lang string, read func(string) ([]byte, func(), error)) (b []byte, release func(), err error) {
	release = func() {}
	if name == "-" {
		b, err = readStdin(stdin)
		if errors.Is(err, errStdinTooLarge) {
			return nil, release, errors.New(text.CLIFor(lang).StdinTooLarge)
		}
		if err != nil {
			return nil, release, fmt.Errorf("%s: %v", text.CLIFor(lang).Stdin, err)
		}
	} else {
		var st fs.FileInfo
		st, err = os.Stat(name)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, release, fmt.Errorf("%s: %s", oneField(name), text.CLIFor(lang).NotExist)
		case errors.Is(err, fs.ErrPermission):
			return nil, release, fmt.Errorf("%s: %s", oneField(name), text.CLIFor(lang).Permission)
		case err != nil:
			return nil, release, fmt.Errorf("%s: %s", oneField(name), reader.ErrLineIn(lang, unwrapPath(err)))
		case st.IsDir():
			return nil, release, fmt.Errorf("%s: %s", oneField(name), text.CLIFor(lang).IsDir)
		case !st.Mode().IsRegular() && !isStreamPath(name):
			// A FIFO with no writer would block the open for ever, and a
			// device never ends: refuse them as less does. Process
			// substitution, <(cmd), hands us /dev/fd/N, which is a pipe
			// on purpose.
			return nil, release, fmt.Errorf("%s: %s", oneField(name), text.CLIFor(lang).NotRegular)
		}
		if read != nil {
			b, release, err = read(name)
		} else {
			b, err = os.ReadFile(name)
		}
		switch {
		case errors.Is(err, fs.ErrPermission):
			return nil, release, fmt.Errorf("%s: %s", oneField(name), text.CLIFor(lang).Permission)
		case err != nil:
			return nil, release, fmt.Errorf("%s: %s", oneField(name), reader.ErrLineIn(lang, unwrapPath(err)))
		}
	}
	return b, release, nil
}

// readOffHeap is os.ReadFile through bigread.Read.
func readOffHeap(name string) ([]byte, func(), error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, func() {}, err
	}
	defer f.Close()
	return bigread.Read(f)
}

// isStreamPath reports the paths that name an already open stream rather
// than a file: /dev/stdin, /dev/fd/N and /proc/self/fd/N, as process
// substitution and shells pass them.
func isStreamPath(name string) bool {
	name = filepath.Clean(name)
	return name == "/dev/stdin" || strings.HasPrefix(name, "/dev/fd/") || strings.HasPrefix(name, "/proc/self/fd/")
}

// isBinary reports data that is not text: NUL bytes in its first 8 KB.
func isBinary(b []byte) bool {
	head := b[:min(len(b), 8192)]
	return bytes.IndexByte(head, 0) >= 0
}

// readStdin reads standard input whole. A regular file (wenji - < FILE)
// is read as a file named is, off the heap in one read (bigread; never
// released: the reader keeps standard input's bytes for its excerpts);
// a pipe in chunks put together once, rather than io.ReadAll's buffer
// copied at each doubling. (wenji - < FILE of 100 MB: 4–6 s to the first
// frame before, with the whole parse; 0.5–1 s with its preview. A pipe's
// pace is the writer's: cat on a loaded machine, 3–4 s.)
func readStdin(r io.Reader) ([]byte, error) {
	if f, ok := r.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
			b, _, err := bigread.Read(f)
			return b, err
		}
	}
	return readChunks(r, stdinMax)
}

// stdinMax is the most a pipe is read to: the largest text a preview
// opens (a variable so that tests can lower it).
var stdinMax = maxWindowed

// errStdinTooLarge is a pipe that went on past stdinMax bytes (yes |
// wenji): it is refused in one line rather than read until memory runs
// out. The bound is on what is held: a pipe just under it is held twice
// for a moment (its chunks, then the one copy of them), some 4 GB.
var errStdinTooLarge = errors.New("standard input too large")

// readChunks reads r to its end in chunks growing to 16 MB, then copies
// them into one slice of the length read; past limit bytes it stops with
// errStdinTooLarge.
func readChunks(r io.Reader, limit int) ([]byte, error) {
	var parts [][]byte
	total, size := 0, 64<<10
	for {
		if total >= limit {
			// One byte more than limit says the pipe goes on past it.
			n, err := io.ReadFull(r, make([]byte, 1))
			if n > 0 {
				return nil, errStdinTooLarge
			}
			if err != io.EOF {
				return nil, err
			}
			break
		}
		size = min(size, limit-total)
		buf := make([]byte, size)
		n, err := io.ReadFull(r, buf)
		if n > 0 {
			parts, total = append(parts, buf[:n]), total+n
		}
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			break
		}
		if err != nil {
			return nil, err
		}
		size = min(size*2, 16<<20)
	}
	if len(parts) == 1 {
		return parts[0], nil
	}
	b := make([]byte, 0, total)
	for _, p := range parts {
		b = append(b, p...)
	}
	return b, nil
}
