// Package metaeval scores page metadata (title, author, publication date)
// against the gold of the benchmark sets in ../shared/bench: wcxb-dev's
// index.jsonl and trafilatura-snippets' <id>.json files.
//
// The same scorer serves pith and the reference extractors: the bench module
// loads the pages with Load, runs any extractor through Evaluate and prints
// the tables side by side with SideBySide.
//
// Comparison rules (issue 5):
//
//   - Title: right when both sides are equal after HTML entities are
//     decoded, typographic quotes are made plain (’ is '), case is folded,
//     runs of white space become one space and punctuation or symbols at
//     either end are trimmed (see NormTitle).
//   - Author: both sides are split into names at ";", ",", "&", "|", "/" and
//     the words "and", "und", "et", "y"; a name is its lower-cased word
//     tokens without a leading honorific (Dr, Prof, Mr, Mrs, Ms);
//     credentials ("MS", "RD", "Ph.D.", "E-RYT 200") are dropped when a name
//     is present. Right when the two
//     sets of names are equal: every gold author given and nobody else, no
//     partial credit (see AuthorNames).
//   - Date: right when the publication day (YYYY-MM-DD) is the same; a gold
//     date that only has a month is matched on the month.
//
// Over a set, accuracy is the share of pages with a gold value that are
// right; the false-positive rate is the share of pages without a gold value
// for which the extractor gives one anyway. A trafilatura-snippets page
// whose <id>.json has none of the title, author and date keys (139 of 990)
// was never annotated: it counts for neither, as its metadata is unknown
// rather than absent (the bench README gives the gold "where known").
package metaeval
