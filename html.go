package pith

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/pith-dev/pith/classify"
	"github.com/pith-dev/pith/internal/pipeline"
	"github.com/pith-dev/pith/metadata"
	"github.com/pith-dev/pith/parse"
	"github.com/pith-dev/pith/render"
	"github.com/pith-dev/pith/selection"
)

// extractHTML runs the HTML pipeline: decode, parse, metadata, prune,
// segment, classify, select, render.
func extractHTML(ctx context.Context, data []byte, cfg *config) (*Result, error) {
	// The context is checked between stages, which are not interrupted:
	// parsing, the longest, takes time in proportion to the page (about
	// 0.3 s for 6 MB on a busy machine). A page is not started past its
	// deadline.
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pp, err := pipeline.Parse(data, cfg.contentType, parse.Limits{MaxNodes: cfg.limits.MaxNodes, MaxDepth: cfg.limits.MaxDepth})
	if err != nil {
		if errors.Is(err, parse.ErrTooManyNodes) {
			return nil, fmt.Errorf("%w: %v", ErrTooManyNodes, err)
		}
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	res := &Result{InputFormat: InputHTML, Charset: pp.Charset}
	if pp.Flattened {
		res.Warnings = append(res.Warnings, fmt.Sprintf("nesting deeper than %d was flattened", cfg.limits.MaxDepth))
	}
	// Metadata reads the whole page: pruning removes the head.
	res.Metadata = metadata.Options{StrictDates: cfg.strictDates}.Extract(pp.Doc, cfg.url)
	ownStrings(&res.Metadata)
	page := pp.Segment()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	cls := classify.Classify(page)
	keep := selection.Select(page, cls)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// User comments are never main text; they are given apart on request.
	keep, comments := render.SplitComments(page, keep, metadata.IsStory(res.Metadata.PageType))
	res.Text = render.Text(page, keep)
	// The declared language is often a template's default; the text says.
	res.Metadata.SetLanguage(res.Text)
	if cfg.comments {
		res.Comments = render.Text(page, comments)
	}
	if cfg.markdown || cfg.html {
		base := cfg.url
		if base == "" {
			base = res.Metadata.Canonical
		}
		o := render.Options{Links: cfg.links, Images: cfg.images, BaseURL: base}
		if cfg.markdown {
			res.Markdown = render.Markdown(page, keep, o)
		}
		if cfg.html {
			res.HTML = render.HTML(page, keep, o)
		}
	}
	return res, nil
}

// ownStrings copies the metadata's strings. The parser slices text and
// attribute values out of one copy of the page, so a title taken from the
// tree would keep the whole page alive as long as the Result lives.
func ownStrings(m *metadata.Metadata) {
	for _, f := range []*string{&m.URL, &m.Title, &m.Author, &m.Date, &m.Modified, &m.Sitename,
		&m.Description, &m.Language, &m.Image, &m.Canonical, &m.License, &m.PageType} {
		*f = strings.Clone(*f)
	}
	for _, l := range [][]string{m.Tags, m.Categories} {
		for i := range l {
			l[i] = strings.Clone(l[i])
		}
	}
}
