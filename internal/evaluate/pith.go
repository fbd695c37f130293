package evaluate

import (
	"context"

	"github.com/pith-dev/pith"
)

// Pith returns an Extractor running pith with the given options: in
// ModeHTML on the raw page with its URL, in ModeText on the page text read
// as plain text. It returns Result.Text.
func Pith(mode Mode, opts ...pith.Option) Extractor {
	e := pith.New(opts...)
	if mode == ModeText {
		return func(ctx context.Context, p *Page) (string, error) {
			res, err := e.ExtractBytes(ctx, []byte(p.PageText), pith.WithInputFormat(pith.InputText))
			if err != nil {
				return "", err
			}
			return res.Text, nil
		}
	}
	return func(ctx context.Context, p *Page) (string, error) {
		res, err := e.ExtractBytes(ctx, p.HTML, pith.WithURL(p.URL))
		if err != nil {
			return "", err
		}
		return res.Text, nil
	}
}
