package linefeat

import "math"

// Per-line features, from the line alone. Each is a count, a ratio in
// [0, 1], a logarithm of a count or a flag.
const (
	fLogRunes = iota
	fLogWords
	fEndTerminal
	fEndColon
	fTerminalsPerWord
	fCommasPerWord
	fStopRatio
	fLogStop
	fCapRatio
	fAllCaps
	fDigitRatio
	fDate
	fTime
	fSepsPerWord
	fStartBullet
	fBoil
	fBoilRatio
	fCopyright
	fURL
	fLogRepeats
	fStartLower
	fCJKRatio
	fPunctRatio
	fEndComma
	fBlankBefore
	fLongWordRatio
	fStartDigit
	fUIRatio
	fMediaWords
	fTimeWords
	fTagLike
	fCommentWords
	fStartUI
	fParticiple
	numOwn
)

// Features of the neighbours, of the window around the line and of its
// place in the page, appended to the line's own.
// fNeighbours starts 3 features (words, sentence end, stop words) for each
// of the lines at -2, -1, +1 and +2.
const fNeighbours = numOwn

const (
	fWinWords3 = fNeighbours + 12 + iota
	fWinWords10
	fWinProse3
	fWinProse10
	fShortRun
	fRelPos
	fRelChars
	fProseBefore
	fProseDist
	fLogLines
	fWordsVsMax
	fIsEdge
	fRepWin
	fFirstProse
	fLastProse
	fCommentAbove
	fDatesAbove
	fShapeRep
	fNextBlank
	fMid
	fMidLines
	// NumStage1 is the length of a stage-1 feature vector.
	NumStage1
)

// Stage-2 features: the stage-1 probabilities around the line, which let
// the second stage see the shape of the main block.
const (
	gP = iota
	gLogit
	gPm1
	gPp1
	gPm2
	gPp2
	gWin3
	gWin10
	gMaxBefore5
	gMaxAfter5
	gMassBefore
	gMassAfter
	gDistMain
	gLogWords
	gEndTerminal
	gStopRatio
	gLogRepeats
	gBoil
	gCoreDist
	gLowBetween
	gRepBetween
	gBoilBetween
	gRepWin
	gBeforeFirst
	gAfterLast
	gCapRatio
	gShortRun
	gLogRunes
	gUIRatio
	gWin30
	gMeanBefore5
	gMeanAfter5
	gFirstProse
	gLastProse
	gCommentAbove
	gDatesAbove
	gCommentWords
	gShapeRep
	gMediaWords
	gTimeWords
	gTagLike
	gDigitRatio
	gCommasPerWord
	gEndColon
	gStartBullet
	gMainBefore
	gMainAfter
	gStartUI
	gParticiple
	gMid
	gMidLines
	// NumStage2 is the length of a stage-2 feature vector.
	NumStage2
)

// Page holds the lines of one page and the features computed for them. Its
// slices are reused from page to page: a Page is not safe for concurrent
// use, but one Page per goroutine scores any number of pages without
// allocating once its buffers have grown.
type Page struct {
	Spans []Span
	Stats []Stats
	// X1 holds NumStage1 features for each line, line after line.
	X1 []float32
	// X2 holds NumStage2 features for each line, line after line, once
	// Stage2 has run (Model.Score streams them instead and leaves X2 be).
	X2 []float32

	ew      []float32 // effective words per line
	prose   []float32 // 1 for lines that read as prose
	table   []uint64  // open-addressed hash set for repeats
	counts  []int32
	reps    []int32
	cumMass []float32
	// nb holds the three features that a line's neighbours take from it
	// (log words, sentence end, stop ratio) for each line in turn, between
	// two lines' worth of zeros at either end: the neighbours of a row are
	// then two runs of six, copied at once.
	nb    []float32
	shape []uint8 // a coarse class of each line's form, for fShapeRep
	next  []int32 // the next prose (Load) or main (stage2Each) line at or after each line
	// row holds the stage-2 features of a line, with room past them for
	// Forest.walk to read them in place.
	row [maxFeatures]float32
}

