package common

import (
	"reflect"

	"github.com/charmbracelet/lipgloss"
)

var styleType = reflect.TypeOf(lipgloss.Style{})

// WithoutColour returns s with every colour taken out and the attributes
// kept — bold headings, reverse-video search hits and cursor — for
// NO_COLOR: it asks for no colour, not for no emphasis. The status bar,
// which a background colour set apart, is drawn in reverse video instead.
// (lipgloss's own NO_COLOR handling drops the attributes too, and with
// them every search hit.)
func (s Styles) WithoutColour() Styles {
	v := reflect.ValueOf(&s).Elem()
	for i := range v.NumField() {
		f := v.Field(i)
		if f.Type() != styleType {
			continue
		}
		st := f.Interface().(lipgloss.Style)
		f.Set(reflect.ValueOf(st.UnsetForeground().UnsetBackground()))
	}
	for _, st := range []*lipgloss.Style{&s.StatusBar, &s.StatusFile, &s.StatusCrumb, &s.StatusMsg, &s.StatusPercent} {
		*st = st.Reverse(true)
	}
	return s
}
