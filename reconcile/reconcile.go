// Package reconcile turns the claims linked into an incident into figures:
// for each count (killed, injured, abducted, detained, missing) a low, best
// and high with a status, the policy used, the claims behind it and a
// one-line explanation naming its sources; and, for start time, perpetrator
// and narrative, the competing accounts side by side.
//
// Policies (tally.Policy):
//   - ucdp (the default): low and high span the claims; best prefers
//     independent and observer sources, then later reports, as UCDP GED does.
//   - range (Iraq Body Count): low is the least lower bound and high the
//     greatest upper bound; best is the value most independent sources give.
//   - conservative (ACLED): best is the lowest credible figure.
//
// Under every policy a claim that is denied, merely "claimed" or
// "alleged", or that only a party to the conflict makes, is flagged: it
// stays visible and within the range, but sets best only when nothing
// else is reported, and the explanation says so.
//
// Creates: Incident.Figures and Incident.Alternatives.
package reconcile

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"

	"tally"
)

// Doc is what reconcile needs to know of a report to name it.
type Doc struct {
	Outlet    string
	Title     string
	Published tally.Date
}

// Options choose the policy and describe the reports.
type Options struct {
	Policy tally.Policy
	Docs   map[string]Doc
	// SameOrigin maps a document to a representative of its near-duplicate
	// group: reprints of one wire story are one source, not several.
	SameOrigin map[string]string

	// borrowed gives an unattributed claim the origin of the attributed one
	// it repeats in the same report (see borrowOrigins).
	borrowed map[string]string
}

// DefaultPolicy is the policy used when none is given.
const DefaultPolicy = tally.PolicyUCDP

// ParsePolicy reads a policy name.
func ParsePolicy(s string) (tally.Policy, error) {
	for _, p := range tally.Policies {
		if string(p) == s {
			return p, nil
		}
	}
	return "", tally.Errorf(tally.EINVALID, "unknown policy %q: use ucdp, range or conservative", s)
}

// Incidents reconciles every incident in place.
func Incidents(incs []*tally.Incident, opt Options) {
	for _, inc := range incs {
		Incident(inc, opt)
	}
}

// Incident sets the figures and alternatives of one incident.
func Incident(inc *tally.Incident, opt Options) {
	if opt.Policy == "" {
		opt.Policy = DefaultPolicy
	}
	inc.Figures = nil
	for _, f := range tally.CountFields {
		if fig, ok := figure(inc.Claims, f, opt); ok {
			inc.Figures = append(inc.Figures, fig)
		}
	}
	inc.Alternatives = alternatives(inc.Claims, opt)
}

// bounds returns a claim's interval; open ends are -1 (no low) and -1 (no
// high). Claims keep figures as written ("more than 4" is low 4); the
// interval is what they mean: more than 4 is at least 5.
func bounds(c tally.Claim) (lo, hi int) {
	lo, hi = -1, -1
	if c.Low != nil {
		lo = *c.Low
	}
	if c.High != nil {
		hi = *c.High
	}
	switch c.Qualifier {
	case "more than", "over":
		if lo >= 0 && hi < 0 {
			lo++
		}
	case "fewer than", "less than", "under":
		if hi > 0 && lo < 0 {
			hi--
		}
	}
	return lo, hi
}

// point is the number a claim puts forward: the figure itself for an
// approximation given as a range ("about 40" read as 36–44 says 40), else
// its lower bound, or its upper bound when only that is given ("up to 50").
func point(c tally.Claim) int {
	lo, hi := bounds(c)
	if lo >= 0 && hi >= 0 && !c.Vague {
		switch c.Qualifier {
		case "nearly", "almost", "close to", "just under":
			return hi
		case "about", "around", "approximately", "roughly", "some", "an estimated", "estimated":
			return (lo + hi + 1) / 2
		}
	}
	if lo >= 0 {
		return lo
	}
	return hi
}

// conflict reports whether two claims cannot both be true.
func conflict(a, b tally.Claim) bool {
	alo, ahi := bounds(a)
	blo, bhi := bounds(b)
	if ahi >= 0 && blo >= 0 && blo > ahi {
		return true
	}
	if bhi >= 0 && alo >= 0 && alo > bhi {
		return true
	}
	return false
}

