// Command train-plaintext trains the line classifier of package plaintext
// on the benchmark pages and writes it as Go source.
//
// Each page's `<id>.page.txt` is split into lines; a line is labelled main
// when most of its tokens lie in a 4-token shingle of the page that the gold
// `<id>.txt` also holds. With -heads, the non-sentences in the five lines
// above the first main sentence (headline, tag line, byline) are labelled
// boilerplate in every set, as pith's reference case (the seed pair) and the
// scrapinghub golds leave them out. It is on in the shipped model: with the
// page-shape and comment features it costs dragnet (whose golds keep the
// headline) about 0.014 shingle F1 and brings scrapinghub 0.008 and the seed
// pair the headline and tag line dropped. With -controls, the short lines
// below the last main sentence that start with a word of buttons or
// boilerplate ("Report a problem", "Read more") are labelled boilerplate,
// as nine golds in ten leave them out; with -captions, the short lines
// between two sentences in the style of headlines (a participle as the
// predicate, no auxiliary: a picture's caption). Both are on in the
// shipped model. Pages are split
// deterministically: FNV-1a 32 of the id, h%10 < 3 is validation and never
// trained on. Each training page is also trained on cut down to its main
// lines and a few around them (-augment), as pages with little chrome come
// too.
//
// Stage 1 scores lines from their features; stage 2 from stage 1's scores
// around them, trained on the outputs of stage-1 models that did not see the
// page (3-fold cross-fitting). Each stage is boosted trees (package gbdt,
// fixed seed) or, with -trees 0, an L2-regularised logistic regression fit
// by Newton's method. With -exit1 N and -exitmargin1 M, the stage-1 walk of
// a line stops after every N trees once its log-odds is beyond M either
// way (package linefeat's Forest.ExitTrees and ExitMargin), and the lines
// it is surest of skip the trees left; the cross-fitted stage-1 models
// stop the same way, so that stage 2 learns from the probabilities it will
// be given. The shipped model stops after 18 or 36 trees at a log-odds of
// 2.5: a line of the benchmark pages goes through 39 of the 50 stage-1
// trees on average. Its stage-2 trees are of depth 6 rather than 5, which
// wins back what the early exit cost scrapinghub (all pages 0.927 to 0.929,
// validation 0.918 to 0.925). The threshold maximises the mean over the
// sets of a token-level F1 on the training pages. The figures printed at
// the end are the shingle F1 of package metrics, on all pages and on the
// validation part.
//
// Usage, from the module root (the shipped model):
//
//	go run ./plaintext/internal/cmd/train-plaintext -trees1 50 -depth1 6 -trees2 30 -depth2 6 -lr 0.15 -exit1 18 -exitmargin1 2.5 -heads -controls -captions -out plaintext/model_gen.go
package main

import (
	"flag"
	"fmt"
	"hash/fnv"
	"log"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/pith-dev/pith/internal/gbdt"
	"github.com/pith-dev/pith/internal/metrics"
	"github.com/pith-dev/pith/plaintext/internal/linefeat"
)

// sets are the benchmark sets with a page text and a full gold text.
var sets = []string{"scrapinghub", "dragnet-train", "cleaneval-dev", "wcxb-dev", "readability"}

type doc struct {
	set, id   string
	val       bool
	fold      int
	page      string
	gold      string
	spans     []linefeat.Span
	x1        []float32 // NumStage1 per line
	x2        []float32 // NumStage2 per line, from cross-fitted stage 1
	x3        []float32 // NumStage2 per line, from cross-fitted stage 2
	y         []float32 // 1 main, 0 not
	tok       []float32 // tokens per line
	match     []float32 // tokens per line inside a gold shingle
	goldTok   float32
	weight    float32 // of the whole document
	prob1     []float32
	prob      []float32
	stage1Out []float32
}

