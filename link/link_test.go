package link_test

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"tally"
	"tally/extract"
	"tally/ingest"
	"tally/link"
)

func place(id, name, admin1, country, feature string) *tally.PlaceRef {
	return &tally.PlaceRef{Place: tally.Place{ID: id, Name: name, Admin1: admin1, Country: country, Feature: feature}, Precision: tally.GeoExact}
}

var (
	ashraf = place("tally:camp-ashraf", "Camp Ashraf", "Diyala", "IQ", "S.CMP")
	diyala = place("admin1:IQ.10", "Diyala", "", "IQ", "A.ADM1")
	basra  = place("geonames:99532", "Basra", "Basra", "IQ", "P.PPLA")
	// Clarksville and Murfreesboro, Tennessee, lie about 110 km apart.
	clarksville  = sited(place("geonames:4614867", "Clarksville", "Tennessee", "US", "P.PPLA2"), 36.5298, -87.3595)
	murfreesboro = sited(place("geonames:4645421", "Murfreesboro", "Tennessee", "US", "P.PPLA2"), 35.8456, -86.3903)
	// zamora is a municipality, zamoraTown its seat of the same name.
	zamora     = place("admin2:MX.16.108", "Zamora", "Michoacán", "MX", "A.ADM2")
	zamoraTown = func() *tally.PlaceRef {
		p := place("geonames:3979673", "Zamora", "Michoacán", "MX", "P.PPLA2")
		p.Place.Admin2 = "Zamora"
		return p
	}()
	// baghdad is a city of millions, where attacks on consecutive days are common.
	baghdad = func() *tally.PlaceRef {
		p := place("geonames:98182", "Baghdad", "Baghdad", "IQ", "P.PPLC")
		p.Place.Population = 7_216_000
		return p
	}()
)

func mention(id, doc string, date tally.Date, basis tally.Basis, p *tally.PlaceRef, killed int) tally.Mention {
	m := tally.Mention{ID: id, Document: doc, Time: tally.TimeRef{Date: date, Basis: basis}, Place: p, Type: tally.EventAttack}
	if killed >= 0 {
		m.Claims = []tally.Claim{{ID: id + "k", Document: doc, Field: tally.FieldKilled, Low: tally.Int(killed), High: tally.Int(killed)}}
	}
	return m
}

func withKeywords(m tally.Mention, kw ...string) tally.Mention {
	m.Keywords = kw
	return m
}

func sited(p *tally.PlaceRef, lat, lon float64) *tally.PlaceRef {
	p.Place.Lat, p.Place.Lon = lat, lon
	return p
}

// groups renders incidents as sorted lists of mention IDs.
func groups(incs []*tally.Incident) string {
	var out []string
	for _, inc := range incs {
		out = append(out, strings.Join(inc.Mentions, "+"))
	}
	slices.Sort(out)
	return strings.Join(out, " | ")
}

