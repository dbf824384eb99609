// Package recherche holds what belongs to the repository as a whole: the
// OpenAPI contract, embedded so the binary serves the very file the server
// is generated from and tested against.
package recherche

import _ "embed"

// OpenAPI is openapi.yaml, the API contract.
//
//go:embed openapi.yaml
var OpenAPI []byte
