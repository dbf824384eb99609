// Package api is generated from openapi.yaml: the request and response
// types, the strict Gin server interface the handlers implement, and the Go
// client that the CLI and the tools use. Do not edit the *.gen.go files;
// change the spec and run `go generate ./server/...`.
package api

//go:generate go tool oapi-codegen -config config.yaml ../../openapi.yaml
//go:generate go tool oapi-codegen -config server.yaml ../../openapi.yaml
