package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// A page in ISO-8859-1 that does not declare its charset: only the HTTP
// header can decode "é" (0xE9) right.
const latin1Page = "<html><head><title>Caf\xe9</title></head><body><article>" +
	"<p>Le caf\xe9 de la place ouvre \xe0 sept heures, et le boulanger d'\xe0 c\xf4t\xe9 y apporte ses croissants encore ti\xe8des chaque matin.</p>" +
	"<p>Les habitu\xe9s s'installent pr\xe8s de la fen\xeatre pour lire le journal avant de partir travailler dans les champs ou \xe0 la ville voisine.</p>" +
	"</article></body></html>"

func TestFetch(t *testing.T) {
	article := string(readFixture(t, "article.html"))
	var gotUA string
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		gotUA = r.UserAgent()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, article)
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		fmt.Fprint(w, latin1Page)
	})
	mux.HandleFunc("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/article", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, strings.Repeat(article, 20))
	})
	mux.HandleFunc("/big-chunked", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for range 20 {
			fmt.Fprint(w, article)
			w.(http.Flusher).Flush() // no Content-Length: the limit is met while reading
		}
	})
	mux.HandleFunc("/missing", http.NotFound)
	srv := httptest.NewServer(mux)
	defer srv.Close()

	want := libText(t, []byte(article))
	tests := []struct {
		name   string
		args   []string
		code   int
		out    string // exact stdout, when not empty
		has    string // a part of stdout
		errHas string // a part of the one stderr line
	}{
		{name: "page", args: []string{srv.URL + "/article"}, out: want},
		{name: "redirect", args: []string{srv.URL + "/moved"}, out: want},
		{name: "charset from the header", args: []string{srv.URL + "/latin1"}, has: "Le café de la place ouvre à sept heures"},
		{name: "404", args: []string{srv.URL + "/missing"}, code: 1, errHas: "HTTP 404 Not Found"},
		{name: "too many redirects", args: []string{"--max-redirects", "3", srv.URL + "/loop"}, code: 1, errHas: "stopped after 3 redirects"},
		{name: "size limit, Content-Length", args: []string{"--max-bytes", "8k", srv.URL + "/big"}, code: 1, errHas: "size limit"},
		{name: "size limit, chunked", args: []string{"--max-bytes", "8k", srv.URL + "/big-chunked"}, code: 1, errHas: "size limit"},
		{name: "archive behind a URL", args: []string{srv.URL + "/crawl.warc.gz"}, code: 1, errHas: "not URLs"},
		{name: "refused connection", args: []string{"http://127.0.0.1:1/"}, code: 1, errHas: "refused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runCmd(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d (stderr %q)", code, tt.code, errs)
			}
			if tt.out != "" && out != tt.out {
				t.Errorf("stdout %q, want %q", out, tt.out)
			}
			if tt.has != "" && !strings.Contains(out, tt.has) {
				t.Errorf("stdout %q lacks %q", out, tt.has)
			}
			name := tt.args[len(tt.args)-1]
			if tt.errHas == "" && errs != "" {
				t.Errorf("stderr %q", errs)
			}
			if tt.errHas != "" && (strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "pith: "+name+": ") || !strings.Contains(errs, tt.errHas)) {
				t.Errorf("stderr %q, want one line \"pith: %s: ...%s...\"", errs, name, tt.errHas)
			}
		})
	}
	if !strings.HasPrefix(gotUA, "pith/") {
		t.Errorf("User-Agent %q", gotUA)
	}
}
