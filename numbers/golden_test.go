package numbers_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tally"
	"tally/numbers"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// goldenQuantity is a Quantity with the words it covers, so that golden
// files can be read and reviewed without counting bytes.
type goldenQuantity struct {
	Text      string       `json:"text"`
	Num       string       `json:"num"`
	Kind      numbers.Kind `json:"kind"`
	Value     int          `json:"value"`
	Low       int          `json:"low"`
	High      int          `json:"high"`
	Qualifier string       `json:"qualifier,omitempty"`
	Unit      string       `json:"unit,omitempty"`
	Span      tally.Span   `json:"span"`
}

// TestGolden runs Find over each testdata/*.input, a synthetic report, and
// compares the result with testdata/*.golden. Run go test -update to
// rewrite the golden files after a deliberate change, then review the diff.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/*.input")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no testdata/*.input: %v", err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".input")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			text := string(src)
			out := []goldenQuantity{}
			for _, q := range numbers.Find(text) {
				out = append(out, goldenQuantity{
					Text: q.Span.Of(text), Num: q.NumSpan.Of(text), Kind: q.Kind, Value: q.Value,
					Low: q.Low, High: q.High, Qualifier: q.Qualifier, Unit: q.Unit, Span: q.Span,
				})
			}
			got, err := json.MarshalIndent(out, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(in, ".input") + ".golden"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("Find(%s) differs from %s; run go test -update and review the diff.\ngot:\n%s", in, golden, got)
			}
		})
	}
}
