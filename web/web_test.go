package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"tally"
	"tally/sqlite"
)

// exampleServer serves the repository's four example reports (a fictional
// attack in Mopti, written for tally) and the XSS report.
func exampleServer(t *testing.T, edit ...func(*Config)) (http.Handler, *sqlite.Store) {
	t.Helper()
	s, p := newPipeline(t)
	mustIngestDir(t, p, "../examples/reports")
	cfg := Config{Store: s, Ingester: p}
	for _, e := range edit {
		e(&cfg)
	}
	return New(cfg), s
}

func mustJSON(t *testing.T, body []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(body, v); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, body)
	}
}

// apiError reads an error body and checks its code.
func wantAPIError(t *testing.T, w interface {
	Result() *http.Response
}, status int, code string) {
	t.Helper()
	res := w.Result()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != status {
		t.Fatalf("status %d, want %d: %s", res.StatusCode, status, body)
	}
	if ct := res.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type %q, want JSON: %s", ct, body)
	}
	var e errorBody
	mustJSON(t, body, &e)
	if e.Error.Code != code || e.Error.Message == "" {
		t.Fatalf("error %+v, want code %q with a message", e.Error, code)
	}
}

func TestIncidentsPageHeadersAndContent(t *testing.T) {
	h, _ := exampleServer(t)
	w := do(h, "GET", "/", "")
	if w.Code != 200 {
		t.Fatalf("GET / = %d\n%s", w.Code, w.Body)
	}
	hdr := w.Result().Header
	if got := hdr.Get("Content-Security-Policy"); got != contentSecurityPolicy ||
		!strings.Contains(got, "script-src 'self'") || strings.Contains(got, "unsafe-inline") {
		t.Errorf("CSP = %q", got)
	}
	for k, v := range map[string]string{"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"} {
		if hdr.Get(k) != v {
			t.Errorf("%s = %q, want %q", k, hdr.Get(k), v)
		}
	}
	body := w.Body.String()
	for _, want := range []string{"Mopti, ML", "12–15 (15)", `id="incidents-map"`, `id="incidents-timeline"`, `id="incidents-data"`, "contested"} {
		if !strings.Contains(body, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	// No inline script or style: every <script> has a src.
	for _, m := range regexp.MustCompile(`<script[^>]*>`).FindAllString(body, -1) {
		if !strings.Contains(m, "src=") {
			t.Errorf("inline script: %s", m)
		}
	}
	if strings.Contains(body, "style=") || strings.Contains(body, "<style") || regexp.MustCompile(`\son[a-z]+=`).MatchString(body) {
		t.Error("page has an inline style or event handler")
	}
}

func TestIncidentsPageFiltersAndSort(t *testing.T) {
	h, _ := exampleServer(t)
	rows := func(body string) int { return strings.Count(body, "<tr") - 1 } // less the header row
	for _, tc := range []struct {
		query  string
		status int
		rows   int
	}{
		{"", 200, 2},
		{"?country=ML", 200, 2},
		{"?country=iq", 200, 0},
		{"?min_killed=10", 200, 1},
		{"?since=2024", 200, 1},
		{"?until=2023-12", 200, 1},
		{"?place=mopti&since=2023-01-01&until=2024-12-31", 200, 2},
		{"?since=yesterday", 400, 0},
		{"?country=IRQ", 400, 0},
		{"?min_killed=-1", 400, 0},
	} {
		w := do(h, "GET", "/"+tc.query, "")
		if w.Code != tc.status || rows(w.Body.String()) != tc.rows {
			t.Errorf("GET /%s = %d with %d rows, want %d with %d", tc.query, w.Code, rows(w.Body.String()), tc.status, tc.rows)
		}
	}
	// Sorting by killed, smallest first, puts the 2023 incident (9) first.
	w := do(h, "GET", "/?sort=killed&dir=asc", "")
	body := w.Body.String()
	if i, j := strings.Index(body, ">2023-01<"), strings.Index(body, ">2024-03-12<"); i < 0 || j < 0 || i > j {
		t.Errorf("sort=killed&dir=asc: 2023-01 at %d, 2024-03-12 at %d", i, j)
	}
	if !strings.Contains(body, `aria-sort="ascending"`) {
		t.Error("sorted column lacks aria-sort")
	}
	// An htmx request for #results gets the fragment alone.
	w = do(h, "GET", "/?country=ML", "", "HX-Request", "true", "HX-Target", "results")
	if b := w.Body.String(); w.Code != 200 || strings.Contains(b, "<html") || !strings.HasPrefix(strings.TrimSpace(b), `<div id="results">`) {
		t.Errorf("fragment = %d\n%.300s", w.Code, b)
	}
	if !strings.Contains(w.Result().Header.Get("Vary"), "HX-Request") {
		t.Error("fragment responses must vary on HX-Request")
	}
	// A history restore asks for the whole page.
	w = do(h, "GET", "/", "", "HX-Request", "true", "HX-Target", "results", "HX-History-Restore-Request", "true")
	if !strings.Contains(w.Body.String(), "<html") {
		t.Error("history restore did not get the whole page")
	}
}

func TestIncidentPage(t *testing.T) {
	h, s := exampleServer(t)
	inc := mustHaveIncident(t, s, "Mopti", "2024-03-12")
	w := do(h, "GET", "/incidents/"+inc.ID[:8], "")
	if w.Code != 200 {
		t.Fatalf("incident page = %d\n%s", w.Code, w.Body)
	}
	body := w.Body.String()
	for _, want := range []string{
		"Claims matrix", `id="figure-killed"`, "12–15 (15)", `<td data-field="killed" class="contested">`,
		`href="/documents/`, `#claim-`, `id="evolution-chart"`, `id="incident-map"`, `id="incident-data"`,
		"Accounts", "Actors", "wire.example.org", "Radio Example FM",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("incident page lacks %q", want)
		}
	}
	// One matrix row per report.
	matrix := body[strings.Index(body, `<table class="matrix">`):]
	matrix = matrix[:strings.Index(matrix, "</table>")]
	if n := strings.Count(matrix, `<th scope="row">`); n != len(inc.Documents) {
		t.Errorf("matrix has %d rows, want %d", n, len(inc.Documents))
	}
	for _, path := range []string{"/incidents/ffffffff", "/incidents/zz", "/documents/ffffffff", "/nowhere"} {
		w := do(h, "GET", path, "")
		if w.Code != 404 && w.Code != 400 || !strings.Contains(w.Body.String(), "<html") {
			t.Errorf("GET %s = %d, want a 404 or 400 page", path, w.Code)
		}
	}
}

func TestEvidenceView(t *testing.T) {
	h, s := exampleServer(t)
	docs, _, err := s.FindDocuments(t.Context(), tally.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		ms, err := s.FindMentions(t.Context(), tally.MentionFilter{Document: d.ID})
		if err != nil {
			t.Fatal(err)
		}
		w := do(h, "GET", "/documents/"+d.ID, "")
		if w.Code != 200 {
			t.Fatalf("document %s = %d", d.ID, w.Code)
		}
		body := w.Body.String()
		n := 0
		for _, m := range ms {
			for _, c := range m.Claims {
				n++
				// Every claim has an anchor the claims matrix can link to.
				if !strings.Contains(body, `id="claim-`+c.ID+`"`) {
					t.Errorf("%s: no anchor for claim %s (%s %q)", d.ID[:8], c.ID, c.Field, c.AsWritten)
				}
			}
		}
		if n > 0 && !regexp.MustCompile(`<mark class="claim [a-z]+" tabindex="0" aria-describedby="tip-\d+"`).MatchString(body) {
			t.Errorf("%s: no focusable highlight", d.ID[:8])
		}
		for _, want := range []string{"Published", "basis: " + string(d.PublishedBasis), `role="tooltip"`} {
			if n > 0 && !strings.Contains(body, want) {
				t.Errorf("%s: page lacks %q", d.ID[:8], want)
			}
		}
	}
	w := do(h, "GET", "/documents", "")
	if w.Code != 200 || strings.Count(w.Body.String(), `href="/documents/`) != len(docs) {
		t.Errorf("documents page = %d, want links to %d reports", w.Code, len(docs))
	}
}

func TestSearchPage(t *testing.T) {
	h, _ := exampleServer(t)
	w := do(h, "GET", "/search?q=bus+station", "")
	body := w.Body.String()
	if w.Code != 200 || !strings.Contains(body, `<ol class="hits">`) || !strings.Contains(body, "<mark>") {
		t.Fatalf("search = %d\n%s", w.Code, body)
	}
	w = do(h, "GET", "/search?q=zzzzqqq", "", "HX-Request", "true", "HX-Target", "hits")
	if b := w.Body.String(); strings.Contains(b, "<html") || !strings.Contains(b, "No report contains") {
		t.Errorf("empty search fragment:\n%s", b)
	}
	if w := do(h, "GET", "/search", ""); w.Code != 200 {
		t.Errorf("search with no words = %d", w.Code)
	}
}

func TestAPIReads(t *testing.T) {
	h, s := exampleServer(t)
	inc := mustHaveIncident(t, s, "Mopti", "2024-03-12")

	var list incidentList
	w := do(h, "GET", "/api/v1/incidents", "")
	mustJSON(t, w.Body.Bytes(), &list)
	if w.Code != 200 || list.Total != 2 || len(list.Incidents) != 2 || list.Limit != apiDefaultLimit {
		t.Fatalf("incidents = %d %+v", w.Code, list)
	}
	for q, n := range map[string]int{"?min_killed=10": 1, "?country=ML&limit=1": 1, "?offset=1": 1, "?since=2025": 0, "?place=Mopti": 2} {
		var l incidentList
		mustJSON(t, do(h, "GET", "/api/v1/incidents"+q, "").Body.Bytes(), &l)
		if len(l.Incidents) != n {
			t.Errorf("incidents%s: %d, want %d", q, len(l.Incidents), n)
		}
	}

	var one struct {
		ID      string `json:"id"`
		Figures map[string]struct {
			Low, Best, High *int
			Status          string
		} `json:"figures"`
		Claims []struct {
			Quote string `json:"quote"`
			Start int    `json:"start"`
		} `json:"claims"`
	}
	w = do(h, "GET", "/api/v1/incidents/"+inc.ID[:6], "")
	mustJSON(t, w.Body.Bytes(), &one)
	if w.Code != 200 || one.ID != inc.ID || one.Figures["killed"].Best == nil || len(one.Claims) == 0 {
		t.Fatalf("incident = %d %+v", w.Code, one)
	}
	for _, c := range one.Claims {
		if c.Quote == "" {
			t.Errorf("claim at %d has no quote", c.Start)
		}
	}

	var claims claimList
	mustJSON(t, do(h, "GET", "/api/v1/incidents/"+inc.ID+"/claims", "").Body.Bytes(), &claims)
	if len(claims.Claims) != len(one.Claims) || claims.VagueClaims == nil || claims.SubsetClaims == nil {
		t.Errorf("incident claims: %d, want %d", len(claims.Claims), len(one.Claims))
	}

	var docs documentList
	mustJSON(t, do(h, "GET", "/api/v1/documents?limit=3", "").Body.Bytes(), &docs)
	if docs.Total != 4 || len(docs.Documents) != 3 {
		t.Fatalf("documents: %+v", docs)
	}
	var found documentList
	mustJSON(t, do(h, "GET", "/api/v1/documents?q=rises", "").Body.Bytes(), &found)
	if found.Total != 1 {
		t.Errorf("documents?q=rises: %d, want 1", found.Total)
	}

	var doc struct {
		ID    string       `json:"id"`
		Text  string       `json:"text"`
		Lines []tally.Line `json:"lines"`
	}
	id := docs.Documents[0].ID
	mustJSON(t, do(h, "GET", "/api/v1/documents/"+id, "").Body.Bytes(), &doc)
	if doc.ID != id || doc.Text == "" || len(doc.Lines) == 0 {
		t.Fatalf("document: %+v", doc)
	}
	for _, l := range doc.Lines {
		if !l.Span.Valid(len(doc.Text)) {
			t.Errorf("line %v outside the text", l.Span)
		}
	}
	var dc claimList
	mustJSON(t, do(h, "GET", "/api/v1/documents/"+id+"/claims", "").Body.Bytes(), &dc)
	for _, c := range dc.Claims {
		if c.Quote != doc.Text[c.Start:c.End] {
			t.Errorf("claim %s quote %q is not text[%d:%d]", c.ID, c.Quote, c.Start, c.End)
		}
	}

	var sr searchBody
	mustJSON(t, do(h, "GET", "/api/v1/search?q=Mopti", "").Body.Bytes(), &sr)
	if len(sr.Hits) == 0 {
		t.Fatal("search found nothing")
	}
	for _, hit := range sr.Hits {
		for _, hl := range hit.Highlights {
			if !hl.Valid(len(hit.Snippet)) || !strings.EqualFold(hit.Snippet[hl.Start:hl.End], "mopti") {
				t.Errorf("highlight %v of %q", hl, hit.Snippet)
			}
		}
	}
}

func TestAPIErrors(t *testing.T) {
	h, _ := exampleServer(t)
	for _, tc := range []struct {
		method, path string
		status       int
		code         string
	}{
		{"GET", "/api/v1/incidents?since=soon", 400, "invalid"},
		{"GET", "/api/v1/incidents?limit=5000", 400, "invalid"},
		{"GET", "/api/v1/incidents?min_killed=x", 400, "invalid"},
		{"GET", "/api/v1/incidents/ffffffff", 404, "not_found"},
		{"GET", "/api/v1/incidents/ab", 400, "invalid"},
		{"GET", "/api/v1/incidents/ffffffff/claims", 404, "not_found"},
		{"GET", "/api/v1/documents/ffffffff", 404, "not_found"},
		{"GET", "/api/v1/documents/ffffffff/claims", 404, "not_found"},
		{"GET", "/api/v1/documents?offset=-3", 400, "invalid"},
		{"GET", "/api/v1/search", 400, "invalid"},
		{"GET", "/api/v1/nothing", 404, "not_found"},
		{"DELETE", "/api/v1/incidents", 405, "method_not_allowed"},
		{"GET", "/api/v1/ingest", 405, "method_not_allowed"},
		{"POST", "/api/v1/ingest", 403, "forbidden"},
	} {
		w := do(h, tc.method, tc.path, "")
		t.Run(tc.method+" "+tc.path, func(t *testing.T) { wantAPIError(t, w, tc.status, tc.code) })
	}
	if w := do(h, "GET", "/api/v1/ingest", ""); w.Result().Header.Get("Allow") != "POST" {
		t.Errorf("405 Allow = %q", w.Result().Header.Get("Allow"))
	}
}

func TestErrorStatusTable(t *testing.T) {
	for code, status := range map[string]int{
		tally.EINVALID: 400, tally.EUNAUTHORIZED: 401, codeForbidden: 403, tally.ENOTFOUND: 404,
		tally.ECONFLICT: 409, tally.ETOOLARGE: 413, tally.EUNSUPPORTED: 415, tally.EINTERNAL: 500,
	} {
		if got := errorStatus(tally.Errorf(code, "x")); got != status {
			t.Errorf("%s → %d, want %d", code, got, status)
		}
	}
	if got := errorStatus(fmt.Errorf("plain")); got != 500 {
		t.Errorf("a plain error → %d", got)
	}
}

func TestWritesDisabled(t *testing.T) {
	h, _ := exampleServer(t)
	w := do(h, "POST", "/api/v1/ingest", `{"text":"Gunmen killed 3 people."}`, "Content-Type", "application/json")
	wantAPIError(t, w, 403, "forbidden")
	if !strings.Contains(w.Body.String(), "--allow-ingest") {
		t.Errorf("403 does not say how to enable writes: %s", w.Body)
	}
	// With a bearer token sent but none configured, writes stay off.
	w = do(h, "POST", "/api/v1/ingest", `{"text":"x"}`, "Content-Type", "application/json", "Authorization", "Bearer guess")
	wantAPIError(t, w, 403, "forbidden")
	w = do(h, "POST", "/ingest", "text=hello", "Content-Type", "application/x-www-form-urlencoded")
	if w.Code != 403 || !strings.Contains(w.Body.String(), "disabled") {
		t.Errorf("browser ingest = %d\n%s", w.Code, w.Body)
	}
	w = do(h, "GET", "/ingest", "")
	if !strings.Contains(w.Body.String(), "switched off") || strings.Contains(w.Body.String(), "<textarea") {
		t.Error("ingest page offers forms while writes are off")
	}
}

const moptiFollowUp = `TITLE: Mopti market blast
PUBLISHED: 2024-06-01

A bomb killed 4 people at the Mopti market on Saturday, police said.
`

func TestAPIIngest(t *testing.T) {
	h, s := exampleServer(t, func(c *Config) {
		c.AllowIngest = true
		c.Fetcher = fakeFetcher{"https://news.example/story": "TITLE: Fetched story\nPUBLISHED: 2024-07-01\n\nA mortar shell killed 2 people in Gao on Monday, officials said.\n"}
	})
	var res ingestBody
	w := do(h, "POST", "/api/v1/ingest", `{"text":`+jsonString(moptiFollowUp)+`,"name":"market"}`, "Content-Type", "application/json")
	mustJSON(t, w.Body.Bytes(), &res)
	if w.Code != 201 || !res.Added || res.Document.Title == nil || *res.Document.Title != "Mopti market blast" || res.Document.Path != "market" {
		t.Fatalf("ingest = %d %s", w.Code, w.Body)
	}
	if loc := w.Result().Header.Get("Location"); loc != "/api/v1/documents/"+res.Document.ID {
		t.Errorf("Location = %q", loc)
	}
	if len(res.Incidents) != 1 {
		t.Errorf("the new report joined %d incidents, want 1", len(res.Incidents))
	}
	// Again: present, nothing changes.
	w = do(h, "POST", "/api/v1/ingest", `{"text":`+jsonString(moptiFollowUp)+`}`, "Content-Type", "application/json")
	mustJSON(t, w.Body.Bytes(), &res)
	if w.Code != 200 || res.Added {
		t.Errorf("re-ingest = %d %s", w.Code, w.Body)
	}
	// A multipart upload.
	body, ctype := multipartBody(t, map[string]string{"name": "upload.txt"}, "file", "upload.txt", "TITLE: Uploaded\nPUBLISHED: 2024-08-01\n\nClashes killed 6 fighters near Timbuktu on Friday, the army said.\n")
	w = do(h, "POST", "/api/v1/ingest", body, "Content-Type", ctype)
	mustJSON(t, w.Body.Bytes(), &res)
	if w.Code != 201 || res.Document.Path != "upload.txt" {
		t.Errorf("upload = %d %s", w.Code, w.Body)
	}
	// A URL, through the Fetcher.
	w = do(h, "POST", "/api/v1/ingest", `{"url":"https://news.example/story"}`, "Content-Type", "application/json")
	mustJSON(t, w.Body.Bytes(), &res)
	if w.Code != 201 || res.Document.URL == nil || *res.Document.URL != "https://news.example/story" {
		t.Errorf("url ingest = %d %s", w.Code, w.Body)
	}
	if _, n, _ := s.FindDocuments(t.Context(), tally.DocumentFilter{}); n != 7 {
		t.Errorf("store holds %d documents, want 7", n)
	}
	for _, tc := range []struct {
		body, ctype string
		status      int
		code        string
	}{
		{`{"text":"a","url":"https://x.example/"}`, "application/json", 400, "invalid"},
		{`{}`, "application/json", 400, "invalid"},
		{`{"text": 3}`, "application/json", 400, "invalid"},
		{`{"txt":"typo"}`, "application/json", 400, "invalid"},
		{`{"url":"file:///etc/passwd"}`, "application/json", 400, "invalid"},
		{`{"url":"https://news.example/missing"}`, "application/json", 400, "invalid"},
		{`text`, "text/plain", 415, "unsupported"},
		{"%PDF-1.4\n%binary", "", 415, "unsupported"},
	} {
		var w *httptest.ResponseRecorder
		if tc.ctype == "" {
			b, ct := multipartBody(t, nil, "file", "a.pdf", tc.body)
			w = do(h, "POST", "/api/v1/ingest", b, "Content-Type", ct)
		} else {
			w = do(h, "POST", "/api/v1/ingest", tc.body, "Content-Type", tc.ctype)
		}
		t.Run(tc.body, func(t *testing.T) { wantAPIError(t, w, tc.status, tc.code) })
	}
}

func TestAPIIngestWithoutFetcher(t *testing.T) {
	h, _ := exampleServer(t, func(c *Config) { c.AllowIngest = true })
	w := do(h, "POST", "/api/v1/ingest", `{"url":"https://news.example/story"}`, "Content-Type", "application/json")
	wantAPIError(t, w, 415, "unsupported")
}

func TestBearerToken(t *testing.T) {
	h, _ := exampleServer(t, func(c *Config) { c.Token = "s3cret-token" })
	body := `{"text":` + jsonString(moptiFollowUp) + `}`
	w := do(h, "POST", "/api/v1/ingest", body, "Content-Type", "application/json")
	wantAPIError(t, w, 401, "unauthorized")
	if !strings.HasPrefix(w.Result().Header.Get("WWW-Authenticate"), "Bearer") {
		t.Error("401 without WWW-Authenticate: Bearer")
	}
	for _, auth := range []string{"Bearer wrong", "Bearer s3cret-toke", "Basic czNjcmV0LXRva2Vu", "s3cret-token"} {
		w = do(h, "POST", "/api/v1/ingest", body, "Content-Type", "application/json", "Authorization", auth)
		wantAPIError(t, w, 401, "unauthorized")
	}
	w = do(h, "POST", "/api/v1/ingest", body, "Content-Type", "application/json", "Authorization", "Bearer s3cret-token")
	if w.Code != 201 {
		t.Fatalf("with the token = %d %s", w.Code, w.Body)
	}
	// The browser form sends the token as a field.
	form := "token=wrong&text=" + strings.ReplaceAll(moptiFollowUp, "\n", "%0A")
	if w := do(h, "POST", "/ingest", form, "Content-Type", "application/x-www-form-urlencoded"); w.Code != 401 {
		t.Errorf("form with a wrong token = %d", w.Code)
	}
	form = "token=s3cret-token&text=" + strings.ReplaceAll(strings.ReplaceAll(moptiFollowUp, "4 people", "5 people"), "\n", "%0A")
	if w := do(h, "POST", "/ingest", form, "Content-Type", "application/x-www-form-urlencoded", "HX-Request", "true"); w.Code != 201 || !strings.Contains(w.Body.String(), "Added") {
		t.Errorf("form with the token = %d\n%s", w.Code, w.Body)
	}
	if w := do(h, "GET", "/ingest", ""); !strings.Contains(w.Body.String(), `id="ingest-token"`) {
		t.Error("ingest page has no token field")
	}
}

func TestUploadLimit(t *testing.T) {
	h, _ := exampleServer(t, func(c *Config) { c.AllowIngest = true; c.MaxUpload = 1000 })
	big := strings.Repeat("Gunmen killed 3 people in Mopti. ", 100) // 3,300 bytes
	w := do(h, "POST", "/api/v1/ingest", `{"text":`+jsonString(big)+`}`, "Content-Type", "application/json")
	wantAPIError(t, w, 413, "too_large")
	b, ct := multipartBody(t, nil, "file", "big.txt", big)
	wantAPIError(t, do(h, "POST", "/api/v1/ingest", b, "Content-Type", ct), 413, "too_large")
	huge := strings.Repeat("x", 200<<10) // past the body limit itself
	wantAPIError(t, do(h, "POST", "/api/v1/ingest", `{"text":"`+huge+`"}`, "Content-Type", "application/json"), 413, "too_large")
	if w := do(h, "POST", "/ingest", "text="+big, "Content-Type", "application/x-www-form-urlencoded", "HX-Request", "true"); w.Code != 413 || !strings.Contains(w.Body.String(), "limit") {
		t.Errorf("browser upload over the limit = %d\n%s", w.Code, w.Body)
	}
}

func TestCrossOriginWritesRefused(t *testing.T) {
	h, _ := exampleServer(t, func(c *Config) { c.AllowIngest = true })
	form := "text=" + strings.ReplaceAll(moptiFollowUp, "\n", "%0A")
	for _, hdr := range [][]string{
		{"Sec-Fetch-Site", "cross-site"},
		{"Sec-Fetch-Site", "same-site"},
		{"Origin", "http://evil.example"},
	} {
		w := do(h, "POST", "/ingest", form, "Content-Type", "application/x-www-form-urlencoded", hdr[0], hdr[1])
		if w.Code != 403 {
			t.Errorf("POST /ingest with %s: %s = %d, want 403", hdr[0], hdr[1], w.Code)
		}
		w = do(h, "POST", "/api/v1/ingest", `{"text":"x"}`, "Content-Type", "application/json", hdr[0], hdr[1])
		wantAPIError(t, w, 403, "forbidden")
	}
	// The same origin is fine.
	w := do(h, "POST", "/ingest", form, "Content-Type", "application/x-www-form-urlencoded", "Sec-Fetch-Site", "same-origin", "Origin", "http://example.com")
	if w.Code != 201 {
		t.Errorf("same-origin POST /ingest = %d\n%s", w.Code, w.Body)
	}
}

func TestHostCheck(t *testing.T) {
	h, _ := exampleServer(t, func(c *Config) { c.Hosts = []string{"localhost", "127.0.0.1", "::1"} })
	for host, want := range map[string]int{"127.0.0.1:8080": 200, "localhost:8080": 200, "[::1]:8080": 200, "evil.example:8080": 403, "evil.example": 403} {
		req, _ := http.NewRequest("GET", "http://"+host+"/", nil)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		if w.Code != want {
			t.Errorf("Host %s = %d, want %d", host, w.Code, want)
		}
	}
}

func TestOpenAPIDescribesEveryRoute(t *testing.T) {
	h, _ := exampleServer(t)
	w := do(h, "GET", "/api/v1/openapi.json", "")
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Servers []struct{ URL string }                `json:"servers"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	mustJSON(t, w.Body.Bytes(), &doc)
	if w.Code != 200 || !strings.HasPrefix(doc.OpenAPI, "3.") || len(doc.Servers) != 1 || doc.Servers[0].URL != "/api/v1" {
		t.Fatalf("openapi.json: %d %q %+v", w.Code, doc.OpenAPI, doc.Servers)
	}
	described := map[string]bool{}
	for path, ops := range doc.Paths {
		for method := range ops {
			described[strings.ToUpper(method)+" /api/v1"+path] = true
		}
	}
	served := map[string]bool{}
	for _, rt := range (&server{}).routes() {
		if strings.HasPrefix(rt.Pattern, "/api/") {
			served[rt.Method+" "+rt.Pattern] = true
			if !described[rt.Method+" "+rt.Pattern] {
				t.Errorf("%s %s is not described", rt.Method, rt.Pattern)
			}
		}
	}
	for op := range described {
		if !served[op] {
			t.Errorf("%s is described but not served", op)
		}
	}
	// Every $ref resolves.
	var raw map[string]any
	mustJSON(t, w.Body.Bytes(), &raw)
	for _, ref := range regexp.MustCompile(`"\$ref":\s*"#/([^"]+)"`).FindAllStringSubmatch(w.Body.String(), -1) {
		var node any = raw
		for _, part := range strings.Split(ref[1], "/") {
			m, ok := node.(map[string]any)
			if !ok || m[part] == nil {
				t.Errorf("$ref #/%s does not resolve", ref[1])
				break
			}
			node = m[part]
		}
	}
}

