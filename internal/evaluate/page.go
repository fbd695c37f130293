package evaluate

import "context"

// Page is one benchmark case, as given to an Extractor. Extractors must not
// modify it.
type Page struct {
	Set string // benchmark set, e.g. "scrapinghub"
	ID  string // case id within the set
	URL string // page URL, "" when the set does not know it

	PageType string // WCXB page type ("article", "forum"...), else ""
	// Lang is the primary language subtag from the index's lang_guess, or
	// from html_lang when there is no guess, lower-cased; "und" if unknown.
	Lang  string
	Split string // SplitTrain or SplitValidation, see SplitOf

	// HTML is the raw page, decompressed but not decoded (any charset). It
	// is nil when the set was loaded for the plain-text mode.
	HTML []byte
	// PageText is the page's whole visible text (<id>.page.txt), the input
	// of the plain-text mode; "" when the set has none.
	PageText string

	// Gold is the ground-truth main text; HasGold is false for sets that
	// have none (trafilatura-snippets).
	Gold    string
	HasGold bool
	// With and Without are the snippets the main text must and must not
	// contain, when the set has them (trafilatura-snippets, wcxb-dev).
	With, Without []string

	// Index is the page's raw entry in index.jsonl (title, author,
	// publish_date... where the source knows them).
	Index map[string]any
}

// Extractor returns the main text of a page. An error counts as an empty
// output; it is reported but does not stop the evaluation.
type Extractor func(ctx context.Context, p *Page) (string, error)

// PageTextBaseline is the extractor that returns the whole-page text
// unchanged. Its scores are the README's "whole-page text" reference, which
// checks the scorer.
func PageTextBaseline(_ context.Context, p *Page) (string, error) { return p.PageText, nil }