func grow[T any](s []T, n int) []T {
	s = resize(s, n)
	clear(s)
	return s
}

// resize is grow without the clearing, for a slice whose every element
// is then set: the Stats, which measure sets whole, and X1, whose every
// feature Load sets.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

func ratio[T int | int32](a, b T) float32 {
	if b <= 0 {
		return 0
	}
	r := float32(a) / float32(b)
	if r > 1 {
		r = 1
	}
	return r
}

// b2f is 1 for true, 0 for false, converted from an integer flag rather
// than chosen by a branch: the flags of consecutive lines are too
// unpredictable for one.
func b2f(b bool) float32 {
	return float32(b2i32(b))
}

// log1p returns ln(1+x). Most of its arguments are small counts, which a
// table answers with the same value.
func log1p(x float32) float32 {
	// A uint8 index needs no bounds check; whatever uint8 makes of a
	// number out of its range, it differs from that number.
	if i := uint8(x); float32(i) == x {
		return log1pTable[i]
	}
	return log1pSlow(x)
}

// log1pInt is log1p of a count, from the table without the float
// conversions that tell whether log1p may use it.
func log1pInt[T int | int32](n T) float32 {
	if uint(n) < uint(len(log1pTable)) {
		return log1pTable[n]
	}
	return log1pSlow(float32(n))
}

// log1pSlow is log1p off the table, apart so that log1p is small enough
// to be inlined where it is called, a score of times per line.
//
//go:noinline
func log1pSlow(x float32) float32 {
	return float32(math.Log1p(float64(x)))
}

var log1pTable = func() (t [256]float32) {
	for i := range t {
		t[i] = float32(math.Log1p(float64(i)))
	}
	return t
}()

// maxDist caps the distances between lines whose logarithms are features.
const maxDist = 1000

// logDist holds log1p of every distance up to maxDist, the same values as
// log1pInt's: past 255 the table answers without a call to math.Log1p, and
// signedLog, with no call left in it, is inlined.
var logDist = func() (t [maxDist + 1]float32) {
	for i := range t {
		t[i] = log1pInt(i)
	}
	return t
}()

