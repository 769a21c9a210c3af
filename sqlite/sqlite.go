// Package sqlite implements tally.Store on an embedded SQLite database
// (modernc.org/sqlite, pure Go). The database runs in WAL mode with a busy
// timeout, so readers never block and concurrent writers wait their turn;
// every write is one transaction, so a killed process leaves each report
// whole or absent.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite"

	"tally"
	"tally/dedupe"
)

//go:embed migrations/*.sql
var migrations embed.FS

var _ tally.Store = (*Store)(nil)

// Store is a tally.Store backed by one SQLite file.
type Store struct {
	db  *sql.DB
	now func() time.Time
}

// Open opens or creates the database at path, creating its directory and
// applying any pending migrations. The path ":memory:" opens a private
// in-memory database, for tests.
func Open(path string) (*Store, error) {
	dsn := path
	if path == ":memory:" {
		// A named shared-cache memory database so every pooled connection sees it.
		dsn = fmt.Sprintf("file:mem%d?mode=memory&cache=shared", time.Now().UnixNano())
	} else {
		if dir := filepath.Dir(path); dir != "" {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, tally.Errorf(tally.EINVALID, "cannot create the database directory %s: %v", dir, err)
			}
		}
		dsn = "file:" + (&url.URL{Path: path}).EscapedPath()
	}
	q := url.Values{}
	for _, p := range []string{"journal_mode(WAL)", "foreign_keys(1)", "busy_timeout(10000)", "synchronous(NORMAL)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	sep := "?"
	if strings.Contains(dsn, "?") {
		sep = "&"
	}
	db, err := sql.Open("sqlite", dsn+sep+q.Encode())
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, now: time.Now}
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// SetClock replaces the clock that stamps ingest times, for tests.
func (s *Store) SetClock(now func() time.Time) { s.now = now }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// migrate applies the embedded migrations not yet recorded, in name order.
func (s *Store) migrate(ctx context.Context) error {
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return wrapOpen(err)
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		if err := s.apply(ctx, name); err != nil {
			return fmt.Errorf("migration %s: %w", name, err)
		}
	}
	return nil
}

func (s *Store) apply(ctx context.Context, name string) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return wrapOpen(err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE name = ?`, name).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	body, err := fs.ReadFile(migrations, name)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)`, name, s.now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	return tx.Commit()
}

// wrapOpen turns the driver's "not a database" into an error a user can act on.
func wrapOpen(err error) error {
	if err != nil && (strings.Contains(err.Error(), "not a database") || strings.Contains(err.Error(), "file is encrypted")) {
		return tally.Errorf(tally.EINVALID, "the database file is not a tally database (SQLite): %v", err)
	}
	return err
}

// AddDocument implements tally.Store.
func (s *Store) AddDocument(ctx context.Context, doc *tally.Document, mentions []tally.Mention) (bool, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE id = ?`, doc.ID).Scan(&n); err != nil {
		return false, err
	}
	if n > 0 {
		return false, nil
	}
	if doc.IngestedAt.IsZero() {
		doc.IngestedAt = s.now().UTC().Truncate(time.Second)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO documents
		(id, source, url, format, title, outlet, author, language, published, published_basis, published_start, published_end, text, words, signature, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		doc.ID, doc.Source, doc.URL, string(doc.Format), doc.Title, doc.Outlet, doc.Author, doc.Language,
		doc.Published.String(), string(doc.PublishedBasis), doc.PublishedSpan.Start, doc.PublishedSpan.End,
		doc.Text, doc.Words, encodeSig(doc.Signature), doc.IngestedAt.Format(time.RFC3339)); err != nil {
		return false, err
	}
	rows := make([][]any, 0, len(doc.Lines))
	for _, l := range doc.Lines {
		rows = append(rows, []any{doc.ID, l.Span.Start, l.Span.End, string(l.Kind), l.Reason})
	}
	if err := insertRows(ctx, tx, `INSERT INTO lines (document_id, start, end, kind, reason) VALUES `, rows); err != nil {
		return false, err
	}
	if err := insertBands(ctx, tx, doc); err != nil {
		return false, err
	}
	if err := insertMentions(ctx, tx, doc.ID, mentions); err != nil {
		return false, err
	}
	return true, tx.Commit()
}

func insertBands(ctx context.Context, tx *sql.Tx, doc *tally.Document) error {
	var rows [][]any
	for _, b := range dedupe.BandKeys(doc.Signature) {
		rows = append(rows, []any{int64(b), doc.ID})
	}
	// Two bands of one document can share a key; the first one is enough.
	return insertRows(ctx, tx, `INSERT OR IGNORE INTO document_bands (band, document_id) VALUES `, rows)
}

func insertMentions(ctx context.Context, tx *sql.Tx, docID string, mentions []tally.Mention) error {
	rows := make([][]any, 0, len(mentions))
	for i := range mentions {
		data, err := json.Marshal(&mentions[i])
		if err != nil {
			return err
		}
		rows = append(rows, []any{mentions[i].ID, docID, i, data})
	}
	return insertRows(ctx, tx, `INSERT INTO mentions (id, document_id, seq, data) VALUES `, rows)
}

// insertRows inserts rows with one multi-row INSERT per chunk: one
// statement per report instead of one per line is most of a report's
// write cost. Chunks stay under SQLite's limit of bound parameters.
func insertRows(ctx context.Context, tx *sql.Tx, prefix string, rows [][]any) error {
	if len(rows) == 0 {
		return nil
	}
	width := len(rows[0])
	group := "(" + placeholders(width) + ")"
	per := max(1, 30000/width)
	for start := 0; start < len(rows); start += per {
		chunk := rows[start:min(len(rows), start+per)]
		var b strings.Builder
		b.WriteString(prefix)
		args := make([]any, 0, len(chunk)*width)
		for i, r := range chunk {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(group)
			args = append(args, r...)
		}
		if _, err := tx.ExecContext(ctx, b.String(), args...); err != nil {
			return err
		}
	}
	return nil
}

// HasDocument implements tally.Store.
func (s *Store) HasDocument(ctx context.Context, id string) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE id = ?`, id).Scan(&n)
	return n > 0, err
}

