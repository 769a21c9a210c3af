package tally

// FigureStatus says how far the reports agree on a figure.
type FigureStatus string

// Statuses of figures.
const (
	StatusSingle    FigureStatus = "single"    // one report, or one origin, gives it
	StatusAgreed    FigureStatus = "agreed"    // several independent reports give compatible values
	StatusContested FigureStatus = "contested" // reports give incompatible values
)

// Policy names a way to reconcile conflicting figures.
type Policy string

// Reconciliation policies.
const (
	PolicyRange        Policy = "range"        // Iraq Body Count: low is the least lower bound, high the greatest upper bound
	PolicyConservative Policy = "conservative" // ACLED: best is the lowest credible figure
	PolicyUCDP         Policy = "ucdp"         // UCDP GED: best prefers later and independent sources
)

// Policies lists the policies, default first.
var Policies = []Policy{PolicyUCDP, PolicyRange, PolicyConservative}

// EvolutionStep is one change of a figure over publication time.
type EvolutionStep struct {
	Published Date   `json:"published"`
	Document  string `json:"document"`
	Outlet    string `json:"outlet,omitempty"`
	Low       *int   `json:"low"`
	High      *int   `json:"high"`
	Claim     string `json:"claim"`
}

// Figure is an incident's reconciled value for one count field.
type Figure struct {
	Field       Field           `json:"field"`
	Low         *int            `json:"low"`
	Best        *int            `json:"best"`
	High        *int            `json:"high"`
	Status      FigureStatus    `json:"status"`
	Policy      Policy          `json:"policy"`
	Claims      []string        `json:"claims"`            // claim IDs that set the figure
	Flagged     []string        `json:"flagged,omitempty"` // hedged, denied or partisan-only claims shown but not trusted
	Independent int             `json:"independent"`       // how many independent origins support it
	Explanation string          `json:"explanation"`
	Evolution   []EvolutionStep `json:"evolution,omitempty"`
}

// Supporter is one report backing an alternative account.
type Supporter struct {
	Document string `json:"document"`
	Outlet   string `json:"outlet,omitempty"`
	Speaker  string `json:"speaker,omitempty"`
	Claim    string `json:"claim"`
}

// Alternative is one of several competing accounts of a non-numeric field:
// 5 a.m. against midnight, "Iraqi forces" against "infighting".
type Alternative struct {
	Field      Field       `json:"field"`
	Value      string      `json:"value"`
	Supporters []Supporter `json:"supporters"`
}

// Incident is one real-world event, derived by linking mentions across
// reports. Its ID is derived from its content, not from ingest order.
type Incident struct {
	ID           string        `json:"id"`
	Date         Date          `json:"date"`
	EndDate      Date          `json:"end_date,omitempty"`
	Place        *PlaceRef     `json:"place,omitempty"`
	Type         EventType     `json:"event_type"`
	Perpetrators []string      `json:"perpetrators"`
	Victims      []string      `json:"victims"`
	Mentions     []string      `json:"mentions"`
	Documents    []string      `json:"documents"`
	Figures      []Figure      `json:"figures"`
	Alternatives []Alternative `json:"alternatives,omitempty"`
	Claims       []Claim       `json:"claims"`
}

// Figure returns the incident's figure for f, if any.
func (inc *Incident) Figure(f Field) (Figure, bool) {
	for _, fg := range inc.Figures {
		if fg.Field == f {
			return fg, true
		}
	}
	return Figure{}, false
}

// Contested reports whether any figure is contested or any field has more
// than one account.
func (inc *Incident) Contested() bool {
	for _, f := range inc.Figures {
		if f.Status == StatusContested {
			return true
		}
	}
	seen := map[Field]bool{}
	for _, a := range inc.Alternatives {
		if seen[a.Field] {
			return true
		}
		seen[a.Field] = true
	}
	return false
}

// IncidentFilter selects incidents. Zero fields select everything.
type IncidentFilter struct {
	Since, Until Date
	Place        string // a place name, matched loosely
	Country      string // ISO alpha-2
	MinKilled    *int
	Offset       int
	Limit        int
}
