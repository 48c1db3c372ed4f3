package state

import (
	"bytes"
	"encoding/json"
	"path/filepath"
)

// View is the reader's view as the user set it, kept from run to run as a
// pager keeps its options: the outline pane (o), on terminals of any
// width and on narrow ones, and its 字数 column (#).
// A nil field is one no run has set (the reader's default holds). It is
// one small JSON object, view.json in the state directory, whose other
// keys (a newer wenji's) are kept as they are whenever it is written.
type View struct {
	// Outline is whether the outline pane is shown.
	Outline *bool `json:"outline,omitempty"`
	// Chars is whether the outline shows its 字数 column.
	Chars *bool `json:"chars,omitempty"`
	// Narrow is whether the outline pane is shown on a terminal too
	// narrow for it to be shown unasked (o there: reader.narrowOutlineTerm).
	Narrow *bool `json:"narrow,omitempty"`
}

// The keys of View in its file.
const (
	viewOutline = "outline"
	viewChars   = "chars"
	viewNarrow  = "narrow"
)

func (s *Store) viewPath() string { return filepath.Join(s.Dir, "view.json") }

// LoadView returns the view the user left: a zero View and no error when
// none was kept (or the file is empty); a zero View and a *CorruptError
// when the file is not a JSON object, a *TooLargeError when it is over
// MaxFileSize. A key holding what this version does not read (a newer
// wenji's "outline": "auto") is left unset, not an error.
func (s *Store) LoadView() (View, error) {
	p := s.viewPath()
	b, err := readLimited(p)
	if err != nil || b == nil {
		return View{}, err
	}
	m, err := viewObject(p, b)
	if err != nil {
		return View{}, err
	}
	var v View
	v.Outline = viewBool(m[viewOutline])
	v.Chars = viewBool(m[viewChars])
	v.Narrow = viewBool(m[viewNarrow])
	return v, nil
}

// SaveView writes the fields of changed that are set over what the file
// holds, under the directory's lock as every state file is written: the
// other fields keep what is on disk (another run's choice), and so do the
// keys this version does not know. A damaged file is moved aside (Backup)
// before the new one is written; a changed with no field set writes
// nothing.
func (s *Store) SaveView(changed View) error {
	if changed.Outline == nil && changed.Chars == nil && changed.Narrow == nil {
		return nil
	}
	p := s.viewPath()
	return update(p, func(old []byte) ([]byte, error) {
		m, err := viewObject(p, old)
		if err != nil {
			if _, err := Backup(p); err != nil {
				return nil, err
			}
			m = nil
		}
		if m == nil {
			m = map[string]json.RawMessage{}
		}
		for k, b := range map[string]*bool{viewOutline: changed.Outline, viewChars: changed.Chars, viewNarrow: changed.Narrow} {
			if b != nil {
				m[k], _ = json.Marshal(*b)
			}
		}
		return encode(m)
	})
}

// viewObject reads b, the file at p, as a JSON object: nil for no bytes or
// blanks, a *CorruptError for anything else that is not an object.
func viewObject(p string, b []byte) (map[string]json.RawMessage, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, nil
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, &CorruptError{Path: p, Err: err}
	}
	return m, nil
}

// viewBool is the bool in b; nil when b holds none.
func viewBool(b json.RawMessage) *bool {
	var v bool
	if b == nil || json.Unmarshal(b, &v) != nil {
		return nil
	}
	return &v
}
