package export_test

import (
	"bytes"
	"encoding/json"
	"testing"

	"tally/export"
)

func TestWriteGeoJSONGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := export.WriteGeoJSON(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	golden(t, "incidents.geojson", buf.Bytes())
}

// TestWriteGeoJSON reads the export back as a map tool would: generic
// JSON, longitude first.
func TestWriteGeoJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := export.WriteGeoJSON(&buf, fixture()); err != nil {
		t.Fatal(err)
	}
	var fc struct {
		Type     string  `json:"type"`
		Skipped  float64 `json:"skipped"`
		Features []struct {
			Type     string `json:"type"`
			ID       string `json:"id"`
			Geometry struct {
				Type        string    `json:"type"`
				Coordinates []float64 `json:"coordinates"`
			} `json:"geometry"`
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(buf.Bytes(), &fc); err != nil {
		t.Fatal(err)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 2 || fc.Skipped != 2 {
		t.Fatalf("%s with %d features, %v skipped; want a FeatureCollection of 2, 2 skipped (no place; no coordinates)", fc.Type, len(fc.Features), fc.Skipped)
	}
	f := fc.Features[0]
	if f.Type != "Feature" || f.ID != "aaaa000000000001" || f.Geometry.Type != "Point" {
		t.Errorf("feature %s %s %s", f.Type, f.ID, f.Geometry.Type)
	}
	if c := f.Geometry.Coordinates; len(c) != 2 || c[0] != -83.5552 || c[1] != 41.6639 {
		t.Errorf("coordinates %v; want [lon, lat] = [-83.5552, 41.6639]", c)
	}
	for _, c := range []struct {
		feature int
		key     string
		want    any
	}{
		{0, "id", "aaaa000000000001"},
		{0, "date", "2021-03-03"},
		{0, "date_precision", "day"},
		{0, "place", "Sérvola"},
		{0, "admin1", "Upper Vale"},
		{0, "country", "XV"},
		{0, "geo_precision", 1.0},
		{0, "event_type", "shelling"},
		{0, "acled_event_type", "Explosions/Remote violence"},
		{0, "killed_low", 12.0},
		{0, "killed_best", 15.0},
		{0, "killed_high", 16.0},
		{0, "injured_low", 30.0},
		{0, "abducted_best", nil}, // unknown is null, not 0
		{0, "contested", true},
		{0, "n_reports", 4.0},
		{1, "id", "dddd000000000004"},
		{1, "date", nil},
		{1, "date_precision", nil},
		{1, "geo_precision", 4.0},
		{1, "killed_low", nil},
		{1, "contested", false},
	} {
		got, ok := fc.Features[c.feature].Properties[c.key]
		if !ok || got != c.want {
			t.Errorf("feature %d %s = %v (present %v); want %v", c.feature+1, c.key, got, ok, c.want)
		}
	}
	// Nothing in a shared map should link back to the reports.
	if bytes.Contains(buf.Bytes(), []byte("http")) || bytes.Contains(buf.Bytes(), []byte("d1")) {
		t.Error("the GeoJSON holds a URL or a document ID")
	}
}

func TestWriteGeoJSONEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := export.WriteGeoJSON(&buf, export.Data{}); err != nil {
		t.Fatal(err)
	}
	var fc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &fc); err != nil {
		t.Fatal(err)
	}
	if f, ok := fc["features"].([]any); !ok || len(f) != 0 {
		t.Errorf("features %v; want an empty list, which every GeoJSON reader accepts, not null", fc["features"])
	}
}
