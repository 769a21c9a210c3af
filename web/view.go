package web

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"tally"
)

// This file turns domain values into what the templates show. Templates
// only print strings and walk slices; every decision (what is contested,
// which text is a highlight) is made here, where it can be tested, and all
// report text stays a plain string for html/template to escape.

// layout is what every page's frame needs.
type layout struct {
	Title string
	Nav   string // the active section: incidents, documents, search, ingest
	Q     string // the search box's value
	// WithCharts loads Leaflet and uPlot, which only the incident pages use.
	WithCharts bool
}

// boundsText writes bounds as "52", "44–52", "≥44", "≤50" or "?".
func boundsText(lo, hi *int) string {
	switch {
	case lo != nil && hi != nil && *lo == *hi:
		return fmt.Sprint(*lo)
	case lo != nil && hi != nil:
		return fmt.Sprintf("%d–%d", *lo, *hi)
	case lo != nil:
		return fmt.Sprintf("≥%d", *lo)
	case hi != nil:
		return fmt.Sprintf("≤%d", *hi)
	}
	return "?"
}

// claimValue writes what a claim says: its value for accounts, its bounds
// for counts.
func claimValue(c tally.Claim) string {
	if c.Value != "" {
		return c.Value
	}
	return boundsText(c.Low, c.High)
}

// figureText writes a figure as "44–52 (52)", "7" or "".
func figureText(fg tally.Figure) string {
	if fg.Low == nil && fg.High == nil {
		return ""
	}
	if fg.Low != nil && fg.High != nil && *fg.Low == *fg.High {
		return fmt.Sprint(*fg.Low)
	}
	s := boundsText(fg.Low, fg.High)
	if fg.Best != nil {
		s += fmt.Sprintf(" (%d)", *fg.Best)
	}
	return s
}

func intText(p *int) string {
	if p == nil {
		return "–"
	}
	return fmt.Sprint(*p)
}

// placeText names a place with its province and country.
func placeText(p *tally.PlaceRef) string {
	if p == nil {
		return ""
	}
	parts := []string{p.Place.Name}
	if p.Place.Admin1 != "" && p.Place.Admin1 != p.Place.Name {
		parts = append(parts, p.Place.Admin1)
	}
	if p.Place.Country != "" {
		parts = append(parts, p.Place.Country)
	}
	return strings.Join(parts, ", ")
}

// docLabel names a report for people: its outlet, else its title, else its ID.
func docLabel(d *tally.Document) string {
	switch {
	case d == nil:
		return ""
	case d.Outlet != "":
		return d.Outlet
	case d.Title != "":
		return d.Title
	}
	return shortID(d.ID)
}

func shortID(id string) string {
	if len(id) > 8 {
		return id[:8]
	}
	return id
}

func claimHref(c tally.Claim) string {
	return "/documents/" + url.PathEscape(c.Document) + "#claim-" + url.PathEscape(c.ID)
}

func incidentHref(id string) string { return "/incidents/" + url.PathEscape(id) }
func documentHref(id string) string { return "/documents/" + url.PathEscape(id) }

// claimFlags lists what sets a claim apart from a plain toll.
func claimFlags(c tally.Claim) []string {
	var out []string
	if c.Subset {
		out = append(out, "part of a toll (subset)")
	}
	if c.Vague {
		out = append(out, "vague word")
	}
	if c.Hedge.Weak() {
		out = append(out, "weak: "+string(c.Hedge))
	}
	return out
}

// claimClass is the CSS class of a claim's highlight or matrix entry.
func claimClass(c tally.Claim) string {
	switch {
	case c.Subset:
		return "subset"
	case c.Vague:
		return "vague"
	case c.Hedge.Weak():
		return "weak"
	}
	return "plain"
}

// claimNote is one claim as a tooltip shows it.
type claimNote struct {
	ID          string
	Field       string
	Value       string
	AsWritten   string
	Qualifier   string
	Hedge       string
	Attribution string
	Flags       []string
	Background  bool
}

