// Package plaintext finds the main content of a page that is already text:
// a Common Crawl WET record, a crawler's dump, a copy-paste, the output of
// another converter. Such a text holds the article and everything around it
// (menus, share bars, captions, teasers, legal notices), a block per line
// or paragraphs separated by blank lines.
//
// A learned line classifier decides which lines are main content from what
// text still tells: length, sentence shape, function-word density, case,
// digits and dates, the vocabularies of boilerplate, captions, timestamps
// and comment threads, repetition within the page, position, the place of
// the line relative to the page's prose and to the comment chrome above
// it, and the same features of the lines around. A first stage
// scores each line from those; a second stage rescores it from the first
// stage's scores around it, which reveals the shape of the main block: it
// fills short gaps in the body and drops lines cut off from it by menus,
// repeated lines (comment chrome, teaser lists) or boilerplate headings.
// A line the first stage is sure of (a probability within 0.1 of 0 or 1)
// keeps its first score: the second stage changes the verdict on too few
// of them to be worth its time. The first stage itself stops summing its
// 50 trees for a line at the end of each run of 18 once the line's
// log-odds is beyond 2.5 either way (a probability below 0.076 or above
// 0.924): a line of the benchmark pages goes through 39 trees on average,
// one of scrapinghub's through 33, and the second stage is trained on the
// scores so cut short.
// Last, two kinds of line too rare in the training pages for the trees
// to learn are dropped by rule: the controls below the body's last
// sentence ("Report a problem", "Read more") and the captions between its
// sentences, short lines in the style of headlines. Kept lines are
// returned exactly as given.
//
// The model is trained by plaintext/internal/cmd/train-plaintext on the
// benchmark pages' texts (../shared/bench), never on their validation part
// (FNV-1a 32 of the page id, h%10 < 3), and compiled in as model_gen.go.
package plaintext

import (
	"strings"
	"sync"

	"github.com/pith-dev/pith/plaintext/internal/linefeat"
)

// Line is one non-blank line of a text with the classifier's verdict.
type Line struct {
	// Text is the line as given, without its line terminator.
	Text string
	// Main reports whether the line is part of the main content.
	Main bool
	// Score is the classifier's probability that the line is main content.
	Score float64
}

// scratch is the per-call working memory, pooled so that cleaning a page
// allocates nothing per line.
type scratch struct {
	page   linefeat.Page
	stage1 []float32
	prob   []float32
}

var pool = sync.Pool{New: func() any { return new(scratch) }}

// score classifies the lines of text and returns the probability from which
// a line is main.
func (s *scratch) score(text string) float32 {
	s.page.Load(text)
	n := len(s.page.Spans)
	if cap(s.prob) < n {
		s.prob = make([]float32, n, n+n/4)
		s.stage1 = make([]float32, n, n+n/4)
	}
	s.prob, s.stage1 = s.prob[:n], s.stage1[:n]
	model.Score(&s.page, s.stage1, s.prob)
	return linefeat.Cut(model.Threshold, s.prob)
}

// Clean returns the main content of text: its main lines, each exactly as
// given, joined by "\n". It returns "" when no line is main content. Clean
// is safe for concurrent use.
func Clean(text string) string {
	s := pool.Get().(*scratch)
	defer pool.Put(s)
	cut := s.score(text)
	size := 0
	for i, sp := range s.page.Spans {
		if s.prob[i] >= cut {
			size += sp.End - sp.Start + 1
		}
	}
	if size == 0 {
		return ""
	}
	var b strings.Builder
	b.Grow(size - 1)
	for i, sp := range s.page.Spans {
		if s.prob[i] >= cut {
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(text[sp.Start:sp.End])
		}
	}
	return b.String()
}

// Lines returns every non-blank line of text with its verdict, in order.
// Lines is safe for concurrent use.
func Lines(text string) []Line {
	s := pool.Get().(*scratch)
	defer pool.Put(s)
	cut := s.score(text)
	lines := make([]Line, len(s.page.Spans))
	for i, sp := range s.page.Spans {
		lines[i] = Line{
			Text:  text[sp.Start:sp.End],
			Main:  s.prob[i] >= cut,
			Score: float64(s.prob[i]),
		}
	}
	return lines
}
