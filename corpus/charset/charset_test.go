package charset_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/recherche/recherche/corpus/charset"
)

// The same French article in every encoding we read, written by us; the
// Latin-9 and Windows-1252 copies add a line with what only they have.
const dir = "../testdata/encodings"

func read(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestDecodeFiles(t *testing.T) {
	want := string(read(t, "fr-utf8.txt"))
	tests := []struct {
		file, wantEnc, extra string
	}{
		{"fr-utf8.txt", charset.UTF8, ""},
		{"fr-utf8-bom.txt", charset.UTF8BOM, ""},
		{"fr-utf16le.txt", charset.UTF16LE, ""},
		{"fr-utf16be.txt", charset.UTF16BE, ""},
		{"fr-latin1.txt", charset.Latin1, ""},
		{"fr-latin9.txt", charset.Latin9, "Le cœur du projet a coûté 12 000 € à la direction."},
		{"fr-windows1252.txt", charset.Windows1252, "Le cœur du projet a coûté 12 000 € … et “ce n’est qu’un début”."},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data := read(t, tt.file)
			if got := charset.Detect(data); got != tt.wantEnc {
				t.Errorf("Detect = %q, want %q", got, tt.wantEnc)
			}
			out, enc := charset.Decode(data, "", "")
			if enc != tt.wantEnc {
				t.Errorf("Decode encoding = %q, want %q", enc, tt.wantEnc)
			}
			got := string(out)
			if tt.wantEnc == charset.Windows1252 {
				got = strings.ReplaceAll(got, "’", "'")
			}
			if !strings.HasPrefix(got, want) {
				t.Errorf("decoded text differs from the UTF-8 original:\n got %.120q\nwant %.120q", got, want)
			}
			if !strings.Contains(string(out), tt.extra) {
				t.Errorf("decoded text lacks %q", tt.extra)
			}
			r, enc, err := charset.NewReader(bytes.NewReader(data), "")
			if err != nil {
				t.Fatal(err)
			}
			streamed, err := io.ReadAll(r)
			if err != nil {
				t.Fatal(err)
			}
			if enc != tt.wantEnc || string(streamed) != string(out) {
				t.Errorf("NewReader: encoding %q, text equal %v; want %q and the same text as Decode", enc, string(streamed) == string(out), tt.wantEnc)
			}
		})
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"ascii", []byte("plain text"), charset.UTF8},
		{"empty", nil, charset.UTF8},
		{"latin1 word", []byte("Caf\xe9 cr\xe8me et g\xe2teau"), charset.Latin1},
		{"1252 apostrophe", []byte("l\x92\xe9diteur"), charset.Windows1252},
		{"latin9 euro", []byte("12 \xa4 pour le c\xbdur"), charset.Latin9},
		{"latin1 half alone", []byte("\xbd litre d'\xe9t\xe9"), charset.Latin1},
		{"undefined 1252 byte", []byte("caf\xe9 \x81"), ""},
		{"NUL", []byte("caf\xe9\x00"), ""},
		{"control code", []byte("caf\xe9\x01"), ""},
		{"cyrillic cp1251", []byte("\xcf\xf0\xe8\xe2\xe5\xf2 \xec\xe8\xf0"), ""},
		{"high bytes only", bytes.Repeat([]byte{0xe9}, 40), ""},
		{"lone accents", []byte("a \xe9 b \xe8 c \xe0 d \xf9"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := charset.Detect(tt.in); got != tt.want {
				t.Errorf("Detect(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestDecodeForcedAndHint(t *testing.T) {
	latin1 := read(t, "fr-latin1.txt")
	tests := []struct {
		name          string
		in            []byte
		forced, hint  string
		wantEnc, want string // want: a substring of the output
	}{
		{"forced windows-1252", latin1, charset.Windows1252, "", charset.Windows1252, "À l'heure"},
		{"forced utf-8 on latin1 keeps bytes", latin1, charset.UTF8, "", charset.UTF8, "\xc0 l'heure"},
		{"forced latin1 on utf-8 is mojibake, as asked", []byte("é"), charset.Latin1, "", charset.Latin1, "Ã©"},
		{"forced utf-16 follows the BOM", read(t, "fr-utf16be.txt"), charset.UTF16LE, "", charset.UTF16BE, "À l'heure"},
		{"hint used on invalid UTF-8", []byte("caf\xe9"), "", "iso-8859-15", charset.Latin9, "café"},
		{"hint ignored on valid UTF-8", []byte("café"), "", "windows-1252", charset.UTF8, "café"},
		{"bad hint falls back to statistics", []byte("caf\xe9 cr\xe8me"), "", "klingon", charset.Latin1, "café crème"},
		{"nothing fits", []byte("caf\xe9 \x81"), "", "", "", "caf\xe9 \x81"},
		{"utf-8 BOM before latin1 text", []byte("\xef\xbb\xbfcaf\xe9 cr\xe8me"), "", "", charset.Latin1, "café crème"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, enc := charset.Decode(tt.in, tt.forced, tt.hint)
			if enc != tt.wantEnc || !strings.Contains(string(out), tt.want) {
				t.Errorf("Decode = %.60q, %q; want %q containing %q", out, enc, tt.wantEnc, tt.want)
			}
		})
	}
}

func TestLookup(t *testing.T) {
	tests := []struct{ label, want string }{
		{"UTF-8", charset.UTF8}, {"latin1", charset.Latin1}, {"ISO-8859-15", charset.Latin9},
		{"cp1252", charset.Windows1252}, {" utf-16 ", charset.UTF16LE}, {"shift_jis", ""},
	}
	for _, tt := range tests {
		got, err := charset.Lookup(tt.label)
		if got != tt.want || (err != nil) != (tt.want == "") {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tt.label, got, err, tt.want)
		}
	}
}

func TestNewReaderPassesLaterInvalidBytes(t *testing.T) {
	// Valid UTF-8 in the sample: an invalid byte further on is the
	// caller's to report, line by line, not a reason to reinterpret.
	in := strings.Repeat("ligne é\n", 10000) + "caf\xe9\n"
	r, enc, err := charset.NewReader(strings.NewReader(in), "")
	if err != nil {
		t.Fatal(err)
	}
	out, _ := io.ReadAll(r)
	if enc != charset.UTF8 || string(out) != in {
		t.Errorf("encoding %q, passthrough %v; want utf-8 and the bytes unchanged", enc, string(out) == in)
	}
}

// FuzzDetect holds the detector to its contract: whatever it names, Decode
// turns the input into valid UTF-8 under that name, and it never names an
// encoding for input holding a NUL byte outside UTF-16.
func FuzzDetect(f *testing.F) {
	for _, name := range []string{"fr-utf8.txt", "fr-latin1.txt", "fr-windows1252.txt", "fr-utf16le.txt", "../broken/undefined-byte.txt"} {
		f.Add(read(f, name))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		name := charset.Detect(data)
		out, enc := charset.Decode(data, "", "")
		if enc != name {
			t.Fatalf("Detect says %q, Decode used %q", name, enc)
		}
		if name != "" && !utf8.Valid(out) {
			t.Fatalf("decoded as %q but not valid UTF-8: %q", name, out)
		}
		if name != "" && name != charset.UTF16LE && name != charset.UTF16BE && name != charset.UTF8 && name != charset.UTF8BOM && bytes.IndexByte(data, 0) >= 0 {
			t.Fatalf("named %q for input with a NUL byte", name)
		}
	})
}
