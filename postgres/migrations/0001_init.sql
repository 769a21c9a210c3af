-- The PostgreSQL twin of sqlite/migrations/0001_init.sql: the same tables
-- and columns, with PostgreSQL's types (jsonb, bytea, date, timestamptz) and
-- a tsvector column in place of the FTS5 table.
--
-- IDs and publication dates are COLLATE "C" so they sort byte by byte, as
-- SQLite sorts them, whatever the database's locale; it also lets the
-- primary-key indexes serve ID-prefix lookups.

-- Full-text search folds case and accents and stems English words like
-- SQLite's 'porter unicode61 remove_diacritics 2' tokenizer. Unlike the
-- built-in english configuration it keeps stop words, because FTS5 indexes
-- every word: a search for "the bodies" must need both words, as in SQLite.
CREATE TEXT SEARCH DICTIONARY tally_english_stem (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION tally_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION tally_english
	ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH tally_english_stem;

-- Accent folding needs the unaccent extension (PostgreSQL's contrib,
-- trusted since 13, so a database owner may create it). Where it cannot be
-- created the store still works; searches then tell "Bāqubah" from
-- "Baqubah".
DO $$
DECLARE
	dict text;
BEGIN
	BEGIN
		CREATE EXTENSION IF NOT EXISTS unaccent;
	EXCEPTION WHEN OTHERS THEN
		RAISE NOTICE 'tally: no unaccent extension (%); full-text search will not fold accents', SQLERRM;
	END;
	SELECT format('%I.%I', n.nspname, d.dictname) INTO dict
		FROM pg_ts_dict d JOIN pg_namespace n ON n.oid = d.dictnamespace
		WHERE d.dictname = 'unaccent' ORDER BY n.nspname = current_schema() DESC LIMIT 1;
	IF dict IS NOT NULL THEN
		EXECUTE format('ALTER TEXT SEARCH CONFIGURATION tally_english
			ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH %s, tally_english_stem', dict);
	END IF;
END
$$;

-- tally_document_tsv is the search vector of a document: title words weigh
-- more than body words. A tsvector holds at most 1 MB, which a very large
-- report of distinct words can exceed; rather than refuse the report, index
-- its first 256 KB, where a news report's words are.
CREATE FUNCTION tally_document_tsv(title text, body text) RETURNS tsvector
	LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
AS $$
BEGIN
	RETURN setweight(to_tsvector('tally_english', title), 'A') || setweight(to_tsvector('tally_english', body), 'B');
EXCEPTION WHEN program_limit_exceeded THEN
	RETURN setweight(to_tsvector('tally_english', left(title, 4096)), 'A') || setweight(to_tsvector('tally_english', left(body, 262144)), 'B');
END
$$;
-- Pin the function's search_path to this schema, so 'tally_english'
-- resolves to this configuration whoever inserts, whatever their path.
DO $$
BEGIN
	EXECUTE format('ALTER FUNCTION tally_document_tsv(text, text) SET search_path = %I', current_schema());
END
$$;

-- Documents own the text; every span in tally points into documents.text.
CREATE TABLE documents (
	id              text COLLATE "C" PRIMARY KEY,
	source          text NOT NULL,
	url             text NOT NULL DEFAULT '',
	format          text NOT NULL,
	title           text NOT NULL DEFAULT '',
	outlet          text NOT NULL DEFAULT '',
	author          text NOT NULL DEFAULT '',
	language        text NOT NULL DEFAULT '',
	-- A tally.Date at its precision ("2013-09-01", "2009-07", "2011") or ''
	-- when unknown, as in SQLite: the string order is the date order.
	published       text COLLATE "C" NOT NULL DEFAULT '',
	published_basis text NOT NULL,
	published_start integer NOT NULL DEFAULT 0,
	published_end   integer NOT NULL DEFAULT 0,
	text            text NOT NULL,
	words           integer NOT NULL DEFAULT 0,
	-- The MinHash signature, little-endian uint32s as in SQLite.
	signature       bytea,
	ingested_at     timestamptz NOT NULL,
	search          tsvector GENERATED ALWAYS AS (tally_document_tsv(title, text)) STORED
);
-- FindDocuments orders by (published = '', published, id).
CREATE INDEX documents_published ON documents ((published = ''), published, id);
CREATE INDEX documents_search ON documents USING gin (search);

-- Lines of each document with their kind; boilerplate is kept, not dropped.
CREATE TABLE lines (
	document_id text COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	span_start  integer NOT NULL,
	span_end    integer NOT NULL,
	kind        text NOT NULL,
	reason      text NOT NULL DEFAULT '',
	PRIMARY KEY (document_id, span_start)
);

-- Locality-sensitive band keys of each document's MinHash signature. Keys
-- are uint64, stored as int64(key) as in SQLite: only equality matters.
CREATE TABLE document_bands (
	band        bigint NOT NULL,
	document_id text COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	PRIMARY KEY (band, document_id)
);
-- Deleting a document cascades here; without this index it would scan.
CREATE INDEX document_bands_document ON document_bands(document_id);

CREATE TABLE near_duplicates (
	a          text COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	b          text COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	similarity double precision NOT NULL,
	PRIMARY KEY (a, b)
);
CREATE INDEX near_duplicates_b ON near_duplicates(b);

-- Mentions with their claims, as JSON: extraction owns their shape. Nothing
-- queries inside data, so it has no GIN index to keep up on every ingest.
CREATE TABLE mentions (
	id          text COLLATE "C" PRIMARY KEY,
	document_id text COLLATE "C" NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
	seq         integer NOT NULL,
	data        jsonb NOT NULL
);
CREATE INDEX mentions_document ON mentions(document_id, seq);

-- Incidents are derived from claims and replaced wholesale after each ingest.
-- The columns beside data exist for filtering and ordering. date_first and
-- date_last are the first and last day the incident may fall on, NULL when
-- it is undated (SQLite's '').
CREATE TABLE incidents (
	id          text COLLATE "C" PRIMARY KEY,
	date_first  date,
	date_last   date,
	place       text NOT NULL DEFAULT '',
	admin1      text NOT NULL DEFAULT '',
	country     text NOT NULL DEFAULT '',
	killed_best integer,
	data        jsonb NOT NULL
);
CREATE INDEX incidents_date ON incidents(date_first DESC NULLS LAST, id);
CREATE INDEX incidents_country ON incidents(country, date_first DESC NULLS LAST);
CREATE INDEX incidents_killed ON incidents(killed_best);

CREATE TABLE incident_documents (
	incident_id text COLLATE "C" NOT NULL REFERENCES incidents(id) ON DELETE CASCADE,
	document_id text COLLATE "C" NOT NULL,
	PRIMARY KEY (incident_id, document_id)
);
CREATE INDEX incident_documents_document ON incident_documents(document_id);
