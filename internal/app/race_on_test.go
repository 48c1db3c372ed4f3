//go:build race

package app

// raceOn: the race detector allocates for itself; what a test measures
// in allocations is measured without it.
const raceOn = true
