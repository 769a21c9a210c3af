package link

import "tally"

// InferPublished dates undated reports by the incidents their own events
// joined: a report that says "early Sunday" or "last night" about an
// incident dated 2013-09-01 was written on that day, or the day after "last
// night". It returns the inferred date of each report that had none.
func InferPublished(incs []*tally.Incident, mentions []tally.Mention) map[string]tally.Date {
	byMention := map[string]*tally.Incident{}
	for _, inc := range incs {
		for _, id := range inc.Mentions {
			byMention[id] = inc
		}
	}
	out := map[string]tally.Date{}
	for _, m := range mentions {
		if !m.Published.IsZero() || m.Background {
			continue
		}
		inc := byMention[m.ID]
		if inc == nil || inc.Date.Precision() != tally.PrecisionDay || len(inc.Documents) < 2 {
			continue
		}
		d := inc.Date
		if m.Time.RelDays != nil {
			d = d.AddDays(-*m.Time.RelDays)
		}
		if prev, ok := out[m.Document]; !ok || d.Compare(prev) < 0 {
			out[m.Document] = d
		}
	}
	return out
}
