//go:build unix

package evaluate

import (
	"syscall"
	"time"
)

// processCPU returns the user plus system CPU time used so far by the whole
// process, or 0 if it cannot be read.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
