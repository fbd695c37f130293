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
)

// trainSets are the sets with full ground truth, and the weight of their
// pages. Readability's set is Readability's own output, not human truth, so
// it counts for less.
var trainSets = map[string]float32{
	"scrapinghub": 1, "wcxb-dev": 1, "cleaneval-dev": 1, "dragnet-train": 0.5, "readability": 0.5,
}

func main() {
	bench := flag.String("bench", "../shared/bench", "directory of the benchmark sets")
	out := flag.String("out", "classify/model_gen.go", "Go file to write the model to")
	trees := flag.Int("trees", 200, "number of trees")
	depth := flag.Int("depth", 6, "depth of each tree")
	lr := flag.Float64("lr", 0.1, "learning rate")
	flag.Parse()

	var X [][]float32
	var y, w []float32
	var names []string
	for s := range trainSets {
		names = append(names, s)
	}
	sort.Strings(names)
	for _, set := range names {
		sx, sy, sw, n := loadSet(filepath.Join(*bench, set), trainSets[set])
		log.Printf("%s: %d pages, %d blocks", set, n, len(sx))
		X = append(X, sx...)
		y = append(y, sy...)
		w = append(w, sw...)
	}
	var pos float64
	for _, v := range y {
		pos += float64(v)
	}
	log.Printf("training on %d blocks (%.1f%% main), %d features", len(X), 100*pos/float64(len(y)), classify.NumFeatures)
	p := gbdt.DefaultParams
	p.Trees, p.Depth, p.LearningRate = *trees, *depth, *lr
	m := gbdt.Train(X, y, w, p)
	var wrong float64
	for i := range X {
		if (m.Predict(X[i]) >= 0.5) != (y[i] == 1) {
			wrong += float64(w[i])
		}
	}
	log.Printf("training error (weighted): %.4f", wrong/sum(w))
	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	if err := m.WriteGo(f, "classify", "blockModel", "internal/cmd/trainblocks"); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
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

func loadSet(dir string, weight float32) (X [][]float32, y, w []float32, n int) {
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
	type rows struct {
		X    [][]float32
		y, w []float32
	}
	res := make([]rows, len(pages))
	var wg sync.WaitGroup
	next := make(chan int)
	for k := 0; k < runtime.GOMAXPROCS(0); k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				X, y, w := pageRows(dir, pages[i].id, weight)
				res[i] = rows{X, y, w}
			}
		}()
	}
	for i := range pages {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, r := range res {
		X = append(X, r.X...)
		y = append(y, r.y...)
		w = append(w, r.w...)
	}
	return X, y, w, len(pages)
}

func pageRows(dir, id string, weight float32) (X [][]float32, y, w []float32) {
	data, err := readGz(filepath.Join(dir, id+".html.gz"))
	if err != nil {
		return
	}
	gold, err := os.ReadFile(filepath.Join(dir, id+".txt"))
	if err != nil {
		return
	}
	pp, err := pipeline.Parse(data, "", parse.Limits{MaxNodes: 4_000_000, MaxDepth: 512})
	if err != nil {
		return
	}
	sp := pp.Segment()
	_, feats := classify.Heuristic(sp)
	lab := newLabeler(string(gold))
	nf := classify.NumFeatures
	// Pages are weighted equally whatever their length: the metrics average
	// over pages. Within a page, a block weighs by its share of the words.
	var words float64
	for _, b := range sp.Blocks {
		words += math.Sqrt(float64(b.Words) + 1)
	}
	for i := range sp.Blocks {
		b := &sp.Blocks[i]
		X = append(X, feats[i*nf:(i+1)*nf])
		y = append(y, lab.label(b))
		w = append(w, weight*float32(100*math.Sqrt(float64(b.Words)+1)/words))
	}
	return
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


