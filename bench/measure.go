package bench

import (
	"runtime"
	"runtime/metrics"
	"slices"
	"sync"
	"syscall"
	"time"
)

// A Run is the measurement of one extractor over one set of pages with a
// given number of cores, in this process.
type Run struct {
	Extractor string
	Set       string
	// Procs is GOMAXPROCS during the run; as many goroutines extract.
	Procs int
	// Docs and Bytes count the pages extracted and their summed size,
	// over every pass.
	Docs  int
	Bytes int64
	// Passes is the number of passes over the set.
	Passes int
	// Wall is the elapsed time; CPU the user+system time of the process
	// over the same span (less sensitive than Wall to other loads on a
	// shared machine).
	Wall, CPU time.Duration
	// P50 and P99 are percentiles of the time to extract one page.
	P50, P99 time.Duration
	// Mallocs and AllocBytes are heap allocations over the run (deltas of
	// runtime.MemStats Mallocs and TotalAlloc).
	Mallocs, AllocBytes uint64
	// PeakHeap is the high-water mark of heap objects (runtime.MemStats
	// HeapAlloc, sampled) above what was live before the run; PeakLive is
	// the largest heap marked live by a GC cycle during the run, above
	// the same baseline.
	PeakHeap, PeakLive uint64
	// Errors counts pages that returned an error, Empty pages with no
	// text (not counted for the parse floor, which returns none).
	Errors, Empty int

	lat []time.Duration // per page, for merging
}

// Merge adds the measurement o of the same extractor, set and cores to r,
// so that a measurement can be taken in slices interleaved with other
// extractors' (which spreads a shared machine's changing load over all of
// them).
func (r *Run) Merge(o Run) {
	if r.Docs == 0 {
		*r = o
		return
	}
	r.Docs += o.Docs
	r.Bytes += o.Bytes
	r.Passes += o.Passes
	r.Wall += o.Wall
	r.CPU += o.CPU
	r.Mallocs += o.Mallocs
	r.AllocBytes += o.AllocBytes
	r.PeakHeap = max(r.PeakHeap, o.PeakHeap)
	r.PeakLive = max(r.PeakLive, o.PeakLive)
	r.Errors += o.Errors
	r.Empty += o.Empty
	r.lat = append(r.lat, o.lat...)
	r.P50, r.P99 = Percentile(r.lat, 0.50), Percentile(r.lat, 0.99)
}

// DocsPerSec returns pages extracted per second of wall time.
func (r Run) DocsPerSec() float64 { return float64(r.Docs) / r.Wall.Seconds() }

// DocsPerCPUSec returns pages extracted per second of CPU time.
func (r Run) DocsPerCPUSec() float64 { return float64(r.Docs) / r.CPU.Seconds() }

// MBPerSec returns megabytes (10^6) of HTML extracted per second of wall time.
func (r Run) MBPerSec() float64 { return float64(r.Bytes) / 1e6 / r.Wall.Seconds() }

// AllocsPerDoc returns heap allocations per page.
func (r Run) AllocsPerDoc() float64 { return float64(r.Mallocs) / float64(r.Docs) }

// AllocBytesPerDoc returns bytes allocated per page.
func (r Run) AllocBytesPerDoc() float64 { return float64(r.AllocBytes) / float64(r.Docs) }

// Options tune Measure.
type Options struct {
	// MinTime is the least time to measure: passes over the pages repeat
	// until it is reached (at least one pass).
	MinTime time.Duration
	// MaxPasses bounds the passes (0: no bound).
	MaxPasses int
	// Warmup is the number of pages extracted before measuring, to fill
	// the extractors' lazy caches (compiled patterns and the like).
	Warmup int
	// SampleEvery is the heap sampling interval (default 2ms).
	SampleEvery time.Duration
}

