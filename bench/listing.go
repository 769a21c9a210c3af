package bench

import (
	"context"
	"runtime"
	"slices"
	"time"

	"tally"
	"tally/gen"
	"tally/link"
	"tally/reconcile"
	"tally/sqlite"
)

// listing fills a database with the incidents of many reports — their
// synthetic mentions linked and reconciled, as an ingest would store them
// (the documents themselves are left out: listing incidents never reads
// them) — and times listing them as "tally incidents" does.
func (r *runner) listing(ctx context.Context) error {
	var ms []tally.Mention
	docs := map[string]reconcile.Doc{}
	err := gen.Config{Seed: r.opt.Seed, Reports: r.sz.listReports}.Mentions(0, func(m tally.Mention, _ string) error {
		ms = append(ms, m)
		docs[m.Document] = reconcile.Doc{Outlet: m.Outlet, Published: m.Published}
		return nil
	})
	if err != nil {
		return err
	}
	incs := link.Incidents(ms, link.DefaultOptions)
	reconcile.Incidents(incs, reconcile.Options{Policy: reconcile.DefaultPolicy, Docs: docs})
	ms, docs = nil, nil
	runtime.GC()

	s, err := sqlite.Open(r.path("list.db"))
	if err != nil {
		return err
	}
	defer s.Close()
	start := time.Now()
	if err := s.ReplaceIncidents(ctx, incs); err != nil {
		return err
	}
	r.res.ReplaceIncidentsS = round(time.Since(start).Seconds(), 2)
	r.res.ListDBReports, r.res.ListDBIncidents = r.sz.listReports, len(incs)
	incs = nil
	runtime.GC()

	// The median of several runs: the first also warms SQLite's cache.
	median := func(f tally.IncidentFilter) (float64, error) {
		var ts []float64
		for range 7 {
			t := time.Now()
			if _, _, err := s.FindIncidents(ctx, f); err != nil {
				return 0, err
			}
			ts = append(ts, time.Since(t).Seconds()*1000)
		}
		slices.Sort(ts)
		return round(ts[len(ts)/2], 2), nil
	}
	if r.res.IncidentsPageMS, err = median(tally.IncidentFilter{Limit: 50}); err != nil {
		return err
	}
	if r.res.IncidentsFilterMS, err = median(tally.IncidentFilter{Country: "US", Limit: 50}); err != nil {
		return err
	}
	t := time.Now()
	all, _, err := s.FindIncidents(ctx, tally.IncidentFilter{})
	if err != nil {
		return err
	}
	el := time.Since(t).Seconds()
	r.res.IncidentsAllS = round(el, 2)
	if len(all) > 0 {
		r.res.IncidentsAllPerKMS = round(el*1000/float64(len(all))*1000, 2)
	}
	return nil
}