func TestLinkRules(t *testing.T) {
	day := tally.Day
	tests := []struct {
		name     string
		mentions []tally.Mention
		want     string
	}{
		{"same place and day link", []tally.Mention{
			mention("a", "d1", day(2013, 9, 1), tally.BasisExplicit, ashraf, 52),
			mention("b", "d2", day(2013, 9, 1), tally.BasisAnchored, ashraf, 44),
		}, "a+b"},
		{"a month joins a day in it", []tally.Mention{
			mention("a", "d1", day(2009, 7, 28), tally.BasisExplicit, ashraf, 11),
			mention("b", "d2", tally.Date{Year: 2009, Month: 7}, tally.BasisExplicit, ashraf, 11),
		}, "a+b"},
		{"a year joins the only incident that year", []tally.Mention{
			mention("a", "d1", day(2011, 4, 8), tally.BasisAnchored, ashraf, 32),
			mention("b", "d2", tally.Date{Year: 2011}, tally.BasisExplicit, ashraf, 36),
		}, "a+b"},
		{"different years stay apart", []tally.Mention{
			mention("a", "d1", day(2011, 4, 8), tally.BasisAnchored, ashraf, 32),
			mention("b", "d2", tally.Date{Year: 2009}, tally.BasisExplicit, ashraf, 11),
		}, "a | b"},
		{"one report's two events stay apart", []tally.Mention{
			mention("a", "d1", day(2013, 9, 1), tally.BasisExplicit, ashraf, 52),
			mention("b", "d1", tally.Date{Year: 2013, Month: 9}, tally.BasisExplicit, ashraf, 52),
		}, "a | b"},
		{"two towns of one state far apart stay apart", []tally.Mention{
			withKeywords(mention("a", "d1", day(2001, 1, 5), tally.BasisAnchored, clarksville, 2), "city park", "passing car", "crowd"),
			withKeywords(mention("b", "d2", day(2001, 1, 5), tally.BasisAnchored, murfreesboro, 2), "city park", "gas station", "clerk"),
		}, "a | b"},
		{"a municipality contains its town of the same name", []tally.Mention{
			mention("a", "d1", day(2001, 1, 4), tally.BasisAnchored, zamora, 2),
			mention("b", "d2", day(2001, 1, 4), tally.BasisAnchored, zamoraTown, 2),
		}, "a+b"},
		{"a province contains its camp", []tally.Mention{
			mention("a", "d1", day(2011, 4, 8), tally.BasisAnchored, ashraf, 32),
			mention("b", "d2", day(2011, 4, 8), tally.BasisAnchored, diyala, 32),
		}, "a+b"},
		{"other provinces stay apart", []tally.Mention{
			mention("a", "d1", day(2011, 4, 8), tally.BasisAnchored, ashraf, 32),
			mention("b", "d2", day(2011, 4, 8), tally.BasisAnchored, basra, 32),
		}, "a | b"},
		{"an undated report joins by place and figure", []tally.Mention{
			mention("a", "d1", day(2013, 9, 1), tally.BasisExplicit, ashraf, 52),
			func() tally.Mention {
				m := mention("b", "d2", tally.Date{}, tally.BasisUnknown, ashraf, 52)
				m.Time.Weekday = "Sunday"
				return m
			}(),
		}, "a+b"},
		{"a weekday that does not fit keeps it apart", []tally.Mention{
			mention("a", "d1", day(2013, 9, 1), tally.BasisExplicit, ashraf, 52),
			func() tally.Mention {
				m := mention("b", "d2", tally.Date{}, tally.BasisUnknown, ashraf, 52)
				m.Time.Weekday = "Tuesday"
				return m
			}(),
		}, "a | b"},
		{"a day apart in a town links", []tally.Mention{
			mention("a", "d1", day(2021, 7, 19), tally.BasisAnchored, basra, 6),
			mention("b", "d2", day(2021, 7, 20), tally.BasisAnchored, basra, 2),
		}, "a+b"},
		{"a day apart in a city of millions needs more in common", []tally.Mention{
			mention("a", "d1", day(2021, 7, 19), tally.BasisAnchored, baghdad, 6),
			mention("b", "d2", day(2021, 7, 20), tally.BasisAnchored, baghdad, 2),
		}, "a | b"},
		{"such as the same toll", []tally.Mention{
			mention("a", "d1", day(2021, 7, 19), tally.BasisAnchored, baghdad, 6),
			mention("b", "d2", day(2021, 7, 20), tally.BasisAnchored, baghdad, 6),
		}, "a+b"},
		{"chains stop where dates disagree", []tally.Mention{
			mention("a", "d1", day(2013, 9, 1), tally.BasisExplicit, ashraf, 52),
			mention("b", "d2", tally.Date{Year: 2013, Month: 9}, tally.BasisExplicit, ashraf, 52),
			mention("c", "d3", day(2013, 9, 20), tally.BasisExplicit, ashraf, 3),
		}, "a+b | c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := groups(link.Incidents(tt.mentions, link.DefaultOptions)); got != tt.want {
				t.Errorf("got %s; want %s", got, tt.want)
			}
		})
	}
}

func TestIncidentFields(t *testing.T) {
	ms := []tally.Mention{
		mention("a", "d1", day(2013, 9, 1), tally.BasisExplicit, ashraf, 52),
		mention("b", "d2", tally.Date{Year: 2013, Month: 9}, tally.BasisExplicit, diyala, 52),
	}
	incs := link.Incidents(ms, link.DefaultOptions)
	if len(incs) != 1 {
		t.Fatalf("%d incidents", len(incs))
	}
	inc := incs[0]
	if inc.Date.String() != "2013-09-01" || inc.Place.Place.Name != "Camp Ashraf" {
		t.Errorf("date %s, place %s; want the finest date and the most specific place", inc.Date, inc.Place.Place.Name)
	}
	if fmt.Sprint(inc.Documents) != "[d1 d2]" || len(inc.Claims) != 2 || len(inc.ID) != 16 {
		t.Errorf("documents %v, %d claims, id %q", inc.Documents, len(inc.Claims), inc.ID)
	}
}

var day = tally.Day

