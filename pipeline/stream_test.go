package pipeline_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"tally"
	"tally/gen"
	"tally/pipeline"
	"tally/reconcile"
	"tally/source"
	"tally/sqlite"
)

// streamPipeline opens a pipeline over a fresh database in dir.
func streamPipeline(tb testing.TB, dir string) (*sqlite.Store, *pipeline.Pipeline) {
	tb.Helper()
	s, err := sqlite.Open(filepath.Join(dir, "t.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s, &pipeline.Pipeline{Store: s, Extract: x.Document, Derive: pipeline.Derive(reconcile.DefaultPolicy)}
}

// IngestStream stores what Ingest stores from the same reports.
func TestIngestStreamMatchesIngest(t *testing.T) {
	dir := t.TempDir()
	var reps []gen.Report
	if err := gen.Stream(1, 12, func(r gen.Report) error { reps = append(reps, r); return nil }); err != nil {
		t.Fatal(err)
	}
	var entries []source.Entry
	for _, r := range reps {
		p := filepath.Join(dir, r.Name)
		if err := os.WriteFile(p, r.Data, 0o644); err != nil {
			t.Fatal(err)
		}
		entries = append(entries, source.Entry{Name: p})
	}
	ctx := context.Background()
	a, pa := streamPipeline(t, t.TempDir())
	if _, err := pa.Ingest(ctx, entries); err != nil {
		t.Fatal(err)
	}
	b, pb := streamPipeline(t, t.TempDir())
	i := 0
	res, err := pb.IngestStream(ctx, func() (string, []byte, bool) {
		if i == len(reps) {
			return "", nil, false
		}
		i++
		return filepath.Join(dir, reps[i-1].Name), reps[i-1].Data, true
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != len(reps) || res.Failed != 0 {
		t.Fatalf("stream added %d, failed %d of %d", res.Added, res.Failed, len(reps))
	}
	ia, _, _ := a.FindIncidents(ctx, tally.IncidentFilter{})
	ib, _, _ := b.FindIncidents(ctx, tally.IncidentFilter{})
	if len(ia) == 0 || len(ia) != len(ib) {
		t.Fatalf("Ingest found %d incidents, IngestStream %d", len(ia), len(ib))
	}
	for k := range ia {
		if ia[k].ID != ib[k].ID {
			t.Errorf("incident %d: %s from Ingest, %s from IngestStream", k, ia[k].ID, ib[k].ID)
		}
	}
}

// A bad report is counted and the rest are stored.
func TestIngestStreamCountsFailures(t *testing.T) {
	_, p := streamPipeline(t, t.TempDir())
	var failed []string
	p.Failed = func(name string, err error) { failed = append(failed, name) }
	items := [][2]string{{"empty.txt", ""}, {"ok.txt", "Gunmen killed three people in Kokomo, Indiana, on Sunday, police said.\n"}}
	i := 0
	res, err := p.IngestStream(context.Background(), func() (string, []byte, bool) {
		if i == len(items) {
			return "", nil, false
		}
		i++
		return items[i-1][0], []byte(items[i-1][1]), true
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 1 || res.Failed != 1 || len(failed) != 1 || failed[0] != "empty.txt" {
		t.Errorf("added %d, failed %d %v", res.Added, res.Failed, failed)
	}
}

// BenchmarkIngest ingests synthetic plain-text reports (package gen)
// end to end into a new SQLite database through IngestStream: parse,
// extract, store, near-duplicates, and one derivation of incidents.
func BenchmarkIngest(b *testing.B) {
	const n = 500
	var reps []gen.Report
	cfg := gen.Config{Seed: 1, Reports: n, HTMLShare: -1}
	if err := cfg.Stream(func(r gen.Report) error { reps = append(reps, r); return nil }); err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, r := range reps {
		size += int64(len(r.Data))
	}
	x.Document(&tally.Document{Text: "warm up", Lines: []tally.Line{{Span: tally.Span{End: 7}, Kind: tally.LineBody}}})
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		_, p := streamPipeline(b, b.TempDir())
		b.StartTimer()
		i := 0
		if _, err := p.IngestStream(context.Background(), func() (string, []byte, bool) {
			if i == len(reps) {
				return "", nil, false
			}
			i++
			return reps[i-1].Name, reps[i-1].Data, true
		}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "reports/s")
}
