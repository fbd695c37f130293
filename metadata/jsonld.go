package metadata

import (
	"encoding/json"
	"strings"
)

// ldObject is one schema.org node from JSON-LD, flattened to what
// resolution needs.
type ldObject struct {
	types     []string // lower-cased @type values without the schema.org prefix
	rank      int      // how likely the node describes the page's main content; lower is better
	headline  string
	name      string
	authors   []ldAuthor
	published string
	modified  string
	created   string
	publisher string
	desc      string
	image     string
	lang      string
	keywords  []string
	section   []string
	license   string
}

// ldAuthor is an author or creator: a name and whether it is a person.
type ldAuthor struct {
	name   string
	person bool // @type Person, or a bare string
	org    bool // @type Organization and kin
}

// mainTypes rank the node types that can describe a page's content.
var mainTypes = map[string]int{
	"article": 1, "newsarticle": 1, "blogposting": 1, "report": 1, "reportagenewsarticle": 1,
	"analysisnewsarticle": 1, "opinionnewsarticle": 1, "backgroundnewsarticle": 1, "reviewnewsarticle": 1,
	"techarticle": 1, "scholarlyarticle": 1, "liveblogposting": 1, "socialmediaposting": 1,
	"discussionforumposting": 1, "medicalwebpage": 3, "review": 2, "recipe": 2, "howto": 2,
	"question": 2, "qapage": 3, "product": 2, "videoobject": 3, "event": 3, "course": 3,
	"creativework": 3, "book": 3, "podcastepisode": 3, "faqpage": 4,
	"webpage": 4, "itempage": 4, "aboutpage": 4, "contactpage": 4, "collectionpage": 5, "profilepage": 5,
	"searchresultspage": 6, "checkoutpage": 6,
}

// orgTypes are the @types of organisations: never an author when a person
// is given.
var orgTypes = map[string]bool{"organization": true, "newsmediaorganization": true, "corporation": true,
	"localbusiness": true, "educationalorganization": true, "governmentorganization": true, "ngo": true,
	"onlinebusiness": true, "brand": true, "website": true}

// parseJSONLD decodes the page's JSON-LD blocks into flattened nodes. Broken
// blocks are repaired where cheap (HTML comments, CDATA markers, raw control
// characters) and otherwise skipped.
func parseJSONLD(blocks []string) (objs []*ldObject, site string) {
	var roots []any
	for _, b := range blocks {
		v, ok := decodeLD(b)
		if ok {
			roots = append(roots, v)
		}
	}
	if len(roots) == 0 {
		return nil, ""
	}
	// Index nodes by @id so that references ({"@id": ...}) resolve.
	ids := map[string]map[string]any{}
	var index func(v any, depth int)
	index = func(v any, depth int) {
		if depth > 20 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				index(e, depth+1)
			}
		case map[string]any:
			if id, ok := t["@id"].(string); ok && len(t) > 1 {
				if _, dup := ids[id]; !dup {
					ids[id] = t
				}
			}
			for _, e := range t {
				index(e, depth+1)
			}
		}
	}
	for _, r := range roots {
		index(r, 0)
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 12 {
			return
		}
		switch t := v.(type) {
		case []any:
			for _, e := range t {
				visit(e, depth+1)
			}
		case map[string]any:
			types := ldTypes(t)
			rank := 99
			for _, ty := range types {
				if r, ok := mainTypes[ty]; ok && r < rank {
					rank = r
				}
				if ty == "website" && site == "" {
					site = ldString(t["name"])
				}
			}
			if rank < 99 {
				objs = append(objs, ldNode(t, types, rank, ids))
			}
			for k, e := range t {
				switch k {
				case "@graph", "mainEntity", "mainEntityOfPage", "hasPart", "subjectOf", "itemReviewed", "@reverse":
					visit(e, depth+1)
				}
			}
		}
	}
	for _, r := range roots {
		visit(r, 0)
	}
	return objs, site
}

func decodeLD(s string) (any, bool) {
	s = strings.TrimSpace(s)
	for _, junk := range []string{"<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"} {
		s = strings.ReplaceAll(s, junk, "")
	}
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, ";")
	var v any
	if err := json.Unmarshal([]byte(s), &v); err == nil {
		return v, true
	}
	// Raw newlines and tabs inside strings are the commonest breakage.
	fixed := strings.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, s)
	if err := json.Unmarshal([]byte(fixed), &v); err == nil {
		return v, true
	}
	return nil, false
}

