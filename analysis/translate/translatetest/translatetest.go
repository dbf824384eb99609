// Package translatetest writes small dictionaries in the dictd format of
// Debian's FreeDict packages, for tests that need real dictionary files
// without the 200 MB of the real ones (and their seconds of parsing).
package translatetest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// WriteDictionary writes NAME.index and NAME.dict.dz under dir: one entry
// per headword, its translations on one line, as FreeDict's EN↔FR files
// lay them out.
func WriteDictionary(dir, name string, entries map[string][]string) error {
	heads := make([]string, 0, len(entries))
	for h := range entries {
		heads = append(heads, h)
	}
	sort.Strings(heads)
	var body, index strings.Builder
	for _, h := range heads {
		e := h + " /x/\n" + strings.Join(entries[h], ", ") + "\n"
		fmt.Fprintf(&index, "%s\t%s\t%s\n", h, base64(body.Len()), base64(len(e)))
		body.WriteString(e)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".index"), []byte(index.String()), 0o644); err != nil {
		return err
	}
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	if _, err := zw.Write([]byte(body.String())); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, name+".dict.dz"), z.Bytes(), 0o644)
}

// base64 writes n in dictd's base64 digits, most significant first.
func base64(n int) string {
	const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	if n == 0 {
		return "A"
	}
	var s []byte
	for ; n > 0; n /= 64 {
		s = append([]byte{alphabet[n%64]}, s...)
	}
	return string(s)
}
