package decode

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// encode returns s in enc, failing the test when s has characters enc
// cannot represent.
func encode(t *testing.T, enc encoding.Encoding, s string) string {
	t.Helper()
	b, err := enc.NewEncoder().String(s)
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

// win1252 encodes s in windows-1252.
func win1252(t *testing.T, s string) string {
	return encode(t, charmap.Windows1252, s)
}

func TestDecodeDeclarations(t *testing.T) {
	// iso-8859-15 puts € at 0xA4 where windows-1252 has ¤, so these
	// cases show whether a declaration was obeyed rather than guessed.
	latin9 := "<p>Preis: 5 \xA4</p>"
	pad := "<script>var x = '" + strings.Repeat("padding ", 200) + "';</script>"
	tests := []struct {
		name        string
		data        string
		contentType string
		want        string // substring of the decoded text
		charset     string
		source      Source
		declared    string
	}{
		{
			name:    "utf-8 BOM beats http and meta",
			data:    "\xEF\xBB\xBF<meta charset=windows-1252><p>café</p>",
			want:    "<meta charset=windows-1252><p>café</p>",
			charset: "utf-8", source: SourceBOM,
			contentType: "text/html; charset=iso-8859-15",
		},
		{
			name:    "http charset",
			data:    win1252(t, "<p>“Quoted” – dash — ellipsis… it’s</p>"),
			want:    "“Quoted” – dash — ellipsis… it’s",
			charset: "windows-1252", source: SourceHTTP,
			contentType: "text/html; charset=windows-1252",
		},
		{
			name:    "http beats meta",
			data:    "<meta charset=\"windows-1252\">" + latin9,
			want:    "5 €",
			charset: "iso-8859-15", source: SourceHTTP,
			contentType: "text/html;charset=ISO-8859-15",
		},
		{
			name:    "quoted http charset",
			data:    latin9,
			want:    "5 €",
			charset: "iso-8859-15", source: SourceHTTP,
			contentType: `text/html; charset="iso-8859-15"`,
		},
		{
			name:    "server default latin-1 header under a CJK page",
			data:    encode(t, japanese.ShiftJIS, "<meta http-equiv=Content-Type content=\"text/html; charset=Shift_JIS\"><p>日本語のページです。</p>"),
			want:    "日本語のページです。",
			charset: "shift_jis", source: SourceMeta, declared: "windows-1252",
			contentType: "text/html; charset=ISO-8859-1",
		},
		{
			name:    "latin-1 header wins over a CJK meta the bytes do not follow",
			data:    win1252(t, "<meta charset=Shift_JIS><p>Très “bien” — à côté, où ça ? Ça va être génial…</p>"),
			want:    "Très “bien” — à côté, où ça ? Ça va être génial…",
			charset: "windows-1252", source: SourceHTTP,
			contentType: "text/html; charset=ISO-8859-1",
		},
		{
			name:    "unknown http label is ignored",
			data:    "<meta charset=iso-8859-15>" + latin9,
			want:    "5 €",
			charset: "iso-8859-15", source: SourceMeta,
			contentType: "text/html; charset=no-such-charset",
		},
		{
			name:    "meta charset",
			data:    "<!doctype html><html><head><meta charset=\"iso-8859-15\"></head><body>" + latin9,
			want:    "5 €",
			charset: "iso-8859-15", source: SourceMeta,
		},
		{
			name:    "meta charset unquoted",
			data:    "<meta charset=ISO-8859-15>" + latin9,
			want:    "5 €",
			charset: "iso-8859-15", source: SourceMeta,
		},
		{
			name:    "meta http-equiv",
			data:    `<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15">` + latin9,
			want:    "5 €",
			charset: "iso-8859-15", source: SourceMeta,
		},
		{
			name:    "meta http-equiv, content first, single quotes",
			data:    `<META CONTENT='text/html;charset=iso-8859-15' HTTP-EQUIV='content-type'>` + latin9,
			want:    "5 €",
			charset: "iso-8859-15", source: SourceMeta,
		},
		{
			name:    "meta after 1024 bytes",
			data:    "<html><head>" + pad + "<meta charset=iso-8859-15></head><body>" + latin9,
			want:    "5 €",
			charset: "iso-8859-15", source: SourceMeta,
		},
		{
			name:    "content without http-equiv is no declaration",
			data:    `<meta content="text/html; charset=iso-8859-15">` + latin9,
			want:    "5 ¤",
			charset: "windows-1252", source: SourceDetected,
		},
		{
			name:    "meta in a comment is ignored",
			data:    "<!-- <meta charset=iso-8859-15> -->" + latin9,
			want:    "5 ¤",
			charset: "windows-1252", source: SourceDetected,
		},
		{
			name:    "meta in an attribute value is ignored",
			data:    `<div title="<meta charset=iso-8859-15>">` + latin9,
			want:    "5 ¤",
			charset: "windows-1252", source: SourceDetected,
		},
		{
			name:    "meta after body is ignored",
			data:    "<html><head></head><body><meta charset=iso-8859-15>" + latin9,
			want:    "5 ¤",
			charset: "windows-1252", source: SourceDetected,
		},
		{
			name:    "xml declaration",
			data:    `<?xml version="1.0" encoding="ISO-8859-15"?><html>` + latin9,
			want:    "5 €",
			charset: "iso-8859-15", source: SourceMeta,
		},
		{
			name:    "iso-8859-1 means windows-1252",
			data:    "<meta charset=iso-8859-1><p>\x93Hi\x94 \xe9t\xe9</p>",
			want:    "“Hi” été",
			charset: "windows-1252", source: SourceMeta,
		},
		{
			name:    "us-ascii means windows-1252",
			data:    "<meta charset=us-ascii><p>caf\xe9 \x85</p>",
			want:    "café …",
			charset: "windows-1252", source: SourceMeta,
		},
		{
			name:    "meta utf-16 means utf-8",
			data:    "<meta charset=utf-16><p>café</p>",
			want:    "<p>café</p>",
			charset: "utf-8", source: SourceMeta,
		},
		{
			name:    "meta x-user-defined means windows-1252",
			data:    "<meta charset=x-user-defined><p>caf\xe9</p>",
			want:    "café",
			charset: "windows-1252", source: SourceMeta,
		},
		{
			name:    "replacement label is ignored",
			data:    "<meta charset=iso-2022-kr><p>café</p>",
			want:    "café",
			charset: "utf-8", source: SourceDetected,
		},
		{
			name:    "meta utf-8 over windows-1252 bytes",
			data:    win1252(t, "<meta charset=utf-8><p>Où est la bibliothèque ? À côté de l’église.</p>"),
			want:    "Où est la bibliothèque ? À côté de l’église.",
			charset: "windows-1252", source: SourceDetected, declared: "utf-8",
		},
		{
			name:    "http utf-8 over windows-1252 bytes falls to meta",
			data:    win1252(t, "<meta charset=windows-1252><p>Schöne Grüße</p>"),
			want:    "Schöne Grüße",
			charset: "windows-1252", source: SourceMeta, declared: "utf-8",
			contentType: "text/html; charset=utf-8",
		},
		{
			name:    "first meta wrong, second right",
			data:    "<meta charset=utf-8><meta http-equiv=content-type content='text/html; charset=iso-8859-15'>" + latin9,
			want:    "5 €",
			charset: "iso-8859-15", source: SourceMeta, declared: "utf-8",
		},
		{
			name:    "utf-8 with a few bad bytes stays utf-8",
			data:    "<meta charset=utf-8><p>Grüße aus Köln, naïve café, \xff</p>",
			want:    "Grüße aus Köln, naïve café, \uFFFD",
			charset: "utf-8", source: SourceMeta,
		},
		{
			name:    "stale legacy label over utf-8 bytes",
			data:    "<meta charset=iso-8859-1><p>it’s “quoted”</p>",
			want:    "it’s “quoted”",
			charset: "utf-8", source: SourceDetected, declared: "windows-1252",
		},
		{
			name:    "stale http label, meta says utf-8",
			data:    "<meta charset=utf-8><p>it’s “quoted”</p>",
			want:    "it’s “quoted”",
			charset: "utf-8", source: SourceMeta, declared: "windows-1252",
			contentType: "text/html; charset=iso-8859-1",
		},
		{
			name:    "legacy label over ascii",
			data:    "<meta charset=shift_jis><p>plain</p>",
			want:    "<p>plain</p>",
			charset: "shift_jis", source: SourceMeta,
		},
		{
			name:    "no declaration, ascii",
			data:    "<p>plain &eacute;</p>",
			want:    "<p>plain &eacute;</p>",
			charset: "windows-1252", source: SourceDefault,
		},
		{
			name:    "no declaration, utf-8",
			data:    "<p>naïve</p>",
			want:    "<p>naïve</p>",
			charset: "utf-8", source: SourceDetected,
		},
		{
			name:    "no declaration, windows-1252",
			data:    win1252(t, "<p>“Quoted” – dash — ellipsis… it’s, € 5</p>"),
			want:    "“Quoted” – dash — ellipsis… it’s, € 5",
			charset: "windows-1252", source: SourceDetected,
		},
		{
			name:    "C1 controls in utf-8 read as windows-1252",
			data:    "<p>\u0093quoted\u0094 \u0095 item</p>",
			want:    "“quoted” • item",
			charset: "utf-8", source: SourceDetected,
		},
		{
			name:    "iso-2022-jp detected",
			data:    encode(t, japanese.ISO2022JP, "<p>日本語のテキスト</p>"),
			want:    "日本語のテキスト",
			charset: "iso-2022-jp", source: SourceDetected,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Decode([]byte(tt.data), tt.contentType)
			if !strings.Contains(string(r.Text), tt.want) {
				t.Errorf("text %q does not contain %q", r.Text, tt.want)
			}
			if r.Charset != tt.charset || r.Source != tt.source || r.Declared != tt.declared {
				t.Errorf("got charset %q source %q declared %q, want %q %q %q",
					r.Charset, r.Source, r.Declared, tt.charset, tt.source, tt.declared)
			}
			if !utf8.Valid(r.Text) {
				t.Errorf("text is not valid UTF-8")
			}
		})
	}
}