func noteOf(c tally.Claim, background bool) claimNote {
	n := claimNote{
		ID: c.ID, Field: string(c.Field), Value: claimValue(c), AsWritten: c.AsWritten,
		Qualifier: c.Qualifier, Hedge: string(c.Hedge), Flags: claimFlags(c), Background: background,
	}
	if c.Source != nil && c.Source.Speaker != "" {
		n.Attribution = c.Source.Speaker
		if c.Source.Cue != "" {
			n.Attribution += " (" + c.Source.Cue + ")"
		}
	}
	return n
}

// ---- incidents page ----

// incidentRow is one line of the incidents table.
type incidentRow struct {
	ID, Short, Href                   string
	Date, Place, Country, Type, ACLED string
	Killed, Injured, Abducted         string
	Reports                           int
	Contested                         bool
}

func rowOf(inc *tally.Incident) incidentRow {
	et, sub := inc.Type.ACLED()
	r := incidentRow{
		ID: inc.ID, Short: shortID(inc.ID), Href: incidentHref(inc.ID), Date: inc.Date.String(),
		Place: placeText(inc.Place), Type: string(inc.Type), ACLED: et + " / " + sub,
		Reports: len(inc.Documents), Contested: inc.Contested(),
	}
	if inc.Place != nil {
		r.Country = inc.Place.Place.Country
	}
	for _, f := range []struct {
		field tally.Field
		dst   *string
	}{{tally.FieldKilled, &r.Killed}, {tally.FieldInjured, &r.Injured}, {tally.FieldAbducted, &r.Abducted}} {
		if fg, ok := inc.Figure(f.field); ok {
			*f.dst = figureText(fg)
		}
	}
	return r
}

// sortKeys are the incidents table's sortable columns and their default
// directions: numbers and dates largest first, names A to Z.
var sortKeys = map[string]string{
	"date": "desc", "place": "asc", "type": "asc", "killed": "desc", "injured": "desc",
	"abducted": "desc", "reports": "desc", "contested": "desc",
}

func best(inc *tally.Incident, f tally.Field) int {
	fg, ok := inc.Figure(f)
	switch {
	case !ok:
		return -1
	case fg.Best != nil:
		return *fg.Best
	case fg.High != nil:
		return *fg.High
	case fg.Low != nil:
		return *fg.Low
	}
	return -1
}

