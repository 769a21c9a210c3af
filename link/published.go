package link

import (
	"fmt"
	"time"

	"tally"
)

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
		if f, ok := filedAfter(m.Filed, inc.Date); ok {
			d = f
		}
		if prev, ok := out[m.Document]; !ok || d.Compare(prev) < 0 {
			out[m.Document] = d
		}
	}
	return out
}

// filedAfter dates a dateline's month and day ("08-18") by the incident it
// reports: the first such day on or after the incident, within two months.
func filedAfter(monthDay string, incident tally.Date) (tally.Date, bool) {
	var m, d int
	if _, err := fmt.Sscanf(monthDay, "%d-%d", &m, &d); err != nil || monthDay == "" {
		return tally.Date{}, false
	}
	first := incident.First()
	for _, y := range []int{first.Year(), first.Year() + 1} {
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Month() != time.Month(m) {
			continue // no 29 February that year
		}
		if days := t.Sub(first).Hours() / 24; days >= 0 && days <= 61 {
			return tally.Day(y, m, d), true
		}
	}
	return tally.Date{}, false
}
