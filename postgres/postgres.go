// Package postgres implements tally.Store on PostgreSQL, through pgx's
// connection pool, for a record that several people or machines share. It
// mirrors the SQLite store method by method (same order, same error codes,
// same search semantics), so both pass one conformance suite,
// tally/storetest, and the commands behave alike on either.
//
// Every write is one transaction, so a killed process leaves each report
// whole or absent. Writers never need to take turns as SQLite's do: two
// processes adding the same report race safely, one storing it and the other
// finding it present.
package postgres

import (
	"context"
	"embed"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"tally"
	"tally/dedupe"
)

//go:embed migrations/*.sql
var migrations embed.FS

var _ tally.Store = (*Store)(nil)

// migrationLock is the advisory-lock key that serialises migrations, so two
// processes opening a new database at once do not both create the schema.
// Any fixed number works; this one spells "tally" in ASCII.
const migrationLock int64 = 0x74616c6c79

// Store is a tally.Store backed by a PostgreSQL database.
type Store struct {
	pool *pgxpool.Pool
	now  func() time.Time
}

// Open connects to the database at dsn, a postgres:// URL or a libpq
// key=value string, and applies any pending migrations. The schema goes
// where unqualified names go: the first schema of the connection's
// search_path, normally public.
func Open(ctx context.Context, dsn string) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		// pgx words its own errors and hides the password.
		return nil, tally.Errorf(tally.EINVALID, "invalid PostgreSQL connection string: %v", err)
	}
	if cfg.ConnConfig.ConnectTimeout == 0 {
		// Without a connect_timeout in the DSN, an unreachable server would
		// keep the command waiting for TCP to give up, minutes later.
		cfg.ConnConfig.ConnectTimeout = 15 * time.Second
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, err
	}
	// The pool connects lazily; connect now so a wrong address or password
	// is reported by Open, not by the first query.
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	s := &Store{pool: pool, now: time.Now}
	if err := s.migrate(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return s, nil
}

// SetClock replaces the clock that stamps ingest times, for tests.
func (s *Store) SetClock(now func() time.Time) { s.now = now }

