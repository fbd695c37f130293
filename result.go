package pith

import "github.com/pith-dev/pith/metadata"

// Result is what Extract returns for one page.
type Result struct {
	// Text is the main content as plain text, a block per line.
	Text string
	// Markdown is the main content as CommonMark with GFM tables, when
	// asked for with WithMarkdown.
	Markdown string
	// HTML is the main content as clean, minimal HTML, when asked for with
	// WithHTML.
	HTML string
	// Comments holds the page's user comments as plain text, when asked for
	// with WithComments; they never appear in Text.
	Comments string
	// Metadata holds the page's facts: title, author, dates...
	Metadata metadata.Metadata
	// Charset is the character encoding the input was decoded from.
	Charset string
	// InputFormat is how the input was read: InputHTML or InputText.
	InputFormat InputFormat
	// Warnings lists the limits that were reached and other reasons the
	// result may be partial.
	Warnings []string
}
