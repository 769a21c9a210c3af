// Package evaluate scores an export against a gold file, computing exactly
// what the independent scorer shared/eval/score.py computes: the same
// figures, rounded the same way, and the same detail lines, byte for byte.
// It lets "tally eval" measure tally on a user's own annotated reports with
// no Python, while score.py stays the reference: the tests run both on the
// same files and require them to agree.
//
// The rules, as score.py has them:
//
//   - A gold incident matches an unused export incident with the same place
//     (norm of the name equals norm of the gold name or an alias) and a
//     compatible date (one a prefix of the other); among several, the one
//     sharing most reports, the first on a tie. Gold incidents are matched
//     in file order.
//   - Reports are compared by the last element of their path (else URL,
//     else ID) against the gold file names.
//   - A gold claim is found when the matched incident has a killed, injured
//     or abducted claim of the same field from the same report with the same
//     bounds, or, for "more than"/"over" N, exactly N+1 with no upper bound,
//     or, for "about", "some", "nearly", "approximately", "around" and
//     "almost" N, a range that holds N.
//   - An export claim is wrong when it matches no gold claim of its field in
//     any report of the incident, or when its incident is spurious.
//   - A figure is exact when its low and high equal the gold's; a gold 0–0
//     is also met by no figure at all.
//
// Where score.py would stop with a Python error on a malformed file (a
// string compared with a number, say), Score counts the comparison as
// failed instead.
package evaluate

