// Package web serves tally's incident record to people and programs: HTML
// pages rendered on the server (incidents, one incident with its claims
// matrix, the evidence view of one report, search, and ingest from the
// browser), made interactive with htmx, and a JSON API under /api/v1 whose
// shapes are those of the JSON export.
//
// The package speaks only in domain types. It never opens a database or
// runs extraction itself: cmd/tally wires a tally.Store, an Ingester (the
// pipeline) and a Fetcher (for URLs) into Config.
//
// All report text is untrusted. Pages are rendered with html/template and
// never wrap report text in template.HTML; a strict Content-Security-Policy
// forbids inline scripts and styles, so that an escaping mistake still
// cannot run code. Every asset is embedded, so pages work with no network.
package web

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"tally"
)

// Ingester stores one report given as bytes; it reports whether the report
// was new. pipeline.Pipeline implements it.
type Ingester interface {
	IngestBytes(ctx context.Context, name string, data []byte, contentType, pageURL string) (*tally.Document, bool, error)
}

// Fetcher downloads a report from a URL for ingest. It returns the bytes, the
// URL after redirects and the content type.
type Fetcher interface {
	Fetch(ctx context.Context, url string) (data []byte, finalURL, contentType string, err error)
}

// DefaultMaxUpload is the largest request body accepted for ingest when
// Config.MaxUpload is zero: the CLI's default report size limit.
const DefaultMaxUpload = 16 << 20

// Config is what the server needs. Only Store is required.
type Config struct {
	Store    tally.Store
	Ingester Ingester // nil disables ingest whatever the other settings
	Fetcher  Fetcher  // nil disables ingest from a URL

	// AllowIngest opens the write endpoints (browser ingest and
	// POST /api/v1/ingest) to anyone who can reach the server. Without it,
	// and without Token, they answer 403.
	AllowIngest bool
	// Token, when set, is required on every write, as "Authorization:
	// Bearer TOKEN" or, from the browser's ingest form, as its token field.
	Token string
	// MaxUpload caps a write request's body in bytes; 0 means DefaultMaxUpload.
	MaxUpload int64
	// Hosts, when set, lists the host names (without port) that requests
	// may address. A server on loopback sets it to its loopback names so
	// that a web page cannot reach it through DNS rebinding.
	Hosts []string

	Logger *slog.Logger // nil discards logs
}

// server holds the handlers' shared state.
type server struct {
	cfg     Config
	store   tally.Store
	log     *slog.Logger
	pages   *pageSet
	static  *staticFiles
	mux     *http.ServeMux
	tokenH  [32]byte   // sha256 of the token, for constant-time comparison
	ingestM sync.Mutex // one ingest at a time: each re-derives every incident
}

// New returns the HTTP handler of the web UI and the JSON API.
func New(cfg Config) http.Handler {
	if cfg.MaxUpload <= 0 {
		cfg.MaxUpload = DefaultMaxUpload
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	s := &server{cfg: cfg, store: cfg.Store, log: cfg.Logger, pages: mustParsePages(), static: staticSet()}
	if cfg.Token != "" {
		s.tokenH = sha256.Sum256([]byte(cfg.Token))
	}
	s.mux = http.NewServeMux()
	for _, rt := range s.routes() {
		s.mux.HandleFunc(rt.Method+" "+rt.Pattern, rt.Handler)
	}
	s.mux.Handle("GET /static/", http.StripPrefix("/static/", s.static))
	s.mux.HandleFunc("/api/", s.apiFallback)
	s.mux.HandleFunc("/", s.pageFallback)

	// Cross-origin writes are refused before any handler runs: a page on
	// another site must not make a browser post reports to this server.
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, tally.Errorf(codeForbidden, "Cross-origin request refused: submit the form from this server's own pages."))
	}))
	return s.recoverer(s.logRequests(s.securityHeaders(s.checkHost(cop.Handler(s.mux)))))
}

// route is one endpoint. The list drives both the mux and the test that
// checks the OpenAPI document describes every API route.
type route struct {
	Method, Pattern string
	Handler         http.HandlerFunc
}

