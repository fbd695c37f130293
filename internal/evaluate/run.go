package evaluate

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sync"
	"time"
)

// Options configure Run.
type Options struct {
	Name  string   // extractor name shown in reports (default "pith")
	Root  string   // benchmark directory, e.g. from FindBenchDir
	Sets  []string // sets to run, in order; nil means Sets
	Mode  Mode     // ModeHTML (default) or ModeText
	Split string   // SplitAll (default), SplitTrain or SplitValidation
	Limit int      // at most that many pages per set (0: all), see LoadOptions

	// Workers is the number of pages extracted at once (default 1).
	Workers int
	// PageTimeout bounds the context of each extraction (0: none).
	PageTimeout time.Duration
	// Breakdown overrides the per-set breakdown: "page_type", "lang" or
	// "none"; "" groups wcxb-dev by page type and trafilatura-snippets by
	// language.
	Breakdown string
	// Dump, when set, is a directory where each prediction is written to
	// Dump/<set>/<id>.txt.
	Dump string
	// KeepDocs keeps the per-page results in SetResult.Pages.
	KeepDocs bool
	// Log, when set, is told about progress and each failing page.
	Log func(format string, args ...any)
}

// Run evaluates ex over the chosen sets. Pages that fail (an error or a
// panic of ex) count as empty outputs and are listed in Report.Errors; only
// an unreadable set or a cancelled ctx stops the run. In ModeText, sets
// without page text are skipped.
func Run(ctx context.Context, opt Options, ex Extractor) (*Report, error) {
	if opt.Mode == "" {
		opt.Mode = ModeHTML
	}
	if opt.Split == "" {
		opt.Split = SplitAll
	}
	if opt.Workers <= 0 {
		opt.Workers = 1
	}
	switch opt.Breakdown {
	case "", "none", "page_type", "lang":
	default:
		return nil, fmt.Errorf("evaluate: unknown breakdown %q", opt.Breakdown)
	}
	sets := opt.Sets
	if len(sets) == 0 {
		sets = Sets
	}
	logf := opt.Log
	if logf == nil {
		logf = func(string, ...any) {}
	}
	if opt.Name == "" {
		opt.Name = "pith"
	}
	rep := &Report{
		Extractor: opt.Name, Date: time.Now().UTC().Format(time.RFC3339), Mode: opt.Mode, Split: opt.Split,
		Workers: opt.Workers, NumCPU: runtime.NumCPU(), GoVersion: runtime.Version(),
	}
	for _, set := range sets {
		pages, err := Load(opt.Root, set, LoadOptions{Mode: opt.Mode, Split: opt.Split, Limit: opt.Limit})
		if errors.Is(err, ErrNoText) {
			logf("%s: no page text, skipped in text mode", set)
			continue
		}
		if err != nil {
			return rep, err
		}
		res, errs, err := runSet(ctx, opt, set, pages, ex)
		if err != nil {
			return rep, err
		}
		for _, e := range errs {
			logf("%s/%s: %s", e.Set, e.ID, e.Err)
		}
		rep.Errors = append(rep.Errors, errs...)
		rep.Sets = append(rep.Sets, res)
		if res.HasGold {
			logf("%s: %d docs, %d empty, shingle F1 %.3f, %.1f docs/s", set, res.Docs, res.Empty, res.ShingleF1, res.DocsPerSec)
		} else if res.Snippets != nil {
			logf("%s: %d docs, %d empty, snippet F1 %.3f, %.1f docs/s", set, res.Docs, res.Empty, res.Snippets.F1, res.DocsPerSec)
		}
	}
	return rep, nil
}

// runSet extracts and scores the pages of one set.
func runSet(ctx context.Context, opt Options, set string, pages []*Page, ex Extractor) (SetResult, []PageError, error) {
	preds := make([]string, len(pages))
	errs := make([]error, len(pages))
	took := make([]time.Duration, len(pages))
	jobs := make(chan int)
	var wg sync.WaitGroup
	// Measure the extraction phase alone: loading is done, scoring comes
	// after, so neither counts in the throughput.
	runtime.GC()
	cpu0, t0 := processCPU(), time.Now()
	for range opt.Workers {
		wg.Go(func() {
			for i := range jobs {
				t := time.Now()
				preds[i], errs[i] = extractOne(ctx, opt.PageTimeout, ex, pages[i])
				took[i] = time.Since(t)
			}
		})
	}
	var cancelled error
feed:
	for i := range pages {
		select {
		case jobs <- i:
		case <-ctx.Done():
			cancelled = ctx.Err()
			break feed
		}
	}
	close(jobs)
	wg.Wait()
	wall, cpu := time.Since(t0), processCPU()-cpu0
	if cancelled != nil {
		return SetResult{}, nil, cancelled
	}

	res := SetResult{Set: set, WallSeconds: wall.Seconds()}
	if cpu > 0 {
		res.CPUSeconds = cpu.Seconds()
	}
	if len(pages) > 0 {
		res.DocsPerSec = float64(len(pages)) / wall.Seconds()
		if cpu > 0 {
			res.DocsPerCPUSec = float64(len(pages)) / cpu.Seconds()
		}
	}
	var acc Accumulator
	var perr []PageError
	docs := make([]DocResult, len(pages))
	for i, p := range pages {
		docs[i] = ScoreDoc(p, preds[i], errs[i])
		docs[i].Seconds = took[i].Seconds()
		acc.Add(docs[i])
		if errs[i] != nil {
			perr = append(perr, PageError{Set: set, ID: p.ID, Err: errs[i].Error()})
		}
	}
	res.Scores = acc.Scores()
	res.Latency = latency(took)
	res.BreakdownBy = opt.Breakdown
	if res.BreakdownBy == "" {
		res.BreakdownBy = breakdownKey(set)
	} else if res.BreakdownBy == "none" {
		res.BreakdownBy = ""
	}
	res.Groups = groups(res.BreakdownBy, docs)
	if opt.KeepDocs {
		res.Pages = docs
	}
	if opt.Dump != "" {
		if err := dump(filepath.Join(opt.Dump, set), pages, preds); err != nil {
			return res, perr, err
		}
	}
	return res, perr, nil
}

// extractOne runs ex on p, turning a panic into an error so that one bad
// page cannot stop the run.
func extractOne(ctx context.Context, timeout time.Duration, ex Extractor, p *Page) (text string, err error) {
	if timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, timeout)
		defer cancel()
	}
	defer func() {
		if r := recover(); r != nil {
			text, err = "", fmt.Errorf("panic: %v\n%s", r, debug.Stack())
		}
	}()
	return ex(ctx, p)
}

// dump writes each prediction to dir/<id>.txt.
func dump(dir string, pages []*Page, preds []string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i, p := range pages {
		if err := os.WriteFile(filepath.Join(dir, p.ID+".txt"), []byte(preds[i]), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// latency summarizes the per-page extraction times.
func latency(took []time.Duration) Latency {
	if len(took) == 0 {
		return Latency{}
	}
	s := slices.Clone(took)
	slices.Sort(s)
	at := func(q float64) float64 { return s[int(q*float64(len(s)-1))].Seconds() * 1000 }
	return Latency{P50: at(0.5), P90: at(0.9), P99: at(0.99), Max: at(1)}
}
