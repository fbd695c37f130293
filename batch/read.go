package batch

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/pith-dev/pith"
)

// Producer produces the items of a run, in order, by calling emit for each.
// It stops early when emit returns an error (the run was cancelled) and
// returns that error.
type Producer func(ctx context.Context, emit func(*Item) error) error

// ReadOptions configure how Items reads inputs.
type ReadOptions struct {
	// Format is the run's input format.
	Format InputFormat
	// MaxBytes is the largest page read, after decompression (default
	// pith.DefaultLimits.MaxInputBytes; negative: no limit). Larger pages
	// fail with an error that wraps pith.ErrTooLarge.
	MaxBytes int64
	// Stdin is read for the input "-" (default os.Stdin).
	Stdin io.Reader
	// Fetcher fetches URL inputs (default: a Fetcher with its defaults and
	// MaxBytes).
	Fetcher *Fetcher
	// Stats, when not nil, counts the archive records skipped.
	Stats *Stats
	// URL is the URL of pages that come without one (a file, standard
	// input), for a run over a single page.
	URL string
	// Readers is how many inputs are read at once (default 1). Reading an
	// archive (decompressing, parsing records) is done ahead of the
	// workers; one reader keeps a dozen or more workers busy, so only a
	// run on many cores over many archives needs more. Items still come
	// in input order; each reader ahead buffers at most readAhead items.
	Readers int
}

// readAhead is how many items a reader working ahead of the current input
// may hold.
const readAhead = 16

func (o *ReadOptions) maxBytes() int64 {
	if o.MaxBytes == 0 {
		return pith.DefaultLimits.MaxInputBytes
	}
	return o.MaxBytes
}

// Items returns a Producer of the documents in the inputs, in order: one
// item per page, per archive record that is a document, per JSONL line. A
// page's bytes are read by the worker that extracts it (Item.Load);
// archives and JSONL are read here, a record at a time, so that memory
// stays bounded by the runner's window whatever the file's size.
func Items(inputs []Input, opt ReadOptions) Producer {
	if opt.Stdin == nil {
		opt.Stdin = os.Stdin
	}
	if opt.Fetcher == nil {
		opt.Fetcher = &Fetcher{MaxBytes: opt.maxBytes()}
	}
	if opt.Readers > 1 && len(inputs) > 1 {
		return readAll(inputs, opt)
	}
	return func(ctx context.Context, emit func(*Item) error) error {
		for i := range inputs {
			in := &inputs[i]
			if err := ctx.Err(); err != nil {
				return err
			}
			if err := readInput(ctx, in, &opt, emit); err != nil {
				return err
			}
		}
		return nil
	}
}

// readAll reads opt.Readers inputs at once, each into a queue of its own,
// and emits the queues' items in input order.
func readAll(inputs []Input, opt ReadOptions) Producer {
	return func(ctx context.Context, emit func(*Item) error) error {
		ctx, cancel := context.WithCancel(ctx)
		var wg sync.WaitGroup
		defer func() {
			// Stop the readers ahead, and wait for them to close their
			// files.
			cancel()
			wg.Wait()
		}()
		queues := make([]chan *Item, len(inputs))
		start := func(i int) {
			q := make(chan *Item, readAhead)
			queues[i] = q
			wg.Go(func() {
				defer close(q)
				readInput(ctx, &inputs[i], &opt, func(it *Item) error {
					select {
					case q <- it:
						return nil
					case <-ctx.Done():
						return ctx.Err()
					}
				})
			})
		}
		for i := range min(opt.Readers, len(inputs)) {
			start(i)
		}
		for i := range inputs {
			for it := range queues[i] {
				if err := emit(it); err != nil {
					return err
				}
			}
			queues[i] = nil
			if next := i + opt.Readers; next < len(inputs) {
				start(next)
			}
		}
		return ctx.Err()
	}
}

