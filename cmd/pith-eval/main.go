// Command pith-eval scores pith's main-content extraction on the benchmark
// sets of ../shared/bench with the metrics of its README, and prints the
// figures as aligned tables, markdown or JSON, or rewrites a marked section
// of docs/benchmarks.md.
//
// Run it from anywhere inside the repository:
//
//	go run ./cmd/pith-eval                                  # all sets, HTML input
//	go run ./cmd/pith-eval -mode text                       # plain-text input
//	go run ./cmd/pith-eval -sets wcxb-dev -split validation -dump /tmp/pred
//	go run ./cmd/pith-eval -update docs/benchmarks.md       # rewrite the eval section
//	go run ./cmd/pith-eval -save /tmp/before.json           # then, after a change:
//	go run ./cmd/pith-eval -diff /tmp/before.json           # what moved, and which pages
//
// Pages whose extraction fails count as empty outputs and are listed on
// stderr; they never stop the run.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"strings"
	"time"

	"github.com/pith-dev/pith"
	"github.com/pith-dev/pith/internal/evaluate"
)

const usage = `usage: pith-eval [flags]

Scores pith on the benchmark sets (shingle P/R/F1, word P/R/F1, snippet
P/R/F1 and throughput, as defined in ../shared/bench/README.md).

Examples:
  go run ./cmd/pith-eval
  go run ./cmd/pith-eval -mode text -sets scrapinghub,wcxb-dev
  go run ./cmd/pith-eval -split validation -markdown
  go run ./cmd/pith-eval -baseline pagetext          # checks the scorer
  go run ./cmd/pith-eval -update docs/benchmarks.md  # section eval (evaltext with -mode text)
  go run ./cmd/pith-eval -save /tmp/before.json      # before a change, then after it:
  go run ./cmd/pith-eval -diff /tmp/before.json      # figures before/after, pages that moved most

Flags:
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the command with its arguments and outputs, returning the exit
// status: 0, 1 for a failure, 2 for bad usage.
func run(args []string, stdout, stderr io.Writer) int {
	fail := func(format string, args ...any) int {
		fmt.Fprintf(stderr, "pith-eval: "+format+"\n", args...)
		return 1
	}
	fs := flag.NewFlagSet("pith-eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	var (
		bench     = fs.String("bench", "", "benchmark directory (default: ../shared/bench next to the repository root)")
		sets      = fs.String("sets", "", "comma-separated sets to run (default: all: "+strings.Join(evaluate.Sets, ",")+")")
		mode      = fs.String("mode", "html", "input: html (the page with its URL) or text (the page's <id>.page.txt)")
		split     = fs.String("split", "all", "pages: all, train or validation (30% of each set by FNV-1a hash of the id)")
		limit     = fs.Int("limit", 0, "at most N pages per set, a fixed sample chosen by id hash (0: all)")
		workers   = fs.Int("workers", 1, "pages extracted in parallel")
		timeout   = fs.Duration("timeout", 60*time.Second, "per-page context timeout (0: none)")
		baseline  = fs.String("baseline", "", "score a reference instead of pith: pagetext (the whole-page text itself)")
		breakdown = fs.String("breakdown", "", "override breakdowns: page_type, lang or none (default: wcxb-dev by page_type, trafilatura-snippets by lang)")
		dump      = fs.String("dump", "", "write each prediction to DIR/<set>/<id>.txt")
		asJSON    = fs.Bool("json", false, "print the report as JSON")
		perDoc    = fs.Bool("perdoc", false, "with -json, include every page's scores")
		markdown  = fs.Bool("markdown", false, "print markdown tables")
		update    = fs.String("update", "", "rewrite a marked section of this markdown file (e.g. docs/benchmarks.md) with the tables")
		section   = fs.String("section", "", "section name for -update (default: eval; evaltext with -mode text; baseline with -baseline)")
		worst     = fs.Int("worst", 0, "also print the N lowest-scoring pages of each set (on stderr)")
		slowest   = fs.Int("slowest", 0, "also print the N slowest pages (on stderr)")
		save      = fs.String("save", "", "also write the report, with every page's scores, as JSON to FILE (for -diff)")
		diff      = fs.String("diff", "", "compare with a report saved by -save: figures before and after, and the pages that changed most")
		diffPages = fs.Int("diffpages", 20, "with -diff, how many changed pages to list")
		quiet     = fs.Bool("q", false, "do not log progress and page errors on stderr")
	)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}

	opt := evaluate.Options{
		Root: *bench, Mode: evaluate.Mode(*mode), Split: *split, Limit: *limit,
		Workers: *workers, PageTimeout: *timeout, Breakdown: *breakdown,
		Dump: *dump, KeepDocs: *perDoc || *worst > 0 || *slowest > 0 || *save != "" || *diff != "",
	}
	if opt.Mode != evaluate.ModeHTML && opt.Mode != evaluate.ModeText {
		return fail("unknown -mode %q (html or text)", *mode)
	}
	if *sets != "" {
		opt.Sets = strings.Split(*sets, ",")
	}
	if opt.Root == "" {
		dir, err := evaluate.FindBenchDir(".")
		if err != nil {
			return fail("%v (use -bench)", err)
		}
		opt.Root = dir
	}
	if !*quiet {
		opt.Log = func(format string, args ...any) { fmt.Fprintf(stderr, format+"\n", args...) }
	}
	ex := pithExtractor(opt.Mode)
	switch *baseline {
	case "":
	case "pagetext":
		// The page text needs no HTML: load the sets as for text mode.
		opt.Mode, ex = evaluate.ModeText, evaluate.PageTextBaseline
		opt.Name = "whole-page text"
	default:
		return fail("unknown -baseline %q (pagetext)", *baseline)
	}

	var old *evaluate.Report
	if *diff != "" {
		var err error
		if old, err = evaluate.ReadReport(*diff); err != nil {
			return fail("%v", err)
		}
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	rep, err := evaluate.Run(ctx, opt, ex)
	if err != nil {
		return fail("%v", err)
	}
	if len(rep.Errors) > 0 && !*quiet {
		fmt.Fprintf(stderr, "%d pages failed and count as empty outputs\n", len(rep.Errors))
	}

	switch {
	case *asJSON:
		err = rep.WriteJSON(stdout)
	case *markdown:
		err = rep.WriteMarkdown(stdout)
	default:
		err = rep.WriteTable(stdout)
	}
	if err != nil {
		return fail("%v", err)
	}
	if old != nil {
		fmt.Fprintln(stdout)
		if err := rep.WriteDiff(stdout, old, *diffPages); err != nil {
			return fail("%v", err)
		}
	}
	if *save != "" {
		f, err := os.Create(*save)
		if err != nil {
			return fail("%v", err)
		}
		err = rep.WriteJSON(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fail("%v", err)
		}
	}
	if *worst > 0 {
		fmt.Fprintln(stderr)
		rep.WriteWorst(stderr, *worst)
	}
	if *slowest > 0 {
		fmt.Fprintln(stderr)
		rep.WriteSlowest(stderr, *slowest)
	}
	if *update != "" {
		name := *section
		switch {
		case name != "":
		case *baseline != "":
			name = "baseline"
		case opt.Mode == evaluate.ModeText:
			name = "evaltext"
		default:
			name = "eval"
		}
		var b bytes.Buffer
		fmt.Fprintf(&b, "Generated %s at commit %s with `go run ./cmd/pith-eval %s` (%s, %d CPUs, workers: %d).\n\n",
			rep.Date[:10], gitHead(), strings.Join(args, " "), runtime.Version(), rep.NumCPU, rep.Workers)
		if err := rep.WriteMarkdown(&b); err != nil {
			return fail("%v", err)
		}
		if err := evaluate.UpdateSection(*update, name, b.Bytes()); err != nil {
			return fail("%v", err)
		}
	}
	return 0
}

// pithExtractor runs pith: in HTML mode on the raw page with its URL, in
// text mode on the page text read as plain text.
func pithExtractor(mode evaluate.Mode) evaluate.Extractor {
	e := pith.New()
	return func(ctx context.Context, p *evaluate.Page) (string, error) {
		var res *pith.Result
		var err error
		if mode == evaluate.ModeText {
			res, err = e.ExtractBytes(ctx, []byte(p.PageText), pith.WithInputFormat(pith.InputText))
		} else {
			res, err = e.ExtractBytes(ctx, p.HTML, pith.WithURL(p.URL))
		}
		if err != nil {
			return "", err
		}
		return res.Text, nil
	}
}

// gitHead returns the short hash of the repository's HEAD, or "unknown",
// so that a generated section says which code it measured.
func gitHead() string {
	out, err := exec.Command("git", "rev-parse", "--short", "HEAD").Output()
	if err != nil {
		return "unknown"
	}
	return strings.TrimSpace(string(out))
}
