package pith

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/pith-dev/pith/decode"
)

// Extractor extracts main content with a fixed set of options. Its zero
// value is not usable; make one with New. It is safe for concurrent use.
type Extractor struct {
	cfg config
}

// New returns an Extractor with the given options.
func New(opts ...Option) *Extractor {
	e := &Extractor{}
	for _, o := range opts {
		o(&e.cfg)
	}
	return e
}

var defaultExtractor = New()

// Extract reads a page from r and returns its main content, with the
// default Extractor and the given options.
func Extract(ctx context.Context, r io.Reader, opts ...Option) (*Result, error) {
	return defaultExtractor.Extract(ctx, r, opts...)
}

// Extract reads a page from r and returns its main content. The options
// given here add to those of the Extractor.
func (e *Extractor) Extract(ctx context.Context, r io.Reader, opts ...Option) (*Result, error) {
	cfg := e.cfg
	for _, o := range opts {
		o(&cfg)
	}
	cfg.limits = cfg.limits.withDefaults()
	data, err := readLimited(r, cfg.limits.MaxInputBytes)
	if err != nil {
		return nil, err
	}
	return extractBytes(ctx, data, &cfg)
}

// ExtractBytes is Extract for a page already in memory. It does not keep
// or modify data.
func (e *Extractor) ExtractBytes(ctx context.Context, data []byte, opts ...Option) (*Result, error) {
	cfg := e.cfg
	for _, o := range opts {
		o(&cfg)
	}
	cfg.limits = cfg.limits.withDefaults()
	if cfg.limits.MaxInputBytes > 0 && int64(len(data)) > cfg.limits.MaxInputBytes {
		return nil, fmt.Errorf("%w (%d bytes > %d)", ErrTooLarge, len(data), cfg.limits.MaxInputBytes)
	}
	return extractBytes(ctx, data, &cfg)
}

func readLimited(r io.Reader, max int64) ([]byte, error) {
	if max < 0 {
		return io.ReadAll(r)
	}
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%w (more than %d bytes)", ErrTooLarge, max)
	}
	return data, nil
}

// extractBytes reads one page in the format it is in.
func extractBytes(ctx context.Context, data []byte, cfg *config) (*Result, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	format := cfg.input
	if format == InputAuto {
		switch decode.Sniff(data) {
		case decode.Binary:
			return nil, ErrBinary
		case decode.Text:
			format = InputText
		default:
			format = InputHTML
		}
	}
	if format == InputText {
		return extractText(ctx, data, cfg)
	}
	return extractHTML(ctx, data, cfg)
}
