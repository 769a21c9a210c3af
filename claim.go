package tally

// Field is what a claim is about.
type Field string

// Fields of claims. The first five are counts of people.
const (
	FieldKilled      Field = "killed"
	FieldInjured     Field = "injured"
	FieldAbducted    Field = "abducted"
	FieldDetained    Field = "detained"
	FieldMissing     Field = "missing"
	FieldStartTime   Field = "start_time"
	FieldPerpetrator Field = "perpetrator"
	FieldNarrative   Field = "narrative"
)

// CountFields lists the numeric fields in the order reports usually give them.
var CountFields = []Field{FieldKilled, FieldInjured, FieldAbducted, FieldDetained, FieldMissing}

// Numeric reports whether f is a count of people.
func (f Field) Numeric() bool {
	switch f {
	case FieldKilled, FieldInjured, FieldAbducted, FieldDetained, FieldMissing:
		return true
	}
	return false
}

// Hedge is how sure a report is of a claim.
type Hedge string

// Hedges, from the report's own words.
const (
	HedgeNone       Hedge = ""
	HedgeBelieved   Hedge = "believed"
	HedgeReportedly Hedge = "reportedly"
	HedgeAllegedly  Hedge = "allegedly"
	HedgeClaimed    Hedge = "claimed"
	HedgeConfirmed  Hedge = "confirmed"
	HedgeDenied     Hedge = "denied"
)

// Weak reports whether a hedge should keep a claim from setting a best figure
// on its own.
func (h Hedge) Weak() bool { return h == HedgeDenied || h == HedgeClaimed || h == HedgeAllegedly }

// SourceKind classifies who a figure comes from, for weighing claims.
type SourceKind string

// Kinds of sources.
const (
	SourceUnknown  SourceKind = ""
	SourceOfficial SourceKind = "official" // police, ministries, coroners
	SourceObserver SourceKind = "observer" // UN missions, NGOs, independent monitors
	SourceParty    SourceKind = "party"    // a side of the conflict or its political wing
	SourceWitness  SourceKind = "witness"
	SourceMedia    SourceKind = "media"
)

// Attribution is who a report says a claim comes from.
type Attribution struct {
	Speaker string     `json:"speaker"`          // "the Iranian exiles", "Howard County dispatch"
	Cue     string     `json:"cue"`              // "said", "according to", "witnessed"
	Kind    SourceKind `json:"kind,omitempty"`   // how to weigh it
	Origin  string     `json:"origin,omitempty"` // a normalised key: claims with one origin are not independent
	Span    Span       `json:"span"`
}

// TimeRef is when a mention says its event happened.
type TimeRef struct {
	Date      Date   `json:"date"`
	Clock     string `json:"clock,omitempty"` // "05:00" when a time of day is given
	Basis     Basis  `json:"basis,omitempty"`
	Qualifier string `json:"qualifier,omitempty"` // "around", "early", "late"
	Span      Span   `json:"span"`                // the phrase, zero when defaulted
	// Weekday and RelDays keep what an expression said when the report's own
	// date is unknown ("early Sunday", "last night"), so the date can be
	// worked out once the incident is dated, and the report's with it.
	Weekday string `json:"weekday,omitempty"`
	RelDays *int   `json:"rel_days,omitempty"`
}

// Claim is what one report says about one field of one event.
//
// Counts carry bounds: exact 52 is Low=High=52; "at least 44" is Low=44,
// High=nil; "up to 50" is Low=nil, High=50. Vague quantities ("dozens")
// carry the bounds of their documented reading and Vague=true.
type Claim struct {
	ID        string       `json:"id"`
	Document  string       `json:"document"`
	Mention   string       `json:"mention,omitempty"`
	Field     Field        `json:"field"`
	Low       *int         `json:"low"`
	High      *int         `json:"high"`
	Vague     bool         `json:"vague,omitempty"`
	Qualifier string       `json:"qualifier"`
	AsWritten string       `json:"as_written"`
	Value     string       `json:"value,omitempty"` // non-numeric fields: "05:00", an actor name, a narrative
	Hedge     Hedge        `json:"hedge"`
	Source    *Attribution `json:"source,omitempty"`
	Span      Span         `json:"span"`     // the figure or phrase itself
	Sentence  Span         `json:"sentence"` // the sentence that says it
	Published Date         `json:"published,omitempty"`
	Outlet    string       `json:"outlet,omitempty"`
	// Subset marks a figure that counts part of the victims ("among the 32
	// killed were 7 women"); it is kept as evidence but never sets a figure.
	Subset bool `json:"subset,omitempty"`
}

// AttributedTo returns the speaker of the claim, or "".
func (c *Claim) AttributedTo() string {
	if c.Source == nil {
		return ""
	}
	return c.Source.Speaker
}

// Int returns a pointer to n, for Claim and Figure bounds.
func Int(n int) *int { return &n }

// Mention is one event as one report describes it: the statements of that
// report about one incident, with their claims.
type Mention struct {
	ID           string     `json:"id"`
	Document     string     `json:"document"`
	Span         Span       `json:"span"` // from the first to the last sentence that describes it
	Type         EventType  `json:"event_type"`
	Time         TimeRef    `json:"time"`
	Place        *PlaceRef  `json:"place,omitempty"`
	Perpetrators []ActorRef `json:"perpetrators,omitempty"`
	Victims      []ActorRef `json:"victims,omitempty"`
	Claims       []Claim    `json:"claims"`
	// Background marks an earlier event quoted for context ("killing 11 in
	// 2009"), not the event the report is about.
	Background bool `json:"background,omitempty"`
	Published  Date `json:"published,omitempty"` // the report's date, for ordering claims over time
	// Filed is the month and day ("08-18") of an undated report's dateline
	// ("KABUL, Aug 18 (Reuters) -"), which dates the report once its
	// incident gives the year.
	Filed  string `json:"filed,omitempty"`
	Outlet string `json:"outlet,omitempty"`
	// Keywords are the mention's distinctive words (victims' names, rare
	// nouns), normalised, for comparing mentions across reports.
	Keywords []string `json:"keywords,omitempty"`
}

// MentionFilter selects mentions. Zero fields select everything.
type MentionFilter struct {
	Document string
}