func TestStaticAssets(t *testing.T) {
	h, _ := exampleServer(t)
	for _, name := range []string{"app.js", "app.css", "vendor/htmx.min.js", "vendor/leaflet.js", "vendor/leaflet.css", "vendor/uPlot.iife.min.js", "vendor/topojson-client.min.js", "vendor/countries-50m.json"} {
		w := do(h, "GET", "/static/"+name, "")
		if w.Code != 200 || w.Body.Len() == 0 {
			t.Errorf("%s = %d", name, w.Code)
			continue
		}
		if w.Result().Header.Get("Cache-Control") != "no-cache" {
			t.Errorf("%s without its hash is cached: %q", name, w.Result().Header.Get("Cache-Control"))
		}
		etag := w.Result().Header.Get("ETag")
		if w2 := do(h, "GET", "/static/"+name, "", "If-None-Match", etag); w2.Code != 304 {
			t.Errorf("%s revalidation = %d", name, w2.Code)
		}
		url := assetURL(name)
		if w3 := do(h, "GET", url, "", "Accept-Encoding", "gzip"); !strings.Contains(w3.Result().Header.Get("Cache-Control"), "immutable") ||
			w3.Result().Header.Get("Content-Encoding") != "gzip" {
			t.Errorf("%s: %q, %q", url, w3.Result().Header.Get("Cache-Control"), w3.Result().Header.Get("Content-Encoding"))
		}
	}
	if w := do(h, "GET", "/static/nope.js", ""); w.Code != 404 {
		t.Errorf("missing asset = %d", w.Code)
	}
	var vendor bytes.Buffer
	for _, f := range []string{"VERSIONS"} {
		b, err := assets.ReadFile("static/vendor/" + f)
		if err != nil {
			t.Fatal(err)
		}
		vendor.Write(b)
	}
	for _, want := range []string{"htmx.org 2.0.", "uplot 1.6.", "leaflet 1.9.4", "topojson-client 3.", "world-atlas 2."} {
		if !strings.Contains(vendor.String(), want) {
			t.Errorf("vendored VERSIONS lacks %q", want)
		}
	}
}

