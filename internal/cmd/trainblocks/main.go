// Command trainblocks trains the block model of package classify on the
// training part of the benchmark sets and writes it as Go source.
//
//	go run ./internal/cmd/trainblocks -bench ../shared/bench -out classify/model_gen.go
//
// A block is labelled main content when most of its text appears in the
// page's ground truth. Pages whose id hashes into the validation part
// (FNV-1a 32 of the id, mod 10 < 3) are never read, so the evaluation
// command can report figures on pages the model has not seen. Training is
// deterministic: the same data and flags give the same model.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"hash/fnv"
	"io"
	"log"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/pith-dev/pith/classify"
	"github.com/pith-dev/pith/internal/gbdt"
	"github.com/pith-dev/pith/internal/metrics"
	"github.com/pith-dev/pith/internal/pipeline"
	"github.com/pith-dev/pith/parse"
	"github.com/pith-dev/pith/segment"
	"github.com/pith-dev/pith/selection"
)

// trainSets are the sets with full ground truth, and the weight of their
// pages. Dragnet's pages count for less: there are many of them, of one
// kind. Readability's set is Readability's own output, not human truth, but
// its pages are of kinds the other sets have few of (documentation,
// galleries, front pages); counting them fully raised the mean F1 over the
// sets' validation parts for every row-sampling seed 1-4 (0.9165 to 0.9196
// on average; readability 0.938 to 0.953, snippets 0.939 to 0.937, the
// others within a point of a thousandth or better), with the same mean
// over the training parts.
var trainSets = map[string]float32{
	"scrapinghub": 1, "wcxb-dev": 1, "cleaneval-dev": 1, "dragnet-train": 0.5, "readability": 1,
}

// snippetSets are the sets whose pages have no full ground truth but
// snippets that the main text must or must not hold (see snippets.go).
var snippetSets = map[string]float32{"trafilatura-snippets": 4}

func main() {
	bench := flag.String("bench", "../shared/bench", "directory of the benchmark sets")
	out := flag.String("out", "classify/model_gen.go", "Go file to write the model to")
	trees := flag.Int("trees", 120, "number of trees")
	depth := flag.Int("depth", 6, "depth of each tree")
	lr := flag.Float64("lr", 0.1, "learning rate")
	sample := flag.Float64("sample", 0.3, "share of the blocks each tree is grown on")
	// The seed moves a set's F1 by up to a point on its validation part; the
	// shipped model's seed (2) was chosen among 1-4 by the mean F1 over the
	// sets' training parts, never by the validation part.
	seed := flag.Int64("seed", 2, "seed of the row sampling")
	snippets := flag.Bool("snippets", true, "also learn from the blocks that hold the snippet sets' snippets")
	flag.Parse()

	var names []string
	for s := range trainSets {
		names = append(names, s)
	}
	sort.Strings(names)
	var pages []*pageData
	for _, set := range names {
		ps := loadSet(filepath.Join(*bench, set), trainSets[set], false)
		log.Printf("%s: %d pages", set, len(ps))
		pages = append(pages, ps...)
	}
	if *snippets {
		for set, weight := range snippetSets {
			ps := loadSet(filepath.Join(*bench, set), weight, true)
			log.Printf("%s: %d pages (snippet labels)", set, len(ps))
			pages = append(pages, ps...)
		}
	}
	p := gbdt.DefaultParams
	p.Trees, p.Depth, p.LearningRate, p.RowSample, p.Seed = *trees, *depth, *lr, *sample, *seed

	// Stage one, on all training pages: the model the library runs first.
	X, y, w := rows(pages, func(*pageData) bool { return true }, nil)
	log.Printf("stage 1: %d blocks, %d features", len(X), classify.NumFeatures)
	m1 := gbdt.Train(X, y, w, p)
	report("stage 1", m1, X, y, w)

	// The second stage must learn from first-stage outputs on pages the
	// first stage did not see, as at run time: two folds, each predicted by
	// a model trained on the other.
	for fold := uint32(0); fold < 2; fold++ {
		Xf, yf, wf := rows(pages, func(pd *pageData) bool { return pd.fold != fold }, nil)
		mf := gbdt.Train(Xf, yf, wf, p)
		for _, pd := range pages {
			if pd.fold == fold {
				pd.p1 = predictAll(mf, pd)
			}
		}
		log.Printf("fold %d done", fold)
	}
	X2, y2, w2 := rows(pages, func(*pageData) bool { return true }, func(pd *pageData) []float32 {
		return classify.StackFeatures(pd.links, pd.p1)
	})
	m2 := gbdt.Train(X2, y2, w2, p)
	report("stage 2", m2, X2, y2, w2)

	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	if err := gbdt.WriteGo(f, "classify", "internal/cmd/trainblocks", []string{"blockModel", "stackModel"}, []*gbdt.Model{m1, m2}); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
}

func report(stage string, m *gbdt.Model, X [][]float32, y, w []float32) {
	var wrong float64
	for i := range X {
		if (m.Predict(X[i]) >= 0.5) != (y[i] == 1) {
			wrong += float64(w[i])
		}
	}
	log.Printf("%s: training error (weighted) %.4f", stage, wrong/sum(w))
}

func predictAll(m *gbdt.Model, pd *pageData) []float32 {
	nf := classify.NumFeatures
	n := len(pd.y)
	out := make([]float32, n)
	for i := 0; i < n; i++ {
		out[i] = m.Predict(pd.X[i*nf : (i+1)*nf])
	}
	return out
}

