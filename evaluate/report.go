package evaluate

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Report is what score.py prints: the figures, and the detail lines that
// say what was missed or wrong. Its JSON has score.py's keys, in its order.
type Report struct {
	// IncidentsFound is "found/required": required gold incidents matched.
	IncidentsFound string `json:"incidents_found"`
	// ClaimsPrecision, ClaimsRecall and ClaimsF1 score the killed, injured
	// and abducted claims, rounded to three decimals as score.py rounds.
	ClaimsPrecision float64 `json:"claims_precision"`
	ClaimsRecall    float64 `json:"claims_recall"`
	ClaimsF1        float64 `json:"claims_f1"`
	// FiguresExact is "exact/total" over the gold figure ranges.
	FiguresExact string `json:"figures_exact"`
	// DatesExact is "exact/matched": incident dates equal to the gold date.
	DatesExact string `json:"dates_exact"`
	// LinkingJaccard is the mean Jaccard overlap of an incident's reports
	// with the gold reports, over matched incidents.
	LinkingJaccard float64 `json:"linking_jaccard"`
	// SpuriousIncidents counts export incidents with casualty claims that
	// match no gold incident.
	SpuriousIncidents int `json:"spurious_incidents"`
	// PublishedExact is "right/total" over the gold publication dates.
	PublishedExact string `json:"published_exact"`
	// Details are score.py's detail lines, each indented by two spaces.
	Details []string `json:"-"`
}

// round3 is Python's round(x, 3): the float nearest to x correctly rounded
// to three decimals, ties to even, which strconv's 'f' formatting also does.
func round3(x float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 3, 64), 64)
	return v
}

// fields lists the report's figures in score.py's order, each written as
// Python's str writes it (1.0, not 1).
func (r Report) fields() [][2]string {
	return [][2]string{
		{"incidents_found", r.IncidentsFound},
		{"claims_precision", pyFloat(r.ClaimsPrecision)},
		{"claims_recall", pyFloat(r.ClaimsRecall)},
		{"claims_f1", pyFloat(r.ClaimsF1)},
		{"figures_exact", r.FiguresExact},
		{"dates_exact", r.DatesExact},
		{"linking_jaccard", pyFloat(r.LinkingJaccard)},
		{"spurious_incidents", strconv.Itoa(r.SpuriousIncidents)},
		{"published_exact", r.PublishedExact},
	}
}

// isText reports whether a figure is written as a JSON string.
func isText(key string) bool {
	switch key {
	case "incidents_found", "figures_exact", "dates_exact", "published_exact":
		return true
	}
	return false
}

// MarshalJSON writes the figures as score.py's json.dumps does:
// {"incidents_found": "3/3", "claims_precision": 1.0, …}.
func (r Report) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, f := range r.fields() {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%q: ", f[0])
		if isText(f[0]) {
			q, err := json.Marshal(f[1])
			if err != nil {
				return nil, err
			}
			b.Write(q)
		} else {
			b.WriteString(f[1])
		}
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

// Summary is score.py's last line: key=value pairs separated by spaces.
func (r Report) Summary() string {
	parts := make([]string, 0, 9)
	for _, f := range r.fields() {
		parts = append(parts, f[0]+"="+f[1])
	}
	return strings.Join(parts, " ")
}

// WriteText writes what score.py prints without --json: the detail lines,
// then the summary. Like score.py it prints an empty line when there are no
// details, so the two outputs can be compared byte for byte.
func (r Report) WriteText(w io.Writer) error {
	_, err := fmt.Fprintf(w, "%s\n%s\n", strings.Join(r.Details, "\n"), r.Summary())
	return err
}

// WriteJSON writes what score.py prints with --json: one line.
func (r Report) WriteJSON(w io.Writer) error {
	b, err := r.MarshalJSON()
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}