// TestReportTextIsEscaped checks, on the server's output, that markup in a
// report stays text on every page. The browser test checks it runs nothing.
func TestReportTextIsEscaped(t *testing.T) {
	h, s := exampleServer(t, func(c *Config) { c.AllowIngest = true })
	w := do(h, "POST", "/ingest", "text="+urlEncode(xssReport), "Content-Type", "application/x-www-form-urlencoded", "HX-Request", "true")
	if w.Code != 201 {
		t.Fatalf("ingest = %d\n%s", w.Code, w.Body)
	}
	pages := []string{"/", "/documents", "/search?q=alert", "/search?q=onerror"}
	assertInert := func(page, body string) {
		t.Helper()
		for _, bad := range []string{"<script>alert", "<img src=x", "<svg onload", "<b onmouseover", `href="javascript:`, "onerror=alert(2)>"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s: %q appears unescaped", page, bad)
			}
		}
	}
	assertInert("ingest result", w.Body.String())
	if !strings.Contains(w.Body.String(), "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("ingest result does not show the title as text:\n%s", w.Body)
	}
	docs, _, _ := s.FindDocuments(t.Context(), tally.DocumentFilter{Query: "onerror"})
	if len(docs) != 1 {
		t.Fatalf("found %d XSS reports", len(docs))
	}
	pages = append(pages, "/documents/"+docs[0].ID, "/api/v1/documents/"+docs[0].ID)
	incs, _, _ := s.FindIncidents(t.Context(), tally.IncidentFilter{})
	for _, inc := range incs {
		for _, d := range inc.Documents {
			if d == docs[0].ID {
				pages = append(pages, "/incidents/"+inc.ID)
			}
		}
	}
	if len(pages) < 7 {
		t.Errorf("the XSS report joined no incident; pages %v", pages)
	}
	for _, p := range pages {
		w := do(h, "GET", p, "")
		if w.Code != 200 {
			t.Errorf("%s = %d", p, w.Code)
		}
		assertInert(p, w.Body.String())
	}
	doc := do(h, "GET", "/documents/"+docs[0].ID, "").Body.String()
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;", "&lt;b onmouseover=alert(3)&gt;Evil Outlet&lt;/b&gt;"} {
		if !strings.Contains(doc, want) {
			t.Errorf("evidence view does not show %q", want)
		}
	}
}

