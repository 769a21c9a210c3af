package bench

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"sync"
	"time"

	"tally"
	"tally/evaluate"
	"tally/extract"
	"tally/pipeline"
	"tally/reconcile"
	"tally/sqlite"
)

// extractor is the one extractor of a run: its tables load once.
var extractor = sync.OnceValue(func() *extract.Extractor { return extract.New(nil, nil) })

// ingest streams a corpus into a new database through the pipeline and
// returns the reports per second, the derivation's share, and the score
// of the result against the corpus's truth.
func (r *runner) ingest(ctx context.Context, c *corpus, db string) (float64, float64, Score, error) {
	s, err := sqlite.Open(db)
	if err != nil {
		return 0, 0, Score{}, err
	}
	defer s.Close()
	var derive time.Duration
	d := pipeline.Derive(reconcile.DefaultPolicy)
	p := &pipeline.Pipeline{Store: s, Extract: extractor().Document, Derive: func(ctx context.Context, s tally.Store) error {
		t := time.Now()
		defer func() { derive = time.Since(t) }()
		return d(ctx, s)
	}}
	i := 0
	start := time.Now()
	res, err := p.IngestStream(ctx, func() (string, []byte, bool) {
		if i == len(c.reports) {
			return "", nil, false
		}
		i++
		return c.reports[i-1].Name, c.reports[i-1].Data, true
	})
	el := time.Since(start)
	if err != nil {
		return 0, 0, Score{}, err
	}
	if res.Added != len(c.reports) {
		return 0, 0, Score{}, fmt.Errorf("stored %d of %d reports (%d failed)", res.Added, len(c.reports), res.Failed)
	}
	sc, err := accuracy(ctx, s, c)
	return float64(len(c.reports)) / el.Seconds(), derive.Seconds(), sc, err
}

// accuracy scores a database against a corpus's truth as score.py does.
func accuracy(ctx context.Context, s tally.Store, c *corpus) (Score, error) {
	b, err := json.Marshal(c.gold)
	if err != nil {
		return Score{}, err
	}
	g, err := evaluate.ReadGold(bytes.NewReader(b))
	if err != nil {
		return Score{}, err
	}
	d, err := pipeline.ExportData(ctx, s, "", false)
	if err != nil {
		return Score{}, err
	}
	e, err := evaluate.ExportOf(d)
	if err != nil {
		return Score{}, err
	}
	rep := evaluate.Score(g, e)
	return Score{
		IncidentsFound: rep.IncidentsFound, ClaimsPrecision: rep.ClaimsPrecision, ClaimsRecall: rep.ClaimsRecall,
		FiguresExact: rep.FiguresExact, DatesExact: rep.DatesExact, LinkingJaccard: rep.LinkingJaccard,
		SpuriousIncidents: rep.SpuriousIncidents, PublishedExact: rep.PublishedExact,
	}, nil
}

// ingestRun is one timed ingest.
type ingestRun struct {
	db           string
	rate, derive float64
	score        Score
}

// ingestMedian ingests a corpus three times, each into a new database,
// and returns the run of median speed: other processes share the machine.
func (r *runner) ingestMedian(ctx context.Context, c *corpus, name string) (ingestRun, error) {
	var runs []ingestRun
	for k := range 3 {
		db := r.path(fmt.Sprintf("%s-%d.db", name, k))
		rate, derive, sc, err := r.ingest(ctx, c, db)
		if err != nil {
			return ingestRun{}, err
		}
		runs = append(runs, ingestRun{db, rate, derive, sc})
	}
	slices.SortFunc(runs, func(a, b ingestRun) int { return cmp.Compare(a.rate, b.rate) })
	return runs[1], nil
}

func (r *runner) ingestText(ctx context.Context) error {
	run, err := r.ingestMedian(ctx, r.text, "text")
	if err != nil {
		return err
	}
	r.ingestDB = run.db
	r.res.IngestReports, r.res.IngestReportsS, r.res.IngestDeriveS, r.res.Accuracy = len(r.text.reports), round(run.rate, 1), round(run.derive, 3), run.score
	return nil
}

func (r *runner) ingestHTML(ctx context.Context) error {
	run, err := r.ingestMedian(ctx, r.html, "html")
	if err != nil {
		return err
	}
	r.res.IngestHTMLReports, r.res.IngestHTMLReportsS, r.res.AccuracyHTML = len(r.html.reports), round(run.rate, 1), run.score
	return nil
}

// storeWrites adds the parsed, extracted plain-text reports to a new
// database one transaction each, as the pipeline's writer does.
func (r *runner) storeWrites(ctx context.Context) error {
	c := r.text
	s, err := sqlite.Open(r.path("store.db"))
	if err != nil {
		return err
	}
	defer s.Close()
	start := time.Now()
	for i, d := range c.docs {
		if _, err := s.AddDocument(ctx, d, c.mentions[i]); err != nil {
			return err
		}
	}
	el := time.Since(start).Seconds()
	r.res.StoreDocsS = round(float64(len(c.docs))/el, 1)
	r.res.StoreMBs = round(mb(c.bytes)/el, 2)
	return nil
}
