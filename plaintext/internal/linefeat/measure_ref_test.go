package linefeat

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchLines returns the lines of every benchmark page text, when the
// benchmark data lies beside the module.
func benchLines(t testing.TB) []string {
	paths, _ := filepath.Glob("../../../../shared/bench/*/*.page.txt")
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

// checkReference fails t when Measure and refMeasure differ on line.
func checkReference(t *testing.T, line string) {
	t.Helper()
	if got, want := Measure(line), refMeasure(line); got != want {
		t.Errorf("Measure(%q)\n got %+v\nwant %+v", line, got, want)
	}
}

// TestMeasureReference holds Measure to the Stats of the reference
// implementation, field for field, on every line of the benchmark page
// texts and on the tricky lines.
func TestMeasureReference(t *testing.T) {
	for _, l := range tricky {
		checkReference(t, l)
	}
	lines := benchLines(t)
	for _, l := range lines {
		checkReference(t, l)
		if t.Failed() {
			break
		}
	}
	t.Logf("%d lines", len(lines))
}

// FuzzMeasureReference holds Measure to the reference implementation on
// any line, and on the same line cut into pieces joined by one and by two
// spaces, so that the fuzzer reaches word boundaries at every place.
func FuzzMeasureReference(f *testing.F) {
	for _, l := range tricky {
		f.Add(l)
	}
	f.Add("Starlink terminal placed on land, and arrested. Read more » 12:30 www example com")
	f.Add("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaed bbbbbbbbbbbbbbbbbbed ccccccccccccccced dd")
	f.Add("Ünïcödé wörterbücher İstanbulİİİİİİİİİİİİİİİİ ПРИВЕТСТВИЕМмирДРУЗЬЯопубликовано Ελληνικά ab𝔸cd")
	f.Add("déjà-vu café’s naïveté: ÀÉÎÕÜàéîõü x ßẞ ǅǆǄ ΣΑΣ")
	f.Fuzz(func(t *testing.T, l string) {
		checkReference(t, l)
		checkReference(t, strings.ReplaceAll(l, "x", " "))
		checkReference(t, strings.ReplaceAll(l, "x", "  "))
		if len(l) > 1 {
			checkReference(t, l[1:])
			checkReference(t, l[:len(l)-1])
		}
	})
}