func main() {
	bench := flag.String("bench", "", "benchmark directory (default: ../shared/bench from the module root)")
	out := flag.String("out", "", "write the model as Go source to this file")
	lambda := flag.Float64("l2", 1.0, "L2 penalty, per unit of document weight")
	trees1 := flag.Int("trees1", 0, "boosted trees in stage 1 (0: logistic regression)")
	trees3 := flag.Int("trees3", 0, "boosted trees in stage 3 (0: none)")
	trees2 := flag.Int("trees2", 0, "boosted trees in stage 2 (0: logistic regression)")
	depth := flag.Int("depth1", 4, "depth of the stage-1 trees")
	depth2 := flag.Int("depth2", 3, "depth of the stage-2 trees")
	minLeaf := flag.Float64("minleaf", 20, "least document weight in a leaf")
	exit1 := flag.Int("exit1", 0, "stage-1 trees after which a line's walk may stop early (0: every tree is walked)")
	exitMargin1 := flag.Float64("exitmargin1", 0, "log-odds beyond which, with -exit1, a stage-1 walk stops")
	rate := flag.Float64("lr", gbdt.DefaultParams.LearningRate, "learning rate (shrinkage) of the trees")
	dump := flag.String("dump", "", "write each validation page's lines with label and score under this directory")
	augment := flag.Bool("augment", true, "also train on copies of the pages cropped close around their main content")
	oracle := flag.Bool("oracle", false, "report the scores of the labels themselves and stop")
	sweep := flag.Bool("sweep", false, "also report the figures at thresholds around the chosen one")
	fixed := flag.Float64("threshold", 0, "use this threshold instead of the one that maximises the training figure")
	flag.BoolVar(&normalizeHeads, "heads", false, "label the non-sentences just above the body as boilerplate in every set")
	flag.BoolVar(&normalizeCaptions, "captions", false, "label the captions between sentences (short lines in headline style) as boilerplate in every set")
	flag.BoolVar(&normalizeControls, "controls", false, "label the short lines below the body that start with a word of buttons or boilerplate and end no sentence as boilerplate in every set")
	flag.Parse()
	if *bench == "" {
		*bench = findBench()
	}
	docs := load(*bench)
	log.Printf("%d documents", len(docs))
	if *oracle {
		// The labels as predictions: the ceiling of any line classifier.
		for _, d := range docs {
			d.prob = d.y
		}
		report(docs, 0.5)
		return
	}

	var train []*doc
	for _, d := range docs {
		if !d.val {
			train = append(train, d)
		}
	}
	// Augmented copies are trained on but never scored: they are not in
	// docs, and the threshold is chosen on the real pages only.
	var real []*doc
	real = append(real, train...)
	if *augment {
		rng := rand.New(rand.NewSource(1))
		for _, d := range real {
			if a := crop(d, rng); a != nil {
				train = append(train, a)
			}
		}
		log.Printf("%d training pages with %d cropped copies", len(train), len(train)-len(real))
	}
	params := gbdt.DefaultParams
	params.Trees, params.Depth = *trees1, *depth
	params.RowSample = 0.5
	params.MinLeaf = *minLeaf
	params.LearningRate = *rate
	params2 := params
	params2.Trees, params2.Depth = *trees2, *depth2
	nf1, nf2 := linefeat.NumStage1, linefeat.NumStage2
	x1 := func(d *doc) []float32 { return d.x1 }
	x2 := func(d *doc) []float32 { return d.x2 }
	// stage1Forest trains the stage-1 trees on docs, with the early exit
	// that ships, so that stage 2 learns from the probabilities it gives.
	if *exit1%2 != 0 {
		log.Fatal("-exit1 must be even")
	}
	stage1Forest := func(docs []*doc) *linefeat.Forest {
		f := forest(fitTrees(docs, x1, nf1, params))
		f.ExitTrees, f.ExitMargin = int32(*exit1), float32(*exitMargin1)
		return f
	}
	m := &linefeat.Model{}
	// Stage 1 on all training pages: the model that ships.
	if *trees1 > 0 {
		m.Trees1 = stage1Forest(train)
	} else {
		setLinear(m.W1[:], &m.B1, fit(train, x1, nf1, *lambda))
	}
	// Stage 2 must learn from stage-1 outputs like those it will see on new
	// pages, so its training inputs come from stage-1 models that did not
	// see the page (3-fold cross-fitting).
	for k := 0; k < 3; k++ {
		var part []*doc
		for _, d := range train {
			if d.fold != k {
				part = append(part, d)
			}
		}
		mk := &linefeat.Model{}
		if *trees1 > 0 {
			mk.Trees1 = stage1Forest(part)
		} else {
			setLinear(mk.W1[:], &mk.B1, fit(part, x1, nf1, *lambda))
		}
		for _, d := range train {
			if d.fold == k {
				stage2Features(d, mk)
			}
		}
	}
	if *trees2 > 0 {
		m.Trees2 = forest(fitTrees(train, x2, nf2, params2))
	} else {
		setLinear(m.W2[:], &m.B2, fit(train, x2, nf2, *lambda))
	}
	if *trees3 > 0 {
		// Stage 3 learns from stage-2 outputs of models that did not see
		// the page, as stage 2 did from stage 1's.
		for k := 0; k < 3; k++ {
			var part []*doc
			for _, d := range train {
				if d.fold != k {
					part = append(part, d)
				}
			}
			f := forest(fitTrees(part, x2, nf2, params2))
			for _, d := range train {
				if d.fold == k {
					stage3Features(d, f)
				}
			}
		}
		m.Trees3 = forest(fitTrees(train, func(d *doc) []float32 { return d.x3 }, nf2, params2))
	}
	for _, d := range docs {
		predict(d, m)
	}

	m.Threshold = bestThreshold(real)
	if *fixed > 0 {
		m.Threshold = float32(*fixed)
	}
	log.Printf("threshold %.3f", m.Threshold)
	report(docs, m.Threshold)
	if *sweep {
		sweepReport(docs, m.Threshold)
	}
	if *dump != "" {
		dumpLines(*dump, docs, m.Threshold)
	}
	if *out != "" {
		if err := writeModel(*out, m); err != nil {
			log.Fatal(err)
		}
	}
}

