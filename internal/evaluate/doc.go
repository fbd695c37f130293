// Package evaluate runs an extractor over the benchmark sets of
// ../shared/bench and scores its output with package metrics.
//
// It is shared by cmd/pith-eval, which evaluates pith itself, and by the
// bench module, which runs the reference extractors through the same loader
// and scorer so that their figures compare. An extractor is any Extractor
// function; Load reads a set, Run evaluates a list of sets and the Write*
// functions print the resulting Report.
package evaluate
