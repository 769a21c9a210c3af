-- Documents own the text; every span in tally points into documents.text.
CREATE TABLE documents (
	id              TEXT PRIMARY KEY,
	source          TEXT NOT NULL,
	url             TEXT NOT NULL DEFAULT '',
	format          TEXT NOT NULL,
	title           TEXT NOT NULL DEFAULT '',
	outlet          TEXT NOT NULL DEFAULT '',
	author          TEXT NOT NULL DEFAULT '',
	language        TEXT NOT NULL DEFAULT '',
	published       TEXT NOT NULL DEFAULT '',
	published_basis TEXT NOT NULL,
	published_start INTEGER NOT NULL DEFAULT 0,
	published_end   INTEGER NOT NULL DEFAULT 0,
	text            TEXT NOT NULL,
	words           INTEGER NOT NULL DEFAULT 0,
	signature       BLOB,
	ingested_at     TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);

-- Lines of each document with their kind; boilerplate is kept, not dropped.
CREATE TABLE lines (
	document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	start       INTEGER NOT NULL,
	end         INTEGER NOT NULL,
	kind        TEXT NOT NULL,
	reason      TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (document_id, start)
) WITHOUT ROWID;

-- Locality-sensitive band keys of each document's MinHash signature.
CREATE TABLE document_bands (
	band        INTEGER NOT NULL,
	document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	PRIMARY KEY (band, document_id)
) WITHOUT ROWID;

CREATE TABLE near_duplicates (
	a          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	b          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	similarity REAL NOT NULL,
	PRIMARY KEY (a, b)
) WITHOUT ROWID;
CREATE INDEX near_duplicates_b ON near_duplicates(b);

-- Mentions with their claims, as JSON: extraction owns their shape.
CREATE TABLE mentions (
	id          TEXT PRIMARY KEY,
	document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	seq         INTEGER NOT NULL,
	data        TEXT NOT NULL
);
CREATE INDEX mentions_document ON mentions(document_id, seq);

-- Incidents are derived from claims and replaced wholesale after each ingest.
-- The columns beside data exist for filtering and ordering.
CREATE TABLE incidents (
	id          TEXT PRIMARY KEY,
	date_first  TEXT NOT NULL,
	date_last   TEXT NOT NULL,
	place       TEXT NOT NULL DEFAULT '',
	admin1      TEXT NOT NULL DEFAULT '',
	country     TEXT NOT NULL DEFAULT '',
	killed_best INTEGER,
	data        TEXT NOT NULL
);
CREATE INDEX incidents_date ON incidents(date_first DESC, id);
CREATE INDEX incidents_country ON incidents(country, date_first DESC);
CREATE INDEX incidents_killed ON incidents(killed_best);

CREATE TABLE incident_documents (
	incident_id TEXT NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
	document_id TEXT NOT NULL,
	PRIMARY KEY (incident_id, document_id)
) WITHOUT ROWID;
CREATE INDEX incident_documents_document ON incident_documents(document_id);

-- Full-text search over titles and text.
CREATE VIRTUAL TABLE documents_fts USING fts5(
	title, text, content='documents', content_rowid='rowid',
	tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
	INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
	INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
END;
CREATE TRIGGER documents_au AFTER UPDATE OF title, text ON documents BEGIN
	INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
	INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
