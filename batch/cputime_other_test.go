//go:build !unix

package batch

import "time"

// cpuTime is unknown here: the benchmark's cpu-efficiency is then
// meaningless.
func cpuTime() time.Duration { return 0 }
