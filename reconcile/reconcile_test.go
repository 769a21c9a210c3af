package reconcile_test

import (
	"fmt"
	"strings"
	"testing"

	"tally"
	"tally/reconcile"
)

type claimSpec struct {
	doc       string
	field     tally.Field
	low, high *int
	qual      string
	hedge     tally.Hedge
	speaker   string
	kind      tally.SourceKind
	origin    string
	vague     bool
	value     string
}

func claims(specs ...claimSpec) []tally.Claim {
	var out []tally.Claim
	for i, s := range specs {
		c := tally.Claim{ID: string(rune('a' + i)), Document: s.doc, Field: s.field, Low: s.low, High: s.high, Qualifier: s.qual,
			Hedge: s.hedge, Vague: s.vague, Value: s.value}
		if s.speaker != "" || s.kind != "" {
			c.Source = &tally.Attribution{Speaker: s.speaker, Kind: s.kind, Origin: s.origin}
		}
		out = append(out, c)
	}
	return out
}

func n(v int) *int { return tally.Int(v) }

var docs = map[string]reconcile.Doc{
	"d1": {Outlet: "early.example", Published: tally.Day(2013, 9, 1)},
	"d2": {Outlet: "wire.example", Published: tally.Day(2013, 9, 2)},
	"d3": {Outlet: "ngo.example", Published: tally.Day(2013, 9, 3)},
	"d4": {Outlet: "late.example", Published: tally.Day(2013, 9, 10)},
}

func figure(t *testing.T, cs []tally.Claim, policy tally.Policy, f tally.Field) tally.Figure {
	t.Helper()
	inc := &tally.Incident{Claims: cs}
	reconcile.Incident(inc, reconcile.Options{Policy: policy, Docs: docs})
	fig, ok := inc.Figure(f)
	if !ok {
		t.Fatalf("no %s figure", f)
	}
	return fig
}

func bounds(f tally.Figure) string {
	s := func(p *int) string {
		if p == nil {
			return "_"
		}
		return fmt.Sprint(*p)
	}
	return s(f.Low) + "/" + s(f.Best) + "/" + s(f.High)
}

func TestPolicies(t *testing.T) {
	contested := claims(
		claimSpec{doc: "d1", field: tally.FieldKilled, low: n(44), high: n(44)},
		claimSpec{doc: "d2", field: tally.FieldKilled, low: n(44), qual: "at least", hedge: tally.HedgeBelieved},
		claimSpec{doc: "d3", field: tally.FieldKilled, low: n(52), high: n(52), speaker: "the exiles", kind: tally.SourceParty},
		claimSpec{doc: "d4", field: tally.FieldKilled, low: n(52), high: n(52), speaker: "the UN mission", kind: tally.SourceObserver},
	)
	tests := []struct {
		policy tally.Policy
		want   string
	}{
		{tally.PolicyUCDP, "44/52/52"},         // the observer's count outweighs
		{tally.PolicyRange, "44/44/52"},        // 44 and 52 have two origins each; the lower wins the tie
		{tally.PolicyConservative, "44/44/52"}, // the lowest credible figure
	}
	for _, tt := range tests {
		fig := figure(t, contested, tt.policy, tally.FieldKilled)
		if got := bounds(fig); got != tt.want || fig.Status != tally.StatusContested || fig.Policy != tt.policy {
			t.Errorf("%s: %s %s; want %s contested", tt.policy, got, fig.Status, tt.want)
		}
	}
}

