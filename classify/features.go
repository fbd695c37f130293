package classify

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-dev/pith/internal/lexicon"
	"github.com/pith-dev/pith/internal/uniprop"
	"github.com/pith-dev/pith/segment"
)

// The features of a block, in the order the model reads them.
const (
	fChars = iota
	fWords
	fLinkDensity
	fPunctPerWord
	fKind
	fLevel
	fEndsSentence
	fDigits
	fUpperStart
	fWordLen
	fPos
	fCharPos
	fInRoots
	fInRoot
	fRootDist
	fRootShare
	fCandidate
	fOwnerLinkDensity
	fParentLinkDensity
	fParentChars
	fParentBlocks
	fParentMeanChars
	fGrandLinkDensity
	fGrandChars
	fPrevChars
	fPrevLinkDensity
	fNextChars
	fNextLinkDensity
	fWindowChars
	fWindowLinkDensity
	fRepeats
	fSameKindRun
	fDepth
	fPageBlocks
	fPageChars
	fInLink
	fTitleSim
	fUpperRatio
	fParenEnd
	fSymbolStart
	fPrevKind
	fNextKind
	fOwnerShare
	fClassRepeat
	fClassShare
	fStopShare
	fBoilerShare
	fUIShare
	fWindowStopShare
	fGroups // the group distances follow
)

// NumFeatures is the length of a block's feature vector.
var NumFeatures = fGroups + len(groups)

// FeatureNames names the features, for training reports.
func FeatureNames() []string {
	names := []string{"chars", "words", "link_density", "punct_per_word", "kind", "level",
		"ends_sentence", "digits", "upper_start", "word_len", "pos", "char_pos", "in_roots",
		"in_root", "root_dist", "root_share", "candidate", "owner_ld", "parent_ld", "parent_chars",
		"parent_blocks", "parent_mean_chars", "grand_ld", "grand_chars", "prev_chars", "prev_ld",
		"next_chars", "next_ld", "window_chars", "window_ld", "repeats", "same_kind_run", "depth",
		"page_blocks", "page_chars", "in_link", "title_sim", "upper_ratio", "paren_end", "symbol_start",
		"prev_kind", "next_kind", "owner_share", "class_repeat", "class_share",
		"stop_share", "boiler_share", "ui_share", "window_stop_share"}
	for i := range groups {
		g := &groups[i]
		n := "g:"
		if len(g.words) > 0 {
			n += g.words[0]
		} else {
			n += g.tags[0].String()
		}
		names = append(names, n)
	}
	return names
}

// lexiconWords is how many words of a block are looked up in the lexicon:
// enough for a density, and a bound on the cost of long blocks.
const lexiconWords = 64

func log1p(x float32) float32 { return float32(math.Log1p(float64(x))) }

func ratio(a, b int32) float32 {
	if b <= 0 {
		return 0
	}
	return float32(a) / float32(b)
}

// Features returns the feature vectors of all blocks of p, laid out
// block after block in one slice of len(p.Blocks)*NumFeatures.
func Features(p *segment.Page, c *context, roots []int32, root int32) []float32 {
	return features(p, c, roots, root, NumFeatures)
}

