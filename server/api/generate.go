// Package api is generated from openapi.yaml: the request and response
// types and the Gin server interface every operation must implement. Do not
// edit api.gen.go; change the spec and run `go generate ./server/...`.
package api

//go:generate go tool oapi-codegen -config config.yaml ../../openapi.yaml
