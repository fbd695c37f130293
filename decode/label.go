package decode

import (
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/simplifiedchinese"
)

// charsetParam returns the value of the first charset parameter in s, a
// Content-Type header value or the content attribute of a meta http-equiv
// element, following the HTML spec's "extracting a character encoding from
// a meta element". It is deliberately lenient (no full MIME parse): real
// headers are often malformed, and the algorithm is what browsers apply to
// the same strings in markup.
func charsetParam(s string) string {
	for i := 0; ; {
		j := indexFold(s[i:], "charset")
		if j < 0 {
			return ""
		}
		i += j + len("charset")
		k := skipSpace(s, i)
		if k >= len(s) || s[k] != '=' {
			// Not followed by '=': look for the next "charset".
			i = k
			continue
		}
		k = skipSpace(s, k+1)
		if k >= len(s) {
			return ""
		}
		if q := s[k]; q == '"' || q == '\'' {
			end := indexByteFrom(s, q, k+1)
			if end < 0 {
				return ""
			}
			return s[k+1 : end]
		}
		end := k
		for end < len(s) && !isSpace(s[end]) && s[end] != ';' {
			end++
		}
		return s[k:end]
	}
}

// lookup resolves a charset label to an encoding and its WHATWG name. It
// reports ok=false for unknown labels, which callers treat as no declaration.
func lookup(label string) (enc encoding.Encoding, name string, ok bool) {
	if label == "" {
		return nil, "", false
	}
	e, err := htmlindex.Get(label)
	if err != nil {
		return nil, "", false
	}
	name, err = htmlindex.Name(e)
	if err != nil {
		return nil, "", false
	}
	return byName(name), name, true
}

// byName returns the decoder to use for a WHATWG encoding name.
func byName(name string) encoding.Encoding {
	switch name {
	case "gbk", "gb18030":
		// The WHATWG GBK decoder is the gb18030 decoder: a page labelled
		// gb2312 or gbk may use any gb18030 sequence.
		return simplifiedchinese.GB18030
	case "windows-1252":
		return charmap.Windows1252
	}
	e, err := htmlindex.Get(name)
	if err != nil {
		return charmap.Windows1252
	}
	return e
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func skipSpace(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

func indexByteFrom[T ~string | ~[]byte](s T, c byte, from int) int {
	for i := from; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// lower folds an ASCII letter to lower case.
func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// indexFold returns the index of the first ASCII case-insensitive match of
// the lower-case pattern p in s, or -1.
func indexFold[T ~string | ~[]byte](s T, p string) int {
	for i := 0; i+len(p) <= len(s); i++ {
		if hasPrefixFold(s[i:], p) {
			return i
		}
	}
	return -1
}

// hasPrefixFold reports whether s starts with the lower-case pattern p,
// ignoring ASCII case.
func hasPrefixFold[T ~string | ~[]byte](s T, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for i := 0; i < len(p); i++ {
		if lower(s[i]) != p[i] {
			return false
		}
	}
	return true
}