// origin is the key that makes claims dependent: the speaker's origin when
// known (a movement and its political wing share one), else the report's
// near-duplicate group, else the report.
func origin(c tally.Claim, opt Options) string {
	if o, ok := opt.borrowed[c.ID]; ok && c.ID != "" {
		return o
	}
	if c.Source != nil {
		if c.Source.Origin != "" {
			return "o:" + c.Source.Origin
		}
		if c.Source.Speaker != "" && !generic(c.Source.Speaker) {
			return "s:" + strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(c.Source.Speaker, "the "), "The "))
		}
	}
	if rep, ok := opt.SameOrigin[c.Document]; ok {
		return "d:" + rep
	}
	return "d:" + c.Document
}

// borrowOrigins finds unattributed figures that repeat an attributed one
// of the same report: a headline's "six killed" over "killing six people,
// the governor said" is the governor's count, not a second source.
func borrowOrigins(claims []tally.Claim, opt Options) map[string]string {
	report := func(c tally.Claim) string {
		if rep, ok := opt.SameOrigin[c.Document]; ok {
			return rep
		}
		return c.Document
	}
	type key struct {
		report string
		value  int
	}
	said := map[key]map[string]bool{}
	for _, c := range claims {
		if o := origin(c, opt); !strings.HasPrefix(o, "d:") {
			k := key{report(c), point(c)}
			if said[k] == nil {
				said[k] = map[string]bool{}
			}
			said[k][o] = true
		}
	}
	out := map[string]string{}
	for _, c := range claims {
		if !strings.HasPrefix(origin(c, opt), "d:") {
			continue
		}
		if os := said[key{report(c), point(c)}]; len(os) == 1 {
			for o := range os {
				out[c.ID] = o
			}
		}
	}
	return out
}

// generic speakers ("police", "officials") do not identify one origin across
// reports: two outlets quoting "police" may quote two forces.
func generic(s string) bool {
	switch strings.ToLower(strings.TrimPrefix(strings.ToLower(s), "the ")) {
	case "police", "officials", "authorities", "witnesses", "residents", "sources", "reports", "it", "they", "he", "she":
		return true
	}
	return false
}

// weak reports a claim that must not set best while others exist.
func weak(c tally.Claim) bool {
	if c.Hedge.Weak() {
		return true
	}
	return c.Source != nil && c.Source.Kind == tally.SourceParty
}

// credibility weighs a claim's source for the ucdp policy.
func credibility(c tally.Claim) float64 {
	w := 1.0
	if c.Source != nil {
		switch c.Source.Kind {
		case tally.SourceObserver:
			w = 3
		case tally.SourceOfficial:
			w = 2
		case tally.SourceWitness, tally.SourceMedia:
			w = 1.5
		case tally.SourceParty:
			w = 0.5
		}
	}
	switch c.Hedge {
	case tally.HedgeConfirmed:
		w *= 1.5
	case tally.HedgeBelieved, tally.HedgeReportedly:
		w *= 0.8
	}
	if c.Qualifier != "" {
		w *= 0.9
	}
	return w
}