const docColumns = `id, source, url, format, title, outlet, author, language, published, published_basis, published_start, published_end, words, ingested_at`

func scanDoc(sc interface{ Scan(...any) error }, extra ...any) (*tally.Document, error) {
	var d tally.Document
	var format, pub, basis, ingested string
	dest := []any{&d.ID, &d.Source, &d.URL, &format, &d.Title, &d.Outlet, &d.Author, &d.Language, &pub, &basis,
		&d.PublishedSpan.Start, &d.PublishedSpan.End, &d.Words, &ingested}
	if err := sc.Scan(append(dest, extra...)...); err != nil {
		return nil, err
	}
	d.Format, d.PublishedBasis = tally.Format(format), tally.Basis(basis)
	d.Published, _ = tally.ParseDate(pub)
	d.IngestedAt, _ = time.Parse(time.RFC3339, ingested)
	return &d, nil
}

// resolveID turns an ID or unique prefix into a full ID from table.
func (s *Store) resolveID(ctx context.Context, table, id, what string) (string, error) {
	id = strings.TrimSpace(strings.ToLower(id))
	if len(id) < 4 || strings.ContainsAny(id, "%_") {
		return "", tally.Errorf(tally.EINVALID, "%s ID %q is too short: give at least 4 characters", what, id)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM `+table+` WHERE id >= ? AND id < ? ORDER BY id LIMIT 2`, id, id+"\xff")
	if err != nil {
		return "", err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return "", err
		}
		ids = append(ids, v)
	}
	if err := rows.Err(); err != nil {
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
	var text string
	var sig []byte
	d, err := scanDoc(s.db.QueryRowContext(ctx, `SELECT `+docColumns+`, text, signature FROM documents WHERE id = ?`, full), &text, &sig)
	if err != nil {
		return nil, err
	}
	d.Text, d.Signature = text, decodeSig(sig)
	rows, err := s.db.QueryContext(ctx, `SELECT start, end, kind, reason FROM lines WHERE document_id = ? ORDER BY start`, full)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var l tally.Line
		var kind string
		if err := rows.Scan(&l.Span.Start, &l.Span.End, &kind, &l.Reason); err != nil {
			return nil, err
		}
		l.Kind = tally.LineKind(kind)
		d.Lines = append(d.Lines, l)
	}
	return d, rows.Err()
}

// FindDocuments implements tally.Store. Documents come in publication order,
// undated ones last, then by ID.
func (s *Store) FindDocuments(ctx context.Context, f tally.DocumentFilter) ([]*tally.Document, int, error) {
	where, args := []string{"1=1"}, []any{}
	if len(f.IDs) > 0 {
		where = append(where, "id IN ("+placeholders(len(f.IDs))+")")
		for _, id := range f.IDs {
			args = append(args, id)
		}
	}
	if f.Query != "" {
		where = append(where, "rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)")
		args = append(args, ftsQuery(f.Query))
	}
	cond := strings.Join(where, " AND ")
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE `+cond, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	q := `SELECT ` + docColumns + ` FROM documents WHERE ` + cond + ` ORDER BY published = '', published, id` + limit(f.Offset, f.Limit)
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var out []*tally.Document
	for rows.Next() {
		d, err := scanDoc(rows)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, d)
	}
	return out, total, rows.Err()
}

