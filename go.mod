module wenji

go 1.26.0

require github.com/mattn/go-runewidth v0.0.31

require (
	github.com/clipperhouse/stringish v0.1.1 // indirect
	github.com/clipperhouse/uax29/v2 v2.5.0 // indirect
)