func figure(all []tally.Claim, field tally.Field, opt Options) (tally.Figure, bool) {
	var claims, vague, superseded []tally.Claim
	outdated := outdatedInjuries(all, opt)
	for _, c := range all {
		if c.Field != field || c.Subset {
			continue
		}
		if field == tally.FieldInjured && outdated[c.Document] {
			superseded = append(superseded, c)
			continue
		}
		if c.Vague {
			vague = append(vague, c)
			continue
		}
		if c.Low == nil && c.High == nil {
			continue
		}
		claims = append(claims, c)
	}
	fig := tally.Figure{Field: field, Policy: opt.Policy}
	if len(claims) == 0 && len(superseded) > 0 && len(vague) == 0 {
		// Everyone reported hurt is reported dead by later reports.
		return fig, false
	}
	if len(claims) == 0 {
		if len(vague) == 0 {
			return fig, false
		}
		// Only vague words ("dozens", "many"): their documented reading
		// stands in, as ACLED codes "dozens" as 12.
		claims = vague
	}
	lo, hi := -1, -1
	for _, c := range claims {
		p := point(c)
		cl, ch := bounds(c)
		if cl < 0 {
			cl = p
		}
		if ch < 0 {
			ch = p
		}
		if lo < 0 || cl < lo {
			lo = cl
		}
		if ch > hi {
			hi = ch
		}
		fig.Claims = append(fig.Claims, c.ID)
		if weak(c) {
			fig.Flagged = append(fig.Flagged, c.ID)
		}
	}
	fig.Low, fig.High = tally.Int(lo), tally.Int(hi)
	opt.borrowed = borrowOrigins(claims, opt)
	origins := map[string]bool{}
	for _, c := range claims {
		origins[origin(c, opt)] = true
	}
	fig.Independent = len(origins)
	contested := false
	for i := range claims {
		for j := i + 1; j < len(claims); j++ {
			if conflict(claims[i], claims[j]) {
				contested = true
			}
		}
	}
	switch {
	case contested:
		fig.Status = tally.StatusContested
	case fig.Independent >= 2:
		fig.Status = tally.StatusAgreed
	default:
		fig.Status = tally.StatusSingle
	}
	best, bestFrom, why := chooseBest(claims, field, opt)
	fig.Best = tally.Int(best)
	fig.Evolution = evolution(append(slices.Clone(claims), superseded...), opt)
	fig.Explanation = explain(fig, claims, vague, bestFrom, opt)
	if why != "" {
		fig.Explanation += "; " + why
	}
	if len(superseded) > 0 {
		fig.Explanation += fmt.Sprintf("; %d earlier %s from reports that knew of no deaths, superseded by later reports of deaths", len(superseded), plural(len(superseded), "claim", "claims"))
	}
	return fig, true
}

// outdatedInjuries finds reports whose injury counts later reports
// overtook: a report that gives people hurt but no deaths, published
// before another report of the same incident that gives deaths. The victim
// "shot" in the morning report has died by the evening's.
func outdatedInjuries(all []tally.Claim, opt Options) map[string]bool {
	killedIn := map[string]bool{}
	injuredIn := map[string]bool{}
	var lastDeath tally.Date
	for _, c := range all {
		if c.Subset || c.Vague {
			continue
		}
		switch c.Field {
		case tally.FieldKilled:
			killedIn[c.Document] = true
			if p := published(c, opt); p.Compare(lastDeath) > 0 {
				lastDeath = p
			}
		case tally.FieldInjured:
			injuredIn[c.Document] = true
		}
	}
	out := map[string]bool{}
	for doc := range injuredIn {
		if killedIn[doc] {
			continue
		}
		for _, c := range all {
			if c.Document == doc && c.Field == tally.FieldInjured {
				if p := published(c, opt); !p.IsZero() && !lastDeath.IsZero() && p.Before(lastDeath) {
					out[doc] = true
				}
				break
			}
		}
	}
	return out
}

