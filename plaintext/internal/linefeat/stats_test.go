package linefeat

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pith-dev/pith/internal/lexicon"
)

func TestMeasure(t *testing.T) {
	type check struct {
		name string
		got  func(Stats) any
		want any
	}
	words := func(s Stats) any { return norm(s.Words) }
	stop := func(s Stats) any { return norm(s.StopWords) }
	endTerm := func(s Stats) any { return norm(s.EndTerminal) }
	tests := []struct {
		line   string
		checks []check
	}{
		{"The report was based on several current and former officials.", []check{
			{"words", words, 10},
			{"stop words", stop, 4}, // the, was, on, and
			{"ends a sentence", endTerm, true},
			{"terminals", func(s Stats) any { return norm(s.Terminals) }, 1},
			{"capitalised words", func(s Stats) any { return norm(s.CapWords) }, 1},
		}},
		{`He said: “Everyone knows.”`, []check{
			{"ends a sentence inside quotes", endTerm, true},
		}},
		{"Elon Musk Ukraine European Union", []check{
			{"no stop words", stop, 0},
			{"all capitalised", func(s Stats) any { return norm(s.CapWords) }, 5},
			{"no sentence end", endTerm, false},
		}},
		{"Report a problem with article", []check{
			{"starts with a control word", func(s Stats) any { return norm(s.StartUI) }, true},
			{"no participle", func(s Stats) any { return norm(s.Participle) }, false},
		}},
		{"A report by the council", []check{
			{"a control word later is no control", func(s Stats) any { return norm(s.StartUI) }, false},
		}},
		{"Starlink Terminal placed on land", []check{
			{"a participle before a preposition", func(s Stats) any { return norm(s.Participle) }, true},
			{"no auxiliary", func(s Stats) any { return norm(s.Aux) }, false},
		}},
		{"Sam pepper-sprayed and arrested", []check{
			{"a participle ending the line", func(s Stats) any { return norm(s.Participle) }, true},
		}},
		{"Detect malware in uploaded files", []check{
			{"a participle before a noun is an adjective", func(s Stats) any { return norm(s.Participle) }, false},
		}},
		{"The terminal was placed on land.", []check{
			{"an auxiliary", func(s Stats) any { return norm(s.Aux) }, true},
		}},
		{"Home | News | Sport | Weather", []check{
			{"separators", func(s Stats) any { return norm(s.Seps) }, 3},
		}},
		{"Some questions to ponder:", []check{
			{"ends with a colon", func(s Stats) any { return norm(s.EndColon) }, true},
			{"no sentence end", endTerm, false},
		}},
		{"Updated on: November 19, 2019 / 10:07 AM", []check{
			{"date from a month name", func(s Stats) any { return norm(s.Date) }, true},
			{"time", func(s Stats) any { return norm(s.Time) }, true},
		}},
		{"Posted 12.05.2019", []check{
			{"numeric date", func(s Stats) any { return norm(s.Date) }, true},
			{"a date is no sentence end", endTerm, false},
		}},
		{"It costs 3.5 dollars", []check{
			{"a decimal is no date", func(s Stats) any { return norm(s.Date) }, false},
			{"no time", func(s Stats) any { return norm(s.Time) }, false},
		}},
		{"© 2019 CBS Interactive Inc. All Rights Reserved.", []check{
			{"copyright", func(s Stats) any { return norm(s.Copyright) }, true},
			{"boilerplate words", func(s Stats) any { return norm(s.BoilWords) }, 2}, // rights, reserved
		}},
		{"Visit https://example.org/page for more", []check{
			{"URL", func(s Stats) any { return norm(s.URL) }, true},
		}},
		{"• First item", []check{
			{"bullet", func(s Stats) any { return norm(s.StartBullet) }, true},
		}},
		{"and then it went on", []check{
			{"starts lower-case", func(s Stats) any { return norm(s.StartLower) }, true},
		}},
		{"SUBSCRIBE NOW", []check{
			{"upper-case letters", func(s Stats) any { return norm(s.Upper) }, 12},
			{"letters", func(s Stats) any { return norm(s.Letters) }, 12},
		}},
		{"Login or Sign Up to read and post a comment.", []check{
			{"UI words", func(s Stats) any { return norm(s.UIWords) }, 5}, // sign, read, post, comment + login
		}},
		{"我们今天发布了新的版本。", []check{
			{"CJK characters", func(s Stats) any { return norm(s.CJK) }, 11},
			{"CJK particles count as stop words", stop, 4}, // 我 们 了 的
			{"ends a sentence with 。", endTerm, true},
		}},
		{"Die Regierung hat das Gesetz nicht geändert.", []check{
			{"German stop words", stop, 4}, // die, hat, das, nicht
		}},
	}
	for _, tt := range tests {
		s := Measure(tt.line)
		for _, c := range tt.checks {
			if got := c.got(s); got != c.want {
				t.Errorf("Measure(%q): %s = %v, want %v", tt.line, c.name, got, c.want)
			}
		}
	}
}

func TestMeasureHashIgnoresSpacing(t *testing.T) {
	if Measure("Read more").Hash != Measure("  Read   more ").Hash {
		t.Error("lines differing only in spaces hash differently")
	}
	if Measure("Read more").Hash == Measure("Read less").Hash {
		t.Error("different lines hash alike")
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		text  string
		lines []string
		blank []bool
	}{
		{"a\nb\n", []string{"a", "b"}, []bool{false, false}},
		{"a\r\n\r\nb", []string{"a", "b"}, []bool{false, true}},
		{"\n\n  \na\n\t\nb\nc", []string{"a", "b", "c"}, []bool{false, true, false}},
		{"", nil, nil},
		{"  x  ", []string{"  x  "}, []bool{false}},
	}
	for _, tt := range tests {
		spans := Split(nil, tt.text)
		if len(spans) != len(tt.lines) {
			t.Errorf("Split(%q) gives %d lines, want %d", tt.text, len(spans), len(tt.lines))
			continue
		}
		for i, sp := range spans {
			if got := tt.text[sp.Start:sp.End]; got != tt.lines[i] || sp.BlankBefore != tt.blank[i] {
				t.Errorf("Split(%q)[%d] = %q blank=%v, want %q blank=%v", tt.text, i, got, sp.BlankBefore, tt.lines[i], tt.blank[i])
			}
		}
	}
}

