//go:build unix

package ingest_test

import (
	"syscall"
	"time"
)

// processCPU is the CPU time the process has used, user and system, on
// all its threads (the garbage collector's included); 0 where unknown.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