// chooseBest applies the policy. It returns the value, the claims that gave
// it, and why when the policy's usual order was overruled.
func chooseBest(claims []tally.Claim, field tally.Field, opt Options) (int, []tally.Claim, string) {
	credible := claims[:0:0]
	for _, c := range claims {
		if !weak(c) {
			credible = append(credible, c)
		}
	}
	if len(credible) == 0 {
		credible = claims
	}
	// Group by value, one vote per origin, as strong as the origin's most
	// credible claim: a headline that repeats the police counts as the
	// police.
	type group struct {
		value   int
		claims  []tally.Claim
		origins map[string]float64
		weight  float64
		latest  tally.Date
		// earliest is the first report's date.
		earliest tally.Date
	}
	groups := map[int]*group{}
	for _, c := range credible {
		v := point(c)
		g := groups[v]
		if g == nil {
			g = &group{value: v, origins: map[string]float64{}}
			groups[v] = g
		}
		g.claims = append(g.claims, c)
		o := origin(c, opt)
		if w := credibility(c); w > g.origins[o] {
			g.weight += w - g.origins[o]
			g.origins[o] = w
		}
		pub := published(c, opt)
		if pub.Compare(g.latest) > 0 {
			g.latest = pub
		}
		if g.earliest.IsZero() || !pub.IsZero() && pub.Before(g.earliest) {
			g.earliest = pub
		}
	}
	gs := make([]*group, 0, len(groups))
	for _, g := range groups {
		gs = append(gs, g)
	}
	switch opt.Policy {
	case tally.PolicyConservative:
		slices.SortFunc(gs, func(a, b *group) int { return cmp.Compare(a.value, b.value) })
	case tally.PolicyRange:
		slices.SortFunc(gs, func(a, b *group) int {
			if c := cmp.Compare(len(b.origins), len(a.origins)); c != 0 {
				return c
			}
			return cmp.Compare(a.value, b.value)
		})
	default: // ucdp
		slices.SortFunc(gs, func(a, b *group) int {
			if c := cmp.Compare(b.weight, a.weight); c != 0 {
				return c
			}
			if c := b.latest.Compare(a.latest); c != 0 {
				return c
			}
			return cmp.Compare(a.value, b.value)
		})
		if field == tally.FieldKilled {
			// Death tolls rise as the wounded die and bodies are found: a
			// higher toll first reported after every report of the
			// leading figure is the newer count.
			top := gs[0]
			for _, g := range gs[1:] {
				if g.value > top.value && !top.latest.IsZero() && !g.earliest.IsZero() && top.latest.Before(g.earliest) && g.weight >= 2 {
					top = g
				}
			}
			if top != gs[0] {
				return top.value, top.claims, fmt.Sprintf("best is the newer toll, first reported %s, after the last report of %d", top.earliest, gs[0].value)
			}
		}
	}
	return gs[0].value, gs[0].claims, ""
}

func published(c tally.Claim, opt Options) tally.Date {
	if d, ok := opt.Docs[c.Document]; ok && !d.Published.IsZero() {
		return d.Published
	}
	return c.Published
}

// evolution lists how the figure moved over publication time: the first
// report, every change, and the last report.
func evolution(claims []tally.Claim, opt Options) []tally.EvolutionStep {
	sorted := slices.Clone(claims)
	slices.SortStableFunc(sorted, func(a, b tally.Claim) int {
		pa, pb := published(a, opt), published(b, opt)
		switch {
		case pa.IsZero() && !pb.IsZero():
			return 1
		case pb.IsZero() && !pa.IsZero():
			return -1
		}
		if c := pa.Compare(pb); c != 0 {
			return c
		}
		return cmp.Compare(a.Document, b.Document)
	})
	var steps []tally.EvolutionStep
	for i, c := range sorted {
		pub := published(c, opt)
		if pub.IsZero() {
			continue
		}
		last := i == len(sorted)-1 || published(sorted[i+1], opt).IsZero()
		changed := len(steps) == 0 || !sameBounds(steps[len(steps)-1], c)
		if changed || last {
			steps = append(steps, tally.EvolutionStep{Published: pub, Document: c.Document, Outlet: name(c.Document, opt), Low: c.Low, High: c.High, Claim: c.ID})
		}
	}
	return steps
}

func sameBounds(s tally.EvolutionStep, c tally.Claim) bool {
	eq := func(a, b *int) bool { return a == nil && b == nil || a != nil && b != nil && *a == *b }
	return eq(s.Low, c.Low) && eq(s.High, c.High)
}

