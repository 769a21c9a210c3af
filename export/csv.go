package export

import (
	"encoding/csv"
	"io"
	"net/url"
	"strconv"
	"strings"

	"tally"
)

// CSVColumns are the CSV export's columns, in order. The names follow
// ACLED's and UCDP GED's codebooks, so that a tally export can be read by
// tools and people used to either:
//
//	column           from                   what
//	event_id_cnty    ACLED event_id_cnty    country code, "-", tally's incident ID ("IQ-e0d1a546befdef53");
//	                                        the bare ID when the country is unknown
//	event_date       ACLED, UCDP date_start YYYY-MM-DD; for a month or year, its first day
//	year             ACLED, UCDP            the event's year; empty when undated
//	time_precision   ACLED                  1 day, 2 month, 3 year; empty when undated
//	event_type       ACLED                  ACLED's event type for tally's ("Violence against civilians")
//	sub_event_type   ACLED                  ACLED's sub-event type ("Attack")
//	actor1           ACLED                  the perpetrators, "; "-separated
//	actor2           ACLED                  the victims, "; "-separated
//	country          ACLED iso, UCDP        ISO 3166-1 alpha-2
//	admin1           ACLED, UCDP adm_1      first-order division
//	admin2           ACLED, UCDP adm_2      second-order division, when the gazetteer knows it
//	location         ACLED, UCDP where      the place name
//	latitude         ACLED, UCDP            decimal degrees, WGS 84; empty when unknown
//	longitude        ACLED, UCDP            decimal degrees, WGS 84; empty when unknown
//	geo_precision    ACLED, UCDP where_prec UCDP's 1 (exact) to 7 scale
//	fatalities       ACLED                  the conservative count: the low killed figure, 0 when none
//	best, low, high  UCDP                   the killed figure; empty when no report gives one
//	injured_low, injured_best, injured_high     the injured figure, likewise
//	abducted_low, abducted_best, abducted_high  the abducted figure, likewise
//	status           tally                  contested when any figure or account is contested,
//	                                        else the killed figure's (else the first figure's)
//	                                        status: agreed or single
//	source           ACLED, UCDP            the reports' outlets (else URL hosts, else titles), "; "-separated
//	source_original  UCDP                   who the killed claims are attributed to, "; "-separated
//	notes            ACLED                  each figure's explanation, then the competing accounts
//	                                        of fields reported more than one way, " | "-separated
//	n_reports        tally                  how many reports describe the incident
//	document_ids     tally                  their IDs, "; "-separated (tally show ID)
//
// Empty cells mean unknown, never zero, except for fatalities, which ACLED
// always fills.
var CSVColumns = []string{
	"event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
	"actor1", "actor2", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
	"fatalities", "best", "low", "high",
	"injured_low", "injured_best", "injured_high",
	"abducted_low", "abducted_best", "abducted_high",
	"status", "source", "source_original", "notes", "n_reports", "document_ids",
}

// listSep joins several values in one cell: ACLED's own separator for
// actors and sources is "; ".
const listSep = "; "

