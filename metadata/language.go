package metadata

import "strings"

// normLang reduces a language tag ("en-US", "de_DE", "fr") to its primary
// subtag in lower case; it returns "" for what is not a language tag.
func normLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_ ,;"); i >= 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	switch s {
	case "xx", "und", "zxx", "mul":
		return ""
	}
	return s
}

// markupLanguage reads the language the page declares: <html lang>, then
// Content-Language, then og:locale, then JSON-LD inLanguage.
func markupLanguage(c *candidates, main *ldObject) string {
	ld := ""
	if main != nil {
		ld = main.lang
	}
	for _, v := range []string{c.htmlLang, c.first("http-equiv:content-language"), c.first("content-language"), c.first("language"), c.first("dc.language"), c.first("og:locale"), ld} {
		if l := normLang(v); l != "" {
			return l
		}
	}
	return ""
}

// SetLanguage settles m.Language with the page's main text, to be called
// after extraction: when the markup is silent, the detected language is
// taken; when the markup names another language than the text is clearly
// written in (templates often keep a default lang="en"), the text wins. A
// text too short or too mixed to tell leaves the markup's answer.
func (m *Metadata) SetLanguage(text string) {
	if d := DetectLanguage(text); d != "" {
		m.Language = d
	}
}