func TestStatusAndOrigins(t *testing.T) {
	tests := []struct {
		name   string
		cs     []tally.Claim
		status tally.FigureStatus
		indep  int
	}{
		{"one report", claims(claimSpec{doc: "d1", field: tally.FieldKilled, low: n(3), high: n(3)}), tally.StatusSingle, 1},
		{"two reports agree", claims(
			claimSpec{doc: "d1", field: tally.FieldKilled, low: n(3), high: n(3)},
			claimSpec{doc: "d2", field: tally.FieldKilled, low: n(3), high: n(3)},
		), tally.StatusAgreed, 2},
		{"one origin quoted twice is single", claims(
			claimSpec{doc: "d1", field: tally.FieldKilled, low: n(3), high: n(3), speaker: "the movement", origin: "pmoi"},
			claimSpec{doc: "d2", field: tally.FieldKilled, low: n(3), high: n(3), speaker: "its political wing", origin: "pmoi"},
		), tally.StatusSingle, 1},
		{"at least 40 and 44 are compatible", claims(
			claimSpec{doc: "d1", field: tally.FieldKilled, low: n(40), qual: "at least"},
			claimSpec{doc: "d2", field: tally.FieldKilled, low: n(44), high: n(44)},
		), tally.StatusAgreed, 2},
	}
	for _, tt := range tests {
		fig := figure(t, tt.cs, tally.PolicyUCDP, tally.FieldKilled)
		if fig.Status != tt.status || fig.Independent != tt.indep {
			t.Errorf("%s: %s with %d independent; want %s with %d", tt.name, fig.Status, fig.Independent, tt.status, tt.indep)
		}
	}
}

func TestFlaggedClaimsDoNotSetBest(t *testing.T) {
	cs := claims(
		claimSpec{doc: "d1", field: tally.FieldKilled, low: n(200), high: n(200), speaker: "the rebels", kind: tally.SourceParty},
		claimSpec{doc: "d2", field: tally.FieldKilled, low: n(0), high: n(0), hedge: tally.HedgeDenied, speaker: "the government"},
		claimSpec{doc: "d3", field: tally.FieldKilled, low: n(12), high: n(12), speaker: "hospital officials", kind: tally.SourceOfficial},
	)
	fig := figure(t, cs, tally.PolicyUCDP, tally.FieldKilled)
	if *fig.Best != 12 || *fig.Low != 0 || *fig.High != 200 || len(fig.Flagged) != 2 {
		t.Errorf("%s flagged %v; want best 12 from the only unflagged source, range 0–200, two flagged", bounds(fig), fig.Flagged)
	}
	if !strings.Contains(fig.Explanation, "2 flagged") {
		t.Errorf("explanation %q does not say what is flagged", fig.Explanation)
	}
	// Only flagged claims: best rests on them, and the explanation says so.
	only := figure(t, cs[:1], tally.PolicyUCDP, tally.FieldKilled)
	if *only.Best != 200 || !strings.Contains(only.Explanation, "for want of others") {
		t.Errorf("party-only figure: best %d, %q", *only.Best, only.Explanation)
	}
}

func TestVagueOnlyWhenNothingElse(t *testing.T) {
	cs := claims(
		claimSpec{doc: "d1", field: tally.FieldInjured, low: n(12), high: n(99), vague: true},
		claimSpec{doc: "d2", field: tally.FieldInjured, low: n(30), high: n(30)},
	)
	if fig := figure(t, cs, tally.PolicyUCDP, tally.FieldInjured); bounds(fig) != "30/30/30" {
		t.Errorf("with a number: %s; want the number alone", bounds(fig))
	}
	if fig := figure(t, cs[:1], tally.PolicyUCDP, tally.FieldInjured); bounds(fig) != "12/12/99" {
		t.Errorf("vague only: %s; want the documented reading of dozens", bounds(fig))
	}
}

func TestInjuriesSupersededByLaterDeaths(t *testing.T) {
	cs := claims(
		claimSpec{doc: "d1", field: tally.FieldInjured, low: n(1), high: n(1)}, // "a child was shot"
		claimSpec{doc: "d3", field: tally.FieldKilled, low: n(1), high: n(1)},  // "the child has died"
	)
	inc := &tally.Incident{Claims: cs}
	reconcile.Incident(inc, reconcile.Options{Docs: docs})
	if _, ok := inc.Figure(tally.FieldInjured); ok {
		t.Error("an injury overtaken by a later death still sets a figure")
	}
	// A report giving both is not overtaken.
	cs = append(cs, claims(claimSpec{doc: "d4", field: tally.FieldInjured, low: n(4), high: n(4)})...)
	cs[2].ID = "z"
	inc = &tally.Incident{Claims: cs}
	reconcile.Incident(inc, reconcile.Options{Docs: docs})
	if fig, ok := inc.Figure(tally.FieldInjured); !ok || bounds(fig) != "4/4/4" {
		t.Errorf("later injury count: %v", fig)
	}
}

