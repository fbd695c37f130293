//go:build !unix

package evaluate

import "time"

// processCPU returns 0: the CPU time is not measured on this system, and the
// per-CPU-second throughput is reported as 0.
func processCPU() time.Duration { return 0 }
