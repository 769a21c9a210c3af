package postgres_test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"tally"
	"tally/postgres"
	"tally/storetest"
)

// serverEnv names the variable holding the URL of a PostgreSQL server the
// tests may create and drop databases on. .ci/run starts a throwaway server
// and sets it; ../shared/docs/deps.md has the script.
const serverEnv = "TALLY_TEST_POSTGRES"

// freshDatabase creates an empty database on the test server, named
// uniquely so parallel test runs never meet, and drops it when the test
// ends. It returns the database's connection string.
func freshDatabase(tb testing.TB) string {
	tb.Helper()
	server := testServer(tb)
	b := make([]byte, 8)
	rand.Read(b)
	name := "tally_test_" + hex.EncodeToString(b)
	ctx := context.Background()
	admin, err := pgx.Connect(ctx, server)
	if err != nil {
		tb.Fatalf("connecting to %s: %v", serverEnv, err)
	}
	defer admin.Close(ctx)
	if _, err := admin.Exec(ctx, "CREATE DATABASE "+name); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		admin, err := pgx.Connect(ctx, server)
		if err != nil {
			tb.Errorf("dropping %s: %v", name, err)
			return
		}
		defer admin.Close(ctx)
		// FORCE ends connections a failed test left open.
		if _, err := admin.Exec(ctx, "DROP DATABASE IF EXISTS "+name+" WITH (FORCE)"); err != nil {
			tb.Errorf("dropping %s: %v", name, err)
		}
	})
	return withDatabase(tb, server, name)
}

// testServer returns the test server's URL, or skips the test when there
// is none, so go test passes on a machine without PostgreSQL.
func testServer(tb testing.TB) string {
	tb.Helper()
	server := os.Getenv(serverEnv)
	if server == "" {
		tb.Skipf("%s is not set: no PostgreSQL server to test against (.ci/run starts one; see ../shared/docs/deps.md)", serverEnv)
	}
	return server
}

// withDatabase points a connection string, URL or key=value, at database name.
func withDatabase(tb testing.TB, dsn, name string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err != nil {
			tb.Fatalf("%s: %v", serverEnv, err)
		}
		u.Path = "/" + name
		return u.String()
	}
	return dsn + " dbname=" + name
}

// MustOpen opens a store on a fresh database.
func MustOpen(tb testing.TB) *postgres.Store {
	tb.Helper()
	s, err := postgres.Open(context.Background(), freshDatabase(tb))
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	testServer(t) // one skip, not one per subtest
	storetest.Run(t, func(t *testing.T) tally.Store { return MustOpen(t) })
}

func TestOpenMigratesOnce(t *testing.T) {
	dsn := freshDatabase(t)
	ctx := context.Background()
	for i := range 2 {
		s, err := postgres.Open(ctx, dsn)
		if err != nil {
			t.Fatalf("open %d: %v", i+1, err)
		}
		s.Close()
	}
	if n := appliedMigrations(t, dsn); n != 1 {
		t.Errorf("%d migrations recorded; want 1", n)
	}
}

// TestConcurrentOpenMigratesSafely opens several stores on one new database
// at once, as processes started together would: the advisory lock must
// let one migrate while the others wait and then find the schema in place.
func TestConcurrentOpenMigratesSafely(t *testing.T) {
	dsn := freshDatabase(t)
	ctx := context.Background()
	const n = 4
	stores := make([]*postgres.Store, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			stores[i], errs[i] = postgres.Open(ctx, dsn)
		}()
	}
	close(start)
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("store %d: %v", i, err)
		}
		defer stores[i].Close()
	}
	if got := appliedMigrations(t, dsn); got != 1 {
		t.Errorf("%d migrations recorded; want 1", got)
	}
	// Every store works on the one schema: what one adds, another sees.
	d := storetest.Doc(1, "Gunmen attacked a village on Monday.")
	if ok, err := stores[0].AddDocument(ctx, d, nil); err != nil || !ok {
		t.Fatalf("AddDocument = %v, %v", ok, err)
	}
	if ok, err := stores[n-1].AddDocument(ctx, storetest.Doc(1, d.Text), nil); err != nil || ok {
		t.Errorf("AddDocument through another store = %v, %v; want false, nil", ok, err)
	}
}

