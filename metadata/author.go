package metadata

import (
	"html"
	"regexp"
	"strings"
	"unicode"
)

// bylinePrefix matches the words that introduce a name in a byline, in the
// languages of the benchmark pages.
var bylinePrefix = regexp.MustCompile(`(?i)^\s*(?:(?:posted|written|published|words|text|reported|story|photos?|compiled|edited|reviewed|fact[- ]checked|medically reviewed)\s+by|by|from|author(?:s|\(s\))?|autor(?:in|en|innen)?|auteur(?:e|s)?|autore|written|verfasst von|geschrieben von|eingestellt von|ein (?:beitrag|artikel|kommentar) von|von|vom|par|por|di|door|av|af|text|texto|texte|foto|fotos|redaktion:)\s*[:\-–—|]?\s+`)

// roleSuffix matches trailing job titles and boilerplate after a name.
var roleSuffix = regexp.MustCompile(`(?i)\s*(?:[,|–—-]\s*|\s+)(?:staff (?:writer|reporter)|senior (?:writer|editor|reporter)|contributing (?:writer|editor)|editor(?:-in-chief)?|reporter|correspondent|redakteur(?:in)?|korrespondent(?:in)?|journalist(?:e|in)?|rédact(?:eur|rice)|redactor(?:a)?|periodista|autor(?:in)?|auteur)\b.*$`)

var (
	emailRe  = regexp.MustCompile(`\S+@\S+\.\w+`)
	urlRe    = regexp.MustCompile(`(?i)\bhttps?://\S+|\bwww\.\S+`)
	handleRe = regexp.MustCompile(`(^|\s)@\w+`)
	parenRe  = regexp.MustCompile(`\([^)]*\)|\[[^\]]*\]`)
	digitRe  = regexp.MustCompile(`\d`)
	// domainRe matches a bare domain name ("example.com", "News.de"): a
	// site, never a person.
	domainRe   = regexp.MustCompile(`(?i)^[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|info|[a-z]{2})$`)
	multiSepRe = regexp.MustCompile(`(?i)\s*(?:;|\s+and\s+|\s+und\s+|\s+et\s+|\s+y\s+|\s+e\s+|\s+&\s+|\s+/\s+|\s*\|\s*)\s*`)
)

// urlAnchors are what every match of urlRe holds.
var urlAnchors = newPartIndex([]string{"://", "www."})

// dateish cuts a name at the first word that starts a date or time: "Jane
// Doe on March 5", "Jane Doe, 05.03.2021", "Jane Doe Updated 3 hours ago".
var dateish = regexp.MustCompile(`(?i)(?:\s+|,\s*|\s*[|•·–—-]\s*)(?:(?:on|am|le|el|il|den)\s+[^\d]{0,12}\d|(?:published|updated|posted|last updated|veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado)\b|\d{1,4}[./-]|\d{1,2}\s|\d{1,2}(?:st|nd|rd|th)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d+\s+(?:min|minutes?|hours?|days?|std|stunden?|tage?n?)\b).*$`)

// CleanAuthor turns a raw author value or byline into names: it drops
// "By", "Posted by", "von", "par" and kin, e-mail addresses, URLs, handles,
// bracketed remarks, trailing dates and job titles, and joins several names
// with "; ". It returns "" when what is left does not look like a name
// (a sentence, a bare URL or profile path, digits).
func CleanAuthor(s string) string {
	s = html.UnescapeString(s)
	s = strings.ReplaceAll(s, "\u00ad", "") // soft hyphens
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || looksLikeURL(s) {
		return ""
	}
	if isCompany(s) || notAuthorship(s) {
		return ""
	}
	// The regexps run only where their anchor character is present.
	if strings.IndexByte(s, '@') >= 0 {
		s = emailRe.ReplaceAllString(s, " ")
	}
	if urlAnchors.containsAnyFold(s) {
		s = urlRe.ReplaceAllString(s, " ")
	}
	if strings.ContainsAny(s, "([") {
		s = parenRe.ReplaceAllString(s, " ")
	}
	s = strings.Join(strings.Fields(s), " ")
	for i := 0; i < 3; i++ {
		t := bylinePrefix.ReplaceAllString(s, "")
		if t == s {
			break
		}
		s = t
	}
	s = dateish.ReplaceAllString(s, "")
	s = roleSuffix.ReplaceAllString(s, "")
	if strings.IndexByte(s, '@') >= 0 {
		s = handleRe.ReplaceAllString(s, " ")
	}
	var names []string
	seen := map[string]bool{}
	for _, part := range splitAuthors(s) {
		n := cleanName(part)
		if n == "" || seen[strings.ToLower(n)] {
			continue
		}
		seen[strings.ToLower(n)] = true
		names = append(names, n)
	}
	if len(names) > 6 {
		names = names[:6]
	}
	return strings.Join(names, "; ")
}

