package timex_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tally"
	"tally/timex"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// golden is one expression of a whole report as the golden files record
// it: the words, what Find read, and what Resolve made of it against the
// report's PUBLISHED: date with OptionsFor's choice of order.
type golden struct {
	Text     string      `json:"text"`
	Weekday  string      `json:"weekday,omitempty"` // Expr.Weekday by name, for reading
	Expr     timex.Expr  `json:"expr"`
	Resolved tally.Date  `json:"resolved"`
	Clock    string      `json:"clock,omitempty"`
	Basis    tally.Basis `json:"basis"`
}

// published reads the anchor from a "PUBLISHED: 2013-09-02" header line.
func published(t *testing.T, text string) tally.Date {
	for _, line := range strings.Split(text, "\n") {
		if v, ok := strings.CutPrefix(line, "PUBLISHED: "); ok {
			d, err := tally.ParseDate(strings.TrimSpace(v))
			if err != nil {
				t.Fatal(err)
			}
			return d
		}
	}
	return tally.Date{}
}

// TestGolden runs Find and Resolve over synthetic reports in
// testdata/*.input and compares with testdata/*.golden. Run
// "go test ./timex -run Golden -update" to rewrite the golden files, then
// review the diff.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob(filepath.Join("testdata", "*.input"))
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no inputs: %v", err)
	}
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			b, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			anchor := published(t, text)
			exprs := timex.Find(text)
			opt := timex.OptionsFor(exprs, timex.Options{})
			out := []golden{}
			for _, e := range exprs {
				d, clock, basis := timex.Resolve(e, anchor, opt)
				g := golden{Text: e.Span.Of(text), Expr: e, Resolved: d, Clock: clock, Basis: basis}
				if e.HasWeekday {
					g.Weekday = e.Weekday.String()
				}
				out = append(out, g)
			}
			got, err := json.MarshalIndent(out, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			path := strings.TrimSuffix(in, ".input") + ".golden"
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
				for i := 0; i < len(gl) || i < len(wl); i++ {
					var g, w string
					if i < len(gl) {
						g = gl[i]
					}
					if i < len(wl) {
						w = wl[i]
					}
					if g != w {
						t.Fatalf("%s differs at line %d:\n got: %s\nwant: %s\n(run with -update and review the diff)", path, i+1, g, w)
					}
				}
			}
		})
	}
}
