// Command speed measures the speed and memory of pith against go-trafilatura
// (default options and with fallback), readeck's go-readability and
// golang.org/x/net/html's Parse alone (the floor), on the same pages in the
// same process, with one core and with all cores; optionally as whole
// processes reading the same files, and pith's memory on a 20 MB page and
// over a batch of 10,000 pages. It prints markdown tables and can write them
// into docs/benchmarks.md between the speed markers.
//
// Run it from the bench module:
//
//	cd bench && go run ./cmd/speed -process -memory -doc ../docs/benchmarks.md
//
// Use -sample to run on a few pages of each set while iterating.
package main

import (
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/pith-dev/pith/bench"
	"github.com/pith-dev/pith/internal/evaluate"
)

var (
	setsFlag   = flag.String("sets", "scrapinghub,wcxb-dev", "comma-separated benchmark sets")
	xFlag      = flag.String("x", "all", "comma-separated extractors: "+names())
	procsFlag  = flag.String("procs", "1,"+strconv.Itoa(runtime.NumCPU()), "comma-separated GOMAXPROCS values")
	sample     = flag.Int("sample", 0, "pages per set, spread evenly (0: all)")
	rounds     = flag.Int("rounds", 3, "in-process rounds: the set is cut in this many parts and each round runs every extractor in turn on one part, so that a changing load on the machine spreads over all of them")
	minTime    = flag.Duration("mintime", time.Second, "least time per extractor per round (passes over the round's part repeat until reached)")
	maxPasses  = flag.Int("maxpasses", 20, "most passes over the round's part per extractor")
	warmup     = flag.Int("warmup", 10, "pages extracted before each in-process measurement")
	inproc     = flag.Bool("inprocess", true, "measure in process")
	process    = flag.Bool("process", false, "also time each extractor as a whole process reading the same files")
	procX      = flag.String("process-x", "pith,parse,trafilatura", "extractors timed as whole processes")
	repeats    = flag.Int("repeats", 3, "runs of each whole process (the median is reported)")
	memory     = flag.Bool("memory", false, "also measure pith on a big page and over a long batch")
	bigSize    = flag.Int("bigsize", 20<<20, "size of the big page in bytes")
	bigSet     = flag.String("bigset", "scrapinghub", "set the big page and the batch are taken from")
	batchDocs  = flag.Int("batch", 10000, "pages in the batch (cycling over the set)")
	docPath    = flag.String("doc", "", "write the tables into this file between the speed markers")
	tmpDir     = flag.String("tmp", "", "directory for page files and binaries of -process (default: a new temporary one, removed after)")
	outputFile = flag.String("o", "", "also write the markdown to this file")
)

// cleanup removes the temporary directory, also when the command fails.
var cleanup = func() {}

func fatal(err error) {
	cleanup()
	log.Fatal(err)
}

func fatalf(format string, args ...any) {
	cleanup()
	log.Fatalf(format, args...)
}

