package gazetteer_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tally/gazetteer"
)

// corpusDir holds the project's shared report corpus, outside the
// repository; tests that read it skip when it is absent.
const corpusDir = "../../shared/corpus"

// TestCorpusEyeball runs Find and Resolve over the shared reports
// and logs what they resolve, for a person to judge precision with -v.
func TestCorpusEyeball(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*", "*.txt"))
	if len(files) == 0 {
		t.Skip("no corpus at " + corpusDir)
	}
	g := gazetteer.Default()
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		refs := g.Resolve(text, g.Find(text), gazetteer.Options{})
		var parts []string
		for _, r := range refs {
			p := r.Place
			parts = append(parts, fmt.Sprintf("%q=%s/%s/%s p%d", r.Span.Of(text), p.Name, p.Admin1, p.Country, r.Precision))
		}
		t.Logf("%s: %s", filepath.Base(f), strings.Join(parts, "; "))
	}
}
