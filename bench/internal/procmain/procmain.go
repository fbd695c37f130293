// Package procmain is the shared body of the whole-process benchmark
// binaries under bench/proc: each links only its own extractor, so that the
// process measures that extractor's start-up as well as its work.
package procmain

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Run extracts every *.html file in the directory named by the first
// argument, in name order, reading each with os.ReadFile, and prints the
// number of pages, errors and output bytes. extract returns the length of
// the text it produced.
func Run(extract func(page []byte) (int, error)) {
	if len(os.Args) != 2 {
		fmt.Fprintf(os.Stderr, "usage: %s DIR\n", filepath.Base(os.Args[0]))
		os.Exit(2)
	}
	names, err := filepath.Glob(filepath.Join(os.Args[1], "*.html"))
	if err != nil || len(names) == 0 {
		fmt.Fprintf(os.Stderr, "no *.html files in %s\n", os.Args[1])
		os.Exit(1)
	}
	sort.Strings(names)
	var pages, errs, out int
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		n, err := extract(b)
		pages++
		if err != nil {
			errs++
		}
		out += n
	}
	fmt.Printf("pages=%d errors=%d out=%d rss=%d\n", pages, errs, out, peakRSS())
}

// peakRSS returns the process's peak resident set size in bytes (VmHWM),
// or 0 if unknown. It is read here rather than from the parent's rusage,
// which on Linux can report the parent's own size for a child it forked.
func peakRSS() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb * 1024
		}
	}
	return 0
}
