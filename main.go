// Command wenji is a terminal reader for Chinese document compilations.
package main

import (
	"fmt"
	"os"

	"wenji/model"
	"wenji/parse"
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: wenji --outline FILE")
		os.Exit(2)
	}
	b, err := os.ReadFile(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	doc := parse.Parse(string(b))
	fmt.Print(model.Outline(doc.Root))
}
