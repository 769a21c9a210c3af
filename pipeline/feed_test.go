package pipeline_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"tally"
	"tally/source"
)

// TestIngestFeed ingests a feed file: one report per entry, dated by the
// feed; a second ingest is a no-op; a web upload of a feed is refused with
// a clear message rather than half-read.
func TestIngestFeed(t *testing.T) {
	s, p := open(t)
	ctx := context.Background()
	path := filepath.Join("..", "feed", "testdata", "rss.xml")
	res, err := p.Ingest(ctx, []source.Entry{{Name: path}})
	if err != nil || res.Added != 2 || res.Failed != 0 {
		t.Fatalf("first ingest: %+v, %v; want two reports", res, err)
	}
	docs, _, _ := s.FindDocuments(ctx, tally.DocumentFilter{})
	for _, d := range docs {
		if d.PublishedBasis != tally.BasisStated || d.Outlet != "Example Valley News" || !strings.HasPrefix(d.URL, "https://valley.example/news/") {
			t.Errorf("document %s: published %s (%s), outlet %q, url %q", d.ID, d.Published, d.PublishedBasis, d.Outlet, d.URL)
		}
	}
	if res, err := p.Ingest(ctx, []source.Entry{{Name: path}}); err != nil || res.Added != 0 || res.Present != 2 {
		t.Errorf("second ingest: %+v, %v; want both already present", res, err)
	}
	raw, _ := os.ReadFile(path)
	if _, _, err := p.IngestBytes(ctx, "upload", raw, "", ""); tally.ErrorCode(err) != tally.EUNSUPPORTED {
		t.Errorf("IngestBytes of a feed: %v; want a clear refusal", err)
	}
}

// TestFollowLinks fetches the article each entry links to, keeps the
// feed's date when the page has none, and falls back to the entry's own
// text, with a note, when the article cannot be fetched.
func TestFollowLinks(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/article", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "Raid on a hill village\n\nArmed men raided a hill village on Monday night, killing seven people and wounding five, a local official said. Residents said the attackers burned several houses before fleeing into the forest.\n")
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	feedXML := `<?xml version="1.0"?><rss version="2.0"><channel><title>Hill Courier</title>
<item><title>Seven killed in raid</title><link>` + srv.URL + `/article</link><pubDate>Tue, 09 May 2023 08:00:00 GMT</pubDate><description>Seven people were killed.</description></item>
<item><title>Bridge reopened</title><link>` + srv.URL + `/missing</link><pubDate>Wed, 10 May 2023 08:00:00 GMT</pubDate><description>The old bridge reopened to traffic on Wednesday.</description></item>
</channel></rss>`
	path := filepath.Join(t.TempDir(), "courier.rss")
	if err := os.WriteFile(path, []byte(feedXML), 0o644); err != nil {
		t.Fatal(err)
	}
	s, p := open(t)
	p.FollowLinks = true
	p.Source.Timeout = 5 * time.Second
	var notes []string
	p.Note = func(name, msg string) { notes = append(notes, name+": "+msg) }
	ctx := context.Background()
	res, err := p.Ingest(ctx, []source.Entry{{Name: path}})
	if err != nil || res.Added != 2 {
		t.Fatalf("ingest: %+v, %v; want two reports", res, err)
	}
	if len(notes) != 1 || !strings.Contains(notes[0], "/missing") || !strings.Contains(notes[0], "feed's text") {
		t.Errorf("notes %q; want one about the missing article", notes)
	}
	docs, _, _ := s.FindDocuments(ctx, tally.DocumentFilter{})
	var article *tally.Document
	for i := range docs {
		if strings.HasSuffix(docs[i].URL, "/article") {
			article = docs[i]
		}
	}
	if article == nil || article.Published.String() != "2023-05-09" || article.Outlet != "Hill Courier" || article.Words < 20 {
		t.Fatalf("article %+v; want the fetched page, dated and named by the feed", article)
	}
	incs, _, _ := s.FindIncidents(ctx, tally.IncidentFilter{})
	found := false
	for _, inc := range incs {
		if f, ok := inc.Figure(tally.FieldKilled); ok && *f.Best == 7 && inc.Date.String() == "2023-05-08" {
			found = true
		}
	}
	if !found {
		t.Errorf("no incident of 7 killed on 2023-05-08 (Monday before the feed's date): %d incidents", len(incs))
	}
}
