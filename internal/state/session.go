package state

import (
	"path/filepath"
	"sync"
)

// Session is one run of wenji's view of a Store: it remembers each
// document's state as this run loaded it, so that its saves merge with
// what another run saved since (SaveMerged) instead of replacing it. The
// reader and the library use one Session for the run; its methods are
// safe for concurrent use (the library loads documents in the background).
type Session struct {
	*Store
	mu   sync.Mutex
	base map[string]Doc
}

// Session returns a new session on s. It first removes what writers
// killed mid-save left in the state directories (as every save does in
// its own), so a run starts with none about.
func (s *Store) Session() *Session {
	for _, sub := range []string{"docs", "libraries"} {
		dir := filepath.Join(s.Dir, sub)
		if unlock, err := lockDir(dir); err == nil {
			removeOrphans(dir)
			unlock()
		}
	}
	return &Session{Store: s, base: map[string]Doc{}}
}

// Load is Store.Load, remembering what it returned (a zero Doc when the
// file was missing or ignored) as the base of the document's next Save.
func (s *Session) Load(key string) (Doc, error) {
	d, err := s.Store.Load(key)
	s.mu.Lock()
	s.base[key] = d
	s.mu.Unlock()
	return d, err
}

// Save saves d, this run's state of the document with key, merged with
// what is on disk: the marks this run set, moved or deleted since it
// loaded the document are saved so, other marks are kept as another run
// left them; the place is d's. A document never loaded in this session
// merges against nothing: its marks are added, none is deleted.
func (s *Session) Save(key string, d Doc) error {
	s.mu.Lock()
	base := s.base[key]
	s.mu.Unlock()
	if err := s.SaveMerged(key, base, d); err != nil {
		return err
	}
	s.mu.Lock()
	s.base[key] = d // what this run has now said; the next save starts here
	s.mu.Unlock()
	return nil
}
