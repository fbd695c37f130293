package linefeat

import (
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

// FuzzMeasure holds Measure, on any line, to what its counts mean: the
// hash of a line must not change when its spaces do, and no count may
// exceed what contains it.
func FuzzMeasure(f *testing.F) {
	for _, l := range tricky {
		f.Add(l)
	}
	f.Fuzz(func(t *testing.T, l string) {
		s := Measure(l)
		if h := Measure(" " + strings.ReplaceAll(l, " ", "\t ") + "\u00a0").Hash; h != s.Hash {
			t.Errorf("%q: the hash changes with the spaces", l)
		}
		if s.Letters+s.Digits+s.Punct > s.Runes || s.Upper > s.Letters || s.CJK > s.Letters {
			t.Errorf("Measure(%q): runes %d, letters %d, digits %d, punct %d, upper %d, CJK %d",
				l, s.Runes, s.Letters, s.Digits, s.Punct, s.Upper, s.CJK)
		}
		for _, n := range []int32{s.BoilWords - int32(len(cjkBoiler)), s.UIWords, s.MediaWords, s.TimeWords, s.CommentWords, s.CapWords, s.DigitWords, s.LongWords} {
			if n > s.Words {
				t.Errorf("Measure(%q): a count of words beyond the %d words: %+v", l, s.Words, s)
			}
		}
		if s.StopWords > s.Words+s.CJK {
			t.Errorf("Measure(%q): %d stop words of %d words and %d CJK", l, s.StopWords, s.Words, s.CJK)
		}
	})
}
