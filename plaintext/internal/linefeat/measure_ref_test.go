package linefeat

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// benchLines returns the lines of the page texts of the benchmark sets
// that set matches ("*" for all), when the benchmark data lies beside the
// module.
func benchLines(t testing.TB, set string) []string {
	paths, _ := filepath.Glob("../../../../shared/bench/" + set + "/*.page.txt")
	if len(paths) == 0 {
		t.Skip("no page texts")
	}
	var lines []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, sp := range Split(nil, string(data)) {
			lines = append(lines, string(data[sp.Start:sp.End]))
		}
	}
	return lines
}

// checkReference fails t when Measure and refMeasure differ on line in
// any field but Hash, whose definition changed on purpose (see runMix):
// it returns both hashes, for the caller to compare the classes of lines
// they make.
func checkReference(t *testing.T, line string) (got, want uint64) {
	t.Helper()
	g, w := Measure(line), refMeasure(line)
	got, want = g.Hash, w.Hash
	g.Hash, w.Hash = 0, 0
	if g != w {
		t.Errorf("Measure(%q)\n got %+v\nwant %+v", line, g, w)
	}
	return got, want
}

// runs returns the runs of line's runes other than white space into which
// Measure's hash cuts it: each a maximal run of ASCII letters or a single
// other rune.
func runs(line string) []string {
	var out []string
	inRun := false
	for i, r := range line {
		if r == ' ' || r == '\t' || r == 0xA0 || r > 0x7f && !(r >= 0x2010 && r <= 0x2027 || r >= 0x2030 && r <= 0x205E) && classOf(r)&rSpace != 0 {
			inRun = false
			continue
		}
		letter := uint32(r|0x20)-'a' < 26
		if letter && inRun {
			out[len(out)-1] += string(r)
			continue
		}
		if r == utf8.RuneError {
			_, size := utf8.DecodeRuneInString(line[i:])
			if size == 1 {
				r = utf8.RuneError
			}
		}
		out = append(out, string(r))
		inRun = letter
	}
	return out
}

// sameClasses fails t unless the hashes got of lines make the classes the
// runs of lines make: the hashes want of the reference, which ignored
// where spaces fell between letters, may join more.
func sameClasses(t *testing.T, lines []string, got, want []uint64) {
	t.Helper()
	byHash := map[uint64]int{}
	byRuns := map[string]int{}
	for i, l := range lines {
		key := strings.Join(runs(l), "\x00\x01")
		if j, ok := byHash[got[i]]; ok && strings.Join(runs(lines[j]), "\x00\x01") != key {
			t.Errorf("%q and %q: the same hash, different runs", lines[j], l)
		}
		if j, ok := byRuns[key]; ok && got[j] != got[i] {
			t.Errorf("%q and %q: the same runs, different hashes", lines[j], l)
		}
		if j, ok := byHash[got[i]]; ok && want[j] != want[i] {
			t.Errorf("%q and %q: the same hash, different ones in the reference", lines[j], l)
		}
		byHash[got[i]], byRuns[key] = i, i
	}
}

// TestMeasureReference holds Measure to the Stats of the reference
// implementation, field for field but Hash, on every line of the
// benchmark page texts and on the tricky lines, and its hashes to the
// classes of lines with the same runs; it reports how many classes of the
// reference's hashes they split.
func TestMeasureReference(t *testing.T) {
	lines := append(append([]string(nil), tricky...), benchLines(t, "*")...)
	got, want := make([]uint64, len(lines)), make([]uint64, len(lines))
	for i, l := range lines {
		got[i], want[i] = checkReference(t, l)
		if t.Failed() {
			return
		}
	}
	// The classes are checked a page's worth at a time: all at once,
	// the maps would be large, and countRepeats compares the lines of a
	// page only.
	for i := 0; i < len(lines); i += 2000 {
		e := min(i+2000, len(lines))
		sameClasses(t, lines[i:e], got[i:e], want[i:e])
	}
	first := map[uint64]uint64{}
	split := map[uint64]bool{}
	for i := range lines {
		if g, ok := first[want[i]]; !ok {
			first[want[i]] = got[i]
		} else if g != got[i] && !split[want[i]] {
			split[want[i]] = true
			t.Logf("split from the reference's class: %q", lines[i])
		}
	}
	t.Logf("%d lines, %d classes of the reference's hashes, %d of them split", len(lines), len(first), len(split))
}

// FuzzMeasureReference holds Measure to the reference implementation on
// any line, and on the same line cut into pieces joined by one and by two
// spaces, so that the fuzzer reaches word boundaries at every place; and
// its hashes of these lines to the classes their runs make.
func FuzzMeasureReference(f *testing.F) {
	for _, l := range tricky {
		f.Add(l)
	}
	f.Add("Starlink terminal placed on land, and arrested. Read more » 12:30 www example com")
	f.Add("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaed bbbbbbbbbbbbbbbbbbed ccccccccccccccced dd")
	f.Add("Ünïcödé wörterbücher İstanbulİİİİİİİİİİİİİİİİ ПРИВЕТСТВИЕМмирДРУЗЬЯопубликовано Ελληνικά ab𝔸cd")
	f.Add("déjà-vu café’s naïveté: ÀÉÎÕÜàéîõü x ßẞ ǅǆǄ ΣΑΣ")
	f.Fuzz(func(t *testing.T, l string) {
		lines := []string{l, strings.ReplaceAll(l, "x", " "), strings.ReplaceAll(l, "x", "  "),
			strings.ReplaceAll(l, "x", "\t"), strings.ReplaceAll(l, "x", ""), strings.ReplaceAll(l, " ", ""),
			strings.ReplaceAll(l, "x", "\u00a0")}
		if len(l) > 1 {
			lines = append(lines, l[1:], l[:len(l)-1])
		}
		got, want := make([]uint64, len(lines)), make([]uint64, len(lines))
		for i, v := range lines {
			got[i], want[i] = checkReference(t, v)
		}
		sameClasses(t, lines, got, want)
	})
}
