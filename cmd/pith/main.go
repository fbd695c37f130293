// Command pith extracts the main content of web pages: files, directories,
// URLs, standard input, WARC and WET archives and JSONL, as text,
// Markdown, HTML or JSON. Run "pith --help" for its flags.
package main

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/pith-dev/pith"
	"github.com/pith-dev/pith/batch"
)

const defaultUA = batch.DefaultUserAgent

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	go func() {
		// The first interrupt stops the run and flushes what was done; a
		// second one kills the process as usual.
		<-ctx.Done()
		stop()
	}()
	os.Exit(run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// config is the command line, parsed.
type config struct {
	format, inputFormat   string
	output, outputDir     string
	comments, markdown    bool
	html, links, images   bool
	strictDates           bool
	url, userAgent        string
	fetchTimeout, timeout time.Duration
	maxRedirects          int
	maxBytes              sizeValue
	maxNodes, maxDepth    int
	jobs                  int
	unordered             bool
	quiet, stats          bool
	version               bool
	shard                 shardValue
}

// flags returns the command's flag set writing into c.
func flags(c *config) *flag.FlagSet {
	fs := flag.NewFlagSet("pith", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // errors are reported by run, help by usage
	str := func(p *string, def string, names ...string) {
		for _, n := range names {
			fs.StringVar(p, n, def, "")
		}
	}
	boolean := func(p *bool, names ...string) {
		for _, n := range names {
			fs.BoolVar(p, n, false, "")
		}
	}
	str(&c.format, "text", "format", "f")
	str(&c.inputFormat, "auto", "input-format")
	str(&c.output, "", "output", "o")
	str(&c.outputDir, "", "output-dir")
	boolean(&c.comments, "comments")
	boolean(&c.markdown, "markdown")
	boolean(&c.html, "html")
	boolean(&c.links, "links")
	boolean(&c.images, "images")
	boolean(&c.strictDates, "strict-dates")
	str(&c.url, "", "url")
	fs.Var(&c.shard, "shard", "")
	fs.DurationVar(&c.fetchTimeout, "fetch-timeout", 30*time.Second, "")
	fs.IntVar(&c.maxRedirects, "max-redirects", 10, "")
	str(&c.userAgent, defaultUA, "user-agent")
	c.maxBytes = sizeValue(pith.DefaultLimits.MaxInputBytes)
	fs.Var(&c.maxBytes, "max-bytes", "")
	fs.IntVar(&c.maxNodes, "max-nodes", pith.DefaultLimits.MaxNodes, "")
	fs.IntVar(&c.maxDepth, "max-depth", pith.DefaultLimits.MaxDepth, "")
	fs.DurationVar(&c.timeout, "timeout", 0, "")
	for _, n := range []string{"jobs", "j"} {
		fs.IntVar(&c.jobs, n, runtime.NumCPU(), "")
	}
	boolean(&c.unordered, "unordered")
	boolean(&c.quiet, "quiet", "q")
	boolean(&c.stats, "stats")
	boolean(&c.version, "version")
	return fs
}

// parseArgs parses flags and inputs in any order, as GNU tools do: flags
// may follow inputs ("pith page.html --format json"); after "--" every
// argument is an input.
func parseArgs(fs *flag.FlagSet, args []string) ([]string, error) {
	var inputs []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return inputs, nil
		}
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(inputs, rest...), nil
		}
		inputs = append(inputs, rest[0])
		args = rest[1:]
	}
}

// usageError is a bad command line: exit status 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func badUsage(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// run is the command: it returns the exit status. stdin, stdout and
// stderr are the standard streams (tests give buffers).
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var c config
	fs := flags(&c)
	inputs, err := parseArgs(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		io.WriteString(stdout, usage)
		return 0
	}
	if err != nil {
		return usageFail(stderr, err)
	}
	if c.version {
		fmt.Fprintf(stdout, "pith %s\n", version())
		return 0
	}
	rc, err := runConfig(ctx, &c, inputs, stdin, stdout, stderr)
	if err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			return usageFail(stderr, err)
		}
		if errors.Is(err, context.Canceled) && ctx.Err() != nil {
			fmt.Fprintln(stderr, "pith: interrupted; the documents done so far were written")
			return 1
		}
		fmt.Fprintf(stderr, "pith: %s\n", batch.Reason(err))
		return 1
	}
	return rc
}