// findBench walks up from the working directory to the module root and
// returns ../shared/bench beside it.
func findBench() string {
	dir, err := os.Getwd()
	if err != nil {
		log.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared", "bench")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			log.Fatal("no go.mod above the working directory; pass -bench")
		}
		dir = parent
	}
}

// isValidation is the project's deterministic split.
func isValidation(id string) (bool, int) {
	h := fnv.New32a()
	h.Write([]byte(id))
	v := h.Sum32() % 10
	return v < 3, int(v % 3)
}

func load(bench string) []*doc {
	var docs []*doc
	var page linefeat.Page
	for _, set := range sets {
		paths, _ := filepath.Glob(filepath.Join(bench, set, "*.page.txt"))
		sort.Strings(paths)
		var setDocs []*doc
		for _, p := range paths {
			id := strings.TrimSuffix(filepath.Base(p), ".page.txt")
			pb, err := os.ReadFile(p)
			if err != nil {
				log.Fatal(err)
			}
			gb, err := os.ReadFile(filepath.Join(bench, set, id+".txt"))
			if err != nil {
				continue
			}
			d := &doc{set: set, id: id, page: string(pb), gold: string(gb)}
			d.val, d.fold = isValidation(id)
			page.Load(d.page)
			d.spans = append([]linefeat.Span(nil), page.Spans...)
			d.x1 = append([]float32(nil), page.X1...)
			label(d)
			setDocs = append(setDocs, d)
		}
		// Every set weighs the same in total whatever its size, tempered by
		// a square root so that large sets still count for more examples.
		for _, d := range setDocs {
			d.weight = 30 / float32(sqrtInt(len(setDocs)))
		}
		docs = append(docs, setDocs...)
		log.Printf("%s: %d documents", set, len(setDocs))
	}
	return docs
}

func sqrtInt(n int) float64 {
	x := float64(n)
	r := x
	for i := 0; i < 30; i++ {
		r = (r + x/r) / 2
	}
	return r
}

