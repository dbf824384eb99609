package server

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"syscall"

	"github.com/gin-gonic/gin"

	"github.com/recherche/recherche/analysis"
	"github.com/recherche/recherche/corpus"
	"github.com/recherche/recherche/index"
	"github.com/recherche/recherche/server/api"
)

// Error codes of the API's single error shape (openapi.yaml, Error.code).
const (
	codeInvalid       = "invalid_argument"
	codeUnauth        = "unauthenticated"
	codeForbidden     = "permission_denied"
	codeNotFound      = "not_found"
	codeTooLarge      = "payload_too_large"
	codeMediaType     = "unsupported_media_type"
	codeUnprocessable = "unprocessable"
	codeUnavailable   = "unavailable"
	codeTimeout       = "timeout"
	codeInternal      = "internal"
)

// apiError is an error that already knows its status and code: raised by
// handlers for request problems they detect themselves.
type apiError struct {
	status int
	code   string
	msg    string
}

func (e *apiError) Error() string { return e.msg }

func errorf(status int, code, format string, args ...any) error {
	return &apiError{status: status, code: code, msg: fmt.Sprintf(format, args...)}
}

func invalid(format string, args ...any) error {
	return errorf(http.StatusBadRequest, codeInvalid, format, args...)
}

// errNotReady answers every request that needs the index while it opens.
var errNotReady = errorf(http.StatusServiceUnavailable, codeUnavailable, "the index is opening or the language models are loading; retry shortly")

// unprocessable lists the sentinels of content that is well-formed but
// unusable (422); the packages that find such content wrap them.
var unprocessable = []error{corpus.ErrInvalidUTF8, corpus.ErrNULByte, corpus.ErrEmptyBody, analysis.ErrUnknownLanguage, analysis.ErrInvalidID}

// classify is the one place that turns an error into a status and a code.
func classify(err error) (int, string) {
	var ae *apiError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &ae):
		return ae.status, ae.code
	case errors.As(err, &mbe):
		return http.StatusRequestEntityTooLarge, codeTooLarge
	case errors.Is(err, index.ErrNotFound):
		return http.StatusNotFound, codeNotFound
	case errors.Is(err, index.ErrInvalidQuery):
		return http.StatusBadRequest, codeInvalid
	case errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable, codeTimeout
	case errors.Is(err, context.Canceled):
		// The client went away or the server is shutting down past its
		// grace period: nothing was acknowledged, retrying is safe.
		return http.StatusServiceUnavailable, codeUnavailable
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EROFS), errors.Is(err, syscall.EACCES), errors.Is(err, index.ErrClosed):
		return http.StatusServiceUnavailable, codeUnavailable
	case diskError(err):
		return http.StatusServiceUnavailable, codeUnavailable
	}
	for _, u := range unprocessable {
		if errors.Is(err, u) {
			return http.StatusUnprocessableEntity, codeUnprocessable
		}
	}
	return http.StatusInternalServerError, codeInternal
}

// diskError spots a full or read-only disk in errors that lost their
// syscall.Errno on the way: Bleve's segment persister formats the cause
// with %v ("persist err: write …: no space left on device").
func diskError(err error) bool {
	msg := err.Error()
	for _, e := range []syscall.Errno{syscall.ENOSPC, syscall.EROFS, syscall.EDQUOT} {
		if strings.HasSuffix(msg, e.Error()) {
			return true
		}
	}
	return false
}

// fail writes err in the API's error shape and stops the handler chain.
func fail(c *gin.Context, err error) {
	status, code := classify(err)
	if errors.Is(err, errNotReady) {
		// The index opens and the models load in seconds: say when to
		// come back rather than let clients spin.
		c.Header("Retry-After", "2")
	}
	msg := err.Error()
	if status == http.StatusInternalServerError {
		// The cause goes to the log, not to the client.
		slog.ErrorContext(c.Request.Context(), "internal error", "request_id", requestID(c), "route", c.FullPath(), "err", err)
		msg = "internal error; the request id identifies it in the server log"
	}
	if errors.Is(err, context.DeadlineExceeded) {
		msg = "the request took longer than the server's timeout"
	}
	if isPageRoute(c.FullPath()) || browsingNowhere(c) {
		// People get the error as a page in the search page's layout.
		failPage(c, status, code, msg)
		return
	}
	c.Header("Content-Type", "application/json")
	c.AbortWithStatusJSON(status, errorBody(code, msg, requestID(c)))
}

func errorBody(code, msg, id string) api.Error {
	var e api.Error
	e.Error.Code = api.ErrorErrorCode(code)
	e.Error.Message = msg
	e.Error.RequestId = id
	return e
}
