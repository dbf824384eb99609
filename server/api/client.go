package api

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// Connect returns the generated client for the server at base, sending
// apiKey as a bearer token when it is not empty. hc is the HTTP client to
// reuse (its keep-alive connections, its timeout); nil means
// http.DefaultClient.
func Connect(base, apiKey string, hc *http.Client) (*ClientWithResponses, error) {
	opts := []ClientOption{}
	if hc != nil {
		opts = append(opts, WithHTTPClient(hc))
	}
	if apiKey != "" {
		opts = append(opts, WithRequestEditorFn(func(_ context.Context, req *http.Request) error {
			req.Header.Set("Authorization", "Bearer "+apiKey)
			return nil
		}))
	}
	return NewClientWithResponses(strings.TrimRight(base, "/"), opts...)
}

// StatusError is an answer other than the one a caller expected, with the
// API's error code and message when the body has the error shape.
type StatusError struct {
	Status  int
	Code    string
	Message string
}

func (e *StatusError) Error() string {
	if e.Code == "" {
		return fmt.Sprintf("server answered %d %s: %s", e.Status, http.StatusText(e.Status), e.Message)
	}
	return fmt.Sprintf("server answered %d %s: %s", e.Status, e.Code, e.Message)
}

// Unexpected makes a *StatusError of an answer: the generated client
// decodes the error shape per status (JSON400, JSON503…), while callers
// only need what went wrong.
func Unexpected(resp *http.Response, body []byte) error {
	e := &StatusError{Status: resp.StatusCode, Message: strings.TrimSpace(string(body))}
	var shape Error
	if json.Unmarshal(body, &shape) == nil && shape.Error.Message != "" {
		e.Code, e.Message = string(shape.Error.Code), shape.Error.Message
	}
	return e
}