import (
	"fmt"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// casualty lists the fields whose claims are scored.
var casualty = []string{"killed", "injured", "abducted"}

func isCasualty(field Value) bool {
	for _, f := range casualty {
		if field.equalsText(f) {
			return true
		}
	}
	return false
}

// normalize is score.py's norm: NFKD, drop what is not ASCII, lower case,
// runs of anything but letters, digits and spaces made a space, the words
// "camp", "city" and "the" dropped, spaces collapsed. "Camp Ashraf",
// "Ashraf City" and "ashraf" are all "ashraf".
func normalize(v Value) string {
	if v.k != text { // None, or a type norm would fail on
		return ""
	}
	var b strings.Builder
	for _, c := range []byte(norm.NFKD.String(v.s)) {
		switch {
		case c >= 0x80: // .encode("ascii", "ignore")
		case 'A' <= c && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			b.WriteByte(c)
		default:
			b.WriteByte(' ')
		}
	}
	var words []string
	for _, w := range strings.Fields(b.String()) {
		if w != "camp" && w != "city" && w != "the" {
			words = append(words, w)
		}
	}
	return strings.Join(words, " ")
}

// placeOK is score.py's place_ok.
func placeOK(sysPlace Value, gold GoldPlace) bool {
	got := normalize(sysPlace.get("name"))
	if got == "" {
		return false
	}
	for _, n := range append([]Value{gold.Name}, gold.Aliases...) {
		if normalize(n) == got {
			return true
		}
	}
	return false
}

// dateOK is score.py's date_ok: one date is a prefix of the other, so
// "2009-07" and "2009-07-28" are compatible.
func dateOK(sysDate Value, gold string) bool {
	if !sysDate.truthy() || sysDate.k != text {
		return false
	}
	return strings.HasPrefix(sysDate.s, gold) || strings.HasPrefix(gold, sysDate.s)
}

// bounds is a claim's (low, high), score.py's span.
type bounds [2]Value

func spanOf(value, low, high Value) bounds {
	if !value.isNone() {
		return bounds{value, value}
	}
	return bounds{low, high}
}

func (b bounds) equal(o bounds) bool { return b[0].equal(o[0]) && b[1].equal(o[1]) }

// String writes the bounds as Python writes a tuple: "(44, None)".
func (b bounds) String() string { return "(" + b[0].repr() + ", " + b[1].repr() + ")" }

func (c GoldClaim) bounds() bounds   { return spanOf(c.Value, c.Low, c.High) }
func (c ExportClaim) bounds() bounds { return spanOf(c.Value, c.Low, c.High) }

// sameClaim is score.py's same_claim: a gold claim matches bounds exactly,
// or within what its qualifier allows.
func sameClaim(gold GoldClaim, got bounds) bool {
	want := gold.bounds()
	if got.equal(want) {
		return true
	}
	q := ""
	if qv := gold.Qualifier; qv.truthy() && qv.k == text {
		q = strings.ToLower(qv.s)
	}
	lo, hi := got[0], got[1]
	switch q {
	case "more than", "over":
		if !want[1].isNone() {
			return false
		}
		next, ok := want[0].plusOne()
		return ok && hi.isNone() && lo.equal(next)
	case "about", "some", "nearly", "approximately", "around", "almost":
		if gold.Value.k == absent {
			return false
		}
		if lo.isNone() || hi.isNone() {
			return false
		}
		le, _ := lo.lessEq(gold.Value)
		if !le {
			return false
		}
		le, _ = gold.Value.lessEq(hi)
		return le
	}
	return false
}

// index holds an export's documents by ID, as score.py's docs dict: the
// last document with an ID wins, in the place of the first.
type index struct {
	keys []string
	byID map[string]ExportDocument
}

func newIndex(docs []ExportDocument) index {
	ix := index{byID: map[string]ExportDocument{}}
	for _, d := range docs {
		k := d.ID.key()
		if _, ok := ix.byID[k]; !ok {
			ix.keys = append(ix.keys, k)
		}
		ix.byID[k] = d
	}
	return ix
}

// base is score.py's base: the last path element of the document's path,
// else its URL, else the reference itself.
func (ix index) base(ref Value) string {
	d := ix.byID[ref.key()]
	p := d.Path.or(d.URL).or(ref)
	s := p.String()
	return s[strings.LastIndexByte(s, '/')+1:] // posixpath.basename: "" after a final slash
}

// docsOf is score.py's docs_of: the reports of an incident's claims and
// documents, by base name, as a set keyed like valueSet's.
func (ix index) docsOf(inc ExportIncident) map[string]bool {
	out := map[string]bool{}
	for _, c := range inc.Claims {
		out[Value{k: text, s: ix.base(c.Document)}.key()] = true
	}
	for _, d := range inc.Documents {
		out[Value{k: text, s: ix.base(d)}.key()] = true
	}
	return out
}

// valueSet is a Python set of values, by their hash key.
func valueSet(vs []Value) map[string]bool {
	out := map[string]bool{}
	for _, v := range vs {
		out[v.key()] = true
	}
	return out
}

func overlap(a, b map[string]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

// Score scores an export against a gold file as score.py does.
func Score(g *Gold, e *Export) Report {
	ix := newIndex(e.Documents)
	incs := e.Incidents

	matched := map[string]int{} // gold ID key → export incident
	used := map[int]bool{}
	for _, gi := range g.Incidents {
		best, bestScore := -1, -1
		for i, inc := range incs {
			if used[i] || !placeOK(inc.Place, gi.Place) || !dateOK(inc.Date, gi.Date) {
				continue
			}
			if s := overlap(ix.docsOf(inc), valueSet(gi.MentionedIn)); s > bestScore {
				best, bestScore = i, s
			}
		}
		if best >= 0 {
			matched[gi.ID.key()] = best
			used[best] = true
		}
	}

	var r Report
	found, required := 0, 0
	for _, gi := range g.Incidents {
		if gi.Required {
			required++
			if _, ok := matched[gi.ID.key()]; ok {
				found++
			}
		}
	}
	r.IncidentsFound = fmt.Sprintf("%d/%d", found, required)

	var tp, fn, fp, figOK, figN, datesOK int
	var link float64
	detail := func(format string, args ...any) { r.Details = append(r.Details, fmt.Sprintf("  "+format, args...)) }
	for _, gi := range g.Incidents {
		m, ok := matched[gi.ID.key()]
		if !ok {
			if gi.Required {
				for _, c := range gi.Claims {
					if !c.Optional {
						fn++
					}
				}
				figN += len(gi.Figures)
				detail("missing incident %s", gi.ID)
			}
			continue
		}
		inc := incs[m]
		var sysc []ExportClaim
		for _, c := range inc.Claims {
			if isCasualty(c.Field) {
				sysc = append(sysc, c)
			}
		}
		hit := map[int]bool{}
		for _, gc := range gi.Claims {
			any := false
			for k, c := range sysc {
				if c.Field.equalsText(gc.Field) && ix.base(c.Document) == gc.File && sameClaim(gc, c.bounds()) {
					any = true
					hit[k] = true
				}
			}
			switch {
			case any:
				tp++
			case !gc.Optional:
				fn++
				detail("%s: missed %s %s in %s", gi.ID, gc.Field, gc.bounds(), prefix(gc.File, 3))
			}
		}
		for k, c := range sysc {
			if hit[k] || rightElsewhere(gi, c) {
				continue
			}
			fp++
			detail("%s: wrong %s %s from %s: %s", gi.ID, c.Field, c.bounds(), prefix(ix.base(c.Document), 3), pyQuote(prefix(c.Quote.String(), 90)))
		}
		for _, want := range gi.Figures {
			figN++
			got := inc.Figures.or(Value{k: object}).get(want.Field).or(Value{k: object})
			lo, hi := got.get("low"), got.get("high")
			switch {
			case lo.equal(want.Low) && hi.equal(want.High):
				figOK++
			case want.Low.equal(want.High) && want.High.equal(Value{k: integer}) && lo.isNone() && hi.isNone():
				figOK++ // nobody reported any: no figure is as good as an explicit zero
			default:
				detail("%s: %s range %s-%s, want %s-%s", gi.ID, want.Field, lo, hi, want.Low, want.High)
			}
		}
		if inc.Date.or(Value{k: text}).equalsText(gi.Date) {
			datesOK++
		} else {
			detail("%s: date %s, want %s", gi.ID, inc.Date.repr(), pyQuote(gi.Date))
		}
		got, want := ix.docsOf(inc), valueSet(gi.MentionedIn)
		common := overlap(got, want)
		if union := len(got) + len(want) - common; union > 0 { // score.py divides by zero here
			link += float64(common) / float64(union)
		}
	}

	spurious := 0
	for i, inc := range incs {
		if used[i] {
			continue
		}
		var claims []string
		for _, c := range inc.Claims {
			if isCasualty(c.Field) {
				claims = append(claims, c.Field.String()+c.bounds().String())
			}
		}
		if len(claims) == 0 {
			continue
		}
		spurious++
		fp += len(claims)
		detail("spurious incident %s %s: %s", inc.Date, inc.Place.get("name"), strings.Join(claims, ", "))
	}

	p, rc, f1 := 0.0, 0.0, 0.0
	if tp+fp > 0 {
		p = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		rc = float64(tp) / float64(tp+fn)
	}
	if p+rc > 0 {
		f1 = 2 * p * rc / (p + rc)
	}
	pubOK := 0
	for _, gd := range g.Documents {
		var got []Value
		for _, k := range ix.keys {
			d := ix.byID[k]
			if ix.base(d.ID) == gd.File {
				got = append(got, d.Published)
			}
		}
		if len(got) > 0 && contains(gd.PublishedAccept, got[0]) {
			pubOK++
			continue
		}
		shown := pyQuote("no document")
		if len(got) > 0 {
			shown = got[0].repr()
		}
		detail("published of %s: %s, want one of %s", prefix(gd.File, 3), shown, Value{k: list, l: gd.PublishedAccept}.repr())
	}
	r.ClaimsPrecision, r.ClaimsRecall, r.ClaimsF1 = round3(p), round3(rc), round3(f1)
	r.FiguresExact = fmt.Sprintf("%d/%d", figOK, figN)
	r.DatesExact = fmt.Sprintf("%d/%d", datesOK, len(matched))
	r.LinkingJaccard = round3(link / float64(max(1, len(matched))))
	r.SpuriousIncidents = spurious
	r.PublishedExact = fmt.Sprintf("%d/%d", pubOK, len(g.Documents))
	return r
}

// rightElsewhere reports whether an unmatched claim still gives a right
// figure: one a gold claim of its field gives, in any report.
func rightElsewhere(gi GoldIncident, c ExportClaim) bool {
	for _, gc := range gi.Claims {
		if c.Field.equalsText(gc.Field) && sameClaim(gc, c.bounds()) {
			return true
		}
	}
	return false
}

// contains is Python's "v in vs".
func contains(vs []Value, v Value) bool {
	for _, w := range vs {
		if w.equal(v) {
			return true
		}
	}
	return false
}
