//go:build race

package parse

// raceOn: the race detector slows everything tenfold; time budgets grow
// with it (they are checked at full strength without -race).
const raceOn = true