func ldTypes(m map[string]any) []string {
	var out []string
	add := func(s string) {
		s = strings.ToLower(strings.TrimSpace(s))
		if i := strings.LastIndexAny(s, "/:"); i >= 0 {
			s = s[i+1:]
		}
		if s != "" {
			out = append(out, s)
		}
	}
	switch t := m["@type"].(type) {
	case string:
		add(t)
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok {
				add(s)
			}
		}
	}
	return out
}

// ldString returns the text of a JSON-LD value: a string, the first string
// of an array, a number as text, or an object's @value/name/url.
func ldString(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		for _, e := range t {
			if s := ldString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		for _, k := range []string{"@value", "name", "url", "@id"} {
			if s, ok := t[k].(string); ok && strings.TrimSpace(s) != "" {
				return strings.TrimSpace(s)
			}
		}
	}
	return ""
}

func ldStrings(v any) []string {
	switch t := v.(type) {
	case string:
		if strings.TrimSpace(t) == "" {
			return nil
		}
		return []string{strings.TrimSpace(t)}
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, ldStrings(e)...)
		}
		return out
	case map[string]any:
		if s := ldString(t); s != "" {
			return []string{s}
		}
	}
	return nil
}

func ldNode(m map[string]any, types []string, rank int, ids map[string]map[string]any) *ldObject {
	o := &ldObject{types: types, rank: rank}
	o.headline = ldString(m["headline"])
	if o.headline == "" {
		o.headline = ldString(m["alternativeHeadline"])
	}
	o.name = ldString(m["name"])
	o.published = ldString(m["datePublished"])
	o.created = ldString(m["dateCreated"])
	o.modified = ldString(m["dateModified"])
	if o.published == "" {
		o.published = ldString(m["uploadDate"])
	}
	o.desc = ldString(m["description"])
	o.lang = ldString(m["inLanguage"])
	o.license = ldString(m["license"])
	o.image = ldImage(m["image"])
	if kw, ok := m["keywords"].(string); ok {
		for _, k := range strings.Split(kw, ",") {
			if k = strings.TrimSpace(k); k != "" {
				o.keywords = append(o.keywords, k)
			}
		}
	} else {
		o.keywords = ldStrings(m["keywords"])
	}
	o.section = ldStrings(m["articleSection"])
	if p := resolveRef(m["publisher"], ids); p != nil {
		o.publisher = ldString(p["name"])
	}
	for _, k := range []string{"author", "creator"} {
		if len(o.authors) == 0 {
			o.authors = ldAuthors(m[k], ids, 0)
		}
	}
	return o
}

func ldImage(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		for _, e := range t {
			if s := ldImage(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s, ok := t["url"].(string); ok {
			return strings.TrimSpace(s)
		}
		if s, ok := t["contentUrl"].(string); ok {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// resolveRef follows a {"@id": ...} reference to the node it names.
func resolveRef(v any, ids map[string]map[string]any) map[string]any {
	switch t := v.(type) {
	case map[string]any:
		if id, ok := t["@id"].(string); ok && len(t) == 1 {
			if r, ok := ids[id]; ok {
				return r
			}
		}
		return t
	case []any:
		if len(t) > 0 {
			return resolveRef(t[0], ids)
		}
	}
	return nil
}

func ldAuthors(v any, ids map[string]map[string]any, depth int) []ldAuthor {
	if depth > 3 {
		return nil
	}
	switch t := v.(type) {
	case string:
		if s := strings.TrimSpace(t); s != "" {
			return []ldAuthor{{name: s, person: true}}
		}
	case []any:
		var out []ldAuthor
		for _, e := range t {
			out = append(out, ldAuthors(e, ids, depth+1)...)
		}
		return out
	case map[string]any:
		m := resolveRef(t, ids)
		if m == nil {
			return nil
		}
		name := ldString(m["name"])
		if name == "" {
			given, family := ldString(m["givenName"]), ldString(m["familyName"])
			name = strings.TrimSpace(given + " " + family)
		}
		if name == "" {
			return nil
		}
		a := ldAuthor{name: name}
		types := ldTypes(m)
		if len(types) == 0 {
			a.person = true
		}
		for _, ty := range types {
			if ty == "person" {
				a.person = true
			}
			if orgTypes[ty] {
				a.org = true
			}
		}
		return []ldAuthor{a}
	}
	return nil
}
