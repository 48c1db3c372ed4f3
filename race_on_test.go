//go:build race

package main

// raceOn: the race detector slows everything tenfold; the largest inputs
// shrink under it (their full size runs without -race).
const raceOn = true
