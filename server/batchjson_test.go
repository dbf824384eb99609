package server

import (
	"errors"
	"strings"
	"testing"
)

// TestReadBatchObject: the documents of a {"documents": [...]} body come
// out one by one, as raw JSON, whatever whitespace surrounds them; a
// document over the bound comes out as too large; a body of another shape
// or malformed outside its documents is a 400.
func TestReadBatchObject(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // raw documents, "TOO LARGE" for one over the bound
		wantErr    string   // in the 400's message
	}{
		{name: "two documents", body: `{"documents":[{"body":"a"},{"body":"b"}]}`, want: []string{`{"body":"a"}`, `{"body":"b"}`}},
		{name: "whitespace everywhere", body: " \n{ \"documents\" :\t[ \n {\"body\": \"a\"} ,\r\n 12 , \"x\" ] } \n", want: []string{`{"body": "a"}`, `12`, `"x"`}},
		{name: "other members read past", body: `{"meta":{"a":[1,2,{"b":"]}"}]},"documents":[{"id":"x"}],"n":null}`, want: []string{`{"id":"x"}`}},
		{name: "key matched like encoding/json", body: `{"Documents":[{"id":"x"}]}`, want: []string{`{"id":"x"}`}},
		{name: "escaped key", body: `{"\u0064ocuments":[{"id":"x"}]}`, want: []string{`{"id":"x"}`}},
		{name: "empty array", body: `{"documents":[]}`, want: nil},
		{name: "escapes and brackets in strings", body: `{"documents":[{"body":"a \"quoted\" ] } [ {"}]}`, want: []string{`{"body":"a \"quoted\" ] } [ {"}`}},
		{name: "raw NUL in a string escaped", body: "{\"documents\":[{\"body\":\"a\x00b\"}]}", want: []string{`{"body":"a\u0000b"}`}},
		{name: "malformed document handed over", body: `{"documents":[{"body":tru},{"body":"ok"}]}`, want: []string{`{"body":tru}`, `{"body":"ok"}`}},
		{name: "document over the bound", body: `{"documents":[{"body":"` + strings.Repeat("x", 100) + `"},{"body":"ok"}]}`, want: []string{"TOO LARGE", `{"body":"ok"}`}},
		{name: "not an object", body: `[{"body":"a"}]`, wantErr: `must be {"documents"`},
		{name: "no documents", body: `{"docs":[]}`, wantErr: `must be {"documents"`},
		{name: "documents null", body: `{"documents":null}`, wantErr: `must be {"documents"`},
		{name: "documents not an array", body: `{"documents":"x"}`, wantErr: "must be an array"},
		{name: "truncated", body: `{"documents":[{"body":"a"}`, wantErr: "truncated"},
		{name: "truncated in a string", body: `{"documents":[{"body":"a`, wantErr: "truncated"},
		{name: "empty", body: "", wantErr: "truncated"},
		{name: "trailing data", body: `{"documents":[]} {`, wantErr: "after the JSON value"},
		{name: "NUL outside strings", body: "{\"documents\":[{\"body\":\"a\"}]\x00}", wantErr: "invalid character"},
		{name: "mismatched brackets", body: `{"documents":[{"body":"a"]}]}`, wantErr: "closing nothing open"},
		{name: "too deep", body: `{"documents":[` + strings.Repeat("[", maxDepth+1) + strings.Repeat("]", maxDepth+1) + `]}`, wantErr: "nested more than"},
		{name: "missing comma", body: `{"documents":[{"a":1} {"b":2}]}`, wantErr: "after an array element"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			err := readBatchObject(strings.NewReader(tt.body), 50, func(raw []byte, tooLarge bool) error {
				if tooLarge {
					got = append(got, "TOO LARGE")
				} else {
					got = append(got, string(raw))
				}
				return nil
			})
			if tt.wantErr != "" {
				var ae *apiError
				if !errors.As(err, &ae) || statusOf(ae.code) != 400 || !strings.Contains(ae.msg, tt.wantErr) {
					t.Fatalf("err %v, want a 400 with %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestReadBatchObjectStops: each's error ends the reading and is returned
// as it is.
func TestReadBatchObjectStops(t *testing.T) {
	stop := errors.New("stop")
	n := 0
	err := readBatchObject(strings.NewReader(`{"documents":[1,2,3]}`), 50, func([]byte, bool) error {
		if n++; n == 2 {
			return stop
		}
		return nil
	})
	if err != stop || n != 2 {
		t.Errorf("err %v after %d documents, want stop after 2", err, n)
	}
}
