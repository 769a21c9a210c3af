package evaluate

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestNormalize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Camp Ashraf", "ashraf"},
		{"Ashraf City", "ashraf"},
		{"  The  Hague ", "hague"},
		{"São Paulo", "sao paulo"},
		{"Kraków", "krakow"},
		{"Şanlıurfa", "sanlurfa"}, // dotless ı has no ASCII decomposition: dropped
		{"Straße", "strae"},
		{"Chicago (Englewood)", "chicago englewood"},
		{"O'Hare\tAirport", "o hare airport"},
		{"ﬁeld ①", "field 1"}, // compatibility forms
		{"Ｔｏｋｙｏ", "tokyo"},
		{"Campbell", "campbell"}, // whole words only
		{"the-camp", ""},
		{"city of the camp", "of"},
		{"", ""},
	} {
		if got := normalize(Value{k: text, s: c.in}); got != c.want {
			t.Errorf("norm(%q) = %q; want %q", c.in, got, c.want)
		}
	}
	if got := normalize(Value{k: null}); got != "" {
		t.Errorf("norm(None) = %q", got)
	}
}

func TestPlaceOK(t *testing.T) {
	gold := GoldPlace{Name: Value{k: text, s: "Camp Ashraf"}, Aliases: []Value{{k: text, s: "Ashraf City"}, {k: text, s: "Ashraf"}}}
	for _, c := range []struct {
		place string
		want  bool
	}{
		{`{"name": "Camp Ashraf"}`, true},
		{`{"name": "ASHRAF"}`, true},
		{`{"name": "Ashraf camp"}`, true},
		{`{"name": "Ashrafiyah"}`, false},
		{`{"name": "The Camp"}`, false}, // normalises to nothing
		{`{"name": null}`, false},
		{`{}`, false},
		{`null`, false},
	} {
		if got := placeOK(v(t, c.place), gold); got != c.want {
			t.Errorf("place %s: %v; want %v", c.place, got, c.want)
		}
	}
}

func TestDateOK(t *testing.T) {
	for _, c := range []struct {
		sys, gold string
		want      bool
	}{
		{`"2013-09-01"`, "2013-09-01", true},
		{`"2013-09"`, "2013-09-01", true}, // coarser export date
		{`"2013"`, "2013-09-01", true},
		{`"2013-09-01"`, "2013-09", true}, // finer export date
		{`"2013-09-02"`, "2013-09-01", false},
		{`"2013-08"`, "2013-09-01", false},
		{`"2013-0"`, "2013-09-01", true}, // a string prefix, as score.py has it
		{`""`, "2013-09-01", false},
		{`null`, "2013-09-01", false},
		{``, "2013-09-01", false},
		{`20130901`, "2013-09-01", false},
	} {
		if got := dateOK(v(t, c.sys), c.gold); got != c.want {
			t.Errorf("date %s against %s: %v; want %v", c.sys, c.gold, got, c.want)
		}
	}
}

