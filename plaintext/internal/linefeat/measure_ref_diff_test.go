package linefeat

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// tricky are lines that take Measure's rarer paths: numbers, dates, times,
// URLs, CJK, unusual spaces and invalid UTF-8.
var tricky = []string{
	"", " ", "a", "A", "É", "1", "_", ".", "ab cd", "abcd", "AB CD",
	"The report was based on several current and former officials.",
	`He said: “Everyone knows.”`, "12.05.2019 at 10:30", "3.5 million", "1-2-3", "4/5/2020 report",
	"Posted 3 hours ago", "© 2020 Foo (c) Bar", "mail me@x.org or http://x.org/a_b", "Read more »",
	"• Home | News › World", "Starlink terminal placed on land", "and arrested", "uploaded files",
	"是的了在和也 分享 登录", "これはテストです。", "한국어 문장입니다.", "Ünïcödé Wörds ÜBER", "ПРИВЕТ мир опубликовано вчера",
	"a\u00a0b\u2003c\u202fd\u205fe\u2028f", "x\xffy\xfe", "\xc3", "abc123def 12abc abc_def", "a1.2b 1.a a.1",
	"word.\"", "end.)", "What?! Yes…", "verylongwordthatgoesonandonandonforeverandever and more",
	"Очень-длинное-слово-опубликовано", "Ends with colon:", "ends, with comma,", "、", "- dash", "-5 degrees",
	"JANUARY 5", "May 2020", "5 mai", "10:30pm", "a:1", "1:a", "12:", "x\ty", "\t\tindent", "trailing   ",
	"İstanbul ǅemal ﬁne", "ʼn", "\u2010\u2026\u2030", "A_B_C", "1_000", "1.000.000", "1.", "1..2",
}

// benchLines returns the lines of every page text of the benchmark sets
// beside the module, or nil when they are absent.
func benchLines(t testing.TB) []string {
	paths, _ := filepath.Glob("../../../../shared/bench/*/*.page.txt")
	var lines []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		for _, sp := range Split(nil, text) {
			lines = append(lines, text[sp.Start:sp.End])
		}
	}
	return lines
}

// TestMeasureMatchesReference holds Measure to the reference, refMeasure,
// field by field, on the tricky lines and on every line of the benchmark
// page texts; the line hashes must group the lines alike.
func TestMeasureMatchesReference(t *testing.T) {
	lines := append(append([]string(nil), tricky...), benchLines(t)...)
	byRef := map[uint64]uint64{}
	byNew := map[uint64]uint64{}
	bad := 0
	for _, l := range lines {
		got, want := Measure(l), refMeasure(l)
		if h, ok := byRef[want.Hash]; ok && h != got.Hash {
			t.Errorf("%q: lines the reference groups are apart", l)
		}
		if h, ok := byNew[got.Hash]; ok && h != want.Hash {
			t.Errorf("%q: lines the reference keeps apart are grouped", l)
		}
		byRef[want.Hash], byNew[got.Hash] = got.Hash, want.Hash
		got.Hash, want.Hash = 0, 0
		if got != want && bad < 20 {
			bad++
			t.Errorf("Measure(%q)\n got %+v\nwant %+v", l, got, want)
		}
	}
	t.Logf("%d lines", len(lines))
}

// FuzzMeasure holds Measure to the reference on any line; the hash of a
// line must not change when its spaces do.
func FuzzMeasure(f *testing.F) {
	for _, l := range tricky {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, l string) {
		got, want := Measure(l), refMeasure(l)
		if h := Measure(" " + strings.ReplaceAll(l, " ", "\t ") + "\u00a0").Hash; h != got.Hash {
			t.Errorf("%q: the hash changes with the spaces", l)
		}
		got.Hash, want.Hash = 0, 0
		if got != want {
			t.Errorf("Measure(%q)\n got %+v\nwant %+v", l, got, want)
		}
	})
}
