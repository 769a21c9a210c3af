package bench

import (
	"bytes"
	"strings"
	"testing"

	"tally"
)

func TestRegexpBaseline(t *testing.T) {
	x := newRegexpExtractor()
	got := x.extract("Gunmen opened fire on a market on Sunday, killing at least 12 people and wounding 20 others, police said.\n" +
		"Forty-four villagers were killed.\nThe attack sent three people to the hospital.\nThe market opened in 1998.\n")
	want := map[regexpClaim]bool{{"killed", 12}: true, {"injured", 20}: true, {"killed", 44}: true, {"injured", 3}: true}
	for _, c := range got {
		if !want[c] {
			t.Errorf("unexpected %+v", c)
		}
		delete(want, c)
	}
	for c := range want {
		t.Errorf("missed %+v", c)
	}
}

func TestWordNumber(t *testing.T) {
	for s, want := range map[string]int{"12": 12, "2,500": 2500, "Twelve": 12, "forty-four": 44} {
		if got, ok := wordNumber(s); !ok || got != want {
			t.Errorf("wordNumber(%q) = %d, %v", s, got, ok)
		}
	}
	if _, ok := wordNumber("many"); ok {
		t.Error("many is not a number")
	}
}

func TestScoreMoreThan(t *testing.T) {
	want := map[claimKey]bool{{"a", "killed", 10}: true}
	accept := map[claimKey]bool{{"a", "killed", 10}: true, {"a", "killed", 11}: true}
	got := map[claimKey]bool{{"a", "killed", 11}: true, {"a", "injured", 3}: true}
	pr := score(want, accept, got)
	if pr.Precision != 0.5 || pr.Recall != 1 {
		t.Errorf("got %+v, want precision 0.5 and recall 1", pr)
	}
}

func TestPairQualityAndNaive(t *testing.T) {
	ms, truth, err := mentions(1, 300)
	if err != nil {
		t.Fatal(err)
	}
	groups := naiveIncidents(ms)
	n := 0
	for _, g := range groups {
		n += len(g)
	}
	if n != len(ms) {
		t.Fatalf("naive grouped %d of %d mentions", n, len(ms))
	}
	// One incident per mention: perfect precision, no recall.
	var incs []*tally.Incident
	for _, m := range ms {
		incs = append(incs, &tally.Incident{Mentions: []string{m.ID}})
	}
	if pr := pairQuality(incs, ms, truth); pr.Precision != 0 || pr.Recall != 0 {
		t.Errorf("singletons: %+v", pr)
	}
}

func TestTargetsAndTable(t *testing.T) {
	r := &Results{ExtractMBs: 3, IngestReportsS: 400, Link100kS: 2, Link100kMB: 500, IncidentsPageMS: 5, ListDBReports: 1000}
	r.Targets = targets(r)
	met := map[string]bool{}
	for _, t := range r.Targets {
		met[t.Name] = t.Met
	}
	if !met["extraction per core"] || met["ingest of plain text, all cores"] || !met["linking 100k mentions"] {
		t.Errorf("targets judged wrong: %+v", r.Targets)
	}
	var b bytes.Buffer
	if err := r.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "NO") {
		t.Error("the table does not show the missed target")
	}
}