// TestConcurrentSameDocument adds one report from several writers at once,
// as two ingest processes given the same files would: one must store it,
// the others find it present, and none may fail.
func TestConcurrentSameDocument(t *testing.T) {
	s := MustOpen(t)
	defer s.Close()
	ctx := context.Background()
	const writers = 8
	var wg sync.WaitGroup
	var mu sync.Mutex
	added := 0
	start := make(chan struct{})
	for range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			d := storetest.Doc(1, "Gunmen attacked a village on Monday.")
			d.Signature = []uint32{1, 2, 3, 4, 5, 6, 7, 8}
			ok, err := s.AddDocument(ctx, d, []tally.Mention{{ID: d.ID + ":0", Document: d.ID}})
			if err != nil {
				t.Error(err)
			}
			mu.Lock()
			defer mu.Unlock()
			if ok {
				added++
			}
		}()
	}
	close(start)
	wg.Wait()
	if added != 1 {
		t.Errorf("%d writers stored the document; want 1", added)
	}
	if ms, err := s.FindMentions(ctx, tally.MentionFilter{}); err != nil || len(ms) != 1 {
		t.Errorf("%d mentions, %v; want 1", len(ms), err)
	}
}

func appliedMigrations(t *testing.T, dsn string) int {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var n int
	if err := conn.QueryRow(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestOpenBadServer(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	// Port 1 on loopback: nothing listens there, so the connection is refused.
	if _, err := postgres.Open(ctx, "postgres://nobody:secret@127.0.0.1:1/none?sslmode=disable"); err == nil {
		t.Fatal("Open on a closed port succeeded")
	} else if strings.Contains(err.Error(), "secret") {
		t.Errorf("the error shows the password: %v", err)
	}
	if _, err := postgres.Open(ctx, "postgres://%zz"); tally.ErrorCode(err) != tally.EINVALID {
		t.Errorf("Open(malformed URL) = %v; want an invalid-input error", err)
	}
}

// TestSearch checks what the conformance suite leaves open: stemming, accent
// folding, stop words, ellipses and highlight offsets in a long text.
func TestSearch(t *testing.T) {
	s := MustOpen(t)
	defer s.Close()
	ctx := context.Background()
	long := strings.Repeat("Nothing happened in the morning. ", 20) +
		"Militants shelled Bāqubah market and killed eleven people. " +
		strings.Repeat("The afternoon was quiet. ", 20)
	docs := []*tally.Document{
		storetest.Doc(1, long),
		storetest.Doc(2, "The bodies were found near the river."),
	}
	for _, d := range docs {
		if ok, err := s.AddDocument(ctx, d, nil); err != nil || !ok {
			t.Fatalf("AddDocument = %v, %v", ok, err)
		}
	}
	for _, c := range []struct {
		query, want, mark string
	}{
		{"shelling", "Report 1", "shelled"},
		{"baqubah", "Report 1", "Bāqubah"},
		{"the bodies", "Report 2", "bodies"},
	} {
		hits, err := s.Search(ctx, c.query, 10)
		if err != nil {
			t.Fatalf("Search(%q): %v", c.query, err)
		}
		if len(hits) != 1 || hits[0].Document.Title != c.want {
			t.Errorf("Search(%q) = %d hits; want %s", c.query, len(hits), c.want)
			continue
		}
		h := hits[0]
		found := false
		for _, hl := range h.Highlights {
			if !hl.Valid(len(h.Snippet)) {
				t.Fatalf("Search(%q): highlight %v outside snippet %q", c.query, hl, h.Snippet)
			}
			found = found || h.Snippet[hl.Start:hl.End] == c.mark
		}
		if !found {
			t.Errorf("Search(%q): snippet %q highlights %v; want one on %q", c.query, h.Snippet, h.Highlights, c.mark)
		}
		if strings.ContainsAny(h.Snippet, "\ue000\ue001") {
			t.Errorf("Search(%q): snippet %q keeps a marker", c.query, h.Snippet)
		}
	}
	hits, _ := s.Search(ctx, "shelled", 10)
	if sn := hits[0].Snippet; !strings.HasPrefix(sn, "…") || !strings.HasSuffix(sn, "…") {
		t.Errorf("snippet from the middle of a text %q; want an ellipsis at both ends", sn)
	}
	hits, _ = s.Search(ctx, "bodies", 10)
	if sn := hits[0].Snippet; strings.Contains(sn, "…") {
		t.Errorf("snippet of a whole short text %q has an ellipsis", sn)
	}
	// Stop words are words like any other, as in SQLite's FTS5.
	if _, total, err := s.FindDocuments(ctx, tally.DocumentFilter{Query: "the"}); err != nil || total != 2 {
		t.Errorf("FindDocuments(the) = %d, %v; want 2", total, err)
	}
	if hits, err := s.Search(ctx, "  ", 10); err != nil || hits != nil {
		t.Errorf("Search(blank) = %v, %v; want nothing", hits, err)
	}
	if hits, err := s.Search(ctx, "!!! ((", 10); err != nil || len(hits) != 0 {
		t.Errorf("Search(punctuation) = %v, %v; want nothing", hits, err)
	}
}

// TestHugeDocument stores a report whose words overflow a tsvector (1 MB):
// it must be stored, and searchable by its beginning.
func TestHugeDocument(t *testing.T) {
	s := MustOpen(t)
	defer s.Close()
	ctx := context.Background()
	var b strings.Builder
	b.WriteString("Opening words about a massacre. ")
	for i := 0; b.Len() < 3<<20; i++ {
		fmt.Fprintf(&b, "w%x ", i*2654435761)
	}
	d := storetest.Doc(1, b.String())
	if ok, err := s.AddDocument(ctx, d, nil); err != nil || !ok {
		t.Fatalf("AddDocument(3 MB of distinct words) = %v, %v", ok, err)
	}
	if hits, err := s.Search(ctx, "massacre", 5); err != nil || len(hits) != 1 {
		t.Errorf("Search(massacre) = %d hits, %v; want 1", len(hits), err)
	}
}

// TestPlaceFilterIsLiteral checks that LIKE's wildcards in a place filter
// match themselves.
func TestPlaceFilterIsLiteral(t *testing.T) {
	s := MustOpen(t)
	defer s.Close()
	ctx := context.Background()
	incs := []*tally.Incident{
		{ID: "aaaa0001", Date: tally.Day(2013, 9, 1), Place: &tally.PlaceRef{Place: tally.Place{Name: "Camp_Ashraf 100%", Country: "IQ"}}},
		{ID: "aaaa0002", Date: tally.Day(2013, 9, 2), Place: &tally.PlaceRef{Place: tally.Place{Name: "CampXAshraf 1000", Country: "IQ"}}},
		{ID: "aaaa0003"}, // undated, placeless: sorts last, matches no filter on either
	}
	if err := s.ReplaceIncidents(ctx, incs); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		f    tally.IncidentFilter
		want string
	}{
		{tally.IncidentFilter{Place: "p_a"}, "[aaaa0001]"},
		{tally.IncidentFilter{Place: "0%"}, "[aaaa0001]"},
		{tally.IncidentFilter{Place: "CAMP"}, "[aaaa0002 aaaa0001]"},
		{tally.IncidentFilter{}, "[aaaa0002 aaaa0001 aaaa0003]"},
		{tally.IncidentFilter{Until: tally.Date{Year: 2014}}, "[aaaa0002 aaaa0001]"},
		{tally.IncidentFilter{Offset: -1, Limit: 0}, "[aaaa0002 aaaa0001 aaaa0003]"},
		{tally.IncidentFilter{Offset: 2}, "[aaaa0003]"},
	} {
		got, total, err := s.FindIncidents(ctx, c.f)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, g := range got {
			ids = append(ids, g.ID)
		}
		if fmt.Sprint(ids) != c.want {
			t.Errorf("%+v: %v (total %d); want %s", c.f, ids, total, c.want)
		}
	}
}