func readInput(ctx context.Context, in *Input, opt *ReadOptions, emit func(*Item) error) error {
	size := max(in.Size, 0)
	base := Item{Name: in.Name, Rel: in.Rel, URL: opt.URL, Format: opt.Format.pageFormat(), InputBytes: size}
	if in.Kind == KindFile {
		base.Source.File = in.Name
	}
	if in.Err != nil {
		base.Err = in.Err
		return emit(&base)
	}
	switch in.Kind {
	case KindURL:
		it := base
		f := opt.Fetcher
		it.URL = in.Name
		it.Load = func(ctx context.Context, it *Item) error {
			p, err := f.Fetch(ctx, it.URL)
			if err != nil {
				return err
			}
			it.Data, it.URL, it.ContentType = p.Data, p.URL, p.ContentType
			it.InputBytes = int64(len(p.Data))
			return nil
		}
		if in.Container != ContainerPage {
			// An archive or JSONL behind a URL would need reading as a
			// stream from the response: not supported, and said so
			// rather than extracting a whole archive as one page.
			it.Err = errors.New("archives and JSONL are read from files or standard input, not URLs")
		}
		return emit(&it)
	case KindStdin:
		return readStream(ctx, &base, in.Container, opt.Stdin, opt, emit)
	}
	switch in.Container {
	case ContainerWARC, ContainerJSONL:
		f, err := os.Open(in.Name)
		if err != nil {
			base.Err = pathError(err)
			return emit(&base)
		}
		defer f.Close()
		return readStream(ctx, &base, in.Container, f, opt, emit)
	}
	it := base
	max := opt.maxBytes()
	it.Load = func(ctx context.Context, it *Item) error {
		data, err := readFile(it.Source.File, max)
		it.Data = data
		return err
	}
	return emit(&it)
}

// readStream reads a stream of documents (an archive, JSONL, or standard
// input) and emits its items.
func readStream(ctx context.Context, base *Item, c Container, r io.Reader, opt *ReadOptions, emit func(*Item) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	if c == ContainerSniff {
		c = sniff(br)
	}
	switch c {
	case ContainerWARC:
		return readWARC(ctx, base, br, opt, emit)
	case ContainerJSONL:
		return readJSONL(ctx, base, br, opt, emit)
	}
	it := *base
	it.Data, it.Err = readPage(br, opt.maxBytes())
	it.InputBytes = int64(len(it.Data))
	return emit(&it)
}

// sniff tells an archive from a page by its first bytes, looking through
// gzip.
func sniff(br *bufio.Reader) Container {
	head, _ := br.Peek(4096)
	if isGzip(head) {
		zr, err := gzip.NewReader(bytes.NewReader(head))
		if err != nil {
			return ContainerPage
		}
		var b [5]byte
		n, _ := io.ReadFull(zr, b[:])
		head = b[:n]
	}
	if bytes.HasPrefix(head, []byte("WARC/")) {
		return ContainerWARC
	}
	return ContainerPage
}

func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

// readFile reads a page from a file, decompressing gzip.
func readFile(name string, max int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, pathError(err)
	}
	defer f.Close()
	return readPage(f, max)
}

// readPage reads a whole page, decompressing it when it is gzip (told by
// its first bytes, not its name: pages saved compressed under a plain
// name are common), and failing beyond max bytes of page so that a gzip
// bomb cannot exhaust memory.
func readPage(r io.Reader, max int64) ([]byte, error) {
	br := bufio.NewReader(r)
	head, _ := br.Peek(2)
	var rd io.Reader = br
	gz := isGzip(head)
	if gz {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, gzipError(err)
		}
		rd = zr
	}
	if max >= 0 {
		rd = io.LimitReader(rd, max+1)
	}
	data, err := io.ReadAll(rd)
	if err != nil {
		if gz {
			return nil, gzipError(err)
		}
		return nil, pathError(err)
	}
	if max >= 0 && int64(len(data)) > max {
		return nil, fmt.Errorf("%w (more than %d bytes)", pith.ErrTooLarge, max)
	}
	return data, nil
}

// ErrTruncatedGzip is the error for a gzip stream that ends before its
// end: a file cut short by a failed download or copy.
var ErrTruncatedGzip = errors.New("truncated gzip")

func gzipError(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return ErrTruncatedGzip
	}
	return fmt.Errorf("damaged gzip: %w", err)
}
