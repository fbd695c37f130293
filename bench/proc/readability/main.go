// Command readability extracts every *.html page in a directory with
// readeck's go-readability, for timing as a whole process (see
// bench/cmd/speed -process).
package main

import (
	"bytes"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/pith-dev/pith/bench/internal/procmain"
)

func main() {
	p := readability.NewParser()
	var sb strings.Builder
	procmain.Run(func(page []byte) (int, error) {
		a, err := p.Parse(bytes.NewReader(page), nil)
		if err != nil || a.Node == nil {
			return 0, err
		}
		sb.Reset()
		err = a.RenderText(&sb)
		return sb.Len(), err
	})
}
