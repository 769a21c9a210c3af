package tally

import "context"

// Store keeps documents, their mentions and claims, and the incidents derived
// from them. sqlite.Store and postgres.Store implement it; storetest holds the
// conformance suite both must pass.
//
// Every write is one transaction: a process killed mid-ingest leaves each
// report either whole or absent.
type Store interface {
	// AddDocument stores a document with its lines and mentions. It returns
	// false, and changes nothing, when a document with that ID is present.
	AddDocument(ctx context.Context, doc *Document, mentions []Mention) (bool, error)

	// HasDocument reports whether a document with the ID is stored.
	HasDocument(ctx context.Context, id string) (bool, error)

	// FindDocumentByID returns a document with its text and lines. The id may
	// be a unique prefix of at least four characters.
	FindDocumentByID(ctx context.Context, id string) (*Document, error)

	// FindDocuments returns documents without their text, and the total
	// number that match the filter.
	FindDocuments(ctx context.Context, filter DocumentFilter) ([]*Document, int, error)

	// Search finds documents by full-text query, best match first, with a
	// snippet of each. The query is words, not a query language.
	Search(ctx context.Context, query string, limit int) ([]SearchHit, error)

	// UpdatePublished records a publication date found after ingest, such as
	// one inferred from the incident the document joined.
	UpdatePublished(ctx context.Context, id string, d Date, basis Basis) error

	// ReplaceMentions swaps a document's mentions and claims for new ones,
	// after extraction rules change.
	ReplaceMentions(ctx context.Context, docID string, mentions []Mention) error

	// FindMentions returns stored mentions with their claims.
	FindMentions(ctx context.Context, filter MentionFilter) ([]Mention, error)

	// FindSimilar returns the IDs and signatures of documents that share a
	// locality-sensitive band with sig, as near-duplicate candidates.
	FindSimilar(ctx context.Context, bands []uint64) (map[string][]uint32, error)

	// AddNearDuplicates records near-duplicate links.
	AddNearDuplicates(ctx context.Context, links []NearDuplicate) error

	// FindNearDuplicates returns the links that touch a document, or all
	// links when id is "".
	FindNearDuplicates(ctx context.Context, id string) ([]NearDuplicate, error)

	// ReplaceIncidents swaps the derived incidents for a new set.
	ReplaceIncidents(ctx context.Context, incidents []*Incident) error

	// FindIncidents returns incidents, newest first, and the total that match.
	FindIncidents(ctx context.Context, filter IncidentFilter) ([]*Incident, int, error)

	// FindIncidentByID returns one incident; the id may be a unique prefix.
	FindIncidentByID(ctx context.Context, id string) (*Incident, error)

	// Close releases the store.
	Close() error
}