func TestSameClaim(t *testing.T) {
	for _, c := range []struct {
		name, gold, got string // got is the export claim's bounds, [low, high]
		want            bool
	}{
		{"exact value", `{"value": 52}`, `[52, 52]`, true},
		{"float export", `{"value": 52}`, `[52.0, 52.0]`, true},
		{"other value", `{"value": 52}`, `[44, 44]`, false},
		{"at least is exact only", `{"low": 44, "qualifier": "at least"}`, `[44, null]`, true},
		{"at least is not a point", `{"low": 44, "qualifier": "at least"}`, `[44, 44]`, false},
		{"more than N is N+1 open", `{"low": 15, "qualifier": "more than"}`, `[16, null]`, true},
		{"more than N as written", `{"low": 15, "qualifier": "more than"}`, `[15, null]`, true},
		{"more than N closed", `{"low": 15, "qualifier": "more than"}`, `[16, 16]`, false},
		{"over", `{"low": 15, "qualifier": "over"}`, `[16, null]`, true},
		{"more than with a high", `{"low": 15, "high": 20, "qualifier": "more than"}`, `[16, null]`, false},
		{"more than from a value", `{"value": 15, "qualifier": "more than"}`, `[16, null]`, false},
		{"about within", `{"value": 30, "qualifier": "about"}`, `[25, 35]`, true},
		{"about at an edge", `{"value": 30, "qualifier": "about"}`, `[30, 35]`, true},
		{"about outside", `{"value": 30, "qualifier": "about"}`, `[31, 35]`, false},
		{"about open", `{"value": 30, "qualifier": "about"}`, `[25, null]`, false},
		{"qualifier case", `{"value": 30, "qualifier": "Nearly"}`, `[29, 30]`, true},
		{"some", `{"value": 30, "qualifier": "some"}`, `[29, 31]`, true},
		{"approximately", `{"value": 30, "qualifier": "approximately"}`, `[29, 31]`, true},
		{"around", `{"value": 30, "qualifier": "around"}`, `[29, 31]`, true},
		{"almost", `{"value": 30, "qualifier": "almost"}`, `[29, 31]`, true},
		{"about needs a value", `{"low": 30, "qualifier": "about"}`, `[29, 31]`, false},
		{"unknown qualifier", `{"value": 30, "qualifier": "roughly"}`, `[29, 31]`, false},
		{"up to", `{"high": 50, "qualifier": "up to"}`, `[null, 50]`, true},
		{"string bounds never match a number", `{"value": 30, "qualifier": "about"}`, `["29", "31"]`, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			g := v(t, c.gold)
			gc := GoldClaim{Value: g.get("value"), Low: g.get("low"), High: g.get("high"), Qualifier: g.get("qualifier")}
			b := v(t, c.got)
			if got := sameClaim(gc, bounds{b.l[0], b.l[1]}); got != c.want {
				t.Errorf("same_claim(%s, %s) = %v; want %v", c.gold, c.got, got, c.want)
			}
		})
	}
}

// scoreJSON scores a gold and an export given as JSON text.
func scoreJSON(t *testing.T, gold, exp string) Report {
	t.Helper()
	g, err := ReadGold(strings.NewReader(gold))
	if err != nil {
		t.Fatalf("gold: %v", err)
	}
	e, err := ReadExport(strings.NewReader(exp))
	if err != nil {
		t.Fatalf("export: %v", err)
	}
	return Score(g, e)
}