func TestEvolutionAndExplanation(t *testing.T) {
	cs := claims(
		claimSpec{doc: "d4", field: tally.FieldKilled, low: n(15), high: n(15), speaker: "health officials"},
		claimSpec{doc: "d1", field: tally.FieldKilled, low: n(12), qual: "at least"},
		claimSpec{doc: "d2", field: tally.FieldKilled, low: n(12), qual: "at least"},
	)
	fig := figure(t, cs, tally.PolicyUCDP, tally.FieldKilled)
	var steps []string
	for _, e := range fig.Evolution {
		steps = append(steps, e.Published.String())
	}
	if strings.Join(steps, " ") != "2013-09-01 2013-09-10" {
		t.Errorf("evolution %v; want the first report and the change (the repeat on 09-02 is no change)", steps)
	}
	for _, want := range []string{"12–15", "at least 12", "early.example", "per health officials"} {
		if !strings.Contains(fig.Explanation, want) {
			t.Errorf("explanation %q lacks %q", fig.Explanation, want)
		}
	}
}

func TestAlternatives(t *testing.T) {
	cs := claims(
		claimSpec{doc: "d1", field: tally.FieldStartTime, value: "05:00"},
		claimSpec{doc: "d2", field: tally.FieldStartTime, value: "00:00"},
		claimSpec{doc: "d3", field: tally.FieldStartTime, value: "00:00", speaker: "a witness"},
		claimSpec{doc: "d1", field: tally.FieldPerpetrator, value: "Army"},
	)
	inc := &tally.Incident{Claims: cs}
	reconcile.Incident(inc, reconcile.Options{Docs: docs})
	if len(inc.Alternatives) != 3 || inc.Alternatives[1].Value != "00:00" && inc.Alternatives[0].Value != "Army" {
		t.Fatalf("alternatives %+v", inc.Alternatives)
	}
	if !inc.Contested() {
		t.Error("two start times are not reported as contested")
	}
}

func TestParsePolicy(t *testing.T) {
	for _, p := range []string{"ucdp", "range", "conservative"} {
		if got, err := reconcile.ParsePolicy(p); err != nil || string(got) != p {
			t.Errorf("ParsePolicy(%q) = %q, %v", p, got, err)
		}
	}
	if _, err := reconcile.ParsePolicy("best"); tally.ErrorCode(err) != tally.EINVALID {
		t.Errorf("unknown policy: %v", err)
	}
}

func TestRisingToll(t *testing.T) {
	tests := []struct {
		name string
		cs   []tally.Claim
		want string
	}{
		{"a later official toll overtakes earlier counts", claims(
			claimSpec{doc: "d1", field: tally.FieldKilled, low: n(23), high: n(23), speaker: "police", kind: tally.SourceOfficial},
			claimSpec{doc: "d1", field: tally.FieldKilled, low: n(23), qual: "at least", speaker: "residents", kind: tally.SourceWitness},
			claimSpec{doc: "d2", field: tally.FieldKilled, low: n(23), high: n(23)},
			claimSpec{doc: "d3", field: tally.FieldKilled, low: n(31), high: n(31), speaker: "the state government", kind: tally.SourceOfficial},
		), "23/31/31"},
		{"a later figure from an unnamed source does not", claims(
			claimSpec{doc: "d1", field: tally.FieldKilled, low: n(23), high: n(23), speaker: "police", kind: tally.SourceOfficial},
			claimSpec{doc: "d3", field: tally.FieldKilled, low: n(31), high: n(31)},
		), "23/23/31"},
		{"a higher figure reported alongside the lower one is no update", claims(
			claimSpec{doc: "d1", field: tally.FieldKilled, low: n(23), high: n(23), speaker: "police", kind: tally.SourceOfficial},
			claimSpec{doc: "d3", field: tally.FieldKilled, low: n(23), high: n(23), speaker: "police", kind: tally.SourceOfficial},
			claimSpec{doc: "d2", field: tally.FieldKilled, low: n(31), high: n(31), speaker: "the governor", kind: tally.SourceOfficial},
		), "23/23/31"},
		{"a later higher count of a party is no update", claims(
			claimSpec{doc: "d1", field: tally.FieldKilled, low: n(9), high: n(9), speaker: "police", kind: tally.SourceOfficial},
			claimSpec{doc: "d4", field: tally.FieldKilled, low: n(20), high: n(20), speaker: "the militants", kind: tally.SourceParty},
		), "9/9/20"},
	}
	for _, tt := range tests {
		fig := figure(t, tt.cs, tally.PolicyUCDP, tally.FieldKilled)
		if got := bounds(fig); got != tt.want {
			t.Errorf("%s: %s; want %s (%s)", tt.name, got, tt.want, fig.Explanation)
		}
		if strings.HasSuffix(tt.want, "/31/31") && !strings.Contains(fig.Explanation, "newer toll") {
			t.Errorf("%s: explanation %q does not say why", tt.name, fig.Explanation)
		}
	}
}