func names() string {
	var n []string
	for _, x := range bench.Extractors() {
		n = append(n, x.Name)
	}
	return strings.Join(n, ",")
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("speed: ")
	flag.Parse()
	xs, err := bench.Select(*xFlag)
	if err != nil {
		fatal(err)
	}
	var procs []int
	for _, s := range strings.Split(*procsFlag, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			fatalf("bad -procs %q", *procsFlag)
		}
		procs = append(procs, n)
	}
	data, err := bench.DataDir()
	if err != nil {
		fatal(err)
	}
	tmp := *tmpDir
	if *process && tmp == "" {
		tmp, err = os.MkdirTemp("", "pith-speed-")
		if err != nil {
			fatal(err)
		}
		cleanup = func() { os.RemoveAll(tmp) }
		defer cleanup()
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
		go func() {
			<-sig
			cleanup()
			os.Exit(1)
		}()
	}

	var md, body strings.Builder
	header(&md)
	var scaling []scale
	var checks []check
	for _, set := range strings.Split(*setsFlag, ",") {
		if set == "" {
			continue
		}
		pages, err := bench.LoadSet(data, set, *sample)
		if err != nil {
			fatal(err)
		}
		total := bench.TotalBytes(pages)
		fmt.Fprintf(&body, "\n#### %s: %d pages, %.1f MB of HTML\n\n", set, len(pages), float64(total)/1e6)
		if *inproc {
			runs := inProcess(set, pages, xs, procs)
			body.WriteString(runTable(runs, procs))
			sc := scales(set, runs, procs)
			scaling = append(scaling, sc...)
			checks = append(checks, inProcessChecks(set, runs, sc)...)
		}
		if *process {
			dir := filepath.Join(tmp, set)
			if err := bench.WritePages(pages, dir); err != nil {
				fatal(err)
			}
			body.WriteString("\nAs whole processes (each binary links only its extractor, reads the " +
				"decompressed files one by one; median of " + strconv.Itoa(*repeats) + " runs):\n\n")
			t, runs := processTable(set, dir, tmp, total, procs)
			body.WriteString(t)
			checks = append(checks, processChecks(set, runs)...)
			os.RemoveAll(dir)
		}
		pages = nil
		runtime.GC()
	}
	if len(scaling) > 0 {
		body.WriteString(scaleTable(scaling))
	}
	if *memory {
		t, c := memorySection(data)
		body.WriteString(t)
		checks = append(checks, c...)
	}
	md.WriteString(checkTable(checks))
	md.WriteString(body.String())
	out := md.String()
	fmt.Print(out)
	if *outputFile != "" {
		if err := os.WriteFile(*outputFile, []byte(out), 0o644); err != nil {
			fatal(err)
		}
	}
	if *docPath != "" {
		if err := evaluate.UpdateSection(*docPath, "speed", []byte(out)); err != nil {
			fatal(err)
		}
	}
}

func header(md *strings.Builder) {
	md.WriteString("### Speed and memory (bench/cmd/speed)\n\n")
	fmt.Fprintf(md, "Machine: %s. Measured %s", bench.Machine(), time.Now().UTC().Format("2006-01-02 15:04 MST"))
	if mod, err := bench.ModuleDir(); err == nil {
		if rev := bench.Revision(filepath.Dir(mod)); rev != "" {
			fmt.Fprintf(md, " at commit %s", rev)
		}
	}
	load := "unknown"
	if b, err := os.ReadFile("/proc/loadavg"); err == nil {
		load = strings.Join(strings.Fields(string(b))[:3], " ")
	}
	fmt.Fprintf(md, ".\nLoad average at start: %s.\nCommand: `cd bench && go run ./cmd/speed %s`\n\n", load, strings.Join(os.Args[1:], " "))
	md.WriteString("Extractors:\n")
	for _, x := range bench.Extractors() {
		fmt.Fprintf(md, "- **%s**: %s\n", x.Name, x.Doc)
	}
	md.WriteString("\nEvery extractor gets the raw page bytes and does its own charset decoding; pages are " +
		"decompressed into memory first. docs/s is pages per second of wall time, docs/CPU·s per second " +
		"of process CPU time (user+system, steadier on a shared machine); × parse and × trafilatura are " +
		"docs/s ratios against the html.Parse floor and go-trafilatura (defaults) measured with the same " +
		"cores in the same run. Allocations are runtime.MemStats deltas per page; peak heap is the sampled " +
		"high-water mark of heap objects above the heap live before the measurement (all workers together).\n")
}

func inProcess(set string, pages []bench.Page, xs []bench.Extractor, procs []int) []bench.Run {
	var runs []bench.Run
	for _, p := range procs {
		acc := make([]bench.Run, len(xs))
		nr := max(1, min(*rounds, len(pages)))
		for round := range nr {
			part := pages[round*len(pages)/nr : (round+1)*len(pages)/nr]
			for i, x := range xs {
				o := bench.Options{MinTime: *minTime, MaxPasses: *maxPasses}
				if round == 0 {
					o.Warmup = *warmup
				}
				r := bench.Measure(x, set, part, p, o)
				log.Printf("%s %s procs=%d round %d: %.1f docs/s (%.1f per CPU s; %d docs, %v)", set, x.Name, p, round+1,
					r.DocsPerSec(), r.DocsPerCPUSec(), r.Docs, r.Wall.Round(time.Millisecond))
				acc[i].Merge(r)
			}
		}
		runs = append(runs, acc...)
	}
	return runs
}

// find returns the run of the named extractor with procs cores, or nil.
func find(runs []bench.Run, name string, procs int) *bench.Run {
	for i := range runs {
		if runs[i].Extractor == name && runs[i].Procs == procs {
			return &runs[i]
		}
	}
	return nil
}

