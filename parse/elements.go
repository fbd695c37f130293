package parse

import "golang.org/x/net/html/atom"

// The element classes the tree builder needs, after the HTML standard's
// tree-construction rules, reduced to what changes the shape of a tree an
// extractor reads: which elements are void, which hold raw text, which
// close an open paragraph, and which bound a search for an end tag's match.

// void elements never have children: the builder does not push them.
var void = set(atom.Area, atom.Base, atom.Basefont, atom.Bgsound, atom.Br, atom.Col,
	atom.Embed, atom.Frame, atom.Hr, atom.Img, atom.Input, atom.Keygen, atom.Link,
	atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr)

// rawContent elements hold text up to their end tag, never markup.
// Scripting counts as enabled, as in a browser, so <noscript> is one of
// them: prune decides whether its text is worth parsing as markup.
var rawContent = set(atom.Script, atom.Style, atom.Xmp, atom.Iframe, atom.Noembed,
	atom.Noframes, atom.Noscript, atom.Title, atom.Textarea)

// escapable raw-text elements have their character references decoded.
var escapable = set(atom.Title, atom.Textarea)

// headOnly elements are put in <head> while the body has not begun.
var headOnly = set(atom.Base, atom.Basefont, atom.Bgsound, atom.Link, atom.Meta,
	atom.Title, atom.Noscript, atom.Noframes, atom.Style, atom.Script, atom.Template)

// closesP elements end an open <p>, as a browser does: a paragraph cannot
// hold a block.
var closesP = set(atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center,
	atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption,
	atom.Figure, atom.Footer, atom.Header, atom.Hgroup, atom.Main, atom.Menu, atom.Nav,
	atom.Ol, atom.P, atom.Search, atom.Section, atom.Summary, atom.Ul, atom.H1, atom.H2,
	atom.H3, atom.H4, atom.H5, atom.H6, atom.Pre, atom.Listing, atom.Form, atom.Li, atom.Dd,
	atom.Dt, atom.Plaintext, atom.Table, atom.Hr, atom.Xmp)

// headings close an open heading.
var headings = set(atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6)

// formatting elements are the inline ones a stray end tag may close across
// others (the standard's adoption agency, simplified to "close up to it").
var formatting = set(atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I,
	atom.Nobr, atom.S, atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U)

// special elements stop the search for a non-formatting inline end tag's
// match: a stray </span> must not close the <div> it sits in.
var special = set(atom.Address, atom.Applet, atom.Area, atom.Article, atom.Aside,
	atom.Base, atom.Basefont, atom.Bgsound, atom.Blockquote, atom.Body, atom.Br,
	atom.Button, atom.Caption, atom.Center, atom.Col, atom.Colgroup, atom.Dd, atom.Details,
	atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Embed, atom.Fieldset, atom.Figcaption,
	atom.Figure, atom.Footer, atom.Form, atom.Frame, atom.Frameset, atom.H1, atom.H2,
	atom.H3, atom.H4, atom.H5, atom.H6, atom.Head, atom.Header, atom.Hgroup, atom.Hr,
	atom.Html, atom.Iframe, atom.Img, atom.Input, atom.Keygen, atom.Li, atom.Link,
	atom.Listing, atom.Main, atom.Marquee, atom.Menu, atom.Meta, atom.Nav, atom.Noembed,
	atom.Noframes, atom.Noscript, atom.Object, atom.Ol, atom.P, atom.Param, atom.Plaintext,
	atom.Pre, atom.Script, atom.Search, atom.Section, atom.Select, atom.Source, atom.Style,
	atom.Summary, atom.Table, atom.Tbody, atom.Td, atom.Template, atom.Textarea, atom.Tfoot,
	atom.Th, atom.Thead, atom.Title, atom.Tr, atom.Track, atom.Ul, atom.Wbr, atom.Xmp)

// scope elements bound every search for an open element: an end tag
// inside a table cell does not close what is outside the table.
var scope = set(atom.Applet, atom.Caption, atom.Html, atom.Table, atom.Td, atom.Th,
	atom.Marquee, atom.Object, atom.Template)

// tableSection elements group a table's rows.
var tableSection = set(atom.Tbody, atom.Thead, atom.Tfoot)

// breakout elements end foreign content: an <svg> left open does not
// swallow the paragraphs after it.
var breakout = set(atom.B, atom.Big, atom.Blockquote, atom.Body, atom.Br, atom.Center,
	atom.Code, atom.Dd, atom.Div, atom.Dl, atom.Dt, atom.Em, atom.Embed, atom.H1, atom.H2,
	atom.H3, atom.H4, atom.H5, atom.H6, atom.Head, atom.Hr, atom.I, atom.Img, atom.Li,
	atom.Listing, atom.Menu, atom.Meta, atom.Nobr, atom.Ol, atom.P, atom.Pre, atom.Ruby,
	atom.S, atom.Small, atom.Span, atom.Strong, atom.Strike, atom.Sub, atom.Sup, atom.Table,
	atom.Tt, atom.U, atom.Ul, atom.Var)

// class is a bit set of the classes above; kinds maps each element to
// its classes, so the builder asks one map per tag, not one per class.
type class uint16

const (
	isVoid class = 1 << iota
	isRaw
	isEscapable
	isHeadOnly
	isClosesP
	isHeading
	isFormatting
	isSpecial
	isScope
	isTableSection
	isBreakout
)

var kinds = func() map[atom.Atom]class {
	m := map[atom.Atom]class{}
	for _, c := range []struct {
		c  class
		as []atom.Atom
	}{
		{isVoid, void}, {isRaw, rawContent}, {isEscapable, escapable},
		{isHeadOnly, headOnly}, {isClosesP, closesP}, {isHeading, headings},
		{isFormatting, formatting}, {isSpecial, special}, {isScope, scope},
		{isTableSection, tableSection}, {isBreakout, breakout},
	} {
		for _, a := range c.as {
			m[a] |= c.c
		}
	}
	return m
}()

func set(as ...atom.Atom) []atom.Atom { return as }