// TestInferPublished dates an undated report by the incident it joined.
func TestInferPublished(t *testing.T) {
	undated := mention("b", "d2", tally.Date{}, tally.BasisUnknown, ashraf, 52)
	undated.Time.Weekday = "Sunday"
	night := mention("c", "d3", tally.Date{}, tally.BasisUnknown, ashraf, 52)
	night.Time.RelDays = tally.Int(-1)
	filed := mention("e", "d4", tally.Date{}, tally.BasisUnknown, ashraf, 52)
	filed.Time.Weekday, filed.Filed = "Sunday", "09-03" // "BAGHDAD, Sept 3 (Wire) - … on Sunday"
	newYear := mention("f", "d5", tally.Date{}, tally.BasisUnknown, ashraf, 52)
	newYear.Time.Weekday, newYear.Filed = "Sunday", "12-31" // months away: not this incident's year
	ms := []tally.Mention{mention("a", "d1", day(2013, 9, 1), tally.BasisExplicit, ashraf, 52), undated, night, filed, newYear}
	ms[0].Published = day(2013, 9, 1)
	got := link.InferPublished(link.Incidents(ms, link.DefaultOptions), ms)
	if got["d2"].String() != "2013-09-01" || got["d3"].String() != "2013-09-02" {
		t.Errorf("inferred %v; want d2 on the day, d3 ('last night') the day after", got)
	}
	if got["d4"].String() != "2013-09-03" || got["d5"].String() != "2013-09-01" {
		t.Errorf("inferred %v; want d4 on its dateline's day, d5 (a dateline four months on) on the incident's", got)
	}
}

// corpusMentions extracts every shared report's mentions.
func corpusMentions(t testing.TB) []tally.Mention {
	files, _ := filepath.Glob("../../shared/corpus/*/*.txt")
	if len(files) == 0 {
		t.Skip("shared corpus not found beside the repository")
	}
	x := extract.New(nil, nil)
	var ms []tally.Mention
	for _, f := range files {
		raw, _ := os.ReadFile(f)
		doc, err := ingest.Parse(raw, ingest.Source{Name: f})
		if err != nil {
			t.Fatal(err)
		}
		ms = append(ms, x.Document(doc)...)
	}
	return ms
}

// TestOrderDoesNotMatter is the property the design promises: the same
// mentions in any order give the same incidents, with the same IDs.
func TestOrderDoesNotMatter(t *testing.T) {
	ms := corpusMentions(t)
	render := func(incs []*tally.Incident) string {
		var b strings.Builder
		for _, inc := range incs {
			fmt.Fprintf(&b, "%s %s %v %v\n", inc.ID, inc.Date, inc.Mentions, len(inc.Claims))
		}
		return b.String()
	}
	want := render(link.Incidents(ms, link.DefaultOptions))
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 20; i++ {
		shuffled := slices.Clone(ms)
		r.Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
		if got := render(link.Incidents(shuffled, link.DefaultOptions)); got != want {
			t.Fatalf("permutation %d gives different incidents", i)
		}
	}
}

func TestProvinceDoesNotBridgeTowns(t *testing.T) {
	kaduna := &tally.PlaceRef{Place: tally.Place{ID: "g:1", Name: "Kaduna", Admin1: "Kaduna", Country: "NG", Feature: "P.PPLA", Lat: 10.52, Lon: 7.44}}
	zaria := &tally.PlaceRef{Place: tally.Place{ID: "g:2", Name: "Zaria", Admin1: "Kaduna", Country: "NG", Feature: "P.PPL", Lat: 11.09, Lon: 7.72}}
	state := &tally.PlaceRef{Place: tally.Place{ID: "a:1", Name: "Kaduna", Country: "NG", Feature: "A.ADM1"}}
	ms := []tally.Mention{
		mention("a", "d1", day(2021, 3, 14), tally.BasisAnchored, kaduna, 12),
		mention("b", "d2", day(2021, 3, 14), tally.BasisAnchored, zaria, 12),
		mention("c", "d3", day(2021, 3, 14), tally.BasisAnchored, state, 12),
	}
	got := groups(link.Incidents(ms, link.DefaultOptions))
	if got == "a+b+c" || strings.Count(got, "|") != 1 {
		t.Errorf("got %s; want the province mention with one town, the other town apart", got)
	}
}

func TestReprintsLink(t *testing.T) {
	// Two reprints of one story that name no place and no date.
	ms := []tally.Mention{
		mention("a", "d1", tally.Date{}, tally.BasisUnknown, nil, 6),
		mention("b", "d2", tally.Date{}, tally.BasisUnknown, nil, 6),
	}
	if got := groups(link.Incidents(ms, link.DefaultOptions)); got != "a | b" {
		t.Fatalf("without near-duplicate evidence: %s", got)
	}
	opt := link.DefaultOptions
	opt.SameStory = map[string]string{"d1": "d1", "d2": "d1"}
	if got := groups(link.Incidents(ms, opt)); got != "a+b" {
		t.Errorf("reprints: %s; want one incident", got)
	}
}