// Close closes every connection of the pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// migrate applies the embedded migrations not yet recorded, in name order,
// in one transaction that holds an advisory lock: a second process opening
// the database waits, then finds everything applied.
func (s *Store) migrate(ctx context.Context) error {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, migrationLock); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL)`); err != nil {
			return err
		}
		for _, name := range names {
			var n int
			if err := tx.QueryRow(ctx, `SELECT count(*) FROM schema_migrations WHERE name = $1`, name).Scan(&n); err != nil {
				return err
			}
			if n > 0 {
				continue
			}
			body, err := fs.ReadFile(migrations, name)
			if err != nil {
				return err
			}
			// No arguments: pgx sends it by the simple protocol, which runs
			// a file of several statements.
			if _, err := tx.Exec(ctx, string(body)); err != nil {
				return fmt.Errorf("migration %s: %w", name, err)
			}
			if _, err := tx.Exec(ctx, `INSERT INTO schema_migrations (name, applied_at) VALUES ($1, $2)`, name, s.now().UTC()); err != nil {
				return err
			}
		}
		return nil
	})
}

// AddDocument implements tally.Store. The insert is ON CONFLICT DO NOTHING,
// so of two writers adding one report at once, the second waits for the
// first and then finds it present, with no error.
func (s *Store) AddDocument(ctx context.Context, doc *tally.Document, mentions []tally.Mention) (bool, error) {
	// Seconds, as the SQLite store keeps them (RFC 3339), so both stores
	// give back the same time.
	ingested := doc.IngestedAt
	if ingested.IsZero() {
		ingested = s.now()
	}
	ingested = ingested.UTC().Truncate(time.Second)
	added := false
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		tag, err := tx.Exec(ctx, `INSERT INTO documents
			(id, source, url, format, title, outlet, author, language, published, published_basis, published_start, published_end, text, words, signature, ingested_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
			ON CONFLICT (id) DO NOTHING`,
			doc.ID, doc.Source, doc.URL, string(doc.Format), doc.Title, doc.Outlet, doc.Author, doc.Language,
			doc.Published.String(), string(doc.PublishedBasis), doc.PublishedSpan.Start, doc.PublishedSpan.End,
			doc.Text, doc.Words, encodeSig(doc.Signature), ingested)
		if err != nil {
			return err
		}
		if tag.RowsAffected() == 0 {
			return nil
		}
		if doc.IngestedAt.IsZero() {
			// As the SQLite store does, tell the caller when it was stored.
			doc.IngestedAt = ingested
		}
		if err := insertLines(ctx, tx, doc); err != nil {
			return err
		}
		if err := insertBands(ctx, tx, doc); err != nil {
			return err
		}
		if err := insertMentions(ctx, tx, doc.ID, mentions); err != nil {
			return err
		}
		added = true
		return nil
	})
	if err != nil {
		return false, err
	}
	return added, nil
}

// insertLines stores a document's lines in one statement: one round trip
// whatever their number.
func insertLines(ctx context.Context, tx pgx.Tx, doc *tally.Document) error {
	if len(doc.Lines) == 0 {
		return nil
	}
	starts, ends := make([]int32, len(doc.Lines)), make([]int32, len(doc.Lines))
	kinds, reasons := make([]string, len(doc.Lines)), make([]string, len(doc.Lines))
	for i, l := range doc.Lines {
		starts[i], ends[i], kinds[i], reasons[i] = int32(l.Span.Start), int32(l.Span.End), string(l.Kind), l.Reason
	}
	_, err := tx.Exec(ctx, `INSERT INTO lines (document_id, span_start, span_end, kind, reason)
		SELECT $1, s, e, k, r FROM unnest($2::integer[], $3::integer[], $4::text[], $5::text[]) AS t(s, e, k, r)`,
		doc.ID, starts, ends, kinds, reasons)
	return err
}

// insertBands stores the signature's band keys; like SQLite's INSERT OR
// IGNORE it tolerates a key repeated within one signature.
func insertBands(ctx context.Context, tx pgx.Tx, doc *tally.Document) error {
	keys := dedupe.BandKeys(doc.Signature)
	if len(keys) == 0 {
		return nil
	}
	bands := make([]int64, len(keys))
	for i, b := range keys {
		bands[i] = int64(b)
	}
	_, err := tx.Exec(ctx, `INSERT INTO document_bands (band, document_id)
		SELECT DISTINCT b, $2 FROM unnest($1::bigint[]) AS t(b) ON CONFLICT DO NOTHING`, bands, doc.ID)
	return err
}

// insertMentions stores mentions in their order; a repeated mention ID fails
// the statement, and with it the transaction.
func insertMentions(ctx context.Context, tx pgx.Tx, docID string, mentions []tally.Mention) error {
	if len(mentions) == 0 {
		return nil
	}
	ids, seqs, data := make([]string, len(mentions)), make([]int32, len(mentions)), make([]string, len(mentions))
	for i := range mentions {
		b, err := json.Marshal(&mentions[i])
		if err != nil {
			return err
		}
		ids[i], seqs[i], data[i] = mentions[i].ID, int32(i), string(b)
	}
	_, err := tx.Exec(ctx, `INSERT INTO mentions (id, document_id, seq, data)
		SELECT id, $1, seq, data::jsonb FROM unnest($2::text[], $3::integer[], $4::text[]) AS t(id, seq, data)`,
		docID, ids, seqs, data)
	return err
}

// HasDocument implements tally.Store.
func (s *Store) HasDocument(ctx context.Context, id string) (bool, error) {
	var ok bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM documents WHERE id = $1)`, id).Scan(&ok)
	return ok, err
}

const docColumns = `id, source, url, format, title, outlet, author, language, published, published_basis, published_start, published_end, words, ingested_at`

