// Package metrics implements the scores of the benchmark sets described in
// ../shared/bench/README.md: the ScrapingHub shingle precision/recall/F1,
// WCXB's bag-of-words F1 and trafilatura's with/without snippet counts.
//
// The definitions follow that README exactly so that figures compare with
// published ones; in particular empty predictions are counted apart rather
// than silently scored as precise.
package metrics
