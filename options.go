package pith

// InputFormat says how Extract reads its input.
type InputFormat int

const (
	// InputAuto recognises HTML and plain text by looking at the input.
	InputAuto InputFormat = iota
	// InputHTML reads the input as an HTML page.
	InputHTML
	// InputText reads the input as the rendered text of a page, a block per
	// line (or paragraphs separated by blank lines).
	InputText
)

// String returns "auto", "html" or "text".
func (f InputFormat) String() string {
	switch f {
	case InputHTML:
		return "html"
	case InputText:
		return "text"
	}
	return "auto"
}

// Limits bound the work Extract does on one page. A zero field takes its
// default; a negative one means no limit.
type Limits struct {
	// MaxInputBytes is the largest input read, after decompression
	// (default 64 MiB). Larger inputs fail with ErrTooLarge.
	MaxInputBytes int64
	// MaxNodes is the largest number of DOM nodes built (default 4,000,000),
	// or of lines read from a text page. Larger documents fail with
	// ErrTooManyNodes.
	MaxNodes int
	// MaxDepth is the deepest nesting kept (default 512); deeper elements
	// are attached at that depth, so their text is kept but not their nesting.
	MaxDepth int
}

// DefaultLimits are the limits used when none are given.
var DefaultLimits = Limits{MaxInputBytes: 64 << 20, MaxNodes: 4_000_000, MaxDepth: 512}

func (l Limits) withDefaults() Limits {
	if l.MaxInputBytes == 0 {
		l.MaxInputBytes = DefaultLimits.MaxInputBytes
	}
	if l.MaxNodes == 0 {
		l.MaxNodes = DefaultLimits.MaxNodes
	}
	if l.MaxDepth == 0 {
		l.MaxDepth = DefaultLimits.MaxDepth
	}
	return l
}

type config struct {
	url         string
	contentType string
	input       InputFormat
	comments    bool
	markdown    bool
	html        bool
	links       bool
	images      bool
	strictDates bool
	limits      Limits
}

// Option configures an Extractor or a single Extract call.
type Option func(*config)

// WithURL gives the page's URL. It resolves relative links and is reported
// in the metadata when the page names no canonical URL.
func WithURL(url string) Option { return func(c *config) { c.url = url } }

// WithContentType gives the HTTP Content-Type the page was served with; its
// charset parameter takes precedence over what the page declares.
func WithContentType(ct string) Option { return func(c *config) { c.contentType = ct } }

// WithInputFormat says whether the input is HTML, plain text, or either
// (InputAuto, the default).
func WithInputFormat(f InputFormat) Option { return func(c *config) { c.input = f } }

// WithComments asks for the page's user comments, returned apart from the
// main text in Result.Comments.
func WithComments(on bool) Option { return func(c *config) { c.comments = on } }

// WithMarkdown asks for the main content as Markdown in Result.Markdown.
func WithMarkdown(on bool) Option { return func(c *config) { c.markdown = on } }

// WithHTML asks for the main content as clean HTML in Result.HTML.
func WithHTML(on bool) Option { return func(c *config) { c.html = on } }

// WithLinks keeps hyperlinks in Markdown and HTML output.
func WithLinks(on bool) Option { return func(c *config) { c.links = on } }

// WithImages keeps images in Markdown and HTML output.
func WithImages(on bool) Option { return func(c *config) { c.images = on } }

// WithStrictDates gives a publication date only when the page both shows
// it and tells that it is a dated piece (see metadata.Options.StrictDates):
// fewer right dates, far fewer on pages that have no date of their own. For
// corpora that filter or order by date and would rather have none than a
// page's "last updated" footer.
func WithStrictDates(on bool) Option { return func(c *config) { c.strictDates = on } }

// WithLimits sets the limits on input size, DOM size and nesting depth.
func WithLimits(l Limits) Option { return func(c *config) { c.limits = l } }
