package actors

import (
	_ "embed"
	"strings"
	"sync"

	"tally"
	"tally/country"
)

//go:embed data/actors.tsv
var builtinTSV string

// The shared table Default returns, built on first use.
var (
	defaultOnce  sync.Once
	defaultTable *Table
)

// Default returns the built-in table: the per-country state actors and the
// embedded data/actors.tsv. It is built once and shared, so it must not be
// changed; to add entries, start from Builtin.
func Default() *Table {
	defaultOnce.Do(func() { defaultTable = Builtin() })
	return defaultTable
}

// Builtin returns a new table holding the built-in actors, for callers that
// will add their own with Add or LoadFile.
func Builtin() *Table {
	t := New()
	t.mu.Lock()
	t.addCountries()
	t.mu.Unlock()
	if err := t.LoadFile(strings.NewReader(builtinTSV)); err != nil {
		panic("actors: embedded data/actors.tsv: " + err.Error()) // caught by the tests
	}
	return t
}

// Words that follow a country's demonym to name its state actors. They are
// written in lower case so that they match in any case ("Iraqi Army",
// "Iraqi army").
var (
	forceWords = []string{
		"security forces", "forces", "army", "armed forces", "military",
		"troops", "soldiers", "special forces", "government forces",
		"regime forces", "military forces", "defence forces", "defense forces",
		"defence force", "defense force", "army troops", "army soldiers",
		"air force", "navy", "marines", "commandos", "paratroopers",
		"border guards", "national guard", "counter-terrorism forces",
		"counterterrorism forces", "security services", "security personnel",
		"intelligence", "warplanes", "jets", "drones", "aircraft", "helicopters",
		"artillery", "bombers", "fighter jets", "military officials", "army officials", "security officials",
		"security sources", "military sources",
	}
	policeWords = []string{
		"police", "police force", "police forces", "policemen", "police officers",
		"riot police", "federal police", "border police", "national police",
		"gendarmes", "gendarmerie", "police officials", "police sources",
	}
	governmentWords = []string{
		"government", "authorities", "officials", "government officials",
		"regime", "administration", "interior ministry", "defence ministry",
		"defense ministry", "foreign ministry", "health ministry",
		"ministry of interior", "ministry of defence", "ministry of defense",
		"ministry of health", "ministry of foreign affairs", "embassy",
		"government spokesman", "government spokesperson",
	}
)

// unsafeNames are country names that are too often something else to name
// a state actor on their own: the US state of Georgia, people called
// Jordan or Chad. Their demonyms are still used.
var unsafeNames = map[string]bool{"Georgia": true, "Jordan": true, "Chad": true}

// addCountries creates three state actors per country of package country,
// rather than listing them in the data file: "<cc>-security-forces"
// ("Iraqi security forces": army, troops, military, ...), "<cc>-police"
// and "<cc>-government" (authorities, officials, ministries). Each is
// named by every demonym ("Iraqi army"), by acronym names as they are
// ("US troops", "UK forces"), and by other names in the possessive
// ("Iraq's army"), since "Iraq army" is rare and "Georgia police" is
// usually the US state. All three share the origin "<cc>-state": a
// country's police, army and ministries speak for one government.
func (t *Table) addCountries() {
	for _, c := range country.All() {
		cc := strings.ToLower(c.Code)
		var mods, names []string
		mods = append(mods, adjectives(c)...)
		if len(mods) == 0 {
			// No demonym of its own ("Congolese" is the DRC's): the name
			// stands in for it, as in the canonical names below.
			mods = append(mods, c.Name)
		}
		for _, n := range append([]string{c.Name}, c.Names...) {
			switch {
			case unsafeNames[n]:
			case strings.ToUpper(n) == n:
				mods = append(mods, n)
				names = append(names, n)
			default:
				mods = append(mods, n+"'s")
				names = append(names, n)
			}
		}
		dem := c.Name
		if ds := adjectives(c); len(ds) > 0 {
			dem = ds[0]
		}
		base := tally.Actor{Kind: tally.ActorState, Country: c.Code, Source: tally.SourceOfficial, Origin: cc + "-state"}

		forces := base
		forces.ID, forces.Name = cc+"-security-forces", dem+" security forces"
		forces.Aliases = combine(mods, forceWords)
		t.add(forces, "", true)

		police := base
		police.ID, police.Name = cc+"-police", dem+" police"
		police.Aliases = combine(mods, policeWords)
		t.add(police, "", true)

		gov := base
		gov.ID, gov.Name = cc+"-government", c.Name+" government"
		gov.Aliases = combine(mods, governmentWords)
		for _, n := range names {
			gov.Aliases = append(gov.Aliases, n+" government", "government of "+n, n+" authorities")
		}
		t.add(gov, "", true)
	}
}

// adjectives returns the demonyms of a country that work as adjectives
// before "forces": plurals are dropped when the singular is there
// ("Iraqis"), and so are demonyms that package country gives to another
// country ("Congolese" is the DRC's).
func adjectives(c country.Country) []string {
	have := map[string]bool{}
	for _, d := range c.Demonyms {
		have[d] = true
	}
	var out []string
	for _, d := range c.Demonyms {
		if strings.HasSuffix(d, "s") && have[strings.TrimSuffix(d, "s")] {
			continue
		}
		if owner, ok := country.Lookup(d); ok && owner.Code != c.Code {
			continue
		}
		out = append(out, d)
	}
	return out
}

func combine(mods, words []string) []string {
	out := make([]string, 0, len(mods)*len(words))
	for _, m := range mods {
		for _, w := range words {
			out = append(out, m+" "+w)
		}
	}
	return out
}
