package pith

import (
	"context"

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
	res := &Result{InputFormat: InputText, Charset: d.Charset}
	res.Text = plaintext.Clean(string(d.Text))
	res.Metadata.URL = cfg.url
	return res, nil
}