// Search implements tally.Store. Snippets come from FTS5's snippet()
// with private-use markers around matches, turned into Highlights.
func (s *Store) Search(ctx context.Context, query string, limit int) ([]tally.SearchHit, error) {
	q := ftsQuery(query)
	if q == "" {
		return nil, nil
	}
	if limit <= 0 {
		limit = 20
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+prefixed("d.", docColumns)+`, snippet(documents_fts, 1, char(57344), char(57345), '…', 24), bm25(documents_fts)
		FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
		WHERE documents_fts MATCH ? ORDER BY bm25(documents_fts), d.id LIMIT ?`, q, limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []tally.SearchHit
	for rows.Next() {
		var snippet string
		var rank float64
		d, err := scanDoc(rows, &snippet, &rank)
		if err != nil {
			return nil, err
		}
		text, hl := highlights(snippet)
		out = append(out, tally.SearchHit{Document: d, Snippet: text, Highlights: hl, Rank: rank})
	}
	return out, rows.Err()
}

// prefixed qualifies each column of a list with a table alias.
func prefixed(alias, cols string) string {
	parts := strings.Split(cols, ",")
	for i, p := range parts {
		parts[i] = alias + strings.TrimSpace(p)
	}
	return strings.Join(parts, ", ")
}

// highlights strips the match markers U+E000 and U+E001 from a snippet and
// returns the byte ranges they enclosed.
func highlights(s string) (string, []tally.Span) {
	var b strings.Builder
	var out []tally.Span
	start := -1
	for _, r := range s {
		switch r {
		case '\ue000':
			start = b.Len()
		case '\ue001':
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

// ftsQuery quotes each word so user input is never read as FTS5 syntax.
func ftsQuery(q string) string {
	var parts []string
	for _, w := range strings.Fields(q) {
		parts = append(parts, `"`+strings.ReplaceAll(w, `"`, `""`)+`"`)
	}
	return strings.Join(parts, " ")
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

func limit(offset, n int) string {
	if n <= 0 {
		if offset > 0 {
			return fmt.Sprintf(" LIMIT -1 OFFSET %d", offset)
		}
		return ""
	}
	return fmt.Sprintf(" LIMIT %d OFFSET %d", n, max(0, offset))
}

// UpdatePublished implements tally.Store.
func (s *Store) UpdatePublished(ctx context.Context, id string, d tally.Date, basis tally.Basis) error {
	res, err := s.db.ExecContext(ctx, `UPDATE documents SET published = ?, published_basis = ?, published_start = 0, published_end = 0 WHERE id = ?`, d.String(), string(basis), id)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return tally.Errorf(tally.ENOTFOUND, "no document with ID %q", id)
	}
	return nil
}

// ReplaceMentions implements tally.Store.
func (s *Store) ReplaceMentions(ctx context.Context, docID string, mentions []tally.Mention) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM documents WHERE id = ?`, docID).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return tally.Errorf(tally.ENOTFOUND, "no document with ID %q", docID)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM mentions WHERE document_id = ?`, docID); err != nil {
		return err
	}
	if err := insertMentions(ctx, tx, docID, mentions); err != nil {
		return err
	}
	return tx.Commit()
}

// FindMentions implements tally.Store. Mentions come in document order.
func (s *Store) FindMentions(ctx context.Context, f tally.MentionFilter) ([]tally.Mention, error) {
	q, args := `SELECT data FROM mentions ORDER BY document_id, seq`, []any{}
	if f.Document != "" {
		q, args = `SELECT data FROM mentions WHERE document_id = ? ORDER BY seq`, []any{f.Document}
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []tally.Mention
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return nil, err
		}
		var m tally.Mention
		if err := json.Unmarshal(data, &m); err != nil {
			return nil, fmt.Errorf("mention: %w", err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// FindSimilar implements tally.Store.
func (s *Store) FindSimilar(ctx context.Context, bands []uint64) (map[string][]uint32, error) {
	out := map[string][]uint32{}
	if len(bands) == 0 {
		return out, nil
	}
	args := make([]any, len(bands))
	for i, b := range bands {
		args[i] = int64(b)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, signature FROM documents WHERE id IN
		(SELECT DISTINCT document_id FROM document_bands WHERE band IN (`+placeholders(len(bands))+`))`, args...)
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

// AddNearDuplicates implements tally.Store.
func (s *Store) AddNearDuplicates(ctx context.Context, links []tally.NearDuplicate) error {
	if len(links) == 0 {
		return nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, l := range links {
		a, b := l.A, l.B
		if b < a {
			a, b = b, a
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO near_duplicates (a, b, similarity) VALUES (?, ?, ?)
			ON CONFLICT (a, b) DO UPDATE SET similarity = excluded.similarity`, a, b, l.Similarity); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// FindNearDuplicates implements tally.Store.
func (s *Store) FindNearDuplicates(ctx context.Context, id string) ([]tally.NearDuplicate, error) {
	q, args := `SELECT a, b, similarity FROM near_duplicates ORDER BY a, b`, []any{}
	if id != "" {
		q, args = `SELECT a, b, similarity FROM near_duplicates WHERE a = ? OR b = ? ORDER BY a, b`, []any{id, id}
	}
	rows, err := s.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []tally.NearDuplicate
	for rows.Next() {
		var l tally.NearDuplicate
		if err := rows.Scan(&l.A, &l.B, &l.Similarity); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// ReplaceIncidents implements tally.Store.
func (s *Store) ReplaceIncidents(ctx context.Context, incidents []*tally.Incident) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM incident_documents`); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM incidents`); err != nil {
		return err
	}
	ins, err := tx.PrepareContext(ctx, `INSERT INTO incidents (id, date_first, date_last, place, admin1, country, killed_best, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return err
	}
	defer ins.Close()
	link, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO incident_documents (incident_id, document_id) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer link.Close()
	for _, inc := range incidents {
		data, err := json.Marshal(inc)
		if err != nil {
			return err
		}
		first, last := dateRange(inc)
		var place tally.Place
		if inc.Place != nil {
			place = inc.Place.Place
		}
		var killed any
		if f, ok := inc.Figure(tally.FieldKilled); ok && f.Best != nil {
			killed = *f.Best
		}
		if _, err := ins.ExecContext(ctx, inc.ID, first, last, place.Name, place.Admin1, place.Country, killed, data); err != nil {
			return err
		}
		for _, d := range inc.Documents {
			if _, err := link.ExecContext(ctx, inc.ID, d); err != nil {
				return err
			}
		}
	}
	return tx.Commit()
}

// dateRange gives the first and last day an incident may fall on, so date
// filters compare plain strings.
func dateRange(inc *tally.Incident) (string, string) {
	if inc.Date.IsZero() {
		return "", ""
	}
	end := inc.Date
	if !inc.EndDate.IsZero() {
		end = inc.EndDate
	}
	return inc.Date.First().Format("2006-01-02"), end.Last().Format("2006-01-02")
}

// FindIncidents implements tally.Store. Incidents come newest first.
func (s *Store) FindIncidents(ctx context.Context, f tally.IncidentFilter) ([]*tally.Incident, int, error) {
	where, args := []string{"1=1"}, []any{}
	if !f.Since.IsZero() {
		where = append(where, "date_last >= ?")
		args = append(args, f.Since.First().Format("2006-01-02"))
	}
	if !f.Until.IsZero() {
		where = append(where, "date_first <> '' AND date_first <= ?")
		args = append(args, f.Until.Last().Format("2006-01-02"))
	}
	if f.Country != "" {
		where = append(where, "country = ?")
		args = append(args, strings.ToUpper(f.Country))
	}
	if f.Place != "" {
		where = append(where, `(place LIKE ? ESCAPE '\' OR admin1 LIKE ? ESCAPE '\')`)
		p := "%" + likeEscape(f.Place) + "%"
		args = append(args, p, p)
	}
	if f.MinKilled != nil {
		where = append(where, "killed_best >= ?")
		args = append(args, *f.MinKilled)
	}
	cond := strings.Join(where, " AND ")
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT count(*) FROM incidents WHERE `+cond, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT data FROM incidents WHERE `+cond+` ORDER BY date_first DESC, id`+limit(f.Offset, f.Limit), args...)
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	var out []*tally.Incident
	for rows.Next() {
		var data []byte
		if err := rows.Scan(&data); err != nil {
			return nil, 0, err
		}
		var inc tally.Incident
		if err := json.Unmarshal(data, &inc); err != nil {
			return nil, 0, fmt.Errorf("incident: %w", err)
		}
		out = append(out, &inc)
	}
	return out, total, rows.Err()
}

func likeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// FindIncidentByID implements tally.Store.
func (s *Store) FindIncidentByID(ctx context.Context, id string) (*tally.Incident, error) {
	full, err := s.resolveID(ctx, "incidents", id, "incident")
	if err != nil {
		return nil, err
	}
	var data []byte
	if err := s.db.QueryRowContext(ctx, `SELECT data FROM incidents WHERE id = ?`, full).Scan(&data); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
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
