package web

import (
	"bytes"
	"encoding/json"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"sort"
	"strconv"
	"strings"

	"tally"
)

// pageSet holds one template per page, each the layout plus the page's own
// file, so every page can define its own "content" block.
type pageSet struct{ pages map[string]*template.Template }

var funcs = template.FuncMap{
	"join":  strings.Join,
	"short": shortID,
	"asset": assetURL,
	// json writes a value for a data-json attribute, where html/template
	// escapes it as any attribute text. Data goes in attributes rather
	// than script blocks, which htmx drops from swapped content.
	"json": func(v any) (string, error) {
		b, err := json.Marshal(v)
		return string(b), err
	},
}

func mustParsePages() *pageSet {
	base := template.Must(template.New("layout.html").Funcs(funcs).ParseFS(assets, "templates/layout.html"))
	names, err := fs.Glob(assets, "templates/*.html")
	if err != nil {
		panic(err)
	}
	ps := &pageSet{pages: map[string]*template.Template{}}
	for _, n := range names {
		name := strings.TrimSuffix(path.Base(n), ".html")
		if name == "layout" {
			continue
		}
		ps.pages[name] = template.Must(template.Must(base.Clone()).ParseFS(assets, n))
	}
	return ps
}

// render executes a page's block into a buffer first, so that a template
// error becomes a clean 500 rather than half a page.
func (s *server) render(w http.ResponseWriter, r *http.Request, status int, page, block string, data any) {
	t, ok := s.pages.pages[page]
	if !ok {
		s.log.Error("no such template", "page", page)
		http.Error(w, "Internal error.", http.StatusInternalServerError)
		return
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, block, data); err != nil {
		s.log.Error("template", "page", page, "block", block, "err", err)
		http.Error(w, "Internal error.", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-cache")
	// Full pages and htmx fragments share URLs; caches must keep them apart.
	h.Add("Vary", "HX-Request")
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// fragment reports whether an htmx request asked for the element with id
// target only. A history restore asks for the whole page.
func fragment(r *http.Request, target string) bool {
	return r.Header.Get("HX-Request") == "true" && r.Header.Get("HX-History-Restore-Request") != "true" &&
		r.Header.Get("HX-Target") == target
}

// errorView is the error page.
type errorView struct {
	layout
	Status  int
	Message string
}

func (s *server) renderError(w http.ResponseWriter, r *http.Request, status int, msg string) {
	v := errorView{layout: layout{Title: http.StatusText(status)}, Status: status, Message: msg}
	if r.Header.Get("HX-Request") == "true" && r.Header.Get("HX-History-Restore-Request") != "true" {
		s.render(w, r, status, "error", "error-fragment", v)
		return
	}
	s.render(w, r, status, "error", "layout", v)
}

// ---- incidents ----

const incidentsPerPage = 100

// filterForm holds the filter fields as typed, to show them back.
type filterForm struct {
	Since, Until, Place, Country, MinKilled string
}

// column is one sortable header of the incidents table.
type column struct {
	Key, Label, Href, AriaSort, Arrow, Class string
}

type incidentsView struct {
	layout
	F         filterForm
	Sort, Dir string
	Err       string
	Columns   []column
	Rows      []incidentRow
	Total     int
	From, To  int
	PrevHref  string
	NextHref  string
	Data      incidentsData
}

// incidentsData feeds the map and the timeline.
type incidentsData struct {
	Points   []mapPoint `json:"points"`
	Timeline timeline   `json:"timeline"`
	Unmapped int        `json:"unmapped"`
}

// incidentFilter reads the incident filters shared by the page and the API
// (since, until, place, country, min_killed, limit, offset).
func incidentFilter(v url.Values) (tally.IncidentFilter, error) {
	var f tally.IncidentFilter
	var err error
	if f.Since, err = tally.ParseDate(v.Get("since")); err != nil {
		return f, err
	}
	if f.Until, err = tally.ParseDate(v.Get("until")); err != nil {
		return f, err
	}
	f.Place = strings.TrimSpace(v.Get("place"))
	f.Country = strings.ToUpper(strings.TrimSpace(v.Get("country")))
	if f.Country != "" && (len(f.Country) != 2 || strings.Trim(f.Country, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "") {
		return f, tally.Errorf(tally.EINVALID, "country %q is not an ISO 3166 alpha-2 code such as IQ", v.Get("country"))
	}
	if s := strings.TrimSpace(v.Get("min_killed")); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return f, tally.Errorf(tally.EINVALID, "min_killed %q is not a whole number of zero or more", s)
		}
		f.MinKilled = tally.Int(n)
	}
	if f.Limit, err = intParam(v, "limit", 0, 1000); err != nil {
		return f, err
	}
	if f.Offset, err = intParam(v, "offset", 0, 1<<30); err != nil {
		return f, err
	}
	return f, nil
}

// intParam reads an optional whole-number parameter within [0, max].
func intParam(v url.Values, name string, def, max int) (int, error) {
	s := strings.TrimSpace(v.Get(name))
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > max {
		return 0, tally.Errorf(tally.EINVALID, "%s %q is not a whole number from 0 to %d", name, s, max)
	}
	return n, nil
}

func (s *server) incidentsPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	v := incidentsView{
		layout: layout{Title: "Incidents", Nav: "incidents", WithCharts: true},
		F: filterForm{Since: q.Get("since"), Until: q.Get("until"), Place: q.Get("place"), Country: q.Get("country"),
			MinKilled: q.Get("min_killed")},
	}
	v.Sort, v.Dir = q.Get("sort"), q.Get("dir")
	if _, ok := sortKeys[v.Sort]; !ok {
		v.Sort = "date"
	}
	if v.Dir != "asc" && v.Dir != "desc" {
		v.Dir = sortKeys[v.Sort]
	}
	f, err := incidentFilter(q)
	var incs []*tally.Incident
	if err != nil {
		v.Err = tally.ErrorMessage(err)
	} else {
		f.Limit, f.Offset = 0, 0 // the page sorts every match, then pages
		incs, _, err = s.store.FindIncidents(r.Context(), f)
		if err != nil {
			s.fail(w, r, err)
			return
		}
	}
	sortIncidents(incs, v.Sort, v.Dir)
	v.Total = len(incs)
	pg, _ := intParam(q, "page", 1, 1<<20)
	pages := max(1, (v.Total+incidentsPerPage-1)/incidentsPerPage)
	pg = max(1, min(pg, pages))
	lo, hi := (pg-1)*incidentsPerPage, min(v.Total, pg*incidentsPerPage)
	for _, inc := range incs[lo:hi] {
		v.Rows = append(v.Rows, rowOf(inc))
	}
	v.From, v.To = lo+1, hi
	base := url.Values{}
	for _, k := range []string{"since", "until", "place", "country", "min_killed"} {
		if val := strings.TrimSpace(q.Get(k)); val != "" {
			base.Set(k, val)
		}
	}
	link := func(sortKey, dir string, page int) string {
		u := url.Values{}
		for k, vs := range base {
			u[k] = vs
		}
		if sortKey != "date" || dir != "desc" {
			u.Set("sort", sortKey)
			u.Set("dir", dir)
		}
		if page > 1 {
			u.Set("page", strconv.Itoa(page))
		}
		if len(u) == 0 {
			return "/"
		}
		return "/?" + u.Encode()
	}
	if pg > 1 {
		v.PrevHref = link(v.Sort, v.Dir, pg-1)
	}
	if pg < pages {
		v.NextHref = link(v.Sort, v.Dir, pg+1)
	}
	for _, c := range []struct{ key, label, class string }{
		{"date", "Date", ""}, {"place", "Place", ""}, {"type", "Type", ""}, {"killed", "Killed low–high (best)", "num"},
		{"injured", "Injured", "num"}, {"abducted", "Abducted", "num"}, {"reports", "Reports", "num"}, {"contested", "Contested", ""},
	} {
		col := column{Key: c.key, Label: c.label, Class: c.class}
		dir := sortKeys[c.key]
		if v.Sort == c.key {
			col.AriaSort, col.Arrow = "ascending", "▲"
			if v.Dir == "desc" {
				col.AriaSort, col.Arrow = "descending", "▼"
			}
			dir = map[string]string{"asc": "desc", "desc": "asc"}[v.Dir]
		}
		col.Href = link(c.key, dir, 1)
		v.Columns = append(v.Columns, col)
	}
	v.Data = incidentsData{Points: []mapPoint{}}
	for _, inc := range incs {
		if p, ok := pointOf(inc); ok {
			v.Data.Points = append(v.Data.Points, p)
		} else {
			v.Data.Unmapped++
		}
	}
	v.Data.Timeline = timelineOf(incs)
	status := http.StatusOK
	if v.Err != "" {
		status = http.StatusBadRequest
	}
	if fragment(r, "results") {
		s.render(w, r, status, "incidents", "results", v)
		return
	}
	s.render(w, r, status, "incidents", "layout", v)
}

// ---- one incident ----

type incidentView struct {
	layout
	ID, Short, Date, DatePrecision string
	Place, Coords                  string
	GeoPrecision                   int
	Type, ACLED                    string
	Perpetrators, Victims          []string
	Contested                      bool
	Figures                        []figureView
	Matrix                         matrixView
	Alternatives                   []altGroup
	Evolution                      []evolutionRow
	Reports                        []reportView
	Vague, Subset                  int
	Data                           incidentData
}

// reportView is one report in a list.
type reportView struct {
	ID, Short, Href, Label, Title, Outlet, Published, Basis string
}

func reportOf(d *tally.Document) reportView {
	return reportView{
		ID: d.ID, Short: shortID(d.ID), Href: documentHref(d.ID), Label: docLabel(d), Title: d.Title, Outlet: d.Outlet,
		Published: d.Published.String(), Basis: string(d.PublishedBasis),
	}
}

// incidentData feeds the incident's map and evolution chart.
type incidentData struct {
	Place     *mapPoint      `json:"place"`
	Evolution evolutionChart `json:"evolution"`
}

// documentsOf loads the incident's documents (without text), in
// publication order, undated last.
func (s *server) documentsOf(r *http.Request, ids []string) (map[string]*tally.Document, []string, error) {
	docs := map[string]*tally.Document{}
	if len(ids) == 0 {
		return docs, nil, nil
	}
	list, _, err := s.store.FindDocuments(r.Context(), tally.DocumentFilter{IDs: ids})
	if err != nil {
		return nil, nil, err
	}
	for _, d := range list {
		docs[d.ID] = d
	}
	order := append([]string(nil), ids...)
	sort.SliceStable(order, func(i, j int) bool {
		a, b := docs[order[i]], docs[order[j]]
		switch {
		case a == nil || b == nil:
			return b == nil && a != nil
		case a.Published.IsZero() != b.Published.IsZero():
			return b.Published.IsZero()
		case !a.Published.IsZero() && a.Published.Compare(b.Published) != 0:
			return a.Published.Compare(b.Published) < 0
		}
		return a.ID < b.ID
	})
	return docs, order, nil
}

func (s *server) incidentPage(w http.ResponseWriter, r *http.Request) {
	inc, err := s.store.FindIncidentByID(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	docs, order, err := s.documentsOf(r, inc.Documents)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	et, sub := inc.Type.ACLED()
	v := incidentView{
		ID: inc.ID, Short: shortID(inc.ID), Date: inc.Date.String(), DatePrecision: string(inc.Date.Precision()),
		Place: placeText(inc.Place), Type: string(inc.Type), ACLED: et + " / " + sub,
		Perpetrators: inc.Perpetrators, Victims: inc.Victims, Contested: inc.Contested(),
		Matrix: matrixOf(inc, docs, order), Alternatives: alternativesOf(inc),
	}
	if !inc.EndDate.IsZero() && inc.EndDate != inc.Date {
		v.Date += " to " + inc.EndDate.String()
	}
	title := "Incident " + v.Short
	if v.Place != "" {
		title = v.Place + ", " + orText(v.Date, "undated")
	}
	v.layout = layout{Title: title, Nav: "incidents", WithCharts: true}
	if inc.Place != nil {
		p := inc.Place.Place
		v.Coords = strconv.FormatFloat(p.Lat, 'f', 4, 64) + ", " + strconv.FormatFloat(p.Lon, 'f', 4, 64)
		v.GeoPrecision = int(inc.Place.Precision)
		if pt, ok := pointOf(inc); ok {
			v.Data.Place = &pt
		}
	}
	for _, f := range inc.Figures {
		v.Figures = append(v.Figures, figureView{
			Field: string(f.Field), Text: figureText(f), Low: intText(f.Low), Best: intText(f.Best), High: intText(f.High),
			Status: string(f.Status), Policy: string(f.Policy), Explanation: f.Explanation,
			Independent: f.Independent, Flagged: len(f.Flagged),
		})
	}
	for _, c := range inc.Claims {
		switch {
		case c.Subset:
			v.Subset++
		case c.Vague:
			v.Vague++
		}
	}
	v.Evolution, v.Data.Evolution = evolutionOf(inc)
	for _, id := range order {
		if d := docs[id]; d != nil {
			v.Reports = append(v.Reports, reportOf(d))
		}
	}
	s.render(w, r, http.StatusOK, "incident", "layout", v)
}

func orText(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// ---- documents ----

const documentsPerPage = 100

type documentsView struct {
	layout
	Reports            []reportView
	Total, From, To    int
	PrevHref, NextHref string
}

func (s *server) documentsPage(w http.ResponseWriter, r *http.Request) {
	pg, err := intParam(r.URL.Query(), "page", 1, 1<<20)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	pg = max(pg, 1)
	docs, total, err := s.store.FindDocuments(r.Context(), tally.DocumentFilter{Offset: (pg - 1) * documentsPerPage, Limit: documentsPerPage})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	v := documentsView{layout: layout{Title: "Reports", Nav: "documents"}, Total: total}
	for _, d := range docs {
		v.Reports = append(v.Reports, reportOf(d))
	}
	v.From, v.To = (pg-1)*documentsPerPage+1, (pg-1)*documentsPerPage+len(docs)
	if pg > 1 {
		v.PrevHref = "/documents?page=" + strconv.Itoa(pg-1)
	}
	if v.To < total {
		v.NextHref = "/documents?page=" + strconv.Itoa(pg+1)
	}
	s.render(w, r, http.StatusOK, "documents", "layout", v)
}

// ---- the evidence view ----

type documentView struct {
	layout
	Doc       *tally.Document
	Short     string
	Published string
	Basis     string
	Lines     []evLine
	Claims    []claimRow
	Incidents []incidentLink
	Lang      string
}

// claimRow is one claim in the table under a report.
type claimRow struct {
	claimNote
	Href  string
	Class string
}

type incidentLink struct{ Href, Label string }

func (s *server) documentPage(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	doc, err := s.store.FindDocumentByID(ctx, r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ms, err := s.store.FindMentions(ctx, tally.MentionFilter{Document: doc.ID})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	title := doc.Title
	if title == "" {
		title = "Report " + shortID(doc.ID)
	}
	v := documentView{
		layout: layout{Title: title, Nav: "documents"}, Doc: doc, Short: shortID(doc.ID),
		Published: doc.Published.String(), Basis: string(doc.PublishedBasis), Lines: evidenceOf(doc, ms),
		Lang: doc.Language,
	}
	if v.Basis == "" {
		v.Basis = string(tally.BasisUnknown)
	}
	if len(v.Lang) > 12 || strings.Trim(strings.ToLower(v.Lang), "abcdefghijklmnopqrstuvwxyz-") != "" {
		v.Lang = ""
	}
	for _, m := range ms {
		for _, c := range m.Claims {
			v.Claims = append(v.Claims, claimRow{claimNote: noteOf(c, m.Background), Href: "#claim-" + c.ID, Class: claimClass(c)})
		}
	}
	incs, _, err := s.store.FindIncidents(ctx, tally.IncidentFilter{})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	for _, inc := range incs {
		for _, id := range inc.Documents {
			if id == doc.ID {
				v.Incidents = append(v.Incidents, incidentLink{Href: incidentHref(inc.ID), Label: orText(placeText(inc.Place), "unknown place") + ", " + orText(inc.Date.String(), "undated")})
				break
			}
		}
	}
	s.render(w, r, http.StatusOK, "document", "layout", v)
}

// ---- search ----

type searchView struct {
	layout
	Hits  []hitView
	Err   string
	Asked bool
}

type hitView struct {
	reportView
	Parts []snippetPart
}

const searchLimit = 50

func (s *server) searchPage(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	v := searchView{layout: layout{Title: "Search", Nav: "search", Q: q}, Asked: q != ""}
	if q != "" {
		v.Title = "Search: " + q
		hits, err := s.store.Search(r.Context(), q, searchLimit)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		for _, h := range hits {
			v.Hits = append(v.Hits, hitView{reportView: reportOf(h.Document), Parts: snippetParts(h.Snippet, h.Highlights)})
		}
	}
	if fragment(r, "hits") {
		s.render(w, r, http.StatusOK, "search", "hits", v)
		return
	}
	s.render(w, r, http.StatusOK, "search", "layout", v)
}
