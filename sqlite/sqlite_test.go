package sqlite_test

import (
	"path/filepath"
	"testing"

	"tally"
	"tally/sqlite"
	"tally/storetest"
)

// MustOpen opens a store in a fresh file under the test's temp dir. A file,
// not :memory:, so WAL and concurrent connections behave as in use.
func MustOpen(tb testing.TB) *sqlite.Store {
	tb.Helper()
	s, err := sqlite.Open(filepath.Join(tb.TempDir(), "tally.db"))
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) tally.Store { return MustOpen(t) })
}

func TestOpenMigratesOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x", "tally.db")
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = sqlite.Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	s.Close()
}