// Load splits text into lines and computes their stage-1 features.
func (p *Page) Load(text string) {
	p.Spans = Split(p.Spans[:0], text)
	n := len(p.Spans)
	p.Stats = resize(p.Stats, n)
	for i, sp := range p.Spans {
		measure(text[sp.Start:sp.End], &p.Stats[i])
	}
	p.countRepeats()
	// The line's own features open its row of X1.
	// With room past the last row, so that Forest.walk reads every row
	// in place; of X1, only that room is cleared.
	p.X1 = resize(p.X1, n*NumStage1+maxFeatures-NumStage1)
	clear(p.X1[n*NumStage1:])
	p.X1 = p.X1[:n*NumStage1]
	p.ew = grow(p.ew, n)
	p.prose = grow(p.prose, n)
	p.nb = grow(p.nb, 3*(n+4))
	maxEW := float32(1)
	totalRunes := 0
	for i := range p.Stats {
		s := &p.Stats[i]
		ew := s.Words + s.CJK/2
		p.ew[i] = float32(ew)
		if p.ew[i] > maxEW {
			maxEW = p.ew[i]
		}
		totalRunes += int(s.Runes)
		o := p.X1[i*NumStage1 : i*NumStage1+numOwn]
		o[fLogRunes] = log1pInt(s.Runes)
		o[fLogWords] = log1pInt(ew)
		o[fEndTerminal] = b2f(s.EndTerminal)
		o[fEndColon] = b2f(s.EndColon)
		o[fTerminalsPerWord] = ratio(s.Terminals, ew)
		o[fCommasPerWord] = ratio(s.Commas, ew)
		o[fStopRatio] = ratio(s.StopWords, ew)
		o[fLogStop] = log1pInt(s.StopWords)
		o[fCapRatio] = ratio(s.CapWords, s.Words)
		o[fAllCaps] = b2f(s.Letters-s.CJK >= 4 && s.Upper == s.Letters-s.CJK)
		o[fDigitRatio] = ratio(s.Digits, s.Runes)
		o[fDate] = b2f(s.Date)
		o[fTime] = b2f(s.Time)
		o[fSepsPerWord] = ratio(s.Seps, ew)
		o[fStartBullet] = b2f(s.StartBullet)
		o[fBoil] = float32(min(s.BoilWords, 3))
		o[fBoilRatio] = ratio(s.BoilWords, ew)
		o[fCopyright] = b2f(s.Copyright)
		o[fURL] = b2f(s.URL)
		o[fLogRepeats] = log1pInt(p.reps[i] - 1)
		o[fStartLower] = b2f(s.StartLower)
		o[fCJKRatio] = ratio(s.CJK, s.Letters)
		o[fPunctRatio] = ratio(s.Punct, s.Runes)
		o[fEndComma] = b2f(s.EndComma)
		o[fBlankBefore] = b2f(p.Spans[i].BlankBefore)
		o[fLongWordRatio] = ratio(s.LongWords, s.Words)
		o[fStartDigit] = b2f(s.StartDigit)
		o[fUIRatio] = ratio(s.UIWords, ew)
		o[fMediaWords] = float32(min(s.MediaWords, 3))
		o[fTimeWords] = float32(min(s.TimeWords, 3))
		o[fCommentWords] = float32(min(s.CommentWords, 3))
		// A tag line or a name: a few capitalised words, no function word,
		// no punctuation.
		o[fTagLike] = b2f(s.Words >= 2 && s.Words <= 10 && s.CapWords == s.Words && s.StopWords == 0 && s.Punct == 0)
		// A control: "Report a problem", "Read more", "Sign in here".
		o[fStartUI] = b2f(s.StartUI)
		// Headline style: a participle with no auxiliary, in a line that
		// ends no sentence ("Man arrested after chase"), the form of
		// teasers and captions.
		o[fParticiple] = b2f(s.Participle && !s.Aux && !s.EndTerminal)
		// Prose: a line long enough to hold a sentence, that ends one or is
		// thick with function words.
		if ew >= 8 && (s.EndTerminal || o[fStopRatio] >= 0.15) {
			p.prose[i] = float32(ew)
		}
		nb := p.nb[3*(i+2) : 3*(i+2)+3]
		nb[0], nb[1], nb[2] = o[fLogWords], o[fEndTerminal], o[fStopRatio]
	}

	// Prefix sums make every window mean O(1).
	p.cumMass = grow(p.cumMass, 5*(n+1)) // and stage2Each's fifth
	cw := p.cumMass[:n+1]                // log words
	cp := p.cumMass[n+1 : 2*(n+1)]       // prose lines
	cm := p.cumMass[2*(n+1) : 3*(n+1)]   // prose words
	cr := p.cumMass[3*(n+1) : 4*(n+1)]   // repeated lines
	// The sums are kept in registers, rather than read back each time
	// from the slices.
	var sr, sw, sp, sm float32
	for i, prose := range p.prose[:n] {
		sr += b2f(p.reps[i] > 1)
		sw += p.X1[i*NumStage1+fLogWords]
		sp += b2f(prose > 0)
		sm += prose
		cr[i+1], cw[i+1], cp[i+1], cm[i+1] = sr, sw, sp, sm
	}
	totalProse := cm[n]
	logLines := log1p(float32(n))
	logMax := log1p(maxEW)
	// The next prose line at or after each line, for the distance to the
	// nearest one, found from the end in a pass over prose alone.
	p.next = grow(p.next, n)
	next := int32(1 << 30)
	for i := n - 1; i >= 0; i-- {
		if p.prose[i] > 0 {
			next = int32(i)
		}
		p.next[i] = next
	}
	// The rest of each row, in one pass over the rows.
	runesBefore := 0
	lastProse := -1 << 30
	runEnd := 0 // the end of the last run of short lines
	runLog := float32(0)
	relScale := float32(max(n-1, 1))
	mids := 0
	sentence := func(j int) bool { return p.ew[j] >= 8 && p.Stats[j].EndTerminal }
	for i := 0; i < n; i++ {
		x := p.X1[i*NumStage1 : (i+1)*NumStage1]
		// The lines at -2 and -1, then at +1 and +2 (zeros past the
		// page's ends), six features at a time.
		// (Through a copy on the stack: from one slice to another, which
		// might overlap, the compiler calls memmove.)
		before, after := [6]float32(p.nb[3*i:3*i+6]), [6]float32(p.nb[3*i+9:3*i+15])
		*(*[6]float32)(x[fNeighbours:]) = before
		*(*[6]float32)(x[fNeighbours+6:]) = after
		x[fWinWords3] = window(cw, i, 3)
		x[fWinWords10] = window(cw, i, 10)
		x[fWinProse3] = window(cp, i, 3)
		x[fWinProse10] = window(cp, i, 10)
		x[fRelPos] = float32(i) / relScale
		x[fRelChars] = ratio(runesBefore, totalRunes)
		runesBefore += int(p.Stats[i].Runes)
		proseBefore := float32(0)
		if totalProse > 0 {
			proseBefore = cm[i] / totalProse
		}
		x[fProseBefore] = proseBefore
		// The distance to the nearest prose line, before or after.
		if p.prose[i] > 0 {
			lastProse = i
		}
		x[fProseDist] = logDist[min(i-lastProse, int(p.next[i])-i, maxDist)]
		x[fLogLines] = logLines
		x[fWordsVsMax] = x[fLogWords] - logMax
		x[fIsEdge] = b2f(i == 0 || i == n-1)
		x[fRepWin] = window(cr, i, 5)
		// Runs of short lines: menus, tag lists, link lists. A run's
		// length is found at its first line.
		shortRun := float32(0)
		if p.ew[i] <= 3 {
			if i >= runEnd {
				runEnd = i + 1
				for runEnd < n && p.ew[runEnd] <= 3 {
					runEnd++
				}
				runLog = log1p(float32(runEnd - i))
			}
			shortRun = runLog
		}
		x[fShortRun] = shortRun
		// Short lines that end no sentence between two sentences:
		// subheadings or captions. Subheadings come several to an
		// article, a caption alone, so the page's count (fMidLines, set
		// by pageShape) tells them apart as the line cannot.
		s := &p.Stats[i]
		mid := i > 0 && i+1 < n && p.ew[i] >= 2 && p.ew[i] <= 10 && !s.EndTerminal && !s.EndColon && sentence(i-1) && sentence(i+1)
		x[fMid] = b2f(mid)
		mids += int(b2i32(mid))
	}
	p.pageShape(log1p(float32(mids)))
}

