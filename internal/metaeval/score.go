package metaeval

import (
	"html"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// quotes maps typographic quotes to plain ones: "Here’s" is "Here's".
var quotes = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"", "„", "\"", "«", "\"", "»", "\"")

// NormTitle returns the comparable form of a title: entities decoded,
// typographic quotes made plain, case folded, white space collapsed,
// punctuation and symbols trimmed at both ends.
func NormTitle(s string) string {
	s = quotes.Replace(strings.ToLower(html.UnescapeString(s)))
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r)
	})
}

// ScoreTitle reports whether pred is the gold title under NormTitle.
func ScoreTitle(gold, pred string) bool {
	g := NormTitle(gold)
	return g != "" && g == NormTitle(pred)
}

// nameSeparators are the words that join several authors.
var nameSeparators = map[string]bool{"and": true, "und": true, "et": true, "y": true}

// honorifics are dropped from the start of a name: "Dr. Jane Doe" is
// "Jane Doe".
var honorifics = map[string]bool{"dr": true, "prof": true, "mr": true, "mrs": true, "ms": true, "mx": true, "sir": true}

// AuthorNames splits an author field into a sorted set of names, each the
// space-joined lower-cased word tokens of one author. Credentials ("MS",
// "RD", "Ph.D.", "E-RYT 200": see isCredential) are dropped when a name is
// present.
func AuthorNames(s string) []string {
	s = strings.ToLower(html.UnescapeString(s))
	var pieces [][]string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			pieces = append(pieces, cur)
		}
		cur = nil
	}
	tok := strings.Builder{}
	endTok := func() {
		if tok.Len() == 0 {
			return
		}
		w := tok.String()
		tok.Reset()
		if nameSeparators[w] {
			flush()
			return
		}
		if honorifics[w] && len(cur) == 0 {
			return
		}
		cur = append(cur, w)
	}
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_':
			tok.WriteRune(r)
		case r == ';' || r == ',' || r == '&' || r == '|' || r == '/':
			endTok()
			flush()
		default:
			endTok()
		}
	}
	endTok()
	flush()
	long := false
	for _, p := range pieces {
		if !isCredential(p) {
			long = true
		}
	}
	seen := map[string]bool{}
	var names []string
	for _, p := range pieces {
		if long && isCredential(p) {
			continue
		}
		n := strings.Join(p, " ")
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	sort.Strings(names)
	return names
}

// isCredential reports whether a piece of an author field is a credential
// rather than a name: only short tokens, and a single one, or one with a
// lone letter or digits ("MS", "Ph.D.", "E-RYT 200"; not "Jane Doe").
func isCredential(toks []string) bool {
	odd := len(toks) == 1
	for _, t := range toks {
		n := len([]rune(t))
		if n > 4 {
			return false
		}
		if n == 1 || unicode.IsDigit([]rune(t)[0]) {
			odd = true
		}
	}
	return odd
}

// ScoreAuthor reports whether pred names exactly the gold authors under
// AuthorNames.
func ScoreAuthor(gold, pred string) bool {
	g, p := AuthorNames(gold), AuthorNames(pred)
	if len(g) == 0 || len(g) != len(p) {
		return false
	}
	for i := range g {
		if g[i] != p[i] {
			return false
		}
	}
	return true
}

// dayParts reads year, month and day from the leading digits of an ISO-like
// date ("2021-03-05", "2021-03-05T10:00:00Z", "2021-03", "2019-10.17");
// day (and month) are 0 when absent.
func dayParts(s string) (y, m, d int, ok bool) {
	s = strings.TrimSpace(s)
	var nums []int
	for len(s) > 0 && len(nums) < 3 {
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 0 {
			break
		}
		n, _ := strconv.Atoi(s[:i])
		nums = append(nums, n)
		s = s[i:]
		if len(s) == 0 || (s[0] != '-' && s[0] != '.' && s[0] != '/') {
			break
		}
		s = s[1:]
	}
	if len(nums) == 0 || nums[0] < 1000 {
		return 0, 0, 0, false
	}
	nums = append(nums, 0, 0)
	return nums[0], nums[1], nums[2], true
}

// ScoreDate reports whether pred gives the gold publication day; a gold
// value without a day is matched on year and month.
func ScoreDate(gold, pred string) bool {
	gy, gm, gd, ok := dayParts(gold)
	if !ok {
		return false
	}
	py, pm, pd, ok := dayParts(pred)
	if !ok || gy != py || gm != pm {
		return false
	}
	return gd == 0 || gd == pd
}
