// Package bench measures pith against reference extractors: go-trafilatura
// (default options and with fallback), readeck's go-readability, and
// golang.org/x/net/html's Parse alone, the floor every DOM-based extractor
// pays.
//
// It is a separate module so that the pith library itself gains none of the
// references' dependencies. Its commands are:
//
//	go run ./cmd/speed     in-process and whole-process speed and memory
//	go run ./cmd/compare   accuracy of pith and the references, same scorer
//
// and its go test -bench form (BenchmarkPith, BenchmarkParse,
// BenchmarkTrafilatura, ...) serves for quick profiling:
//
//	go test -run '^$' -bench Pith -cpuprofile cpu.out -memprofile mem.out
//	go tool pprof -top cpu.out
//
// Pages are read from ../shared/bench relative to the root of the pith
// repository (see DataDir); nothing of the data set is kept in this module.
package bench
