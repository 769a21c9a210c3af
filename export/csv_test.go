package export_test

import (
	"bytes"
	"encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tally"
	"tally/export"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./export -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; if the change is intended, run go test ./export -update\n got:\n%s", name, got)
	}
}

// fixture is a small record of made-up incidents in made-up places, one of
// each shape the exports must handle.
func fixture() export.Data {
	docs := []*tally.Document{
		{ID: "d1", Source: "reports/one.txt", Outlet: "Vale Courier", Title: "Market attacked"},
		{ID: "d2", Source: "reports/two.html", URL: "https://www.example.org/news/2", Title: "Toll rises"},
		{ID: "d3", Source: "reports/three.txt", Title: "Statement, \"final\""},
		{ID: "d4", Source: "reports/four.txt", Outlet: "Vale Courier"},
	}
	servola := &tally.PlaceRef{Place: tally.Place{ID: "tally:servola", Name: "Sérvola", Admin1: "Upper Vale", Country: "XV", Lat: 41.6639, Lon: -83.5552}, Precision: tally.GeoExact}
	incs := []*tally.Incident{
		{
			ID: "aaaa000000000001", Date: tally.Day(2021, 3, 3), Place: servola, Type: tally.EventShelling,
			Perpetrators: []string{"Grey Band", "Vale Army, 3rd Brigade"}, Victims: []string{"market traders"},
			Documents: []string{"d1", "d2", "d3", "d4"},
			Figures: []tally.Figure{
				{Field: tally.FieldKilled, Low: tally.Int(12), Best: tally.Int(15), High: tally.Int(16), Status: tally.StatusContested, Policy: tally.PolicyUCDP, Explanation: "12–16 (best 15): 12 Vale Courier; 16 per \"the ministry\""},
				{Field: tally.FieldInjured, Low: tally.Int(30), Best: tally.Int(30), High: tally.Int(30), Status: tally.StatusAgreed, Policy: tally.PolicyUCDP, Explanation: "30: Vale Courier, example.org"},
			},
			Alternatives: []tally.Alternative{
				{Field: tally.FieldStartTime, Value: "05:00", Supporters: []tally.Supporter{{Document: "d1"}, {Document: "d2"}, {Document: "d2"}}},
				{Field: tally.FieldStartTime, Value: "00:00", Supporters: []tally.Supporter{{Document: "d3"}}},
				{Field: tally.FieldPerpetrator, Value: "Grey Band", Supporters: []tally.Supporter{{Document: "d1"}}},
			},
			Claims: []tally.Claim{
				{ID: "c1", Document: "d1", Field: tally.FieldKilled, Low: tally.Int(12), High: tally.Int(12)},
				{ID: "c2", Document: "d3", Field: tally.FieldKilled, Low: tally.Int(16), High: tally.Int(16), Source: &tally.Attribution{Speaker: "the ministry", Cue: "said"}},
				{ID: "c3", Document: "d2", Field: tally.FieldKilled, Low: tally.Int(16), High: tally.Int(16), Source: &tally.Attribution{Speaker: "the ministry", Cue: "said"}},
				{ID: "c4", Document: "d2", Field: tally.FieldKilled, Low: tally.Int(4), High: tally.Int(4), Subset: true, Source: &tally.Attribution{Speaker: "a nurse"}},
				{ID: "c5", Document: "d2", Field: tally.FieldInjured, Low: tally.Int(30), High: tally.Int(30), Source: &tally.Attribution{Speaker: "the clinic"}},
			},
		},
		{
			// A month-precision date, no place: no point on a map.
			ID: "bbbb000000000002", Date: tally.Date{Year: 2020, Month: 7}, Type: tally.EventAbduction,
			Documents: []string{"d3"},
			Figures: []tally.Figure{
				{Field: tally.FieldAbducted, Low: tally.Int(7), High: nil, Status: tally.StatusSingle, Policy: tally.PolicyUCDP, Explanation: "at least 7 (best 7): \"Statement, \"final\"\""},
			},
		},
		{
			// A year-precision date, a place without coordinates, an
			// open-ended figure with no low, and nothing else known.
			ID: "cccc000000000003", Date: tally.Date{Year: 2019}, Type: tally.EventUnknown,
			Place:     &tally.PlaceRef{Place: tally.Place{Name: "Lonmar"}},
			Documents: []string{"d4"},
			Figures: []tally.Figure{
				{Field: tally.FieldKilled, High: tally.Int(50), Best: tally.Int(50), Status: tally.StatusSingle, Policy: tally.PolicyUCDP, Explanation: "up to 50"},
			},
		},
		{
			// Undated, with a province-level place and no figures.
			ID: "dddd000000000004", Type: tally.EventRaid,
			Place:     &tally.PlaceRef{Place: tally.Place{Name: "Upper Vale", Admin1: "Upper Vale", Country: "XV", Lat: -12.5, Lon: 130.25}, Precision: tally.GeoAdmin1},
			Documents: []string{"d1"},
		},
	}
	return export.Data{Documents: docs, Incidents: incs, Policy: tally.PolicyUCDP}
}

func TestWriteCSVGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := export.WriteCSV(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	golden(t, "incidents.csv", buf.Bytes())
}

// csvRows writes the fixture and reads it back as maps from column to cell.
func csvRows(t *testing.T, d export.Data) []map[string]string {
	t.Helper()
	var buf bytes.Buffer
	if err := export.WriteCSV(&buf, d); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not read back: %v", err)
	}
	if strings.Join(recs[0], ",") != strings.Join(export.CSVColumns, ",") {
		t.Fatalf("header %v; want %v", recs[0], export.CSVColumns)
	}
	var out []map[string]string
	for _, r := range recs[1:] {
		m := map[string]string{}
		for i, c := range export.CSVColumns {
			m[c] = r[i]
		}
		out = append(out, m)
	}
	return out
}

func TestWriteCSVCells(t *testing.T) {
	rows := csvRows(t, fixture())
	if len(rows) != 4 {
		t.Fatalf("%d rows; want one per incident, 4", len(rows))
	}
	for _, c := range []struct {
		row          int
		column, want string
	}{
		{0, "event_id_cnty", "XV-aaaa000000000001"},
		{0, "event_date", "2021-03-03"},
		{0, "time_precision", "1"},
		{0, "event_type", "Explosions/Remote violence"},
		{0, "sub_event_type", "Shelling/artillery/missile attack"},
		{0, "actor1", "Grey Band; Vale Army, 3rd Brigade"}, // the comma survives quoting
		{0, "actor2", "market traders"},
		{0, "location", "Sérvola"},
		{0, "latitude", "41.6639"},
		{0, "longitude", "-83.5552"},
		{0, "geo_precision", "1"},
		{0, "fatalities", "12"}, // ACLED's conservative count is the low figure
		{0, "best", "15"},
		{0, "low", "12"},
		{0, "high", "16"},
		{0, "injured_best", "30"},
		{0, "abducted_low", ""},
		{0, "status", "contested"},
		{0, "source", "Vale Courier; example.org; Statement, \"final\""}, // outlet, else host, else title; once each
		{0, "source_original", "the ministry"},                           // once; the nurse's subset count is no toll
		{0, "notes", "killed: 12–16 (best 15): 12 Vale Courier; 16 per \"the ministry\" | injured: 30: Vale Courier, example.org | accounts of start_time: 05:00 (2 reports), 00:00 (1 report)"},
		{0, "n_reports", "4"},
		{0, "document_ids", "d1; d2; d3; d4"},
		{1, "event_id_cnty", "bbbb000000000002"}, // no country
		{1, "event_date", "2020-07-01"},          // the month's first day…
		{1, "time_precision", "2"},               // …marked as a month
		{1, "event_type", "Violence against civilians"},
		{1, "sub_event_type", "Abduction/forced disappearance"},
		{1, "latitude", ""},
		{1, "geo_precision", ""},
		{1, "fatalities", "0"}, // ACLED writes 0 when no death is reported
		{1, "best", ""},        // UCDP's columns stay empty: unknown, not zero
		{1, "abducted_low", "7"},
		{1, "abducted_high", ""},
		{1, "status", "single"}, // no killed figure: the first figure's
		{2, "event_date", "2019-01-01"},
		{2, "location", "Lonmar"},
		{2, "latitude", ""}, // a place without coordinates
		{2, "time_precision", "3"},
		{2, "fatalities", "0"}, // "up to 50" has no low
		{2, "high", "50"},
		{2, "status", "single"},
		{3, "event_date", ""},
		{3, "time_precision", ""},
		{3, "geo_precision", "4"},
		{3, "status", ""},
		{3, "notes", ""},
	} {
		if got := rows[c.row][c.column]; got != c.want {
			t.Errorf("row %d %s = %q; want %q", c.row+1, c.column, got, c.want)
		}
	}
}

func TestWriteCSVEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := export.WriteCSV(&buf, export.Data{}); err != nil {
		t.Fatal(err)
	}
	if want := strings.Join(export.CSVColumns, ",") + "\n"; buf.String() != want {
		t.Errorf("empty record: %q; want the header alone", buf.String())
	}
}
