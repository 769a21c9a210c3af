// Package export writes documents and incidents in the formats other tools
// read: JSON (the contract in shared/eval/README.md), CSV with ACLED- and
// UCDP-style columns, and GeoJSON points for QGIS and web maps.
package export

import (
	"encoding/json"
	"io"
	"sort"

	"tally"
)

// Data is what an export holds. Texts maps document IDs to their text, so
// claims can quote their sentences; documents missing from it get no quote.
type Data struct {
	Documents []*tally.Document
	Incidents []*tally.Incident
	Texts     map[string]string
	Policy    tally.Policy
}

// Document is one report in the JSON export.
type Document struct {
	ID                 string  `json:"id"`
	Path               string  `json:"path"`
	URL                *string `json:"url"`
	Title              *string `json:"title"`
	Outlet             *string `json:"outlet"`
	Author             *string `json:"author"`
	Published          *string `json:"published"`
	PublishedPrecision *string `json:"published_precision"`
	PublishedBasis     string  `json:"published_basis"`
	Format             string  `json:"format"`
	Words              int     `json:"words"`
}

// Place is an incident's place in the JSON export.
type Place struct {
	Name         string  `json:"name"`
	Admin1       *string `json:"admin1"`
	Country      *string `json:"country"`
	Lat          float64 `json:"lat"`
	Lon          float64 `json:"lon"`
	GeoPrecision int     `json:"geo_precision"`
	ID           string  `json:"id,omitempty"`
}

// Figure is one reconciled figure in the JSON export.
type Figure struct {
	Low         *int                  `json:"low"`
	Best        *int                  `json:"best"`
	High        *int                  `json:"high"`
	Status      tally.FigureStatus    `json:"status"`
	Policy      tally.Policy          `json:"policy"`
	Explanation string                `json:"explanation"`
	Claims      []string              `json:"claims"`
	Flagged     []string              `json:"flagged,omitempty"`
	Independent int                   `json:"independent_sources"`
	Evolution   []tally.EvolutionStep `json:"evolution,omitempty"`
}

// Claim is one claim in the JSON export. Start and End are the byte offsets
// of the sentence that Quote holds; FigureStart and FigureEnd those of the
// figure itself.
type Claim struct {
	ID           string  `json:"id"`
	Field        string  `json:"field"`
	Low          *int    `json:"low"`
	High         *int    `json:"high"`
	Value        *string `json:"value,omitempty"`
	Vague        bool    `json:"vague,omitempty"`
	Qualifier    *string `json:"qualifier"`
	AsWritten    string  `json:"as_written"`
	Hedge        *string `json:"hedge"`
	AttributedTo *string `json:"attributed_to"`
	Cue          *string `json:"attribution_cue,omitempty"`
	Document     string  `json:"document"`
	Start        int     `json:"start"`
	End          int     `json:"end"`
	FigureStart  int     `json:"figure_start"`
	FigureEnd    int     `json:"figure_end"`
	Quote        string  `json:"quote"`
}

// Incident is one incident in the JSON export.
type Incident struct {
	ID            string              `json:"id"`
	Date          string              `json:"date"`
	DatePrecision string              `json:"date_precision"`
	EndDate       *string             `json:"end_date,omitempty"`
	Place         *Place              `json:"place"`
	EventType     string              `json:"event_type"`
	ACLEDType     string              `json:"acled_event_type"`
	ACLEDSubType  string              `json:"acled_sub_event_type"`
	Perpetrators  []string            `json:"perpetrators"`
	Victims       []string            `json:"victims"`
	Documents     []string            `json:"documents"`
	Figures       map[string]Figure   `json:"figures"`
	Alternatives  []tally.Alternative `json:"alternatives"`
	Contested     bool                `json:"contested"`
	// Claims are the figures and accounts the incident's reports give.
	// Vague words ("dozens") and counts of part of the victims ("six of
	// whom were women") are evidence too, but not tolls: they are listed
	// apart so that nothing reading Claims mistakes them for one.
	Claims       []Claim `json:"claims"`
	VagueClaims  []Claim `json:"vague_claims"`
	SubsetClaims []Claim `json:"subset_claims"`
}

