// Command compare scores pith, go-trafilatura (default options and with
// fallback) and readeck's go-readability on every benchmark set through the
// same loader and scorer as cmd/pith-eval (internal/evaluate) and the same
// metadata scorer (internal/metaeval), and prints the figures side by side
// as markdown tables: main text per set, wcxb-dev per page type,
// trafilatura-snippets per language, and title/author/date accuracy with
// false positives. It can write them into docs/benchmarks.md between the
// compare markers.
//
// Run it from the bench module:
//
//	cd bench && go run ./cmd/compare -doc ../docs/benchmarks.md
//	cd bench && go run ./cmd/compare -limit 50 -sets scrapinghub,wcxb-dev   # a quick sample
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/pith-dev/pith/bench"
	"github.com/pith-dev/pith/internal/evaluate"
	"github.com/pith-dev/pith/internal/metaeval"
	"github.com/pith-dev/pith/metadata"
)

var (
	setsFlag = flag.String("sets", strings.Join(evaluate.Sets, ","), "comma-separated benchmark sets")
	xFlag    = flag.String("x", strings.Join([]string{bench.Pith, bench.Trafilatura, bench.TrafilaturaFallback, bench.Readability}, ","), "comma-separated extractors")
	limit    = flag.Int("limit", 0, "at most N pages per set, evaluate's fixed sample by id hash (0: all)")
	split    = flag.String("split", evaluate.SplitAll, "pages: all, train or validation (evaluate's split)")
	workers  = flag.Int("workers", 2, "pages extracted in parallel")
	timeout  = flag.Duration("timeout", 120*time.Second, "per-page timeout (the references ignore it; pith honours it)")
	noMeta   = flag.Bool("nometa", false, "skip the metadata table")
	docPath  = flag.String("doc", "", "write the tables into this file between the compare markers")
	outFile  = flag.String("o", "", "also write the markdown to this file")
	cacheDir = flag.String("cache", "", "keep the references' results in this directory and reuse them when the run's sets, limit and split match (pith always runs: it changes)")
)