func TestDecodeUTF16(t *testing.T) {
	const page = "<html><head><title>Grüße</title></head><body><p>Ünïcödé text, 日本語</p></body></html>"
	le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)
	be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)
	tests := []struct {
		name        string
		data        string
		contentType string
		charset     string
		source      Source
	}{
		{"LE with BOM", "\xFF\xFE" + encode(t, le, page), "", "utf-16le", SourceBOM},
		{"BE with BOM", "\xFE\xFF" + encode(t, be, page), "", "utf-16be", SourceBOM},
		{"LE without BOM", encode(t, le, page), "", "utf-16le", SourceDetected},
		{"BE without BOM", encode(t, be, page), "", "utf-16be", SourceDetected},
		{"declared in http", encode(t, le, page), "text/html; charset=utf-16", "utf-16le", SourceHTTP},
		{"http says LE, bytes are BE", encode(t, be, page), "text/html; charset=utf-16le", "utf-16be", SourceHTTP},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Decode([]byte(tt.data), tt.contentType)
			if string(r.Text) != page {
				t.Errorf("text = %q, want %q", r.Text, page)
			}
			if r.Charset != tt.charset || r.Source != tt.source {
				t.Errorf("got %q %q, want %q %q", r.Charset, r.Source, tt.charset, tt.source)
			}
		})
	}
	// A declared UTF-16 that the bytes do not show is passed over.
	r := Decode([]byte("<p>plain ascii</p>"), "text/html; charset=utf-16")
	if r.Charset == "utf-16le" || string(r.Text) != "<p>plain ascii</p>" {
		t.Errorf("ascii declared utf-16: got %q, %q", r.Charset, r.Text)
	}
}

