package summary

import (
	"strings"
	"testing"
)

func TestTrimGap(t *testing.T) {
	for _, s := range []string{"", " ", "  -  ", "de", " de ", "\u00a0du\u00a0", "\n\t\r-x-\r\t\n", " d' ", "\xff ", " \xff", "-–-", " , ", "a b"} {
		if got, want := trimGap(s), strings.Trim(s, gapSpace); got != want {
			t.Errorf("trimGap(%q) = %q, want %q", s, got, want)
		}
	}
}