// result is one extractor's evaluation.
type result struct {
	name string
	rep  *evaluate.Report
	meta metaeval.Table
	// strict is pith's metadata with --strict-dates (pith.WithStrictDates),
	// read on the same pages in a metadata-only pass.
	strict metaeval.Table
	// cached says the result comes from -cache.
	cached bool
	// seen holds the metadata each evaluated page gave, by set/id, so that
	// the metadata is scored on the same run's output.
	seen map[string]metadata.Metadata
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("compare: ")
	flag.Parse()
	xs, err := bench.Select(*xFlag)
	if err != nil {
		log.Fatal(err)
	}
	root, err := bench.DataDir()
	if err != nil {
		log.Fatal(err)
	}
	sets := strings.Split(*setsFlag, ",")
	ctx := context.Background()

	var results []*result
	for _, x := range xs {
		if r := loadCached(x.Name); r != nil {
			log.Printf("%s: reusing %s", x.Name, cachePath(x.Name))
			results = append(results, r)
			continue
		}
		r := &result{name: x.Name, seen: map[string]metadata.Metadata{}}
		var mu sync.Mutex
		// Some extractors keep state between calls: one Func per goroutine.
		pool := sync.Pool{New: func() any { return x.New() }}
		ex := func(ctx context.Context, p *evaluate.Page) (string, error) {
			f := pool.Get().(bench.Func)
			defer pool.Put(f)
			out, err := f(p.HTML, p.URL)
			mu.Lock()
			r.seen[p.Set+"/"+p.ID] = metadata.Metadata{Title: out.Title, Author: out.Author, Date: out.Date}
			mu.Unlock()
			return out.Text, err
		}
		opt := evaluate.Options{
			Root: root, Sets: sets, Split: *split, Limit: *limit, Workers: *workers, PageTimeout: *timeout,
			Log: func(format string, args ...any) {
				if !strings.Contains(format, "%s/%s: %s") { // page errors are counted in the tables
					log.Printf(x.Name+": "+format, args...)
				}
			},
		}
		r.rep, err = evaluate.Run(ctx, opt, ex)
		if err != nil {
			log.Fatal(err)
		}
		if !*noMeta {
			r.meta = scoreMetadata(root, sets, r.seen)
			if x.Name == bench.Pith {
				r.strict = strictMetadata(root, sets, r.seen)
			}
		}
		results = append(results, r)
		saveCached(r)
	}

	var md strings.Builder
	report(&md, results)
	out := md.String()
	fmt.Print(out)
	if *outFile != "" {
		if err := os.WriteFile(*outFile, []byte(out), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	if *docPath != "" {
		if err := evaluate.UpdateSection(*docPath, "compare", []byte(out)); err != nil {
			log.Fatal(err)
		}
	}
}

// cached is what -cache keeps of a reference's run.
type cached struct {
	Sets   string
	Limit  int
	Split  string
	NoMeta bool
	Report *evaluate.Report
	Meta   metaeval.Table
}

func cachePath(name string) string {
	return filepath.Join(*cacheDir, strings.ReplaceAll(name, "+", "-")+".json")
}

// loadCached returns the cached result of a reference extractor run with
// the same options, or nil.
func loadCached(name string) *result {
	if *cacheDir == "" || name == bench.Pith {
		return nil
	}
	b, err := os.ReadFile(cachePath(name))
	if err != nil {
		return nil
	}
	var c cached
	if json.Unmarshal(b, &c) != nil || c.Sets != *setsFlag || c.Limit != *limit || c.Split != *split || c.NoMeta != *noMeta || c.Report == nil {
		return nil
	}
	return &result{name: name, rep: c.Report, meta: c.Meta, cached: true}
}

func saveCached(r *result) {
	if *cacheDir == "" || r.name == bench.Pith {
		return
	}
	b, err := json.Marshal(cached{Sets: *setsFlag, Limit: *limit, Split: *split, NoMeta: *noMeta, Report: r.rep, Meta: r.meta})
	if err == nil {
		err = os.MkdirAll(*cacheDir, 0o755)
	}
	if err == nil {
		err = os.WriteFile(cachePath(r.name), b, 0o644)
	}
	if err != nil {
		log.Printf("cache: %v", err)
	}
}

// scoreMetadata scores the metadata seen during the run on the metadata
// sets that were evaluated, over the pages that were evaluated.
func scoreMetadata(root string, sets []string, seen map[string]metadata.Metadata) metaeval.Table {
	return metaeval.Evaluate(metadataPages(root, sets, seen), func(p metaeval.Page) metadata.Metadata { return seen[p.Set+"/"+p.ID] })
}

// metadataPages returns the pages of the metadata sets that were evaluated.
func metadataPages(root string, sets []string, seen map[string]metadata.Metadata) []metaeval.Page {
	var pages []metaeval.Page
	for _, set := range metaeval.Sets {
		if !slices.Contains(sets, set) {
			continue
		}
		ps, err := metaeval.Load(root, set)
		if err != nil {
			log.Fatal(err)
		}
		for _, p := range ps {
			if _, ok := seen[p.Set+"/"+p.ID]; ok {
				pages = append(pages, p)
			}
		}
	}
	return pages
}

// strictMetadata scores pith's metadata with strict dates on the pages of
// seen. Only the metadata is read again: the option changes nothing else.
func strictMetadata(root string, sets []string, seen map[string]metadata.Metadata) metaeval.Table {
	strict := metadata.Options{StrictDates: true}
	return metaeval.Evaluate(metadataPages(root, sets, seen), func(p metaeval.Page) metadata.Metadata {
		doc, err := p.Parse()
		if err != nil {
			return metadata.Metadata{}
		}
		return strict.Extract(doc, p.URL)
	})
}

func report(md *strings.Builder, rs []*result) {
	md.WriteString("### Accuracy beside the references (bench/cmd/compare)\n\n")
	fmt.Fprintf(md, "Machine: %s. Measured %s", bench.Machine(), time.Now().UTC().Format("2006-01-02 15:04 MST"))
	if mod, err := bench.ModuleDir(); err == nil {
		if rev := bench.Revision(mod + "/.."); rev != "" {
			fmt.Fprintf(md, " at commit %s", rev)
		}
	}
	fmt.Fprintf(md, ".\nCommand: `cd bench && go run ./cmd/compare %s`\n\n", strings.Join(os.Args[1:], " "))
	md.WriteString("Every extractor runs through the same loader and scorer as `cmd/pith-eval` (internal/evaluate: " +
		"shingle and word F1, snippets, as in ../shared/bench/README.md) and the same metadata scorer " +
		"(internal/metaeval), given the raw page and its URL. Empty counts pages with no output or an error. " +
		"docs/s is with " + fmt.Sprint(*workers) + " workers, docs/CPU·s per second of process CPU (see the speed section for a proper speed comparison).\n")
	for _, r := range rs {
		if r.cached {
			fmt.Fprintf(md, "%s: results reused from a -cache run of %s (the references do not change with the repository).\n", r.name, r.rep.Date)
		}
	}
	md.WriteString("\n")

	// Headline: one figure per set and extractor.
	heads := []string{"set", "metric"}
	for _, r := range rs {
		heads = append(heads, ">"+r.name)
	}
	t := bench.NewTable(heads...)
	for _, set := range setsOf(rs) {
		cells := []any{set, ""}
		for _, r := range rs {
			s := setResult(r, set)
			switch {
			case s == nil:
				cells = append(cells, "—")
			case s.HasGold && set == "wcxb-dev":
				cells[1] = "shingle F1 (word F1), empty"
				cells = append(cells, fmt.Sprintf("%.3f (%.3f), %d", s.ShingleF1, s.WordF1, s.Empty))
			case s.HasGold:
				cells[1] = "shingle F1, empty"
				cells = append(cells, fmt.Sprintf("%.3f, %d", s.ShingleF1, s.Empty))
			case s.Snippets != nil:
				cells[1] = "snippet F1, empty"
				cells = append(cells, fmt.Sprintf("%.3f, %d", s.Snippets.F1, s.Empty))
			}
		}
		t.Row(cells...)
	}
	md.WriteString(t.String())

	// Detail: precision, recall, empties and throughput.
	md.WriteString("\n#### Main text per set\n\n")
	d := bench.NewTable("set", "extractor", ">docs", ">empty", ">errors", ">P", ">R", ">F1", ">word P", ">word R", ">word F1", ">docs/s", ">docs/CPU·s")
	for _, set := range setsOf(rs) {
		for _, r := range rs {
			s := setResult(r, set)
			if s == nil {
				continue
			}
			if s.HasGold {
				d.Row(set, r.name, s.Docs, s.Empty, s.Errors, f3(s.ShingleP), f3(s.ShingleR), f3(s.ShingleF1),
					f3(s.WordP), f3(s.WordR), f3(s.WordF1), bench.F(s.DocsPerSec, 1), bench.F(s.DocsPerCPUSec, 1))
			} else if n := s.Snippets; n != nil {
				d.Row(set+" (snippets)", r.name, s.Docs, s.Empty, s.Errors, f3(n.P), f3(n.R), f3(n.F1),
					"", "", "", bench.F(s.DocsPerSec, 1), bench.F(s.DocsPerCPUSec, 1))
			}
		}
	}
	md.WriteString(d.String())

	groupTable(md, rs, "wcxb-dev", "page type", "word F1 (shingle F1)", func(g evaluate.Scores) string {
		return fmt.Sprintf("%.3f (%.3f)", g.WordF1, g.ShingleF1)
	})
	groupTable(md, rs, "trafilatura-snippets", "language", "snippet F1 (P/R)", func(g evaluate.Scores) string {
		if g.Snippets == nil {
			return "—"
		}
		return fmt.Sprintf("%.3f (%.2f/%.2f)", g.Snippets.F1, g.Snippets.P, g.Snippets.R)
	})

	var names []string
	var tables []metaeval.Table
	for _, r := range rs {
		if len(r.meta.Rows) > 0 {
			names = append(names, r.name)
			tables = append(tables, r.meta)
		}
		if len(r.strict.Rows) > 0 {
			names = append(names, r.name+" --strict-dates")
			tables = append(tables, r.strict)
		}
	}
	if len(tables) > 0 {
		md.WriteString("\n#### Metadata\n\nShare of pages with gold whose title, author and publication day are right " +
			"(internal/metaeval rules); FP: share of pages without gold for which a value is given anyway. " +
			"A trafilatura-snippets page whose gold file has no title, author or date key (139 of 990) was never annotated and counts for neither.\n\n")
		md.WriteString(metaeval.SideBySide(names, tables))
	}
}

// groupTable prints one row per breakdown group of set (in the first
// extractor's order: largest groups first) and a column per extractor.
func groupTable(md *strings.Builder, rs []*result, set, key, what string, cell func(evaluate.Scores) string) {
	var keys []string
	docs := map[string]int{}
	for _, r := range rs {
		if s := setResult(r, set); s != nil {
			for _, g := range s.Groups {
				if _, ok := docs[g.Key]; !ok {
					keys = append(keys, g.Key)
				}
				docs[g.Key] = g.Docs
			}
		}
	}
	if len(keys) == 0 {
		return
	}
	fmt.Fprintf(md, "\n#### %s per %s: %s\n\n", set, key, what)
	heads := []string{key, ">docs"}
	for _, r := range rs {
		heads = append(heads, ">"+r.name)
	}
	t := bench.NewTable(heads...)
	for _, k := range keys {
		cells := []any{k, docs[k]}
		for _, r := range rs {
			c := "—"
			if s := setResult(r, set); s != nil {
				for _, g := range s.Groups {
					if g.Key == k {
						c = cell(g.Scores)
					}
				}
			}
			cells = append(cells, c)
		}
		t.Row(cells...)
	}
	md.WriteString(t.String())
}

func setsOf(rs []*result) []string {
	var sets []string
	for _, r := range rs {
		for _, s := range r.rep.Sets {
			if !slices.Contains(sets, s.Set) {
				sets = append(sets, s.Set)
			}
		}
	}
	return sets
}

func setResult(r *result, set string) *evaluate.SetResult {
	for i := range r.rep.Sets {
		if r.rep.Sets[i].Set == set {
			return &r.rep.Sets[i]
		}
	}
	return nil
}

func f3(x float64) string { return fmt.Sprintf("%.3f", x) }
