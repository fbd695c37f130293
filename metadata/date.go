package metadata

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// minYear is the earliest plausible publication year of a web page.
const minYear = 1993

// maxYear returns the latest plausible year: a page cannot be published far
// in the future.
func maxYear() int { return time.Now().Year() + 1 }

// monthNames maps lower-cased month names and abbreviations of the languages
// the benchmark pages are written in to month numbers.
var monthNames = map[string]int{}

func init() {
	lists := [][]string{
		{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
		{"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
		{"jänner", "feber", "maerz", "", "", "", "", "", "", "", "", ""},
		{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
		{"", "fevrier", "", "", "", "", "", "aout", "", "", "", "decembre"},
		{"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
		{"", "", "", "", "", "", "", "", "setiembre", "", "", ""},
		{"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
		{"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
		{"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
		{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"},
		{"", "", "mär", "", "", "", "", "", "sept", "okt", "", "dez"},
		{"janv", "févr", "", "avr", "", "", "juil", "", "", "", "", "déc"},
		{"ene", "", "", "abr", "", "", "", "ago", "", "", "", "dic"},
		{"gen", "", "", "", "mag", "giu", "lug", "", "set", "ott", "", ""},
		{"", "fev", "", "", "", "", "", "", "", "out", "", ""},
	}
	for _, l := range lists {
		for i, n := range l {
			if n != "" {
				monthNames[n] = i + 1
			}
		}
	}
}

// validDay reports whether y-m-d is a real, plausible publication day.
func validDay(y, m, d int) bool {
	if y < minYear || y > maxYear() || m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

func fmtDay(y, m, d int) string { return fmt.Sprintf("%04d-%02d-%02d", y, m, d) }

// ParseDate reads a date from a metadata value or a visible dateline and
// returns it in ISO 8601: "YYYY-MM-DD", or "YYYY-MM-DDTHH:MM:SS±hh:mm" when
// the value is a machine timestamp with a time and zone (the zone is kept,
// not converted, so that the day stays the publisher's). It understands
// ISO 8601 and RFC 3339 forms, "2021/03/05", "05.03.2021", "5. März 2021",
// "March 5, 2021", "5 March 2021", "Mar 5th 2021", with English, German,
// French, Spanish, Italian, Portuguese and Dutch month names. It reports
// false when no plausible date is found.
func ParseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 300 {
		return "", false
	}
	if out, ok := parseISO(s); ok {
		return out, true
	}
	return parseText(s)
}

// parseISO handles values that start with a year: 2021-03-05, 2021/03/05,
// 2021.03.05, 20210305, with an optional time and zone.
func parseISO(s string) (string, bool) {
	if len(s) < 8 || !isDigits(s[:4]) {
		return "", false
	}
	y, _ := strconv.Atoi(s[:4])
	rest := s[4:]
	var m, d int
	if rest[0] == '-' || rest[0] == '/' || rest[0] == '.' {
		sep := rest[0]
		parts := strings.SplitN(rest[1:], string(sep), 2)
		if len(parts) < 2 {
			return "", false
		}
		m, _ = strconv.Atoi(parts[0])
		dd := parts[1]
		i := 0
		for i < len(dd) && i < 2 && dd[i] >= '0' && dd[i] <= '9' {
			i++
		}
		if i == 0 || !isDigits(parts[0]) || len(parts[0]) > 2 {
			return "", false
		}
		d, _ = strconv.Atoi(dd[:i])
		rest = dd[i:]
	} else if isDigits(s[:8]) && (len(s) == 8 || !unicode.IsDigit(rune(s[8]))) {
		m, _ = strconv.Atoi(s[4:6])
		d, _ = strconv.Atoi(s[6:8])
		rest = s[8:]
	} else {
		return "", false
	}
	if !validDay(y, m, d) {
		return "", false
	}
	day := fmtDay(y, m, d)
	if len(rest) == 0 || (rest[0] != 'T' && rest[0] != ' ') {
		return day, true
	}
	// Keep a full timestamp only when it parses with its zone.
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05Z07:00", "2006-01-02T15:04:05.999999999Z0700"} {
		if t, err := time.Parse(layout, strings.TrimSpace(s)); err == nil {
			return t.Format("2006-01-02T15:04:05Z07:00"), true
		}
	}
	return day, true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// dateToken is a word or number of a textual date.
type dateToken struct {
	num   int // value when digits
	isNum bool
	width int    // digit count
	word  string // lower-cased, when letters
	sep   byte   // the punctuation right after the token ('.', '/', '-', ',', or 0)
}

func tokenizeDate(s string) []dateToken {
	var toks []dateToken
	rs := []rune(strings.ToLower(s))
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsDigit(r):
			j := i
			for j < len(rs) && unicode.IsDigit(rs[j]) {
				j++
			}
			n, _ := strconv.Atoi(string(rs[i:j]))
			t := dateToken{num: n, isNum: true, width: j - i}
			// Ordinal suffixes: 1st, 2nd, 3rd, 4th, 1er, 1º.
			k := j
			for k < len(rs) && unicode.IsLetter(rs[k]) && k-j < 2 {
				k++
			}
			suf := string(rs[j:k])
			if suf == "st" || suf == "nd" || suf == "rd" || suf == "th" || suf == "er" || suf == "º" {
				j = k
			}
			if j < len(rs) && strings.ContainsRune("./-,", rs[j]) {
				t.sep = byte(rs[j])
			}
			toks = append(toks, t)
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(rs) && unicode.IsLetter(rs[j]) {
				j++
			}
			t := dateToken{word: string(rs[i:j])}
			if j < len(rs) && strings.ContainsRune("./-,", rs[j]) {
				t.sep = byte(rs[j])
			}
			toks = append(toks, t)
			i = j
		default:
			i++
		}
	}
	return toks
}

// parseText finds the first plausible date in free text.
func parseText(s string) (string, bool) {
	td, ok := scanText(s)
	return td.day, ok
}

// textDay is a date read from text. A numeric date whose day and month
// could be swapped ("03/05/2021") also gives the other reading, alt, and
// whether slashes separate it (the form month-first locales use).
type textDay struct {
	day, alt string
	slash    bool
	unpadded bool // the first number has one digit ("3/4/2025")
}

// scanText finds the first plausible date in free text.
func scanText(s string) (textDay, bool) {
	toks := tokenizeDate(s)
	for i := range toks {
		t := toks[i]
		if t.isNum {
			// 2021/03/05 or 2021-03-05 inside text.
			if t.width == 4 && i+2 < len(toks) && toks[i+1].isNum && toks[i+2].isNum && (t.sep == '-' || t.sep == '/' || t.sep == '.') && toks[i+1].sep == t.sep {
				if validDay(t.num, toks[i+1].num, toks[i+2].num) {
					return textDay{day: fmtDay(t.num, toks[i+1].num, toks[i+2].num)}, true
				}
			}
			// 2023 Jan 7, the citation form.
			if t.width == 4 && i+2 < len(toks) && !toks[i+1].isNum && toks[i+2].isNum && toks[i+2].width <= 2 {
				if m, ok := monthNames[toks[i+1].word]; ok && validDay(t.num, m, toks[i+2].num) {
					return textDay{day: fmtDay(t.num, m, toks[i+2].num)}, true
				}
			}
			// 05.03.2021, 05/03/2021, 05-03-2021: day first, except when
			// the slash form only makes sense month first.
			if t.width <= 2 && i+2 < len(toks) && toks[i+1].isNum && toks[i+2].isNum && toks[i+1].width <= 2 &&
				(t.sep == '.' || t.sep == '/' || t.sep == '-') && toks[i+1].sep == t.sep {
				y := toks[i+2].num
				if toks[i+2].width == 2 {
					// "2.4.12" with neither day nor month padded
					// is a version number, not a date (one date
					// given without gold on wcxb-dev, a release
					// list's, no longer given; none right lost).
					if t.sep == '.' && t.width == 1 && toks[i+1].width == 1 {
						continue
					}
					y += 2000
				} else if toks[i+2].width != 4 {
					continue
				}
				a, b := t.num, toks[i+1].num
				dayFirst, monthFirst := validDay(y, b, a), validDay(y, a, b)
				switch {
				case t.sep == '/' && b > 12 && monthFirst:
					return textDay{day: fmtDay(y, a, b)}, true
				case dayFirst && monthFirst && a != b:
					return textDay{day: fmtDay(y, b, a), alt: fmtDay(y, a, b), slash: t.sep == '/', unpadded: t.width == 1}, true
				case dayFirst:
					return textDay{day: fmtDay(y, b, a)}, true
				case monthFirst:
					return textDay{day: fmtDay(y, a, b)}, true
				}
			}
			// 5 March 2021, 5. März 2021, 5 de marzo de 2021.
			if t.width <= 2 {
				j := i + 1
				if j < len(toks) && (toks[j].word == "de" || toks[j].word == "di") {
					j++
				}
				if j < len(toks) && !toks[j].isNum {
					if m, ok := monthNames[toks[j].word]; ok {
						k := j + 1
						if k < len(toks) && (toks[k].word == "de" || toks[k].word == "del") {
							k++
						}
						if k < len(toks) && toks[k].isNum && toks[k].width == 4 && validDay(toks[k].num, m, t.num) {
							return textDay{day: fmtDay(toks[k].num, m, t.num)}, true
						}
					}
				}
			}
			continue
		}
		// March 5, 2021; Mar 5th 2021; March 2021 is not a day.
		if m, ok := monthNames[t.word]; ok && i+2 < len(toks) && toks[i+1].isNum && toks[i+1].width <= 2 && toks[i+2].isNum && toks[i+2].width == 4 {
			if validDay(toks[i+2].num, m, toks[i+1].num) {
				return textDay{day: fmtDay(toks[i+2].num, m, toks[i+1].num)}, true
			}
		}
	}
	return textDay{}, false
}