func scanDoc(sc pgx.Row, extra ...any) (*tally.Document, error) {
	var d tally.Document
	var format, pub, basis string
	dest := []any{&d.ID, &d.Source, &d.URL, &format, &d.Title, &d.Outlet, &d.Author, &d.Language, &pub, &basis,
		&d.PublishedSpan.Start, &d.PublishedSpan.End, &d.Words, &d.IngestedAt}
	if err := sc.Scan(append(dest, extra...)...); err != nil {
		return nil, err
	}
	d.Format, d.PublishedBasis = tally.Format(format), tally.Basis(basis)
	d.Published, _ = tally.ParseDate(pub)
	d.IngestedAt = d.IngestedAt.UTC()
	return &d, nil
}

// resolveID turns an ID or unique prefix into a full ID from table. The
// range test, not LIKE, lets the primary key's index (COLLATE "C") serve
// it; U+10FFFF is the greatest character, so every ID with the prefix sorts
// below prefix+U+10FFFF.
func (s *Store) resolveID(ctx context.Context, table, id, what string) (string, error) {
	id = strings.TrimSpace(strings.ToLower(id))
	if len(id) < 4 || strings.ContainsAny(id, "%_") {
		return "", tally.Errorf(tally.EINVALID, "%s ID %q is too short: give at least 4 characters", what, id)
	}
	rows, err := s.pool.Query(ctx, `SELECT id FROM `+table+` WHERE id >= $1 AND id < $2 ORDER BY id LIMIT 2`, id, id+"\U0010FFFF")
	if err != nil {
		return "", err
	}
	ids, err := collect(rows, pgx.RowTo[string])
	if err != nil {
		return "", err
	}
	switch {
	case len(ids) == 0:
		return "", tally.Errorf(tally.ENOTFOUND, "no %s with ID %q", what, id)
	case len(ids) > 1 && ids[0] != id:
		return "", tally.Errorf(tally.ECONFLICT, "%s ID %q is ambiguous: give more characters", what, id)
	}
	return ids[0], nil
}

// FindDocumentByID implements tally.Store.
func (s *Store) FindDocumentByID(ctx context.Context, id string) (*tally.Document, error) {
	full, err := s.resolveID(ctx, "documents", id, "document")
	if err != nil {
		return nil, err
	}
	var sig []byte
	var text string
	d, err := scanDoc(s.pool.QueryRow(ctx, `SELECT `+docColumns+`, text, signature FROM documents WHERE id = $1`, full), &text, &sig)
	if err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			// Deleted between the two queries.
			return nil, tally.Errorf(tally.ENOTFOUND, "no document with ID %q", id)
		}
		return nil, err
	}
	d.Text, d.Signature = text, decodeSig(sig)
	rows, err := s.pool.Query(ctx, `SELECT span_start, span_end, kind, reason FROM lines WHERE document_id = $1 ORDER BY span_start`, full)
	if err != nil {
		return nil, err
	}
	d.Lines, err = collect(rows, func(r pgx.CollectableRow) (tally.Line, error) {
		var l tally.Line
		var kind string
		err := r.Scan(&l.Span.Start, &l.Span.End, &kind, &l.Reason)
		l.Kind = tally.LineKind(kind)
		return l, err
	})
	if err != nil {
		return nil, err
	}
	return d, nil
}

