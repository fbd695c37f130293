// Command trafilatura extracts every *.html page in a directory with
// go-trafilatura's default options (-fallback: with fallback), for timing as
// a whole process (see bench/cmd/speed -process).
package main

import (
	"bytes"
	"flag"
	"os"

	"github.com/markusmobius/go-trafilatura"
	"github.com/pith-dev/pith/bench/internal/procmain"
)

func main() {
	fallback := flag.Bool("fallback", false, "enable go-trafilatura's fallback extractors")
	flag.Parse()
	os.Args = append(os.Args[:1], flag.Args()...)
	opts := trafilatura.Options{EnableFallback: *fallback}
	procmain.Run(func(page []byte) (int, error) {
		r, err := trafilatura.Extract(bytes.NewReader(page), opts)
		if err != nil {
			return 0, err
		}
		return len(r.ContentText), nil
	})
}