// sortIncidents orders incidents by a column; ties fall back to newest
// first, then ID, so the order is stable across requests.
func sortIncidents(incs []*tally.Incident, key, dir string) {
	cmp := func(a, b *tally.Incident) int {
		switch key {
		case "place":
			return strings.Compare(strings.ToLower(placeText(a.Place)), strings.ToLower(placeText(b.Place)))
		case "type":
			return strings.Compare(string(a.Type), string(b.Type))
		case "killed":
			return best(a, tally.FieldKilled) - best(b, tally.FieldKilled)
		case "injured":
			return best(a, tally.FieldInjured) - best(b, tally.FieldInjured)
		case "abducted":
			return best(a, tally.FieldAbducted) - best(b, tally.FieldAbducted)
		case "reports":
			return len(a.Documents) - len(b.Documents)
		case "contested":
			return boolInt(a.Contested()) - boolInt(b.Contested())
		}
		return a.Date.Compare(b.Date)
	}
	sort.SliceStable(incs, func(i, j int) bool {
		c := cmp(incs[i], incs[j])
		if dir == "desc" {
			c = -c
		}
		if c != 0 {
			return c < 0
		}
		if d := incs[i].Date.Compare(incs[j].Date); d != 0 {
			return d > 0
		}
		return incs[i].ID < incs[j].ID
	})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// mapPoint is one incident on a map.
type mapPoint struct {
	ID     string  `json:"id"`
	Href   string  `json:"href"`
	Lat    float64 `json:"lat"`
	Lon    float64 `json:"lon"`
	Place  string  `json:"place"`
	Date   string  `json:"date"`
	Type   string  `json:"type"`
	Killed string  `json:"killed"`
	Best   int     `json:"best"` // best killed figure, for the marker's size; -1 when none
}

func pointOf(inc *tally.Incident) (mapPoint, bool) {
	if inc.Place == nil || (inc.Place.Place.Lat == 0 && inc.Place.Place.Lon == 0) {
		return mapPoint{}, false
	}
	p := mapPoint{
		ID: inc.ID, Href: incidentHref(inc.ID), Lat: inc.Place.Place.Lat, Lon: inc.Place.Place.Lon,
		Place: placeText(inc.Place), Date: inc.Date.String(), Type: string(inc.Type), Best: best(inc, tally.FieldKilled),
	}
	if fg, ok := inc.Figure(tally.FieldKilled); ok {
		p.Killed = figureText(fg)
	}
	return p, true
}

// timeline is incidents and killed per month, for uPlot: X holds each
// month's first day in Unix seconds, months with nothing included, so the
// chart shows gaps as zeros rather than joining distant months.
type timeline struct {
	X         []int64 `json:"x"`
	Incidents []int   `json:"incidents"`
	Killed    []int   `json:"killed"`
	Undated   int     `json:"undated"`
}

// maxTimelineMonths bounds the chart's length when dates are far apart.
const maxTimelineMonths = 1200

func timelineOf(incs []*tally.Incident) timeline {
	t := timeline{X: []int64{}, Incidents: []int{}, Killed: []int{}}
	type key struct{ y, m int }
	count, killed := map[key]int{}, map[key]int{}
	var first, last time.Time
	for _, inc := range incs {
		if inc.Date.IsZero() || inc.Date.Month == 0 {
			t.Undated++
			continue
		}
		k := key{inc.Date.Year, inc.Date.Month}
		count[k]++
		if b := best(inc, tally.FieldKilled); b > 0 {
			killed[k] += b
		}
		m := time.Date(k.y, time.Month(k.m), 1, 0, 0, 0, 0, time.UTC)
		if first.IsZero() || m.Before(first) {
			first = m
		}
		if m.After(last) {
			last = m
		}
	}
	if first.IsZero() {
		return t
	}
	for m, n := first, 0; !m.After(last) && n < maxTimelineMonths; m, n = m.AddDate(0, 1, 0), n+1 {
		k := key{m.Year(), int(m.Month())}
		t.X = append(t.X, m.Unix())
		t.Incidents = append(t.Incidents, count[k])
		t.Killed = append(t.Killed, killed[k])
	}
	return t
}

// ---- incident page ----

// figureView is one reconciled figure.
type figureView struct {
	Field, Text, Low, Best, High string
	Status, Policy, Explanation  string
	Independent, Flagged         int
}

// matrixView is the claims matrix: one row per report, one column per field.
type matrixView struct {
	Fields []matrixField
	Rows   []matrixRow
}

type matrixField struct {
	Name      string
	Contested bool
}

type matrixRow struct {
	DocID, Href, Label, Title, Published, Basis string
	Cells                                       []matrixCell
}

type matrixCell struct {
	Field     string
	Contested bool
	Claims    []cellClaim
}

type cellClaim struct {
	ID, Text, Href, Class, Title string
}

// matrixFields are the matrix's columns, in the order reports give them.
var matrixFields = []tally.Field{
	tally.FieldKilled, tally.FieldInjured, tally.FieldAbducted, tally.FieldDetained, tally.FieldMissing,
	tally.FieldStartTime, tally.FieldPerpetrator, tally.FieldNarrative,
}

// contestedFields says which fields the incident's reports disagree on:
// counts whose figure is contested, accounts with more than one version.
func contestedFields(inc *tally.Incident) map[tally.Field]bool {
	out := map[tally.Field]bool{}
	for _, f := range inc.Figures {
		if f.Status == tally.StatusContested {
			out[f.Field] = true
		}
	}
	seen := map[tally.Field]int{}
	for _, a := range inc.Alternatives {
		seen[a.Field]++
	}
	for f, n := range seen {
		if n > 1 {
			out[f] = true
		}
	}
	return out
}

func matrixOf(inc *tally.Incident, docs map[string]*tally.Document, order []string) matrixView {
	contested := contestedFields(inc)
	var mv matrixView
	for _, f := range matrixFields {
		mv.Fields = append(mv.Fields, matrixField{Name: string(f), Contested: contested[f]})
	}
	byDoc := map[string]map[tally.Field][]tally.Claim{}
	for _, c := range inc.Claims {
		if byDoc[c.Document] == nil {
			byDoc[c.Document] = map[tally.Field][]tally.Claim{}
		}
		byDoc[c.Document][c.Field] = append(byDoc[c.Document][c.Field], c)
	}
	for _, id := range order {
		d := docs[id]
		row := matrixRow{DocID: id, Href: documentHref(id), Label: docLabel(d)}
		if d != nil {
			row.Title, row.Published, row.Basis = d.Title, d.Published.String(), string(d.PublishedBasis)
		}
		for _, f := range matrixFields {
			cell := matrixCell{Field: string(f)}
			for _, c := range byDoc[id][f] {
				title := "as written: " + c.AsWritten
				if who := c.AttributedTo(); who != "" {
					title += "; per " + who
				}
				if fl := claimFlags(c); len(fl) > 0 {
					title += "; " + strings.Join(fl, ", ")
				}
				cell.Claims = append(cell.Claims, cellClaim{ID: c.ID, Text: claimValue(c), Href: claimHref(c), Class: claimClass(c), Title: title})
			}
			cell.Contested = contested[f] && len(cell.Claims) > 0
			row.Cells = append(row.Cells, cell)
		}
		mv.Rows = append(mv.Rows, row)
	}
	return mv
}

// altGroup is one field's competing accounts.
type altGroup struct {
	Field     string
	Contested bool
	Accounts  []altView
}

type altView struct {
	Value      string
	Supporters []supporterView
}

type supporterView struct {
	Label, Speaker, Href string
}

func alternativesOf(inc *tally.Incident) []altGroup {
	var out []altGroup
	idx := map[tally.Field]int{}
	for _, a := range inc.Alternatives {
		i, ok := idx[a.Field]
		if !ok {
			i = len(out)
			idx[a.Field] = i
			out = append(out, altGroup{Field: string(a.Field)})
		}
		av := altView{Value: a.Value}
		for _, s := range a.Supporters {
			av.Supporters = append(av.Supporters, supporterView{
				Label: s.Outlet, Speaker: s.Speaker,
				Href: "/documents/" + url.PathEscape(s.Document) + "#claim-" + url.PathEscape(s.Claim),
			})
		}
		out[i].Accounts = append(out[i].Accounts, av)
	}
	for i := range out {
		out[i].Contested = len(out[i].Accounts) > 1
	}
	return out
}

// evolutionRow is one step of a figure over publication time, for the
// table under the chart (the chart's accessible twin).
type evolutionRow struct {
	Field, Published, Outlet, Value, Href string
}

// evolutionChart is the data of the evolution chart: for each field, the
// lowest and highest bound reported on each publication date.
type evolutionChart struct {
	X      []int64         `json:"x"`
	Series []evolutionLine `json:"series"`
}

type evolutionLine struct {
	Field string `json:"field"`
	Low   []*int `json:"low"`
	High  []*int `json:"high"`
}

func evolutionOf(inc *tally.Incident) ([]evolutionRow, evolutionChart) {
	var rows []evolutionRow
	chart := evolutionChart{X: []int64{}, Series: []evolutionLine{}}
	days := map[int64]bool{}
	for _, f := range inc.Figures {
		for _, st := range f.Evolution {
			rows = append(rows, evolutionRow{
				Field: string(f.Field), Published: st.Published.String(), Outlet: st.Outlet, Value: boundsText(st.Low, st.High),
				Href: "/documents/" + url.PathEscape(st.Document) + "#claim-" + url.PathEscape(st.Claim),
			})
			if !st.Published.IsZero() {
				days[st.Published.First().Unix()] = true
			}
		}
	}
	for d := range days {
		chart.X = append(chart.X, d)
	}
	sort.Slice(chart.X, func(i, j int) bool { return chart.X[i] < chart.X[j] })
	at := map[int64]int{}
	for i, x := range chart.X {
		at[x] = i
	}
	for _, f := range inc.Figures {
		if len(f.Evolution) == 0 {
			continue
		}
		line := evolutionLine{Field: string(f.Field), Low: make([]*int, len(chart.X)), High: make([]*int, len(chart.X))}
		for _, st := range f.Evolution {
			if st.Published.IsZero() {
				continue
			}
			i := at[st.Published.First().Unix()]
			lo, hi := st.Low, st.High
			if lo == nil {
				lo = hi
			}
			if hi == nil {
				hi = lo
			}
			if lo == nil {
				continue
			}
			if line.Low[i] == nil || *lo < *line.Low[i] {
				line.Low[i] = tally.Int(*lo)
			}
			if line.High[i] == nil || *hi > *line.High[i] {
				line.High[i] = tally.Int(*hi)
			}
		}
		chart.Series = append(chart.Series, line)
	}
	return rows, chart
}

// ---- evidence view ----

// evLine is one line of a report in the evidence view.
type evLine struct {
	Kind   string
	Reason string
	Segs   []evSeg
}

// evSeg is a run of a line's text: plain, or a highlighted claim sentence.
type evSeg struct {
	Pieces []evPiece
	Mark   *evMark
}

// evPiece is text inside a segment; Figure marks the words of a figure.
type evPiece struct {
	Text   string
	Figure bool
}

// evMark is one highlight: the claims whose sentence covers it.
type evMark struct {
	ID      string   // element id, "claim-<ID>" of the first claim anchored here
	Anchors []string // further claims anchored here, as "claim-<ID>"
	TipID   string
	Class   string
	Notes   []claimNote
}

// evidenceOf cuts a report's text into lines and highlighted runs. Spans
// are byte offsets into doc.Text; they are clamped to the text and moved
// to rune boundaries, so a bad span can misplace a highlight but never
// split a character or fail the page.
func evidenceOf(doc *tally.Document, mentions []tally.Mention) []evLine {
	text := doc.Text
	type located struct {
		c          tally.Claim
		background bool
	}
	var claims []located
	for _, m := range mentions {
		for _, c := range m.Claims {
			if c.Sentence.Valid(len(text)) && c.Sentence.Len() > 0 {
				claims = append(claims, located{c, m.Background})
			}
		}
	}
	sort.SliceStable(claims, func(i, j int) bool { return claims[i].c.Sentence.Start < claims[j].c.Sentence.Start })

	lines := doc.Lines
	if len(lines) == 0 {
		lines = splitLines(text)
	}
	anchored := map[string]bool{}
	tip := 0
	var out []evLine
	for _, l := range lines {
		if !l.Span.Valid(len(text)) {
			continue
		}
		ls, le := l.Span.Start, l.Span.End
		line := evLine{Kind: string(l.Kind), Reason: l.Reason}
		cuts := []int{ls, le}
		var here []located
		for _, lc := range claims {
			if lc.c.Sentence.Overlaps(l.Span) {
				here = append(here, lc)
				cuts = append(cuts, lc.c.Sentence.Start, lc.c.Sentence.End)
				if lc.c.Span.Valid(len(text)) {
					cuts = append(cuts, lc.c.Span.Start, lc.c.Span.End)
				}
			}
		}
		for i, c := range cuts {
			c = max(ls, min(le, c))
			for c > ls && c < le && !utf8.RuneStart(text[c]) {
				c--
			}
			cuts[i] = c
		}
		sort.Ints(cuts)
		var cur *evSeg
		curKey := "\x00"
		for i := 0; i+1 < len(cuts); i++ {
			a, b := cuts[i], cuts[i+1]
			if a == b {
				continue
			}
			var covering []located
			var ids []string
			figure := false
			for _, lc := range here {
				if lc.c.Sentence.Start <= a && b <= lc.c.Sentence.End {
					covering = append(covering, lc)
					ids = append(ids, lc.c.ID)
					// Bold the figure, not an account that spans its
					// whole sentence.
					sp := lc.c.Span
					if sp.Start <= a && b <= sp.End && sp.Len() > 0 && sp.Len() < lc.c.Sentence.Len() {
						figure = true
					}
				}
			}
			key := strings.Join(ids, ",")
			if cur == nil || key != curKey {
				line.Segs = append(line.Segs, evSeg{})
				cur = &line.Segs[len(line.Segs)-1]
				curKey = key
				if len(covering) > 0 {
					tip++
					mk := &evMark{TipID: fmt.Sprintf("tip-%d", tip), Class: "plain"}
					weak := true
					for _, lc := range covering {
						if !anchored[lc.c.ID] {
							anchored[lc.c.ID] = true
							if mk.ID == "" {
								mk.ID = "claim-" + lc.c.ID
							} else {
								mk.Anchors = append(mk.Anchors, "claim-"+lc.c.ID)
							}
						}
						mk.Notes = append(mk.Notes, noteOf(lc.c, lc.background))
						if claimClass(lc.c) == "plain" {
							weak = false
						}
					}
					if weak {
						// Every claim here is a subset, vague or weakly
						// hedged: still shown, styled apart.
						mk.Class = claimClass(covering[0].c)
					}
					cur.Mark = mk
				}
			}
			t := text[a:b]
			if n := len(cur.Pieces); n > 0 && cur.Pieces[n-1].Figure == figure {
				cur.Pieces[n-1].Text += t
			} else {
				cur.Pieces = append(cur.Pieces, evPiece{Text: t, Figure: figure && cur.Mark != nil})
			}
		}
		out = append(out, line)
	}
	return out
}

// splitLines stands in for Document.Lines when a store kept none.
func splitLines(text string) []tally.Line {
	var out []tally.Line
	start := 0
	for i := 0; i <= len(text); i++ {
		if i == len(text) || text[i] == '\n' {
			if strings.TrimSpace(text[start:i]) != "" {
				out = append(out, tally.Line{Span: tally.Span{Start: start, End: i}, Kind: tally.LineBody})
			}
			start = i + 1
		}
	}
	return out
}

// ---- search ----

// snippetPart is a run of a search snippet, marked when it matched.
type snippetPart struct {
	Text string
	Hit  bool
}

// snippetParts cuts a snippet at its highlight ranges. Ranges that are out
// of order, overlap or fall outside the snippet are skipped, never trusted.
func snippetParts(snippet string, hl []tally.Span) []snippetPart {
	var out []snippetPart
	pos := 0
	spans := append([]tally.Span(nil), hl...)
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
	for _, h := range spans {
		if h.Start < pos || !h.Valid(len(snippet)) || h.Len() == 0 {
			continue
		}
		if !utf8.RuneStart(snippet[h.Start]) || (h.End < len(snippet) && !utf8.RuneStart(snippet[h.End])) {
			continue
		}
		if h.Start > pos {
			out = append(out, snippetPart{Text: snippet[pos:h.Start]})
		}
		out = append(out, snippetPart{Text: snippet[h.Start:h.End], Hit: true})
		pos = h.End
	}
	if pos < len(snippet) {
		out = append(out, snippetPart{Text: snippet[pos:]})
	}
	return out
}
