package server

import (
	"embed"
	"mime"
	"net/http"
	"path"

	"github.com/gin-gonic/gin"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	recherche "github.com/recherche/recherche"
)

//go:embed swaggerui
var swaggerUI embed.FS

func (h handlers) Openapi(c *gin.Context) {
	c.Data(http.StatusOK, "application/yaml", recherche.OpenAPI)
}

func (h handlers) Docs(c *gin.Context) {
	h.DocsAsset(c, "index.html")
}

func (h handlers) DocsAsset(c *gin.Context, asset string) {
	data, err := swaggerUI.ReadFile("swaggerui/" + path.Base(asset))
	if err != nil || path.Base(asset) != asset {
		fail(c, errorf(http.StatusNotFound, codeNotFound, "no documentation file %q", asset))
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

func (h handlers) Metrics(c *gin.Context) {
	promhttp.HandlerFor(h.s.metrics.reg, promhttp.HandlerOpts{}).ServeHTTP(c.Writer, c.Request)
}
