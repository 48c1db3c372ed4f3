//go:build !race

package parse

const raceOn = false
