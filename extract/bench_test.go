package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"tally"
	"tally/extract"
	"tally/ingest"
)

// BenchmarkExtractCorpus extracts every report of ../shared/corpus, parsed
// once beforehand, so the figure is extraction alone. b.SetBytes makes go
// test print MB/s of cleaned text; run with -cpu 1 for the per-core rate.
func BenchmarkExtractCorpus(b *testing.B) {
	docs := corpusDocs(b)
	x := extract.New(nil, nil)
	var size int64
	for _, d := range docs {
		size += int64(len(d.Text))
	}
	x.Document(docs[0]) // build the gazetteer and actor indexes outside the timer
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			x.Document(d)
		}
	}
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "reports/s")
}

// corpusDocs parses the shared corpus, skipping the benchmark when it is
// absent (it lives outside the repository and is never copied into it).
func corpusDocs(b *testing.B) []*tally.Document {
	b.Helper()
	var docs []*tally.Document
	for _, dir := range []string{"seeds", "gvc-dev"} {
		paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", dir, "*.txt"))
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			d, err := ingest.Parse(raw, ingest.Source{Name: p})
			if err != nil {
				continue
			}
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		b.Skip("../shared/corpus not found")
	}
	return docs
}
