package bench

import (
	"bytes"
	"context"
	"fmt"
	nurl "net/url"
	"strings"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"github.com/pith-dev/pith"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// Output is what an extractor found on one page, in the common form the
// benchmarks score.
type Output struct {
	// Text is the main content as plain text.
	Text string
	// Title, Author and Date are the page's metadata as the extractor
	// reports them; Date is the publication day, YYYY-MM-DD, or empty.
	Title, Author, Date string
}

// Func extracts one page given its raw bytes (any charset) and its URL (""
// when unknown). It includes everything the extractor needs: charset
// decoding, parsing, extraction and rendering the text.
type Func func(page []byte, url string) (Output, error)

// An Extractor is a named extractor under test.
type Extractor struct {
	// Name identifies the extractor in flags and tables.
	Name string
	// Doc says which library and options it runs.
	Doc string
	// New returns a Func for one goroutine: some extractors keep state
	// between calls and are not safe for concurrent use.
	New func() Func
}

// Names of the extractors returned by Extractors.
const (
	Pith                = "pith"
	Parse               = "parse"
	Trafilatura         = "trafilatura"
	TrafilaturaFallback = "trafilatura+fallback"
	Readability         = "readability"
)

// Extractors returns every extractor: pith, the html.Parse floor,
// go-trafilatura with default options and with fallback, and readeck's
// go-readability.
func Extractors() []Extractor {
	return []Extractor{
		{Name: Pith, Doc: "pith.New().ExtractBytes (default options)", New: newPith},
		{Name: Parse, Doc: "golang.org/x/net/html: charset.NewReader + html.Parse, no extraction (the floor)", New: newParse},
		{Name: Trafilatura, Doc: "github.com/markusmobius/go-trafilatura Extract, Options{} (defaults)", New: newTrafilatura(false)},
		{Name: TrafilaturaFallback, Doc: "go-trafilatura Extract, Options{EnableFallback: true}", New: newTrafilatura(true)},
		{Name: Readability, Doc: "codeberg.org/readeck/go-readability/v2 NewParser().Parse + RenderText", New: newReadability},
	}
}

// Select returns the extractors named in a comma-separated list, in the
// list's order; "all" or "" selects every extractor.
func Select(list string) ([]Extractor, error) {
	all := Extractors()
	if list == "" || list == "all" {
		return all, nil
	}
	var out []Extractor
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		found := false
		for _, x := range all {
			if x.Name == name {
				out = append(out, x)
				found = true
				break
			}
		}
		if !found {
			return nil, fmt.Errorf("bench: unknown extractor %q", name)
		}
	}
	return out, nil
}

func newPith() Func {
	e := pith.New()
	ctx := context.Background()
	return func(page []byte, url string) (Output, error) {
		var opts []pith.Option
		if url != "" {
			opts = append(opts, pith.WithURL(url))
		}
		r, err := e.ExtractBytes(ctx, page, opts...)
		if err != nil {
			return Output{}, err
		}
		return Output{Text: r.Text, Title: r.Metadata.Title, Author: r.Metadata.Author, Date: day(r.Metadata.Date)}, nil
	}
}

// day keeps the YYYY-MM-DD prefix of an ISO 8601 date.
func day(s string) string {
	if len(s) >= 10 {
		return s[:10]
	}
	return s
}

func newParse() Func {
	return func(page []byte, _ string) (Output, error) {
		// Decode like a browser: BOM, then <meta charset> in the first
		// 1024 bytes, then UTF-8 (charset.NewReader skips the transform
		// for UTF-8, as a careful extractor would).
		r, err := charset.NewReader(bytes.NewReader(page), "")
		if err != nil {
			return Output{}, err
		}
		_, err = html.Parse(r)
		return Output{}, err
	}
}

func newTrafilatura(fallback bool) func() Func {
	return func() Func {
		return func(page []byte, url string) (Output, error) {
			opts := trafilatura.Options{EnableFallback: fallback, OriginalURL: parseURL(url)}
			// trafilatura.Extract decodes the bytes itself (go-shiori/dom
			// sniffs the charset from the whole page).
			r, err := trafilatura.Extract(bytes.NewReader(page), opts)
			if err != nil {
				return Output{}, err
			}
			out := Output{Text: r.ContentText, Title: r.Metadata.Title, Author: r.Metadata.Author}
			if !r.Metadata.Date.IsZero() {
				out.Date = r.Metadata.Date.Format(time.DateOnly)
			}
			return out, nil
		}
	}
}

func newReadability() Func {
	p := readability.NewParser()
	var sb strings.Builder
	return func(page []byte, url string) (Output, error) {
		// Parser.Parse decodes the bytes itself, like go-trafilatura.
		a, err := p.Parse(bytes.NewReader(page), parseURL(url))
		if err != nil {
			return Output{}, err
		}
		out := Output{Title: a.Title(), Author: a.Byline()}
		if a.Node != nil {
			sb.Reset()
			if err := a.RenderText(&sb); err != nil {
				return Output{}, err
			}
			out.Text = sb.String()
		}
		if t, err := a.PublishedTime(); err == nil && !t.IsZero() {
			out.Date = t.Format(time.DateOnly)
		}
		return out, nil
	}
}

// parseURL returns the parsed absolute URL, or nil when s is empty or not
// one.
func parseURL(s string) *nurl.URL {
	if s == "" {
		return nil
	}
	u, err := nurl.ParseRequestURI(s)
	if err != nil {
		return nil
	}
	return u
}