// legalForms are the words that end a company's name: a company is a
// publisher or a site owner, never the author of a page.
var legalForms = map[string]bool{"gmbh": true, "mbh": true, "ag": true, "e.v": true, "ev": true, "kg": true, "ug": true,
	"inc": true, "llc": true, "ltd": true, "corp": true, "plc": true, "s.a": true, "s.l": true, "sarl": true, "s.r.l": true, "b.v": true}

// countries end an organisation's address given as its name: "Example
// Verlag, Hamburg, Germany".
var countries = map[string]bool{"germany": true, "deutschland": true, "austria": true, "österreich": true,
	"switzerland": true, "schweiz": true, "suisse": true, "france": true, "spain": true, "españa": true, "italy": true,
	"italia": true, "usa": true, "uk": true, "united kingdom": true, "united states": true, "netherlands": true}

// isCompany reports whether an author value names a company (a legal
// form among its words: "Example Media GmbH", "Acme Ltd.") or an address
// ("Example Online, Hamburg, Germany"), or is a copyright line.
func isCompany(s string) bool {
	l := strings.ToLower(s)
	if strings.Contains(l, "copyright") || strings.Contains(l, "rights reserved") || strings.Contains(l, "©") {
		return true
	}
	if i := strings.LastIndexByte(l, ','); i >= 0 && countries[strings.Trim(strings.TrimSpace(l[i+1:]), ".")] {
		return true
	}
	for _, w := range strings.FieldsFunc(l, func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == ';' || r == '&' || r == '(' || r == ')'
	}) {
		if legalForms[strings.TrimRight(w, ".")] {
			return true
		}
	}
	return false
}

// notByline are the openings of texts that name someone who did not
// write the page: a quoted forum post's author, a wiki's crowd, a
// letters page, a photo agency's files.
var notByline = []string{"zitat von", "quote from", "originally posted by", "quote:", "zitat:", "contributors to",
	"letters to the", "leserbrief", "photo:", "foto:", "bild:", "image:"}

// notAuthorship reports whether an author value names a quote's source, a
// wiki's contributors or a photo credit rather than the page's author.
func notAuthorship(s string) bool {
	l := strings.ToLower(s)
	for _, p := range notByline {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return strings.HasSuffix(l, " files") && strings.Contains(l, "/")
}

// splitAuthors splits a list of names. A comma separates names only when
// every piece looks like a full name; "Jane Doe, MD" stays whole.
func splitAuthors(s string) []string {
	parts := multiSepRe.Split(s, -1)
	var out []string
	for _, p := range parts {
		cs := strings.Split(p, ",")
		multi := len(cs) > 1
		for _, c := range cs {
			if len(strings.Fields(c)) < 2 {
				multi = false
			}
		}
		if multi {
			out = append(out, cs...)
		} else {
			out = append(out, p)
		}
	}
	return out
}

// cleanName trims one name and rejects what cannot be one.
func cleanName(s string) string {
	s = strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '.' && r != '\'' || unicode.IsSymbol(r)
	})
	s = strings.TrimRight(s, " ,;:|")
	if s == "" || digitRe.MatchString(s) && len(digitRe.FindAllString(s, -1)) > 2 {
		return ""
	}
	words := strings.Fields(s)
	if len(words) > 6 || len([]rune(s)) > 60 {
		return ""
	}
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 2 {
		return ""
	}
	if looksLikeURL(s) || domainRe.MatchString(s) {
		return ""
	}
	switch strings.ToLower(s) {
	case "admin", "administrator", "guest", "anonymous", "anónimo", "unknown", "author", "by", "staff", "none", "null", "undefined",
		"publisher", "von", "of", "article by", "autor", "autorin", "auteur", "red", "red.", "super user", "user", "webmaster", "posted by", "written by", "data", "source", "quelle", "źródło", "fuente", "foto", "photo":
		return ""
	}
	// What is left of a dateline is no name: "Sep" of "Sep 12, 2024",
	// "Sat" of "Sat, 12 Oct".
	if l := strings.ToLower(strings.TrimSuffix(s, ".")); monthNames[l] != 0 && len(words) == 1 || weekdays[l] {
		return ""
	}
	return s
}