// TestScore checks each of score.py's rules on a small gold and export
// pair. Each export document is named by its path, URL or ID; "p" is
// /reports/p.txt.
func TestScore(t *testing.T) {
	const docs = `"documents": [
		{"id": "P", "path": "/reports/p.txt", "published": "2020-01-02"},
		{"id": "Q", "path": null, "url": "https://example.org/a/q.html", "published": null},
		{"id": "R", "path": "", "url": "", "published": "2020-01"}]`
	for _, c := range []struct {
		name        string
		gold, incs  string // gold incidents, export incidents
		goldDocs    string
		want        string // the summary line
		wantDetails []string
	}{
		{
			name: "claims found by report base name",
			gold: `{"id": "g", "place": {"name": "Avel"}, "date": "2020-01-01", "mentioned_in": ["p.txt", "q.html"],
				"claims": [{"file": "p.txt", "field": "killed", "value": 3}, {"file": "q.html", "field": "injured", "low": 2, "qualifier": "at least"}]}`,
			incs: `{"date": "2020-01-01", "place": {"name": "Avel"}, "documents": ["P", "Q"], "claims": [
				{"field": "killed", "low": 3, "high": 3, "document": "P"},
				{"field": "injured", "low": 2, "high": null, "document": "Q"}]}`,
			want: "incidents_found=1/1 claims_precision=1.0 claims_recall=1.0 claims_f1=1.0 figures_exact=0/0 dates_exact=1/1 linking_jaccard=1.0 spurious_incidents=0 published_exact=0/0",
		},
		{
			name: "right value from the wrong report is not wrong, but the gold claim is missed",
			gold: `{"id": "g", "place": {"name": "Avel"}, "date": "2020-01-01", "mentioned_in": ["p.txt"],
				"claims": [{"file": "p.txt", "field": "killed", "value": 3}]}`,
			incs: `{"date": "2020-01-01", "place": {"name": "Avel"}, "documents": ["P"], "claims": [
				{"field": "killed", "low": 3, "high": 3, "document": "Q"}]}`,
			want:        "incidents_found=1/1 claims_precision=0.0 claims_recall=0.0 claims_f1=0.0 figures_exact=0/0 dates_exact=1/1 linking_jaccard=0.5 spurious_incidents=0 published_exact=0/0",
			wantDetails: []string{"  g: missed killed (3, 3) in p.t"},
		},
		{
			name: "wrong claims and non-casualty fields",
			gold: `{"id": "g", "place": {"name": "Avel"}, "date": "2020-01-01", "mentioned_in": ["p.txt"],
				"claims": [{"file": "p.txt", "field": "killed", "value": 3}]}`,
			incs: `{"date": "2020-01-01", "place": {"name": "Avel"}, "documents": ["P"], "claims": [
				{"field": "killed", "low": 3, "high": 3, "document": "P"},
				{"field": "killed", "low": 30, "high": 30, "document": "P", "quote": "Thirty, it's said."},
				{"field": "detained", "low": 9, "high": 9, "document": "P"},
				{"field": "start_time", "value": "05:00", "document": "P"}]}`,
			want:        "incidents_found=1/1 claims_precision=0.5 claims_recall=1.0 claims_f1=0.667 figures_exact=0/0 dates_exact=1/1 linking_jaccard=1.0 spurious_incidents=0 published_exact=0/0",
			wantDetails: []string{`  g: wrong killed (30, 30) from p.t: "Thirty, it's said."`},
		},
		{
			name: "optional and not required",
			gold: `{"id": "g", "place": {"name": "Avel"}, "date": "2020-01-01", "mentioned_in": ["p.txt"],
				"claims": [{"file": "p.txt", "field": "killed", "value": 3, "optional": true}]},
				{"id": "h", "required": false, "place": {"name": "Bron"}, "date": "2020", "mentioned_in": ["q.html"],
				"figures": {"killed": {"low": 1, "high": 1}}, "claims": [{"file": "q.html", "field": "killed", "value": 1}]}`,
			incs: `{"date": "2020-01-01", "place": {"name": "Avel"}, "documents": ["P"], "claims": []}`,
			want: "incidents_found=1/1 claims_precision=0.0 claims_recall=0.0 claims_f1=0.0 figures_exact=0/0 dates_exact=1/1 linking_jaccard=1.0 spurious_incidents=0 published_exact=0/0",
		},
		{
			name: "required: null is falsy",
			gold: `{"id": "h", "required": null, "place": {"name": "Bron"}, "date": "2020", "mentioned_in": []}`,
			incs: ``,
			want: "incidents_found=0/0 claims_precision=0.0 claims_recall=0.0 claims_f1=0.0 figures_exact=0/0 dates_exact=0/0 linking_jaccard=0.0 spurious_incidents=0 published_exact=0/0",
		},
		{
			name: "missing incident counts its claims and figures",
			gold: `{"id": "g", "place": {"name": "Avel"}, "date": "2020-01-01", "mentioned_in": ["p.txt"],
				"figures": {"killed": {"low": 3, "high": 3}, "injured": {"low": 0, "high": 0}},
				"claims": [{"file": "p.txt", "field": "killed", "value": 3}, {"file": "p.txt", "field": "killed", "value": 4, "optional": true}]}`,
			incs:        `{"date": "2020-01-02", "place": {"name": "Avel"}, "documents": ["P"], "claims": []}`,
			want:        "incidents_found=0/1 claims_precision=0.0 claims_recall=0.0 claims_f1=0.0 figures_exact=0/2 dates_exact=0/0 linking_jaccard=0.0 spurious_incidents=0 published_exact=0/0",
			wantDetails: []string{"  missing incident g"},
		},
		{
			name: "zero with no figure counts as right, other ranges must be equal",
			gold: `{"id": "g", "place": {"name": "Avel"}, "date": "2020-01-01", "mentioned_in": ["p.txt"],
				"figures": {"killed": {"low": 0, "high": 0}, "injured": {"low": 0, "high": 0}, "abducted": {"low": 2, "high": null}, "missing": {"low": 0, "high": 0}}}`,
			incs: `{"date": "2020-01-01", "place": {"name": "Avel"}, "documents": ["P"], "claims": [],
				"figures": {"killed": {"low": null, "high": null}, "injured": {"low": 0, "high": 1}, "abducted": {"low": 2.0}}}`,
			want:        "incidents_found=1/1 claims_precision=0.0 claims_recall=0.0 claims_f1=0.0 figures_exact=3/4 dates_exact=1/1 linking_jaccard=1.0 spurious_incidents=0 published_exact=0/0",
			wantDetails: []string{"  g: injured range 0-1, want 0-0"},
		},
		{
			name: "date compatible matches, exact date scored apart",
			gold: `{"id": "g", "place": {"name": "Avel"}, "date": "2020-01-01", "mentioned_in": ["p.txt"]}`,
			incs: `{"date": "2020-01", "place": {"name": "Avel"}, "documents": ["P"]}`,
			want: "incidents_found=1/1 claims_precision=0.0 claims_recall=0.0 claims_f1=0.0 figures_exact=0/0 dates_exact=0/1 linking_jaccard=1.0 spurious_incidents=0 published_exact=0/0",
			wantDetails: []string{
				"  g: date '2020-01', want '2020-01-01'",
			},
		},
		{
			name: "the candidate sharing most reports wins; ties go to the first",
			gold: `{"id": "g", "place": {"name": "Avel"}, "date": "2020-01-01", "mentioned_in": ["p.txt", "q.html"]},
				{"id": "h", "place": {"name": "Avel"}, "date": "2020-01-01", "mentioned_in": ["zzz.txt"]}`,
			incs: `{"id": "A", "date": "2020-01-01", "place": {"name": "Avel"}, "documents": ["P"], "claims": [{"field": "killed", "low": 1, "high": 1, "document": "P"}]},
				{"id": "B", "date": "2020-01-01", "place": {"name": "Avel"}, "documents": ["P", "Q"]},
				{"id": "C", "date": "2020-01", "place": {"name": "Camp Avel"}, "documents": ["R"], "claims": [{"field": "killed", "low": 2, "high": 2, "document": "R"}]}`,
			// g takes B (two shared reports); h takes A, the first of the
			// remaining candidates, both sharing none; C is left over.
			want: "incidents_found=2/2 claims_precision=0.0 claims_recall=0.0 claims_f1=0.0 figures_exact=0/0 dates_exact=2/2 linking_jaccard=0.5 spurious_incidents=1 published_exact=0/0",
			wantDetails: []string{
				"  h: wrong killed (1, 1) from p.t: 'None'",
				"  spurious incident 2020-01 Camp Avel: killed(2, 2)",
			},
		},
		{
			name: "spurious incidents need a casualty claim, and their claims are wrong",
			gold: `{"id": "g", "place": {"name": "Avel"}, "date": "2020-01-01", "mentioned_in": ["p.txt"],
				"claims": [{"file": "p.txt", "field": "killed", "value": 3}]}`,
			incs: `{"date": "2020-01-01", "place": {"name": "Avel"}, "documents": ["P"], "claims": [{"field": "killed", "low": 3, "high": 3, "document": "P"}]},
				{"date": null, "place": null, "claims": [{"field": "injured", "low": 2, "high": null, "document": null}, {"field": "start_time", "value": "05:00"}]},
				{"date": "2020", "place": {"name": "Bron"}, "claims": [{"field": "perpetrator", "value": "someone"}]}`,
			want:        "incidents_found=1/1 claims_precision=0.5 claims_recall=1.0 claims_f1=0.667 figures_exact=0/0 dates_exact=1/1 linking_jaccard=1.0 spurious_incidents=1 published_exact=0/0",
			wantDetails: []string{"  spurious incident None None: injured(2, None)"},
		},
		{
			name:     "published dates by base name, null accepted when listed",
			goldDocs: `[{"file": "p.txt", "published_accept": ["2020-01-02"]}, {"file": "q.html", "published_accept": [null]}, {"file": "R", "published_accept": ["2020-01-01"]}, {"file": "s.txt", "published_accept": ["2020-01-01"]}]`,
			want:     "incidents_found=0/0 claims_precision=0.0 claims_recall=0.0 claims_f1=0.0 figures_exact=0/0 dates_exact=0/0 linking_jaccard=0.0 spurious_incidents=0 published_exact=2/4",
			wantDetails: []string{
				"  published of R: '2020-01', want one of ['2020-01-01']",
				"  published of s.t: 'no document', want one of ['2020-01-01']",
			},
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			gd := c.goldDocs
			if gd == "" {
				gd = "[]"
			}
			gold := `{"documents": ` + gd + `, "incidents": [` + c.gold + `]}`
			exp := `{` + docs + `, "incidents": [` + c.incs + `]}`
			r := scoreJSON(t, gold, exp)
			if py, ok := python(); ok { // the expectations are score.py's
				dir := t.TempDir()
				gp, ep := filepath.Join(dir, "gold.json"), filepath.Join(dir, "export.json")
				must(t, os.WriteFile(gp, []byte(gold), 0o644))
				must(t, os.WriteFile(ep, []byte(exp), 0o644))
				agree(t, py, gp, ep)
			}
			if got := r.Summary(); got != c.want {
				t.Errorf("summary\n got %s\nwant %s", got, c.want)
			}
			if !reflect.DeepEqual(r.Details, c.wantDetails) && !(len(r.Details) == 0 && len(c.wantDetails) == 0) {
				t.Errorf("details\n got %q\nwant %q", r.Details, c.wantDetails)
			}
		})
	}
}

