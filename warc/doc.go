// Package warc reads web archive files: WARC 1.0 and 1.1 records, plain or
// compressed with one gzip member per record (".warc.gz", as Common Crawl
// writes them), including WET files of "conversion" records.
//
// A Reader streams records from an io.Reader: it never holds more than one
// record's block (and, for recovery, the compressed bytes of the current
// record) in memory. Damage does not end the reading: a truncated gzip
// member, a Content-Length that disagrees with the block, or a header
// without a length is returned by Next as a *RecordError, and the following
// call to Next resumes at the next record.
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
package warc
