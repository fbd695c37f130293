// Command pith extracts every *.html page in a directory with pith, for
// timing as a whole process (see bench/cmd/speed -process).
package main

import (
	"context"

	"github.com/pith-dev/pith"
	"github.com/pith-dev/pith/bench/internal/procmain"
)

func main() {
	e := pith.New()
	ctx := context.Background()
	procmain.Run(func(page []byte) (int, error) {
		r, err := e.ExtractBytes(ctx, page)
		if err != nil {
			return 0, err
		}
		return len(r.Text), nil
	})
}