// TestDecodeDetect checks the statistical guess on realistic text in the
// legacy encodings, each page written without any declaration.
func TestDecodeDetect(t *testing.T) {
	const (
		japaneseText = "日本語の文章を正しく判定できるかどうかを確かめるための試験です。東京は日本の首都であり、多くの人が住んでいます。今日はとても良い天気ですね。"
		hansText     = "这是一个用于测试中文编码检测的段落。我们希望程序能够正确地识别简体中文网页的字符集，并把它转换成统一的编码。中国的经济发展很快，人们的生活水平不断提高。"
		hantText     = "這是一個用於測試中文編碼檢測的段落。我們希望程式能夠正確地識別繁體中文網頁的字元集，並把它轉換成統一的編碼。台灣的經濟發展很快，人們的生活水準不斷提高。"
		koreanText   = "이것은 한국어 인코딩 감지를 시험하기 위한 문장입니다. 프로그램이 웹 페이지의 문자 집합을 올바르게 판단할 수 있는지 확인합니다. 서울은 대한민국의 수도이며 많은 사람들이 살고 있습니다."
		russianText  = "Это предложение написано для проверки определения кодировки. Программа должна правильно распознать русский текст на веб-странице и перевести его в единую кодировку. Москва является столицей России."
		polishText   = "Zażółć gęślą jaźń. To jest zdanie napisane po polsku, aby sprawdzić, czy program właściwie rozpozna kodowanie strony. Warszawa jest stolicą Polski, a Wisła płynie przez całe miasto."
		czechText    = "Příliš žluťoučký kůň úpěl ďábelské ódy. Tato věta slouží ke zkoušce, zda program správně rozpozná kódování stránky. Praha je hlavní město České republiky."
		frenchText   = "Le français utilise des lettres accentuées. Où est la bibliothèque ? C’est à côté de l’église « Notre-Dame », près du marché."
		germanText   = "Größere Bäume wachsen langsam; die Straße führt über die Brücke. Schöne Grüße aus München – bis später…"
		turkishText  = "Türkçe bir metin: İstanbul'da güzel bir gün. Çocuklar şarkı söylüyor, ağaçlar yeşil ve kuşlar uçuyor."
	)
	tests := []struct {
		enc     encoding.Encoding
		charset string
		text    string
	}{
		{japanese.ShiftJIS, "shift_jis", japaneseText},
		{japanese.EUCJP, "euc-jp", japaneseText},
		{simplifiedchinese.GBK, "gbk", hansText},
		{simplifiedchinese.GB18030, "gbk", hansText},
		{traditionalchinese.Big5, "big5", hantText},
		{korean.EUCKR, "euc-kr", koreanText},
		{charmap.Windows1251, "windows-1251", russianText},
		{charmap.KOI8R, "koi8-r", russianText},
		{charmap.Windows1250, "windows-1250", polishText},
		{charmap.ISO8859_2, "iso-8859-2", polishText},
		{charmap.Windows1250, "windows-1250", czechText},
		{charmap.ISO8859_2, "iso-8859-2", czechText},
		{charmap.Windows1252, "windows-1252", frenchText},
		{charmap.Windows1252, "windows-1252", germanText},
		{charmap.Windows1254, "windows-1254", turkishText},
	}
	for _, tt := range tests {
		t.Run(tt.charset+"/"+tt.text[:8], func(t *testing.T) {
			page := "<html><head><title>Test</title></head><body><p>" + tt.text + "</p></body></html>"
			r := Decode([]byte(encode(t, tt.enc, page)), "")
			if r.Charset != tt.charset || r.Source != SourceDetected {
				t.Errorf("got %q (%s), want %q", r.Charset, r.Source, tt.charset)
			}
			if string(r.Text) != page {
				t.Errorf("text = %q", r.Text)
			}
		})
	}
}