// TestClassOfMatchesUnicode checks the table-driven rune classes against
// package unicode over the planes the pages use.
func TestClassOfMatchesUnicode(t *testing.T) {
	for r := rune(0x80); r < 0x30000; r++ {
		if got, want := classOf(r), slowClass(r); got != want {
			t.Fatalf("classOf(%U) = %b, want %b", r, got, want)
		}
		if got, want := toLower(r), unicode.ToLower(r); got != want {
			t.Fatalf("toLower(%U) = %U, want %U", r, got, want)
		}
	}
}

// TestPunctClassMatchesSlow checks the table-driven punctuation classes
// against the functions that define them.
func TestPunctClassMatchesSlow(t *testing.T) {
	for r := rune(0); r < 0x30000; r++ {
		if got, want := punctClass(r), slowPunct(r); got != want {
			t.Fatalf("punctClass(%U) = %b, want %b", r, got, want)
		}
	}
}

// TestDecodeRune checks decodeRune against utf8.DecodeRuneInString on
// every sequence of three bytes that starts beyond ASCII, and on those of
// one and two.
func TestDecodeRune(t *testing.T) {
	for b0 := 0x80; b0 < 0x100; b0++ {
		for b1 := range 0x100 {
			for b2 := range 0x100 {
				b := string([]byte{byte(b0), byte(b1), byte(b2)})
				for n := 3; n >= 1 && (n == 3 || b2 == 0); n-- {
					r, size := decodeRune(b[:n])
					wr, wsize := utf8.DecodeRuneInString(b[:n])
					if r != wr || size != wsize {
						t.Fatalf("decodeRune(%q) = %U, %d, want %U, %d", b[:n], r, size, wr, wsize)
					}
				}
			}
		}
	}
}

// norm turns the counts of Stats into ints, so that they compare equal to
// the untyped constants of the tests.
func norm(v any) any {
	if n, ok := v.(int32); ok {
		return int(n)
	}
	return v
}

func TestMeasureVocabularies(t *testing.T) {
	tests := []struct {
		line                    string
		media, time, comment, w int32
	}{
		{"Photo: Getty Images", 2, 0, 0, 3},
		{"Updated 5 hours ago", 0, 3, 0, 4},
		{"John Smith says:", 0, 0, 1, 3},
		{"31 Comments - Add comment", 0, 0, 2, 4},
		{"The council approved the budget.", 0, 0, 0, 5},
		{"Ünterwegs: Fotos und Bilder", 2, 0, 0, 4}, // upper-case non-ASCII start, lowered for lookup
	}
	for _, tt := range tests {
		s := Measure(tt.line)
		if s.MediaWords != tt.media || s.TimeWords != tt.time || s.CommentWords != tt.comment || s.Words != tt.w {
			t.Errorf("Measure(%q): media %d, time %d, comment %d, words %d; want %d, %d, %d, %d",
				tt.line, s.MediaWords, s.TimeWords, s.CommentWords, s.Words, tt.media, tt.time, tt.comment, tt.w)
		}
	}
}

// TestMeasureFindsEveryListedWord looks up every listed word made of
// letters alone, as a line of its own: each must count in the fields of
// its lists.
func TestMeasureFindsEveryListedWord(t *testing.T) {
	lists := []struct {
		words []string
		field func(*Stats) int32
	}{
		{lexicon.StopWords, func(s *Stats) int32 { return s.StopWords }},
		{lexicon.BoilerWords, func(s *Stats) int32 { return s.BoilWords }},
		{lexicon.UIWords, func(s *Stats) int32 { return s.UIWords }},
		{mediaWords, func(s *Stats) int32 { return s.MediaWords }},
		{timeWords, func(s *Stats) int32 { return s.TimeWords }},
		{commentWords, func(s *Stats) int32 { return s.CommentWords }},
		{auxWords, func(s *Stats) int32 { return b2i32(s.Aux) }},
	}
	found := 0
	for _, l := range lists {
		for _, line := range l.words {
			for _, w := range strings.Fields(line) {
				if strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
					continue
				}
				s := Measure(w)
				if s.Words != 1 || l.field(&s) != 1 {
					t.Errorf("Measure(%q): %d words, %d in its list's field", w, s.Words, l.field(&s))
				}
				found++
			}
		}
	}
	if s := Measure("Photographie"); s.MediaWords != 1 {
		t.Errorf("Measure(%q): a capitalised listed word not found", "Photographie")
	}
	t.Logf("%d words", found)
}

// TestMeasureLongLines counts the words of lines longer than the lanes
// in which endWord counts them hold.
func TestMeasureLongLines(t *testing.T) {
	for _, n := range []int{63, 64, 65, 127, 128, 129, 1000} {
		s := Measure(strings.Repeat("The news ", n))
		if s.Words != int32(2*n) || s.StopWords != int32(n) || s.CapWords != int32(n) {
			t.Errorf("%d times \"The news\": %d words, %d stop words, %d capitalised", n, s.Words, s.StopWords, s.CapWords)
		}
	}
}