// FindDocuments implements tally.Store. Documents come in publication order,
// undated ones last, then by ID.
func (s *Store) FindDocuments(ctx context.Context, f tally.DocumentFilter) ([]*tally.Document, int, error) {
	var where []string
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	if len(f.IDs) > 0 {
		where = append(where, "id = ANY("+arg(f.IDs)+"::text[])")
	}
	if f.Query != "" {
		where = append(where, "search @@ plainto_tsquery('tally_english', "+arg(f.Query)+")")
	}
	cond := "true"
	if len(where) > 0 {
		cond = strings.Join(where, " AND ")
	}
	var total int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM documents WHERE `+cond, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	q := `SELECT ` + docColumns + ` FROM documents WHERE ` + cond +
		` ORDER BY (published = ''), published, id` + page(arg, f.Offset, f.Limit)
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, 0, err
	}
	docs, err := collect(rows, func(r pgx.CollectableRow) (*tally.Document, error) { return scanDoc(r) })
	if err != nil {
		return nil, 0, err
	}
	return docs, total, nil
}

// page writes LIMIT and OFFSET as the SQLite store reads them: a limit of 0
// or less means no limit, and a negative offset none. The values go as
// parameters through arg; LIMIT NULL is PostgreSQL's "no limit".
func page(arg func(any) string, offset, limit int) string {
	var n *int64
	if limit > 0 {
		v := int64(limit)
		n = &v
	} else if offset < 0 {
		// SQLite's store gives no clause at all here: all rows.
		offset = 0
	}
	return " LIMIT " + arg(n) + "::bigint OFFSET " + arg(int64(max(0, offset)))
}

// Snippet markers: private-use characters, which no report's own text
// keeps (they are removed before ts_headline runs), as in the SQLite store.
const (
	markStart = "\ue000"
	markEnd   = "\ue001"
)

// headlineOptions make ts_headline give one passage of 12 to 24 words around
// the best match, like the SQLite store's 24-token snippet.
const headlineOptions = "StartSel=" + markStart + ", StopSel=" + markEnd + `, MaxWords=24, MinWords=12, ShortWord=2, MaxFragments=1, FragmentDelimiter=""`

// Search implements tally.Store. The query is read by plainto_tsquery, which
// takes words and never operators, so no input is a syntax error; every word
// must match, as in the SQLite store. Snippets come from ts_headline with
// private-use markers around matches, turned into Highlights; Rank is the
// negated ts_rank_cd, so that lower is better as with SQLite's bm25.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]tally.SearchHit, error) {
	if len(strings.Fields(query)) == 0 {
		return nil, nil
	}
	if limit <= 0 {
		limit = 20
	}
	// ts_headline reparses a document, so it runs on the page of hits only.
	// The text's first and last words come back too (head and tail), to
	// tell whether a snippet reaches the text's start or end: one that does
	// not gets an ellipsis there, as SQLite's snippet() gives it.
	rows, err := s.pool.Query(ctx, `WITH q AS (SELECT plainto_tsquery('tally_english', $1) AS q),
		hits AS (
			SELECT d.*, -ts_rank_cd(d.search, q.q)::float8 AS rank, q.q AS query
			FROM documents d, q WHERE d.search @@ q.q
			ORDER BY rank, d.id LIMIT $2
		),
		snips AS (
			SELECT hits.*, translate(text, $3, '') AS plain,
				ts_headline('tally_english', translate(text, $3, ''), query, $4) AS snippet
			FROM hits
		)
		SELECT `+docColumns+`, snippet, rank,
			left(plain, length(snippet) + 64), right(plain, length(snippet) + 64)
		FROM snips ORDER BY rank, id`, query, limit, markStart+markEnd, headlineOptions)
	if err != nil {
		return nil, err
	}
	return collect(rows, func(r pgx.CollectableRow) (tally.SearchHit, error) {
		var snippet, head, tail string
		var rank float64
		d, err := scanDoc(r, &snippet, &rank, &head, &tail)
		if err != nil {
			return tally.SearchHit{}, err
		}
		text, hl := highlights(strings.TrimSpace(snippet))
		// ts_headline drops punctuation around the passage ("found near
		// the river" of "... the river."), so compare words only.
		words := strings.TrimFunc(text, notWord)
		if !strings.HasPrefix(strings.TrimLeftFunc(head, notWord), words) {
			text = "…" + text
			hl = shift(hl, len("…"))
		}
		if !strings.HasSuffix(strings.TrimRightFunc(tail, notWord), words) {
			text += "…"
		}
		return tally.SearchHit{Document: d, Snippet: text, Highlights: hl, Rank: rank}, nil
	})
}

func notWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// shift moves spans by n bytes.
func shift(spans []tally.Span, n int) []tally.Span {
	for i := range spans {
		spans[i] = spans[i].Shift(n)
	}
	return spans
}

// highlights strips the match markers from a snippet and returns the byte
// ranges they enclosed.
func highlights(s string) (string, []tally.Span) {
	var b strings.Builder
	var out []tally.Span
	start := -1
	for _, r := range s {
		switch string(r) {
		case markStart:
			start = b.Len()
		case markEnd:
			if start >= 0 {
				out = append(out, tally.Span{Start: start, End: b.Len()})
				start = -1
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), out
}

// UpdatePublished implements tally.Store.
func (s *Store) UpdatePublished(ctx context.Context, id string, d tally.Date, basis tally.Basis) error {
	tag, err := s.pool.Exec(ctx, `UPDATE documents SET published = $1, published_basis = $2, published_start = 0, published_end = 0 WHERE id = $3`,
		d.String(), string(basis), id)
	if err != nil {
		return err
	}
	if tag.RowsAffected() == 0 {
		return tally.Errorf(tally.ENOTFOUND, "no document with ID %q", id)
	}
	return nil
}

// ReplaceMentions implements tally.Store. It locks the document's row, so
// two processes replacing one document's mentions take turns instead of
// colliding on the mentions' IDs.
func (s *Store) ReplaceMentions(ctx context.Context, docID string, mentions []tally.Mention) error {
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var one int
		err := tx.QueryRow(ctx, `SELECT 1 FROM documents WHERE id = $1 FOR UPDATE`, docID).Scan(&one)
		if errors.Is(err, pgx.ErrNoRows) {
			return tally.Errorf(tally.ENOTFOUND, "no document with ID %q", docID)
		} else if err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM mentions WHERE document_id = $1`, docID); err != nil {
			return err
		}
		return insertMentions(ctx, tx, docID, mentions)
	})
}