func TestDecodeNoCopy(t *testing.T) {
	for _, s := range []string{"<p>ascii</p>", "<meta charset=utf-8><p>naïve</p>", "<p>naïve</p>"} {
		data := []byte(s)
		r := Decode(data, "")
		if len(r.Text) == 0 || &r.Text[0] != &data[0] {
			t.Errorf("%q: valid UTF-8 was copied", s)
		}
	}
	data := []byte("\xEF\xBB\xBF<p>naïve</p>")
	if r := Decode(data, ""); &r.Text[0] != &data[3] {
		t.Errorf("UTF-8 after a BOM was copied")
	}
}

func TestDecodeReplaced(t *testing.T) {
	tests := []struct {
		data     string
		want     string
		replaced int
	}{
		{"<p>caf\xc3\xa9 na\xffve</p>", "<p>café na\uFFFDve</p>", 1},
		{"<p>ok é \xe2\x82 cut</p>", "<p>ok é \uFFFD cut</p>", 1},
		{"<p>ok éèà \xe0\x80\xaf</p>", "<p>ok éèà \uFFFD\uFFFD\uFFFD</p>", 3},
		{"<p>ok é \xf0\x9f\x98</p>", "<p>ok é \uFFFD</p>", 1},
		{"<p>ok é</p>\xc3", "<p>ok é</p>\uFFFD", 1},
	}
	for _, tt := range tests {
		r := Decode([]byte(tt.data), "text/html; charset=utf-8")
		if string(r.Text) != tt.want || r.Replaced != tt.replaced {
			t.Errorf("Decode(%q) = %q, %d replaced; want %q, %d", tt.data, r.Text, r.Replaced, tt.want, tt.replaced)
		}
	}
}

func TestDecodeEmpty(t *testing.T) {
	r := Decode(nil, "")
	if len(r.Text) != 0 || r.Charset == "" {
		t.Errorf("Decode(nil) = %+v", r)
	}
}

