package pipeline

import (
	"context"
	"fmt"

	"tally"
	"tally/export"
)

// ExportData loads what an export holds: every document and incident. With
// a policy other than "" the incidents are derived again under it, exactly
// as an ingest would have stored them, and nothing stored changes. With
// quotes, the texts that claims quote are loaded too.
func ExportData(ctx context.Context, s tally.Store, policy tally.Policy, quotes bool) (export.Data, error) {
	var d export.Data
	var err error
	if d.Documents, _, err = s.FindDocuments(ctx, tally.DocumentFilter{}); err != nil {
		return d, err
	}
	if policy == "" {
		d.Policy = tally.PolicyUCDP
		if d.Incidents, _, err = s.FindIncidents(ctx, tally.IncidentFilter{}); err != nil {
			return d, err
		}
	} else {
		d.Policy = policy
		var inferred map[string]tally.Date
		if d.Incidents, inferred, err = DeriveIncidents(ctx, s, policy); err != nil {
			return d, err
		}
		for _, doc := range d.Documents {
			if day, ok := inferred[doc.ID]; ok {
				doc.Published, doc.PublishedBasis = day, tally.BasisInferred
			}
		}
	}
	if !quotes {
		return d, nil
	}
	d.Texts = map[string]string{}
	for _, inc := range d.Incidents {
		for _, c := range inc.Claims {
			if _, ok := d.Texts[c.Document]; ok {
				continue
			}
			doc, err := s.FindDocumentByID(ctx, c.Document)
			if err != nil {
				return d, fmt.Errorf("claim %s: %w", c.ID, err)
			}
			d.Texts[c.Document] = doc.Text
		}
	}
	return d, nil
}