// ratio returns a/rate(b), NaN when b is missing.
func ratio(a float64, b *bench.Run, rate func(*bench.Run) float64) float64 {
	if b == nil {
		return math.NaN()
	}
	return a / rate(b)
}

func ms(d time.Duration) string { return bench.F(float64(d)/1e6, 2) }

func runTable(runs []bench.Run, procs []int) string {
	t := bench.NewTable("extractor", ">cores", ">docs/s", ">MB/s", ">docs/CPU·s", ">p50 ms", ">p99 ms",
		">allocs/page", ">KB alloc/page", ">peak heap MB", ">× parse", ">× trafilatura", ">× parse (CPU)", ">× trafilatura (CPU)", ">empty", ">errors")
	for _, r := range runs {
		d, c := r.DocsPerSec(), r.DocsPerCPUSec()
		t.Row(r.Extractor, r.Procs, bench.F(d, 1), bench.F(r.MBPerSec(), 2), bench.F(c, 1),
			ms(r.P50), ms(r.P99), bench.F(r.AllocsPerDoc(), 0), bench.F(r.AllocBytesPerDoc()/1024, 0),
			bench.F(float64(r.PeakHeap)/1e6, 1),
			bench.F(ratio(d, find(runs, bench.Parse, r.Procs), (*bench.Run).DocsPerSec), 2),
			bench.F(ratio(d, find(runs, bench.Trafilatura, r.Procs), (*bench.Run).DocsPerSec), 2),
			bench.F(ratio(c, find(runs, bench.Parse, r.Procs), (*bench.Run).DocsPerCPUSec), 2),
			bench.F(ratio(c, find(runs, bench.Trafilatura, r.Procs), (*bench.Run).DocsPerCPUSec), 2),
			fmt.Sprintf("%d/%d", r.Empty, r.Docs), r.Errors)
	}
	return t.String()
}

type scale struct {
	set, name string
	one, all  float64
	procs     int
}

func scales(set string, runs []bench.Run, procs []int) []scale {
	if len(procs) < 2 {
		return nil
	}
	lo, hi := procs[0], procs[len(procs)-1]
	var out []scale
	for _, r := range runs {
		if r.Procs != lo {
			continue
		}
		if h := find(runs, r.Extractor, hi); h != nil {
			out = append(out, scale{set: set, name: r.Extractor, one: r.DocsPerSec(), all: h.DocsPerSec(), procs: hi})
		}
	}
	return out
}

func scaleTable(sc []scale) string {
	t := bench.NewTable("set", "extractor", ">docs/s, 1 core", ">docs/s, all cores", ">cores", ">scaling")
	for _, s := range sc {
		t.Row(s.set, s.name, bench.F(s.one, 1), bench.F(s.all, 1), s.procs, bench.F(s.all/s.one, 2)+"×")
	}
	return "\n#### Scaling from one core to all (in process)\n\n" + t.String()
}

func processTable(set, dir, tmp string, total int64, procs []int) (string, []bench.ProcRun) {
	xs, err := bench.Select(*procX)
	if err != nil {
		fatal(err)
	}
	var runs []bench.ProcRun
	for _, p := range procs {
		for _, x := range xs {
			cmd, err := bench.BuildProc(x.Name, tmp)
			if err != nil {
				fatal(err)
			}
			r, err := bench.TimeProc(x.Name, cmd, dir, total, p, *repeats)
			if err != nil {
				fatal(err)
			}
			log.Printf("%s process %s procs=%d: %.1f docs/s", set, x.Name, p, r.DocsPerSec())
			runs = append(runs, r)
		}
	}
	pick := func(name string, procs int, rate func(bench.ProcRun) float64) float64 {
		for _, r := range runs {
			if r.Extractor == name && r.Procs == procs {
				return rate(r)
			}
		}
		return math.NaN()
	}
	wall, cpu := bench.ProcRun.DocsPerSec, bench.ProcRun.DocsPerCPUSec
	t := bench.NewTable("extractor", ">GOMAXPROCS", ">wall s", ">docs/s", ">CPU s", ">docs/CPU·s", ">peak RSS MB",
		">× parse", ">× trafilatura", ">× parse (CPU)", ">× trafilatura (CPU)")
	for _, r := range runs {
		d, c := r.DocsPerSec(), r.DocsPerCPUSec()
		t.Row(r.Extractor, r.Procs, bench.F(r.Wall.Seconds(), 2), bench.F(d, 1), bench.F(r.CPU.Seconds(), 2),
			bench.F(c, 1), bench.F(float64(r.MaxRSS)/1e6, 0),
			bench.F(d/pick(bench.Parse, r.Procs, wall), 2), bench.F(d/pick(bench.Trafilatura, r.Procs, wall), 2),
			bench.F(c/pick(bench.Parse, r.Procs, cpu), 2), bench.F(c/pick(bench.Trafilatura, r.Procs, cpu), 2))
	}
	return t.String(), runs
}

