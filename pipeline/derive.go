package pipeline

import (
	"context"

	"tally"
	"tally/link"
	"tally/reconcile"
)

// Derive returns the step that re-derives every incident from the stored
// mentions: link them, reconcile each incident's figures under policy, date
// undated reports by the incidents they joined, and replace the stored
// incidents. It is a pure function of the stored claims, so any ingest
// order gives the same result.
func Derive(policy tally.Policy) Deriver {
	return func(ctx context.Context, s tally.Store) error {
		incs, inferred, err := DeriveIncidents(ctx, s, policy)
		if err != nil {
			return err
		}
		for id, d := range inferred {
			if err := s.UpdatePublished(ctx, id, d, tally.BasisInferred); err != nil {
				return err
			}
		}
		return s.ReplaceIncidents(ctx, incs)
	}
}

// DeriveIncidents computes incidents and inferred publication dates from
// the store without writing anything.
func DeriveIncidents(ctx context.Context, s tally.Store, policy tally.Policy) ([]*tally.Incident, map[string]tally.Date, error) {
	mentions, err := s.FindMentions(ctx, tally.MentionFilter{})
	if err != nil {
		return nil, nil, err
	}
	docs, _, err := s.FindDocuments(ctx, tally.DocumentFilter{})
	if err != nil {
		return nil, nil, err
	}
	info := map[string]reconcile.Doc{}
	for _, d := range docs {
		pub := d.Published
		if d.PublishedBasis == tally.BasisInferred {
			pub = tally.Date{} // re-inferred below, never fed back as evidence
		}
		info[d.ID] = reconcile.Doc{Outlet: d.Outlet, Title: d.Title, Published: pub}
	}
	dups, err := s.FindNearDuplicates(ctx, "")
	if err != nil {
		return nil, nil, err
	}
	origins := sameOrigin(dups)
	opt := link.DefaultOptions
	opt.SameStory = origins
	incs := link.Incidents(mentions, opt)
	inferred := link.InferPublished(incs, mentions)
	for id, d := range inferred {
		di := info[id]
		di.Published = d
		info[id] = di
	}
	reconcile.Incidents(incs, reconcile.Options{Policy: policy, Docs: info, SameOrigin: origins})
	return incs, inferred, nil
}

// sameOrigin maps each near-duplicate report to the smallest ID of its group.
func sameOrigin(links []tally.NearDuplicate) map[string]string {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok || p == x {
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	for _, l := range links {
		a, b := find(l.A), find(l.B)
		if a == b {
			continue
		}
		if b < a {
			a, b = b, a
		}
		parent[a], parent[b] = a, a
	}
	out := map[string]string{}
	for x := range parent {
		out[x] = find(x)
	}
	return out
}
