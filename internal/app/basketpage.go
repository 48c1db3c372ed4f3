package app

import (
	"fmt"
	"io"

	tea "github.com/charmbracelet/bubbletea"

	"wenji/internal/state"
	"wenji/internal/text"
	"wenji/model"
	"wenji/parse"
	basketui "wenji/ui/basket"
	"wenji/ui/reader"
)

// pages returns the program runUI runs: the reader of doc (whose content
// key is key), and the basket page that B opens over it (ui/basket), which
// opens an excerpt's document as the library does.
func pages(doc *model.Document, opt reader.Options, key string, o options, mem *memory) basketui.Root {
	opt.Key, opt.BasketPage = key, true
	lang := opt.Lang
	ro := basketui.RootOptions{
		Basket: basketui.Options{Lang: lang, Ambiguous: opt.Ambiguous, Styles: opt.Styles},
		// An excerpt's document is a file (or the copy of standard
		// input, which no reader with Stdin set watches).
		Reader: reader.Options{Lang: lang, Ambiguous: opt.Ambiguous, Styles: opt.Styles, Disk: fileDisk(lang, o.encoding)},
		Open: func(path string) (*model.Document, string, error) {
			b, err := load(path, nil, lang)
			if err != nil {
				return nil, "", err
			}
			d, err := openDoc(path, b, lang, o.encoding)
			if err != nil {
				return nil, "", err
			}
			return d, state.Key(b), nil
		},
		FindNear: findNear, // an excerpt's file renamed in its folder
		Sample:   embeddedSample(o),
		OpenCopy: func(b []byte) (*model.Document, string, error) {
			d, err := openStdinCopy(b, lang, o.encoding)
			if err != nil {
				return nil, "", err
			}
			return d, state.Key(b), nil
		},
	}
	if mem != nil {
		ro.Place, ro.Save = mem.lookup, mem.saveLive
		// Saved as they change too, so a killed wenji keeps them.
		opt.Save, ro.Reader.Save = mem.saveLive, mem.saveLive
		opt.Searches, opt.Remember = mem.searches, mem.remember
		ro.Reader.Searches, ro.Reader.Remember = mem.searches, mem.remember
	}
	return basketui.NewRoot(reader.New(doc, opt), key, opt.FileName, ro)
}

// finalPlace finishes the basket's saves the program's end cut short
// (saying on stderr, in lang, when the basket's changes could not be
// saved) and saves where the program's last reader was left.
func finalPlace(final tea.Model, mem *memory, lang string, stderr io.Writer) {
	if m, ok := final.(basketui.Root); ok {
		finishBasket(m.Basket(), lang, stderr)
		r, key, name := m.Reader()
		mem.save(key, name, r.Place())
		mem.saveView(r.ViewOptions(reader.Options{}))
	}
}

// finishBasket finishes the basket's saves the program's end cut short
// (h.Flush: the readers' adds, the basket pages' changes), the same at
// the end of the reader's program and of the library's, and says on
// stderr, in one line, that excerpts added or changes made on the basket
// page in the run are still not in the basket (why: a read-only or full
// disk), as the place not remembered is said: the status bar said it as
// it happened, for a few seconds, and the run ended with nothing to say
// the work was not kept.
func finishBasket(h basketui.Host, lang string, stderr io.Writer) {
	h.Flush()
	basketUnsaved(h.Failed(), lang, stderr)
}

// basketUnsaved says err, why the run's basket changes are not saved, in
// one line on stderr, in lang; nothing when err is nil.
func basketUnsaved(err error, lang string, stderr io.Writer) {
	if err != nil {
		fmt.Fprintf(stderr, "wenji: "+text.CLIFor(lang).BasketUnsaved+"\n", reader.ErrLineIn(lang, err))
	}
}

// openStdinCopy parses b, the copy of standard input the basket kept for
// an excerpt of it, as standard input was: a document without a title is
// called standard input.
func openStdinCopy(b []byte, lang, encoding string) (*model.Document, error) {
	d, err := openDoc("-", b, lang, encoding)
	if err != nil {
		return nil, err
	}
	if d.Root.Title == "" {
		d.Root.Title = docName("-", lang)
	}
	return d, nil
}

// embeddedSample is the embedded sample for the basket page's Enter on an
// excerpt of it, parsed when one is opened; none when o has no sample.
func embeddedSample(o options) basketui.Sample {
	if o.embedded == "" {
		return basketui.Sample{}
	}
	text := o.embedded
	return basketui.Sample{Key: state.Key([]byte(text)), Parse: func() *model.Document { return parse.Parse(text) }}
}
