package web

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path/filepath"
	"strconv"
	"strings"

	"tally"
)

// ingestRequest is one report to ingest, from a form or the API: exactly
// one of Text, URL and Data (an uploaded file) is set.
type ingestRequest struct {
	Name        string
	Text        string
	URL         string
	Data        []byte
	ContentType string
	Token       string // from the browser form; the API uses the Authorization header
	hasFile     bool
}

// ingestResult is what an ingest did.
type ingestResult struct {
	Doc       *tally.Document
	Added     bool
	Incidents []*tally.Incident
}

// multipartSlack is room for a multipart body's boundaries and headers on
// top of the report itself.
const multipartSlack = 64 << 10

// readIngest reads an ingest request body within the upload limit: JSON
// ({"text"|"url", "name"}) for the API, or a urlencoded or multipart form.
func (s *server) readIngest(w http.ResponseWriter, r *http.Request, allowJSON bool) (ingestRequest, error) {
	var req ingestRequest
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.MaxUpload+multipartSlack)
	ctype, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	switch {
	case ctype == "application/json" && allowJSON:
		var body struct {
			Text *string `json:"text"`
			URL  *string `json:"url"`
			Name string  `json:"name"`
		}
		dec := json.NewDecoder(r.Body)
		dec.DisallowUnknownFields()
		if err := dec.Decode(&body); err != nil {
			return req, bodyError(err, "the body is not valid JSON of the form {\"text\": ...} or {\"url\": ...}")
		}
		if body.Text != nil {
			req.Text = *body.Text
		}
		if body.URL != nil {
			req.URL = *body.URL
		}
		req.Name = body.Name
	case ctype == "multipart/form-data":
		if err := r.ParseMultipartForm(1 << 20); err != nil {
			return req, bodyError(err, "the form could not be read")
		}
		req.Name, req.Text, req.URL, req.Token = r.FormValue("name"), r.FormValue("text"), r.FormValue("url"), r.FormValue("token")
		if f, fh, err := r.FormFile("file"); err == nil {
			defer f.Close()
			req.Data, err = io.ReadAll(f)
			if err != nil {
				return req, bodyError(err, "the file could not be read")
			}
			req.hasFile = true
			req.ContentType = fh.Header.Get("Content-Type")
			if req.Name == "" {
				req.Name = filepath.Base(fh.Filename)
			}
		} else if !errors.Is(err, http.ErrMissingFile) {
			return req, bodyError(err, "the file could not be read")
		}
	case ctype == "application/x-www-form-urlencoded":
		if err := r.ParseForm(); err != nil {
			return req, bodyError(err, "the form could not be read")
		}
		req.Name, req.Text, req.URL, req.Token = r.PostFormValue("name"), r.PostFormValue("text"), r.PostFormValue("url"), r.PostFormValue("token")
	default:
		want := "multipart/form-data or application/x-www-form-urlencoded"
		if allowJSON {
			want = "application/json or multipart/form-data"
		}
		return req, tally.Errorf(tally.EUNSUPPORTED, "Content-Type %q is not accepted: send %s", ctype, want)
	}
	req.Name = strings.TrimSpace(req.Name)
	req.URL = strings.TrimSpace(req.URL)
	if strings.TrimSpace(req.Text) == "" {
		req.Text = ""
	}
	n := 0
	for _, set := range []bool{req.Text != "", req.URL != "", req.hasFile} {
		if set {
			n++
		}
	}
	switch {
	case n == 0:
		return req, tally.Errorf(tally.EINVALID, "Nothing to ingest: give the report's text, a URL, or a file.")
	case n > 1:
		return req, tally.Errorf(tally.EINVALID, "Give only one of text, url and file.")
	}
	if int64(len(req.Text)) > s.cfg.MaxUpload || int64(len(req.Data)) > s.cfg.MaxUpload {
		return req, tally.Errorf(tally.ETOOLARGE, "The report is larger than the %d-byte limit.", s.cfg.MaxUpload)
	}
	return req, nil
}

// bodyError words a failure to read a request body, telling an oversized
// body apart.
func bodyError(err error, msg string) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) {
		return tally.Errorf(tally.ETOOLARGE, "The request is larger than the %d-byte limit.", mbe.Limit-multipartSlack)
	}
	return tally.Errorf(tally.EINVALID, "%s: %v", msg, err)
}

