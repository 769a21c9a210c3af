package numbers

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusDir is the shared corpus of real reports, used only to measure
// speed; no text from it is kept in the repository.
const corpusDir = "../../shared/corpus"

func loadCorpus(tb testing.TB) []string {
	tb.Helper()
	var texts []string
	err := filepath.WalkDir(corpusDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(path, ".txt") {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			texts = append(texts, string(b))
		}
		return nil
	})
	if err != nil || len(texts) == 0 {
		tb.Skipf("no corpus at %s: %v", corpusDir, err)
	}
	return texts
}

// BenchmarkFind measures Find over the shared corpus; b.SetBytes makes
// the tool report MB/s.
func BenchmarkFind(b *testing.B) {
	texts := loadCorpus(b)
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			Find(t)
		}
	}
}
