package batch

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// Reporter writes a run's messages to a stream, standard error for the
// command: one line per failure, and on a terminal a progress line
// refreshed in place. It is safe for concurrent use.
type Reporter struct {
	mu    sync.Mutex
	w     io.Writer
	prog  string
	stats *Stats
	live  bool // a progress line is being refreshed
	shown bool // the progress line is on screen now
	stop  chan struct{}
	done  chan struct{}
}

// NewReporter returns a Reporter that writes to w, naming the program prog
// at the start of each line ("pith: NAME: reason").
func NewReporter(w io.Writer, prog string, stats *Stats) *Reporter {
	return &Reporter{w: w, prog: prog, stats: stats}
}

// Fail reports a failed outcome on one line: "PROG: NAME: reason".
func (r *Reporter) Fail(o *Outcome) {
	r.Printf("%s: %s", o.Item.Name, Reason(o.Err))
}

// Printf writes a line "PROG: " + the formatted message, clearing the
// progress line first.
func (r *Reporter) Printf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.clear()
	fmt.Fprintf(r.w, "%s: %s\n", r.prog, fmt.Sprintf(format, args...))
}

// clear erases the progress line; r.mu is held.
func (r *Reporter) clear() {
	if r.shown {
		io.WriteString(r.w, "\r\x1b[K")
		r.shown = false
	}
}

// StartProgress refreshes a progress line every interval until
// StopProgress: only for a terminal, since the line is redrawn with a
// carriage return.
func (r *Reporter) StartProgress(interval time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.live {
		return
	}
	r.live = true
	r.stop, r.done = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(r.done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-r.stop:
				return
			case <-t.C:
				r.mu.Lock()
				fmt.Fprintf(r.w, "\r\x1b[K%s", r.stats.Line(true))
				r.shown = true
				r.mu.Unlock()
			}
		}
	}()
}

// StopProgress stops the progress line and erases it.
func (r *Reporter) StopProgress() {
	r.mu.Lock()
	live := r.live
	r.live = false
	r.mu.Unlock()
	if live {
		close(r.stop)
		<-r.done
	}
	r.mu.Lock()
	r.clear()
	r.mu.Unlock()
}

// Summary writes the run's one-line summary.
func (r *Reporter) Summary() {
	r.Printf("%s", r.stats.Line(false))
}
