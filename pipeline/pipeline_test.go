package pipeline_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"slices"
	"testing"

	"tally"
	"tally/extract"
	"tally/pipeline"
	"tally/reconcile"
	"tally/source"
	"tally/sqlite"
)

var x = extract.New(nil, nil)

func open(t *testing.T) (*sqlite.Store, *pipeline.Pipeline) {
	t.Helper()
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, &pipeline.Pipeline{Store: s, Extract: x.Document, Derive: pipeline.Derive(reconcile.DefaultPolicy)}
}

// record renders everything derived from a store: incidents with their
// figures and claims, and documents with their publication dates.
func record(t *testing.T, s tally.Store) string {
	t.Helper()
	ctx := context.Background()
	incs, _, err := s.FindIncidents(ctx, tally.IncidentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	docs, _, err := s.FindDocuments(ctx, tally.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	type doc struct{ ID, Published, Basis string }
	var ds []doc
	for _, d := range docs {
		ds = append(ds, doc{d.ID, d.Published.String(), string(d.PublishedBasis)})
	}
	slices.SortFunc(ds, func(a, b doc) int {
		if a.ID < b.ID {
			return -1
		}
		return 1
	})
	b, _ := json.MarshalIndent(struct {
		Incidents []*tally.Incident
		Documents []doc
	}{incs, ds}, "", " ")
	return string(b)
}

// TestIngestOrderDoesNotMatter ingests the shared corpus in one run in
// order, and again one report at a time in reverse order: incidents,
// figures, claims and inferred dates must be the same.
func TestIngestOrderDoesNotMatter(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests the whole corpus twice")
	}
	entries, _, errs := source.Expand([]string{"../../shared/corpus/seeds", "../../shared/corpus/gvc-dev"})
	if len(errs) > 0 || len(entries) == 0 {
		t.Skip("shared corpus not found beside the repository")
	}
	ctx := context.Background()
	a, pa := open(t)
	if res, err := pa.Ingest(ctx, entries); err != nil || res.Added != len(entries) {
		t.Fatalf("ingest in order: %+v, %v", res, err)
	}
	b, pb := open(t)
	for i := len(entries) - 1; i >= 0; i-- {
		if _, err := pb.Ingest(ctx, entries[i:i+1]); err != nil {
			t.Fatal(err)
		}
	}
	ra, rb := record(t, a), record(t, b)
	if ra != rb {
		t.Errorf("one ingest in order and one-by-one in reverse differ (%d and %d bytes of record)", len(ra), len(rb))
	}
}

func TestIngestBytes(t *testing.T) {
	s, p := open(t)
	ctx := context.Background()
	raw := []byte("Mortar fire hits town\n\nMortar shells struck the town centre on Friday, killing three civilians and wounding eight, a hospital official said.\n")
	doc, added, err := p.IngestBytes(ctx, "pasted", raw, "text/plain", "")
	if err != nil || !added {
		t.Fatalf("IngestBytes = %v, %v", added, err)
	}
	if _, again, err := p.IngestBytes(ctx, "pasted again", raw, "", ""); err != nil || again {
		t.Errorf("second IngestBytes added=%v, %v; want a no-op", again, err)
	}
	incs, _, _ := s.FindIncidents(ctx, tally.IncidentFilter{})
	if len(incs) != 1 || len(incs[0].Documents) != 1 || incs[0].Documents[0] != doc.ID {
		t.Fatalf("incidents %+v", incs)
	}
	if f, ok := incs[0].Figure(tally.FieldKilled); !ok || *f.Best != 3 {
		t.Errorf("killed figure %+v", f)
	}
	p.Source.MaxBytes = 10
	if _, _, err := p.IngestBytes(ctx, "big", raw, "", ""); tally.ErrorCode(err) != tally.ETOOLARGE {
		t.Errorf("over the limit: %v", err)
	}
}

// TestNearDuplicatesAreLinkedNotDropped stores one wire story printed by two
// sites with different furniture: both are kept, and linked.
func TestNearDuplicatesAreLinkedNotDropped(t *testing.T) {
	s, p := open(t)
	ctx := context.Background()
	story := "Gunmen opened fire on a crowded market in the northern town on Tuesday morning, killing six people and wounding eleven others, the provincial governor said. Witnesses said the attackers arrived on motorcycles and fled toward the hills after the shooting, and that shops stayed shut for the rest of the day.\n"
	a := []byte("URL: https://one.example/story\nTITLE: Six killed at market\n\n" + story + "Share this article\n")
	b := []byte("URL: https://two.example/news/1\nTITLE: Gunmen kill six in market attack\n\n" + story + "Subscribe to our newsletter\n")
	da, _, err := p.IngestBytes(ctx, "a", a, "", "")
	if err != nil {
		t.Fatal(err)
	}
	db, _, err := p.IngestBytes(ctx, "b", b, "", "")
	if err != nil {
		t.Fatal(err)
	}
	links, err := s.FindNearDuplicates(ctx, da.ID)
	if err != nil || len(links) != 1 || (links[0].A != db.ID && links[0].B != db.ID) || links[0].Similarity < 0.5 {
		t.Fatalf("links %+v, %v; want one link between the two reprints", links, err)
	}
	incs, _, _ := s.FindIncidents(ctx, tally.IncidentFilter{})
	if len(incs) != 1 || len(incs[0].Documents) != 2 {
		t.Fatalf("incidents %+v", incs)
	}
	f, _ := incs[0].Figure(tally.FieldKilled)
	if f.Independent != 1 {
		t.Errorf("two reprints of one story count as %d independent sources; want 1", f.Independent)
	}
}
