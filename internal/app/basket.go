package app

import (
	"errors"
	"fmt"
	"io"

	"wenji/internal/basket"
	"wenji/internal/text"
	"wenji/ui/reader"
)

// runBasket is wenji --basket: the basket of excerpts (素材篮, internal/basket)
// printed as Markdown with a source line under each excerpt (--format txt:
// plain text, the same parts without markup; --format json: the excerpts
// as JSON), written as a Word file (--format docx -o FILE), or
// emptied (--clear).
func runBasket(o options, lang string, stdout, stderr io.Writer) int {
	t := text.CLIFor(lang)
	path, err := basket.DefaultPath()
	if err != nil {
		fmt.Fprintf(stderr, "wenji: "+t.BasketUnreadable+"\n", reader.ErrLineIn(lang, err))
		return 1
	}
	b, err := basket.Open(path)
	var damaged *basket.DamagedError
	switch {
	case errors.As(err, &damaged):
		// Read as empty; the next Save moves the file aside first.
		fmt.Fprintf(stderr, "wenji: "+t.BasketDamaged+"\n", damaged.Path)
	case err != nil:
		fmt.Fprintf(stderr, "wenji: "+t.BasketUnreadable+"\n", reader.ErrLineIn(lang, err))
		return 1
	}
	list := b.List()
	switch {
	case o.clear:
		b.Clear()
		if err := b.Save(); err != nil {
			fmt.Fprintf(stderr, "wenji: "+t.OutputFailed+"\n", b.Path, reader.ErrLineIn(lang, err))
			return 1
		}
		fmt.Fprintln(stderr, "wenji: "+text.Plural(len(list), t.BasketCleared, len(list)))
		return 0
	case len(list) == 0:
		fmt.Fprintf(stderr, "wenji: %s\n", t.BasketEmpty)
		return 0
	case o.format == "docx":
		return writeFile(o.output, o.force, lang, stderr, func(w io.Writer) error {
			return basket.WriteDocx(w, list)
		})
	}
	out := newOutput(stdout)
	switch o.format {
	case "json":
		encodeJSON(out, basket.ForJSON(list))
	case "txt":
		io.WriteString(out, basket.PlainText(list))
	default:
		io.WriteString(out, basket.Markdown(list))
	}
	return out.done(0, lang, stderr)
}
