// Package storetest is the conformance suite every tally.Store must pass.
// A store package runs it from its own tests:
//
//	func TestConformance(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) tally.Store { return MustOpen(t) })
//	}
package storetest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"tally"
)

// Run runs every conformance test; open must return a new, empty store.
func Run(t *testing.T, open func(t *testing.T) tally.Store) {
	tests := []struct {
		name string
		fn   func(*testing.T, tally.Store)
	}{
		{"AddDocumentIsIdempotent", testAddDocumentIsIdempotent},
		{"DocumentRoundTrip", testDocumentRoundTrip},
		{"FindDocumentByPrefix", testFindDocumentByPrefix},
		{"FindDocuments", testFindDocuments},
		{"UpdatePublished", testUpdatePublished},
		{"Mentions", testMentions},
		{"FailedAddLeavesNothing", testFailedAddLeavesNothing},
		{"NearDuplicates", testNearDuplicates},
		{"Incidents", testIncidents},
		{"ConcurrentWriters", testConcurrentWriters},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tt.fn(t, s)
		})
	}
}

// Doc returns a small document with a fixed ID derived from n.
func Doc(n int, text string) *tally.Document {
	return &tally.Document{
		ID:             fmt.Sprintf("%032x", n+1),
		Source:         fmt.Sprintf("reports/%03d.txt", n),
		Format:         tally.FormatText,
		Title:          fmt.Sprintf("Report %d", n),
		Text:           text,
		Lines:          []tally.Line{{Span: tally.Span{Start: 0, End: len(text)}, Kind: tally.LineBody}},
		Words:          len(text) / 5,
		PublishedBasis: tally.BasisUnknown,
		IngestedAt:     time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC),
	}
}

func mustAdd(t *testing.T, s tally.Store, d *tally.Document, ms ...tally.Mention) {
	t.Helper()
	ok, err := s.AddDocument(context.Background(), d, ms)
	if err != nil {
		t.Fatalf("AddDocument(%s): %v", d.ID, err)
	}
	if !ok {
		t.Fatalf("AddDocument(%s) = false; want a new document", d.ID)
	}
}