func TestReadGoldErrors(t *testing.T) {
	for _, c := range []struct{ name, gold, want string }{
		{"not JSON", `{`, "reading gold"},
		{"no incidents", `{"documents": []}`, `no "incidents" list`},
		{"no id", `{"incidents": [{"place": {"name": "A"}, "date": "2020", "mentioned_in": []}]}`, `gold incident 1: no "id"`},
		{"no place", `{"incidents": [{"id": "x", "date": "2020", "mentioned_in": []}]}`, `gold incident 1: (x): no "place"`},
		{"no date", `{"incidents": [{"id": "x", "place": {"name": "A"}, "mentioned_in": []}]}`, `"date" is not a string`},
		{"numeric date", `{"incidents": [{"id": "x", "place": {"name": "A"}, "date": 2020, "mentioned_in": []}]}`, `"date" is not a string`},
		{"no mentioned_in", `{"incidents": [{"id": "x", "place": {"name": "A"}, "date": "2020"}]}`, `"mentioned_in" is not a list`},
		{"claim without file", `{"incidents": [{"id": "x", "place": {"name": "A"}, "date": "2020", "mentioned_in": [], "claims": [{"field": "killed"}]}]}`, `claim 1: "file" is not a string`},
		{"document without accept", `{"incidents": [], "documents": [{"file": "a.txt"}]}`, `"published_accept" is not a list`},
		{"trailing data", `{"incidents": []} {}`, "data after the JSON value"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadGold(strings.NewReader(c.gold))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v; want one containing %q", err, c.want)
			}
		})
	}
}