// ingest stores one report and finds the incidents it joined. Ingests run
// one at a time: each re-derives every incident, and two derivations racing
// could leave the older result in the store.
func (s *server) ingest(ctx context.Context, req ingestRequest) (ingestResult, error) {
	var res ingestResult
	data, ctype, pageURL, name := req.Data, req.ContentType, "", req.Name
	if req.URL != "" {
		u, err := url.Parse(req.URL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return res, tally.Errorf(tally.EINVALID, "%q is not an http or https URL.", req.URL)
		}
		if s.cfg.Fetcher == nil {
			return res, tally.Errorf(tally.EUNSUPPORTED, "This server does not fetch URLs: paste the text or upload the file.")
		}
		var final string
		data, final, ctype, err = s.cfg.Fetcher.Fetch(ctx, u.String())
		if err != nil {
			if tally.ErrorCode(err) == tally.EINTERNAL {
				return res, err
			}
			return res, tally.Errorf(tally.ErrorCode(err), "Fetching %s: %s", u.Redacted(), tally.ErrorMessage(err))
		}
		pageURL = final
		if pageURL == "" {
			pageURL = u.String()
		}
		if name == "" {
			name = u.String()
		}
	} else if req.Text != "" {
		data, ctype = []byte(req.Text), "text/plain; charset=utf-8"
		if name == "" {
			name = "pasted text"
		}
	} else if name == "" {
		name = "uploaded file"
	}
	s.ingestM.Lock()
	defer s.ingestM.Unlock()
	doc, added, err := s.cfg.Ingester.IngestBytes(ctx, name, data, ctype, pageURL)
	if err != nil {
		return res, err
	}
	res.Doc, res.Added = doc, added
	incs, _, err := s.store.FindIncidents(ctx, tally.IncidentFilter{})
	if err != nil {
		return res, err
	}
	for _, inc := range incs {
		for _, id := range inc.Documents {
			if id == doc.ID {
				res.Incidents = append(res.Incidents, inc)
				break
			}
		}
	}
	return res, nil
}

// ---- the browser's ingest page ----

type ingestView struct {
	layout
	Enabled   bool
	NeedToken bool
	CanFetch  bool
	MaxUpload string
	Result    *resultView
}

// resultView is the message under the ingest forms.
type resultView struct {
	Err       string
	Added     bool
	Report    reportView
	Incidents []incidentLink
}

func (s *server) ingestView() ingestView {
	return ingestView{
		layout:  layout{Title: "Add reports", Nav: "ingest"},
		Enabled: s.writesEnabled(), NeedToken: s.cfg.Token != "", CanFetch: s.cfg.Fetcher != nil,
		MaxUpload: humanBytes(s.cfg.MaxUpload),
	}
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + " MB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + " KB"
	}
	return strconv.FormatInt(n, 10) + " bytes"
}

func (s *server) ingestPage(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusOK, "ingest", "layout", s.ingestView())
}

// ingestForm handles the browser's ingest forms. Cross-origin posts were
// refused already (see New); here the write must also be allowed.
func (s *server) ingestForm(w http.ResponseWriter, r *http.Request) {
	v := s.ingestView()
	res, err := func() (ingestResult, error) {
		if !s.writesEnabled() {
			return ingestResult{}, s.authorizeWrite(r, "")
		}
		req, err := s.readIngest(w, r, false)
		if err != nil {
			if tally.ErrorCode(err) == tally.ETOOLARGE || tally.ErrorCode(err) == tally.EUNSUPPORTED {
				return ingestResult{}, err
			}
			// Check the token before saying what else is wrong with the form.
			if aerr := s.authorizeWrite(r, req.Token); aerr != nil {
				return ingestResult{}, aerr
			}
			return ingestResult{}, err
		}
		if err := s.authorizeWrite(r, req.Token); err != nil {
			return ingestResult{}, err
		}
		return s.ingest(r.Context(), req)
	}()
	status := http.StatusOK
	if err != nil {
		status = errorStatus(err)
		if tally.ErrorCode(err) == tally.EINTERNAL {
			s.log.Error("ingest", "err", err)
		}
		v.Result = &resultView{Err: tally.ErrorMessage(err)}
	} else {
		if res.Added {
			status = http.StatusCreated
		}
		v.Result = &resultView{Added: res.Added, Report: reportOf(res.Doc)}
		for _, inc := range res.Incidents {
			v.Result.Incidents = append(v.Result.Incidents, incidentLink{Href: incidentHref(inc.ID), Label: orText(placeText(inc.Place), "unknown place") + ", " + orText(inc.Date.String(), "undated")})
		}
	}
	if r.Header.Get("HX-Request") == "true" {
		s.render(w, r, status, "ingest", "ingest-result", v.Result)
		return
	}
	s.render(w, r, status, "ingest", "layout", v)
}
