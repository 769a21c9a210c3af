package gen

import (
	"bytes"
	"encoding/json"
	"html"
	"strings"
	"testing"

	"tally"
)

func TestStreamIsDeterministicAndCounted(t *testing.T) {
	collect := func(seed int64) []Report {
		var out []Report
		if err := Stream(seed, 40, func(r Report) error { out = append(out, r); return nil }); err != nil {
			t.Fatal(err)
		}
		return out
	}
	a, b := collect(3), collect(3)
	if len(a) != 40 {
		t.Fatalf("got %d reports, want 40", len(a))
	}
	names := map[string]bool{}
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Fatalf("report %d differs between two runs with one seed", i)
		}
		if names[a[i].Name] {
			t.Fatalf("duplicate name %s", a[i].Name)
		}
		names[a[i].Name] = true
	}
	c := collect(4)
	if bytes.Equal(a[0].Data, c[0].Data) {
		t.Error("seeds 3 and 4 gave the same first report")
	}
}

// Every gold claim's sentence must be in its report, so the gold can be
// checked by eye and spans found again.
func TestGoldQuotesAreInTheirReports(t *testing.T) {
	g, reps, err := Config{Seed: 1, Reports: 900, HTMLShare: 0.3}.Collect()
	if err != nil {
		t.Fatal(err)
	}
	text := map[string]string{}
	formats := map[tally.Format]int{}
	for _, r := range reps {
		s := string(r.Data)
		if r.Format == tally.FormatHTML {
			s = html.UnescapeString(s)
		}
		text[r.Name] = s
		formats[r.Format]++
	}
	for _, f := range []tally.Format{tally.FormatHTML, tally.FormatHeaderText, tally.FormatText} {
		if formats[f] == 0 {
			t.Errorf("no %s reports", f)
		}
	}
	claims := 0
	for _, inc := range g.Incidents {
		if len(inc.MentionedIn) == 0 {
			t.Errorf("%s is mentioned nowhere", inc.ID)
		}
		for _, c := range inc.Claims {
			claims++
			if !strings.Contains(text[c.File], c.Quote) {
				t.Errorf("%s: quote not in %s: %q", inc.ID, c.File, c.Quote)
			}
			f, ok := inc.Figures[c.Field]
			v := c.Point()
			if c.Qualifier == "more than" {
				v++
			}
			if !ok || v < f.Low || v > f.High {
				t.Errorf("%s: claim %s=%d outside figure %+v", inc.ID, c.Field, v, f)
			}
		}
	}
	if claims < 900 {
		t.Errorf("only %d claims in 900 reports", claims)
	}
	if len(g.Documents) != 900 {
		t.Errorf("%d documents, want 900", len(g.Documents))
	}
}

func TestGoldWriterMatchesCollect(t *testing.T) {
	cfg := Config{Seed: 2, Reports: 800}
	want, _, err := cfg.Collect()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	gw, err := NewGoldWriter(&buf, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	recalls := 0
	if err := cfg.Incidents(func(inc *Incident) error { recalls += len(inc.Recalls); return gw.Add(inc) }); err != nil {
		t.Fatal(err)
	}
	if recalls == 0 {
		t.Error("no report recalls an earlier incident")
	}
	if err := gw.Close(); err != nil {
		t.Fatal(err)
	}
	var got Gold
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("gold is not JSON: %v", err)
	}
	wantJSON, _ := json.Marshal(want.Incidents)
	gotJSON, _ := json.Marshal(got.Incidents)
	if !bytes.Equal(wantJSON, gotJSON) {
		t.Error("streamed gold incidents differ from collected ones")
	}
	if len(got.Incidents) != len(want.Incidents) || len(got.Documents) != len(want.Documents) || len(got.Distractors) != len(want.Distractors) {
		t.Errorf("streamed gold has %d/%d/%d incidents/documents/distractors, collected %d/%d/%d",
			len(got.Incidents), len(got.Documents), len(got.Distractors), len(want.Incidents), len(want.Documents), len(want.Distractors))
	}
}

func TestMentions(t *testing.T) {
	var ms []tally.Mention
	if err := Mentions(5, 2000, func(m tally.Mention) error { ms = append(ms, m); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2000 {
		t.Fatalf("got %d mentions", len(ms))
	}
	ids := map[string]bool{}
	var placed, dated, background int
	for _, m := range ms {
		if ids[m.ID] {
			t.Fatalf("duplicate mention ID %s", m.ID)
		}
		ids[m.ID] = true
		if m.Place != nil {
			placed++
		}
		if !m.Time.Date.IsZero() {
			dated++
		}
		if m.Background {
			background++
		}
	}
	if placed < 1800 || dated < 1700 || background == 0 {
		t.Errorf("placed %d, dated %d, background %d of 2000", placed, dated, background)
	}
}

func TestNumberWords(t *testing.T) {
	for n, want := range map[int]string{0: "zero", 7: "seven", 20: "twenty", 44: "forty-four", 2500: "2,500", 1000000: "1,000,000"} {
		if got := numberWord(n); got != want {
			t.Errorf("numberWord(%d) = %q, want %q", n, got, want)
		}
	}
}
