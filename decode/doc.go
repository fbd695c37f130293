// Package decode turns the bytes of a fetched page into UTF-8 and tells
// what kind of bytes they are.
//
// [Decode] chooses the character encoding the way a browser does, with a few
// deliberate deviations where browsers are known to produce mojibake on real
// pages:
//
//  1. A byte order mark (UTF-8, UTF-16LE, UTF-16BE) wins over everything.
//  2. The charset parameter of the HTTP Content-Type, when it names an
//     encoding the WHATWG Encoding Standard knows.
//  3. A <meta charset> or <meta http-equiv=Content-Type content=...> found by
//     the HTML spec's byte-level prescan. Unlike the spec, the prescan does not
//     stop after 1024 bytes but reads on to the first <body> or </head> (at
//     most 64 KiB), because many real pages declare their charset after long
//     runs of scripts and styles. An XML declaration's encoding is used when
//     no meta declaration is found.
//  4. Detection: UTF-16 without a BOM (NUL bytes at alternate positions),
//     UTF-8, and otherwise a cheap statistical guess among the common legacy
//     encodings (windows-1252, windows-1250, iso-8859-2, windows-1254,
//     windows-1251, KOI8-R, Shift_JIS, EUC-JP, GBK, Big5, EUC-KR; ISO-2022-JP
//     by its escapes): each candidate decodes a sample of the non-ASCII
//     stretches and is scored on what comes out (letters inside words,
//     frequent characters of its languages, no symbols inside words, no
//     undecodable bytes), with the page's lang attribute and windows-1252
//     breaking near ties. When there is no declaration and nothing but
//     ASCII, the result is windows-1252, the HTML default.
//
// A declaration the bytes plainly contradict is not obeyed: a UTF-8 claim
// about bytes that are mostly invalid UTF-8 falls through to the next source,
// and a legacy claim (iso-8859-1, windows-1252, gb2312, ...) about bytes that
// are valid UTF-8 with multi-byte sequences decodes as UTF-8, since legacy
// text almost never forms valid UTF-8 by accident. An HTTP charset of
// windows-1252 (iso-8859-1, us-ascii) gives way to a page's meta
// declaration of a CJK encoding that the bytes follow without errors: such
// headers are web server defaults. A meta declaration of UTF-16 means
// UTF-8, as the HTML spec says. Result.Declared records an overruled
// declaration.
//
// C1 control characters in UTF-8 text, the trace of a conversion through
// ISO-8859-1, are repaired: "â\u0080\u0094" becomes "—" and a lone
// U+0093 becomes "“".
//
// Labels map to encodings through golang.org/x/text/encoding/htmlindex, so
// WHATWG rules apply: iso-8859-1 and us-ascii mean windows-1252, gb2312 means
// GBK, and so on. Bytes that do not decode are replaced with U+FFFD; Decode
// never fails.
//
// [Sniff] says whether bytes look like HTML, plain text or binary data.
package decode
