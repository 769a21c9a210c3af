package timex_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tally/timex"
)

// corpus reads every .txt file under ../../shared/corpus, the shared
// development reports, joined into one text.
func corpus(b *testing.B) string {
	root := filepath.Join("..", "..", "shared", "corpus")
	var sb strings.Builder
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		sb.Write(data)
		sb.WriteByte('\n')
		return nil
	})
	if err != nil || sb.Len() == 0 {
		b.Skipf("no corpus at %s: %v", root, err)
	}
	return sb.String()
}

func BenchmarkFind(b *testing.B) {
	text := corpus(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		timex.Find(text)
	}
}
