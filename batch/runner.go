package batch

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"

	"github.com/pith-dev/pith"
)

// Outcome is an item after extraction: its Result, or the error that
// stopped it (the item's own Err when it could not be read).
type Outcome struct {
	Item   *Item
	Result *pith.Result
	Err    error
}

// Runner extracts the items of a Producer on several workers and hands the
// outcomes to a consumer, in input order unless Unordered. At most Window
// items are in flight (read and not yet consumed), so memory is bounded
// whatever the input's size.
type Runner struct {
	// Extractor does the extraction (default pith.New()).
	Extractor *pith.Extractor
	// Options are given to every ExtractBytes call, before the item's own
	// URL, Content-Type and input format.
	Options []pith.Option
	// Jobs is the number of workers (default runtime.NumCPU()).
	Jobs int
	// Window is the most items in flight (default 4 × Jobs). In order, a
	// slow item holds back the consumption of the Window items after it.
	Window int
	// Unordered hands outcomes over as they are done.
	Unordered bool
	// Timeout, when positive, bounds each item's load and extraction
	// through its context.
	Timeout time.Duration
	// Stats, when not nil, counts documents, failures and bytes.
	Stats *Stats
}

type job struct {
	seq int64
	o   Outcome
}

// Run runs the producer and extracts what it emits; consume is called for
// each outcome from Run's goroutine, one at a time. Run returns the first
// error of produce or consume (which then stops the run), or of ctx;
// failures of single items are not errors of the run: they come as
// outcomes with Err set.
func (r *Runner) Run(ctx context.Context, produce Producer, consume func(*Outcome) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := r.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	window := r.Window
	if window <= 0 {
		window = 4 * jobs
	}
	window = max(window, jobs)
	ex := r.Extractor
	if ex == nil {
		ex = pith.New()
	}

	tokens := make(chan struct{}, window) // one per item in flight
	in := make(chan job, jobs)
	out := make(chan job, window)

	var prodErr error
	go func() {
		defer close(in)
		var seq int64
		prodErr = produce(ctx, func(it *Item) error {
			select {
			case tokens <- struct{}{}:
			case <-ctx.Done():
				return ctx.Err()
			}
			select {
			case in <- job{seq: seq, o: Outcome{Item: it}}:
				seq++
				return nil
			case <-ctx.Done():
				<-tokens
				return ctx.Err()
			}
		})
	}()

	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for j := range in {
				if ctx.Err() == nil {
					r.extract(ctx, ex, &j.o)
				} else {
					j.o.Err = ctx.Err()
				}
				out <- j
			}
		})
	}
	go func() {
		wg.Wait()
		close(out)
	}()

	var consErr error
	give := func(o *Outcome) {
		<-tokens
		if consErr != nil {
			return
		}
		r.count(o)
		if err := consume(o); err != nil {
			consErr = err
			cancel()
		}
	}
	pending := make(map[int64]*Outcome)
	var next int64
	for j := range out {
		if r.Unordered {
			give(&j.o)
			continue
		}
		pending[j.seq] = &j.o
		for {
			o, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			give(o)
		}
	}
	switch {
	case consErr != nil:
		return consErr
	case prodErr != nil && !errors.Is(prodErr, context.Canceled):
		return prodErr
	}
	return context.Cause(ctx)
}

func (r *Runner) count(o *Outcome) {
	if r.Stats == nil {
		return
	}
	if o.Err != nil {
		r.Stats.Failed.Add(1)
	} else {
		r.Stats.Docs.Add(1)
	}
	r.Stats.Bytes.Add(o.Item.InputBytes)
}

// extract loads and extracts one item. A panic in the library is turned
// into the item's error: in a batch of millions one bad page must not end
// the run.
func (r *Runner) extract(ctx context.Context, ex *pith.Extractor, o *Outcome) {
	it := o.Item
	if it.Err != nil {
		o.Err = it.Err
		return
	}
	if r.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, r.Timeout)
		defer cancel()
	}
	defer func() {
		if p := recover(); p != nil {
			o.Result = nil
			o.Err = fmt.Errorf("internal error (please report it): panic: %v", p)
		}
		it.Data = nil // the page is no longer needed; the window holds only results
	}()
	if it.Load != nil {
		if err := it.Load(ctx, it); err != nil {
			o.Err = err
			return
		}
	}
	opts := append(r.Options[:len(r.Options):len(r.Options)],
		pith.WithURL(it.URL), pith.WithContentType(it.ContentType), pith.WithInputFormat(it.Format))
	res, err := ex.ExtractBytes(ctx, it.Data, opts...)
	if err != nil && errors.Is(err, context.DeadlineExceeded) && r.Timeout > 0 {
		err = fmt.Errorf("timed out after %s: %w", r.Timeout, err)
	}
	o.Result, o.Err = res, err
}