// FindMentions implements tally.Store. Mentions come in document order.
func (s *Store) FindMentions(ctx context.Context, f tally.MentionFilter) ([]tally.Mention, error) {
	q, args := `SELECT data FROM mentions ORDER BY document_id, seq`, []any{}
	if f.Document != "" {
		q, args = `SELECT data FROM mentions WHERE document_id = $1 ORDER BY seq`, []any{f.Document}
	}
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	out, err := collect(rows, func(r pgx.CollectableRow) (tally.Mention, error) {
		var data []byte
		var m tally.Mention
		if err := r.Scan(&data); err != nil {
			return m, err
		}
		if err := json.Unmarshal(data, &m); err != nil {
			return m, fmt.Errorf("mention: %w", err)
		}
		return m, nil
	})
	return out, err
}

// FindSimilar implements tally.Store.
func (s *Store) FindSimilar(ctx context.Context, bands []uint64) (map[string][]uint32, error) {
	out := map[string][]uint32{}
	if len(bands) == 0 {
		return out, nil
	}
	keys := make([]int64, len(bands))
	for i, b := range bands {
		keys[i] = int64(b)
	}
	rows, err := s.pool.Query(ctx, `SELECT id, signature FROM documents WHERE id IN
		(SELECT document_id FROM document_bands WHERE band = ANY($1::bigint[]))`, keys)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var sig []byte
		if err := rows.Scan(&id, &sig); err != nil {
			return nil, err
		}
		out[id] = decodeSig(sig)
	}
	return out, rows.Err()
}

