package pith

import (
	"bytes"
	"context"
	"fmt"
	"strings"

	"github.com/pith-dev/pith/decode"
	"github.com/pith-dev/pith/plaintext"
)

// extractText cleans a page that is already text: its main lines, kept
// exactly as given.
func extractText(ctx context.Context, data []byte, cfg *config) (*Result, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	d := decode.Decode(data, cfg.contentType)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// Each line costs the classifier some hundreds of bytes of features, so
	// a page of short lines would cost a hundred times its size: lines are
	// the nodes of a text page.
	if max := cfg.limits.MaxNodes; max > 0 {
		if n := bytes.Count(d.Text, []byte{'\n'}); n > max {
			return nil, fmt.Errorf("%w (%d lines > %d)", ErrTooManyNodes, n, max)
		}
	}
	res := &Result{InputFormat: InputText, Charset: d.Charset}
	// The lines are kept as given, but for NUL bytes: they are no text,
	// and a page that holds them breaks the tools its text is given to.
	res.Text = strings.ReplaceAll(plaintext.Clean(string(d.Text)), "\x00", "")
	res.Metadata.URL = cfg.url
	res.Metadata.SetLanguage(res.Text)
	return res, nil
}
