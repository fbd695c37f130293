package batch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/pith-dev/pith"
)

// DefaultUserAgent is the User-Agent of a Fetcher that names none.
const DefaultUserAgent = "pith/1 (+https://github.com/pith-dev/pith)"

// Fetcher fetches pages over HTTP. Its zero value is ready to use, with the
// defaults below. It is safe for concurrent use.
type Fetcher struct {
	// Client makes the requests (default: a client of its own, with
	// http.DefaultTransport's proxy and connection settings).
	Client *http.Client
	// UserAgent is sent with every request (default DefaultUserAgent).
	UserAgent string
	// Timeout bounds a fetch, redirects and body included (default 30s;
	// negative: none).
	Timeout time.Duration
	// MaxBytes is the largest body read, after any Content-Encoding is
	// undone (default pith.DefaultLimits.MaxInputBytes; negative: none).
	MaxBytes int64
	// MaxRedirects is the most redirects followed (default 10; negative:
	// none).
	MaxRedirects int
}

// Page is a fetched page.
type Page struct {
	// Data is the response body.
	Data []byte
	// URL is the page's URL after redirects.
	URL string
	// ContentType is the response's Content-Type header.
	ContentType string
}

// Fetch gets the page at rawURL. A response whose status is not 2xx, a body
// larger than MaxBytes (the error wraps pith.ErrTooLarge), too many
// redirects and the timeout are errors.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (*Page, error) {
	timeout := f.Timeout
	if timeout == 0 {
		timeout = 30 * time.Second
	}
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, err
	}
	ua := f.UserAgent
	if ua == "" {
		ua = DefaultUserAgent
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	resp, err := f.client().Do(req)
	if err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("fetch timed out after %s", timeout)
		}
		// A *url.Error repeats the method and URL that the report gives.
		var ue *url.Error
		if errors.As(err, &ue) {
			return nil, ue.Err
		}
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("HTTP %s", resp.Status)
	}
	max := f.MaxBytes
	if max == 0 {
		max = pith.DefaultLimits.MaxInputBytes
	}
	if max >= 0 && resp.ContentLength > max {
		return nil, fmt.Errorf("%w (Content-Length %d > %d)", pith.ErrTooLarge, resp.ContentLength, max)
	}
	var body io.Reader = resp.Body
	if max >= 0 {
		body = io.LimitReader(body, max+1)
	}
	data, err := io.ReadAll(body)
	if err != nil {
		if errors.Is(ctx.Err(), context.DeadlineExceeded) {
			return nil, fmt.Errorf("fetch timed out after %s", timeout)
		}
		return nil, err
	}
	if max >= 0 && int64(len(data)) > max {
		return nil, fmt.Errorf("%w (more than %d bytes)", pith.ErrTooLarge, max)
	}
	return &Page{Data: data, URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type")}, nil
}

func (f *Fetcher) client() *http.Client {
	c := http.Client{Transport: http.DefaultTransport}
	if f.Client != nil {
		c = *f.Client
	}
	maxRedirects := f.MaxRedirects
	if maxRedirects == 0 {
		maxRedirects = 10
	}
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) > max(maxRedirects, 0) {
			return fmt.Errorf("stopped after %d redirects", max(maxRedirects, 0))
		}
		return nil
	}
	return &c
}