// AddNearDuplicates implements tally.Store. Each pair is stored as (smaller,
// larger); a pair given twice keeps its last similarity, as in SQLite. Pairs
// go in sorted order so concurrent writers lock rows in one order and
// cannot deadlock.
func (s *Store) AddNearDuplicates(ctx context.Context, links []tally.NearDuplicate) error {
	if len(links) == 0 {
		return nil
	}
	type pair struct{ a, b string }
	sim := map[pair]float64{}
	for _, l := range links {
		a, b := l.A, l.B
		if b < a {
			a, b = b, a
		}
		sim[pair{a, b}] = l.Similarity
	}
	pairs := make([]pair, 0, len(sim))
	for p := range sim {
		pairs = append(pairs, p)
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].a != pairs[j].a {
			return pairs[i].a < pairs[j].a
		}
		return pairs[i].b < pairs[j].b
	})
	as, bs, sims := make([]string, len(pairs)), make([]string, len(pairs)), make([]float64, len(pairs))
	for i, p := range pairs {
		as[i], bs[i], sims[i] = p.a, p.b, sim[p]
	}
	// One statement is one transaction: the links are stored all or none.
	_, err := s.pool.Exec(ctx, `INSERT INTO near_duplicates (a, b, similarity)
		SELECT a, b, sim FROM unnest($1::text[], $2::text[], $3::double precision[]) WITH ORDINALITY AS t(a, b, sim, n) ORDER BY n
		ON CONFLICT (a, b) DO UPDATE SET similarity = excluded.similarity`, as, bs, sims)
	return err
}

// FindNearDuplicates implements tally.Store.
func (s *Store) FindNearDuplicates(ctx context.Context, id string) ([]tally.NearDuplicate, error) {
	q, args := `SELECT a, b, similarity FROM near_duplicates ORDER BY a, b`, []any{}
	if id != "" {
		q, args = `SELECT a, b, similarity FROM near_duplicates WHERE a = $1 OR b = $1 ORDER BY a, b`, []any{id}
	}
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	out, err := collect(rows, func(r pgx.CollectableRow) (tally.NearDuplicate, error) {
		var l tally.NearDuplicate
		err := r.Scan(&l.A, &l.B, &l.Similarity)
		return l, err
	})
	return out, err
}

