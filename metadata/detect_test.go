package metadata

import "testing"

func TestDetectLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The committee said that it was not able to confirm the report, which had been published by the agency on Monday.", "en"},
		{"Die Regierung hat am Montag angekündigt, dass sie die Steuern für kleine Unternehmen nicht erhöhen wird, wie es im Vertrag steht.", "de"},
		{"Le gouvernement a annoncé lundi qu'il ne va pas augmenter les impôts des petites entreprises dans les prochains mois.", "fr"},
		{"El gobierno anunció el lunes que no va a subir los impuestos de las pequeñas empresas durante los próximos meses.", "es"},
		{"Il governo ha annunciato che non aumenterà le tasse per le piccole imprese nei prossimi mesi, come previsto dalla legge.", "it"},
		{"Rząd ogłosił w poniedziałek, że nie podniesie podatków dla małych firm, ale to nie jest jeszcze pewne dla wszystkich.", "pl"},
		{"Правительство объявило в понедельник, что не будет повышать налоги для малого бизнеса, но это еще не все.", "ru"},
		{"政府は月曜日、中小企業に対する税金を引き上げないと発表しました。これは多くの人々にとって良いニュースです。", "ja"},
		{"政府周一宣布，不会提高小企业的税收。这对许多人来说是一个好消息，但专家表示仍需观察。", "zh"},
		{"정부는 월요일 중소기업에 대한 세금을 인상하지 않겠다고 발표했습니다. 이것은 많은 사람들에게 좋은 소식입니다.", "ko"},
		// Too little to tell.
		{"Hello", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := DetectLanguage(tt.text); got != tt.want {
			t.Errorf("DetectLanguage(%.30q...) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSetLanguage(t *testing.T) {
	de := "Die Regierung hat am Montag angekündigt, dass sie die Steuern für kleine Unternehmen nicht erhöhen wird."
	tests := []struct{ markup, text, want string }{
		{"", de, "de"},
		{"en", de, "de"}, // a template's default lang="en" loses to the text
		{"de", "Hi", "de"},
		{"fr", "", "fr"},
	}
	for _, tt := range tests {
		m := Metadata{Language: tt.markup}
		m.SetLanguage(tt.text)
		if m.Language != tt.want {
			t.Errorf("markup %q, text %.20q: Language = %q, want %q", tt.markup, tt.text, m.Language, tt.want)
		}
	}
}