func (s *server) routes() []route {
	return []route{
		{"GET", "/{$}", s.incidentsPage},
		{"GET", "/incidents/{id}", s.incidentPage},
		{"GET", "/documents", s.documentsPage},
		{"GET", "/documents/{id}", s.documentPage},
		{"GET", "/search", s.searchPage},
		{"GET", "/ingest", s.ingestPage},
		{"POST", "/ingest", s.ingestForm},

		{"GET", "/api/v1/incidents", s.apiIncidents},
		{"GET", "/api/v1/incidents/{id}", s.apiIncident},
		{"GET", "/api/v1/incidents/{id}/claims", s.apiIncidentClaims},
		{"GET", "/api/v1/documents", s.apiDocuments},
		{"GET", "/api/v1/documents/{id}", s.apiDocument},
		{"GET", "/api/v1/documents/{id}/claims", s.apiDocumentClaims},
		{"GET", "/api/v1/search", s.apiSearch},
		{"POST", "/api/v1/ingest", s.apiIngest},
		{"GET", "/api/v1/openapi.json", s.apiOpenAPI},
	}
}

// contentSecurityPolicy allows only this server's own scripts, styles,
// images and fetches: no inline script or style attribute runs, so report
// text that slipped through escaping would still be inert. Libraries that
// position elements (Leaflet, uPlot) do it through the CSSOM, which the
// policy does not govern.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
	"font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

func (s *server) securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}

// checkHost refuses requests for host names the server does not answer to,
// when Config.Hosts is set.
func (s *server) checkHost(next http.Handler) http.Handler {
	if len(s.cfg.Hosts) == 0 {
		return next
	}
	allowed := map[string]bool{}
	for _, h := range s.cfg.Hosts {
		allowed[strings.ToLower(strings.Trim(h, "[]"))] = true
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		host := r.Host
		if h, _, err := net.SplitHostPort(host); err == nil {
			host = h
		}
		if !allowed[strings.ToLower(strings.Trim(host, "[]"))] {
			s.fail(w, r, tally.Errorf(codeForbidden, "This server does not answer to host %q.", host))
			return
		}
		next.ServeHTTP(w, r)
	})
}

// statusWriter records the status a handler wrote, for the request log.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (s *server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		// The path only: queries may hold what a user searched for.
		s.log.Info("request", "method", r.Method, "path", r.URL.Path, "status", sw.status, "duration", time.Since(start).Round(time.Microsecond))
	})
}

func (s *server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", v)
				s.fail(w, r, tally.Errorf(tally.EINTERNAL, "Internal error."))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// writesEnabled reports whether the server takes writes at all.
func (s *server) writesEnabled() bool {
	return s.cfg.Ingester != nil && (s.cfg.AllowIngest || s.cfg.Token != "")
}

// authorizeWrite checks that a write may go ahead. formToken is the token
// typed into the browser's ingest form, if any.
func (s *server) authorizeWrite(r *http.Request, formToken string) error {
	if s.cfg.Ingester == nil {
		return tally.Errorf(codeForbidden, "Ingest is not available on this server.")
	}
	if !s.writesEnabled() {
		return tally.Errorf(codeForbidden, "Ingest is disabled on this server: start it with tally serve --allow-ingest, or set TALLY_TOKEN and send the token.")
	}
	if s.cfg.Token == "" {
		return nil
	}
	given := formToken
	if auth := r.Header.Get("Authorization"); auth != "" {
		scheme, tok, ok := strings.Cut(auth, " ")
		if !ok || !strings.EqualFold(scheme, "Bearer") {
			return tally.Errorf(tally.EUNAUTHORIZED, "Authorization must be \"Bearer TOKEN\".")
		}
		given = strings.TrimSpace(tok)
	}
	if given == "" {
		return tally.Errorf(tally.EUNAUTHORIZED, "A token is required to ingest: send Authorization: Bearer TOKEN.")
	}
	// Hashing first makes the comparison's time independent of the
	// token's length as well as its content.
	h := sha256.Sum256([]byte(given))
	if subtle.ConstantTimeCompare(h[:], s.tokenH[:]) != 1 {
		return tally.Errorf(tally.EUNAUTHORIZED, "The token is not valid.")
	}
	return nil
}
