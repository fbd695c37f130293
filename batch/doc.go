// Package batch holds everything between a front end (the pith command, a
// server, a distributed pipeline) and the pith library: where pages come
// from (files, directories, standard input, URLs, gzip, WARC and WET
// archives, JSONL), a parallel runner that extracts them with bounded
// memory and writes the results in input order, and the writers for each
// output format.
//
// It holds no extraction logic: every page goes through
// (*pith.Extractor).ExtractBytes.
//
// A run is three steps:
//
//	inputs, _ := batch.Expand(args, batch.ExpandOptions{})  // what to read
//	src := batch.Items(inputs, batch.ReadOptions{})        // the documents in them
//	err := runner.Run(ctx, src, writer.Write)              // extract and write
package batch