func str(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// DocumentOf converts a document to its export shape.
func DocumentOf(d *tally.Document) Document {
	out := Document{
		ID: d.ID, Path: d.Source, URL: str(d.URL), Title: str(d.Title), Outlet: str(d.Outlet), Author: str(d.Author),
		PublishedBasis: string(d.PublishedBasis), Format: string(d.Format), Words: d.Words,
	}
	if !d.Published.IsZero() {
		out.Published = str(d.Published.String())
		out.PublishedPrecision = str(string(d.Published.Precision()))
	}
	if out.PublishedBasis == "" {
		out.PublishedBasis = string(tally.BasisUnknown)
	}
	return out
}

// IncidentOf converts an incident to its export shape; texts supplies the
// quoted sentences.
func IncidentOf(inc *tally.Incident, texts map[string]string) Incident {
	et, sub := inc.Type.ACLED()
	out := Incident{
		ID: inc.ID, Date: inc.Date.String(), DatePrecision: string(inc.Date.Precision()),
		EventType: string(inc.Type), ACLEDType: et, ACLEDSubType: sub,
		Perpetrators: nonNil(inc.Perpetrators), Victims: nonNil(inc.Victims), Documents: nonNil(inc.Documents),
		Figures: map[string]Figure{}, Alternatives: inc.Alternatives, Contested: inc.Contested(),
		Claims: []Claim{}, VagueClaims: []Claim{}, SubsetClaims: []Claim{},
	}
	if out.Alternatives == nil {
		out.Alternatives = []tally.Alternative{}
	}
	if !inc.EndDate.IsZero() && inc.EndDate != inc.Date {
		out.EndDate = str(inc.EndDate.String())
	}
	if inc.Place != nil {
		p := inc.Place.Place
		out.Place = &Place{Name: p.Name, Admin1: str(p.Admin1), Country: str(p.Country), Lat: p.Lat, Lon: p.Lon, GeoPrecision: int(inc.Place.Precision), ID: p.ID}
	}
	for _, f := range inc.Figures {
		out.Figures[string(f.Field)] = Figure{
			Low: f.Low, Best: f.Best, High: f.High, Status: f.Status, Policy: f.Policy, Explanation: f.Explanation,
			Claims: nonNil(f.Claims), Flagged: f.Flagged, Independent: f.Independent, Evolution: f.Evolution,
		}
	}
	for _, c := range inc.Claims {
		ec := ClaimOf(c, texts[c.Document])
		switch {
		case c.Subset:
			out.SubsetClaims = append(out.SubsetClaims, ec)
		case c.Vague:
			out.VagueClaims = append(out.VagueClaims, ec)
		default:
			out.Claims = append(out.Claims, ec)
		}
	}
	return out
}

// ClaimOf converts a claim to its export shape, quoting its sentence from text.
func ClaimOf(c tally.Claim, text string) Claim {
	out := Claim{
		ID: c.ID, Field: string(c.Field), Low: c.Low, High: c.High, Value: str(c.Value), Vague: c.Vague,
		Qualifier: str(c.Qualifier), AsWritten: c.AsWritten, Hedge: str(string(c.Hedge)),
		Document: c.Document, Start: c.Sentence.Start, End: c.Sentence.End,
		FigureStart: c.Span.Start, FigureEnd: c.Span.End, Quote: c.Sentence.Of(text),
	}
	if c.Source != nil {
		out.AttributedTo, out.Cue = str(c.Source.Speaker), str(c.Source.Cue)
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// WriteJSON writes the JSON export: one object with "documents" and
// "incidents", both always present.
func WriteJSON(w io.Writer, d Data) error {
	out := struct {
		Documents []Document `json:"documents"`
		Incidents []Incident `json:"incidents"`
	}{Documents: []Document{}, Incidents: []Incident{}}
	docs := append([]*tally.Document(nil), d.Documents...)
	sort.SliceStable(docs, func(i, j int) bool { return docs[i].Source < docs[j].Source })
	for _, doc := range docs {
		out.Documents = append(out.Documents, DocumentOf(doc))
	}
	for _, inc := range d.Incidents {
		out.Incidents = append(out.Incidents, IncidentOf(inc, d.Texts))
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(out)
}
