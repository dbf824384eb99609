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

// Error codes of the API's single error shape: the enum openapi.yaml
// declares for Error.code, as oapi-codegen generates it, so that a code
// the spec does not list does not compile. A code decides its status
// (statusOf).
const (
	codeInvalid       = api.ErrorErrorCodeInvalidArgument
	codeUnauth        = api.ErrorErrorCodeUnauthenticated
	codeForbidden     = api.ErrorErrorCodePermissionDenied
	codeNotFound      = api.ErrorErrorCodeNotFound
	codeTooLarge      = api.ErrorErrorCodePayloadTooLarge
	codeMediaType     = api.ErrorErrorCodeUnsupportedMediaType
	codeUnprocessable = api.ErrorErrorCodeUnprocessable
	codeUnavailable   = api.ErrorErrorCodeUnavailable
	codeTimeout       = api.ErrorErrorCodeTimeout
	codeInternal      = api.ErrorErrorCodeInternal
)

// statusOf is the HTTP status of each error code, the one place where a
// code gets its status: a handler names what went wrong, never a status.
func statusOf(code api.ErrorErrorCode) int {
	switch code {
	case codeInvalid:
		return http.StatusBadRequest
	case codeUnauth:
		return http.StatusUnauthorized
	case codeForbidden:
		return http.StatusForbidden
	case codeNotFound:
		return http.StatusNotFound
	case codeTooLarge:
		return http.StatusRequestEntityTooLarge
	case codeMediaType:
		return http.StatusUnsupportedMediaType
	case codeUnprocessable:
		return http.StatusUnprocessableEntity
	case codeUnavailable, codeTimeout:
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// apiError is an error that already knows its code: raised by handlers
// for request problems they detect themselves.
type apiError struct {
	code api.ErrorErrorCode
	msg  string
}

func (e *apiError) Error() string { return e.msg }

func errorf(code api.ErrorErrorCode, format string, args ...any) error {
	return &apiError{code: code, msg: fmt.Sprintf(format, args...)}
}

func invalid(format string, args ...any) error {
	return errorf(codeInvalid, format, args...)
}

// errNotReady answers every request that needs the index while it opens.
var errNotReady = errorf(codeUnavailable, "the index is opening or the language models are loading; retry shortly")

// unprocessable lists the sentinels of content that is well-formed but
// unusable (422); the packages that find such content wrap them.
var unprocessable = []error{corpus.ErrInvalidUTF8, corpus.ErrNULByte, corpus.ErrEmptyBody, analysis.ErrUnknownLanguage, analysis.ErrInvalidID}

// classify is the one place that turns an error into a code, hence a
// status.
func classify(err error) (int, api.ErrorErrorCode) {
	code := codeOf(err)
	return statusOf(code), code
}

func codeOf(err error) api.ErrorErrorCode {
	var ae *apiError
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &ae):
		return ae.code
	case errors.As(err, &mbe):
		return codeTooLarge
	case errors.Is(err, index.ErrNotFound):
		return codeNotFound
	case errors.Is(err, index.ErrInvalidQuery):
		return codeInvalid
	case errors.Is(err, context.DeadlineExceeded):
		return codeTimeout
	case errors.Is(err, context.Canceled):
		// The client went away or the server is shutting down past its
		// grace period: nothing was acknowledged, retrying is safe.
		return codeUnavailable
	case errors.Is(err, syscall.ENOSPC), errors.Is(err, syscall.EROFS), errors.Is(err, syscall.EACCES), errors.Is(err, index.ErrClosed):
		return codeUnavailable
	case diskError(err):
		return codeUnavailable
	}
	for _, u := range unprocessable {
		if errors.Is(err, u) {
			return codeUnprocessable
		}
	}
	return codeInternal
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

func errorBody(code api.ErrorErrorCode, msg, id string) api.Error {
	var e api.Error
	e.Error.Code = code
	e.Error.Message = msg
	e.Error.RequestId = id
	return e
}