// signedLog is the logarithm of a signed distance, keeping its sign.
func signedLog(d int) float32 {
	v := logDist[min(max(d, -d), maxDist)]
	if d < 0 {
		return -v
	}
	return v
}

// pageShape sets the features that place a line in the shape of the whole
// page: where it lies relative to the first and last prose lines, what
// comment chrome lies above it, and how many lines near it share its form,
// the mark of the items of teaser lists and comment threads; and, from
// logMids, log1p of the page's count of lines between sentences, fMidLines.
func (p *Page) pageShape(logMids float32) {
	n := len(p.Spans)
	// The first and last prose lines, and the form of each line, in a
	// pass that reads no row.
	p.shape = grow(p.shape, n)
	first, last := -1, -1
	for i := 0; i < n; i++ {
		ew := p.ew[i]
		if p.prose[i] > 0 {
			if first < 0 {
				first = i
			}
			last = i
		}
		s := &p.Stats[i]
		b := uint8(0)
		switch {
		case ew == 0:
		case ew <= 3:
			b = 1
		case ew <= 8:
			b = 2
		case ew <= 20:
			b = 3
		default:
			b = 4
		}
		b = b<<3 | b2u8(s.EndTerminal)<<2 | b2u8(s.Digits > 0)<<1 | b2u8(s.Date || s.Time || s.TimeWords > 0)
		p.shape[i] = b
	}
	// The forms of the lines i-6..i+6, counted as the window slides
	// rather than compared anew for each line.
	var inWindow [64]int32
	for j := 0; j < min(7, n); j++ {
		inWindow[p.shape[j]&63]++
	}
	// Below the first prose line, the count of the short lines above
	// that announce comments or carry a date: the chrome of a comment
	// thread, which follows the article and reads as prose too.
	comments, dates := 0, 0
	for i := 0; i < n; i++ {
		x := p.X1[i*NumStage1 : (i+1)*NumStage1]
		x[fCommentAbove] = log1pInt(comments)
		x[fDatesAbove] = log1pInt(dates)
		if first >= 0 && i > first {
			s := &p.Stats[i]
			if p.ew[i] <= 8 && s.CommentWords > 0 {
				comments++
			}
			if p.ew[i] <= 12 && (s.Date || s.Time) {
				dates++
			}
		}
		if first >= 0 {
			x[fFirstProse] = signedLog(i - first)
			x[fLastProse] = signedLog(i - last)
		} else {
			x[fFirstProse], x[fLastProse] = -7, 7
		}
		x[fShapeRep] = float32(inWindow[p.shape[i]&63] - 1)
		if i >= 6 {
			inWindow[p.shape[i-6]&63]--
		}
		if i+7 < n {
			inWindow[p.shape[i+7]&63]++
		}
		nextBlank := float32(0)
		if i+1 < n {
			nextBlank = b2f(p.Spans[i+1].BlankBefore)
		}
		x[fNextBlank] = nextBlank
		x[fMidLines] = logMids
	}
}