// features is Features with rows stride long, the features first.
func features(p *segment.Page, c *context, roots []int32, root int32, stride int) []float32 {
	nb := len(p.Blocks)
	nf := NumFeatures
	X := make([]float32, nb*stride)
	if nb == 0 {
		return X
	}
	dist := groupDistances(p, c.bits)
	ng := len(groups)
	var total int32
	for i := range p.Blocks {
		total += p.Blocks[i].Chars
	}
	repeats := make(map[string]int32, nb)
	for i := range p.Blocks {
		repeats[p.Blocks[i].Text]++
	}
	var rootScore float32
	var rootChars int32
	if root >= 0 {
		rootScore = c.final(root)
		rootChars = p.Elems[root].Chars
	}
	// inRoots marks blocks below any merged root.
	inRoots := make([]bool, nb)
	inRoot := make([]bool, nb)
	for _, r := range roots {
		el := &p.Elems[r]
		for i := el.FirstBlock; i < el.EndBlock; i++ {
			if c.inside(p.Blocks[i].Elem, r) {
				inRoots[i] = true
				if r == root {
					inRoot[i] = true
				}
			}
		}
	}
	title := newTitleWords(p.Title)
	// Containers whose class repeats hold repeated structures: the posts of
	// a thread, the items of a listing, or the teasers of a sidebar.
	type classTotal struct{ count, chars int32 }
	classes := make(map[string]classTotal)
	for i := range p.Elems {
		if a := p.Elems[i].Attrs; a != "" {
			ct := classes[a]
			ct.count++
			ct.chars += p.Elems[i].Chars
			classes[a] = ct
		}
	}
	// Words by class: prose is dense in function words, whatever its
	// language; menus, teaser headings and share bars are dense in the
	// words of controls and boilerplate.
	words := make([]lexicon.Counts, nb)
	for i := range p.Blocks {
		words[i] = lexicon.CountN(p.Blocks[i].Text, lexiconWords)
	}
	var before int32
	run := float32(0)
	// log1p of each block's length, which its neighbours read too.
	lc := make([]float32, nb)
	for i := range p.Blocks {
		lc[i] = log1p(float32(p.Blocks[i].Chars))
	}
	rootShare := ratio(rootChars, total)
	pageBlocks, pageChars := log1p(float32(nb)), log1p(float32(total))
	for i := range p.Blocks {
		b := &p.Blocks[i]
		x := X[i*stride : i*stride+nf]
		el := &p.Elems[b.Elem]
		x[fChars] = lc[i]
		x[fWords] = log1p(float32(b.Words))
		x[fLinkDensity] = ratio(b.LinkChars, b.Chars)
		x[fPunctPerWord] = ratio(b.Punct, b.Words)
		x[fKind] = float32(b.Kind)
		x[fLevel] = float32(b.Level)
		sh := shapeOf(b.Text)
		x[fEndsSentence], x[fDigits], x[fUpperStart] = sh.ends, sh.digits, sh.upperStart
		x[fWordLen] = ratio(b.Chars, b.Words)
		x[fPos] = float32(i) / float32(nb)
		x[fCharPos] = ratio(before, total)
		before += b.Chars
		if inRoots[i] {
			x[fInRoots] = 1
		}
		if inRoot[i] {
			x[fInRoot] = 1
			x[fRootDist] = float32(el.Depth - p.Elems[root].Depth)
		} else {
			x[fRootDist] = -1
		}
		x[fRootShare] = rootShare
		// The best candidate score among the block's near ancestors,
		// against the page's best.
		var cand float32
		e := b.Elem
		for k := 0; k < 4 && e >= 0; k++ {
			if s := c.final(e); s > cand {
				cand = s
			}
			e = p.Elems[e].Parent
		}
		if rootScore > 0 {
			x[fCandidate] = cand / rootScore
		}
		x[fOwnerLinkDensity] = ratio(el.LinkChars, el.Chars)
		if el.Parent >= 0 {
			pe := &p.Elems[el.Parent]
			x[fParentLinkDensity] = ratio(pe.LinkChars, pe.Chars)
			x[fParentChars] = log1p(float32(pe.Chars))
			x[fParentBlocks] = log1p(float32(pe.Blocks))
			x[fParentMeanChars] = log1p(ratio(pe.Chars, pe.Blocks))
			if pe.Parent >= 0 {
				ge := &p.Elems[pe.Parent]
				x[fGrandLinkDensity] = ratio(ge.LinkChars, ge.Chars)
				x[fGrandChars] = log1p(float32(ge.Chars))
			}
		}
		if i > 0 {
			pb := &p.Blocks[i-1]
			x[fPrevChars] = lc[i-1]
			x[fPrevLinkDensity] = ratio(pb.LinkChars, pb.Chars)
		}
		if i+1 < nb {
			nx := &p.Blocks[i+1]
			x[fNextChars] = lc[i+1]
			x[fNextLinkDensity] = ratio(nx.LinkChars, nx.Chars)
		}
		// The three blocks on either side.
		var wc, wl int32
		var ws, ww int
		for j := max(0, i-3); j <= min(nb-1, i+3); j++ {
			if j != i {
				wc += p.Blocks[j].Chars
				wl += p.Blocks[j].LinkChars
				ws += words[j].Stop
				ww += words[j].Words
			}
		}
		x[fWindowChars] = log1p(float32(wc) / 6)
		x[fWindowLinkDensity] = ratio(wl, wc)
		x[fWindowStopShare] = ratio(int32(ws), int32(ww))
		x[fRepeats] = float32(repeats[b.Text] - 1)
		if i > 0 && p.Blocks[i-1].Kind == b.Kind && p.Elems[p.Blocks[i-1].Elem].Parent == el.Parent {
			run++
		} else {
			run = 0
		}
		x[fSameKindRun] = log1p(run)
		x[fDepth] = float32(el.Depth)
		x[fPageBlocks] = pageBlocks
		x[fPageChars] = pageChars
		if b.InLink {
			x[fInLink] = 1
		}
		if b.Words <= 40 && len(title.set) > 0 {
			x[fTitleSim] = titleSim(b.Text, title)
		}
		x[fUpperRatio], x[fParenEnd], x[fSymbolStart] = sh.upper, sh.paren, sh.symbol
		x[fPrevKind], x[fNextKind] = -1, -1
		if i > 0 {
			x[fPrevKind] = float32(p.Blocks[i-1].Kind)
		}
		if i+1 < nb {
			x[fNextKind] = float32(p.Blocks[i+1].Kind)
		}
		x[fOwnerShare] = ratio(el.Chars, total)
		e = b.Elem
		for k := 0; k < 6 && e >= 0; k++ {
			if a := p.Elems[e].Attrs; a != "" {
				ct := classes[a]
				x[fClassRepeat] = log1p(float32(ct.count - 1))
				x[fClassShare] = ratio(ct.chars, total)
				break
			}
			e = p.Elems[e].Parent
		}
		wd := &words[i]
		x[fStopShare] = ratio(int32(wd.Stop), int32(wd.Words))
		x[fBoilerShare] = ratio(int32(wd.Boiler), int32(wd.Words))
		x[fUIShare] = ratio(int32(wd.UI), int32(wd.Words))
		row := dist[int(b.Elem)*ng : (int(b.Elem)+1)*ng]
		for g, d := range row {
			x[fGroups+g] = float32(d)
		}
	}
	return X
}