func usageFail(stderr io.Writer, err error) int {
	fmt.Fprintf(stderr, "pith: %v\nRun 'pith --help' for usage.\n", err)
	return 2
}

func runConfig(ctx context.Context, c *config, args []string, stdin io.Reader, stdout, stderr io.Writer) (int, error) {
	format, err := batch.ParseFormat(c.format)
	if err != nil {
		return 0, usageError{err.Error()}
	}
	inFormat, err := batch.ParseInputFormat(c.inputFormat)
	if err != nil {
		return 0, usageError{err.Error()}
	}
	switch {
	case c.output != "" && c.outputDir != "":
		return 0, badUsage("--output and --output-dir cannot be used together")
	case c.jobs < 1:
		return 0, badUsage("--jobs must be at least 1")
	case c.maxNodes < 0 && c.maxNodes != -1, c.maxDepth < 0 && c.maxDepth != -1:
		return 0, badUsage("--max-nodes and --max-depth take a positive count, or -1 for none")
	case c.timeout < 0, c.fetchTimeout < 0:
		return 0, badUsage("timeouts must not be negative")
	case c.url != "" && len(args) > 1:
		return 0, badUsage("--url gives the URL of a single page; %d inputs given", len(args))
	}
	if len(args) == 0 {
		args = []string{"-"}
	}
	if c.url != "" && isURL(args[0]) {
		return 0, badUsage("--url is for a file or standard input, not a URL input")
	}

	stats := &batch.Stats{Start: time.Now(), TotalBytes: -1}
	inputs := batch.Expand(args, batch.ExpandOptions{Format: inFormat, Shard: c.shard.i, Shards: c.shard.n})
	stats.TotalBytes = totalSize(inputs)

	maxBytes := int64(c.maxBytes)
	ex := pith.New(
		pith.WithComments(c.comments),
		pith.WithMarkdown(c.markdown || format == batch.FormatMarkdown),
		pith.WithHTML(c.html || format == batch.FormatHTML),
		pith.WithLinks(c.links),
		pith.WithImages(c.images),
		pith.WithStrictDates(c.strictDates),
		pith.WithLimits(pith.Limits{MaxInputBytes: maxBytes, MaxNodes: c.maxNodes, MaxDepth: c.maxDepth}),
	)
	fetchTimeout := c.fetchTimeout
	if fetchTimeout == 0 {
		fetchTimeout = -1 // none
	}
	src := batch.Items(inputs, batch.ReadOptions{
		Format:   inFormat,
		MaxBytes: maxBytes,
		Stdin:    stdin,
		URL:      c.url,
		Stats:    stats,
		// One reader of archives keeps about sixteen workers busy.
		Readers: 1 + (c.jobs-1)/16,
		Fetcher: &batch.Fetcher{
			UserAgent:    c.userAgent,
			Timeout:      fetchTimeout,
			MaxBytes:     maxBytes,
			MaxRedirects: max(c.maxRedirects, -1),
		},
	})
	wopt := batch.WriteOptions{Format: format, Comments: c.comments, Markdown: c.markdown, HTML: c.html}

	rep := batch.NewReporter(stderr, "pith", stats)
	// Progress and the summary are for batch runs watched on a terminal:
	// not for one page, and the progress line not when the documents
	// themselves scroll past on the same terminal.
	show := isTerminal(stderr) && !c.quiet && manyDocs(inputs)
	toTerminal := c.outputDir == "" && (c.output == "" || c.output == "-") && isTerminal(stdout)
	if show && !toTerminal {
		rep.StartProgress(250 * time.Millisecond)
	}

	var write func(*batch.Outcome) error
	var finish func() error
	if c.outputDir != "" {
		dw, err := batch.NewDirWriter(c.outputDir, wopt)
		if err != nil {
			rep.StopProgress()
			return 0, err
		}
		write = func(o *batch.Outcome) error {
			if o.Err == nil {
				if err := dw.Write(o); err != nil {
					// One file that cannot be written is that input's
					// failure; the others may still be written.
					o.Err = err
					stats.Failed.Add(1)
					stats.Docs.Add(-1)
				}
			}
			return nil
		}
		finish = func() error { return nil }
	} else {
		w, closeOut, err := openOutput(c.output, stdout)
		if err != nil {
			rep.StopProgress()
			return 0, err
		}
		wopt.Headers = format != batch.FormatJSON && format != batch.FormatJSONL && manyDocs(inputs)
		sw := batch.NewStreamWriter(w, wopt)
		write = sw.Write
		finish = closeOut
	}

	runner := &batch.Runner{
		Extractor: ex,
		Jobs:      c.jobs,
		Unordered: c.unordered,
		Timeout:   c.timeout,
		Stats:     stats,
	}
	runErr := runner.Run(ctx, src, func(o *batch.Outcome) error {
		err := write(o)
		switch {
		case o.Err == nil:
		case ctx.Err() != nil && errors.Is(o.Err, context.Canceled):
			// Not this input's fault: the run was interrupted, which is
			// said once at the end.
		default:
			rep.Fail(o)
		}
		return err
	})
	if err := finish(); err != nil && runErr == nil {
		runErr = err
	}
	rep.StopProgress()
	if show || c.stats {
		rep.Summary()
	}
	if runErr != nil {
		return 0, runErr
	}
	if stats.Failed.Load() > 0 {
		return 1, nil
	}
	return 0, nil
}

func isURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// manyDocs reports whether a run may write more than one document, so that
// a stream of text needs a header before each.
func manyDocs(inputs []batch.Input) bool {
	if len(inputs) > 1 {
		return true
	}
	for _, in := range inputs {
		if in.Container == batch.ContainerWARC || in.Container == batch.ContainerJSONL {
			return true
		}
	}
	return false
}

func totalSize(inputs []batch.Input) int64 {
	var n int64
	for _, in := range inputs {
		if in.Size < 0 {
			return -1
		}
		n += in.Size
	}
	return n
}

// openOutput opens the output stream: stdout, or the named file,
// gzip-compressed when its name ends in .gz. close flushes and closes it.
func openOutput(name string, stdout io.Writer) (w io.Writer, close func() error, err error) {
	if name == "" || name == "-" {
		bw := bufio.NewWriterSize(stdout, 64<<10)
		if isTerminal(stdout) {
			// Someone is reading: show each document as it is done.
			return flushWriter{bw}, bw.Flush, nil
		}
		return bw, bw.Flush, nil
	}
	f, err := os.Create(name)
	if err != nil {
		return nil, nil, err
	}
	bw := bufio.NewWriterSize(f, 256<<10)
	if strings.HasSuffix(strings.ToLower(name), ".gz") {
		zw := gzip.NewWriter(bw)
		return zw, func() error {
			return errors.Join(zw.Close(), bw.Flush(), f.Close())
		}, nil
	}
	return bw, func() error { return errors.Join(bw.Flush(), f.Close()) }, nil
}

// flushWriter flushes after every write.
type flushWriter struct{ *bufio.Writer }

func (f flushWriter) Write(p []byte) (int, error) {
	n, err := f.Writer.Write(p)
	if err == nil {
		err = f.Writer.Flush()
	}
	return n, err
}

// isTerminal reports whether w is a terminal (a character device), where a
// progress line redrawn with a carriage return makes sense.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// version is the module version pith was built as, or the VCS revision of
// a development build.
func version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := bi.Main.Version
	if v != "" && v != "(devel)" {
		return v
	}
	var rev, dirty string
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "+dirty"
			}
		}
	}
	if rev == "" {
		return "(devel)"
	}
	return "(devel) " + rev[:min(12, len(rev))] + dirty
}
