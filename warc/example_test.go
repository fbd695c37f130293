package warc_test

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/pith-dev/pith/warc"
)

func Example() {
	page := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n<html><p>caf\xe9</p></html>"
	image := "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG"
	in := "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n" +
		"WARC-Target-URI: http://example.com/\r\nContent-Length: " + fmt.Sprint(len(page)) + "\r\n\r\n" + page + "\r\n\r\n" +
		"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:2>\r\n" +
		"Content-Length: 999\r\n\r\ncut short\r\n\r\n" +
		"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:3>\r\n" +
		"WARC-Target-URI: http://example.com/logo.png\r\nContent-Length: " + fmt.Sprint(len(image)) + "\r\n\r\n" + image + "\r\n\r\n"

	r := warc.NewReader(strings.NewReader(in))
	for {
		rec, err := r.Next()
		if err == io.EOF {
			break
		}
		var damage *warc.RecordError
		if errors.As(err, &damage) {
			fmt.Println("damaged:", damage.RecordID, "at", damage.Offset)
			continue
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		doc := rec.Document()
		if doc.Kind == warc.NotDocument {
			fmt.Println("skipped:", rec.ID, doc.Skip, doc.Detail)
			continue
		}
		fmt.Println(doc.Kind, doc.URL, doc.Charset, len(doc.Body))
	}
	// Output:
	// html http://example.com/ windows-1252 24
	// damaged: <urn:uuid:2> at 215
	// skipped: <urn:uuid:3> content-type content type image/png
}