// name is how an explanation names a report: its outlet, else its title.
func name(doc string, opt Options) string {
	d := opt.Docs[doc]
	switch {
	case d.Outlet != "":
		return d.Outlet
	case d.Title != "":
		return "“" + shorten(d.Title, 40) + "”"
	}
	return "report " + doc[:min(8, len(doc))]
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// sourceName names who a claim comes from: its speaker, else its report.
func sourceName(c tally.Claim, opt Options) string {
	if c.Source != nil && c.Source.Speaker != "" {
		return "per " + c.Source.Speaker + " (" + name(c.Document, opt) + ")"
	}
	return name(c.Document, opt)
}

// explain writes the one-line explanation: the range, then each value with
// the sources that give it, then what is flagged or dependent.
func explain(fig tally.Figure, claims, vague []tally.Claim, bestFrom []tally.Claim, opt Options) string {
	var b strings.Builder
	if *fig.Low == *fig.High {
		fmt.Fprintf(&b, "%d", *fig.Low)
	} else {
		fmt.Fprintf(&b, "%d–%d", *fig.Low, *fig.High)
	}
	fmt.Fprintf(&b, " (best %d, %s, %s): ", *fig.Best, fig.Policy, fig.Status)
	byValue := map[string][]tally.Claim{}
	var keys []string
	for _, c := range claims {
		k := asWritten(c)
		if _, ok := byValue[k]; !ok {
			keys = append(keys, k)
		}
		byValue[k] = append(byValue[k], c)
	}
	sort.SliceStable(keys, func(i, j int) bool { return point(byValue[keys[i]][0]) < point(byValue[keys[j]][0]) })
	var parts []string
	for _, k := range keys {
		cs := byValue[k]
		var names []string
		seen := map[string]bool{}
		for _, c := range cs {
			n := sourceName(c, opt)
			if c.Hedge != "" {
				n += " [" + string(c.Hedge) + "]"
			}
			if !seen[n] {
				seen[n] = true
				names = append(names, n)
			}
		}
		if len(names) > 3 {
			names = append(names[:3], fmt.Sprintf("%d more", len(names)-3))
		}
		parts = append(parts, k+" "+strings.Join(names, ", "))
	}
	b.WriteString(strings.Join(parts, "; "))
	if len(claims) > 0 && claims[0].Vague {
		b.WriteString("; only vague words, read by tally's documented table")
	}
	if n := len(claims) - fig.Independent; n > 0 && fig.Independent < len(claims) {
		fmt.Fprintf(&b, "; %d of %d claims repeat an origin already counted (%d independent)", n, len(claims), fig.Independent)
	}
	if len(fig.Flagged) > 0 {
		fmt.Fprintf(&b, "; %d flagged (hedged, denied or from a party to the conflict)", len(fig.Flagged))
		allWeak := true
		for _, c := range bestFrom {
			if !weak(c) {
				allWeak = false
			}
		}
		if allWeak {
			b.WriteString(", and best rests on them for want of others")
		}
	}
	if len(vague) > 0 && !(len(claims) > 0 && claims[0].Vague) {
		fmt.Fprintf(&b, "; also %d vague %s", len(vague), plural(len(vague), "mention", "mentions"))
	}
	return b.String()
}

func asWritten(c tally.Claim) string {
	lo, hi := bounds(c)
	switch {
	case c.Qualifier != "" && c.AsWritten != "":
		// "more than 30", as the report put it, not the bound it gives.
		if b := c.AsWritten[0]; b >= 'A' && b <= 'Z' {
			return string(b+'a'-'A') + c.AsWritten[1:]
		}
		return c.AsWritten
	case c.Qualifier != "" && lo >= 0:
		return fmt.Sprintf("%s %d", c.Qualifier, lo)
	case c.Qualifier != "" && hi >= 0:
		return fmt.Sprintf("%s %d", c.Qualifier, hi)
	case lo >= 0 && hi >= 0 && lo != hi:
		return fmt.Sprintf("%d–%d", lo, hi)
	case c.Vague:
		return fmt.Sprintf("“%s”", c.AsWritten)
	}
	return fmt.Sprint(point(c))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// alternatives groups the claims about start time, perpetrator and
// narrative by value, with the reports and speakers behind each.
func alternatives(claims []tally.Claim, opt Options) []tally.Alternative {
	type key struct {
		f tally.Field
		v string
	}
	idx := map[key]int{}
	var out []tally.Alternative
	for _, c := range claims {
		if c.Field.Numeric() || c.Value == "" {
			continue
		}
		k := key{c.Field, c.Value}
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, tally.Alternative{Field: c.Field, Value: c.Value})
		}
		out[i].Supporters = append(out[i].Supporters, tally.Supporter{Document: c.Document, Outlet: name(c.Document, opt), Speaker: c.AttributedTo(), Claim: c.ID})
	}
	slices.SortStableFunc(out, func(a, b tally.Alternative) int {
		if c := cmp.Compare(a.Field, b.Field); c != 0 {
			return c
		}
		if c := cmp.Compare(len(b.Supporters), len(a.Supporters)); c != 0 {
			return c
		}
		return cmp.Compare(a.Value, b.Value)
	})
	return out
}