func TestHeadlineRepeatsItsReportsSource(t *testing.T) {
	cs := claims(
		claimSpec{doc: "d1", field: tally.FieldKilled, low: n(6), high: n(6)}, // the headline
		claimSpec{doc: "d1", field: tally.FieldKilled, low: n(6), high: n(6), speaker: "the provincial governor", kind: tally.SourceOfficial},
		claimSpec{doc: "d2", field: tally.FieldKilled, low: n(6), high: n(6)}, // another outlet's own count
	)
	fig := figure(t, cs, tally.PolicyUCDP, tally.FieldKilled)
	if fig.Independent != 2 {
		t.Errorf("%d independent; want 2: the governor (quoted under a headline that repeats them) and the other outlet", fig.Independent)
	}
}

func TestApproximationsSayTheirFigure(t *testing.T) {
	cs := claims(
		claimSpec{doc: "d1", field: tally.FieldAbducted, low: n(40), high: n(40), qual: "about"},
		claimSpec{doc: "d2", field: tally.FieldAbducted, low: n(30), qual: "more than"},
	)
	cs[0].AsWritten, cs[1].AsWritten = "about 40", "More than 30"
	fig := figure(t, cs, tally.PolicyConservative, tally.FieldAbducted)
	if bounds(fig) != "31/31/40" {
		t.Errorf("%s; want 31–40 with best 31: more than 30 is at least 31", bounds(fig))
	}
	fig = figure(t, cs[:1], tally.PolicyUCDP, tally.FieldAbducted)
	if *fig.Best != 40 {
		t.Errorf("about 40: best %d; want 40", *fig.Best)
	}
	for _, want := range []string{"about 40"} {
		if !strings.Contains(fig.Explanation, want) {
			t.Errorf("explanation %q lacks %q", fig.Explanation, want)
		}
	}
	fig = figure(t, cs, tally.PolicyUCDP, tally.FieldAbducted)
	if !strings.Contains(fig.Explanation, "more than 30") {
		t.Errorf("explanation %q does not quote “more than 30” as written", fig.Explanation)
	}
}

func TestBorrowedOriginKeepsItsWeight(t *testing.T) {
	cs := claims(
		claimSpec{doc: "d2", field: tally.FieldKilled, low: n(9), high: n(9)}, // the headline
		claimSpec{doc: "d2", field: tally.FieldKilled, low: n(9), high: n(9), speaker: "a police officer", kind: tally.SourceOfficial},
		claimSpec{doc: "d1", field: tally.FieldKilled, low: n(7), qual: "at least", speaker: "witnesses", kind: tally.SourceWitness},
	)
	if fig := figure(t, cs, tally.PolicyUCDP, tally.FieldKilled); *fig.Best != 9 {
		t.Errorf("best %d; want 9, the police's count, which the headline repeats (%s)", *fig.Best, fig.Explanation)
	}
}