// ---- unit tests of the view builders ----

func TestEvidenceSegments(t *testing.T) {
	text := "Title\nGunmen killed 12 people, police said. Later 15 died.\nShare this"
	doc := &tally.Document{Text: text, Lines: []tally.Line{
		{Span: tally.Span{Start: 0, End: 5}, Kind: tally.LineTitle},
		{Span: tally.Span{Start: 6, End: 58}, Kind: tally.LineBody},
		{Span: tally.Span{Start: 59, End: 69}, Kind: tally.LineBoilerplate},
	}}
	at := func(sub string) tally.Span {
		i := strings.Index(text, sub)
		return tally.Span{Start: i, End: i + len(sub)}
	}
	s1, s2 := at("Gunmen killed 12 people, police said."), at("Later 15 died.")
	if s1.Of(text) != "Gunmen killed 12 people, police said." || s2.Of(text) != "Later 15 died." {
		t.Fatalf("fixture spans: %q %q", s1.Of(text), s2.Of(text))
	}
	ms := []tally.Mention{{Claims: []tally.Claim{
		{ID: "a", Field: tally.FieldKilled, Low: tally.Int(12), High: tally.Int(12), Span: at("12"), Sentence: s1},
		{ID: "b", Field: tally.FieldPerpetrator, Value: "gunmen", Span: at("Gunmen"), Sentence: s1},
		{ID: "c", Field: tally.FieldKilled, Low: tally.Int(15), High: tally.Int(15), Span: at("15"), Sentence: s2, Subset: true},
		{ID: "bad", Field: tally.FieldKilled, Sentence: tally.Span{Start: 60, End: 999}},
	}}}
	lines := evidenceOf(doc, ms)
	if len(lines) != 3 || lines[2].Kind != "boilerplate" {
		t.Fatalf("lines: %+v", lines)
	}
	var got []string
	for _, seg := range lines[1].Segs {
		var b strings.Builder
		for _, p := range seg.Pieces {
			if p.Figure {
				b.WriteString("[" + p.Text + "]")
			} else {
				b.WriteString(p.Text)
			}
		}
		if seg.Mark != nil {
			got = append(got, fmt.Sprintf("mark(%s+%v,%s,%d):%s", seg.Mark.ID, seg.Mark.Anchors, seg.Mark.Class, len(seg.Mark.Notes), b.String()))
		} else {
			got = append(got, "text:"+b.String())
		}
	}
	want := []string{
		"mark(claim-a+[claim-b],plain,2):[Gunmen] killed [12] people, police said.",
		"text: ",
		"mark(claim-c+[],subset,1):Later [15] died.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("segments\n got %q\nwant %q", got, want)
	}
}

