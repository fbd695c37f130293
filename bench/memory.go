package bench

import (
	"bytes"
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"time"
)

// ErrNoParagraphs is returned by BigPage for a page without <p> elements.
var ErrNoParagraphs = errors.New("bench: page has no <p>...</p> run to repeat")

// BigPage returns a page of at least size bytes built from a real one: the
// page's paragraphs (each <p> element, its opening tag kept and the markup
// inside it reduced to its text, so that every copy is balanced and the
// tree stays shallow) are repeated after its longest paragraph, most likely
// in the article's body, until the page is large enough. The rest of the
// page (head, navigation, footer) is kept once, so the result is what a
// very long article on that site would look like.
func BigPage(page []byte, size int) ([]byte, error) {
	var unit []byte
	at, longest := -1, -1
	for i := 0; ; {
		open := indexOpenP(page[i:])
		if open < 0 {
			break
		}
		open += i
		gt := bytes.IndexByte(page[open:], '>')
		end := indexCloseP(page[open:])
		if gt < 0 || end < 0 {
			break
		}
		gt, end = open+gt, open+end
		if gt > end { // a '>' inside an attribute ends after the </p>: skip it
			i = end + len("</p>")
			continue
		}
		unit = append(unit, '\n')
		unit = append(unit, page[open:gt+1]...)
		n := len(unit)
		unit = appendText(unit, page[gt+1:end])
		if len(unit)-n > longest {
			longest, at = len(unit)-n, end+len("</p>")
		}
		unit = append(unit, "</p>"...)
		i = end + len("</p>")
	}
	if len(unit) == 0 {
		return nil, ErrNoParagraphs
	}
	out := make([]byte, 0, size+len(page)+len(unit))
	out = append(out, page[:at]...)
	for len(out)+len(page)-at < size {
		out = append(out, unit...)
	}
	return append(out, page[at:]...), nil
}

// indexCloseP returns the offset of the first </p> end tag, ignoring case,
// or -1.
func indexCloseP(b []byte) int {
	for i := 0; i+3 < len(b); i++ {
		if b[i] == '<' && b[i+1] == '/' && (b[i+2] == 'p' || b[i+2] == 'P') && b[i+3] == '>' {
			return i
		}
	}
	return -1
}

// appendText appends markup without its tags.
func appendText(dst, markup []byte) []byte {
	for len(markup) > 0 {
		lt := bytes.IndexByte(markup, '<')
		if lt < 0 {
			return append(dst, markup...)
		}
		dst = append(dst, markup[:lt]...)
		gt := bytes.IndexByte(markup[lt:], '>')
		if gt < 0 {
			return dst
		}
		markup = markup[lt+gt+1:]
	}
	return dst
}

// indexOpenP returns the offset of the first <p> or <p ...> start tag
// (not <pre>, <param>...), ignoring case, or -1.
func indexOpenP(b []byte) int {
	for i := 0; i+2 < len(b); i++ {
		if b[i] == '<' && (b[i+1] == 'p' || b[i+1] == 'P') {
			switch b[i+2] {
			case '>', ' ', '\t', '\n', '\r', '\f', '/':
				return i
			}
		}
	}
	return -1
}

// A PeakRun is the cost of extracting one page, alone in the process.
type PeakRun struct {
	Size int
	Time time.Duration
	// PeakHeap and PeakLive are high-water marks above the heap live before
	// the call, as in Run; AllocBytes is everything allocated.
	PeakHeap, PeakLive, AllocBytes uint64
	TextLen                        int
	Err                            error
}

// MeasureOne extracts page once with a fresh Func, sampling the heap every
// interval (1ms if zero), after a GC so that the baseline is what is live.
func MeasureOne(x Extractor, page []byte, every time.Duration) PeakRun {
	if every <= 0 {
		every = time.Millisecond
	}
	f := x.New()
	runtime.GC()
	base := heapStats()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	s := startSampler(every)
	t0 := time.Now()
	out, err := f(page, "")
	d := time.Since(t0)
	peak := s.stop()
	runtime.ReadMemStats(&m1)
	return PeakRun{
		Size: len(page), Time: d, Err: err, TextLen: len(out.Text),
		PeakHeap: sub(peak.objects, base.objects), PeakLive: sub(peak.live, base.objects),
		AllocBytes: m1.TotalAlloc - m0.TotalAlloc,
	}
}

// A BatchPoint is the heap after a number of pages of a long batch.
type BatchPoint struct {
	Docs int
	// HeapLive is the heap in use after a full GC, above what was live
	// before the batch began (pages themselves included in the baseline).
	HeapLive uint64
	// HeapSys is the heap memory obtained from the OS (MemStats.HeapSys).
	HeapSys uint64
	// Goroutines is runtime.NumGoroutine, to catch leaked goroutines.
	Goroutines int
}

// Batch extracts pages in a cycle with workers goroutines, and after each
// count in checkpoints (ascending) forces a GC and records the heap. A heap
// that grows from one checkpoint to the next means memory kept across pages.
func Batch(x Extractor, pages []Page, workers int, checkpoints []int) []BatchPoint {
	funcs := make([]Func, workers)
	for i := range funcs {
		funcs[i] = x.New()
	}
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	base := m.HeapAlloc
	var points []BatchPoint
	done := 0
	for _, cp := range checkpoints {
		var next atomic.Int64
		next.Store(int64(done))
		var wg sync.WaitGroup
		for w := range workers {
			wg.Go(func() {
				for {
					i := int(next.Add(1)) - 1
					if i >= cp {
						return
					}
					funcs[w](pages[i%len(pages)].HTML, "")
				}
			})
		}
		wg.Wait()
		done = cp
		runtime.GC()
		runtime.ReadMemStats(&m)
		points = append(points, BatchPoint{Docs: cp, HeapLive: sub(m.HeapAlloc, base), HeapSys: m.HeapSys, Goroutines: runtime.NumGoroutine()})
	}
	return points
}
