package web

import (
	"encoding/json"
	"net/http"
	"strings"

	"tally"
)

// Error codes of the web layer, beside tally's own.
const (
	codeForbidden        = "forbidden"          // writes are switched off, or a cross-origin write
	codeMethodNotAllowed = "method_not_allowed" // the path exists, with other methods
)

// statusOf is the one table mapping error codes to HTTP statuses.
var statusOf = map[string]int{
	tally.EINVALID:       http.StatusBadRequest,
	tally.EUNAUTHORIZED:  http.StatusUnauthorized,
	codeForbidden:        http.StatusForbidden,
	tally.ENOTFOUND:      http.StatusNotFound,
	codeMethodNotAllowed: http.StatusMethodNotAllowed,
	tally.ECONFLICT:      http.StatusConflict,
	tally.ETOOLARGE:      http.StatusRequestEntityTooLarge,
	tally.EUNSUPPORTED:   http.StatusUnsupportedMediaType,
	tally.EINTERNAL:      http.StatusInternalServerError,
}

// errorStatus returns the HTTP status of err.
func errorStatus(err error) int {
	if st, ok := statusOf[tally.ErrorCode(err)]; ok {
		return st
	}
	return http.StatusInternalServerError
}

// errorBody is the JSON form of every API error.
type errorBody struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// isAPI reports whether a request is for the JSON API, whose errors are JSON.
func isAPI(r *http.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

// fail answers a request with err: JSON for the API, an HTML page or an
// htmx fragment for the UI. Internal errors are logged with their details
// and shown to users only as "Internal error.".
func (s *server) fail(w http.ResponseWriter, r *http.Request, err error) {
	code := tally.ErrorCode(err)
	if code == tally.EINTERNAL {
		s.log.Error("internal error", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	status := errorStatus(err)
	if code == tally.EUNAUTHORIZED {
		w.Header().Set("WWW-Authenticate", `Bearer realm="tally"`)
	}
	if isAPI(r) {
		var body errorBody
		body.Error.Code = code
		body.Error.Message = tally.ErrorMessage(err)
		writeJSON(w, status, body)
		return
	}
	s.renderError(w, r, status, tally.ErrorMessage(err))
}

// writeJSON writes v as indented JSON with the status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		// Our own types always marshal; this is a bug, not the client's fault.
		http.Error(w, `{"error":{"code":"internal","message":"Internal error."}}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(append(b, '\n'))
}

// apiFallback answers API paths that match no route: 405 when the path
// exists with other methods, 404 otherwise, both as JSON.
func (s *server) apiFallback(w http.ResponseWriter, r *http.Request) {
	s.notRouted(w, r)
}

// pageFallback answers UI paths that match no route.
func (s *server) pageFallback(w http.ResponseWriter, r *http.Request) {
	s.notRouted(w, r)
}

func (s *server) notRouted(w http.ResponseWriter, r *http.Request) {
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		if m == r.Method || (m == http.MethodGet && r.Method == http.MethodHead) {
			continue
		}
		probe := r.Clone(r.Context())
		probe.Method = m
		if _, pattern := s.mux.Handler(probe); pattern != "/" && pattern != "/api/" && pattern != "" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		s.fail(w, r, tally.Errorf(codeMethodNotAllowed, "%s is not allowed on %s (allowed: %s).", r.Method, r.URL.Path, strings.Join(allow, ", ")))
		return
	}
	s.fail(w, r, tally.Errorf(tally.ENOTFOUND, "No such page: %s", r.URL.Path))
}
