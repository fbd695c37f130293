// Command blockdump prints a page's blocks with the classifier's scores and
// the selection's verdict: a tool for studying where extraction goes wrong.
//
//	go run ./internal/cmd/blockdump page.html.gz | less
package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/pith-dev/pith/classify"
	"github.com/pith-dev/pith/internal/pipeline"
	"github.com/pith-dev/pith/parse"
	"github.com/pith-dev/pith/selection"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: blockdump PAGE.html[.gz]")
		os.Exit(2)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var r io.Reader = f
	if strings.HasSuffix(os.Args[1], ".gz") {
		if r, err = gzip.NewReader(f); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	data, err := io.ReadAll(r)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	pp, err := pipeline.Parse(data, "", parse.Limits{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	page := pp.Segment()
	cls := classify.Classify(page)
	keep := selection.Select(page, cls)
	kept := make(map[int32]bool, len(keep))
	for _, k := range keep {
		kept[k] = true
	}
	for i := range page.Blocks {
		b := &page.Blocks[i]
		mark := " "
		if kept[int32(i)] {
			mark = "+"
		}
		text := b.Text
		if len(text) > 100 {
			text = text[:100]
		}
		fmt.Printf("%s %4d %.2f %-8v %q\n", mark, i, cls.Score[i], b.Kind, text)
	}
}
