package decode

import (
	"strings"
	"testing"
)

func TestPrescan(t *testing.T) {
	long := strings.Repeat("<link rel=stylesheet href=/a.css>\n", 60) // > 1024 bytes
	tests := []struct {
		name string
		data string
		want string // WHATWG name, "" for none
	}{
		{"charset", `<meta charset="utf-8">`, "utf-8"},
		{"charset single quotes", `<meta charset='windows-1251'>`, "windows-1251"},
		{"charset unquoted", `<meta charset=koi8-r>`, "koi8-r"},
		{"charset upper case", `<META CHARSET="SHIFT_JIS">`, "shift_jis"},
		{"charset with spaces", `<meta charset = " euc-kr " >`, "euc-kr"},
		{"self-closing", `<meta charset="gbk"/>`, "gbk"},
		{"label alias", `<meta charset="gb2312">`, "gbk"},
		{"latin1 alias", `<meta charset="latin1">`, "windows-1252"},
		{"http-equiv", `<meta http-equiv="Content-Type" content="text/html; charset=big5">`, "big5"},
		{"http-equiv reversed", `<meta content="text/html;charset=euc-jp" http-equiv="content-type">`, "euc-jp"},
		{"http-equiv quoted charset", `<meta http-equiv=content-type content='text/html; charset="iso-8859-2"'>`, "iso-8859-2"},
		{"content without http-equiv", `<meta content="text/html; charset=big5">`, ""},
		{"http-equiv refresh", `<meta http-equiv="refresh" content="0; charset=big5">`, ""},
		{"charset beats later content", `<meta charset=big5 http-equiv=content-type content="text/html; charset=gbk">`, "big5"},
		{"duplicate attribute ignored", `<meta charset=big5 charset=gbk>`, "big5"},
		{"unknown label skipped", `<meta charset=klingon><meta charset=big5>`, "big5"},
		{"utf-16 means utf-8", `<meta charset=utf-16be>`, "utf-8"},
		{"after 1024 bytes", "<head>" + long + `<meta charset=windows-1250>`, "windows-1250"},
		{"in comment", `<!-- <meta charset=big5> -->`, ""},
		{"short comment", `<!--><meta charset=big5>`, "big5"},
		{"in attribute", `<a title="<meta charset=big5>">x</a>`, ""},
		{"in bogus tag", `<!DOCTYPE html <meta charset=big5>>`, ""},
		{"script charset is no declaration", `<script src=a.js charset="utf-8"></script><meta charset=big5>`, "big5"},
		{"meta without space", `<metacharset=big5>`, ""},
		{"after body", `<head></head><body><meta charset=big5>`, ""},
		{"after end of head", `<head></head><meta charset=big5>`, ""},
		{"before body in head", `<html lang=fr><head><title>x</title><meta charset=big5></head>`, "big5"},
		{"cut off value", `<meta charset="big5`, ""},
		{"empty", ``, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got, _ := newPrescanner([]byte(tt.data)).next()
			if got != tt.want {
				t.Errorf("prescan(%q) = %q, want %q", tt.data, got, tt.want)
			}
		})
	}
}

func TestPrescanLimit(t *testing.T) {
	pad := "<head>" + strings.Repeat("<link rel=x>", prescanLimit/12+1)
	if _, got, _ := newPrescanner([]byte(pad + "<meta charset=big5>")).next(); got != "" {
		t.Errorf("found %q beyond the prescan limit", got)
	}
}

func TestPrescanLang(t *testing.T) {
	p := newPrescanner([]byte(`<!doctype html><HTML LANG="pl-PL"><head><meta charset=utf-8>`))
	if _, name, _ := p.next(); name != "utf-8" || p.lang != "pl-pl" {
		t.Errorf("got %q, lang %q", name, p.lang)
	}
}

func TestCharsetParam(t *testing.T) {
	tests := []struct{ in, want string }{
		{"text/html; charset=utf-8", "utf-8"},
		{"text/html;charset=UTF-8", "UTF-8"},
		{`text/html; charset="windows-1252"`, "windows-1252"},
		{"text/html; charset='koi8-r'; foo=bar", "koi8-r"},
		{"text/html; CHARSET = big5", "big5"},
		{"text/html; charsetx; charset=gbk", "gbk"},
		{`text/html; charset="unterminated`, ""},
		{"text/html", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := charsetParam(tt.in); got != tt.want {
			t.Errorf("charsetParam(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestXMLEncoding(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<?xml version="1.0" encoding="ISO-8859-2"?><html>`, "ISO-8859-2"},
		{"  <?xml version='1.0' encoding='gbk' ?>", "gbk"},
		{`<?xml version="1.0"?><html>`, ""},
		{`<html><?xml encoding="gbk"?>`, ""},
	}
	for _, tt := range tests {
		if got := xmlEncoding([]byte(tt.in)); got != tt.want {
			t.Errorf("xmlEncoding(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