// window returns the mean over lines i-r..i+r (clipped to the page) of the
// values whose prefix sums are cum.
func window(cum []float32, i, r int) float32 {
	if i >= r && i+r+1 < len(cum) {
		// Most lines, away from the page's ends: the window is whole,
		// with no clipping to compute.
		return (cum[i+r+1] - cum[i-r]) / float32(2*r+1)
	}
	lo, hi := max(i-r, 0), min(i+r+1, len(cum)-1)
	return (cum[hi] - cum[lo]) / float32(hi-lo)
}

// countRepeats sets p.reps[i] to the number of lines of the page with the
// same text as line i.
func (p *Page) countRepeats() {
	n := len(p.Stats)
	size := 16
	for size < 2*n {
		size <<= 1
	}
	p.table = grow(p.table, size)
	p.counts = grow(p.counts, size)
	p.reps = grow(p.reps, n)
	mask := uint64(size - 1)
	slot := func(h uint64) int {
		if h == 0 {
			h = 1 // 0 marks an empty slot
		}
		k := h & mask
		for p.table[k] != 0 && p.table[k] != h {
			k = (k + 1) & mask
		}
		p.table[k] = h
		return int(k)
	}
	// Each line's slot is kept in reps until the counts are complete,
	// rather than probed for a second time.
	reps := p.reps[:len(p.Stats)]
	for i := range p.Stats {
		k := slot(p.Stats[i].Hash)
		p.counts[k]++
		reps[i] = int32(k)
	}
	for i, k := range reps {
		reps[i] = p.counts[k]
	}
}

