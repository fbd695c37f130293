package bench

import (
	"errors"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestPercentile(t *testing.T) {
	ms := func(ns ...int) []time.Duration {
		var d []time.Duration
		for _, n := range ns {
			d = append(d, time.Duration(n)*time.Millisecond)
		}
		return d
	}
	tests := []struct {
		in   []time.Duration
		q    float64
		want time.Duration
	}{
		{nil, 0.5, 0},
		{ms(7), 0.99, 7 * time.Millisecond},
		{ms(4, 1, 3, 2), 0.5, 2 * time.Millisecond},  // nearest rank 2 of 4
		{ms(4, 1, 3, 2), 0.99, 4 * time.Millisecond}, // rank 4 of 4
		{ms(5, 1, 4, 2, 3), 0.5, 3 * time.Millisecond},
		{ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0.9, 9 * time.Millisecond},
		{ms(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), 0.0, 1 * time.Millisecond},
	}
	for _, tt := range tests {
		if got := Percentile(tt.in, tt.q); got != tt.want {
			t.Errorf("Percentile(%v, %v) = %v, want %v", tt.in, tt.q, got, tt.want)
		}
	}
}

// fake is an extractor that returns the page's bytes as text, fails on
// pages starting with "!", and returns no text for pages starting with "-".
var fake = Extractor{Name: "fake", New: func() Func {
	return func(p []byte, _ string) (Output, error) {
		switch {
		case strings.HasPrefix(string(p), "!"):
			return Output{}, errors.New("bad page")
		case strings.HasPrefix(string(p), "-"):
			return Output{}, nil
		}
		return Output{Text: string(p)}, nil
	}
}}

func TestMeasureCounts(t *testing.T) {
	pages := []Page{{"a", []byte("hello")}, {"b", []byte("!oops")}, {"c", []byte("-")}, {"d", []byte("world!")}}
	before := runtime.GOMAXPROCS(0)
	for _, procs := range []int{1, 2} {
		r := Measure(fake, "s", pages, procs, Options{MaxPasses: 3, MinTime: time.Hour})
		if r.Passes != 3 || r.Docs != 12 || r.Bytes != 3*17 {
			t.Errorf("procs=%d: passes %d docs %d bytes %d, want 3, 12, 51", procs, r.Passes, r.Docs, r.Bytes)
		}
		if r.Errors != 3 || r.Empty != 3 {
			t.Errorf("procs=%d: errors %d empty %d, want 3 and 3", procs, r.Errors, r.Empty)
		}
		if r.Procs != procs || r.Wall <= 0 || r.P99 < r.P50 {
			t.Errorf("procs=%d: got procs %d wall %v p50 %v p99 %v", procs, r.Procs, r.Wall, r.P50, r.P99)
		}
	}
	if n := runtime.GOMAXPROCS(0); n != before {
		t.Errorf("GOMAXPROCS left at %d, was %d", n, before)
	}
}

func TestMerge(t *testing.T) {
	pages := []Page{{"a", []byte("hello")}, {"b", []byte("-")}}
	var acc Run
	for range 3 {
		acc.Merge(Measure(fake, "s", pages, 1, Options{MaxPasses: 1}))
	}
	if acc.Docs != 6 || acc.Passes != 3 || acc.Empty != 3 || len(acc.lat) != 6 || acc.Bytes != 18 {
		t.Errorf("merged: docs %d passes %d empty %d latencies %d bytes %d; want 6 3 3 6 18",
			acc.Docs, acc.Passes, acc.Empty, len(acc.lat), acc.Bytes)
	}
}

// holder keeps what a leaky fake extractor retains.
var holder [][]byte

func TestBatchSeesRetainedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates tens of megabytes")
	}
	pages := []Page{{"a", []byte("x")}}
	leaky := Extractor{Name: "leaky", New: func() Func {
		return func(p []byte, _ string) (Output, error) {
			holder = append(holder, make([]byte, 10<<10))
			return Output{Text: "x"}, nil
		}
	}}
	clean := Extractor{Name: "clean", New: func() Func {
		return func(p []byte, _ string) (Output, error) {
			b := make([]byte, 10<<10)
			return Output{Text: string(b[:1])}, nil
		}
	}}
	pts := Batch(leaky, pages, 2, []int{100, 1000})
	holder = nil
	if len(pts) != 2 || pts[1].Docs != 1000 {
		t.Fatalf("points %+v", pts)
	}
	// 900 more pages retaining 10 KiB each: about 9 MB more live heap.
	if grow := int64(pts[1].HeapLive) - int64(pts[0].HeapLive); grow < 8<<20 {
		t.Errorf("leaky extractor: heap grew %d bytes from 100 to 1000 pages, want >= 8 MiB", grow)
	}
	pts = Batch(clean, pages, 2, []int{100, 1000})
	if grow := int64(pts[1].HeapLive) - int64(pts[0].HeapLive); grow > 1<<20 {
		t.Errorf("clean extractor: heap grew %d bytes from 100 to 1000 pages, want < 1 MiB", grow)
	}
}

func TestMeasureOnePeak(t *testing.T) {
	const size = 32 << 20
	big := Extractor{Name: "big", New: func() Func {
		return func(p []byte, _ string) (Output, error) {
			b := make([]byte, size)
			for i := range b {
				b[i] = byte(i)
			}
			time.Sleep(20 * time.Millisecond) // let the sampler see it
			return Output{Text: string(b[:3])}, nil
		}
	}}
	r := MeasureOne(big, []byte("x"), time.Millisecond)
	if r.PeakHeap < size || r.PeakHeap > 3*size {
		t.Errorf("peak heap %d, want about %d", r.PeakHeap, size)
	}
	if r.AllocBytes < size || r.TextLen != 3 || r.Err != nil {
		t.Errorf("allocated %d text %d err %v", r.AllocBytes, r.TextLen, r.Err)
	}
}
