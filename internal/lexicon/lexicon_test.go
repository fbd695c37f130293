package lexicon

import "testing"

func TestCount(t *testing.T) {
	cases := []struct {
		text string
		want Counts
	}{
		{"", Counts{}},
		{"The cat sat on the mat, and it was warm.", Counts{Words: 10, Stop: 6}},
		{"Share on Facebook | Subscribe to our newsletter", Counts{Words: 7, Stop: 3, Boiler: 3, UI: 1}},
		{"Auch interessant", Counts{Words: 2, Stop: 1, UI: 2}},
		{"Lesen Sie auch: Die Reform im Überblick", Counts{Words: 7, Stop: 4, UI: 2}},
		{"12 März 2024", Counts{Words: 3, Month: 1}},
		{"ÜBERBLICK TEILEN", Counts{Words: 2, Boiler: 1}},
		{"Supercalifragilisticexpialidocious-and-more-words-than-fit share", Counts{Words: 7, Stop: 2, Boiler: 1, UI: 2}},
		{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa share", Counts{Words: 2, Boiler: 1, UI: 1}},
	}
	for _, c := range cases {
		if got := Count(c.text); got != c.want {
			t.Errorf("Count(%q) = %+v, want %+v", c.text, got, c.want)
		}
	}
}

func TestCountAllocatesNothing(t *testing.T) {
	text := "Real words of the article body, with Umlaute: Überblick und Straße."
	if n := testing.AllocsPerRun(100, func() { Count(text) }); n != 0 {
		t.Errorf("Count allocates %v times per call", n)
	}
}

func TestCountN(t *testing.T) {
	text := "share the page and share it again"
	if got, want := CountN(text, 3), (Counts{Words: 3, Stop: 1, Boiler: 1, UI: 1}); got != want {
		t.Errorf("CountN(%q, 3) = %+v, want %+v", text, got, want)
	}
	if got, want := CountN(text, -1), Count(text); got != want {
		t.Errorf("CountN(-1) = %+v, Count = %+v", got, want)
	}
}

func BenchmarkCount(b *testing.B) {
	text := "Lesen Sie auch: Die Reform der Rente im Überblick, und was sie für Sparer bedeutet. The rest of the paragraph is English prose."
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Count(text)
	}
}