// WriteCSV writes one row per incident, after a header row of CSVColumns,
// quoted as RFC 4180 says. Cells hold text from the reports as it is: a
// spreadsheet that evaluates cells beginning with "=" should import the
// file as text.
func WriteCSV(w io.Writer, d Data) error {
	docs := map[string]*tally.Document{}
	for _, doc := range d.Documents {
		docs[doc.ID] = doc
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(CSVColumns); err != nil {
		return err
	}
	for _, inc := range d.Incidents {
		if err := cw.Write(defuse(csvRow(inc, docs))); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func csvRow(inc *tally.Incident, docs map[string]*tally.Document) []string {
	et, sub := inc.Type.ACLED()
	var country, admin1, admin2, location, lat, lon, prec string
	if inc.Place != nil {
		p := inc.Place.Place
		country, admin1, admin2, location = p.Country, p.Admin1, p.Admin2, p.Name
		if p.Lat != 0 || p.Lon != 0 { // 0, 0 is a place entry without coordinates, as in GeoJSON
			lat, lon = strconv.FormatFloat(p.Lat, 'f', -1, 64), strconv.FormatFloat(p.Lon, 'f', -1, 64)
		}
		if inc.Place.Precision > 0 {
			prec = strconv.Itoa(int(inc.Place.Precision))
		}
	}
	id := inc.ID
	if country != "" {
		id = country + "-" + inc.ID
	}
	killed, hasKilled := inc.Figure(tally.FieldKilled)
	fatalities := "0"
	if hasKilled && killed.Low != nil {
		fatalities = strconv.Itoa(*killed.Low)
	}
	row := []string{
		id, eventDate(inc.Date), year(inc.Date), timePrecision(inc.Date), et, sub,
		strings.Join(inc.Perpetrators, listSep), strings.Join(inc.Victims, listSep),
		country, admin1, admin2, location, lat, lon, prec,
		fatalities,
	}
	for _, f := range []tally.Field{tally.FieldKilled, tally.FieldInjured, tally.FieldAbducted} {
		fg, _ := inc.Figure(f)
		if f == tally.FieldKilled { // UCDP's order: best, low, high
			row = append(row, cell(fg.Best), cell(fg.Low), cell(fg.High))
		} else {
			row = append(row, cell(fg.Low), cell(fg.Best), cell(fg.High))
		}
	}
	return append(row,
		status(inc), strings.Join(sources(inc, docs), listSep), strings.Join(speakers(inc, tally.FieldKilled), listSep),
		notes(inc), strconv.Itoa(len(inc.Documents)), strings.Join(inc.Documents, listSep),
	)
}

// year writes the event's year, or "" when undated.
func year(d tally.Date) string {
	if d.IsZero() || d.Year == 0 {
		return ""
	}
	return strconv.Itoa(d.Year)
}

// eventDate writes a date as ACLED does: a full date, the first day of a
// month or year known no better, which time_precision qualifies.
func eventDate(d tally.Date) string {
	if d.IsZero() {
		return ""
	}
	return d.First().Format("2006-01-02")
}

// timePrecision is ACLED's time_precision code for d.
func timePrecision(d tally.Date) string {
	switch d.Precision() {
	case tally.PrecisionDay:
		return "1"
	case tally.PrecisionMonth:
		return "2"
	case tally.PrecisionYear:
		return "3"
	}
	return ""
}

func cell(n *int) string {
	if n == nil {
		return ""
	}
	return strconv.Itoa(*n)
}

// status is the incident's: contested when anything is, else the status of
// its killed figure, else of its first figure.
func status(inc *tally.Incident) string {
	if inc.Contested() {
		return string(tally.StatusContested)
	}
	if f, ok := inc.Figure(tally.FieldKilled); ok {
		return string(f.Status)
	}
	for _, f := range tally.CountFields {
		if fg, ok := inc.Figure(f); ok {
			return string(fg.Status)
		}
	}
	return ""
}

// sources names the incident's reports as ACLED's source column names
// outlets: each outlet once, in the order of the incident's documents.
func sources(inc *tally.Incident, docs map[string]*tally.Document) []string {
	var out []string
	seen := map[string]bool{}
	for _, id := range inc.Documents {
		name := sourceName(docs[id])
		if name != "" && !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out
}

// sourceName is a report's outlet, else its URL's host, else its title.
func sourceName(d *tally.Document) string {
	switch {
	case d == nil:
		return ""
	case d.Outlet != "":
		return d.Outlet
	case d.URL != "":
		if u, err := url.Parse(d.URL); err == nil && u.Host != "" {
			return strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	return d.Title
}

// speakers lists who the incident's claims of a field are attributed to,
// UCDP's source_original: each once, in claim order. Subset counts ("six of
// whom were women") are not tolls and do not count.
func speakers(inc *tally.Incident, f tally.Field) []string {
	var out []string
	seen := map[string]bool{}
	for _, c := range inc.Claims {
		s := c.AttributedTo()
		if c.Field != f || c.Subset || s == "" || seen[s] {
			continue
		}
		seen[s] = true
		out = append(out, s)
	}
	return out
}

// notes gives each figure's explanation, then each field that reports
// give more than one account of, with how many reports back each account.
func notes(inc *tally.Incident) string {
	var parts []string
	for _, f := range inc.Figures {
		if f.Explanation != "" {
			parts = append(parts, string(f.Field)+": "+f.Explanation)
		}
	}
	var fields []tally.Field
	accounts := map[tally.Field][]string{}
	for _, a := range inc.Alternatives {
		if _, ok := accounts[a.Field]; !ok {
			fields = append(fields, a.Field)
		}
		docs := map[string]bool{}
		for _, s := range a.Supporters {
			docs[s.Document] = true
		}
		accounts[a.Field] = append(accounts[a.Field], a.Value+" ("+strconv.Itoa(len(docs))+" "+reports(len(docs))+")")
	}
	for _, f := range fields {
		if len(accounts[f]) > 1 {
			parts = append(parts, "accounts of "+string(f)+": "+strings.Join(accounts[f], ", "))
		}
	}
	return strings.Join(parts, " | ")
}

func reports(n int) string {
	if n == 1 {
		return "report"
	}
	return "reports"
}

// defuse keeps spreadsheet programs from running report text as a formula:
// a text cell that starts with =, +, -, @, a tab or a carriage return gets a
// leading apostrophe, as OWASP advises for CSV that people open in Excel.
// Numbers, such as negative longitudes, are left as they are.
func defuse(row []string) []string {
	for i, c := range row {
		if _, err := strconv.ParseFloat(c, 64); err == nil {
			continue
		}
		if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
			row[i] = "'" + c
		}
	}
	return row
}
