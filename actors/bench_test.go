package actors_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tally/actors"
)

// corpusText reads every report under ../../shared/corpus into one text.
func corpusText(b *testing.B) string {
	b.Helper()
	files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "*", "*.txt"))
	if len(files) == 0 {
		b.Skip("no corpus at ../../shared/corpus")
	}
	var sb strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteByte('\n')
	}
	return sb.String()
}

func BenchmarkFindCorpus(b *testing.B) {
	text := corpusText(b)
	tb := actors.Default()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		tb.Find(text)
	}
}

// BenchmarkFindSynthetic runs without the corpus, on made-up sentences.
func BenchmarkFindSynthetic(b *testing.B) {
	text := strings.Repeat("Iraqi security forces loyal to Nouri al-Maliki attacked the camp early Sunday, "+
		"killing 52 members of the Mujahedeen-e-Khalq (MeK), the exiles said. Witnesses said the troops "+
		"shot the residents. The United Nations and Amnesty International called for an inquiry, while "+
		"police in the county said a gunman opened fire at a party late Saturday night.\n", 500)
	tb := actors.Default()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		tb.Find(text)
	}
}

func BenchmarkLookup(b *testing.B) {
	tb := actors.Default()
	names := []string{"Iraqi Army", "the NCRI", "Mojahedeen Khalq", "President Assad", "Iranian exiles"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		tb.Lookup(names[i%len(names)])
	}
}

func BenchmarkBuiltin(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		actors.Builtin()
	}
}
