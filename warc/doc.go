// Package warc reads web archive files: WARC 1.0 and 1.1 records, plain or
// compressed with one gzip member per record (".warc.gz", as Common Crawl
// writes them), including WET files of "conversion" records.
//
// A Reader streams records from an io.Reader. It holds one record's block
// in memory (up to a maximum, 64 MiB by default) and, so that it can go
// back after damage, the compressed bytes of the current gzip member or the
// bytes of the current plain record. Damage does not end the reading: a
// truncated or corrupt gzip member, a Content-Length that disagrees with the
// block, or a header without a length is returned by Next as a
// *RecordError giving the record's offset (and id when known), and the
// following call to Next resumes at the next record.
//
// Record.Document tells whether a record is a page to extract: an HTML
// "response" with a 2xx status, an HTML "resource", or a WET "conversion"
// (plain text); everything else is skipped with a SkipReason for counting.
// Document.ContentType carries the HTTP Content-Type, whose charset
// parameter must reach the HTML decoder (pith.WithContentType).
//
//	r := warc.NewReader(f)
//	for {
//		rec, err := r.Next()
//		if err == io.EOF {
//			break
//		}
//		var re *warc.RecordError
//		if errors.As(err, &re) {
//			log.Printf("offset %d: %v", re.Offset, re)
//			continue
//		}
//		if err != nil {
//			return err // the input itself failed
//		}
//		doc := rec.Document()
//		if doc.Kind == warc.NotDocument {
//			skipped[doc.Skip]++
//			continue
//		}
//		// extract doc.Body, with doc.ContentType for its charset
//	}
//
// A Reader is not safe for concurrent use, but the records it returns are
// independent of it (unless WithBlockReuse is given) and may be handed to
// other goroutines.
package warc