// ReplaceIncidents implements tally.Store. The EXCLUSIVE lock makes
// concurrent replacements take turns, so the last one's set is what remains
// (two interleaved would leave a mix, or collide on IDs), while readers,
// which take weaker locks, go on reading the old set until the commit.
func (s *Store) ReplaceIncidents(ctx context.Context, incidents []*tally.Incident) error {
	n := len(incidents)
	ids, places, admin1s, countries, data := make([]string, n), make([]string, n), make([]string, n), make([]string, n), make([]string, n)
	firsts, lasts := make([]*time.Time, n), make([]*time.Time, n)
	killed := make([]*int64, n)
	var linkInc, linkDoc []string
	for i, inc := range incidents {
		b, err := json.Marshal(inc)
		if err != nil {
			return err
		}
		ids[i], data[i] = inc.ID, string(b)
		firsts[i], lasts[i] = dateRange(inc)
		if inc.Place != nil {
			places[i], admin1s[i], countries[i] = inc.Place.Place.Name, inc.Place.Place.Admin1, inc.Place.Place.Country
		}
		if f, ok := inc.Figure(tally.FieldKilled); ok && f.Best != nil {
			v := int64(*f.Best)
			killed[i] = &v
		}
		for _, d := range inc.Documents {
			linkInc, linkDoc = append(linkInc, inc.ID), append(linkDoc, d)
		}
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `LOCK TABLE incidents, incident_documents IN EXCLUSIVE MODE`); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM incident_documents`); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `DELETE FROM incidents`); err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		if _, err := tx.Exec(ctx, `INSERT INTO incidents (id, date_first, date_last, place, admin1, country, killed_best, data)
			SELECT id, df, dl, p, a1, c, k, d::jsonb
			FROM unnest($1::text[], $2::date[], $3::date[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::text[]) AS t(id, df, dl, p, a1, c, k, d)`,
			ids, firsts, lasts, places, admin1s, countries, killed, data); err != nil {
			return err
		}
		if len(linkInc) == 0 {
			return nil
		}
		_, err := tx.Exec(ctx, `INSERT INTO incident_documents (incident_id, document_id)
			SELECT i, d FROM unnest($1::text[], $2::text[]) AS t(i, d) ON CONFLICT DO NOTHING`, linkInc, linkDoc)
		return err
	})
}

// dateRange gives the first and last day an incident may fall on, or nils
// when it is undated.
func dateRange(inc *tally.Incident) (*time.Time, *time.Time) {
	if inc.Date.IsZero() {
		return nil, nil
	}
	end := inc.Date
	if !inc.EndDate.IsZero() {
		end = inc.EndDate
	}
	first, last := inc.Date.First(), end.Last()
	return &first, &last
}

// FindIncidents implements tally.Store. Incidents come newest first,
// undated ones last, then by ID.
func (s *Store) FindIncidents(ctx context.Context, f tally.IncidentFilter) ([]*tally.Incident, int, error) {
	var where []string
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	if !f.Since.IsZero() {
		where = append(where, "date_last >= "+arg(f.Since.First())+"::date")
	}
	if !f.Until.IsZero() {
		where = append(where, "date_first <= "+arg(f.Until.Last())+"::date")
	}
	if f.Country != "" {
		where = append(where, "country = "+arg(strings.ToUpper(f.Country)))
	}
	if f.Place != "" {
		p := arg("%" + likeEscape(f.Place) + "%")
		where = append(where, `(place ILIKE `+p+` OR admin1 ILIKE `+p+`)`)
	}
	if f.MinKilled != nil {
		where = append(where, "killed_best >= "+arg(int64(*f.MinKilled)))
	}
	cond := "true"
	if len(where) > 0 {
		cond = strings.Join(where, " AND ")
	}
	var total int
	if err := s.pool.QueryRow(ctx, `SELECT count(*) FROM incidents WHERE `+cond, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	rows, err := s.pool.Query(ctx, `SELECT data FROM incidents WHERE `+cond+
		` ORDER BY date_first DESC NULLS LAST, id`+page(arg, f.Offset, f.Limit), args...)
	if err != nil {
		return nil, 0, err
	}
	out, err := collect(rows, func(r pgx.CollectableRow) (*tally.Incident, error) {
		var data []byte
		if err := r.Scan(&data); err != nil {
			return nil, err
		}
		var inc tally.Incident
		if err := json.Unmarshal(data, &inc); err != nil {
			return nil, fmt.Errorf("incident: %w", err)
		}
		return &inc, nil
	})
	if err != nil {
		return nil, 0, err
	}
	return out, total, nil
}

// likeEscape quotes LIKE's wildcards with its default escape, the
// backslash, so a place name is matched as written.
func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

// FindIncidentByID implements tally.Store.
func (s *Store) FindIncidentByID(ctx context.Context, id string) (*tally.Incident, error) {
	full, err := s.resolveID(ctx, "incidents", id, "incident")
	if err != nil {
		return nil, err
	}
	var data []byte
	if err := s.pool.QueryRow(ctx, `SELECT data FROM incidents WHERE id = $1`, full).Scan(&data); err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, tally.Errorf(tally.ENOTFOUND, "no incident with ID %q", id)
		}
		return nil, err
	}
	var inc tally.Incident
	if err := json.Unmarshal(data, &inc); err != nil {
		return nil, err
	}
	return &inc, nil
}

// collect reads every row with fn. No rows give a nil slice, not an empty
// one, as the SQLite store's appends give: callers that print JSON then
// print the same null.
func collect[T any](rows pgx.Rows, fn pgx.RowToFunc[T]) ([]T, error) {
	return pgx.AppendRows([]T(nil), rows, fn)
}

// encodeSig writes a signature as the SQLite store does, little-endian, so
// the bytes are the same in both stores.
func encodeSig(sig []uint32) []byte {
	if len(sig) == 0 {
		return nil
	}
	b := make([]byte, 4*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

func decodeSig(b []byte) []uint32 {
	if len(b) == 0 {
		return nil
	}
	out := make([]uint32, len(b)/4)
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[4*i:])
	}
	return out
}
