package translate

import (
	"bufio"
	"compress/gzip"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
)

// cacheVersion changes whenever the lexicon's build or layout changes.
const cacheVersion = 1

// cacheFile is the lexicon compiled from the dictionaries, kept under the
// data directory so that a restart reads it in a fraction of the time the
// dictionaries take to parse. It is derived from GPL and CC-BY-SA data:
// it stays on the machine that installed them and never ships.
const cacheFile = "lexicon.cache"

type cached struct {
	Key     string
	Dirs    map[string]map[string][]Candidate
	Lemma   map[string]map[string]string
	Of      map[string]map[string][]string
	Sources []Source
}

// cacheKey names what a lexicon was built from: this code's version, the
// embedded lists, the options, and each dictionary file's size and time.
func cacheKey(dir string, opts Options) string {
	h := sha256.New()
	fmt.Fprintln(h, cacheVersion, opts.NoPivot)
	for _, s := range []string{glossaryTSV, everydayTSV, verbsFR, verbsEN} {
		fmt.Fprintln(h, len(s))
		h.Write([]byte(s))
	}
	files, _ := filepath.Glob(filepath.Join(dir, "freedict-*"))
	sort.Strings(files)
	for _, f := range files {
		if st, err := os.Stat(f); err == nil {
			fmt.Fprintln(h, filepath.Base(f), st.Size(), st.ModTime().UnixNano())
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

func readCache(path, key string) (*Lexicon, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(bufio.NewReader(f))
	if err != nil {
		return nil, err
	}
	var c cached
	if err := gob.NewDecoder(zr).Decode(&c); err != nil {
		return nil, err
	}
	if c.Key != key {
		return nil, fmt.Errorf("stale")
	}
	l := &Lexicon{dirs: c.Dirs, sources: c.Sources, forms: map[string]*forms{}}
	for lang, m := range c.Lemma {
		l.forms[lang] = &forms{lemma: m, of: c.Of[lang]}
	}
	return l, nil
}

func writeCache(path, key string, l *Lexicon) error {
	c := cached{Key: key, Dirs: l.dirs, Sources: l.sources, Lemma: map[string]map[string]string{}, Of: map[string]map[string][]string{}}
	for lang, f := range l.forms {
		c.Lemma[lang], c.Of[lang] = f.lemma, f.of
	}
	tmp := path + ".tmp" + strconv.Itoa(os.Getpid())
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	zw, _ := gzip.NewWriterLevel(w, gzip.BestSpeed)
	err = gob.NewEncoder(zw).Encode(&c)
	if err == nil {
		err = zw.Close()
	}
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}