func testAddDocumentIsIdempotent(t *testing.T, s tally.Store) {
	ctx := context.Background()
	d := Doc(1, "Gunmen attacked a village on Monday.")
	mustAdd(t, s, d)
	again := Doc(1, "Gunmen attacked a village on Monday.")
	again.Source = "elsewhere/copy.txt"
	ok, err := s.AddDocument(ctx, again, nil)
	if err != nil || ok {
		t.Fatalf("second AddDocument = %v, %v; want false, nil", ok, err)
	}
	got, err := s.FindDocumentByID(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Source != d.Source {
		t.Errorf("source = %q; the first ingest must win, want %q", got.Source, d.Source)
	}
	if has, err := s.HasDocument(ctx, d.ID); err != nil || !has {
		t.Errorf("HasDocument = %v, %v", has, err)
	}
	if has, _ := s.HasDocument(ctx, "ffff"); has {
		t.Error("HasDocument(unknown) = true")
	}
}

func testDocumentRoundTrip(t *testing.T, s tally.Store) {
	ctx := context.Background()
	text := "Title line\nA body line with a no-break space.\nShare this"
	d := Doc(2, text)
	d.URL, d.Outlet, d.Author, d.Language = "https://example.org/a", "example.org", "A. Writer", "en"
	d.Format = tally.FormatHeaderText
	d.Published, d.PublishedBasis, d.PublishedSpan = tally.Day(2013, 9, 1), tally.BasisRelative, tally.Span{Start: 0, End: 5}
	d.Lines = []tally.Line{
		{Span: tally.Span{Start: 0, End: 10}, Kind: tally.LineTitle},
		{Span: tally.Span{Start: 11, End: 45}, Kind: tally.LineBody},
		{Span: tally.Span{Start: 46, End: 56}, Kind: tally.LineBoilerplate, Reason: "site chrome phrase"},
	}
	d.Signature = []uint32{1, 2, 3, 4294967295}
	mustAdd(t, s, d)
	got, err := s.FindDocumentByID(ctx, d.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != text {
		t.Errorf("text = %q; want %q", got.Text, text)
	}
	if fmt.Sprint(got.Lines) != fmt.Sprint(d.Lines) {
		t.Errorf("lines = %v; want %v", got.Lines, d.Lines)
	}
	if fmt.Sprint(got.Signature) != fmt.Sprint(d.Signature) {
		t.Errorf("signature = %v; want %v", got.Signature, d.Signature)
	}
	for _, c := range []struct{ name, got, want string }{
		{"url", got.URL, d.URL}, {"outlet", got.Outlet, d.Outlet}, {"author", got.Author, d.Author},
		{"language", got.Language, d.Language}, {"format", string(got.Format), string(d.Format)},
		{"published", got.Published.String(), "2013-09-01"}, {"basis", string(got.PublishedBasis), "relative"},
		{"ingested", got.IngestedAt.UTC().Format(time.RFC3339), "2024-01-02T03:04:05Z"},
	} {
		if c.got != c.want {
			t.Errorf("%s = %q; want %q", c.name, c.got, c.want)
		}
	}
	if got.PublishedSpan != d.PublishedSpan {
		t.Errorf("published span = %v; want %v", got.PublishedSpan, d.PublishedSpan)
	}
}

func testFindDocumentByPrefix(t *testing.T, s tally.Store) {
	ctx := context.Background()
	a, b := Doc(0, "one"), Doc(1, "two")
	a.ID, b.ID = "abcd1111", "abcd2222"
	mustAdd(t, s, a)
	mustAdd(t, s, b)
	if got, err := s.FindDocumentByID(ctx, "abcd1"); err != nil || got.ID != a.ID {
		t.Errorf("prefix abcd1 = %v, %v; want %s", got, err, a.ID)
	}
	for _, c := range []struct{ id, code string }{
		{"abcd", tally.ECONFLICT}, {"ffff", tally.ENOTFOUND}, {"ab", tally.EINVALID}, {"ab%_", tally.EINVALID},
	} {
		if _, err := s.FindDocumentByID(ctx, c.id); tally.ErrorCode(err) != c.code {
			t.Errorf("FindDocumentByID(%q) error %v; want code %s", c.id, err, c.code)
		}
	}
}

func testFindDocuments(t *testing.T, s tally.Store) {
	ctx := context.Background()
	texts := []string{"The militia shelled the market.", "Police found the bodies of four men.", "A quiet day in the capital."}
	dates := []tally.Date{tally.Day(2015, 3, 2), {}, tally.Day(2014, 1, 5)}
	for i, tx := range texts {
		d := Doc(i, tx)
		d.Published = dates[i]
		mustAdd(t, s, d)
	}
	docs, total, err := s.FindDocuments(ctx, tally.DocumentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if total != 3 || len(docs) != 3 {
		t.Fatalf("got %d of total %d; want 3 of 3", len(docs), total)
	}
	// Publication order, undated last.
	if docs[0].Title != "Report 2" || docs[1].Title != "Report 0" || docs[2].Title != "Report 1" {
		t.Errorf("order = %s, %s, %s", docs[0].Title, docs[1].Title, docs[2].Title)
	}
	if docs[0].Text != "" {
		t.Error("FindDocuments returned text; it lists documents without it")
	}
	page, total, err := s.FindDocuments(ctx, tally.DocumentFilter{Offset: 1, Limit: 1})
	if err != nil || total != 3 || len(page) != 1 || page[0].Title != "Report 0" {
		t.Errorf("page = %v, total %d, %v", page, total, err)
	}
	hits, total, err := s.FindDocuments(ctx, tally.DocumentFilter{Query: "bodies"})
	if err != nil || total != 1 || len(hits) != 1 || hits[0].Title != "Report 1" {
		t.Errorf("search bodies = %v, total %d, %v", hits, total, err)
	}
	if _, _, err := s.FindDocuments(ctx, tally.DocumentFilter{Query: `"unbalanced AND (`}); err != nil {
		t.Errorf("search with FTS syntax characters failed: %v", err)
	}
	found, err := s.Search(ctx, "bodies", 10)
	if err != nil || len(found) != 1 || found[0].Document.Title != "Report 1" {
		t.Fatalf("Search(bodies) = %+v, %v", found, err)
	}
	if hl := found[0].Highlights; len(hl) != 1 || found[0].Snippet[hl[0].Start:hl[0].End] != "bodies" {
		t.Errorf("snippet %q highlights %v; want one on %q", found[0].Snippet, hl, "bodies")
	}
	if none, err := s.Search(ctx, `" OR ( NEAR`, 10); err != nil || len(none) != 0 {
		t.Errorf("Search(syntax) = %v, %v; want nothing and no error", none, err)
	}
	byID, _, err := s.FindDocuments(ctx, tally.DocumentFilter{IDs: []string{Doc(1, "").ID}})
	if err != nil || len(byID) != 1 || byID[0].Title != "Report 1" {
		t.Errorf("by ID = %v, %v", byID, err)
	}
}

func testUpdatePublished(t *testing.T, s tally.Store) {
	ctx := context.Background()
	d := Doc(3, "Undated report.")
	mustAdd(t, s, d)
	if err := s.UpdatePublished(ctx, d.ID, tally.Day(2013, 9, 2), tally.BasisInferred); err != nil {
		t.Fatal(err)
	}
	got, _ := s.FindDocumentByID(ctx, d.ID)
	if got.Published.String() != "2013-09-02" || got.PublishedBasis != tally.BasisInferred {
		t.Errorf("published = %s/%s", got.Published, got.PublishedBasis)
	}
	if err := s.UpdatePublished(ctx, "ffffffff", tally.Day(2013, 9, 2), tally.BasisInferred); tally.ErrorCode(err) != tally.ENOTFOUND {
		t.Errorf("UpdatePublished(unknown) = %v; want not found", err)
	}
}

func mention(doc string, n int) tally.Mention {
	return tally.Mention{
		ID: fmt.Sprintf("%s:%d", doc, n), Document: doc, Span: tally.Span{Start: 0, End: 10}, Type: tally.EventShooting,
		Time: tally.TimeRef{Date: tally.Day(2016, 6, 19), Clock: "03:15", Basis: tally.BasisAnchored},
		Claims: []tally.Claim{{
			ID: fmt.Sprintf("%s:%d:k", doc, n), Document: doc, Field: tally.FieldKilled, Low: tally.Int(4), Qualifier: "at least",
			AsWritten: "at least four", Hedge: tally.HedgeBelieved, Source: &tally.Attribution{Speaker: "police", Cue: "said"},
		}},
	}
}

func testMentions(t *testing.T, s tally.Store) {
	ctx := context.Background()
	d := Doc(4, "Four were killed.")
	mustAdd(t, s, d, mention(d.ID, 0), mention(d.ID, 1))
	ms, err := s.FindMentions(ctx, tally.MentionFilter{Document: d.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2 || ms[0].ID != d.ID+":0" || ms[1].ID != d.ID+":1" {
		t.Fatalf("mentions = %+v", ms)
	}
	c := ms[0].Claims[0]
	if c.Low == nil || *c.Low != 4 || c.High != nil || c.Hedge != tally.HedgeBelieved || c.AttributedTo() != "police" {
		t.Errorf("claim = %+v", c)
	}
	if ms[0].Time.Date.String() != "2016-06-19" || ms[0].Time.Clock != "03:15" {
		t.Errorf("time = %+v", ms[0].Time)
	}
	if err := s.ReplaceMentions(ctx, d.ID, []tally.Mention{mention(d.ID, 7)}); err != nil {
		t.Fatal(err)
	}
	all, err := s.FindMentions(ctx, tally.MentionFilter{})
	if err != nil || len(all) != 1 || all[0].ID != d.ID+":7" {
		t.Errorf("after replace = %+v, %v", all, err)
	}
	if err := s.ReplaceMentions(ctx, "ffffffff", nil); tally.ErrorCode(err) != tally.ENOTFOUND {
		t.Errorf("ReplaceMentions(unknown) = %v; want not found", err)
	}
}

// testFailedAddLeavesNothing checks that a write failing midway (two
// mentions with one ID) stores no part of the document.
func testFailedAddLeavesNothing(t *testing.T, s tally.Store) {
	ctx := context.Background()
	d := Doc(5, "Broken extraction.")
	m := mention(d.ID, 0)
	if _, err := s.AddDocument(ctx, d, []tally.Mention{m, m}); err == nil {
		t.Fatal("AddDocument with duplicate mention IDs succeeded; want an error")
	}
	if has, _ := s.HasDocument(ctx, d.ID); has {
		t.Error("the document was stored although its mentions failed")
	}
	if ms, _ := s.FindMentions(ctx, tally.MentionFilter{}); len(ms) != 0 {
		t.Errorf("%d mentions left behind", len(ms))
	}
}

func testNearDuplicates(t *testing.T, s tally.Store) {
	ctx := context.Background()
	sig := make([]uint32, 32)
	for i := range sig {
		sig[i] = uint32(i * 7)
	}
	a, b, c := Doc(6, "wire story"), Doc(7, "wire story, reprinted"), Doc(8, "unrelated")
	a.Signature, b.Signature = sig, sig
	mustAdd(t, s, a)
	mustAdd(t, s, b)
	mustAdd(t, s, c)
	cands, err := s.FindSimilar(ctx, bandsOf(sig))
	if err != nil {
		t.Fatal(err)
	}
	if len(cands) != 2 || len(cands[a.ID]) != 32 {
		t.Errorf("candidates = %v; want %s and %s with signatures", keys(cands), a.ID, b.ID)
	}
	if err := s.AddNearDuplicates(ctx, []tally.NearDuplicate{{A: b.ID, B: a.ID, Similarity: 0.9}}); err != nil {
		t.Fatal(err)
	}
	links, err := s.FindNearDuplicates(ctx, b.ID)
	if err != nil || len(links) != 1 || links[0].A != a.ID || links[0].B != b.ID {
		t.Errorf("links = %+v, %v; want one link stored as (smaller, larger)", links, err)
	}
	if links, _ := s.FindNearDuplicates(ctx, c.ID); len(links) != 0 {
		t.Errorf("unrelated document has links %v", links)
	}
}

func keys(m map[string][]uint32) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func incident(id string, date tally.Date, place, country string, killed int, docs ...string) *tally.Incident {
	return &tally.Incident{
		ID: id, Date: date, Type: tally.EventAttack, Documents: docs,
		Place:   &tally.PlaceRef{Place: tally.Place{Name: place, Country: country, Admin1: "Province of " + place}},
		Figures: []tally.Figure{{Field: tally.FieldKilled, Low: tally.Int(killed), Best: tally.Int(killed), High: tally.Int(killed + 2), Status: tally.StatusContested, Policy: tally.PolicyUCDP}},
	}
}

func testIncidents(t *testing.T, s tally.Store) {
	ctx := context.Background()
	incs := []*tally.Incident{
		incident("aaaa0001", tally.Day(2013, 9, 1), "Camp Ashraf", "IQ", 44, "d1", "d2"),
		incident("aaaa0002", tally.Date{Year: 2009, Month: 7}, "Camp Ashraf", "IQ", 11, "d3"),
		incident("bbbb0003", tally.Day(2016, 6, 19), "San Antonio", "US", 1, "d4"),
	}
	if err := s.ReplaceIncidents(ctx, incs); err != nil {
		t.Fatal(err)
	}
	all, total, err := s.FindIncidents(ctx, tally.IncidentFilter{})
	if err != nil || total != 3 || len(all) != 3 {
		t.Fatalf("all = %d of %d, %v", len(all), total, err)
	}
	if all[0].ID != "bbbb0003" || all[2].ID != "aaaa0002" {
		t.Errorf("order = %s %s %s; want newest first", all[0].ID, all[1].ID, all[2].ID)
	}
	f := all[1].Figures[0]
	if *f.Best != 44 || *f.High != 46 || f.Status != tally.StatusContested {
		t.Errorf("figure = %+v", f)
	}
	ids := func(f tally.IncidentFilter) string {
		got, _, err := s.FindIncidents(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, g := range got {
			out = append(out, g.ID)
		}
		return fmt.Sprint(out)
	}
	for _, c := range []struct {
		name string
		f    tally.IncidentFilter
		want string
	}{
		{"country", tally.IncidentFilter{Country: "iq"}, "[aaaa0001 aaaa0002]"},
		{"since", tally.IncidentFilter{Since: tally.Day(2013, 1, 1)}, "[bbbb0003 aaaa0001]"},
		{"month overlaps since", tally.IncidentFilter{Since: tally.Day(2009, 7, 20), Until: tally.Day(2010, 1, 1)}, "[aaaa0002]"},
		{"until", tally.IncidentFilter{Until: tally.Date{Year: 2013}}, "[aaaa0001 aaaa0002]"},
		{"place", tally.IncidentFilter{Place: "ashraf"}, "[aaaa0001 aaaa0002]"},
		{"place by admin1", tally.IncidentFilter{Place: "Province of San"}, "[bbbb0003]"},
		{"min killed", tally.IncidentFilter{MinKilled: tally.Int(10)}, "[aaaa0001 aaaa0002]"},
		{"limit", tally.IncidentFilter{Limit: 1, Offset: 1}, "[aaaa0001]"},
	} {
		if got := ids(c.f); got != c.want {
			t.Errorf("%s: %s; want %s", c.name, got, c.want)
		}
	}
	one, err := s.FindIncidentByID(ctx, "bbbb")
	if err != nil || one.ID != "bbbb0003" || one.Place.Place.Name != "San Antonio" {
		t.Errorf("by prefix = %+v, %v", one, err)
	}
	if _, err := s.FindIncidentByID(ctx, "cccc"); tally.ErrorCode(err) != tally.ENOTFOUND {
		t.Errorf("unknown incident: %v", err)
	}
	// Replacing swaps the whole set.
	if err := s.ReplaceIncidents(ctx, incs[:1]); err != nil {
		t.Fatal(err)
	}
	if _, total, _ := s.FindIncidents(ctx, tally.IncidentFilter{}); total != 1 {
		t.Errorf("after replace, %d incidents; want 1", total)
	}
}

func testConcurrentWriters(t *testing.T, s tally.Store) {
	ctx := context.Background()
	const writers, each = 4, 10
	var wg sync.WaitGroup
	errs := make(chan error, writers*each)
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < each; i++ {
				n := 100 + w*each + i
				d := Doc(n, fmt.Sprintf("Report number %d from writer %d.", i, w))
				if _, err := s.AddDocument(ctx, d, []tally.Mention{mention(d.ID, 0)}); err != nil {
					errs <- err
				}
			}
		}(w)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	_, total, err := s.FindDocuments(ctx, tally.DocumentFilter{})
	if err != nil || total != writers*each {
		t.Errorf("stored %d documents, %v; want %d", total, err, writers*each)
	}
}