func memorySection(data string) (string, []check) {
	var checks []check
	var md strings.Builder
	pages, err := bench.LoadSet(data, *bigSet, 0)
	if err != nil {
		fatal(err)
	}
	// The source of the big page: the page of the set whose paragraph
	// run is longest, so that the repeated part is mostly article text.
	var src bench.Page
	best := 0
	for _, p := range pages {
		if n := paragraphRun(p.HTML); n > best {
			best, src = n, p
		}
	}
	big, err := bench.BigPage(src.HTML, *bigSize)
	if err != nil {
		fatal(err)
	}
	fmt.Fprintf(&md, "\n#### Memory: one big page\n\nA %.1f MB page made from %s/%s (%d KB) by repeating its paragraphs (as text, after its longest one); "+
		"one core; peak heap is the high-water mark of heap objects (sampled every ms) above the heap before the call, "+
		"peak live the largest heap marked live by a GC during the call.\n\n",
		float64(len(big))/1e6, *bigSet, src.ID, len(src.HTML)/1024)
	prev := runtime.GOMAXPROCS(1)
	t := bench.NewTable("extractor", ">time s", ">peak heap MB", ">peak heap / page size", ">peak live MB", ">allocated MB", ">text MB", "error")
	for _, name := range []string{bench.Pith, bench.Parse} {
		xs, _ := bench.Select(name)
		r := bench.MeasureOne(xs[0], big, time.Millisecond)
		e := ""
		if r.Err != nil {
			e = r.Err.Error()
		}
		t.Row(name, bench.F(r.Time.Seconds(), 2), bench.F(float64(r.PeakHeap)/1e6, 1),
			bench.F(float64(r.PeakHeap)/float64(len(big)), 2)+"×", bench.F(float64(r.PeakLive)/1e6, 1),
			bench.F(float64(r.AllocBytes)/1e6, 0), bench.F(float64(r.TextLen)/1e6, 1), e)
		log.Printf("big page %s: peak %.1f MB", name, float64(r.PeakHeap)/1e6)
		if name == bench.Pith {
			x := float64(r.PeakHeap) / float64(len(big))
			checks = append(checks, check{"a 20 MB page peaks below 10× its size in heap", *bigSet,
				fmt.Sprintf("%.2f× (%.0f MB for %.1f MB)", x, float64(r.PeakHeap)/1e6, float64(len(big))/1e6), "< 10×", x < 10 && r.Err == nil})
		}
	}
	runtime.GOMAXPROCS(prev)
	md.WriteString(t.String())
	big = nil
	runtime.GC()

	workers := runtime.NumCPU()
	fmt.Fprintf(&md, "\n#### Memory: a long batch\n\npith over %d pages cycling through the %d pages of %s, %d workers "+
		"(GOMAXPROCS=%d); heap live after a forced GC, above the heap before the batch (which holds the pages):\n\n",
		*batchDocs, len(pages), *bigSet, workers, runtime.GOMAXPROCS(0))
	xs, _ := bench.Select(bench.Pith)
	cps := []int{min(1000, *batchDocs), *batchDocs}
	bt := bench.NewTable(">pages done", ">heap live MB", ">heap from OS MB", ">goroutines")
	pts := bench.Batch(xs[0], pages, workers, cps)
	for _, p := range pts {
		bt.Row(p.Docs, bench.F(float64(p.HeapLive)/1e6, 2), bench.F(float64(p.HeapSys)/1e6, 1), p.Goroutines)
	}
	md.WriteString(bt.String())
	if len(pts) == 2 {
		a, b := float64(pts[0].HeapLive), float64(pts[1].HeapLive)
		// Growth within noise: a megabyte, or a tenth of the heap after
		// the first thousand pages.
		checks = append(checks, check{fmt.Sprintf("a batch of %d pages does not grow the heap", *batchDocs), *bigSet,
			fmt.Sprintf("%.2f MB live after %d pages, %.2f MB after %d", a/1e6, pts[0].Docs, b/1e6, pts[1].Docs),
			"no growth", b-a < max(1e6, a/10)})
	}
	return md.String(), checks
}