func TestEvidenceSpansInsideRunes(t *testing.T) {
	text := "Tués: 12 à Mopti — selon la police."
	doc := &tally.Document{Text: text}
	// A sentence span that starts and ends inside multi-byte runes.
	ms := []tally.Mention{{Claims: []tally.Claim{{ID: "x", Field: tally.FieldKilled, Sentence: tally.Span{Start: 2, End: 14}, Span: tally.Span{Start: 7, End: 9}}}}}
	var b strings.Builder
	for _, l := range evidenceOf(doc, ms) {
		for _, s := range l.Segs {
			for _, p := range s.Pieces {
				b.WriteString(p.Text)
			}
		}
	}
	if b.String() != text {
		t.Errorf("text changed: %q", b.String())
	}
}

func TestSnippetParts(t *testing.T) {
	s := "… killed 52 in Camp Ashraf …"
	i := strings.Index(s, "Camp")
	parts := snippetParts(s, []tally.Span{{Start: i, End: i + 4}, {Start: 1, End: 2}, {Start: i + 1, End: i + 3}, {Start: 5, End: 500}})
	var b strings.Builder
	for _, p := range parts {
		if p.Hit {
			b.WriteString("<" + p.Text + ">")
		} else {
			b.WriteString(p.Text)
		}
	}
	if b.String() != "… killed 52 in <Camp> Ashraf …" {
		t.Errorf("parts = %q", b.String())
	}
}

