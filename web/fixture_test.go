package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"tally"
	"tally/extract"
	"tally/pipeline"
	"tally/reconcile"
	"tally/source"
	"tally/sqlite"
)

// The tests run the real pipeline over a real SQLite store, so what the
// pages show is what a user of tally serve would see.

var (
	extractorOnce sync.Once
	extractor     *extract.Extractor
)

// newPipeline returns a pipeline over a fresh store in t's temporary folder.
func newPipeline(t testing.TB) (*sqlite.Store, *pipeline.Pipeline) {
	t.Helper()
	extractorOnce.Do(func() { extractor = extract.New(nil, nil) })
	s, err := sqlite.Open(filepath.Join(t.TempDir(), "tally.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, &pipeline.Pipeline{Store: s, Extract: extractor.Document, Derive: pipeline.Derive(reconcile.DefaultPolicy)}
}

// mustIngestDir ingests every report under dir.
func mustIngestDir(t testing.TB, p *pipeline.Pipeline, dir string) {
	t.Helper()
	entries, _, errs := source.Expand([]string{dir})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	res, err := p.Ingest(context.Background(), entries)
	if err != nil || res.Failed > 0 {
		t.Fatalf("ingest %s: %+v, %v", dir, res, err)
	}
}

// mustIngestText ingests one report given as text.
func mustIngestText(t testing.TB, p *pipeline.Pipeline, name, text string) *tally.Document {
	t.Helper()
	doc, _, err := p.IngestBytes(context.Background(), name, []byte(text), "text/plain", "")
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// xssReport is a report of our own whose title, outlet and body are
// markup meant to run script if any page failed to escape it.
const xssReport = `TITLE: <script>alert(1)</script>
OUTLET: <b onmouseover=alert(3)>Evil Outlet</b>
PUBLISHED: 2024-05-02

Gunmen killed 7 people in Mopti on Thursday, police said. <img src=x onerror=alert(2)>

At least 3 others were wounded in the attack, a hospital official said. "><svg onload=alert(4)>

Share this: <a href="javascript:alert(5)">click</a>
`

// mustHaveIncident returns the first stored incident whose place contains
// place and whose date starts with date.
func mustHaveIncident(t testing.TB, s tally.Store, place, date string) *tally.Incident {
	t.Helper()
	incs, _, err := s.FindIncidents(context.Background(), tally.IncidentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, inc := range incs {
		if strings.Contains(placeText(inc.Place), place) && strings.HasPrefix(inc.Date.String(), date) {
			return inc
		}
	}
	var have []string
	for _, inc := range incs {
		have = append(have, placeText(inc.Place)+" "+inc.Date.String())
	}
	t.Fatalf("no incident at %q on %q; have %q", place, date, have)
	return nil
}

// get sends a request to h and returns the recorded response.
func do(h http.Handler, method, target string, body string, header ...string) *httptest.ResponseRecorder {
	var req *http.Request
	if body != "" {
		req = httptest.NewRequest(method, target, strings.NewReader(body))
	} else {
		req = httptest.NewRequest(method, target, nil)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

// fakeFetcher serves fixed pages by URL, for URL ingest without a network.
type fakeFetcher map[string]string

func (f fakeFetcher) Fetch(ctx context.Context, url string) ([]byte, string, string, error) {
	body, ok := f[url]
	if !ok {
		return nil, "", "", tally.Errorf(tally.EINVALID, "HTTP 404 Not Found")
	}
	return []byte(body), url, "text/plain; charset=utf-8", nil
}
