package evaluate

import (
	"fmt"
	"io"
)

// Gold is a reference annotation in the format of shared/eval/*.gold.json:
// the incidents a set of reports describes, with their places, dates,
// reports, figure ranges and, optionally, every casualty claim, and the
// publication date of each report. Only what score.py reads is kept.
type Gold struct {
	Documents []GoldDocument
	Incidents []GoldIncident
}

// GoldDocument is one report's accepted publication dates.
type GoldDocument struct {
	// File is the report's file name, without directories.
	File string
	// PublishedAccept lists the dates (YYYY-MM-DD) counted right; a null
	// among them accepts a report left undated.
	PublishedAccept []Value
}

// GoldIncident is one incident of the reference.
type GoldIncident struct {
	// ID names the incident in detail lines; it is usually a string.
	ID Value
	// Required incidents count in incidents_found and, when missed, in
	// recall and figures_exact. An incident without "required" is required.
	Required bool
	Place    GoldPlace
	// Date is YYYY-MM-DD, YYYY-MM or YYYY.
	Date string
	// MentionedIn lists the file names of the reports that describe it.
	MentionedIn []Value
	// Figures are the expected ranges, in the file's order (the order of
	// the detail lines).
	Figures []GoldFigure
	Claims  []GoldClaim
}

// GoldPlace is an incident's place: a name and other names accepted for it.
type GoldPlace struct {
	Name    Value
	Aliases []Value
}

// GoldFigure is the expected range of one figure: killed, injured or
// abducted.
type GoldFigure struct {
	Field     string
	Low, High Value
}

// GoldClaim is one thing one report says about one figure of the incident:
// Value for an exact number, or Low and High for a bound ("at least 44" is
// Low 44 with no High).
type GoldClaim struct {
	File, Field      string
	Value, Low, High Value
	// Qualifier ("more than", "about", …) widens what counts as a match.
	Qualifier Value
	// Optional claims count when found but are not missed when absent.
	Optional bool
}

// ReadGold reads a gold file. It fails where score.py would stop with an
// error (a missing "incidents", an incident without id, place name, date or
// mentioned_in, a claim without file or field), naming what is missing.
func ReadGold(r io.Reader) (*Gold, error) {
	var raw Value
	if err := readJSON(r, &raw); err != nil {
		return nil, fmt.Errorf("reading gold: %w", err)
	}
	if raw.k != object {
		return nil, fmt.Errorf("gold: not a JSON object")
	}
	g := &Gold{}
	incs := raw.get("incidents")
	if incs.k != list {
		return nil, fmt.Errorf(`gold: no "incidents" list`)
	}
	for n, ri := range incs.l {
		inc, err := goldIncident(ri)
		if err != nil {
			return nil, fmt.Errorf("gold incident %d: %w", n+1, err)
		}
		g.Incidents = append(g.Incidents, inc)
	}
	if docs := raw.get("documents"); !docs.isNone() {
		if docs.k != list {
			return nil, fmt.Errorf(`gold: "documents" is not a list`)
		}
		for n, rd := range docs.l {
			file, err := textField(rd, "file")
			if err != nil {
				return nil, fmt.Errorf("gold document %d: %w", n+1, err)
			}
			acc := rd.get("published_accept")
			if acc.k != list {
				return nil, fmt.Errorf(`gold document %d (%s): "published_accept" is not a list`, n+1, file)
			}
			g.Documents = append(g.Documents, GoldDocument{File: file, PublishedAccept: acc.l})
		}
	}
	return g, nil
}

func goldIncident(ri Value) (GoldIncident, error) {
	if ri.k != object {
		return GoldIncident{}, fmt.Errorf("not a JSON object")
	}
	inc := GoldIncident{ID: ri.get("id"), Required: true}
	if inc.ID.k == absent {
		return inc, fmt.Errorf(`no "id"`)
	}
	if req := ri.get("required"); req.k != absent {
		inc.Required = req.truthy()
	}
	fail := func(err error) (GoldIncident, error) { return inc, fmt.Errorf("(%s): %w", inc.ID, err) }
	place := ri.get("place")
	inc.Place.Name = place.get("name")
	if inc.Place.Name.k == absent {
		return fail(fmt.Errorf(`no "place" with a "name"`))
	}
	if al := place.get("aliases"); al.k == list {
		inc.Place.Aliases = al.l
	}
	var err error
	if inc.Date, err = textField(ri, "date"); err != nil {
		return fail(err)
	}
	mi := ri.get("mentioned_in")
	if mi.k != list {
		return fail(fmt.Errorf(`"mentioned_in" is not a list`))
	}
	inc.MentionedIn = mi.l
	for _, m := range ri.get("figures").o {
		inc.Figures = append(inc.Figures, GoldFigure{Field: m.key, Low: m.val.get("low"), High: m.val.get("high")})
	}
	for n, rc := range ri.get("claims").l {
		c := GoldClaim{Value: rc.get("value"), Low: rc.get("low"), High: rc.get("high"), Qualifier: rc.get("qualifier"), Optional: rc.get("optional").truthy()}
		if c.File, err = textField(rc, "file"); err == nil {
			c.Field, err = textField(rc, "field")
		}
		if err != nil {
			return fail(fmt.Errorf("claim %d: %w", n+1, err))
		}
		inc.Claims = append(inc.Claims, c)
	}
	return inc, nil
}

// textField returns a member that must be a string.
func textField(v Value, key string) (string, error) {
	f := v.get(key)
	if f.k != text {
		return "", fmt.Errorf("%q is not a string", key)
	}
	return f.s, nil
}