// check is one acceptance criterion of issue 6 as measured.
type check struct {
	what, set, measured, target string
	pass                        bool
}

func checkTable(cs []check) string {
	if len(cs) == 0 {
		return ""
	}
	t := bench.NewTable("criterion (issue 6)", "set", "measured", "target", "met")
	for _, c := range cs {
		met := "no"
		if c.pass {
			met = "yes"
		}
		t.Row(c.what, c.set, c.measured, c.target, met)
	}
	return "\n#### Acceptance\n\nSpeed ratios are judged on CPU time (docs per CPU second), which other " +
		"load on the shared machine disturbs far less than wall time; the wall-time ratios are in the tables below.\n\n" + t.String()
}

// inProcessChecks judges the single-core ratios and the scaling of pith.
func inProcessChecks(set string, runs []bench.Run, sc []scale) []check {
	var cs []check
	p, tr, pa := find(runs, bench.Pith, 1), find(runs, bench.Trafilatura, 1), find(runs, bench.Parse, 1)
	if p != nil && tr != nil {
		x := p.DocsPerCPUSec() / tr.DocsPerCPUSec()
		cs = append(cs, check{"in process, 1 core: pith ≥ 5× go-trafilatura", set,
			fmt.Sprintf("%.2f× (wall %.2f×)", x, p.DocsPerSec()/tr.DocsPerSec()), "≥ 5×", x >= 5})
	}
	if p != nil && pa != nil {
		x := p.DocsPerCPUSec() / pa.DocsPerCPUSec()
		cs = append(cs, check{"in process, 1 core: pith ≥ 0.6× html.Parse", set,
			fmt.Sprintf("%.2f× (wall %.2f×)", x, p.DocsPerSec()/pa.DocsPerSec()), "≥ 0.6×", x >= 0.6})
	}
	for _, s := range sc {
		if s.name == bench.Pith {
			x := s.all / s.one
			cs = append(cs, check{fmt.Sprintf("pith scales from 1 to %d cores", s.procs), set,
				fmt.Sprintf("%.2f× (wall)", x), "≥ 1.8×", x >= 1.8})
		}
	}
	return cs
}

// processChecks judges the single-core whole-process ratios.
func processChecks(set string, runs []bench.ProcRun) []check {
	get := func(name string) *bench.ProcRun {
		for i := range runs {
			if runs[i].Extractor == name && runs[i].Procs == 1 {
				return &runs[i]
			}
		}
		return nil
	}
	var cs []check
	p, tr, pa := get(bench.Pith), get(bench.Trafilatura), get(bench.Parse)
	if p != nil && tr != nil {
		x := p.DocsPerCPUSec() / tr.DocsPerCPUSec()
		cs = append(cs, check{"whole process, GOMAXPROCS=1: pith ≥ 5× go-trafilatura", set,
			fmt.Sprintf("%.2f× (wall %.2f×)", x, p.DocsPerSec()/tr.DocsPerSec()), "≥ 5×", x >= 5})
	}
	if p != nil && pa != nil {
		x := p.DocsPerCPUSec() / pa.DocsPerCPUSec()
		cs = append(cs, check{"whole process, GOMAXPROCS=1: pith ≥ 0.6× html.Parse", set,
			fmt.Sprintf("%.2f× (wall %.2f×)", x, p.DocsPerSec()/pa.DocsPerSec()), "≥ 0.6×", x >= 0.6})
	}
	return cs
}

// paragraphRun returns the length of the run BigPage would repeat.
func paragraphRun(page []byte) int {
	b, err := bench.BigPage(page, len(page)+1)
	if err != nil {
		return 0
	}
	return len(b) - len(page) - 1
}
