// Command parse decodes and parses every *.html page in a directory with
// golang.org/x/net/html, the floor of the whole-process benchmark (see
// bench/cmd/speed -process).
package main

import (
	"bytes"

	"github.com/pith-dev/pith/bench/internal/procmain"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

func main() {
	procmain.Run(func(page []byte) (int, error) {
		r, err := charset.NewReader(bytes.NewReader(page), "")
		if err != nil {
			return 0, err
		}
		_, err = html.Parse(r)
		return 0, err
	})
}