// Stage2 computes the stage-2 features of the loaded page into X2 from
// prob, the stage-1 probability of each line.
func (p *Page) Stage2(prob []float32) {
	p.X2 = grow(p.X2, len(p.Spans)*NumStage2)
	p.Stage2Each(prob, func(i int, x []float32) {
		copy(p.X2[i*NumStage2:(i+1)*NumStage2], x)
	})
}

// Stage2Each computes the stage-2 features of the loaded page from prob,
// the stage-1 probability of each line, and calls fn with each line's in
// order. x is valid only during the call: the features of a page are
// never all held at once.
func (p *Page) Stage2Each(prob []float32, fn func(i int, x []float32)) {
	p.stage2Each(prob, 0, fn)
}

// stage2Each is Stage2Each for the lines whose probability is within
// [skip, 1-skip] only: the others are not given to fn, and their
// features are not computed.
func (p *Page) stage2Each(prob []float32, skip float32, fn func(i int, x []float32)) {
	n := len(p.Spans)
	// The stage-1 prefix sums of lines words and prose are no longer
	// needed; the repeated lines' are (cr).
	cum := p.cumMass[:n+1]
	cmain := p.cumMass[n+1 : 2*(n+1)]
	clow := p.cumMass[2*(n+1) : 3*(n+1)]
	cr := p.cumMass[3*(n+1) : 4*(n+1)]
	cboil := p.cumMass[4*(n+1) : 5*(n+1)]
	// The sums are kept in registers, rather than read back each time
	// from the slices.
	// The first and last lines of likely-main prose bound the body: what
	// lies outside them is the header (headline, byline, disclaimers) or
	// the footer (report links, tags, teasers).
	firstProse, lastProse := n, -1
	var sum, smain, slow, sboil float32
	for i, pi := range prob[:n] {
		sum += pi
		m := float32(0)
		if pi >= 0.5 {
			m = p.ew[i]
		}
		smain += m
		slow += b2f(pi < 0.3)
		s := &p.Stats[i]
		sboil += b2f(s.Copyright || p.ew[i] <= 6 && s.BoilWords > 0)
		cum[i+1], cmain[i+1], clow[i+1], cboil[i+1] = sum, smain, slow, sboil
		// A sentence, not merely a long line: headlines are long too.
		if pi >= 0.5 && p.ew[i] >= 8 && s.EndTerminal {
			firstProse = min(firstProse, i)
			lastProse = i
		}
	}
	total := smain
	// The core of the main block: the line around which the window of
	// likely-main words is heaviest. Lines are judged by what separates
	// them from it: low-scoring lines, repeated lines (the chrome of
	// comments and teaser lists), boilerplate headings.
	core, best := 0, float32(-1)
	for i := 0; i < n; i++ {
		lo, hi := max(i-5, 0), min(i+6, n)
		if w := cmain[hi] - cmain[lo]; w > best {
			core, best = i, w
		}
	}
	between := func(c []float32, i int) float32 {
		if i < core {
			return log1p(c[core] - c[i+1])
		}
		if i > core {
			return log1p(c[i] - c[core+1])
		}
		return 0
	}
	// Distance to the nearest likely-main line: the next one at or after
	// each line is found from the end (in p.next, which Load is done
	// with), the last one before as the lines are scored.
	next := p.next[:n]
	nextMain := int32(1 << 30)
	for i := n - 1; i >= 0; i-- {
		if prob[i] >= 0.5 {
			nextMain = int32(i)
		}
		next[i] = nextMain
	}
	lastMain := -1 << 30
	for i := 0; i < n; i++ {
		pi := prob[i]
		if pi >= 0.5 {
			lastMain = i
		}
		if pi < skip || pi > 1-skip {
			continue
		}
		x := p.row[:NumStage2]
		clear(x)
		x[gP] = pi
		q := min(max(pi, 1e-4), 1-1e-4)
		x[gLogit] = float32(math.Log(float64(q / (1 - q))))
		at := func(j int) float32 {
			if j < 0 || j >= n {
				return 0
			}
			return prob[j]
		}
		x[gPm1], x[gPp1], x[gPm2], x[gPp2] = at(i-1), at(i+1), at(i-2), at(i+2)
		x[gWin3] = window(cum, i, 3)
		x[gWin10] = window(cum, i, 10)
		// The maxima in registers, rather than in x at each step; away
		// from the page's ends, with no loop.
		maxBefore, maxAfter := float32(0), float32(0)
		if i >= 5 && i+6 <= n {
			w := prob[i-5 : i+6]
			maxBefore = max(maxBefore, w[0], w[1], w[2], w[3], w[4])
			maxAfter = max(maxAfter, w[6], w[7], w[8], w[9], w[10])
		} else {
			for _, v := range prob[max(i-5, 0):i] {
				maxBefore = max(maxBefore, v)
			}
			for _, v := range prob[i+1 : min(i+6, n)] {
				maxAfter = max(maxAfter, v)
			}
		}
		x[gMaxBefore5], x[gMaxAfter5] = maxBefore, maxAfter
		if total > 0 {
			x[gMassBefore] = cmain[i] / total
			x[gMassAfter] = (total - cmain[i+1]) / total
		}
		x[gDistMain] = logDist[min(i-lastMain, int(next[i])-i, maxDist)]
		o := p.X1[i*NumStage1:]
		x[gLogWords] = o[fLogWords]
		x[gEndTerminal] = o[fEndTerminal]
		x[gStopRatio] = o[fStopRatio]
		x[gLogRepeats] = o[fLogRepeats]
		x[gBoil] = o[fBoil]
		d := float32(i - core)
		if d < 0 {
			x[gCoreDist] = -log1p(-d)
		} else {
			x[gCoreDist] = log1p(d)
		}
		x[gLowBetween] = between(clow, i)
		x[gRepBetween] = between(cr, i)
		x[gBoilBetween] = between(cboil, i)
		x[gRepWin] = window(cr, i, 5)
		x[gBeforeFirst] = b2f(i < firstProse)
		x[gAfterLast] = b2f(i > lastProse)
		x[gCapRatio] = o[fCapRatio]
		x[gShortRun] = p.X1[i*NumStage1+fShortRun]
		x[gLogRunes] = o[fLogRunes]
		x[gUIRatio] = o[fUIRatio]
		x[gWin30] = window(cum, i, 30)
		if i > 0 {
			lo := max(i-5, 0)
			x[gMeanBefore5] = (cum[i] - cum[lo]) / float32(i-lo)
		}
		if i+1 < n {
			hi := min(i+6, n)
			x[gMeanAfter5] = (cum[hi] - cum[i+1]) / float32(hi-i-1)
		}
		x1 := p.X1[i*NumStage1 : (i+1)*NumStage1]
		x[gFirstProse] = x1[fFirstProse]
		x[gLastProse] = x1[fLastProse]
		x[gCommentAbove] = x1[fCommentAbove]
		x[gDatesAbove] = x1[fDatesAbove]
		x[gCommentWords] = o[fCommentWords]
		x[gShapeRep] = x1[fShapeRep]
		x[gMediaWords] = o[fMediaWords]
		x[gTimeWords] = o[fTimeWords]
		x[gTagLike] = o[fTagLike]
		x[gDigitRatio] = o[fDigitRatio]
		x[gCommasPerWord] = o[fCommasPerWord]
		x[gEndColon] = o[fEndColon]
		x[gStartBullet] = o[fStartBullet]
		x[gMainBefore] = signedLog(i - firstProse)
		x[gMainAfter] = signedLog(i - lastProse)
		x[gStartUI] = o[fStartUI]
		x[gParticiple] = o[fParticiple]
		x[gMid] = x1[fMid]
		x[gMidLines] = x1[fMidLines]
		fn(i, x)
	}
}