func TestReadExportErrors(t *testing.T) {
	for _, c := range []struct{ name, exp, want string }{
		{"not an object", `[]`, "not a JSON object"},
		{"document without id", `{"documents": [{"path": "a.txt"}]}`, "export document 1: no id"},
		{"incidents not a list", `{"incidents": {}}`, `"incidents" is not a list`},
		{"claims not a list", `{"incidents": [{"claims": 3}]}`, `export incident 1: "claims" is not a list`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadExport(strings.NewReader(c.exp))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %v; want one containing %q", err, c.want)
			}
		})
	}
	// An empty object is an empty export, as score.py reads it.
	if _, err := ReadExport(strings.NewReader(`{}`)); err != nil {
		t.Errorf("{}: %v", err)
	}
}

// TestTestdataGolden scores the hand-made pair in testdata against
// score.py's output saved beside it (testdata/score.txt, regenerated with
// python3 ../../shared/eval/score.py testdata/gold.json testdata/export.json
// > testdata/score.txt), so the rules stay checked where Python is missing.
func TestTestdataGolden(t *testing.T) {
	g := mustRead(t, "testdata/gold.json", ReadGold)
	e := mustRead(t, "testdata/export.json", ReadExport)
	want, err := os.ReadFile("testdata/score.txt")
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	Score(g, e).WriteText(&got)
	if got.String() != string(want) {
		diffLines(t, got.String(), string(want))
	}
}

func TestReportJSON(t *testing.T) {
	r := Report{IncidentsFound: "3/3", ClaimsPrecision: 1, ClaimsRecall: 0.5, ClaimsF1: 0.667, FiguresExact: "4/4", DatesExact: "4/4", LinkingJaccard: 0, SpuriousIncidents: 2, PublishedExact: "5/5"}
	b, err := r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	want := `{"incidents_found": "3/3", "claims_precision": 1.0, "claims_recall": 0.5, "claims_f1": 0.667, "figures_exact": "4/4", "dates_exact": "4/4", "linking_jaccard": 0.0, "spurious_incidents": 2, "published_exact": "5/5"}`
	if string(b) != want {
		t.Errorf("JSON\n got %s\nwant %s", b, want)
	}
	var text bytes.Buffer
	r.WriteText(&text)
	if !strings.HasPrefix(text.String(), "\nincidents_found=3/3 claims_precision=1.0 ") {
		t.Errorf("text with no details %q; want an empty line, then the summary, as score.py prints", text.String())
	}
}
