package gazetteer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tally/gazetteer"
)

// corpusText joins the shared reports into one text, or skips.
func corpusText(b *testing.B) string {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("no corpus at " + corpusDir)
	}
	var sb strings.Builder
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(t)
		sb.WriteString("\n\n")
	}
	return sb.String()
}

// BenchmarkFind measures Find over the shared reports, in MB/s.
func BenchmarkFind(b *testing.B) {
	text := corpusText(b)
	g := gazetteer.Default()
	g.Lookup("Baaqubah") // build the transliteration index outside the timing
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		g.Find(text)
	}
}

// BenchmarkFindResolve measures Find and Resolve report by report.
func BenchmarkFindResolve(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("no corpus at " + corpusDir)
	}
	var texts []string
	n := 0
	for _, f := range files {
		t, _ := os.ReadFile(f)
		texts = append(texts, string(t))
		n += len(t)
	}
	g := gazetteer.Default()
	g.Lookup("Baaqubah")
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			g.Resolve(t, g.Find(t), gazetteer.Options{})
		}
	}
}

// BenchmarkDefault measures building the built-in gazetteer from the
// embedded data, which Default does once per process.
func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		if _, err := gazetteer.NewDefault(); err != nil {
			b.Fatal(err)
		}
	}
}
