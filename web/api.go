package web

import (
	"net/http"
	"strings"

	"tally"
	"tally/export"
)

// The JSON API speaks in the export's shapes (package export), so a program
// that reads `tally export --format json` reads the API too. Lists are
// wrapped in an object with their total, so they can grow fields.

const (
	apiDefaultLimit = 100
	apiMaxLimit     = 1000
)

// incidentList is the body of GET /api/v1/incidents.
type incidentList struct {
	Incidents []export.Incident `json:"incidents"`
	Total     int               `json:"total"`
	Offset    int               `json:"offset"`
	Limit     int               `json:"limit"`
}

func (s *server) apiIncidents(w http.ResponseWriter, r *http.Request) {
	f, err := incidentFilter(r.URL.Query())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if f.Limit == 0 {
		f.Limit = apiDefaultLimit
	}
	incs, total, err := s.store.FindIncidents(r.Context(), f)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := incidentList{Incidents: []export.Incident{}, Total: total, Offset: f.Offset, Limit: f.Limit}
	for _, inc := range incs {
		// Lists leave out the quotes: a client wanting sentences asks for
		// the one incident, which carries them.
		out.Incidents = append(out.Incidents, export.IncidentOf(inc, nil))
	}
	writeJSON(w, http.StatusOK, out)
}

// texts loads the text of each document, for quoting claims.
func (s *server) texts(r *http.Request, ids []string) (map[string]string, error) {
	out := map[string]string{}
	for _, id := range ids {
		if _, ok := out[id]; ok {
			continue
		}
		d, err := s.store.FindDocumentByID(r.Context(), id)
		if err != nil {
			if tally.ErrorCode(err) == tally.ENOTFOUND {
				continue // a claim without its quote beats a failed request
			}
			return nil, err
		}
		out[id] = d.Text
	}
	return out, nil
}

func (s *server) apiIncident(w http.ResponseWriter, r *http.Request) {
	inc, err := s.store.FindIncidentByID(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	texts, err := s.texts(r, inc.Documents)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, export.IncidentOf(inc, texts))
}

// claimList is the body of the claims endpoints: tolls and accounts, with
// vague words and counts of part of the victims apart, as in the export.
type claimList struct {
	Claims       []export.Claim `json:"claims"`
	VagueClaims  []export.Claim `json:"vague_claims"`
	SubsetClaims []export.Claim `json:"subset_claims"`
}

func claimListOf(claims []tally.Claim, texts map[string]string) claimList {
	out := claimList{Claims: []export.Claim{}, VagueClaims: []export.Claim{}, SubsetClaims: []export.Claim{}}
	for _, c := range claims {
		ec := export.ClaimOf(c, texts[c.Document])
		switch {
		case c.Subset:
			out.SubsetClaims = append(out.SubsetClaims, ec)
		case c.Vague:
			out.VagueClaims = append(out.VagueClaims, ec)
		default:
			out.Claims = append(out.Claims, ec)
		}
	}
	return out
}

func (s *server) apiIncidentClaims(w http.ResponseWriter, r *http.Request) {
	inc, err := s.store.FindIncidentByID(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	texts, err := s.texts(r, inc.Documents)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, claimListOf(inc.Claims, texts))
}

// documentList is the body of GET /api/v1/documents.
type documentList struct {
	Documents []export.Document `json:"documents"`
	Total     int               `json:"total"`
	Offset    int               `json:"offset"`
	Limit     int               `json:"limit"`
}

func (s *server) apiDocuments(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, err := intParam(q, "limit", apiDefaultLimit, apiMaxLimit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if limit == 0 {
		limit = apiDefaultLimit
	}
	offset, err := intParam(q, "offset", 0, 1<<30)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	docs, total, err := s.store.FindDocuments(r.Context(), tally.DocumentFilter{Query: strings.TrimSpace(q.Get("q")), Offset: offset, Limit: limit})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := documentList{Documents: []export.Document{}, Total: total, Offset: offset, Limit: limit}
	for _, d := range docs {
		out.Documents = append(out.Documents, export.DocumentOf(d))
	}
	writeJSON(w, http.StatusOK, out)
}

// documentBody is one document with its cleaned text and classified lines;
// every span in the API is a byte range into Text.
type documentBody struct {
	export.Document
	Text  string       `json:"text"`
	Lines []tally.Line `json:"lines"`
}

func (s *server) apiDocument(w http.ResponseWriter, r *http.Request) {
	d, err := s.store.FindDocumentByID(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	body := documentBody{Document: export.DocumentOf(d), Text: d.Text, Lines: d.Lines}
	if body.Lines == nil {
		body.Lines = []tally.Line{}
	}
	writeJSON(w, http.StatusOK, body)
}

func (s *server) apiDocumentClaims(w http.ResponseWriter, r *http.Request) {
	d, err := s.store.FindDocumentByID(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, r, err)
		return
	}
	ms, err := s.store.FindMentions(r.Context(), tally.MentionFilter{Document: d.ID})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var claims []tally.Claim
	for _, m := range ms {
		claims = append(claims, m.Claims...)
	}
	writeJSON(w, http.StatusOK, claimListOf(claims, map[string]string{d.ID: d.Text}))
}

// searchHit is one search result: the document in the export's shape, a
// snippet of plain text, and the byte ranges within it that matched.
type searchHit struct {
	Document   export.Document `json:"document"`
	Snippet    string          `json:"snippet"`
	Highlights []tally.Span    `json:"highlights"`
	Rank       float64         `json:"rank"`
}

type searchBody struct {
	Query string      `json:"query"`
	Hits  []searchHit `json:"hits"`
}

func (s *server) apiSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		s.fail(w, r, tally.Errorf(tally.EINVALID, "Give the words to search for as ?q=."))
		return
	}
	limit, err := intParam(r.URL.Query(), "limit", 20, 200)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	hits, err := s.store.Search(r.Context(), q, limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := searchBody{Query: q, Hits: []searchHit{}}
	for _, h := range hits {
		hl := h.Highlights
		if hl == nil {
			hl = []tally.Span{}
		}
		out.Hits = append(out.Hits, searchHit{Document: export.DocumentOf(h.Document), Snippet: h.Snippet, Highlights: hl, Rank: h.Rank})
	}
	writeJSON(w, http.StatusOK, out)
}

// ingestBody is the answer to POST /api/v1/ingest.
type ingestBody struct {
	Added     bool            `json:"added"`
	Document  export.Document `json:"document"`
	Incidents []string        `json:"incidents"`
}

func (s *server) apiIngest(w http.ResponseWriter, r *http.Request) {
	// Authorize before reading the body: an unauthorized client must not
	// be able to make the server buffer megabytes.
	if err := s.authorizeWrite(r, ""); err != nil {
		s.fail(w, r, err)
		return
	}
	req, err := s.readIngest(w, r, true)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	res, err := s.ingest(r.Context(), req)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := ingestBody{Added: res.Added, Document: export.DocumentOf(res.Doc), Incidents: []string{}}
	for _, inc := range res.Incidents {
		out.Incidents = append(out.Incidents, inc.ID)
	}
	status := http.StatusOK
	if res.Added {
		status = http.StatusCreated
		w.Header().Set("Location", "/api/v1/documents/"+res.Doc.ID)
	}
	writeJSON(w, status, out)
}

func (s *server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	b, err := assets.ReadFile("openapi.json")
	if err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write(b)
}
