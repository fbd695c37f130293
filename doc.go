// Package pith extracts the main content of a web page: the article, post,
// thread or document a reader came for, without navigation, ads, teasers,
// share bars or comments, together with the page's metadata.
//
// It takes HTML (in any charset) or the already-rendered plain text of a
// page, and returns the main content as plain text, Markdown, or clean HTML.
//
// The work is done by a pipeline of small packages, each with one job:
//
//	decode    bytes in any charset to UTF-8
//	parse     UTF-8 HTML to a DOM, within limits
//	prune     removes nodes that are never content (script, style, forms, hidden...)
//	segment   splits the DOM into blocks and computes their features
//	classify  scores each block as main content or boilerplate
//	selection chooses the blocks that make up the main content
//	render    writes the chosen blocks as text, Markdown or HTML
//
// Beside the pipeline, package metadata reads the page's facts (title,
// author, dates...) and package plaintext cleans pages that are already text.
//
// Extract is safe for concurrent use.
package pith