func TestTimeline(t *testing.T) {
	incs := []*tally.Incident{
		{ID: "a", Date: tally.MustParseDate("2013-09-01"), Figures: []tally.Figure{{Field: tally.FieldKilled, Best: tally.Int(52)}}},
		{ID: "b", Date: tally.MustParseDate("2013-07"), Figures: []tally.Figure{{Field: tally.FieldKilled, Best: tally.Int(3)}}},
		{ID: "c", Date: tally.MustParseDate("2013-09-20")},
		{ID: "d", Date: tally.MustParseDate("2012")},
	}
	tl := timelineOf(incs)
	if len(tl.X) != 3 || fmt.Sprint(tl.Incidents) != "[1 0 2]" || fmt.Sprint(tl.Killed) != "[3 0 52]" || tl.Undated != 1 {
		t.Errorf("timeline = %+v", tl)
	}
}

func TestSortIncidents(t *testing.T) {
	mk := func(id, date string, killed int) *tally.Incident {
		return &tally.Incident{ID: id, Date: tally.MustParseDate(date), Figures: []tally.Figure{{Field: tally.FieldKilled, Best: tally.Int(killed)}}}
	}
	incs := []*tally.Incident{mk("a", "2013-09-01", 52), mk("b", "2011-04-08", 36), mk("c", "2014-01-01", 3)}
	order := func() string {
		var s string
		for _, i := range incs {
			s += i.ID
		}
		return s
	}
	for _, tc := range []struct{ key, dir, want string }{
		{"date", "desc", "cab"}, {"date", "asc", "bac"}, {"killed", "desc", "abc"}, {"killed", "asc", "cba"},
	} {
		sortIncidents(incs, tc.key, tc.dir)
		if order() != tc.want {
			t.Errorf("%s %s = %s, want %s", tc.key, tc.dir, order(), tc.want)
		}
	}
}

func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func urlEncode(s string) string { return url.QueryEscape(s) }

// multipartBody builds a multipart form with fields and one file.
func multipartBody(t *testing.T, fields map[string]string, field, filename, content string) (string, string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	fw, err := mw.CreateFormFile(field, filename)
	if err != nil {
		t.Fatal(err)
	}
	io.WriteString(fw, content)
	mw.Close()
	return b.String(), mw.FormDataContentType()
}