// textShape returns whether the text ends a sentence, its share of digits
// and whether it starts with an upper-case letter.
func textShape(s string) (ends, digits, upper float32) {
	if s == "" {
		return
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '。', '！', '？', '…', '"', '”', '»', ')', ':':
		ends = 1
	}
	var nd, n int
	for _, r := range s {
		if unicode.IsDigit(r) {
			nd++
		}
		n++
	}
	digits = float32(nd) / float32(n)
	f, _ := utf8.DecodeRuneInString(s)
	if unicode.IsUpper(f) {
		upper = 1
	}
	return
}

// wordSet returns the lower-cased words of s.
func wordSet(s string) map[string]bool {
	if s == "" {
		return nil
	}
	m := make(map[string]bool)
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notWord) {
		m[w] = true
	}
	return m
}

func notWord(r rune) bool { return !uniprop.IsLetter(r) && !uniprop.IsDigit(r) }

// titleWords are the words of a title, with the set of their lengths
// (capped at 63).
type titleWords struct {
	set  map[string]bool
	lens uint64
}

func newTitleWords(s string) titleWords {
	t := titleWords{set: wordSet(s)}
	for w := range t.set {
		t.lens |= 1 << min(len(w), 63)
	}
	return t
}

// titleSim is the share of the block's words that are in the page title:
// the words of strings.ToLower(text) split by notWord, found one by one in
// a reused buffer rather than all in new strings.
func titleSim(text string, title titleWords) float32 {
	var n, in int
	var buf [64]byte
	w := buf[:0]
	end := func() {
		if len(w) > 0 {
			n++
			// Most words are not in the title: those whose length no
			// title word has are not looked up.
			if title.lens&(1<<min(len(w), 63)) != 0 && title.set[string(w)] {
				in++
			}
			w = w[:0]
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				w = append(w, c)
			case c >= 'A' && c <= 'Z':
				w = append(w, c+'a'-'A')
			default:
				end()
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		// As strings.ToLower, which maps an invalid byte to RuneError,
		// itself a separator.
		if r = uniprop.ToLower(r); notWord(r) {
			end()
		} else {
			w = utf8.AppendRune(w, r)
		}
	}
	end()
	if n == 0 {
		return 0
	}
	return float32(in) / float32(n)
}

// caseShape returns the share of upper-case letters, whether the text ends
// in a closing bracket (credits, counts) and whether it starts with a symbol
// rather than a letter or digit (bullets, arrows, pipes).
func caseShape(s string) (upper, paren, symbol float32) {
	var letters, up int
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				up++
			}
		}
	}
	if letters > 0 {
		upper = float32(up) / float32(letters)
	}
	if strings.HasSuffix(s, ")") || strings.HasSuffix(s, "]") {
		paren = 1
	}
	if f, _ := utf8.DecodeRuneInString(s); f != utf8.RuneError && !unicode.IsLetter(f) && !unicode.IsDigit(f) {
		symbol = 1
	}
	return
}

// shape is what textShape and caseShape say of a text, from one pass over
// it.
type shape struct {
	ends, digits, upperStart float32 // as textShape
	upper, paren, symbol     float32 // as caseShape
}

// shapeOf returns textShape(s) and caseShape(s), computed alike.
func shapeOf(s string) (sh shape) {
	if s == "" {
		sh.upper, sh.paren, sh.symbol = caseShape(s)
		return sh
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '.', '!', '?', '。', '！', '？', '…', '"', '”', '»', ')', ':':
		sh.ends = 1
	}
	var nd, n, letters, up int
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// ASCII: the unicode tables say the same.
			switch {
			case c >= '0' && c <= '9':
				nd++
			case c >= 'a' && c <= 'z':
				letters++
			case c >= 'A' && c <= 'Z':
				letters++
				up++
			}
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if uniprop.IsDigit(r) {
			nd++
		}
		if uniprop.IsLetter(r) {
			letters++
			if uniprop.IsUpper(r) {
				up++
			}
		}
		n++
		i += size
	}
	sh.digits = float32(nd) / float32(n)
	f, _ := utf8.DecodeRuneInString(s)
	if uniprop.IsUpper(f) {
		sh.upperStart = 1
	}
	if letters > 0 {
		sh.upper = float32(up) / float32(letters)
	}
	if strings.HasSuffix(s, ")") || strings.HasSuffix(s, "]") {
		sh.paren = 1
	}
	if f != utf8.RuneError && !uniprop.IsLetter(f) && !uniprop.IsDigit(f) {
		sh.symbol = 1
	}
	return sh
}