// weekdays are the English and German weekday names and abbreviations.
var weekdays = map[string]bool{"mon": true, "tue": true, "wed": true, "thu": true, "fri": true, "sat": true, "sun": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"mo": true, "di": true, "mi": true, "do": true, "fr": true, "sa": true, "so": true,
	"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true}

func looksLikeURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "/") ||
		strings.HasPrefix(l, "www.") || (strings.Contains(l, "/") && !strings.Contains(l, " "))
}

// nameParticles may stand in lower case inside a name.
var nameParticles = map[string]bool{"von": true, "van": true, "der": true, "den": true, "de": true, "da": true,
	"di": true, "del": true, "della": true, "dos": true, "das": true, "du": true, "le": true, "la": true,
	"bin": true, "al": true, "el": true, "y": true, "zu": true, "ten": true, "ter": true, "af": true, "st": true}

// notNames are words that show a visible "name" to be interface text or a
// sentence: "Sign In", "Write a Review", "By clicking you agree".
var notNames = map[string]bool{"sign": true, "log": true, "login": true, "review": true, "reviews": true, "write": true,
	"category": true, "categories": true, "visit": true, "store": true, "shop": true, "rating": true, "select": true,
	"view": true, "read": true, "more": true, "share": true, "follow": true, "subscribe": true, "comment": true,
	"comments": true, "home": true, "menu": true, "search": true, "click": true, "clicking": true, "default": true,
	"using": true, "submitting": true, "joining": true, "creating": true, "agree": true, "you": true, "your": true,
	"our": true, "this": true, "that": true, "the": true, "is": true, "are": true, "was": true, "has": true,
	"have": true, "all": true, "posts": true, "articles": true, "article": true, "published": true, "updated": true,
	"ago": true, "min": true, "minutes": true, "hours": true, "days": true, "years": true, "dealer": true,
	"authorized": true, "styleguide": true, "publisher": true, "copyright": true, "rights": true, "reserved": true,
	"empfehlen": true, "artikel": true, "mehr": true, "lesen": true, "teilen": true, "anmelden": true,
	"contact": true, "about": true, "help": true, "support": true, "privacy": true, "terms": true, "policy": true,
	"profile": true, "account": true, "cart": true, "price": true, "buy": true, "add": true, "email": true}

// looksLikeName reports whether a visible byline's text reads as a
// person's name: at most five words, each capitalised (or a particle, or an
// initial), none of them interface words.
func looksLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	upper := 0
	for _, w := range words {
		lw := strings.ToLower(strings.Trim(w, ".,'’\"()"))
		if notNames[lw] {
			return false
		}
		r := []rune(w)
		switch {
		case unicode.IsUpper(r[0]):
			upper++
		case nameParticles[lw]:
		default:
			// A lone lower-case handle ("jdoe") passes; lower-case words
			// among others make a phrase.
			if len(words) > 1 {
				return false
			}
		}
	}
	return upper > 0 || len(words) == 1
}

// visibleAuthor cleans a name read from the page's text and keeps it only
// when every name in it looks like one.
func visibleAuthor(s string) string {
	n := CleanAuthor(s)
	if n == "" {
		return ""
	}
	for _, p := range strings.Split(n, "; ") {
		if !looksLikeName(p) {
			return ""
		}
	}
	return n
}
