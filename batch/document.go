package batch

import "github.com/pith-dev/pith/metadata"

// Document is the JSON form of an extracted document, written by the json
// and jsonl formats: the page's metadata, its content, and for archive
// records where the record is.
type Document struct {
	metadata.Metadata
	// Text is the main text.
	Text string `json:"text"`
	// Comments are the user comments, when asked for.
	Comments string `json:"comments,omitempty"`
	// Markdown is the main content as Markdown, when asked for.
	Markdown string `json:"markdown,omitempty"`
	// HTML is the main content as clean HTML, when asked for.
	HTML string `json:"html,omitempty"`
	// Warnings say why the result may be partial (a limit reached).
	Warnings []string `json:"warnings,omitempty"`

	// WARCRecordID, WARCDate and WARCTargetURI are the record's
	// WARC-Record-ID, WARC-Date and WARC-Target-URI, for archive records.
	WARCRecordID  string `json:"warc_record_id,omitempty"`
	WARCDate      string `json:"warc_date,omitempty"`
	WARCTargetURI string `json:"warc_target_uri,omitempty"`
	// Source is where the document is in the input: the file, and the
	// offset of its record for archives and JSONL. Absent for standard
	// input and URLs.
	Source *Source `json:"source,omitempty"`
}

// NewDocument returns the Document of a successful outcome, with the parts
// that opt asks for.
func NewDocument(o *Outcome, opt WriteOptions) *Document {
	it, res := o.Item, o.Result
	d := &Document{Metadata: res.Metadata, Text: res.Text, Warnings: res.Warnings}
	if d.URL == "" {
		// The URL the page was fetched from or archived under, when the
		// page does not say.
		d.URL = it.URL
	}
	if opt.Comments {
		d.Comments = res.Comments
	}
	if opt.Markdown || opt.Format == FormatMarkdown {
		d.Markdown = res.Markdown
	}
	if opt.HTML || opt.Format == FormatHTML {
		d.HTML = res.HTML
	}
	d.WARCRecordID, d.WARCDate, d.WARCTargetURI = it.RecordID, it.Date, it.TargetURI
	if it.Source.File != "" {
		src := it.Source
		d.Source = &src
	}
	return d
}