// TestDecodeDetectShort checks the guess on pages with only a few
// non-ASCII bytes, where a wrong multi-byte reading is easy to fall into.
func TestDecodeDetectShort(t *testing.T) {
	tests := []struct {
		enc     encoding.Encoding
		charset string
		page    string
	}{
		{charmap.Windows1252, "windows-1252", "<p>It’s done.</p>"},
		{charmap.Windows1252, "windows-1252", "<p>Café</p>"},
		{charmap.Windows1252, "windows-1252", "<footer>© 2024 Company</footer>"},
		{charmap.Windows1252, "windows-1252", "<p>Price: 20 € — cheap</p>"},
		{charmap.Windows1252, "windows-1252", "<p>«Señor», dijo. ¿Qué?</p>"},
		{japanese.ShiftJIS, "shift_jis", "<p>こんにちは</p>"},
		{japanese.EUCJP, "euc-jp", "<p>こんにちは、世界。</p>"},
		{korean.EUCKR, "euc-kr", "<p>안녕하세요</p>"},
		{simplifiedchinese.GBK, "gbk", "<p>中国的经济</p>"},
		{traditionalchinese.Big5, "big5", "<p>我們的國家</p>"},
		{charmap.KOI8R, "koi8-r", "<p>Привет, мир!</p>"},
		{charmap.Windows1251, "windows-1251", "<p>Привет, мир!</p>"},
		// Hungarian reads as valid windows-1252 (õ û for ő ű); its lang
		// attribute tips the balance.
		{charmap.Windows1250, "windows-1250", "<html lang=hu><p>Árvíztűrő tükörfúrógép</p>"},
	}
	for _, tt := range tests {
		t.Run(tt.charset+"/"+tt.page, func(t *testing.T) {
			r := Decode([]byte(encode(t, tt.enc, tt.page)), "")
			if r.Charset != tt.charset || string(r.Text) != tt.page {
				t.Errorf("got %q %q, want %q", r.Charset, r.Text, tt.charset)
			}
		})
	}
}

// TestDecodeHTTPOnlyWindows1252 builds the page of the damaged WARC case
// (bench/warc/README.md): windows-1252 bytes, no meta declaration, no BOM,
// characters outside windows-1252 as numeric references, and the charset
// only in the HTTP header. The 0x80-0x9F punctuation must come out intact.
func TestDecodeHTTPOnlyWindows1252(t *testing.T) {
	const text = "The “new” rules – announced today — don’t apply… yet; naïve café crème, 5 €, ™ ‰ Œ œ Š š Ÿ ž"
	page := "<!DOCTYPE html><html><head><title>News</title></head><body><article><p>" + text +
		" &#8364; &#26085;&#26412;</p></article></body></html>"
	data := []byte(win1252(t, page))
	r := Decode(data, "text/html; charset=windows-1252")
	if r.Charset != "windows-1252" || r.Source != SourceHTTP {
		t.Errorf("got %q (%s)", r.Charset, r.Source)
	}
	if !strings.Contains(string(r.Text), text) {
		t.Errorf("text %q lost %q", r.Text, text)
	}
	if r.Replaced != 0 {
		t.Errorf("%d replacements", r.Replaced)
	}
	// The same bytes with a header naming ISO-8859-1, as servers often
	// do, decode the same (WHATWG: the label means windows-1252).
	if r2 := Decode(data, "text/html; charset=ISO-8859-1"); string(r2.Text) != string(r.Text) {
		t.Errorf("iso-8859-1 header decoded differently: %q", r2.Text)
	}
	// And without any header the guess gets them right too.
	if r3 := Decode(data, ""); string(r3.Text) != string(r.Text) || r3.Charset != "windows-1252" {
		t.Errorf("undeclared: got %q %q", r3.Charset, r3.Text)
	}
}

func TestFixC1(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain – text", "plain – text"},
		{"\u0093quoted\u0094 \u0085", "“quoted” …"},
		{"unassigned \u0081 \u009d", "unassigned \u0081 \u009d"},
		// UTF-8 read as ISO-8859-1 and encoded again.
		{"leg up \u00e2\u0080\u0094 in", "leg up — in"},
		{"it\u00e2\u0080\u0099s", "it’s"},
		{"caf\u00c3\u00a9 \u0096", "caf\u00c3\u00a9 –"}, // no C1 in "Ã©": left alone
		{"\u00e2\u0080", "â€"},                          // cut short
		{"x\u00f0\u009f\u0098\u0080", "x😀"},
	}
	for _, tt := range tests {
		if got := string(fixC1([]byte(tt.in))); got != tt.want {
			t.Errorf("fixC1(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