// Measure runs x over pages with GOMAXPROCS set to procs and as many
// goroutines, each with its own Func, pulling pages in order.
func Measure(x Extractor, set string, pages []Page, procs int, o Options) Run {
	prev := runtime.GOMAXPROCS(procs)
	defer runtime.GOMAXPROCS(prev)
	if o.SampleEvery <= 0 {
		o.SampleEvery = 2 * time.Millisecond
	}

	funcs := make([]Func, procs)
	for i := range funcs {
		funcs[i] = x.New()
	}
	for i := 0; i < o.Warmup && i < len(pages); i++ {
		funcs[0](pages[i].HTML, "")
	}

	run := Run{Extractor: x.Name, Set: set, Procs: procs}
	lat := make([][]time.Duration, procs)
	errs := make([]int, procs)
	empty := make([]int, procs)
	done := make([]int64, procs) // bytes extracted
	for i := range lat {
		lat[i] = make([]time.Duration, 0, len(pages)+len(pages)/procs)
	}

	runtime.GC()
	base := heapStats()
	s := startSampler(o.SampleEvery)
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	c0 := cpuTime()
	t0 := time.Now()
	// The workers draw pages from one count that runs on across passes,
	// as a batch streams, rather than meeting at the end of each pass:
	// there the slowest page would leave the other workers idle once per
	// pass, a cost of the harness and not of the extractor. Measurement
	// stops at the first pass boundary after MinTime (or MaxPasses), so
	// every page still counts as often as every other. draw hands out the next page's index, or -1 once measurement has
	// stopped; a lock keeps the stop exact (a few dozen nanoseconds a page).
	var mu sync.Mutex
	var next int64
	stopped := false
	n := int64(len(pages))
	draw := func() int64 {
		mu.Lock()
		defer mu.Unlock()
		if !stopped && next > 0 && next%n == 0 {
			passes := next / n
			stopped = time.Since(t0) >= o.MinTime || (o.MaxPasses > 0 && passes >= int64(o.MaxPasses))
		}
		if stopped {
			return -1
		}
		next++
		return next - 1
	}
	var wg sync.WaitGroup
	for w := range procs {
		wg.Go(func() {
			f := funcs[w]
			for {
				i := draw()
				if i < 0 {
					return
				}
				page := &pages[i%n]
				start := time.Now()
				out, err := f(page.HTML, "")
				lat[w] = append(lat[w], time.Since(start))
				done[w] += int64(len(page.HTML))
				if err != nil {
					errs[w]++
				} else if out.Text == "" {
					empty[w]++
				}
			}
		})
	}
	wg.Wait()
	run.Passes = int(next / n)
	run.Wall = time.Since(t0)
	run.CPU = cpuTime() - c0
	runtime.ReadMemStats(&m1)
	peak := s.stop()

	run.Docs = 0
	for w := range procs {
		run.Docs += len(lat[w])
	}
	run.Bytes = 0
	for _, b := range done {
		run.Bytes += b
	}
	run.Mallocs = m1.Mallocs - m0.Mallocs
	run.AllocBytes = m1.TotalAlloc - m0.TotalAlloc
	run.PeakHeap = sub(peak.objects, base.objects)
	run.PeakLive = sub(peak.live, base.objects)
	for w := range procs {
		run.lat = append(run.lat, lat[w]...)
		run.Errors += errs[w]
		run.Empty += empty[w]
	}
	if x.Name == Parse {
		run.Empty = 0
	}
	run.P50, run.P99 = Percentile(run.lat, 0.50), Percentile(run.lat, 0.99)
	return run
}

func sub(a, b uint64) uint64 {
	if a < b {
		return 0
	}
	return a - b
}

// Percentile returns the q-quantile (0 <= q <= 1) of ds by the
// nearest-rank method; it sorts ds.
func Percentile(ds []time.Duration, q float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	slices.Sort(ds)
	// Nearest rank: the smallest value with at least q of the values at
	// or below it.
	rank := int(q*float64(len(ds))+0.999999999) - 1
	rank = max(0, min(rank, len(ds)-1))
	return ds[rank]
}

// cpuTime returns the user+system time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// heap holds two heap figures read from runtime/metrics.
type heap struct {
	objects uint64 // bytes in heap objects, live or not yet swept (= MemStats.HeapAlloc)
	live    uint64 // bytes marked live by the last GC cycle
}

var heapMetrics = []string{"/memory/classes/heap/objects:bytes", "/gc/heap/live:bytes"}

// heapStats reads the heap figures without stopping the world.
func heapStats() heap {
	samples := make([]metrics.Sample, len(heapMetrics))
	for i, name := range heapMetrics {
		samples[i].Name = name
	}
	metrics.Read(samples)
	return heap{objects: samples[0].Value.Uint64(), live: samples[1].Value.Uint64()}
}

// sampler tracks the high-water marks of the heap figures.
type sampler struct {
	done chan struct{}
	res  chan heap
}

func startSampler(every time.Duration) *sampler {
	s := &sampler{done: make(chan struct{}), res: make(chan heap)}
	go func() {
		samples := make([]metrics.Sample, len(heapMetrics))
		for i, name := range heapMetrics {
			samples[i].Name = name
		}
		var peak heap
		read := func() {
			metrics.Read(samples)
			peak.objects = max(peak.objects, samples[0].Value.Uint64())
			peak.live = max(peak.live, samples[1].Value.Uint64())
		}
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			read()
			select {
			case <-t.C:
			case <-s.done:
				read()
				s.res <- peak
				return
			}
		}
	}()
	return s
}

func (s *sampler) stop() heap {
	close(s.done)
	return <-s.res
}
