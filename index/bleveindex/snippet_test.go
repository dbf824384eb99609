package bleveindex

import "testing"

func TestTidySnippet(t *testing.T) {
	tests := []struct{ in, want string }{
		{"…zure (ainsi d&#39;ailleurs) par <mark>Satya</mark> <mark>Nadella</mark>, en septembre dern…", "… (ainsi d&#39;ailleurs) par <mark>Satya</mark> <mark>Nadella</mark>, en septembre …"},
		{"Le début du texte avec <mark>Docker</mark> complet.", "Le début du texte avec <mark>Docker</mark> complet."},
		{"…<mark>Docker</mark> arrive dans Windows Server et dans Azure cette ann…", "…<mark>Docker</mark> arrive dans Windows Server et dans Azure cette …"},
		{"… déjà propre, sans mot coupé …", "… déjà propre, sans mot coupé …"},
		{"…un mot avant <mark>VMware</mark>…", "… mot avant <mark>VMware</mark>…"},
		{"…", "…"},
		{"…ares said it\nsigned <mark>Azure</mark>\n\nVentures  Ltd and o…", "… said it signed <mark>Azure</mark> Ventures Ltd and …"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := tidySnippet(tt.in); got != tt.want {
			t.Errorf("tidySnippet(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
