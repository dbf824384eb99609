package server

import (
	"bytes"
	"context"
	"embed"
	"mime"
	"net/http"
	"path"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	recherche "github.com/recherche/recherche"
	"github.com/recherche/recherche/server/api"
)

//go:embed swaggerui
var swaggerUI embed.FS

func (h handlers) Openapi(context.Context, api.OpenapiRequestObject) (api.OpenapiResponseObject, error) {
	return api.Openapi200ApplicationyamlResponse{Body: bytes.NewReader(recherche.OpenAPI), ContentLength: int64(len(recherche.OpenAPI))}, nil
}

// docs and docsAsset serve Swagger UI as explicit Gin handlers: each file
// goes out with the type of its extension (a script served as the spec's
// application/octet-stream would not run under nosniff) and cache headers
// the spec does not declare.
func (h handlers) docs(c *gin.Context) { sendDocsAsset(c, "index.html") }

func (h handlers) docsAsset(c *gin.Context) { sendDocsAsset(c, c.Param("asset")) }

func sendDocsAsset(c *gin.Context, asset string) {
	data, err := swaggerUI.ReadFile("swaggerui/" + path.Base(asset))
	if err != nil || path.Base(asset) != asset {
		fail(c, errorf(codeNotFound, "no documentation file %q", asset))
		return
	}
	sendAsset(c, asset, data)
}

// sendAsset answers a static file of Swagger UI or of the search page,
// typed by its extension and cacheable for an hour.
func sendAsset(c *gin.Context, name string, data []byte) {
	ct := mime.TypeByExtension(path.Ext(name))
	if ct == "" {
		ct = "application/octet-stream"
	}
	c.Header("Cache-Control", "public, max-age=3600")
	c.Header("X-Content-Type-Options", "nosniff")
	c.Data(http.StatusOK, ct, data)
}

// metrics is an explicit Gin handler: promhttp negotiates the exposition
// format and compression with the scraper itself.
func (h handlers) metrics(c *gin.Context) {
	promhttp.HandlerFor(h.s.metrics.reg, promhttp.HandlerOpts{}).ServeHTTP(c.Writer, c.Request)
}
