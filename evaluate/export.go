package evaluate

import (
	"bytes"
	"fmt"
	"io"

	"tally/export"
)

// Export is a JSON export (the contract of shared/eval/README.md) as
// score.py reads it: only the members it looks at, each kept as the Python
// value json.load would make of it.
type Export struct {
	Documents []ExportDocument
	Incidents []ExportIncident
}

// ExportDocument is one report of an export.
type ExportDocument struct {
	// ID is what claims and incidents refer to the report by.
	ID Value
	// Path, else URL, else ID names the report: its last path element is
	// compared with the gold file names.
	Path, URL Value
	Published Value
}

// ExportIncident is one incident of an export.
type ExportIncident struct {
	Date Value
	// Place is the place object (read for its "name"), or null.
	Place Value
	// Figures is the figures object, read for each field's "low" and "high".
	Figures   Value
	Documents []Value
	Claims    []ExportClaim
}

// ExportClaim is one claim of an export incident.
type ExportClaim struct {
	Field, Document Value
	// Value, when not null, stands for both bounds; else Low and High.
	Value, Low, High Value
	Quote            Value
}

// ReadExport reads an export written by "tally export --format json", or
// any file in its format. It fails only where score.py would: on a file
// that is not JSON, whose lists are not lists, or on a document without id.
func ReadExport(r io.Reader) (*Export, error) {
	var raw Value
	if err := readJSON(r, &raw); err != nil {
		return nil, fmt.Errorf("reading export: %w", err)
	}
	if raw.k != object {
		return nil, fmt.Errorf("export: not a JSON object")
	}
	e := &Export{}
	docs, err := members(raw, "documents", "export")
	if err != nil {
		return nil, err
	}
	for n, d := range docs {
		if d.k != object || d.get("id").k == absent {
			return nil, fmt.Errorf("export document %d: no id", n+1)
		}
		e.Documents = append(e.Documents, ExportDocument{ID: d.get("id"), Path: d.get("path"), URL: d.get("url"), Published: d.get("published")})
	}
	incs, err := members(raw, "incidents", "export")
	if err != nil {
		return nil, err
	}
	for n, ri := range incs {
		where := fmt.Sprintf("export incident %d", n+1)
		if ri.k != object {
			return nil, fmt.Errorf("%s: not a JSON object", where)
		}
		inc := ExportIncident{Date: ri.get("date"), Place: ri.get("place"), Figures: ri.get("figures")}
		if inc.Documents, err = members(ri, "documents", where); err != nil {
			return nil, err
		}
		claims, err := members(ri, "claims", where)
		if err != nil {
			return nil, err
		}
		for _, c := range claims {
			inc.Claims = append(inc.Claims, ExportClaim{
				Field: c.get("field"), Document: c.get("document"),
				Value: c.get("value"), Low: c.get("low"), High: c.get("high"), Quote: c.get("quote"),
			})
		}
		e.Incidents = append(e.Incidents, inc)
	}
	return e, nil
}

// members returns the list under key, or nothing when it is missing or null.
func members(v Value, key, where string) ([]Value, error) {
	m := v.get(key)
	switch m.k {
	case absent, null:
		return nil, nil
	case list:
		return m.l, nil
	}
	return nil, fmt.Errorf("%s: %q is not a list", where, key)
}

// ExportOf returns what score.py would read from the JSON export of d. It
// goes through the JSON itself, so that the figures are those of the file
// "tally export --format json" writes, whatever the export adds or omits.
func ExportOf(d export.Data) (*Export, error) {
	var buf bytes.Buffer
	if err := export.WriteJSON(&buf, d); err != nil {
		return nil, err
	}
	return ReadExport(&buf)
}
