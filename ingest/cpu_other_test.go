//go:build !unix

package ingest_test

import "time"

// processCPU is unknown off Unix.
func processCPU() time.Duration { return 0 }