// crop returns a copy of d cut down to its main lines and a few lines on
// either side, as a page with little chrome around its content would be
// (a copy-paste, a WET record of a plain page), or nil when d has no main
// line. The copy weighs half the page.
func crop(d *doc, rng *rand.Rand) *doc {
	first, last := -1, -1
	for i, y := range d.y {
		if y > 0 {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil
	}
	lo := max(first-1-rng.Intn(6), 0)
	hi := min(last+2+rng.Intn(8), len(d.spans))
	var b strings.Builder
	for _, sp := range d.spans[lo:hi] {
		b.WriteString(d.page[sp.Start:sp.End])
		b.WriteString("\n")
	}
	a := &doc{set: d.set, id: d.id + "#crop", fold: d.fold, page: b.String(), weight: d.weight / 2}
	var page linefeat.Page
	page.Load(a.page)
	if len(page.Spans) != hi-lo {
		return nil
	}
	a.spans = append([]linefeat.Span(nil), page.Spans...)
	a.x1 = append([]float32(nil), page.X1...)
	a.y = d.y[lo:hi]
	a.tok = d.tok[lo:hi]
	a.match = d.match[lo:hi]
	return a
}

// label marks the tokens of the page that lie in a shingle the gold text
// also holds, and labels each line by the share of its tokens so marked.
func label(d *doc) {
	gold := metrics.Tokens(d.gold)
	d.goldTok = float32(len(gold))
	set := make(map[string]bool, len(gold))
	key := func(t []string) string { return strings.Join(t, "\x00") }
	for i := 0; i+4 <= len(gold); i++ {
		set[key(gold[i:i+4])] = true
	}
	var toks []string
	var line []int
	for i, sp := range d.spans {
		for _, t := range metrics.Tokens(d.page[sp.Start:sp.End]) {
			toks = append(toks, t)
			line = append(line, i)
		}
	}
	n := len(d.spans)
	d.y = make([]float32, n)
	d.tok = make([]float32, n)
	d.match = make([]float32, n)
	hit := make([]bool, len(toks))
	for i := 0; i+4 <= len(toks); i++ {
		if set[key(toks[i:i+4])] {
			hit[i], hit[i+1], hit[i+2], hit[i+3] = true, true, true, true
		}
	}
	if len(gold) < 4 && len(gold) > 0 {
		// a gold text shorter than a shingle: match its tokens one by one
		g := map[string]bool{}
		for _, t := range gold {
			g[t] = true
		}
		for i, t := range toks {
			hit[i] = g[t]
		}
	}
	for i, l := range line {
		d.tok[l]++
		if hit[i] {
			d.match[l]++
		}
	}
	for i := range d.y {
		if d.tok[i] > 0 && d.match[i] >= 0.5*d.tok[i] {
			d.y[i] = 1
		}
	}
	if normalizeHeads {
		dropHeadlines(d)
	}
	if normalizeControls {
		dropControls(d)
	}
	if normalizeCaptions {
		dropCaptions(d)
	}
}

// normalizeCaptions (-captions) makes the sets agree on captions: a short
// line that ends no sentence, between two sentences, written in the
// style of headlines, a participle as the predicate and no auxiliary
// ("Starlink terminal placed on land", "Protesters gathered outside the
// court"), is a picture's caption, which pith's reference case leaves
// out. Subheadings, which the golds keep, rarely take that form. The
// golds disagree on the few there are.
var normalizeCaptions = false

// dropCaptions labels the captions of d as boilerplate.
func dropCaptions(d *doc) {
	stats := make([]linefeat.Stats, len(d.spans))
	for i, sp := range d.spans {
		stats[i] = linefeat.Measure(d.page[sp.Start:sp.End])
	}
	sentence := func(s *linefeat.Stats) bool { return s.Words >= 8 && s.EndTerminal }
	for i := 1; i+1 < len(d.spans); i++ {
		s := &stats[i]
		if s.Words >= 2 && s.Words <= 10 && !s.EndTerminal && !s.EndColon && s.Participle && !s.Aux &&
			sentence(&stats[i-1]) && sentence(&stats[i+1]) {
			d.y[i] = 0
		}
	}
}

// normalizeControls (-controls) makes the sets agree on the controls below
// the body: a short line that starts with a word of buttons, links or
// boilerplate and ends no sentence ("Report a problem with article", "Read
// more", "Post a comment", "Share this"), after the last main sentence, is
// left out by nine golds in ten, but the few that keep one taught the
// model to keep such a line when it reads like a short sentence. In the
// body, where a gold may keep such a line as a subheading, the labels
// stand.
var normalizeControls = false

// dropControls labels the controls of d below its last main sentence as
// boilerplate.
func dropControls(d *doc) {
	last := -1
	stats := make([]linefeat.Stats, len(d.spans))
	for i, sp := range d.spans {
		stats[i] = linefeat.Measure(d.page[sp.Start:sp.End])
		if d.y[i] > 0 && stats[i].EndTerminal && stats[i].Words >= 8 {
			last = i
		}
	}
	if last < 0 {
		return
	}
	for i := last + 1; i < len(d.spans); i++ {
		if s := &stats[i]; s.StartUI && s.Words <= 8 && !s.EndTerminal {
			d.y[i] = 0
		}
	}
}

// normalizeHeads (-heads) makes the sets agree on the lines just above the body:
// most golds (and pith's own reference case) leave out the headline, tag
// line and byline, but some keep them, which would teach the model to
// keep whatever short lines precede a body.
var normalizeHeads = false

// dropHeadlines labels as boilerplate the lines that are not sentences in
// the five lines above the first main sentence of d.
func dropHeadlines(d *doc) {
	for b, sp := range d.spans {
		if d.y[b] == 0 {
			continue
		}
		s := linefeat.Measure(d.page[sp.Start:sp.End])
		if !s.EndTerminal || s.Words < 8 {
			continue
		}
		for i := max(b-5, 0); i < b; i++ {
			if !linefeat.Measure(d.page[d.spans[i].Start:d.spans[i].End]).EndTerminal {
				d.y[i] = 0
			}
		}
		return
	}
}

// lineWeights returns the training weight of each line of d: the document's
// weight spread over its lines by their tokens, as the metrics count
// tokens, with a floor so that the many short lines still teach something.
func lineWeight(d *doc, i int, total float32) float32 {
	return d.weight * (d.tok[i] + 2) / total
}

func docTotal(d *doc) float32 {
	t := float32(0)
	for _, v := range d.tok {
		t += v + 2
	}
	return t
}

func stage2Features(d *doc, m *linefeat.Model) {
	var page linefeat.Page
	page.Load(d.page)
	prob := make([]float32, len(d.spans))
	m.Stage1(&page, prob)
	page.Stage2(prob)
	d.x2 = append([]float32(nil), page.X2...)
}

func stage3Features(d *doc, f *linefeat.Forest) {
	var page linefeat.Page
	page.Load(d.page)
	nf := linefeat.NumStage2
	prob := make([]float32, len(d.spans))
	for i := range prob {
		prob[i] = float32(sigmoid(float64(f.Margin(d.x2[i*nf : (i+1)*nf]))))
	}
	page.Stage2(prob)
	d.x3 = append([]float32(nil), page.X2...)
}

func setLinear(w []float32, b *float32, beta []float64) {
	for j := range w {
		w[j] = float32(beta[j])
	}
	*b = float32(beta[len(w)])
}

// fitTrees trains boosted trees on the lines of docs with the same weights
// as fit.
func fitTrees(docs []*doc, feat func(*doc) []float32, nf int, p gbdt.Params) *gbdt.Model {
	var X [][]float32
	var y, w []float32
	for _, d := range docs {
		x, tot := feat(d), docTotal(d)
		for i := range d.spans {
			X = append(X, x[i*nf:(i+1)*nf:(i+1)*nf])
			y = append(y, d.y[i])
			w = append(w, lineWeight(d, i, tot))
		}
	}
	// Scale the weights to a mean of 1, so that MinLeaf and Lambda count
	// lines.
	sum := float32(0)
	for _, v := range w {
		sum += v
	}
	for i := range w {
		w[i] *= float32(len(w)) / sum
	}
	return gbdt.Train(X, y, w, p)
}

func predict(d *doc, m *linefeat.Model) {
	var page linefeat.Page
	page.Load(d.page)
	d.prob1 = make([]float32, len(d.spans))
	d.prob = make([]float32, len(d.spans))
	m.Score(&page, d.prob1, d.prob)
}

func (d *doc) output(th float32) string {
	th = linefeat.Cut(th, d.prob)
	var b strings.Builder
	for i, sp := range d.spans {
		if d.prob[i] >= th {
			if b.Len() > 0 {
				b.WriteByte('\n')
			}
			b.WriteString(d.page[sp.Start:sp.End])
		}
	}
	return b.String()
}

// bestThreshold picks the threshold that maximises the mean over the sets
// of a token-level F1 that stands in for the shingle F1 (it needs no
// shingling per candidate threshold).
func bestThreshold(docs []*doc) float32 {
	best, bestT := -1.0, float32(0.5)
	for t := float32(0.2); t <= 0.8; t += 0.02 {
		sum := 0.0
		for _, set := range sets {
			var sp, sr float64
			np, nr := 0, 0
			for _, d := range docs {
				if d.set != set {
					continue
				}
				var tp, kept float32
				cut := linefeat.Cut(t, d.prob)
				for i := range d.spans {
					if d.prob[i] >= cut {
						tp += d.match[i]
						kept += d.tok[i]
					}
				}
				if kept > 0 {
					sp += float64(tp / kept)
					np++
				}
				if d.goldTok > 0 {
					sr += float64(min(tp/d.goldTok, 1))
					nr++
				}
			}
			if np > 0 && nr > 0 {
				p, r := sp/float64(np), sr/float64(nr)
				if p+r > 0 {
					sum += 2 * p * r / (p + r)
				}
			}
		}
		if sum > best {
			best, bestT = sum, t
		}
	}
	return bestT
}

func report(docs []*doc, th float32) {
	fmt.Printf("%-14s %-5s %5s %7s %7s %7s %6s %7s\n", "set", "part", "docs", "P", "R", "F1", "empty", "wordF1")
	for _, set := range sets {
		for _, part := range []string{"all", "val"} {
			var ss metrics.ShingleSet
			var ws metrics.WordSet
			for _, d := range docs {
				if d.set != set || (part == "val" && !d.val) {
					continue
				}
				out := d.output(th)
				ss.Add(metrics.Shingle(d.gold, out))
				ws.Add(metrics.Word(d.gold, out))
			}
			p, r, f, n, e := ss.Result()
			_, _, wf, _ := ws.Result()
			fmt.Printf("%-14s %-5s %5d %7.3f %7.3f %7.3f %6d %7.3f\n", set, part, n, p, r, f, e, wf)
		}
	}
}

// dumpLines writes, for each validation page, one row per line: the label,
// the score, a mark where they disagree, and the line.
func dumpLines(dir string, docs []*doc, th float32) {
	for _, d := range docs {
		if !d.val {
			continue
		}
		var b strings.Builder
		for i, sp := range d.spans {
			mark := " "
			if (d.prob[i] >= th) != (d.y[i] > 0) {
				mark = "X"
			}
			line := d.page[sp.Start:sp.End]
			if len(line) > 150 {
				line = line[:150]
			}
			fmt.Fprintf(&b, "%.0f %.2f %s %s\n", d.y[i], d.prob[i], mark, line)
		}
		os.MkdirAll(filepath.Join(dir, d.set), 0o755)
		os.WriteFile(filepath.Join(dir, d.set, d.id+".txt"), []byte(b.String()), 0o644)
	}
}

// sweepReport prints, for thresholds around th, each set's shingle F1 on
// all pages and on the validation part (word F1 for wcxb-dev, its own
// metric), one row per threshold.
func sweepReport(docs []*doc, th float32) {
	fmt.Printf("%-6s", "thr")
	for _, set := range sets {
		fmt.Printf(" %14s", set)
	}
	fmt.Println()
	for t := th - 0.12; t <= th+0.121; t += 0.04 {
		fmt.Printf("%-6.2f", t)
		for _, set := range sets {
			var all, val metrics.ShingleSet
			var wall, wval metrics.WordSet
			for _, d := range docs {
				if d.set != set {
					continue
				}
				out := d.output(t)
				sc, wc := metrics.Shingle(d.gold, out), metrics.Word(d.gold, out)
				all.Add(sc)
				wall.Add(wc)
				if d.val {
					val.Add(sc)
					wval.Add(wc)
				}
			}
			_, _, fa, _, _ := all.Result()
			_, _, fv, _, _ := val.Result()
			if set == "wcxb-dev" {
				_, _, fa, _ = wall.Result()
				_, _, fv, _ = wval.Result()
			}
			fmt.Printf("    %.3f/%.3f", fa, fv)
		}
		fmt.Println()
	}
}
