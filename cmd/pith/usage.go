package main

// usage is the text of pith --help. Every flag is in it (a test checks).
const usage = `pith extracts the main content of web pages: the article, post, thread
or documentation a reader came for, without navigation, ads, teasers,
share bars or comments.

Usage:
  pith [flags] [INPUT...]

An INPUT is a file, a directory (walked recursively), an http(s) URL
(fetched), or - for standard input (the default when no INPUT is given).
Files may be gzip-compressed. Directories give their *.html, *.htm,
*.warc and *.wet files (each also .gz) in lexical order; with
--input-format text their *.txt files, with --input-format jsonl their
*.jsonl files. Inputs keep the order given.

Archives (*.warc, *.warc.gz, *.wet, *.warc.wet.gz) are read record by
record: HTML "response" and "resource" records are extracted with the
charset of their HTTP header, WET "conversion" records as plain text;
other records (request, metadata, revisit, warcinfo, non-HTML or non-2xx
responses) are skipped and counted. JSONL input (*.jsonl, *.jsonl.gz)
holds a page per line: {"url": ..., "html": ...} or {"url": ..., "text": ...}.

Output:
  -f, --format FORMAT    text (default), markdown (or md), html, json or
                         jsonl. json writes an object per page with url,
                         title, author, date, date_source (markup+page,
                         markup, page or url), modified, sitename,
                         description, language, tags, categories, image,
                         canonical, license, page_type, text (comments,
                         markdown, html when asked); records of archives
                         add warc_record_id, warc_date, warc_target_uri,
                         and every file input adds source {file, offset}.
                         Several pages give a stream of objects; jsonl
                         writes the same objects one per line.
  -o, --output FILE      write all output to FILE instead of standard
                         output; gzip-compressed when FILE ends in .gz.
  --output-dir DIR       write one file per page into DIR, named after its
                         input with the extension of the format (.txt, .md,
                         .html, .json): x.html and x.html.gz give DIR/x.txt;
                         a directory input keeps its sub-directories; an
                         archive gives DIR/NAME/OFFSET.txt per record, JSONL
                         DIR/NAME/LINE.txt. Clashing names get -2, -3...
  --comments             add the page's user comments (after the main text
                         under a line "----- comments -----" in text, a
                         "## Comments" section in Markdown, a "comments"
                         field in JSON).
  --markdown             add the "markdown" field to JSON output.
  --html                 add the "html" field to JSON output.
  --links                keep hyperlinks in Markdown and HTML output.
  --images               keep images in Markdown and HTML output.
  --strict-dates         give a publication date only when the page shows
                         it and its markup declares dates or it names an
                         author: fewer dates, rarely one on a page without
                         a date of its own ("Last updated" footers).

  Several documents written to one stream in text, markdown or html each
  start with a line "==> NAME <==" and are separated by a blank line, as
  head(1) does.

Input:
  --input-format FORMAT  auto (default), html, text, warc or jsonl. auto
                         decides by the file name (and for standard input by
                         its first bytes); html and text read every input
                         as one page of that kind; warc and jsonl read every
                         input as an archive or as JSON lines.
  --url URL              the page's URL, for a single file or standard
                         input (resolves relative links; reported in json).
  --shard i/n            take only inputs i, i+n, i+2n... (counting from 0)
                         of the expanded input list, to split one job over
                         n machines: Slurm, Kubernetes indexed jobs, xargs.

Fetching URLs:
  --fetch-timeout DUR    give up a fetch after DUR (default 30s; 0: never).
  --max-redirects N      follow at most N redirects (default 10).
  --user-agent UA        the User-Agent sent (default "` + defaultUA + `").
  A status other than 2xx is an error; the charset of the response's
  Content-Type header decodes the page. --max-bytes bounds the body.

Limits (per page):
  --max-bytes SIZE       largest page, after decompression (default 64M;
                         512k, 64M, 1G, 64MB or none).
  --max-nodes N          largest DOM, in nodes (default 4000000).
  --max-depth N          deepest nesting kept; deeper elements are
                         flattened, their text kept (default 512).
  --timeout DUR          give up a page after DUR (e.g. 5s; default none).

Running:
  -j, --jobs N           extract N pages at once (default: the number of
                         cores). Output order and content do not depend on N.
  --unordered            write documents as they are done, not in input
                         order (faster when pages differ much in size).
  -q, --quiet            no progress line and no summary.
  --stats                always print the summary line at the end. By
                         default it is printed only for a run of several
                         documents whose standard error is a terminal,
                         which then also shows a progress line (docs,
                         docs/s, MB/s, skipped, failed, elapsed, and the
                         ETA when the input size is known) unless the
                         documents go to the same terminal.
  --version              print the version and exit.
  -h, --help             print this help and exit.

Errors:
  An input or record that fails (unreadable, not HTML or text, too large,
  truncated gzip, damaged archive record) is reported on standard error on
  one line, "pith: NAME: reason", and the others are still written. Exit
  status: 0 when every input succeeded, 1 when some failed, 2 for a usage
  error.

Examples:
  pith page.html                       the main text of a page
  curl -s https://example.com/ | pith  the same from standard input
  pith https://example.com/post        fetch and extract
  pith --format markdown page.html.gz  Markdown, from a compressed page
  pith --format json --comments a.html metadata, text and comments as JSON
  pith --output-dir out/ site/         one out/.../NAME.txt per page of site/
  pith --input-format text page.txt    clean a page that is already text
  pith -f jsonl -o docs.jsonl.gz CC-MAIN-*.warc.gz
                                       a crawl's documents, as gzipped JSONL
  pith -f jsonl --shard $SLURM_ARRAY_TASK_ID/16 -o part-$SLURM_ARRAY_TASK_ID.jsonl crawl/
                                       one of 16 shards of a crawl
`
