package entities

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/recherche/recherche/corpus"
	"gopkg.in/yaml.v3"
)

// LoadFile reads gazetteer entries from a user file, to be passed to
// Gazetteer.With. The format follows the extension (see FORMAT.md):
//
// .json holds an array of entries, or an object {"entries": [...]}:
//
//	[{"name": "Proxmox VE", "type": "product", "aliases": ["PVE"], "case_sensitive": false}]
//
// .yaml and .yml hold the same as YAML (a bare list works too):
//
//	entries:
//	  - {name: Proxmox VE, type: product, aliases: [PVE]}
//
// .csv has the columns name, type, aliases and case_sensitive (the last two
// optional), aliases separated by "|"; a first row starting with "name" is
// a header and lines starting with # are comments:
//
//	name,type,aliases,case_sensitive
//	Proxmox VE,product,PVE|Proxmox Virtual Environment,false
//
// Types are organization, product, person, place or other; an empty type
// is other. Entries are validated here so a bad file fails at startup.
func LoadFile(path string) ([]Entry, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load gazetteer file: %w", err)
	}
	var entries []Entry
	switch ext := strings.ToLower(filepath.Ext(path)); ext {
	case ".json":
		entries, err = decodeJSON(data)
	case ".yaml", ".yml":
		entries, err = decodeYAML(data)
	case ".csv":
		entries, err = decodeCSV(data)
	default:
		err = fmt.Errorf("unknown extension %q (want .json, .yaml, .yml or .csv)", ext)
	}
	if err != nil {
		return nil, fmt.Errorf("load gazetteer file %s: %w", path, err)
	}
	for i, e := range entries {
		if entries[i], err = cleanEntry(e); err != nil {
			return nil, fmt.Errorf("load gazetteer file %s: entry %d: %w", path, i+1, err)
		}
	}
	return entries, nil
}

type entryList struct {
	Entries []Entry `json:"entries" yaml:"entries"`
}

func decodeJSON(data []byte) ([]Entry, error) {
	data = bytes.TrimSpace(data)
	if len(data) > 0 && data[0] == '{' {
		var l entryList
		if err := json.Unmarshal(data, &l); err != nil {
			return nil, fmt.Errorf("decode json: %w", err)
		}
		return l.Entries, nil
	}
	var entries []Entry
	if err := json.Unmarshal(data, &entries); err != nil {
		return nil, fmt.Errorf("decode json: %w", err)
	}
	return entries, nil
}

func decodeYAML(data []byte) ([]Entry, error) {
	var node yaml.Node
	if err := yaml.Unmarshal(data, &node); err != nil {
		return nil, fmt.Errorf("decode yaml: %w", err)
	}
	if len(node.Content) == 0 {
		return nil, nil
	}
	root := node.Content[0]
	if root.Kind == yaml.MappingNode {
		var l entryList
		if err := root.Decode(&l); err != nil {
			return nil, fmt.Errorf("decode yaml: %w", err)
		}
		return l.Entries, nil
	}
	var entries []Entry
	if err := root.Decode(&entries); err != nil {
		return nil, fmt.Errorf("decode yaml: %w", err)
	}
	return entries, nil
}

func decodeCSV(data []byte) ([]Entry, error) {
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.TrimLeadingSpace = true
	r.Comment = '#'
	var entries []Entry
	for line := 1; ; line++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return entries, nil
		}
		if err != nil {
			return nil, fmt.Errorf("decode csv: %w", err)
		}
		if line == 1 && strings.EqualFold(strings.TrimSpace(rec[0]), "name") {
			continue
		}
		e := Entry{Name: rec[0]}
		if len(rec) > 1 {
			e.Type = corpus.EntityType(strings.TrimSpace(rec[1]))
		}
		if len(rec) > 2 && strings.TrimSpace(rec[2]) != "" {
			e.Aliases = strings.Split(rec[2], "|")
		}
		if len(rec) > 3 && strings.TrimSpace(rec[3]) != "" {
			cs, err := strconv.ParseBool(strings.TrimSpace(rec[3]))
			if err != nil {
				return nil, fmt.Errorf("decode csv: record %d: case_sensitive: %w", line, err)
			}
			e.CaseSensitive = cs
		}
		entries = append(entries, e)
	}
}
