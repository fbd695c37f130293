package batch

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

const tinyPage = "<html><body><article><p>%d: The ferry leaves the harbour at dawn and reaches the island before the fishing boats come back with the morning catch.</p></article></body></html>"

// produceN emits n items whose loading takes a random short time, so that
// they finish out of order; inflight counts items emitted and not yet
// consumed.
func produceN(n int, inflight *atomic.Int64, maxInflight *atomic.Int64) Producer {
	return func(ctx context.Context, emit func(*Item) error) error {
		for i := range n {
			it := &Item{Name: fmt.Sprint(i), Data: []byte(fmt.Sprintf(tinyPage, i))}
			d := time.Duration(rand.IntN(2000)) * time.Microsecond
			it.Load = func(ctx context.Context, it *Item) error {
				time.Sleep(d)
				return nil
			}
			if err := emit(it); err != nil {
				return err
			}
			if v := inflight.Add(1); v > maxInflight.Load() {
				maxInflight.Store(v)
			}
		}
		return nil
	}
}

func TestRunnerOrderAndWindow(t *testing.T) {
	tests := []struct {
		jobs, window int
		unordered    bool
	}{
		{1, 0, false},
		{3, 0, false},
		{4, 5, false},
		{3, 0, true},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("jobs=%d,window=%d,unordered=%v", tt.jobs, tt.window, tt.unordered), func(t *testing.T) {
			var inflight, maxInflight atomic.Int64
			stats := &Stats{}
			r := &Runner{Jobs: tt.jobs, Window: tt.window, Unordered: tt.unordered, Stats: stats}
			var got []string
			err := r.Run(context.Background(), produceN(100, &inflight, &maxInflight), func(o *Outcome) error {
				inflight.Add(-1)
				if o.Err != nil {
					return o.Err
				}
				if o.Item.Data != nil {
					t.Errorf("item %s still holds its page after extraction", o.Item.Name)
				}
				got = append(got, o.Item.Name)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 100 || stats.Docs.Load() != 100 {
				t.Fatalf("%d outcomes, %d counted, want 100", len(got), stats.Docs.Load())
			}
			seen := map[string]bool{}
			for i, name := range got {
				if !tt.unordered && name != fmt.Sprint(i) {
					t.Fatalf("outcome %d is item %s", i, name)
				}
				seen[name] = true
			}
			if len(seen) != 100 {
				t.Errorf("%d distinct items, want 100", len(seen))
			}
			window := tt.window
			if window == 0 {
				window = 4 * tt.jobs
			}
			// The producer counts an item after emit returns; the
			// consumer may not have counted the one it just took.
			if m := maxInflight.Load(); m > int64(window)+1 {
				t.Errorf("%d items in flight, window %d", m, window)
			}
		})
	}
}

func TestRunnerItemFailures(t *testing.T) {
	produce := func(ctx context.Context, emit func(*Item) error) error {
		items := []*Item{
			{Name: "unreadable", Err: errors.New("permission denied")},
			{Name: "panics", Load: func(context.Context, *Item) error { panic("boom") }},
			{Name: "slow", Load: func(ctx context.Context, _ *Item) error { <-ctx.Done(); return ctx.Err() }},
			{Name: "empty", Data: []byte("  \n")},
			{Name: "good", Data: []byte(fmt.Sprintf(tinyPage, 1))},
		}
		for _, it := range items {
			if err := emit(it); err != nil {
				return err
			}
		}
		return nil
	}
	want := map[string]string{
		"unreadable": "permission denied",
		"panics":     "panic: boom",
		"slow":       "deadline exceeded",
		"empty":      "empty",
		"good":       "",
	}
	stats := &Stats{}
	r := &Runner{Jobs: 2, Timeout: 20 * time.Millisecond, Stats: stats}
	n := 0
	err := r.Run(context.Background(), produce, func(o *Outcome) error {
		n++
		w := want[o.Item.Name]
		switch {
		case w == "" && o.Err != nil:
			t.Errorf("%s: %v", o.Item.Name, o.Err)
		case w != "" && (o.Err == nil || !strings.Contains(o.Err.Error(), w)):
			t.Errorf("%s: error %v, want one saying %q", o.Item.Name, o.Err, w)
		}
		return nil
	})
	if err != nil || n != 5 {
		t.Fatalf("Run: %v, %d outcomes", err, n)
	}
	if stats.Failed.Load() != 4 || stats.Docs.Load() != 1 {
		t.Errorf("stats: %d failed, %d docs; want 4, 1", stats.Failed.Load(), stats.Docs.Load())
	}
}

// TestRunnerStopsOnConsumerError checks that a consumer's error (a closed
// output) ends the run without reading the whole input.
func TestRunnerStopsOnConsumerError(t *testing.T) {
	var emitted atomic.Int64
	produce := func(ctx context.Context, emit func(*Item) error) error {
		for i := range 100000 {
			if err := emit(&Item{Name: fmt.Sprint(i), Data: []byte(fmt.Sprintf(tinyPage, i))}); err != nil {
				return err
			}
			emitted.Add(1)
		}
		return nil
	}
	errClosed := errors.New("output closed")
	r := &Runner{Jobs: 2}
	n := 0
	err := r.Run(context.Background(), produce, func(o *Outcome) error {
		n++
		if n == 3 {
			return errClosed
		}
		return nil
	})
	if !errors.Is(err, errClosed) {
		t.Errorf("Run returned %v, want the consumer's error", err)
	}
	if e := emitted.Load(); e > 100 {
		t.Errorf("%d items read after the consumer failed", e)
	}
}
