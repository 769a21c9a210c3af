package export

import (
	"encoding/json"
	"io"

	"tally"
)

// FeatureCollection is the GeoJSON export (RFC 7946): one Point feature per
// incident with a place, for QGIS, Leaflet, OpenLayers and the like.
// Incidents without a place, or whose place has no coordinates, cannot be
// drawn; Skipped counts them, as a foreign member beside "features", so a
// map never silently shows fewer incidents than the record holds.
type FeatureCollection struct {
	Type     string    `json:"type"` // "FeatureCollection"
	Skipped  int       `json:"skipped"`
	Features []Feature `json:"features"`
}

// Feature is one incident on the map.
type Feature struct {
	Type       string     `json:"type"` // "Feature"
	ID         string     `json:"id"`
	Geometry   Point      `json:"geometry"`
	Properties Properties `json:"properties"`
}

// Point is a GeoJSON point. Coordinates are longitude first, then
// latitude, as RFC 7946 has them (and as x, y are on a map).
type Point struct {
	Type        string     `json:"type"` // "Point"
	Coordinates [2]float64 `json:"coordinates"`
}

// Properties are what a map shows of an incident: flat, so that QGIS's
// attribute table and web map pop-ups can read them without code, and
// without URLs, so nothing in a shared map links back to the reports.
// Figures and other unknowns are null, never 0.
type Properties struct {
	ID                string  `json:"id"`
	Date              *string `json:"date"` // at its precision: 2013-09-01, 2009-07 or 2011
	DatePrecision     *string `json:"date_precision"`
	Place             string  `json:"place"`
	Admin1            *string `json:"admin1"`
	Admin2            *string `json:"admin2"`
	Country           *string `json:"country"`       // ISO 3166-1 alpha-2
	GeoPrecision      *int    `json:"geo_precision"` // UCDP's where_prec, 1 (exact) to 7
	EventType         string  `json:"event_type"`    // tally's: attack, shooting, shelling…
	ACLEDEventType    string  `json:"acled_event_type"`
	ACLEDSubEventType string  `json:"acled_sub_event_type"`
	KilledLow         *int    `json:"killed_low"`
	KilledBest        *int    `json:"killed_best"`
	KilledHigh        *int    `json:"killed_high"`
	InjuredLow        *int    `json:"injured_low"`
	InjuredBest       *int    `json:"injured_best"`
	InjuredHigh       *int    `json:"injured_high"`
	AbductedLow       *int    `json:"abducted_low"`
	AbductedBest      *int    `json:"abducted_best"`
	AbductedHigh      *int    `json:"abducted_high"`
	Contested         bool    `json:"contested"`
	NReports          int     `json:"n_reports"`
}

// GeoJSONOf builds the GeoJSON export of d's incidents.
func GeoJSONOf(d Data) FeatureCollection {
	fc := FeatureCollection{Type: "FeatureCollection", Features: []Feature{}}
	for _, inc := range d.Incidents {
		f, ok := featureOf(inc)
		if !ok {
			fc.Skipped++
			continue
		}
		fc.Features = append(fc.Features, f)
	}
	return fc
}

// featureOf returns the incident's feature, or false when it has no place
// to put it: no place, or one at 0, 0, which is open sea off West Africa
// and only ever means a place entry without coordinates.
func featureOf(inc *tally.Incident) (Feature, bool) {
	if inc.Place == nil || (inc.Place.Place.Lat == 0 && inc.Place.Place.Lon == 0) {
		return Feature{}, false
	}
	p := inc.Place.Place
	et, sub := inc.Type.ACLED()
	props := Properties{
		ID: inc.ID, Date: str(inc.Date.String()), DatePrecision: str(string(inc.Date.Precision())),
		Place: p.Name, Admin1: str(p.Admin1), Admin2: str(p.Admin2), Country: str(p.Country),
		EventType: string(inc.Type), ACLEDEventType: et, ACLEDSubEventType: sub,
		Contested: inc.Contested(), NReports: len(inc.Documents),
	}
	if inc.Place.Precision > 0 {
		props.GeoPrecision = tally.Int(int(inc.Place.Precision))
	}
	for _, x := range []struct {
		field           tally.Field
		low, best, high **int
	}{
		{tally.FieldKilled, &props.KilledLow, &props.KilledBest, &props.KilledHigh},
		{tally.FieldInjured, &props.InjuredLow, &props.InjuredBest, &props.InjuredHigh},
		{tally.FieldAbducted, &props.AbductedLow, &props.AbductedBest, &props.AbductedHigh},
	} {
		if fg, ok := inc.Figure(x.field); ok {
			*x.low, *x.best, *x.high = fg.Low, fg.Best, fg.High
		}
	}
	return Feature{
		Type: "Feature", ID: inc.ID,
		Geometry:   Point{Type: "Point", Coordinates: [2]float64{p.Lon, p.Lat}},
		Properties: props,
	}, true
}

// WriteGeoJSON writes the GeoJSON export: a FeatureCollection of the
// incidents that have a place, with "skipped" counting the others.
func WriteGeoJSON(w io.Writer, d Data) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", " ")
	return enc.Encode(GeoJSONOf(d))
}