// rows gathers the training rows of the pages that keep accepts, with the
// extra features that extra computes appended to each block's own.
func rows(pages []*pageData, keep func(*pageData) bool, extra func(*pageData) []float32) (X [][]float32, y, w []float32) {
	nf := classify.NumFeatures
	for _, pd := range pages {
		if !keep(pd) {
			continue
		}
		var ex []float32
		ne := 0
		if extra != nil {
			ex = extra(pd)
			ne = len(ex) / max(1, len(pd.y))
		}
		for i := range pd.y {
			if pd.w[i] == 0 {
				continue // a block without a label
			}
			row := pd.X[i*nf : (i+1)*nf]
			if ne > 0 {
				row = append(append(make([]float32, 0, nf+ne), row...), ex[i*ne:(i+1)*ne]...)
			}
			X = append(X, row)
		}
		for i := range pd.y {
			if pd.w[i] != 0 {
				y = append(y, pd.y[i])
				w = append(w, pd.w[i])
			}
		}
	}
	return
}

func sum(w []float32) float64 {
	var s float64
	for _, v := range w {
		s += float64(v)
	}
	return s
}

// Validation reports whether a page id belongs to the validation part.
func validation(id string) bool {
	h := fnv.New32a()
	h.Write([]byte(id))
	return h.Sum32()%10 < 3
}

type page struct{ id, url string }

// pageData holds one training page's blocks: features, labels, weights, and
// what the second stage needs.
type pageData struct {
	fold  uint32
	X     []float32
	y, w  []float32
	links []classify.Link
	p1    []float32
}

func loadSet(dir string, weight float32, snippets bool) []*pageData {
	f, err := os.Open(filepath.Join(dir, "index.jsonl"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var pages []page
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var r struct{ ID, URL string }
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			log.Fatal(err)
		}
		if !validation(r.ID) {
			pages = append(pages, page{r.ID, r.URL})
		}
	}
	res := make([]*pageData, len(pages))
	var wg sync.WaitGroup
	next := make(chan int)
	for k := 0; k < runtime.GOMAXPROCS(0); k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if snippets {
					res[i] = snippetRows(dir, pages[i].id, weight)
				} else {
					res[i] = pageRows(dir, pages[i].id, weight)
				}
			}
		}()
	}
	for i := range pages {
		next <- i
	}
	close(next)
	wg.Wait()
	var out []*pageData
	for _, pd := range res {
		if pd != nil && len(pd.y) > 0 {
			out = append(out, pd)
		}
	}
	return out
}

func pageRows(dir, id string, weight float32) *pageData {
	gold, err := os.ReadFile(filepath.Join(dir, id+".txt"))
	if err != nil {
		return nil
	}
	sp, pd := loadPage(dir, id)
	if pd == nil {
		return nil
	}
	lab := newLabeler(string(gold))
	words := rootWords(sp)
	for i := range sp.Blocks {
		b := &sp.Blocks[i]
		y := lab.label(b)
		if neverContent(sp, b) {
			y = 0
		}
		pd.y = append(pd.y, y)
		pd.w = append(pd.w, blockWeight(b, words, weight))
	}
	return pd
}

// loadPage reads, parses and segments a page of a set as the library does,
// and returns its blocks and their features, without labels.
func loadPage(dir, id string) (*segment.Page, *pageData) {
	data, err := readGz(filepath.Join(dir, id+".html.gz"))
	if err != nil {
		return nil, nil
	}
	pp, err := pipeline.Parse(data, "", parse.Limits{MaxNodes: 4_000_000, MaxDepth: 512})
	if err != nil {
		return nil, nil
	}
	sp := pp.Segment()
	_, feats := classify.Heuristic(sp)
	h := fnv.New32a()
	h.Write([]byte(id))
	return sp, &pageData{fold: (h.Sum32() >> 8) % 2, X: feats, links: classify.Links(sp)}
}

// Pages weigh the same whatever their length, as the metrics average over
// pages; within a page a block weighs by the root of its words. rootWords
// is the page's total of those roots.
func rootWords(sp *segment.Page) float64 {
	var words float64
	for _, b := range sp.Blocks {
		words += math.Sqrt(float64(b.Words) + 1)
	}
	return words
}

// blockWeight is the weight of block b on a page whose rootWords is words,
// in a set of the given weight.
func blockWeight(b *segment.Block, words float64, weight float32) float32 {
	return weight * float32(100*math.Sqrt(float64(b.Words)+1)/words)
}

// neverContent reports the blocks that are never main content by pith's
// definition, whatever a set's ground truth does with them: the headline
// and captions.
func neverContent(sp *segment.Page, b *segment.Block) bool {
	return b.Kind == segment.Caption || (b.Kind == segment.Heading && b.Level <= 2 && selection.IsTitle(b.Text, sp.Title))
}

type labeler struct {
	shingles map[string]int
	joined   string
}

func newLabeler(gold string) *labeler {
	toks := metrics.LowerTokens(gold)
	l := &labeler{shingles: make(map[string]int), joined: " " + strings.Join(toks, " ") + " "}
	for i := 0; i+4 <= len(toks); i++ {
		l.shingles[strings.Join(toks[i:i+4], " ")]++
	}
	return l
}

// label is 1 when most of the block's text appears in the ground truth:
// most of its 4-token shingles, or, for a block of fewer than 4 tokens, the
// whole block as a run of tokens.
func (l *labeler) label(b *segment.Block) float32 {
	toks := metrics.LowerTokens(b.Text)
	if len(toks) == 0 {
		return 0
	}
	if len(toks) < 4 {
		if strings.Contains(l.joined, " "+strings.Join(toks, " ")+" ") {
			return 1
		}
		return 0
	}
	hit := 0
	for i := 0; i+4 <= len(toks); i++ {
		if l.shingles[strings.Join(toks[i:i+4], " ")] > 0 {
			hit++
		}
	}
	if float64(hit) >= 0.5*float64(len(toks)-3) {
		return 1
	}
	return 0
}

func readGz(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}
